"""`roadmapfinder login`, `progress` and `done`: the learner's progress on a server, through its API."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.cli.server_client import ApiClient, Login, normalise_server
from roadmapfinder.progress import parse_topic_status
from roadmapfinder.progress.shapes import ProgressOut

stdout = Console(highlight=False)


@friendly_errors
def login_command(
    server: Annotated[str, typer.Option("--server", help="The server's URL, e.g. https://roadmapfinder.example.")],
    token: Annotated[str, typer.Option("--token", help="A personal API token (create one on /me/account).")],
) -> None:
    """Save the server and token (checked first) for the progress commands."""
    login = Login(server=normalise_server(server), token=token.strip())
    ApiClient(login).progress()  # refuses a wrong URL or token before anything is saved
    path = login.save()
    stdout.print(f"Logged in to {login.server}; saved to {path}")


@friendly_errors
def progress_command(
    slug: Annotated[str | None, typer.Argument(help="A roadmap's slug; all started roadmaps by default.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Show my progress per roadmap and phase, and what to do next."""
    progress = ApiClient(Login.load()).progress(slug)
    if as_json:
        sys.stdout.write(json.dumps(progress.model_dump(mode="json"), indent=2) + "\n")
        return
    _print_progress(progress)


@friendly_errors
def done_command(
    topic_id: Annotated[str, typer.Argument(metavar="TOPIC", help="The topic's id, e.g. http.")],
    status: Annotated[str, typer.Option("--status", help="done, in_progress, skipped, or none to clear.")] = "done",
) -> None:
    """Mark a topic done (or another status with --status); it counts on every roadmap that has it."""
    parsed = parse_topic_status(status)
    result = ApiClient(Login.load()).set_topic(topic_id, parsed.value if parsed else None)
    stdout.print(f"{result.topic}: {result.status.label if result.status else 'not started'}")


def _print_progress(progress: ProgressOut) -> None:
    if not progress.roadmaps:
        stdout.print("Nothing marked yet. Mark a topic with `roadmapfinder done TOPIC`.")
        return
    for roadmap in progress.roadmaps:
        table = Table(title=f"{roadmap.title}: {roadmap.progress.percent}%", title_justify="left")
        table.add_column("Phase")
        table.add_column("Finished", justify="right")
        table.add_column("%", justify="right")
        for phase in roadmap.phases:
            tally = phase.progress
            table.add_row(f"{phase.number}. {phase.title}", f"{tally.finished}/{tally.total}", f"{tally.percent}%")
        stdout.print(table)
        if roadmap.next_topics:
            stdout.print("Next: " + ", ".join(roadmap.next_topics))
