"""Serving: the production server under wrk (32 connections, 10 s) against nginx serving the same bytes.

Starts `roadmapfinder serve` exactly as `make run` does (migrate and collectstatic into a temporary data folder
first), then nginx (Debian's package) with the very bytes our server answered, written to files. Prints requests
per second and p50/p99 latency for each route, and our throughput as a share of nginx's. Targets on the roadmap
page: p99 under 25 ms and at least 20 % of nginx's throughput. Then the roadmap page's weight with its CSS and
scripts compressed (budget 100 KB), the alternative server (gunicorn) on the same routes, and the roadmap page
once more with the shared Redis cache that production uses.

Issue 17's figures too: the personal pages of readers tracking progress (made by bench/serving_readers.py) against
the cached page (targets 10 % of its throughput, p99 < 25 ms), 32 concurrent writers on SQLite and PostgreSQL with
lost writes and the kernel's TCP counters (bench/serving_writes.py), one instance against two behind nginx on
PostgreSQL and Redis (bench/serving_instances.py), and each worker's RSS after start and load (with its PDF
renderer process's apart: exporters/typesetter.py).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.serving_readers import WRITERS
from bench.serving_writes import WARM_UP, Writes, concurrent_writes

ROUTES = ["/roadmaps/backend", "/api/v1/roadmaps/backend", "/topics/http"]
CONNECTIONS, DURATION_S, THREADS = 32, 10, 2
P99_TARGET_MS, SHARE_TARGET, WEIGHT_BUDGET = 25.0, 0.20, 100_000
#: What each server worker may hold after the load (issue 17): page copies are bounded by PAGE_MEMORY_MB.
RSS_TARGET_MB = 200
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Load:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError as error:
            if process.poll() is not None or time.monotonic() > deadline:
                # the caller's `_running` stops it with SIGTERM: a SIGKILL here left granian's processes orphaned
                raise RuntimeError(f"{process.args!r} did not start") from error
            time.sleep(0.2)


def _environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"ROADMAPFINDER_CONTENT_DIR", "DATABASE_URL", "DEBUG"}}
    return env | {"ROADMAPFINDER_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings"}


@contextmanager
def _running(argv: list[str], env: dict[str, str], health_url: str) -> Iterator[subprocess.Popen[bytes]]:
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            try:
                _wait_for(health_url, process)
            except RuntimeError as error:
                log.seek(0)
                raise RuntimeError(f"{error}: {log.read().decode(errors='replace')[-2000:]}") from None
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


#: How a server worker's PDF renderer process shows in its command line (src/roadmapfinder/exporters/typesetter.py).
RENDERER = "renderer_process.py"


def _server_processes(root: int) -> tuple[list[int], list[int]]:
    """The workers under `root` (the processes with no children but renderers) and their PDF renderers."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        parents[int(stat.parent.name)] = int(fields[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    renderers = sorted(pid for pid in tree - {root} if RENDERER in _command_line(pid))
    others = tree - {root} - set(renderers)
    workers = sorted(pid for pid in others if not any(parents.get(p) == pid for p in others))
    return workers, renderers


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    rss = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "")
    return int(rss.split()[1]) / 1024 if rss else 0.0


def worker_rss_mb(root: int) -> list[float]:
    """Resident memory of each worker under `root`, in MB (their PDF renderers apart: `renderer_rss_mb`)."""
    return [_rss_mb(pid) for pid in _server_processes(root)[0]]


def renderer_rss_mb(root: int) -> list[float]:
    """Resident memory of each worker's PDF renderer process under `root` (none before the first PDF), in MB."""
    return [_rss_mb(pid) for pid in _server_processes(root)[1]]


def _fetch(url: str, encoding: str = "identity") -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read(), dict(response.headers)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value.strip()).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


#: A wrk script giving every request a CSRF cookie never sent before, after the reader's own cookies (WRK_COOKIE):
#: a kept personal answer is keyed by it, so each request is a page's first view since a change (assembled whole).
FRESH_CSRF_LUA = """
local base = os.getenv("WRK_COOKIE")
local encoding = os.getenv("WRK_ENCODING")
local count = 0
local prefix
function init(args)
  prefix = string.format("%012d", tonumber(string.match(tostring({}), "0x(%x+)"), 16) % 1000000000000)
end
function request()
  count = count + 1
  local token = prefix .. string.format("%020d", count)
  local headers = {["Cookie"] = base .. "; csrftoken=" .. token}
  if encoding ~= "" then headers["Accept-Encoding"] = encoding end
  return wrk.format(nil, nil, headers)
end
"""


def wrk(
    url: str, *, cookie: str = "", fresh_csrf: bool = False, seconds: int = DURATION_S, asks_gzip: bool = False
) -> Load:
    """wrk's figures for one URL: requests per second, p50 and p99 latency, non-2xx/3xx and socket errors.

    `fresh_csrf`: every request carries the cookie and a CSRF cookie of its own (FRESH_CSRF_LUA). `asks_gzip`: every
    request asks for gzip, as every browser does (wrk asks for nothing otherwise).
    """
    encoding = "gzip, deflate, br" if asks_gzip else ""
    header = ["-H", f"Cookie: {cookie}"] if cookie and not fresh_csrf else []
    header += ["-H", f"Accept-Encoding: {encoding}"] if encoding and not fresh_csrf else []
    env = None
    if fresh_csrf:
        script = Path(tempfile.mkdtemp(prefix="rf-wrk-")) / "fresh_csrf.lua"
        script.write_text(FRESH_CSRF_LUA)
        header = ["-s", str(script)]
        env = {**os.environ, "WRK_COOKIE": cookie, "WRK_ENCODING": encoding}
    argv = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", *header, url]
    output = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=seconds + 30, env=env).stdout
    percentile = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    if "99" not in percentile:
        raise RuntimeError(f"no latency figures in wrk's output:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    return Load(rate, _ms(percentile["50"]), _ms(percentile["99"]), errors)


def _while_exporting_pdfs(base: str) -> Load:
    """The roadmap page under wrk while another client exports PDFs (each a new pace, so none is cached)."""
    stop = threading.Event()

    def export() -> None:
        hours = 1
        while not stop.is_set():
            try:
                _fetch(f"{base}/roadmaps/backend.pdf?hours={hours}")
            except OSError as error:  # a PDF slower than _fetch's timeout under the load: said, not fatal
                print(f"  (a PDF export failed under the load: {error})", flush=True)
            hours = hours % 80 + 1

    exporter = threading.Thread(target=export)
    exporter.start()
    try:
        return wrk(base + ROUTES[0])
    finally:
        stop.set()
        exporter.join()


def _make_readers(env: dict[str, str]) -> dict[str, Any]:
    """A signed-in learner with progress and a plan, a visitor tracking in a session, and the writers' tokens."""
    made = subprocess.run(
        [sys.executable, "-m", "bench.serving_readers"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    readers: dict[str, Any] = json.loads(made.stdout)
    return readers


def _browser_cookies(base: str, path: str, session: str) -> str:
    """The cookies a browser sends after its first visit: the session and the CSRF cookie the page set."""
    request = urllib.request.Request(base + path, headers={"Cookie": session})
    with urllib.request.urlopen(request, timeout=30) as response:
        csrf = [c.split(";", 1)[0] for c in response.headers.get_all("Set-Cookie") or [] if c.startswith("csrftoken=")]
    return "; ".join([session, *csrf])


#: The personal pages (issue 17): each at least this share of the cached page's throughput, p99 under 25 ms.
PERSONAL_SHARE_TARGET = 0.10
#: Seconds of load, not counted, before a page is measured: a page's first answers in each worker (a personal page's
#: skeleton and templates: 80-170 ms; a cached page's threads, connection and copy) are once per process and page,
#: and would otherwise be a 10 s run's p99.
WARM_UP_S = 2


def _personal_pages(base: str, readers: dict[str, Any]) -> dict[str, tuple[Load, Load]]:
    """wrk on the pages of a reader who tracks progress: personal, so never the shared cached page.

    Each page twice, after an untimed warm-up (WARM_UP_S): reloaded with nothing changed (answered from the
    copy kept under the reader's personal key, web/personal_answers.py), and as the first view after a change (a
    CSRF cookie never seen before on every request, so each is assembled from the skeleton and the reader's
    progress). The signed-in roadmap page once more asking for gzip, as browsers do: a first view is compressed
    on each request (web/reader_gzip.py).
    """
    pages = {
        "roadmap page, visitor tracking": (ROUTES[0], readers["visitor_cookie"], False),
        "roadmap page, signed in": (ROUTES[0], readers["learner_cookie"], False),
        "roadmap page, signed in, gzip": (ROUTES[0], readers["learner_cookie"], True),
        "plan page, signed in": (f"/plans/{readers['plan_id']}", readers["learner_cookie"], False),
        "/me, signed in": ("/me", readers["learner_cookie"], False),
    }
    loads = {}
    for name, (path, session, asks_gzip) in pages.items():
        cookies = _browser_cookies(base, path, session)
        wrk(
            base + path, cookie=session, fresh_csrf=True, seconds=WARM_UP_S, asks_gzip=asks_gzip
        )  # each worker renders it once
        loads[name] = (
            wrk(base + path, cookie=cookies, asks_gzip=asks_gzip),
            wrk(base + path, cookie=session, fresh_csrf=True, asks_gzip=asks_gzip),
        )
    return loads


def _report_personal(personal: dict[str, tuple[Load, Load]], cached: Load) -> None:
    print(
        f"personal pages (a reader tracking progress), against the cached roadmap page "
        f"({cached.requests_per_s:.0f} req/s); targets >= {PERSONAL_SHARE_TARGET:.0%} of it, "
        f"p99 < {P99_TARGET_MS:g} ms; reloaded with nothing changed, then each request a first view since a change:"
    )
    for name, loads in personal.items():
        for how, load in zip(("reload", "first view"), loads, strict=True):
            share = load.requests_per_s / cached.requests_per_s
            met = share >= PERSONAL_SHARE_TARGET and load.p99_ms < P99_TARGET_MS
            errors = f"  ({load.errors} errors)" if load.errors else ""
            print(
                f"  {name + ', ' + how:<42} {load.requests_per_s:7.0f} req/s  p50 {load.p50_ms:6.2f} ms  "
                f"p99 {load.p99_ms:7.2f} ms  {share:6.1%} of cached  {'met' if met else 'MISSED'}{errors}",
                flush=True,
            )


#: Issue 17's targets for 32 concurrent writers: p99 by database.
WRITE_P99_TARGET_MS = {"SQLite": 250.0, "PostgreSQL": 100.0}


def _writes(base: str, readers: dict[str, Any], database: str, server: int) -> tuple[str, Writes, dict[str, float]]:
    """The writers' run, and the CPU it cost per write in each kind of process: the writes' tail is a queue for
    the machine's two cores, which the server, the database, Redis and the writers (this process) share."""
    topics = writer_topics(base)
    before, client_before = _cpu_by_kind(server), sum(os.times()[:2])
    writes = concurrent_writes(base, readers["tokens"], topics)
    after, client_after = _cpu_by_kind(server), sum(os.times()[:2])
    requests = writes.count + WARM_UP * len(readers["tokens"])
    cpu = {kind: (after.get(kind, 0.0) - before.get(kind, 0.0)) * 1000 / requests for kind in after}
    cpu["the writers"] = (client_after - client_before) * 1000 / requests
    return database, writes, cpu


def writer_topics(base: str) -> list[str]:
    """The topics the writers mark: the Backend roadmap's core skills."""
    detail = json.loads(_fetch(base + "/api/v1/roadmaps/backend")[0])
    return [t["id"] for phase in detail["phases"] for t in phase["core_skills"]]


def _cpu_by_kind(server: int) -> dict[str, float]:
    """CPU seconds used so far by the server's processes, PostgreSQL's and Redis's (the bench runs alone)."""
    workers, renderers = _server_processes(server)
    ours = {server, *workers, *renderers}
    used = {"server": 0.0, "PostgreSQL": 0.0, "Redis": 0.0}
    ticks = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        pid = int(stat.parent.name)
        line = _command_line(pid)
        kind = "server" if pid in ours else "PostgreSQL" if line.startswith("postgres") else None
        kind = kind or ("Redis" if line.startswith("redis-server") else None)
        if kind is None:
            continue
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        used[kind] += (int(fields[11]) + int(fields[12])) / ticks
    return used


def _report_writes(result: tuple[str, Writes, dict[str, float]], stores: str = "") -> None:
    database, writes, cpu = result
    target = WRITE_P99_TARGET_MS[database]
    met = writes.p99_ms < target and writes.lost == 0 and writes.failed == 0
    print(
        f"{WRITERS} concurrent writers on {stores or database}, {writes.count} progress updates (after "
        f"{WARM_UP} untimed each), each "
        f"on a new connection: p50 {writes.p50_ms:.1f} ms, p99 {writes.p99_ms:.1f} ms, max {writes.max_ms:.0f} ms, "
        f"{writes.over_1s} over 1 s; {writes.failed} failed, {writes.lost} acknowledged writes lost "
        f"(target p99 < {target:g} ms, none lost: {'met' if met else 'MISSED'})",
        flush=True,
    )
    counters = ", ".join(f"{name} {value}" for name, value in writes.counters.items())
    print(f"  kernel TCP counters during the writes (listen queue overflows, SYN retries): {counters}", flush=True)
    spent = ", ".join(f"{kind} {ms:.2f} ms" for kind, ms in cpu.items() if ms >= 0.005)
    print(f"  CPU per write on the 2 cores all of them share: {spent} ({sum(cpu.values()):.2f} ms)", flush=True)


def _on_postgresql(work: Path) -> None:
    """Production's stores (docs/deployment.md): PostgreSQL (BENCH_PG_URL, else the local server's
    roadmapfinder_bench database, made afresh) and, when one answers, Redis for the cache and the rate-limit counts.
    Without Redis each token call also counts its rate limit in a PostgreSQL table (several statements).
    On them: the writers against one instance, then one instance against two behind nginx."""
    url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/roadmapfinder_bench")
    try:
        import psycopg

        admin_url, name = url.rsplit("/", 1)
        with psycopg.connect(f"{admin_url}/postgres", autocommit=True, connect_timeout=3) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:  # any failure to reach PostgreSQL skips this part, with the reason
        print(f"writers on PostgreSQL, and two instances: skipped ({error})")
        return
    env = _environment(work / "data-pg") | {"DATABASE_URL": url}
    redis = _redis_url()
    if redis:
        env["REDIS_URL"] = redis
        import redis as redis_client

        redis_client.Redis.from_url(redis).flushdb()  # the bench's own database: no counts from an earlier run
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True)
    readers = _make_readers(env)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    argv = [str(BIN / "roadmapfinder"), "serve", "--port", str(port), "--static", "plain"]
    with _running(argv, env, f"{base}/api/v1/healthz") as server:
        result = _writes(base, readers, "PostgreSQL", server.pid)
    _report_writes(result, "PostgreSQL" + (" and Redis" if redis else ""))
    if redis:
        from bench.serving_instances import one_against_two  # it measures with this module's tools

        one_against_two(env, work, readers)
    else:
        print("one instance against two: skipped, the instances share Redis and nothing answers at REDIS_URL")


def _nginx_conf(root: Path, port: int, workers: int) -> str:
    return f"""
worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/error.log warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  server {{
    listen 127.0.0.1:{port};
    root {root}/www;
    default_type text/html;
    location /api/ {{ default_type application/json; }}
  }}
}}
"""


@contextmanager
def _nginx(files: dict[str, bytes], work: Path) -> Iterator[str]:
    """nginx serving `files` (path -> bytes) from disk, as the reference for a static answer."""
    root = work / "nginx"
    (root / "tmp").mkdir(parents=True)
    work.chmod(0o755)  # nginx workers run as an unprivileged user when started by root: let them read the files
    for path, content in files.items():
        target = root / "www" / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    port = _free_port()
    conf = root / "nginx.conf"
    conf.write_text(_nginx_conf(root, port, os.cpu_count() or 1))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    with _running(
        [nginx, "-p", str(root), "-c", str(conf), "-e", str(root / "error.log")],
        dict(os.environ),
        f"http://127.0.0.1:{port}{ROUTES[0]}",
    ):
        yield f"http://127.0.0.1:{port}"


def page_weight(base: str) -> tuple[int, int]:
    """Bytes of the roadmap page and its CSS and scripts, compressed as a browser receives them; and the count."""
    html, _ = _fetch(base + ROUTES[0])
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html.decode())
    total = 0
    for path in [ROUTES[0], *assets]:
        body, headers = _fetch(base + path, "gzip")
        if headers.get("Content-Encoding") != "gzip" and path == ROUTES[0]:
            body = gzip.compress(body)
        total += len(body)
    foreign = re.findall(r'(?:href|src)="(https?://[^"]+)"', html.decode())
    assert not [u for u in foreign if not u.startswith(base)], f"third-party hosts on the page: {foreign}"
    return total, 1 + len(assets)


def _report(name: str, ours: Load, reference: Load | None) -> None:
    share = f"{ours.requests_per_s / reference.requests_per_s:6.1%} of nginx" if reference else ""
    errors = f"  ({ours.errors} errors)" if ours.errors else ""
    print(
        f"  {name:<28} {ours.requests_per_s:9.0f} req/s  p50 {ours.p50_ms:6.2f} ms  p99 {ours.p99_ms:6.2f} ms  "
        f"{share}{errors}",
        flush=True,
    )


def run() -> None:
    if not shutil.which("wrk") or not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        print("skipped: needs wrk and nginx (scripts/system-deps.sh installs them)")
        return
    with tempfile.TemporaryDirectory(prefix="rf-bench-") as tmp:
        work = Path(tmp)
        env = _environment(work / "data")
        manage = [sys.executable, "-m", "django"]
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, check=True)
        readers = _make_readers(env)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        ours: dict[str, Load] = {}
        reference: dict[str, Load] = {}
        serve = [str(BIN / "roadmapfinder"), "serve", "--port", str(port)]
        with _running(serve, env, f"{base}/api/v1/healthz") as server:
            bodies = {route: _fetch(base + route)[0] for route in ROUTES}  # also warms the page cache
            rss_started = worker_rss_mb(server.pid)
            print(
                f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION_S}s; `roadmapfinder serve` (granian) "
                f"against nginx serving the same bytes from files",
                flush=True,
            )
            for route in ROUTES:
                # Untimed first, as the personal pages are: each worker's first answers (its threads, its database
                # connection, its copy of the page) are once per process, and they alone made a run's p99 184 ms.
                wrk(base + route, seconds=WARM_UP_S)
                ours[route] = wrk(base + route)
            weight, requests = page_weight(base)
            personal = _personal_pages(base, readers)
            mixed = _while_exporting_pdfs(base)
            writes = _writes(base, readers, "SQLite", server.pid)
            rss_loaded = worker_rss_mb(server.pid)
            rss_renderers = renderer_rss_mb(server.pid)
        with _nginx(bodies, work) as nginx_base:
            for route in ROUTES:
                reference[route] = wrk(nginx_base + route)
        for route in ROUTES:
            print(f"{route}")
            _report("nginx, same bytes (ref.)", reference[route], None)
            _report("roadmapfinder (granian)", ours[route], reference[route])
        page = ours[ROUTES[0]]
        share = page.requests_per_s / reference[ROUTES[0]].requests_per_s
        print(
            f"roadmap page: p99 {page.p99_ms:.1f} ms (target < {P99_TARGET_MS:g}: "
            f"{'met' if page.p99_ms < P99_TARGET_MS else 'MISSED'}), {share:.1%} of nginx's throughput "
            f"(target >= {SHARE_TARGET:.0%}: {'met' if share >= SHARE_TARGET else 'MISSED'})"
        )
        print("the roadmap page while PDFs are exported one after another (slow answers must not hold up the rest):")
        _report(ROUTES[0], mixed, reference[ROUTES[0]])
        _report_personal(personal, page)
        print(
            f"page weight: {weight / 1000:.1f} KB compressed in {requests} requests (budget "
            f"{WEIGHT_BUDGET / 1000:g} KB: {'met' if weight < WEIGHT_BUDGET else 'MISSED'})",
            flush=True,
        )
        print(
            "worker memory (RSS): after start "
            + ", ".join(f"{mb:.0f} MB" for mb in rss_started)
            + "; after the load above "
            + ", ".join(f"{mb:.0f} MB" for mb in rss_loaded)
            + f" (target < {RSS_TARGET_MB} MB: {'met' if max(rss_loaded, default=0) < RSS_TARGET_MB else 'MISSED'}); "
            + "their PDF renderer processes "
            + (", ".join(f"{mb:.0f} MB" for mb in rss_renderers) or "none"),
            flush=True,
        )
        _report_writes(writes)
        _on_postgresql(work)
        _compare_gunicorn(env, ours)
        _with_redis(env, reference[ROUTES[0]])


def _redis_url() -> str | None:
    """The Redis production would share (REDIS_URL, else the local server's database 15), if it answers."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    host, _, port_text = url.split("://", 1)[1].split("/", 1)[0].rpartition("@")[2].partition(":")
    try:
        socket.create_connection((host, int(port_text or 6379)), timeout=1).close()
    except OSError:
        return None
    return url


def _with_redis(env: dict[str, str], nginx: Load) -> None:
    """The roadmap page again with the shared Redis cache production uses."""
    url = _redis_url()
    if url is None:
        print("with Redis: skipped, nothing answers at REDIS_URL (or the local server)")
        return
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    argv = [str(BIN / "roadmapfinder"), "serve", "--port", str(port)]
    with _running(argv, env | {"REDIS_URL": url}, f"{base}/api/v1/healthz"):
        _fetch(base + ROUTES[0])
        load = wrk(base + ROUTES[0])
    print(f"with the Redis cache production uses ({url}):")
    _report(ROUTES[0], load, nginx)


def _compare_gunicorn(env: dict[str, str], ours: dict[str, Load]) -> None:
    """The alternative server on the same routes, so the choice of granian stays backed by figures."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    argv = [str(BIN / "roadmapfinder"), "serve", "--port", str(port), "--server", "gunicorn"]
    with _running(argv, env, f"{base}/api/v1/healthz"):
        for route in ROUTES:
            _fetch(base + route)
        print("gunicorn (`roadmapfinder serve --server gunicorn`) against granian (the default):")
        for route in ROUTES:
            load = wrk(base + route)
            ratio = ours[route].requests_per_s / load.requests_per_s
            print(
                f"  {route:<28} {load.requests_per_s:9.0f} req/s  p50 {load.p50_ms:6.2f} ms  "
                f"p99 {load.p99_ms:6.2f} ms  granian serves {ratio:5.2f}x as many",
                flush=True,
            )
