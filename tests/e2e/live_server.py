"""A real server for tests that need one: migrate, collectstatic, `roadmapfinder serve` (granian) on a free port.

The e2e lane's `server` fixture (tests/e2e/conftest.py) starts one per module. `shipped=True` serves the shipped
catalog; the database is a throw-away SQLite file, or the PostgreSQL of DATABASE_URL when `keep_database_url=True`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer(str):
    """A running server: its URL (the string itself, so `f"{server}/me"` reads naturally) and its environment."""

    env: dict[str, str]

    def __new__(cls, url: str, env: dict[str, str]) -> LiveServer:
        server = super().__new__(cls, url)
        server.env = env
        return server

    def learner_token(self, username: str) -> str:
        """Create a learner in this server's database and return a fresh API token for them."""
        return create_learner_with_token(self.env, username)


@contextmanager
def live_server(
    data_dir: Path, *, shipped: bool = False, keep_database_url: bool = False, workers: int = 2, pages: bool = False
) -> Iterator[LiveServer]:
    """Yield the running server (its URL, and the environment for `manage.py` calls against its database).

    `pages=True` has `serve` collect static files for a browser (only when they changed); API-only servers skip
    that slow step (`--static plain`: the server serves the plain files from the package).
    """
    dropped = {"DATABASE_URL"} if not keep_database_url else set()
    if shipped:
        dropped.add("ROADMAPFINDER_CONTENT_DIR")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env |= {"ROADMAPFINDER_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings"}
    manage = [sys.executable, "-m", "django"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    if pages:
        subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, check=True)
    port = _free_port()
    static = "collect" if pages else "plain"
    process = subprocess.Popen(
        [str(BIN / "roadmapfinder"), "serve", "--port", str(port), "--workers", str(workers), "--static", static],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/v1/healthz", timeout=2):
                break
        except OSError as error:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"server did not start: {log}") from error
            time.sleep(0.2)
    try:
        yield LiveServer(url, env)
    finally:
        process.terminate()
        process.wait(timeout=10)


def create_learner_with_token(env: dict[str, str], username: str) -> str:
    """Create a learner in the server's database and return a fresh API token for them."""
    code = (
        "from django.contrib.auth.models import User;"
        "from roadmapfinder.tracking.services import token_create;"
        f"u = User.objects.create_user({username!r}, password='a long passphrase 42');"
        "print(token_create(user=u, name='tests')[1])"
    )
    result = subprocess.run(
        [sys.executable, "-m", "django", "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip().splitlines()[-1]
