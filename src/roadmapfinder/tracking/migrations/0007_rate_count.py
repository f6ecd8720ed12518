"""Rate-limit counts in a table of their own (tracking.RateCount), one upsert per count, in place of Django's
database cache (migration 0003's table, dropped here), which kept 300 entries and deleted live counts past that."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.db import migrations, models

_OLD_TABLE = "rate_limit_counts"


def _drop_cache_table(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(_OLD_TABLE)}")


def _create_cache_table(apps: Any, schema_editor: Any) -> None:
    call_command("createcachetable", _OLD_TABLE, database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("tracking", "0006_reader_versions")]

    operations = [
        migrations.CreateModel(
            name="RateCount",
            fields=[
                ("key", models.CharField(max_length=255, primary_key=True, serialize=False)),
                ("count", models.BigIntegerField()),
                ("expires", models.BigIntegerField(db_index=True)),
            ],
        ),
        migrations.RunPython(_drop_cache_table, _create_cache_table),
    ]
