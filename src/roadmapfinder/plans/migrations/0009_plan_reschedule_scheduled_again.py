"""A reschedule record names the work its learner unticked that the plan had left off its schedule as finished,
scheduled again from that day (PlanReschedule.scheduled_again); records made before name none."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0008_plan_laid_out"),
    ]

    operations = [
        migrations.AddField(
            model_name="planreschedule",
            name="scheduled_again",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Topic ids and project keys the learner unticked that the plan had off its schedule as finished, scheduled again from `from_date` (plans.services.plan_unfinished_scheduled); empty for a reschedule.",
            ),
        ),
    ]
