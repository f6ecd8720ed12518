"""Server workers keep to a core of their own (web/worker_cores.py): each claims a core no other worker of its
server holds, a dead worker's core is free for its replacement, and a worker finding every core taken stays where
the kernel puts it. Each worker here is a process of its own, as a server's are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CORES = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []

pytestmark = pytest.mark.skipif(len(CORES) < 2, reason="needs two cores to tell workers apart")

#: A stand-in worker: claims a core, then starts a thread (as granian starts its threads after loading the app),
#: says where it and the thread may run, and waits until its stdin closes.
WORKER = """
import json, os, sys, threading
from pathlib import Path
from roadmapfinder.web.worker_cores import keep_to_one_core
core = keep_to_one_core(Path(sys.argv[1]))
later = threading.Thread(target=sys.stdin.read)
later.start()
process, thread = sorted(os.sched_getaffinity(0)), sorted(os.sched_getaffinity(later.native_id))
print(json.dumps({"core": core, "process": process, "thread": thread}), flush=True)
later.join()
"""


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Any]:
    started: list[subprocess.Popen[str]] = []

    def starting() -> tuple[subprocess.Popen[str], dict[str, Any]]:
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        started.append(worker)
        assert worker.stdout is not None
        return worker, json.loads(worker.stdout.readline())

    yield starting
    for worker in started:
        worker.kill()
        worker.wait()


def test_each_worker_keeps_to_a_core_no_other_holds(start: Any) -> None:
    found = [start()[1] for _ in CORES]
    assert sorted(where["core"] for where in found) == CORES, "every core taken once"
    for where in found:
        assert where["process"] == [where["core"]]
        assert where["thread"] == [where["core"]], "a thread started afterwards inherits the core"


def test_a_worker_finding_every_core_taken_runs_anywhere(start: Any) -> None:
    for _ in CORES:
        start()
    _, extra = start()
    assert extra == {"core": None, "process": CORES, "thread": CORES}


def test_a_dead_workers_core_goes_to_the_one_started_in_its_place(start: Any) -> None:
    workers = [start() for _ in CORES]
    dead, where = workers[0]
    dead.kill()
    dead.wait()
    _, replacement = start()
    assert replacement["core"] == where["core"]
