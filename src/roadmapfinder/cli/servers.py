"""The production servers `roadmapfinder serve` can start, and their command lines.

Granian is the default: in `make bench` (bench/bench_serving.py) it served the roadmap page at 2.2x gunicorn's
throughput with a p99 of 4 ms against gunicorn's 142 ms on this 2-core machine, meeting both serving targets that
gunicorn missed (4.3x once cached pages were answered before Django, see web/caching.py). Gunicorn stays
available (`--server gunicorn`) as the long-established alternative, and the benchmark measures both in every run.
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

from roadmapfinder.config import config
from roadmapfinder.errors import InvalidInput

APP = "roadmapfinder.web.wsgi:application"
SETTINGS = "roadmapfinder.web.settings"
#: Threads per granian worker that run the app. With one, a slow answer (a PDF export takes about half a second)
#: holds up every cached page queued behind it on that worker: in `make bench` the roadmap page's p99 rose to
#: 290 ms while PDFs were exported, against 2.9 ms with four threads. Two keep that (the PDFs that make answers
#: slow never wait for a thread: exporters/typesetter.RendererBusy, api/export_limits.EXPORT_SLOTS), and the
#: page's answers come from one interpreter lock anyway: more threads only take turns at it mid-answer. Measured in
#: three alternating rounds of first views of personal pages (32 connections, two workers), four threads against
#: two: p99 26.7-35.1 against 23.7-24.1 ms (roadmap page), 28.1-32.3 against 22.6-27.6 (plan page), 32.0-37.4
#: against 29.0-31.6 (/me), at equal throughput; cached pages 3-7 % fewer requests per second, p99 a little lower.
BLOCKING_THREADS = 2


#: Connections a granian worker holds open at once (`--backpressure`). Granian counts a *connection*, for as long
#: as it stays open, not a request: with the 2 x cores + 1 used before, two workers served 10 connections and every
#: other client waited in the listen queue until one of those closed. 32 keep-alive clients: 22 had no answer for
#: the whole 10 s run (the "rare stall" wrk reported as one timeout, and PDF exports timing out beside it), and ten
#: idle keep-alive browsers could have held the site. Requests still run on BLOCKING_THREADS per worker; this only
#: bounds what a worker keeps open (granian's own default is its backlog over the workers, 512 for two).
CONNECTIONS_PER_WORKER = 1024


#: Granian's Rust runtime per worker (`--runtime-mode`): single-threaded. Granian picks a multi-threaded one for a
#: WSGI app, whose I/O thread then hands every request and answer across threads to the app's threads; with one
#: worker per core (`keeps_workers_to_cores`) that is only handoffs. Measured alone on 8 December 2026 in four
#: alternating rounds of personal pages' first views (32 connections, two workers): /me 1,495-1,549 req/s against
#: 1,227-1,475 (server CPU 1.21-1.27 ms a request against 1.28-1.54), the plan page 1,857-2,347 against 1,564-2,130.
RUNTIME_MODE = "st"


#: Seconds a worker gets to finish its in-flight requests after SIGTERM before it is killed: a rolling restart
#: behind the load balancer drains without failing a request, and a stop never hangs. Without it granian waits
#: forever for a worker that was still starting (loading Django, building the search index) when SIGTERM came:
#: seen with two workers stopped a few seconds after start. 4 s keeps a whole stop under 5 s.
STOP_TIMEOUT = 4


class Server(StrEnum):
    GRANIAN = "granian"
    GUNICORN = "gunicorn"


def default_workers(server: Server) -> int:
    """WEB_CONCURRENCY, else the server's own advice: one granian worker per core, 2 x cores + 1 for gunicorn."""
    if configured := config().web_concurrency:
        return configured
    cores = os.cpu_count() or 1
    return cores if server is Server.GRANIAN else 2 * cores + 1


def keeps_workers_to_cores(server: Server, workers: int) -> bool:
    """Whether each worker keeps to a core of its own (web/worker_cores.py): granian's, when no more of them than
    the cores this process may use, unless PIN_WORKERS=false. Gunicorn's workers are single-threaded (nothing to
    keep together) and more than the cores."""
    if server is not Server.GRANIAN or not config().pin_workers or not hasattr(os, "sched_getaffinity"):
        return False
    return workers <= len(os.sched_getaffinity(0))


def server_argv(server: Server, *, host: str, port: int, workers: int, access_log: bool = False) -> list[str]:
    """The command line that serves the WSGI app; the executable is looked up next to this Python first.

    The per-request access log is opt-in: behind the load balancer, which logs every request already, it only
    costs throughput (about a fifth of granian's requests per second in `make bench`).
    """
    executable = shutil.which(server.value, path=str(Path(sys.executable).parent)) or server.value
    if server is Server.GUNICORN:
        log = ["--access-logfile=-"] if access_log else []
        return [
            executable,
            APP,
            f"--bind={host}:{port}",
            f"--workers={workers}",
            "--preload",
            # No header sets the WSGI environment: with a peer trusted for them, a client's SCRIPT_NAME header
            # would be every visitor's link prefix (https behind a proxy is Django's SECURE_PROXY_SSL_HEADER).
            "--forwarder-headers=",
            f"--graceful-timeout={STOP_TIMEOUT}",
            *log,
        ]
    log = ["--access-log"] if access_log else []
    return [
        *(executable, "--interface", "wsgi", "--host", host, "--port", str(port), "--workers", str(workers)),
        *("--blocking-threads", str(BLOCKING_THREADS), "--backpressure", str(CONNECTIONS_PER_WORKER)),
        *("--runtime-mode", RUNTIME_MODE),
        *("--workers-kill-timeout", str(STOP_TIMEOUT)),
        *log,
        APP,
    ]


class StaticFiles(StrEnum):
    COLLECT = "collect"
    PLAIN = "plain"


def prepare_to_serve(*, collect: bool = True) -> None:
    """Migrate and collect static files when needed, in a Django process of its own (the CLI imports no Django):
    `python -m django prepare_to_serve` says what it did; a failure stops `serve` with its message. Without
    `collect`, pages link the package's own files by their plain names (web/static_storage.py)."""
    env = os.environ | {"DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", SETTINGS)}
    command = [sys.executable, "-m", "django", "prepare_to_serve", *([] if collect else ["--no-collect"])]
    done = subprocess.run(command, env=env, check=False)
    if done.returncode:
        raise SystemExit(done.returncode)


def check_bind(host: str, port: int) -> None:
    """`InvalidInput` when the server could not listen on host:port (an unknown host, a port in use, a port that
    needs privileges), checked here so the learner gets one line and a hint rather than the server's traceback."""
    if not 1 <= port <= 65535:
        raise InvalidInput(f"port {port} is out of range", hint="choose a port from 1 to 65535")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError, ValueError) as error:
        raise InvalidInput(
            f"cannot listen on `{host}`: {getattr(error, 'strerror', None) or error}",
            hint="give --host an address of this machine, e.g. 127.0.0.1 or 0.0.0.0",
        ) from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            hint = (
                "choose another --port, or stop what uses it"
                if error.errno == errno.EADDRINUSE
                else "choose another --host or --port"
            )
            raise InvalidInput(f"cannot listen on {host}:{port}: {error.strerror or error}", hint=hint) from None
