"""Saved plans' reader-version triggers, back on the databases that lost them.

On SQLite, plans 0005 and 0006 rebuild `web_savedplan`, dropping the triggers tracking 0006 put on it, on every
database that had tracking 0006 before them (tracking/reader_triggers.py says why and how every migrate now ends
with all of them). Those databases have every migration applied, so `roadmapfinder serve`, which migrates only
when one is missing, would never repair them; this one is missing there, and creates what is missing (nothing on a
fresh database or on PostgreSQL). Unapplied, it leaves the triggers: they belong to 0006.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

from roadmapfinder.tracking.reader_triggers import create_missing_reader_triggers


def _repair(apps: Any, schema_editor: Any) -> None:
    create_missing_reader_triggers(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("tracking", "0007_rate_count"),
        ("plans", "0006_calendar_event_versions"),
    ]

    operations = [migrations.RunPython(_repair, migrations.RunPython.noop)]
