"""Start-up and stop of `make run` on a warm venv: seconds from `make run` to the first roadmap page, for a first
start (content to validate and index, migrations and static files to prepare) and a second (nothing to prepare),
and seconds from SIGTERM to the server's exit. Targets (issue 16): second start under 10 s, stop under 5 s.

Wall time depends on what else the machine runs, so each start also reports the CPU seconds its processes used
(the launcher, the preparing step, the server and its workers) and the load average when it began: on a shared
machine the CPU figure is the one to compare between runs. The reference is the second start itself: the first
start's ratio to it shows what preparing costs.
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECOND_START_TARGET = 10.0
STOP_TARGET = 5.0


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start_and_stop(data_dir: Path) -> tuple[float, float, float]:
    """`make run` on a port of its own: seconds to the first page, seconds to stop, CPU seconds used."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ROADMAPFINDER_CONTENT_DIR", "MAKEFLAGS")}
    env["ROADMAPFINDER_DATA_DIR"] = str(data_dir)
    port = _port()
    cpu = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(
        ["make", "--no-print-directory", "-s", "run", f"PORT={port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # make and the server in one group: SIGTERM reaches the server as Ctrl-C would
    )
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/roadmaps/backend", timeout=5):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("the server stopped before answering") from None
            time.sleep(0.05)
    up = time.perf_counter() - started
    stopping = time.perf_counter()
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    finally:
        with_group_gone = time.perf_counter() - stopping
        process.kill()
    return up, with_group_gone, _children_cpu() - cpu


def run() -> None:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        first_up, first_stop, first_cpu = _start_and_stop(Path(folder))
        second_load = os.getloadavg()[0]
        second_up, second_stop, second_cpu = _start_and_stop(Path(folder))
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores, load average {load:.1f} at the first start, {second_load:.1f} at the second")
    print(
        f"first `make run` (validate, index, migrate, collect): {first_up:6.1f} s to the first page "
        f"({first_up / second_up:.1f}x), {first_cpu:5.1f} s of CPU"
    )
    print(
        f"second `make run` (nothing to prepare):              {second_up:6.1f} s to the first page "
        f"(target < {SECOND_START_TARGET:.0f} s), {second_cpu:5.1f} s of CPU"
    )
    stop = max(first_stop, second_stop)
    print(f"stop after SIGTERM:                                  {stop:6.1f} s (target < {STOP_TARGET:.0f} s)")


if __name__ == "__main__":
    sys.exit(run())
