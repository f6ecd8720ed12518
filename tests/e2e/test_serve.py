"""`roadmapfinder serve` stops when told to: SIGTERM ends it within 5 seconds, leaving no process behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.live_server import Instance


def test_sigterm_stops_the_server_within_five_seconds_even_while_it_starts(tmp_path: Path) -> None:
    """Two workers, stopped as soon as the first answers: the other may still be loading Django and the index.

    granian alone waited forever for such a worker; the supervisor and the workers' kill timeout bound the stop.
    """
    env = {
        **os.environ,
        "ROADMAPFINDER_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings",
    }
    env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True)
    for _ in range(2):
        server = Instance(env, workers=2)
        server.start()
        groups = server.server_groups()
        assert server.stop(timeout=10) < 5.5
        assert server.left_running(groups) == []
