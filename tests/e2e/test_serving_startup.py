"""`roadmapfinder serve` on its own: a fresh install validates and indexes the content, migrates and collects static
files itself, a second start skips all three (the workers read the snapshot), and SIGTERM stops it within 5 s,
the worker's PDF renderer process with it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.live_server import BIN, _free_port

#: A deploy's stop (docker stop waits 10 s before killing) must never hang on a worker.
STOP_WITHIN = 5.0


def _start(data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ROADMAPFINDER_PLAIN_STATIC")}
    env["ROADMAPFINDER_DATA_DIR"] = str(data_dir)
    port = _free_port()
    process = subprocess.Popen(
        [str(BIN / "roadmapfinder"), "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while True:
        try:
            with urllib.request.urlopen(f"{url}/roadmaps/alpha-dev", timeout=5) as response:
                assert response.status == 200
                return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log = process.stdout.read() if process.stdout else ""
                raise AssertionError(f"server did not start: {log}") from None
            time.sleep(0.2)


@pytest.fixture
def start() -> Iterator[Callable[[Path], tuple[subprocess.Popen[str], str]]]:
    """`_start`, with every server it started killed at teardown: a failed assertion never leaves one running."""
    started: list[subprocess.Popen[str]] = []

    def starting(data_dir: Path) -> tuple[subprocess.Popen[str], str]:
        process, url = _start(data_dir)
        started.append(process)
        return process, url

    yield starting
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found += children.get(pid, [])
        todo += children.get(pid, [])
    return found


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _running(pid: int) -> bool:
    """Whether the process still runs (a zombie waiting for its new parent to reap it has ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _stop(process: subprocess.Popen[str]) -> tuple[float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        out, _ = process.communicate(timeout=30)
    finally:
        process.kill()
    return time.monotonic() - started, out


def _parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def _cores_of_threads(pid: int) -> set[str]:
    """Where each of the process's threads may run, as /proc writes it ("0", "1", "0-1")."""
    return {
        line.split(":", 1)[1].strip()
        for status in Path(f"/proc/{pid}/task").glob("*/status")
        for line in status.read_text().splitlines()
        if line.startswith("Cpus_allowed_list:")
    }


def _assert_workers_keep_to_cores_of_their_own(renderer: int) -> None:
    """Each of the two workers' threads on one core, a core each (web/worker_cores.py), on a machine with two cores
    or more; the PDF renderer on its worker's core."""
    if not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2:
        return  # nothing to keep apart: every worker shares the one core
    worker = _parent(renderer)
    workers = [pid for pid in _descendants(_parent(worker)) if _parent(pid) == _parent(worker)]
    kept = [_cores_of_threads(pid) for pid in workers]
    assert len(workers) == 2
    assert all(len(cores) == 1 and next(iter(cores)).isdigit() for cores in kept), kept
    assert kept[0] != kept[1], "a core each"
    assert _cores_of_threads(renderer) == _cores_of_threads(worker), "a PDF never takes another worker's core"


def test_serve_on_a_fresh_install_then_again(
    tmp_path: Path, start: Callable[[Path], tuple[subprocess.Popen[str], str]]
) -> None:
    process, url = start(tmp_path)
    with urllib.request.urlopen(f"{url}/") as response:
        page = response.read().decode()
    css = re.search(r'href="(/static/roadmapfinder/css/site\.[0-9a-f]{12}\.css)"', page)
    assert css is not None, "hashed static files, from the manifest serve built"
    with urllib.request.urlopen(url + css.group(1)) as response:
        assert response.status == 200
    with urllib.request.urlopen(f"{url}/api/v1/search?q=pyhton") as response:
        assert response.status == 200, "a search waits for its worker's index"
    stopped_after, out = _stop(process)
    assert stopped_after < STOP_WITHIN, out
    assert re.search(r"Applied \d+ database migrations\.", out), out
    assert "Collected and compressed the static files" in out
    assert not list((tmp_path / "static").rglob("*.map")), "no source maps collected"
    assert "Building index from tokens" not in out
    assert "Content validated" in out, "validated once, before the workers"
    assert "search index built" in out
    ready = re.findall(r"Catalog and search index of \d+ roadmaps and \d+ topics ready", out)
    assert len(ready) == 2, "each worker reads the snapshot"

    process, url = start(tmp_path)
    with urllib.request.urlopen(f"{url}/roadmaps/alpha-dev.pdf", timeout=60) as response:
        assert response.read().startswith(b"%PDF"), "typeset by the worker's renderer process"
    renderers = [pid for pid in _descendants(process.pid) if b"renderer_process.py" in _command_line(pid)]
    assert len(renderers) == 1, "one renderer, started by the worker that made the PDF"
    _assert_workers_keep_to_cores_of_their_own(renderers[0])
    stopped_after, out = _stop(process)
    assert stopped_after < STOP_WITHIN, out
    assert not [pid for pid in renderers if _running(pid)], "the renderer ends with its worker"
    assert "Content unchanged since it was validated." in out, "a second start neither parses nor indexes content"
    assert "Database is up to date." in out
    assert "Static files are current." in out, "a second start collects nothing"


def test_static_files_older_than_a_source_are_collected_again(tmp_path: Path) -> None:
    """The check behind "Static files are current": every source is older than the manifest and listed in it."""
    env = os.environ | {"ROADMAPFINDER_DATA_DIR": str(tmp_path)}
    env.pop("ROADMAPFINDER_PLAIN_STATIC", None)
    code = (
        "import os; from roadmapfinder.web import startup; startup.setup();"
        "print(startup.static_is_current());"
        "print(startup.collect_if_needed());"
        "print(startup.static_is_current());"
        f"os.utime({str(tmp_path / 'static' / 'staticfiles.json')!r}, (0, 0));"
        "print(startup.static_is_current())"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    collected = f"Collected and compressed the static files into {tmp_path}/static."
    assert done.stdout.split("\n")[:4] == ["False", collected, "True", "False"]
