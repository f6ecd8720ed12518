"""`roadmapfinder backup` and `restore` give back exactly what was saved, on SQLite and on PostgreSQL.

`make test` runs this module on SQLite, then in its PostgreSQL pass against a scratch database of its own (never
the one other tests use).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.live_server import BIN

pytestmark = pytest.mark.database

SNAPSHOT = (
    "import json;"
    "from django.contrib.auth.models import User;"
    "from roadmapfinder.tracking.models import TopicProgress, TopicNote;"
    "from roadmapfinder.plans.models import SavedPlan;"
    "print(json.dumps({"
    "'users': sorted(User.objects.values_list('username', flat=True)),"
    "'progress': sorted(TopicProgress.objects.values_list('user__username', 'topic_id', 'status')),"
    "'notes': sorted(TopicNote.objects.values_list('topic_id', 'text')),"
    "'plans': sorted(SavedPlan.objects.values_list('id', 'title'))}))"
)
LEARNER = (
    "from django.contrib.auth.models import User;"
    "from roadmapfinder.tracking.models import TopicProgress, TopicNote;"
    "from roadmapfinder.plans.models import SavedPlan;"
    "u = User.objects.create_user('{name}', password='a long passphrase 42');"
    "TopicProgress.objects.create(user=u, topic_id='markup', status='done');"
    "TopicNote.objects.create(user=u, topic_id='markup', text='Semantic tags first — “é” survives');"
    "SavedPlan.objects.create(owner=u, title='Alpha', request={{'targets': ['alpha-dev']}})"
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of a fresh, migrated database of the kind this pass runs on."""
    env = {
        **os.environ,
        "ROADMAPFINDER_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings",
    }
    scratch = ""
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        scratch = f"backup_{uuid.uuid4().hex[:10]}"
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", scratch], check=True)
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{scratch}"
    else:
        env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True)
    yield env
    if scratch:
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", scratch], check=True)


def _django(env: dict[str, str], code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "django", "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "roadmapfinder"), *args], env=env, capture_output=True, text=True, check=False)


def test_a_backup_restores_every_record_exactly(database: dict[str, str], tmp_path: Path) -> None:
    _django(database, LEARNER.format(name="ada"))
    before = json.loads(_django(database, SNAPSHOT))
    backup = tmp_path / "roadmapfinder.backup"
    made = _cli(database, "backup", str(backup))
    assert made.returncode == 0, made.stderr
    assert backup.stat().st_size > 0
    _django(database, LEARNER.format(name="mallory") + ";User.objects.filter(username='ada').delete()")
    assert json.loads(_django(database, SNAPSHOT)) != before
    restored = _cli(database, "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert json.loads(_django(database, SNAPSHOT)) == before


def test_bad_backup_paths_are_messages_not_tracebacks(database: dict[str, str], tmp_path: Path) -> None:
    into_a_folder = _cli(database, "backup", str(tmp_path))
    assert into_a_folder.returncode == 1
    assert "cannot write" in into_a_folder.stderr
    missing = _cli(database, "restore", str(tmp_path / "nothing-here"), "--yes")
    assert missing.returncode == 1
    assert "there is no backup" in missing.stderr
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("not a database")
    wrong = _cli(database, "restore", str(not_a_backup), "--yes")
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr
