"""The database cache table the rate limits count in when there is no Redis (web/settings.py CACHES["ratelimit"])."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps: Any, schema_editor: Any) -> None:
    call_command("createcachetable", "rate_limit_counts", database=schema_editor.connection.alias, verbosity=0)


def drop_cache_table(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name('rate_limit_counts')}")


class Migration(migrations.Migration):
    dependencies = [("tracking", "0002_followed_roadmap")]
    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
