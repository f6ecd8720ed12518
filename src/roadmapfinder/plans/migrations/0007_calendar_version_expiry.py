"""Visitor sessions' calendar versions expire with the session (CalendarEventVersion.expires). Those handed out
before are given a session's whole age from now, the latest their session can end, so `clearsessions` forgets
them once it has."""

from datetime import timedelta

from django.conf import settings
from django.db import migrations, models
from django.utils import timezone


def sessions_end_at_the_latest(apps, schema_editor):  # type: ignore[no-untyped-def]
    CalendarEventVersion = apps.get_model("plans", "CalendarEventVersion")
    latest = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    CalendarEventVersion.objects.filter(reader__startswith="session:").update(expires=latest)


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0006_calendar_event_versions"),
    ]

    operations = [
        migrations.AddField(
            model_name="calendareventversion",
            name="expires",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                help_text="A visitor session's: when that session ends at the latest, so it cannot come back for its calendar (`clearsessions` then forgets it). Empty for the feed, an account and anyone: kept with the plan or account.",
                null=True,
            ),
        ),
        migrations.RunPython(sessions_end_at_the_latest, migrations.RunPython.noop),
    ]
