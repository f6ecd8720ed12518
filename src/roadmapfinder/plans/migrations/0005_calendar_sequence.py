from django.db import migrations, models
from django.db.models import Count


def from_reschedules(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Calendars already hold events whose SEQUENCE was the number of reschedules: start from there, never lower."""
    SavedPlan = apps.get_model("plans", "SavedPlan")
    for plan in SavedPlan.objects.annotate(moves=Count("reschedules")).filter(moves__gt=0).iterator():
        SavedPlan.objects.filter(pk=plan.pk).update(calendar_sequence=plan.moves)


class Migration(migrations.Migration):
    dependencies = [("plans", "0004_auto_reschedule")]

    operations = [
        migrations.AddField(
            model_name="savedplan",
            name="calendar_sequence",
            field=models.PositiveIntegerField(
                default=0, help_text="The SEQUENCE of its calendar events: raised each time the sessions' times change."
            ),
        ),
        migrations.AddField(
            model_name="savedplan",
            name="calendar_times",
            field=models.CharField(
                blank=True,
                default="",
                help_text="The digest of the sessions' times that sequence is for.",
                max_length=64,
            ),
        ),
        migrations.RunPython(from_reschedules, migrations.RunPython.noop),
    ]
