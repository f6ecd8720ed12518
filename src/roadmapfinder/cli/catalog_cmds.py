"""Commands for content authors: `stats` (how much the catalog covers) and `links` (every link, checked)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from roadmapfinder.catalog import default_catalog, load_catalog
from roadmapfinder.catalog.links import LinkFlag, LinkStatus, LinkUse, check_links, collect_links, flag_links
from roadmapfinder.catalog.stats import catalog_stats
from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.errors import InvalidInput

stdout = Console(highlight=False)


@friendly_errors
def stats_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """How much ground the catalog covers: roadmaps, topics, key points, resources, estimates, checklists."""
    figures = catalog_stats(default_catalog())
    if as_json:
        sys.stdout.write(figures.model_dump_json(indent=2) + "\n")
        return
    table = Table(title="Catalog", show_header=False)
    for item in figures.by_category:
        table.add_row(f"Roadmaps · {item.label}", str(item.roadmaps))
    table.add_row("Roadmaps", str(figures.roadmaps), style="bold")
    table.add_row("Phases", str(figures.phases))
    table.add_row("Projects", str(figures.projects))
    table.add_row("Topics", str(figures.topics))
    table.add_row("Key points", str(figures.key_points))
    table.add_row("Resources (distinct links)", f"{figures.resources} ({figures.distinct_links})")
    table.add_row("Free resources", f"{figures.free_resources_share:.0%}")
    table.add_row("Hours of study, all roadmaps", f"{figures.total_hours:,.0f}")
    table.add_row("Topics per effort band", ", ".join(f"{b.hours} h: {b.topics}" for b in figures.topic_bands))
    stdout.print(table)
    for title, rows, first in (
        ("Estimates per kind at 10 h/week (whole roadmaps)", figures.estimates_by_kind, "Kind"),
        ("Estimates per category at 10 h/week (whole roadmaps)", figures.estimates_by_category, "Category"),
    ):
        estimates = Table(title=title)
        for column in (first, "Shortest", "Median", "Longest"):
            estimates.add_column(column)
        for estimate in rows:
            estimates.add_row(
                estimate.label,
                f"{estimate.shortest_hours:g} h ({escape(estimate.shortest_weeks)})",
                f"{estimate.median_hours:g} h",
                f"{estimate.longest_hours:g} h ({escape(estimate.longest_weeks)})",
            )
        stdout.print(estimates)
    roles = Table(title="Role roadmaps from no experience, to their job-ready milestone")
    for column in ("Roadmap", "Kind", "Job-ready after", "Hours", "Weeks", "Whole roadmap"):
        roles.add_column(column)
    labels = {s.kind: s.label for s in figures.zero_experience_spread}
    for role in figures.zero_experience_roles:
        roles.add_row(
            escape(role.title),
            labels.get(role.kind, role.kind),
            f"phase {role.job_ready_phase}" if role.job_ready_phase else "no milestone",
            f"{role.job_ready_hours:g}",
            role.job_ready_weeks,
            f"{role.total_hours:g} h, {role.total_weeks}",
        )
    roles.caption = "; ".join(
        f"{s.label}: {s.roadmaps} roadmaps, {s.shortest_hours:g}-{s.longest_hours:g} h to job-ready "
        f"(median {s.median_hours:g} h; band {s.band_hours[0]}-{s.band_hours[1]} h)"
        for s in figures.zero_experience_spread
        if s.roadmaps
    )
    stdout.print(roles)
    checklists = Table(title="Checklists: what a practitioner of the field is expected to know")
    for column in ("Roadmap", "Concepts", "Covered", "Left out"):
        checklists.add_column(column)
    for coverage in figures.checklists:
        checklists.add_row(
            escape(coverage.title),
            str(coverage.concepts),
            f"{coverage.covered_share:.0%}",
            f"{coverage.omitted_share:.0%}",
        )
    stdout.print(checklists)
    if figures.without_checklist:
        names = ", ".join(r.title for r in figures.without_checklist)
        stdout.print(escape(f"No checklist yet ({len(figures.without_checklist)}): {names}"))


@friendly_errors
def links_command(
    path: Annotated[Path | None, typer.Argument(help="A content folder; the shipped one by default.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Check every link over the network.")] = False,
    concurrency: Annotated[int, typer.Option(help="Links checked at once (1-32).")] = 8,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each link (1-60).")] = 10.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List every link and flag rule breakers; with --check, report dead and redirected links (exit 1 if any)."""
    if not 1 <= concurrency <= 32:
        raise InvalidInput(f"concurrency {concurrency} is out of range", hint="choose 1 to 32")
    if not 1 <= timeout <= 60:
        raise InvalidInput(f"timeout {timeout:g} s is out of range", hint="choose 1 to 60 seconds")
    catalog = load_catalog(path) if path else default_catalog()
    links = collect_links(catalog)
    flags = flag_links(links)
    statuses: list[LinkStatus] = []
    if check:
        with Progress(console=Console(stderr=True), transient=True, disable=as_json) as progress:
            task = progress.add_task("Checking links", total=len(links))
            statuses = check_links(
                links,
                concurrency=concurrency,
                timeout=timeout,
                on_result=lambda _: progress.advance(task),
            )
    broken = [s for s in statuses if s.outcome != "ok"]
    if as_json:
        data = {
            "links": [{"url": url, "uses": [asdict(u) for u in uses]} for url, uses in links.items()],
            "flags": [asdict(f) for f in flags],
            "checked": [asdict(s) for s in statuses],
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        _print_links(links, flags, statuses)
    if broken:
        raise typer.Exit(1)


def _print_links(links: dict[str, list[LinkUse]], flags: list[LinkFlag], statuses: list[LinkStatus]) -> None:
    if not statuses:
        for url, uses in links.items():
            stdout.print(f"{escape(url)}  [dim]({len(uses)} use{'s' if len(uses) != 1 else ''})[/]")
    for flag in flags:
        stdout.print(f"[yellow]flag[/] {escape(flag.url)} {escape(flag.reason)}")
    for status in statuses:
        if status.outcome == "redirect":
            stdout.print(f"[yellow]redirect {status.status}[/] {escape(status.url)} → {escape(status.location or '')}")
        elif status.outcome == "dead":
            detail = status.status or status.error
            stdout.print(f"[red]dead[/] {escape(status.url)} ({escape(str(detail))})")
    summary = f"{len(links)} links, {len(flags)} flagged"
    if statuses:
        ok = sum(1 for s in statuses if s.outcome == "ok")
        summary += f", {ok} ok, {len(statuses) - ok} dead or redirected"
    stdout.print(summary)
