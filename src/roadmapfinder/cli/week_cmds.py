"""`roadmapfinder today` and `roadmapfinder week`: the sessions due across my plans, from the server's API."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.cli.server_client import ApiClient, Login
from roadmapfinder.progress.this_week import DueItemOut, DueSessionOut, PlanWeekOut, ThisWeekOut

stdout = Console(highlight=False)


@friendly_errors
def today_command(as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False) -> None:
    """Today's study sessions across my plans, with each topic's mark (done topics ticked)."""
    week = ApiClient(Login.load()).this_week()
    if as_json:
        sys.stdout.write(week.model_dump_json(indent=2) + "\n")
        return
    due = week.today_sessions
    if not due:
        stdout.print(f"No study session today ({week.today:%A %d %B}).")
        _next_session(week)
        return
    for plan, session in due:
        stdout.print(f"[bold]{escape(plan.title)}[/]")
        _content_changes(plan)
        _print_session(session)
    _slipped(week)


@friendly_errors
def week_command(as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False) -> None:
    """This week's study sessions across my plans, and what slipped from last week."""
    week = ApiClient(Login.load()).this_week()
    if as_json:
        sys.stdout.write(week.model_dump_json(indent=2) + "\n")
        return
    stdout.print(f"[bold]This week[/], {week.week_start:%a %d %b} – {week.week_end:%a %d %b %Y}")
    if not week.plans:
        stdout.print("Nothing is due this week on your plans.")
        return
    for plan in week.plans:
        number = f" · week {plan.week_number}" if plan.week_number else ""
        if plan.week_start and plan.week_end and plan.week_start != week.week_start:  # its weeks start elsewhere
            number += f" ({plan.week_start:%a %d %b} – {plan.week_end:%a %d %b})"
        streak = f" · streak {plan.streak_weeks} week{'s' if plan.streak_weeks != 1 else ''}"
        stdout.print(
            f"\n[bold]{escape(plan.title)}[/]{number} · {plan.finished_hours:g} of {plan.hours:g} h done{streak}"
        )
        _content_changes(plan)
        for session in plan.sessions:
            _print_session(session, marker="today" if session.date == week.today else "")
    _slipped(week)


def _content_changes(plan: PlanWeekOut) -> None:
    """What changed in the plan's content this week, said once in the week it happened (its page keeps it)."""
    if plan.content_changes:
        lead, *changes = plan.content_changes
        stdout.print(f"  [yellow]{escape(lead)}[/]")
        for line in changes:
            stdout.print(f"    - {escape(line)}")


def _print_session(session: DueSessionOut, marker: str = "") -> None:
    tick = "[green]✓[/]" if session.finished else "•"
    label = f" [bold]({marker})[/]" if marker else ""
    stdout.print(f"  {tick} {session.date:%a %d %b} {session.start:%H:%M}–{session.end:%H:%M}{label}")
    for item in session.items:
        stdout.print(f"      {_item(item)}")


def _item(item: DueItemOut) -> str:
    box = "[green]\\[x][/]" if item.finished else "\\[ ]"  # escaped: Rich reads [x] as markup
    part = f"{item.part}, " if item.part else ""
    status = f", {item.status.replace('_', ' ')}" if item.status and not item.finished else ""
    kind = " (project)" if item.kind == "project" else ""
    return f"{box} {escape(item.name)}{kind} ({part}{item.hours:g} h{status})"


def _slipped(week: ThisWeekOut) -> None:
    slipped = [(p, i) for p in week.plans for i in p.slipped]
    if slipped:
        stdout.print(
            '\n[yellow]Slipped from last week[/] (mark one with `roadmapfinder done "NAME"`, its name as here):'
        )
        for plan, item in slipped:
            stdout.print(f"  {_item(item)} · {escape(plan.title)}")


def _next_session(week: ThisWeekOut) -> None:
    upcoming = sorted((s.date, s.start, p.title) for p in week.plans for s in p.sessions if s.date > week.today)
    if upcoming:
        day, start, title = upcoming[0]
        stdout.print(f"Next: {day:%A %d %B} at {start:%H:%M} ({escape(title)}).")
