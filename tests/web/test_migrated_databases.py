"""A learner's personal pages follow their data on every database as its server migrated it, not only on a fresh
one. The triggers that count a learner's changes (tracking/reader_triggers.py) are schema Django's migrations do
not know about, and SQLite rebuilds a table for most of its ALTER TABLEs, dropping the table's triggers: a server
that had tracking 0006 before plans 0005 and 0006 rebuilt `web_savedplan` (every one set up on 5 or 6 December)
lost those of saved plans, and /me kept showing a plan that was gone.

Each test migrates the test database back and forth the way those servers did, then forward to where it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client

from roadmapfinder.clock import today
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.tracking.models import VERSIONED_TABLES
from roadmapfinder.web import startup
from tests.web.test_personal_answers import _reload

# Each migrates the database back and forth: a few seconds.
pytestmark = [pytest.mark.database, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def migrated_back_at_the_end() -> Iterator[None]:
    """Whatever a test leaves, the database is migrated forward again for the next one."""
    yield
    call_command("migrate", verbosity=0)


def _triggered_tables() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'rf_reader_version'")
        else:
            cursor.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rf_reader%'")
        return {row[0] for row in cursor.fetchall()}


def _upgrade_from_before_the_calendar_sequence() -> None:
    """A server set up between tracking 0006 and plans 0005, upgraded as `roadmapfinder serve` upgrades it."""
    call_command("migrate", "plans", "0004", verbosity=0)
    assert startup.migrate_if_needed().startswith("Applied")


def _plan(client: Client, hours: int) -> str:
    start = (today() - timedelta(days=3)).isoformat()
    body = {"targets": ["alpha-dev"], "hours_per_week": hours, "start": start}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    return str(response.json()["id"])


@pytest.mark.usefixtures("migrated_back_at_the_end")
def test_me_shows_a_deleted_plan_gone_on_a_server_upgraded_across_the_table_rebuild(
    ada_client: Client, django_requests: list[object]
) -> None:
    _upgrade_from_before_the_calendar_sequence()
    plan = _plan(ada_client, hours=6)
    for _ in range(3):  # the third reload of the same state is answered from the kept copy
        kept = _reload(ada_client, django_requests, "/me")
    assert not kept.reached_django
    assert f"/plans/{plan}".encode() in kept.body

    SavedPlan.objects.filter(pk=plan).delete()  # as the admin or a script would: only the triggers see it

    reloaded = _reload(ada_client, django_requests, "/me")
    assert f"/plans/{plan}".encode() not in reloaded.body


@pytest.mark.usefixtures("migrated_back_at_the_end")
def test_every_learner_table_keeps_its_triggers_whichever_way_the_database_was_migrated() -> None:
    everything = {table for table, _ in VERSIONED_TABLES}
    assert _triggered_tables() == everything, "fresh, as `make run` and the test database start"

    _upgrade_from_before_the_calendar_sequence()
    assert _triggered_tables() == everything, "upgraded from tracking 0006 with plans 0004"

    call_command("migrate", "plans", "0004", verbosity=0)
    assert _triggered_tables() == everything, "migrated back before the calendar sequence"

    call_command("migrate", "tracking", "0005", verbosity=0)
    assert _triggered_tables() == set(), "migrated back before reader versions: none, and no table to count in"
    call_command("migrate", verbosity=0)
    assert _triggered_tables() == everything, "forward again"


@pytest.mark.usefixtures("migrated_back_at_the_end")
def test_a_server_upgraded_before_the_repair_gets_its_triggers_back_when_it_starts() -> None:
    call_command("migrate", "tracking", "0007", verbosity=0)
    with connection.cursor() as cursor:  # what the upgrade left on SQLite: saved plans without their triggers
        for statement in _drops_on("web_savedplan"):
            cursor.execute(statement)
    assert "web_savedplan" not in _triggered_tables()

    assert startup.migrate_if_needed() == "Applied 1 database migration."
    assert _triggered_tables() == {table for table, _ in VERSIONED_TABLES}


def _drops_on(table: str) -> list[str]:
    if connection.vendor == "postgresql":
        return [f"DROP TRIGGER rf_reader_version ON {table}"]
    return [f"DROP TRIGGER rf_reader_version_{table}_{operation}" for operation in ("insert", "update", "delete")]
