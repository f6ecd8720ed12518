"""One instance against two behind nginx: production's shape (docs/deployment.md), measured by `make bench`.

Both runs put Debian's nginx in front, configured from the deployed files (bench/nginx_front.py: deploy/nginx's
upstream and proxy rules), and share one PostgreSQL and one Redis; they differ only in the servers of nginx's
upstream. Each instance is `roadmapfinder serve` as deployed, with its default workers. The same load runs against
each: the cached roadmap page, a signed-in learner's /me as a first view (the costliest personal page), and 32
writers marking progress.

On this 2-core machine the second instance adds no core: the two instances' workers share the same two cores
pairwise (docs/deployment.md), with nginx, PostgreSQL, Redis and the load generators. So the ratio printed says
what the shape costs or gains on the same hardware (twice the workers and threads for the same cores), not the
gain of a second machine, which is what a real deployment adds an instance for.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.bench_serving import (
    BIN,
    ROUTES,
    WARM_UP_S,
    Load,
    _browser_cookies,
    _free_port,
    _running,
    writer_topics,
    wrk,
)
from bench.nginx_front import nginx_conf
from bench.serving_writes import Writes, concurrent_writes


@dataclass(frozen=True)
class Round:
    """One topology's figures under the same load."""

    page: Load
    me_first_view: Load
    writes: Writes


def one_against_two(env: dict[str, str], work: Path, readers: dict[str, Any]) -> None:
    """Measure the load behind nginx with one instance, then two, and print them side by side."""
    rounds = {}
    for count in (1, 2):
        with _behind_nginx(env, work / f"instances-{count}", count) as base:
            rounds[count] = _measure(base, readers)
    one, two = rounds[1], rounds[2]
    print(
        "one instance against two behind nginx (production's proxy rules), both sharing PostgreSQL and Redis and "
        "this machine's 2 cores, so the second adds workers, not cores:",
        flush=True,
    )
    for name, first, second in (
        ("roadmap page (cached)", one.page, two.page),
        ("/me, signed in, first view", one.me_first_view, two.me_first_view),
    ):
        ratio = second.requests_per_s / first.requests_per_s
        print(f"  {name:<30} one instance   {_figures(first)}", flush=True)
        print(f"  {'':<30} two instances  {_figures(second)}  {ratio:4.2f}x one's throughput", flush=True)
    ratio = two.writes.per_s / one.writes.per_s
    print(f"  {'32 writers, progress updates':<30} one instance   {_write_figures(one.writes)}", flush=True)
    print(f"  {'':<30} two instances  {_write_figures(two.writes)}  {ratio:4.2f}x one's throughput", flush=True)


def _figures(load: Load) -> str:
    errors = f" ({load.errors} errors)" if load.errors else ""
    return f"{load.requests_per_s:7.0f} req/s     p99 {load.p99_ms:7.2f} ms{errors}"


def _write_figures(writes: Writes) -> str:
    return f"{writes.per_s:7.0f} writes/s  p99 {writes.p99_ms:7.2f} ms, {writes.failed} failed, {writes.lost} lost"


def _measure(base: str, readers: dict[str, Any]) -> Round:
    """The cached page, /me's first views and the writers, each page after an untimed warm-up."""
    page = base + ROUTES[0]
    wrk(page, seconds=WARM_UP_S)
    cached = wrk(page)
    session = readers["learner_cookie"]
    _browser_cookies(base, "/me", session)
    wrk(base + "/me", cookie=session, fresh_csrf=True, seconds=WARM_UP_S)
    me = wrk(base + "/me", cookie=session, fresh_csrf=True)
    writes = concurrent_writes(base, readers["tokens"], writer_topics(base))
    return Round(cached, me, writes)


@contextmanager
def _behind_nginx(env: dict[str, str], work: Path, count: int) -> Iterator[str]:
    """`count` instances started as deployed, and nginx in front of them; nginx's address."""
    work.mkdir(parents=True)
    ports = [_free_port() for _ in range(count)]
    with ExitStack() as stack:
        for port in ports:
            argv = [str(BIN / "roadmapfinder"), "serve", "--port", str(port), "--static", "plain"]
            stack.enter_context(_running(argv, env, f"http://127.0.0.1:{port}/api/v1/healthz"))
        port = _free_port()
        conf = work / "nginx.conf"
        conf.write_text(nginx_conf(work, port, ports))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        base = f"http://127.0.0.1:{port}"
        stack.enter_context(_running([nginx, "-p", str(work), "-c", str(conf)], dict(os.environ), base + ROUTES[0]))
        yield base
