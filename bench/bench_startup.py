"""Start-up and stop of `make run` on a warm venv: seconds from `roadmapfinder serve` to the first roadmap page,
for a first start (migrations and static files to prepare) and a second (nothing to prepare), and seconds from
SIGTERM to the server's exit. Targets (issue 16): second start under 10 s, stop under 5 s.

The reference is the second start itself: the first start's ratio to it shows what preparing costs.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
SECOND_START_TARGET = 10.0
STOP_TARGET = 5.0


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_and_stop(data_dir: Path) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ROADMAPFINDER_CONTENT_DIR")}
    env["ROADMAPFINDER_DATA_DIR"] = str(data_dir)
    port = _port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN / "roadmapfinder"), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/roadmaps/backend", timeout=5):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("the server stopped before answering") from None
            time.sleep(0.1)
    up = time.perf_counter() - started
    stopping = time.perf_counter()
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    finally:
        process.kill()
    return up, time.perf_counter() - stopping


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        first_up, first_stop = _start_and_stop(Path(folder))
        second_up, second_stop = _start_and_stop(Path(folder))
    print(f"first start (migrate, collect static): {first_up:6.1f} s to the first page ({first_up / second_up:.1f}x)")
    print(f"second start (nothing to prepare):     {second_up:6.1f} s (target < {SECOND_START_TARGET:.0f} s)")
    stop = max(first_stop, second_stop)
    print(f"stop after SIGTERM:                    {stop:6.1f} s (target < {STOP_TARGET:.0f} s)")
