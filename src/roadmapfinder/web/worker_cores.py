"""A granian worker kept on one core of its own, so that its two app threads hand the interpreter lock to each other
on that core rather than across two.

Why: a worker answers on two threads (cli/servers.BLOCKING_THREADS), and they share one interpreter lock. Left to
the kernel, they run on different cores, and every time one lets go of the lock (each database read, each row
SQLite steps through) the other takes it on the other core: the objects both touch (the catalog, the page
skeletons, the interpreter's own state) move between the cores' caches every time. In one process, two threads
answering /me took 0.92 ms of CPU a view against 0.62 ms for one thread; kept on one core, 0.64 ms. Under wrk with
two workers (bench/bench_serving.py's load, eight alternating rounds each), /me's first view had a p99 of 19.2 ms
kept on a core against 23.8 ms left to the kernel, at equal throughput, and the cached page 3.6 against 4.7 ms.

How: `roadmapfinder serve` gives a granian server a folder of its own (`config().worker_cores`) when it has no more
workers than cores. Each worker, as it loads the app, takes the first core no other worker of that server holds: an
exclusive lock (flock) on the file named after the core, kept as long as the worker lives, so a worker that dies
frees its core for the one started in its place. Every thread the worker has then, and every thread it starts
after (granian's runtime and app threads), runs on that core. A worker that finds every core taken stays where
the kernel puts it.

The worker's PDF renderer process (exporters/typesetter.py) inherits the core, and that is on purpose: it already
runs below the workers' priority so that pages go first, and on its worker's core it takes that core's spare time
only. Given every core, it took its share of the other worker's core, which cannot move away: the cached page's p99
while PDFs were exported was 87-285 ms in six rounds, against 33-74 ms in four with the renderer on its worker's
core and 30-82 ms with nothing kept to a core. A PDF takes longer when its worker is busy: the pages come first.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO

logger = logging.getLogger(__name__)

#: The claim this process holds (`keep_to_one_core`): open for as long as the process lives.
_claim: IO[str] | None = None


def keep_to_one_core(claims: Path) -> int | None:
    """Claim a core no other worker sharing `claims` holds and keep this process's threads on it; the core, or None
    when every core is taken or this system cannot keep a process to a core."""
    global _claim
    if _claim is not None or not hasattr(os, "sched_setaffinity"):
        return None
    for core in sorted(os.sched_getaffinity(0)):
        claim = (claims / f"core-{core}").open("w")
        try:
            fcntl.flock(claim, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            claim.close()  # another worker holds it
            continue
        _claim = claim
        for thread in os.listdir("/proc/self/task"):  # the threads started so far; later ones inherit the core
            os.sched_setaffinity(int(thread), {core})
        logger.info("Worker %d keeps to core %d", os.getpid(), core)
        return core
    return None
