"""`roadmapfinder login`, `progress` and `done` (topics and projects): the learner's progress on a server, through
its API."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.cli.server_client import ApiClient, Login, normalise_server
from roadmapfinder.progress import is_project_key, parse_project_done, parse_topic_status
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
    """Show my progress on the roadmaps I follow (or on SLUG), phase by phase, and what to do next."""
    progress = ApiClient(Login.load()).progress(slug)
    if as_json:
        _print_json(progress)
        return
    _print_progress(progress)


@friendly_errors
def done_command(
    item: Annotated[
        str,
        typer.Argument(
            metavar="TOPIC|PROJECT",
            help="A topic's id (http), or a project's key (backend/todo-api), as `roadmapfinder show` lists them.",
        ),
    ],
    status: Annotated[
        str, typer.Option("--status", help="done, in_progress, skipped, or none to clear (projects: done or none).")
    ] = "done",
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Mark a topic or a project done (or another status with --status); a topic counts on every roadmap that has it."""
    if is_project_key(item):
        done = parse_project_done(status)
        project = ApiClient(Login.load()).set_project(item, done=done)
        result: BaseModel = project
        line = f"{project.project}: {'Done' if project.done else 'not done'}"
    else:
        parsed = parse_topic_status(status)
        topic = ApiClient(Login.load()).set_topic(item, parsed.value if parsed else None)
        result = topic
        line = f"{topic.topic}: {topic.status.label if topic.status else 'not started'}"
    if as_json:
        _print_json(result)
    else:
        stdout.print(line)


@friendly_errors
def follow_command(
    slug: Annotated[str, typer.Argument(help="The roadmap's slug, e.g. backend.")],
    stop: Annotated[bool, typer.Option("--stop", help="Stop following it (your progress stays).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Follow a roadmap: `roadmapfinder progress` (and /me) then report on it."""
    result = ApiClient(Login.load()).follow(slug, following=not stop)
    if as_json:
        _print_json(result)
    else:
        stdout.print(f"{'Following' if result.following else 'No longer following'} {result.roadmap}")


def _print_json(result: BaseModel) -> None:
    sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2) + "\n")


def _print_progress(progress: ProgressOut) -> None:
    if not progress.roadmaps:
        stdout.print("You follow no roadmap yet: `roadmapfinder follow SLUG` (or `roadmapfinder progress SLUG`).")
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
    for plan in progress.plans:
        standing = f"{plan.progress.percent}%" if plan.progress else "no longer builds: regenerate it on the web"
        stdout.print(f"Plan {plan.title}: {standing}" + (f". {plan.schedule}" if plan.schedule else ""))
    if progress.also_counts_on:
        others = ", ".join(f"{s.slug} {s.progress.percent}%" for s in progress.also_counts_on)
        stdout.print(f"Your progress also counts on: {others}")
