"""Run the production server so that a stop always stops it: all of it, within a bounded time.

`roadmapfinder serve` used to exec granian directly. Under load, a SIGTERM sometimes left granian's main process
running past its workers' kill timeout, or a worker running after its main process had exited, still holding the
port: a restarted instance then shared its port with a process that never answered (the rolling-restart test in
tests/e2e/test_topology.py caught it). So the server runs in a process group of its own under this small
supervisor, which forwards SIGTERM and SIGINT to it, waits for the graceful stop (in-flight requests finish), and
kills whatever is left of the group once the grace period is over, and after a normal exit too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from contextlib import suppress
from types import FrameType


def supervise(argv: list[str], *, grace: float) -> int:
    """Run `argv` until it exits or is stopped; answers its exit code (128 + signal when it had to be killed)."""
    server = subprocess.Popen(argv, start_new_session=True)
    deadline: list[float] = []

    def stop(signum: int, _frame: FrameType | None) -> None:
        if not deadline:  # the first signal starts the graceful stop; a second one changes nothing
            deadline.append(time.monotonic() + grace)
            with suppress(ProcessLookupError):
                server.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        while True:
            try:
                code = server.wait(timeout=0.25)
                break
            except subprocess.TimeoutExpired:
                if deadline and time.monotonic() > deadline[0]:
                    _kill_group(server.pid)
                    code = server.wait()
                    break
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _kill_group(server.pid)  # a worker left behind would keep the port and never answer
    return 128 - code if code < 0 else code


def _kill_group(group: int) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)
