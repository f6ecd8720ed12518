"""A real server for tests that need one: migrate, collectstatic, `roadmapfinder serve` (granian) on a free port.

The e2e lane's `server` fixture (tests/e2e/conftest.py) starts one per module. `shipped=True` serves the shipped
catalog; the database is a throw-away SQLite file, or the PostgreSQL of DATABASE_URL when `keep_database_url=True`.

A module's server starts from a copy of a data folder prepared once per test run (`prepared_folder`): the content
snapshot, the migrated SQLite database and the collected static files are the same for every module with the
same options, and making them cost each module about 20 s of CPU (collectstatic's compression alone 16 s, the
snapshot 6 s, the migrations 2 s): about half of the browser lane's test time in `make test`, which has to stay under 15
minutes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
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
    data_dir: Path,
    *,
    shipped: bool = False,
    keep_database_url: bool = False,
    workers: int = 2,
    pages: bool = False,
    prepared_in: Path | None = None,
) -> Iterator[LiveServer]:
    """Yield the running server (its URL, and the environment for `manage.py` calls against its database).

    `pages=True` has `serve` collect static files for a browser (only when they changed); API-only servers skip
    that slow step (`--static plain`: the server serves the plain files from the package). With `prepared_in`,
    a folder the whole test run shares, an SQLite server starts from a copy of the data folder prepared there for
    its options (`prepared_folder`), so `serve` finds everything ready.
    """
    dropped = {"DATABASE_URL"} if not keep_database_url else set()
    if shipped:
        dropped.add("ROADMAPFINDER_CONTENT_DIR")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env |= {"ROADMAPFINDER_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings"}
    manage = [sys.executable, "-m", "django"]
    if prepared_in is not None and not keep_database_url:
        shutil.copytree(prepared_folder(prepared_in, env, pages=pages), data_dir, dirs_exist_ok=True)
    else:
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        if pages:
            subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, check=True)
    instance = Instance(env, workers=workers, static="collect" if pages else "plain")
    instance.start(timeout=60)
    try:
        yield LiveServer(instance.url, env)
    finally:
        instance.stop()


def prepared_folder(root: Path, env: dict[str, str], *, pages: bool) -> Path:
    """A data folder ready to serve the content of `env` (`serve`'s own preparation, `prepare_to_serve`: snapshot,
    migrated SQLite database, static files collected when `pages`), made once under `root` per content and
    `pages`; the test processes of a run share it, the first to need it making it while the others wait."""
    content = env.get("ROADMAPFINDER_CONTENT_DIR", "")
    folder = root / f"prepared-{hashlib.sha256(f'{content}|{pages}'.encode()).hexdigest()[:12]}"
    root.mkdir(parents=True, exist_ok=True)
    with (root / f"{folder.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not folder.is_dir():
            making = folder.with_name(folder.name + ".making")
            shutil.rmtree(making, ignore_errors=True)
            prepare = [sys.executable, "-m", "django", "prepare_to_serve", *([] if pages else ["--no-collect"])]
            made = subprocess.run(prepare, env=env | {"ROADMAPFINDER_DATA_DIR": str(making)}, capture_output=True)
            if made.returncode:
                raise RuntimeError(f"preparing a data folder failed: {made.stderr.decode(errors='replace')}")
            making.rename(folder)  # whole or not at all: a process that failed half-way leaves no folder
    return folder


class Instance:
    """One `roadmapfinder serve` process on a port of its own, which a test can start, stop and kill at will."""

    def __init__(
        self,
        env: dict[str, str],
        *,
        workers: int = 2,
        port: int | None = None,
        static: str = "plain",
        server: str = "granian",
    ) -> None:
        self.env = env
        self.workers = workers
        self.server = server  # `serve --server`
        self.static = static  # `serve --static`: plain skips the slow collect step of API-only servers
        self.port = port or _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *, timeout: float = 30) -> None:
        """Start the server and wait until it answers its liveness check."""
        self.process = subprocess.Popen(
            [
                *(str(BIN / "roadmapfinder"), "serve", "--port", str(self.port), "--workers", str(self.workers)),
                *("--static", self.static, "--server", self.server),
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, so a kill reaches every worker
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/healthz", timeout=2):
                    return
            except OSError as error:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.process.kill()
                    log = self.process.stderr.read().decode() if self.process.stderr else ""
                    raise RuntimeError(f"server did not start: {log}") from error
                time.sleep(0.2)

    def server_groups(self) -> list[int]:
        """The process groups of the server under the supervisor (`roadmapfinder serve` runs it in its own)."""
        assert self.process is not None
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True)
        return [int(pid) for pid in children.stdout.split()]

    def left_running(self, groups: list[int]) -> list[str]:
        """Processes of these groups still alive (none may be, once the server has stopped)."""
        found = subprocess.run(["pgrep", "-a", "-g", ",".join(map(str, groups))], capture_output=True, text=True)
        return found.stdout.splitlines() if groups else []

    def stop(self, *, timeout: float = 10) -> float:
        """SIGTERM, then wait for the exit; answers how many seconds the server took to stop."""
        assert self.process is not None
        started = time.monotonic()
        self.process.terminate()
        self.process.wait(timeout=timeout)
        return time.monotonic() - started

    def kill(self) -> None:
        """SIGKILL to the server and all its workers at once, as a crashed machine would."""
        assert self.process is not None
        for group in [self.process.pid, *self.server_groups()]:  # the supervisor, then the server
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)
        self.process.wait(timeout=10)


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
