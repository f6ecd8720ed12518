"""`roadmapfinder login`, `progress`, `done` (topics and projects) and `follow` (catalog and generated roadmaps): the
learner's progress on a server, through its API."""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.cli.server_client import ApiClient, Login, normalise_server
from roadmapfinder.errors import InvalidInput
from roadmapfinder.progress import TopicStatus, is_project_key, parse_project_done, parse_topic_status
from roadmapfinder.progress.estimates import LearnedEstimatesOut, parse_reported_hours
from roadmapfinder.progress.shapes import (
    FollowOut,
    GeneratedFollowOut,
    GeneratedProgressOut,
    PhaseProgressOut,
    ProgressOut,
    RoadmapProgressOut,
)
from roadmapfinder.progress.tracks import TrackKind, follow_target

stdout = Console(highlight=False)


#: How a topic's id is spelt (`http`, `python-basics`): anything else a learner types is a name to look up.
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _topic_id(typed: str) -> str:
    """The topic a learner typed: an id as it is; a name ("Python basics", "HTTP and HTTPS") the id of the one topic
    of this install's catalog it names exactly (`Catalog.topic_named`). Anything else goes to the server as typed,
    whose "did you mean" answers it: a near miss is never taken for a name. The catalog is loaded only for a name."""
    if _ID.fullmatch(typed):
        return typed
    return default_catalog().topic_named(typed) or typed


def _roadmap_slug(typed: str) -> str:
    """The catalog roadmap a learner typed: its slug, title or an alias as they type it ("Backend Developer",
    "backend developer", "backend": `Catalog.roadmap_named`, the resolver `show` uses). A word shaped like a slug
    that this install's catalog does not know goes to the server as typed (a newer server may have it; its 404 says
    "did you mean"); anything else is this catalog's `NotFound`, a "did you mean", never taken for a roadmap."""
    catalog = default_catalog()
    if slug := catalog.roadmap_named(typed):
        return slug
    if _ID.fullmatch(typed.strip()):
        return typed.strip()
    return catalog.roadmap_by_name(typed).slug


def _project_key(typed: str) -> str | None:
    """The project a learner typed: a key (`git-github/notes-repository`) as it is; a title as `show` prints it
    ("Notes repository") the key of the one project with that title, or None when no project has it (then it is a
    topic). A title two roadmaps share is refused with each roadmap, so the learner picks; never guessed."""
    if is_project_key(typed):
        return typed
    if _ID.fullmatch(typed) or default_catalog().topic_named(typed):
        return None  # a topic's id or name: topics come first, as before projects could be named
    keys = default_catalog().projects_named(typed)
    if len(keys) > 1:
        catalog = default_catalog()
        where = ", ".join(catalog.roadmap(key.partition("/")[0]).title for key in keys)
        raise InvalidInput(
            f"“{typed}” is a project of {len(keys)} roadmaps: {where}",
            hint="say which with its key: " + ", ".join(f"roadmapfinder done {key}" for key in keys),
        )
    return keys[0] if keys else None


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
    roadmap: Annotated[
        str | None,
        typer.Argument(
            metavar="[ROADMAP]",
            help='A catalog roadmap\'s title ("Backend Developer") or slug (backend); the roadmaps you follow by '
            "default.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Show my progress on the roadmaps I follow (or on ROADMAP), phase by phase, and what to do next."""
    progress = ApiClient(Login.load()).progress(_roadmap_slug(roadmap) if roadmap else None)
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
            help="A topic's name as its page shows it (\"HTTP and HTTPS\") or its id (http), or a project's title "
            '("Notes repository") or key (git-github/notes-repository), as `roadmapfinder show` lists them.',
        ),
    ],
    status: Annotated[
        str, typer.Option("--status", help="done, in_progress, skipped, or none to clear (projects: done or none).")
    ] = "done",
    hours: Annotated[
        str | None,
        typer.Option("--hours", help="How many hours the topic took you (optional, with done); 0 forgets it."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Mark a topic or a project done (or another status with --status); a topic counts on every roadmap that has it.

    With --hours, say how long a finished topic took: topic pages show the median of many learners' answers."""
    project_key = _project_key(item)
    if hours is not None and project_key:
        raise InvalidInput("--hours is for topics, not projects", hint="leave --hours out for a project")
    if project_key:
        done = parse_project_done(status)
        project = ApiClient(Login.load()).set_project(project_key, done=done)
        result: BaseModel = project
        title = default_catalog().project_title(project.project) or project.project  # the server's own project
        line = f"{title}: {'Done' if project.done else 'not done'}"
    else:
        parsed = parse_topic_status(status)
        reported = None if hours is None or hours.strip() in ("0", "none") else parse_reported_hours(hours)
        if hours is not None and parsed is not TopicStatus.DONE:
            raise InvalidInput("--hours goes with a done topic", hint=f"roadmapfinder done {item} --hours {hours}")
        client = ApiClient(Login.load())
        topic_id = _topic_id(item)
        if hours is None:
            topic = client.set_topic(topic_id, parsed.value if parsed else None)
        else:
            topic = client.set_topic(topic_id, TopicStatus.DONE.value, hours=reported)
        result = topic
        line = f"{topic.name or topic.topic}: {topic.status.label if topic.status else 'not started'}"
        if topic.hours is not None:
            line += f", took you {topic.hours:g} h"
    if as_json:
        _print_json(result)
    else:
        stdout.print(line)


@friendly_errors
def follow_command(
    roadmap: Annotated[
        str,
        typer.Argument(
            metavar="ROADMAP",
            help="A catalog roadmap's title (\"Backend Developer\") or slug (backend), or a generated roadmap's id "
            "or link (https://…/roadmaps/generated/3f2a9c1b7d4e).",
        ),
    ],
    stop: Annotated[bool, typer.Option("--stop", help="Stop following it (your progress stays).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Follow a roadmap, from the catalog or generated: `roadmapfinder progress` (and /me) then report on it."""
    kind, key = follow_target(roadmap)
    client = ApiClient(Login.load())
    result: FollowOut | GeneratedFollowOut
    if kind is TrackKind.GENERATED:
        result = client.follow_generated(key, following=not stop)
        name = result.title or f"generated roadmap {result.id} (no longer available)"
    else:
        result = client.follow(_roadmap_slug(key), following=not stop)
        catalog = default_catalog()
        name = catalog.roadmap(result.roadmap).title if catalog.has_roadmap(result.roadmap) else result.roadmap
    if as_json:
        _print_json(result)
    else:
        stdout.print(f"{'Following' if result.following else 'No longer following'} {name}")


@friendly_errors
def estimates_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """The catalog's hours per topic beside learners' medians, furthest apart first (staff login needed).

    A topic is listed once enough learners finished it and said how long it took; only medians are shown."""
    estimates = ApiClient(Login.load()).estimates()
    if as_json:
        _print_json(estimates)
        return
    _print_estimates(estimates)


def _print_estimates(estimates: LearnedEstimatesOut) -> None:
    if not estimates.topics:
        stdout.print(
            f"No topic has hours from {estimates.min_learners} learners yet: the catalog's estimates stand alone."
        )
        return
    table = Table(title=f"Learners' medians (topics at least {estimates.min_learners} learners reported)")
    for column, justify in (("Topic", "left"), ("Catalog", "right"), ("Median", "right"), ("Learners", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    table.add_column("Median / catalog", justify="right")
    for row in estimates.topics:
        table.add_row(
            row.name, f"{row.catalog_hours:g} h", f"{row.median_hours:g} h", str(row.learners), f"{row.ratio:.2f}"
        )
    stdout.print(table)


def _print_json(result: BaseModel) -> None:
    sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2) + "\n")


def _print_progress(progress: ProgressOut) -> None:
    if not progress.roadmaps and not progress.generated:
        stdout.print(
            'You follow no roadmap yet: `roadmapfinder follow "Backend Developer"`, a roadmap by its title (or '
            "`roadmapfinder progress` with it)."
        )
    for roadmap in progress.roadmaps:
        _print_phases(f"{roadmap.title}: {roadmap.progress.percent}%", roadmap.phases, _next(roadmap))
    for generated in progress.generated:
        if generated.progress is None or generated.title is None:
            stdout.print(f"Generated roadmap {generated.id}: {generated.note}")
            continue
        title = f"{generated.title} (generated): {generated.progress.percent}%"
        _print_phases(title, generated.phases, _next(generated))
        stdout.print(generated.url, soft_wrap=True)
    for plan in progress.plans:
        standing = f"{plan.progress.percent}%" if plan.progress else "no longer builds: regenerate it on the web"
        stdout.print(f"Plan {plan.title}: {standing}" + (f". {plan.schedule}" if plan.schedule else ""))
    if progress.also_counts_on:
        others = ", ".join(f"{s.title} {s.progress.percent}%" for s in progress.also_counts_on)
        stdout.print(f"Your progress also counts on: {others}")


def _print_phases(title: str, phases: list[PhaseProgressOut], upcoming: list[str]) -> None:
    """One followed roadmap: a row per phase with what is finished, then what to do next (by name)."""
    table = Table(title=title, title_justify="left")
    table.add_column("Phase")
    table.add_column("Finished", justify="right")
    table.add_column("%", justify="right")
    for phase in phases:
        tally = phase.progress
        table.add_row(f"{phase.number}. {phase.title}", f"{tally.finished}/{tally.total}", f"{tally.percent}%")
    stdout.print(table)
    if upcoming:
        stdout.print("Next: " + ", ".join(upcoming))


def _next(standing: RoadmapProgressOut | GeneratedProgressOut) -> list[str]:
    """What to do next by the names the server gives (`next_topic_names`, beside the ids of `next_topics`, which are
    for programs); an older server sent ids alone, named then from this install's catalog (an id it does not know
    stays as it is)."""
    if len(standing.next_topic_names) == len(standing.next_topics):
        return standing.next_topic_names
    catalog = default_catalog()
    return [catalog.topic(t).name if catalog.has_topic(t) else t for t in standing.next_topics]
