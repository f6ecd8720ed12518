"""A saved plan keeps what its weeks were laid out with (SavedPlan.laid_out), so a change of the catalog no longer
rewrites its weeks already past. Plans saved before have none: each gets it at its next read, from the content of
that day (what they were laid out with before cannot be known)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0007_calendar_version_expiry"),
    ]

    operations = [
        migrations.AddField(
            model_name="savedplan",
            name="laid_out",
            field=models.JSONField(
                blank=True,
                help_text="What its weeks were laid out with: the content then (names and hours), the weeks kept as planned when the content changed, and each change said (planning/laid_out.py). Empty: saved before it was kept; written at its next read.",
                null=True,
            ),
        ),
    ]
