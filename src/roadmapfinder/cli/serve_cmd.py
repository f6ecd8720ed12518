"""`roadmapfinder serve`, kept apart from the other commands so that starting a server imports only this.

The other commands import the whole core (catalog models, planner, search, exporters): about 1.5 s of CPU that
a server start paid before doing anything. `cli/main.py` runs this module's app alone for `serve`; the full
command line registers the same function, so `roadmapfinder --help` lists it as before.
"""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Annotated

import typer
from rich.console import Console

from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.cli.servers import (
    STOP_TIMEOUT,
    Server,
    StaticFiles,
    check_bind,
    default_workers,
    keeps_workers_to_cores,
    prepare_to_serve,
    server_argv,
)
from roadmapfinder.cli.supervise import supervise
from roadmapfinder.config import WORKER_CORES

stdout = Console(highlight=False)


@friendly_errors
def serve_command(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: WEB_CONCURRENCY, else the server's advice).")
    ] = None,
    server: Annotated[
        Server, typer.Option(help="granian (default, chosen by measurement) or gunicorn.")
    ] = Server.GRANIAN,
    access_log: Annotated[
        bool, typer.Option("--access-log", help="Log every request (off: the load balancer logs them).")
    ] = False,
    static: Annotated[
        StaticFiles,
        typer.Option(help="collect: hashed and compressed, collected when they changed; plain: the package's files."),
    ] = StaticFiles.COLLECT,
) -> None:
    """Serve the web app and API with a production server (granian or gunicorn), never Django's runserver."""
    check_bind(host, port)
    # prepare_to_serve validates the content first (or finds it unchanged since it last did) and refuses to start
    # on invalid content, with the report, before any worker starts
    prepare_to_serve(collect=static is StaticFiles.COLLECT)
    count = workers or default_workers(server)
    argv = server_argv(server, host=host, port=port, workers=count, access_log=access_log)
    stdout.print(f"Serving RoadmapFinder on http://{host}:{port} with {count} {server.value} workers")
    sys.stdout.flush()
    if not keeps_workers_to_cores(server, count):
        raise typer.Exit(supervise(argv, grace=STOP_TIMEOUT + 2))
    with tempfile.TemporaryDirectory(prefix="roadmapfinder-cores-") as claims:  # this server's workers' alone
        os.environ[WORKER_CORES] = claims
        raise typer.Exit(supervise(argv, grace=STOP_TIMEOUT + 2))


serve_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
serve_app.command()(serve_command)
