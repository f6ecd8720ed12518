"""The database layer (auth, sessions, migrations) on SQLite and, with DATABASE_URL, on PostgreSQL.

`make test` runs this module twice: with the whole suite on SQLite, then with `-m database` against the local
PostgreSQL. In CI (CI=true) an unreachable PostgreSQL fails the run instead of skipping it.
"""

from __future__ import annotations

import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.db import connection

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def test_runs_on_the_database_named_by_database_url() -> None:
    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected


def test_migrations_are_applied_and_none_are_missing() -> None:
    call_command("migrate", "--check", verbosity=0)
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_users_are_saved_with_hashed_passwords() -> None:
    user = get_user_model().objects.create_user("ada", "ada@example.org", "a long passphrase")
    stored = get_user_model().objects.get(username="ada")
    assert stored.pk == user.pk
    assert stored.password != "a long passphrase"
    assert stored.check_password("a long passphrase")


def test_sessions_round_trip() -> None:
    session = SessionStore()
    session["pace"] = 6
    session.save()
    assert SessionStore(session_key=session.session_key)["pace"] == 6


@pytest.mark.django_db(transaction=True)
def test_plans_saved_before_the_plans_app_existed_survive_the_move() -> None:
    """SavedPlan moved from the web project to the plans app by a state-only migration: old rows stay readable."""
    from django.db.migrations.executor import MigrationExecutor

    from roadmapfinder.plans.models import SavedPlan

    executor = MigrationExecutor(connection)
    executor.migrate([("web", "0001_saved_plan"), ("plans", None)])  # the database as the web app left it
    old_state = MigrationExecutor(connection).loader.project_state([("web", "0001_saved_plan")])
    OldPlan = old_state.apps.get_model("web", "SavedPlan")  # noqa: N806  (a model class)
    OldPlan.objects.create(id="kept-across-the-move", request={"targets": ["alpha-dev"]}, title="Alpha")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert SavedPlan.objects.get(pk="kept-across-the-move").title == "Alpha"
    call_command("migrate", "--check", verbosity=0)
