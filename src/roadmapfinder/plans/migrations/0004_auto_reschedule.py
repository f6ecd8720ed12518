from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("plans", "0003_plan_feed_token")]

    operations = [
        migrations.AddField(
            model_name="savedplan",
            name="auto_reschedule",
            field=models.BooleanField(
                default=False,
                help_text="Each week, if the learner is behind, what is left moves to start from that week.",
            ),
        ),
        migrations.AddField(
            model_name="savedplan",
            name="auto_checked_week",
            field=models.DateField(
                blank=True,
                null=True,
                help_text="The first day of the last week the automatic mode was applied for.",
            ),
        ),
        migrations.AddField(
            model_name="planreschedule",
            name="automatic",
            field=models.BooleanField(default=False, help_text="Made by the automatic mode, not by the learner."),
        ),
    ]
