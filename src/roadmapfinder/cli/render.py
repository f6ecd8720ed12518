"""Rich renderings of roadmaps and topics for the terminal, laid out like the web page."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import Protocol

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from roadmapfinder.catalog.estimate import weeks_said
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK
from roadmapfinder.catalog.shapes import (
    PhaseOut,
    RoadmapDetail,
    RoadmapSummary,
    SkillRef,
    TopicDetail,
    Weeks,
    by_reason,
    recap_label,
)
from roadmapfinder.understanding.known import Understood


def _weeks(weeks: Weeks, hours_per_week: float | None) -> str:
    """An estimate by the rule (at 10 h a week) as the reader's pace makes it: "2–3 weeks", "4–5 days"."""
    pace = hours_per_week or REFERENCE_HOURS_PER_WEEK
    return f"{weeks_said(weeks, at=pace)} at {pace:g} h/week"


def catalog_table(roadmaps: list[RoadmapSummary]) -> Table:
    """The catalog as one table, grouped by category."""
    table = Table(title="RoadmapFinder catalog", show_lines=False, expand=False)
    table.add_column("Slug", style="bold cyan", no_wrap=True)
    table.add_column("Roadmap")
    table.add_column("Category")
    table.add_column("Phases", justify="right")
    table.add_column("Time at 10 h/week", justify="right")
    for r in roadmaps:
        table.add_row(r.slug, escape(r.title), r.category_label, str(r.phase_count), weeks_said(r.estimated_weeks))
    return table


def roadmap_view(detail: RoadmapDetail, *, only_phase: int | None, hours_per_week: float | None) -> Group:
    """A roadmap as the seed page reads: header, then every phase with its skills and projects, then the outro."""
    parts: list[RenderableType] = []
    if only_phase is None:
        header = Text.assemble(
            (detail.title, "bold"),
            "\n",
            detail.summary,
            "\n\n",
            ("Total: ", "bold"),
            f"{_weeks(detail.estimated_weeks, hours_per_week)} · {detail.total_hours:g} hours · "
            f"{detail.phase_count} phases · {detail.topic_count} topics",
        )
        if detail.assumes:
            names = ", ".join(r.title for r in detail.assumes)
            header.append(f"\nAssumes: {names}\n{detail.estimate_note}", style="dim")
        parts.append(Panel(header, border_style="cyan"))
    for phase in detail.phases:
        if only_phase is None or phase.number == only_phase:
            parts.append(phase_view(phase, hours_per_week))
    if only_phase is None:
        parts.append(Panel(Text(detail.outro), title="Congratulations!", border_style="green"))
    shown = [p for p in detail.phases if only_phase is None or p.number == only_phase]
    parts.append(Text(next_commands(shown), style="dim"))
    return Group(*parts)


def next_commands(phases: Sequence[PhaseOut]) -> str:
    """How to go on from what was printed, with its own names: the commands take a topic's or a project's name as
    the page prints it (ids still work), so no id needs printing."""
    topic = next((t.name for p in phases for t in p.core_skills), "HTTP and HTTPS")
    project = next((j.title for p in phases for j in p.projects), None)
    line = f"Open a topic by its name: roadmapfinder topic {shlex.quote(topic)}"
    line += f"; mark it done: roadmapfinder done {shlex.quote(topic)}"
    if project:
        line += f", or a project: roadmapfinder done {shlex.quote(project)}"
    return line + "."


def phase_view(phase: PhaseOut, hours_per_week: float | None) -> Panel:
    """One phase: level, goal, estimate, numbered core skills, extra sections and projects."""
    body = Text()
    body.append(f"{phase.level}\n", style="bold magenta")
    body.append(f"{phase.goal}\n")
    recaps = "; recaps not counted" if phase.recap_hours else ""
    body.append(
        f"Estimated time: {_weeks(phase.estimated_weeks, hours_per_week)} ({phase.hours:g} hours{recaps})\n",
        style="yellow",
    )
    body.append("\nCore skills\n", style="bold")
    for n, topic in enumerate(phase.core_skills, start=1):
        _skill_line(body, n, topic)
    for section in phase.extra_sections:
        body.append(f"\n{section.title}\n", style="bold")
        for n, topic in enumerate(section.topics, start=1):
            _skill_line(body, n, topic)
    body.append("\nProjects\n", style="bold")
    for n, project in enumerate(phase.projects, start=1):
        body.append(f"  {n}. {project.title}", style="bold green")
        body.append(f" — {project.description}\n")
    return Panel(body, title=f"Phase {phase.number}: {phase.title}", title_align="left", border_style="blue")


def _skill_line(body: Text, number: int, topic: SkillRef) -> None:
    body.append(f"  {number}. {topic.name}")
    if topic.recap_of:
        body.append(f"  {recap_label(topic)}", style="italic cyan")
    body.append("\n")


def topic_view(detail: TopicDetail) -> Panel:
    """A topic: summary, key points, prerequisites, resources by kind, and where it is taught."""
    body = Text()
    body.append(f"{detail.summary}\n", style="")
    body.append(f"Effort: about {detail.effort_hours:g} hours\n", style="yellow")
    if detail.aliases:
        body.append(f"Also called: {', '.join(detail.aliases)}\n", style="dim")
    body.append("\nWhat to learn\n", style="bold")
    for point in detail.key_points:
        body.append(f"  • {point}\n")
    if detail.prerequisites:
        body.append("\nLearn first\n", style="bold")
        for ref in detail.prerequisites:
            body.append(f"  • {ref.name}\n")
    body.append("\nResources\n", style="bold")
    for resource in detail.resources:
        price = "free" if resource.free else "paid"
        body.append(f"  • {resource.title} ({resource.kind}, {price})\n    {resource.url}\n")
    if detail.variants:
        body.append("\nBy stack\n", style="bold")
        for variant in detail.variants:
            body.append(f"  • {variant.stack}: {variant.name}" + (f" — {variant.note}" if variant.note else "") + "\n")
    if detail.used_in:
        body.append("\nTaught in\n", style="bold")
        for use in detail.used_in:
            body.append(f"  • {use.roadmap_title}, phase {use.phase}: {use.phase_title}\n")
    return Panel(body, title=escape(detail.name), title_align="left", border_style="blue")


class LeftOut(Protocol):
    """A topic a plan or a generated roadmap left out, with the reason a person reads."""

    name: str
    reason: str


def reading_lines(readings: Sequence[Understood]) -> str:
    """Each phrase and the names it was read as; a corrected spelling says what it was read as (markup-escaped)."""
    return "; ".join(escape(u.line + (f" (read as “{u.corrected}”)" if u.corrected else "")) for u in readings)


def print_reading(
    console: Console,
    *,
    known: Sequence[Understood],
    not_understood: Sequence[str],
    not_understood_note: str,
    left_out: Sequence[LeftOut],
    left_out_label: str,
) -> None:
    """What the learner's words were read as, what was not understood, and every topic left out, its reason said
    once for all the topics it leaves out (`by_reason`).

    `plan` and `generate` both print it on stderr, so their --json and --md output stays clean.
    """
    if knows := [u for u in known if u.counts_as_known]:
        console.print(f"[bold]You know:[/] {reading_lines(knows)}")
    if started := [u for u in known if u.started]:
        console.print(f"[bold]Started, not known yet:[/] {reading_lines(started)}")
    if denied := [u for u in known if u.denied]:
        console.print(f"[bold]Not known yet:[/] {reading_lines(denied)}")
    if not_understood:
        words = ", ".join(f"“{escape(w)}”" for w in not_understood)
        console.print(f"[bold yellow]Not understood:[/] {words} ({not_understood_note})")
    if left_out:
        console.print(f"[bold]{left_out_label} ({len(left_out)}):[/]")
        for reason, items in by_reason(left_out):
            names = escape(" · ".join(item.name for item in items))  # names hold commas: "SQL joins, aggregation and…"
            said = (
                f"{names}: {escape(reason)}"
                if len(items) == 1
                else f"{escape(reason[:1].upper() + reason[1:])}, {len(items)} topics: {names}"
            )
            console.print(f"  • {said}")
