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
