"""`roadmapfinder` commands. Each parses its options, calls the domain core, and renders; nothing more."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from roadmapfinder.catalog import ContentInvalid, default_catalog, load_catalog
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.catalog.shapes import roadmap_detail, roadmap_summary, topic_detail
from roadmapfinder.cli import (
    backup_cmds,
    catalog_cmds,
    check_cmds,
    export_cmds,
    generate_cmds,
    plan_cmd,
    render,
    review_cmds,
    search_cmds,
    serve_cmd,
    track_cmds,
    week_cmds,
)
from roadmapfinder.cli.errors import friendly_errors, stderr
from roadmapfinder.errors import InvalidInput

app = typer.Typer(
    name="roadmapfinder",
    help="Find, read and follow learning roadmaps for tech skills.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stdout = Console(highlight=False)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (the same shape as the API) instead of text.")]
HoursOption = Annotated[
    float | None, typer.Option("--hours", help="Show estimates at your own pace, in hours a week (1-80).")
]


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command("list")
@friendly_errors
def list_roadmaps(
    category: Annotated[str | None, typer.Option("--category", "-c", help="Only this category.")] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", "-k", help="Only this kind: role, non-coding-role or skill.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """List the roadmaps in the catalog."""
    catalog = default_catalog()
    summaries = [roadmap_summary(catalog, r) for r in catalog.roadmaps_in(category, kind)]
    if as_json:
        _print_json([s.model_dump(mode="json") for s in summaries])
    else:
        stdout.print(render.catalog_table(summaries))


@app.command()
@friendly_errors
def show(
    slug: Annotated[
        str, typer.Argument(metavar="ROADMAP", help='The roadmap\'s slug (git-github) or its title ("Git and GitHub").')
    ],
    phase: Annotated[int | None, typer.Option("--phase", "-p", help="Show only this phase number.")] = None,
    hours: HoursOption = None,
    as_json: JsonFlag = False,
    svg: export_cmds.SvgOption = None,
    pdf: export_cmds.PdfOption = None,
    md: export_cmds.MdFlag = False,
) -> None:
    """Show a roadmap phase by phase, or export it (--svg FILE, --pdf FILE, --md)."""
    catalog = default_catalog()
    detail = roadmap_detail(catalog, catalog.roadmap_by_name(slug))
    pace = parse_hours_per_week(hours)
    if export_cmds.write_exports(detail, hours_per_week=pace, svg=svg, pdf=pdf, md=md):
        return
    if phase is not None and not 1 <= phase <= len(detail.phases):
        raise InvalidInput(
            f"{detail.title} has no phase {phase}", hint=f"choose a phase from 1 to {len(detail.phases)}"
        )
    if as_json:
        data = detail.model_dump(mode="json")
        if phase is not None:
            data = data["phases"][phase - 1]
        _print_json(data)
    else:
        stdout.print(render.roadmap_view(detail, only_phase=phase, hours_per_week=pace))


@app.command()
@friendly_errors
def topic(
    topic_id: Annotated[
        str, typer.Argument(metavar="TOPIC", help='The topic\'s id (http) or its name ("HTTP and HTTPS").')
    ],
    as_json: JsonFlag = False,
) -> None:
    """Show a topic: what to learn, resources, prerequisites and where it is taught."""
    catalog = default_catalog()
    detail = topic_detail(catalog, catalog.topic_by_name(topic_id))
    if as_json:
        _print_json(detail.model_dump(mode="json"))
    else:
        stdout.print(render.topic_view(detail))


@app.command()
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(help="A content folder (with roadmaps/ and topics/); the shipped one by default."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Validate content and report every problem with its file, field and fix (exit 1 if any)."""
    try:
        catalog = load_catalog(path)
    except ContentInvalid as error:
        if as_json:
            _print_json({"valid": False, "problems": [vars(p) for p in error.problems]})
        else:
            stderr.print(error.report(), markup=False)
        raise typer.Exit(1) from None
    if as_json:
        _print_json({"valid": True, "roadmaps": len(catalog.roadmaps), "topics": len(catalog.topics)})
    else:
        stdout.print(f"Content is valid: {len(catalog.roadmaps)} roadmaps, {len(catalog.topics)} topics.")


app.command("serve")(serve_cmd.serve_command)
app.command("stats")(catalog_cmds.stats_command)
app.command("backup")(backup_cmds.backup_command)
app.command("restore")(backup_cmds.restore_command)
app.command("links")(catalog_cmds.links_command)
app.command("plan")(plan_cmd.plan_command)
app.command("generate")(generate_cmds.generate_command)
app.command("requests")(generate_cmds.requests_command)
app.command("estimates")(track_cmds.estimates_command)
app.command("replan")(plan_cmd.replan_command)
app.command("today")(week_cmds.today_command)
app.command("week")(week_cmds.week_command)
app.command("search")(search_cmds.search_command)
app.command("finder")(search_cmds.finder_command)
app.command("login")(track_cmds.login_command)
app.command("progress")(track_cmds.progress_command)
app.command("done")(track_cmds.done_command)
app.command("follow")(track_cmds.follow_command)
app.command("check")(check_cmds.check_command)
app.command("review")(review_cmds.review_command)


def main() -> None:
    """Every command (the console script goes through cli/main.py, which starts `serve` without this module)."""
    app()
