"""A reschedule is stamped by the app's clock (roadmapfinder.clock.now), not the database's: the day the plan says
it was made on is the day its dates were reckoned from. Records made before keep their stamps."""

from django.db import migrations, models

import roadmapfinder.clock


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0009_plan_reschedule_scheduled_again"),
    ]

    operations = [
        migrations.AlterField(
            model_name="planreschedule",
            name="at",
            field=models.DateTimeField(
                default=roadmapfinder.clock.now,
                help_text="When it was made, by the app's clock (roadmapfinder.clock), whose day the plan says it was "
                "made on.",
            ),
        ),
    ]
