"""Many simultaneous progress updates for one learner against a real multi-process server lose nothing, and every
one of them is counted against the learner's rate limit exactly once.

Runs on SQLite (WAL, IMMEDIATE transactions) in the normal suite and on PostgreSQL when `make test` reruns the
database tests with DATABASE_URL.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from roadmapfinder.catalog import default_catalog
from tests.e2e.live_server import LiveServer

#: Both this module and the other one that writes to DATABASE_URL's own database run on one xdist worker, one
#: after the other (`--dist loadgroup` in `make test-postgres`): two migrations of one fresh database would collide.
pytestmark = [pytest.mark.database, pytest.mark.xdist_group("database-url")]

THREADS = 12


#: PostgreSQL under `make test` (DATABASE_URL kept), and four workers writing at once.
SERVER = {"keep_database_url": True, "workers": 4}


def _call(url: str, token: str, method: str, path: str, body: object | None = None) -> tuple[int, object]:
    request = urllib.request.Request(
        url + path, data=json.dumps(body).encode() if body is not None else None, method=method
    )
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read())


def test_simultaneous_updates_from_many_threads_all_land(server: LiveServer, token: str) -> None:
    url = server
    topics = [t.id for t in default_catalog().topics]

    def walk(topic_id: str) -> list[int]:
        # Each topic goes through every status in order, while the other topics change at the same moment.
        return [
            _call(url, token, "PUT", f"/api/v1/me/progress/{topic_id}", {"status": s})[0]
            for s in ("in_progress", "skipped", None, "done")
        ]

    with ThreadPoolExecutor(THREADS) as pool:
        codes = [c for result in pool.map(walk, topics) for c in result]

    assert codes == [200] * (4 * len(topics))
    status, body = _call(url, token, "GET", "/api/v1/me/progress")
    assert status == 200
    assert body["topics"] == dict.fromkeys(sorted(topics), "done")  # type: ignore[index]


def test_the_same_topic_hammered_at_once_keeps_one_row_and_a_sent_value(server: LiveServer, token: str) -> None:
    url = server
    sent = ["done", "in_progress", "skipped"] * 8
    with ThreadPoolExecutor(THREADS) as pool:
        codes = list(pool.map(lambda s: _call(url, token, "PUT", "/api/v1/me/progress/markup", {"status": s})[0], sent))
    assert codes == [200] * len(sent)
    _, body = _call(url, token, "GET", "/api/v1/me/progress")
    assert body["topics"]["markup"] in {"done", "in_progress", "skipped"}  # type: ignore[index]


def test_on_sqlite_writers_queue_on_a_file_lock_that_is_free_between_writes(server: LiveServer, token: str) -> None:
    """web/sqlite_queue: write transactions wait on a kernel file lock beside the database, never left held."""
    if server.env.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("the write queue is SQLite's")
    queue = Path(server.env["ROADMAPFINDER_DATA_DIR"]) / "db.sqlite3.write-queue"
    sent = ["done", "in_progress"] * 12
    with ThreadPoolExecutor(THREADS) as pool:
        path = "/api/v1/me/progress/terminal"
        codes = list(pool.map(lambda s: _call(server, token, "PUT", path, {"status": s})[0], sent))
    assert codes == [200] * len(sent)
    assert queue.exists(), "every write transaction took the queue's lock"
    with queue.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError if a worker kept it after commit


def _counted(server: LiveServer, username: str) -> int:
    """The learner's token requests counted in the server's database, over every window (tracking.RateCount)."""
    code = (
        "from django.contrib.auth.models import User;"
        "from django.db.models import Sum;"
        "from roadmapfinder.tracking.models import RateCount;"
        f"pk = User.objects.get(username={username!r}).pk;"
        "rows = RateCount.objects.filter(key__startswith='rf:rl:api-learner:', key__contains=f':{pk}:');"
        "print(rows.aggregate(n=Sum('count'))['n'] or 0)"
    )
    manage = [sys.executable, "-m", "django", "shell", "-c", code]
    result = subprocess.run(manage, env=server.env, check=True, capture_output=True, text=True)
    return int(result.stdout.strip().splitlines()[-1])


def test_every_token_request_is_counted_once_by_all_the_workers_together(server: LiveServer) -> None:
    """Without Redis the rate-limit count is one upsert in the database: requests answered by four workers at once
    are all counted, none lost to another worker's write and none counted twice."""
    if server.env.get("REDIS_URL"):
        pytest.skip("with Redis the counts are Redis's (tests/web/test_hardening_limits.py)")
    username = f"counted-{uuid.uuid4().hex[:8]}"
    token = server.learner_token(username)
    sent = 60
    with ThreadPoolExecutor(THREADS) as pool:
        codes = list(pool.map(lambda _: _call(server, token, "GET", "/api/v1/me/progress")[0], range(sent)))
    assert codes == [200] * sent
    assert _counted(server, username) == sent
