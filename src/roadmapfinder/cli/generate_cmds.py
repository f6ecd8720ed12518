"""`roadmapfinder generate` (a roadmap for any goal, built locally by the core) and `roadmapfinder requests` (goals
nothing matched, read from the server with the saved staff login)."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.errors import friendly_errors, stderr
from roadmapfinder.cli.render import print_reading, reading_lines
from roadmapfinder.cli.server_client import ApiClient, Login
from roadmapfinder.config import config
from roadmapfinder.exporters.generated_document import document_from_generated
from roadmapfinder.exporters.markdown import render_markdown
from roadmapfinder.understanding import GeneratedRoadmap, generate_roadmap, generated_out, undo_places

stdout = Console(highlight=False, soft_wrap=True)


@friendly_errors
def generate_command(
    goal: Annotated[str, typer.Argument(metavar="GOAL", help="What to learn, in your words: “Kubernetes security”.")],
    know: Annotated[
        list[str] | None,
        typer.Option("--know", help="What you already know, in any words (repeat it, or separate with commas)."),
    ] = None,
    hours: Annotated[float | None, typer.Option("--hours", help="Study hours a week (1-80, default 10).")] = None,
    level: Annotated[str | None, typer.Option("--level", help="beginner (default), junior, mid or senior.")] = None,
    purpose: Annotated[str | None, typer.Option("--purpose", help="job (default), freelance or hobby.")] = None,
    plain: Annotated[
        list[str] | None,
        typer.Option(
            "--plain",
            help="Undo a reading (a common goal, a curated phrase or a spelling fix): read this phrase of the goal "
            "word by word, as typed (repeatable).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print it as JSON (the API's shape).")] = False,
    as_md: Annotated[bool, typer.Option("--md", help="Print it as a Markdown checklist.")] = False,
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Write a PDF.")] = None,
) -> None:
    """Generate a roadmap for any goal from the topic graph: prerequisites first, less what you know, in phases.

    What was understood (and what was not) is printed on stderr, so --json and --md output stays clean.
    """
    roadmap = generate_roadmap(
        default_catalog(),
        goal=goal,
        known=", ".join(know) if know else None,
        hours_per_week=hours,
        level=level,
        purpose=purpose,
        plain=plain or (),
    )
    _print_reading(roadmap)
    site = config().site_url
    if pdf:
        from roadmapfinder.exporters.pdf import render_pdf  # WeasyPrint is heavy: load it only when asked

        pdf.write_bytes(render_pdf(document_from_generated(roadmap, base_url=site)))
        stderr.print(f"Wrote {escape(str(pdf))}")
    if as_json:
        sys.stdout.write(generated_out(roadmap, base_url=site).model_dump_json(indent=2) + "\n")
    elif as_md:
        sys.stdout.write(render_markdown(document_from_generated(roadmap, base_url=site)))
    elif not pdf:
        _print_roadmap(roadmap)


def _print_reading(roadmap: GeneratedRoadmap) -> None:
    """What the goal and `--know` were read as, what was not understood, and each topic left out with why."""
    stderr.print(f"[bold]Understood:[/] {reading_lines(roadmap.understood)}")
    for said in undo_places(roadmap.understood):
        stderr.print(f"  [dim]Not what you meant? Add --plain {escape(shlex.quote(said))} to read it as typed[/]")
    if roadmap.deadline:
        stderr.print(f"[bold yellow]Deadline:[/] {escape(roadmap.deadline.message)}")
    for note in roadmap.notes:
        stderr.print(f"[bold yellow]Note:[/] {escape(note)}")
    print_reading(
        stderr,
        known=roadmap.known,
        not_understood=roadmap.not_understood,
        not_understood_note="left out; say it another way to include it",
        left_out=roadmap.skipped,
        left_out_label="Left out",
    )


def _print_roadmap(roadmap: GeneratedRoadmap) -> None:
    stdout.print(
        f"[bold]{escape(roadmap.title)} Roadmap[/] · {len(roadmap.phases)} phases · about "
        f"{roadmap.total_hours:.0f} hours · {roadmap.time_said} at {roadmap.hours_per_week:g} h/week"
    )
    for phase in roadmap.phases:
        stdout.print(f"\n[bold]Phase {phase.number}: {escape(phase.title)}[/] ({phase.level.value}, {phase.estimate})")
        stdout.print(escape(phase.goal))
        for number, skill in enumerate(phase.core_skills, start=1):
            stdout.print(f"  {number}. {escape(skill.shown_name)} · {skill.hours:g} h [dim]— {escape(skill.why)}[/]")
        for project in phase.projects:
            stdout.print(f"  Project: [bold]{escape(project.title)}[/] — {escape(project.description)}")
            if project.also_uses_line:
                stdout.print(f"    [yellow]{escape(project.also_uses_line)}[/]")
        if phase.no_project:
            stdout.print(f"  [yellow]{escape(phase.no_project)}[/]")


@friendly_errors
def requests_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Goals learners asked a roadmap for that nothing matched, most asked first (staff login needed)."""
    demand = ApiClient(Login.load()).requests()
    if as_json:
        sys.stdout.write(json.dumps([d.model_dump(mode="json") for d in demand], indent=2) + "\n")
        return
    if not demand:
        stdout.print("No requested roadmaps yet: every goal asked for matched the catalog.")
        return
    table = Table(title="Requested roadmaps")
    for column in ("Goal", "Asked", "Last asked", "Last written as"):
        table.add_column(column)
    for d in demand:
        table.add_row(escape(d.goal), str(d.count), f"{d.last_asked:%Y-%m-%d %H:%M}", escape(d.said))
    stdout.print(table)
