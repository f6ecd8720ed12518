"""`roadmapfinder plan`: a personal, dated week-by-week plan in the terminal or as JSON, Markdown, iCalendar, PDF."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import NO_STACK
from roadmapfinder.cli.errors import friendly_errors, stderr
from roadmapfinder.cli.export_cmds import check_target, write_file
from roadmapfinder.cli.render import print_reading
from roadmapfinder.cli.server_client import ApiClient, Login
from roadmapfinder.clock import today
from roadmapfinder.config import config
from roadmapfinder.exporters.ical import calendar_draft, render_ics
from roadmapfinder.exporters.markdown import render_markdown
from roadmapfinder.exporters.plan_document import document_from_plan
from roadmapfinder.planning import build_plan
from roadmapfinder.planning.already_finished import off_schedule
from roadmapfinder.planning.learner_input import dates_read, hours_read, parse_date, plan_request_from_input
from roadmapfinder.planning.shapes import PlanOut, plan_out
from roadmapfinder.planning.start_date import start_notes
from roadmapfinder.planning.tailor import name_index
from roadmapfinder.planning.weeks import week_start_from_posix_locale

stdout = Console(highlight=False)


@friendly_errors
def plan_command(
    targets: Annotated[list[str], typer.Argument(metavar="TARGET...", help="Roadmap slugs and/or goal topics.")],
    hours: Annotated[
        float | None,
        typer.Option("--hours", help="Study hours a week (1-80; default: what your --session holds, else 10)."),
    ] = None,
    know: Annotated[
        str | None, typer.Option("--know", help="What you know, in any words, comma-separated (“linux, a bit of sql”).")
    ] = None,
    finished: Annotated[
        list[str] | None,
        typer.Option(
            "--finished",
            metavar="ROADMAP",
            help='A roadmap you finished as a whole, by its title ("Backend Developer") or slug (repeat for more).',
        ),
    ] = None,
    level: Annotated[str, typer.Option("--level", help="beginner, junior, mid or senior.")] = "beginner",
    stack: Annotated[
        str | None,
        typer.Option(
            "--stack",
            help=f"python, typescript, java, go...; {NO_STACK} for no language (default: the language a target names, "
            "“python backend”, or the one you know with one role).",
        ),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--start", help="First day, YYYY-MM-DD or “next monday” (default today).")
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="Date to finish by, YYYY-MM-DD or “june 2027” (its end).")
    ] = None,
    days: Annotated[str | None, typer.Option("--days", help="Study days, e.g. mon,wed,sat (default mon-fri).")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Session start time, e.g. 7pm (default 19:00).")] = None,
    session: Annotated[
        str | None, typer.Option("--session", help="Session length: 90, 1.5h (default: your hours over the days).")
    ] = None,
    drop: Annotated[str | None, typer.Option("--drop", help="Topics to leave out, comma-separated.")] = None,
    add: Annotated[str | None, typer.Option("--add", help="Topics to add, comma-separated.")] = None,
    order: Annotated[
        str | None, typer.Option("--order", help="Topics to learn as early as their prerequisites allow.")
    ] = None,
    week_start: Annotated[
        str | None,
        typer.Option(
            "--week-start",
            metavar="DAY",
            help="The day your weeks start on: monday, sunday or saturday (default: your locale's, from "
            "LC_ALL/LC_TIME/LANG, else monday).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON (the API's shape).")] = False,
    as_md: Annotated[bool, typer.Option("--md", help="Print the plan as Markdown.")] = False,
    ics: Annotated[Path | None, typer.Option("--ics", help="Write an iCalendar file.")] = None,
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Write a PDF.")] = None,
    save: Annotated[
        bool, typer.Option("--save", help="Save it on the server you logged in to, as yours, and print its link.")
    ] = False,
    schedule_finished: Annotated[
        bool,
        typer.Option(
            "--schedule-finished",
            help="With --save: schedule what you already marked done or skipped too (by default it stays on the "
            "plan, off the schedule, or, if the plan starts before today, keeps its place in the plan's weeks and "
            "counts as done).",
        ),
    ] = False,
    refresh: Annotated[
        str | None,
        typer.Option(
            "--refresh",
            help="With --save: of what you already marked done or skipped, the topics to schedule again, "
            "comma-separated (“sql joins, http”); --schedule-finished schedules all of it.",
        ),
    ] = None,
) -> None:
    """Generate a personal plan: tailored phases and a dated schedule at your hours a week."""
    plan_request = plan_request_from_input(
        targets=targets,
        hours=hours,
        days=days,
        known=know,
        finished=finished or (),
        level=level,
        stack=stack,
        start=start,
        target_date=target,
        drop=drop,
        add=add,
        order=order,
        session_time=at,
        session_minutes=session,
        week_start=week_start if week_start is not None else week_start_from_posix_locale(config().locale).value,
        schedule_finished=schedule_finished,
        refresh=refresh,
        catalog=default_catalog(),
    )
    for file in (ics, pdf):  # before anything is built or saved
        if file is not None:
            check_target(file)
    if save:
        login = Login.load()
        shaped = ApiClient(login).create_plan(plan_request)  # the server builds it: the saved plan is the one shown
        notice = Console(stderr=True, highlight=False) if as_json or as_md else stdout  # keep --json/--md output clean
        notice.print(f"Saved: {login.server}/plans/{shaped.id}")
        plan_request = shaped.request  # with the start date the server fixed, so the files below match it
    plan = build_plan(default_catalog(), plan_request, today=today())
    if save and (left_out := off_schedule(plan)):
        notice.print(
            f"Off the schedule, on the plan: {', '.join(w.title for w in left_out)} (you already marked them done or "
            "skipped; --refresh NAMES schedules those again, --schedule-finished all of them)."
        )
    if not save:
        shaped = plan_out(plan, notes=start_notes(plan, today=today()))
    _print_targets(plan_request.targets)
    if shaped.stack_read:  # "python backend", or Python known: the plan is in Python, said, undoable, changeable
        stderr.print(
            f"[bold]Stack:[/] {escape(shaped.stack_read.line)}  [dim]Not what you meant? Add --stack {NO_STACK} for "
            "no language, or --stack with another[/]"
        )
    said_pace = hours_read(hours=hours, days=plan_request.study_days, minutes=plan_request.session_minutes)
    for line in [*dates_read(start=start, target_date=target), *said_pace]:  # "next friday", "--session 1h"
        stderr.print(f"[bold]Read:[/] {escape(line)}")
    for note in shaped.notes:  # a start date long past or far ahead (on stderr: --json and --md stay clean)
        stderr.print(f"[bold]Note:[/] {escape(note)}")
    _print_reading(shaped)
    _print_assumed(shaped)
    site = config().site_url
    if ics:
        write_file(
            ics, render_ics(calendar_draft(plan, plan_id=shaped.id, base_url=site, time_zone=config().time_zone))
        )
        stdout.print(f"Wrote {len(plan.sessions)} study sessions over {len(plan.weeks)} weeks to {ics}")
    if pdf:
        from roadmapfinder.exporters.pdf import render_pdf  # WeasyPrint is heavy: load it only when asked

        write_file(pdf, render_pdf(document_from_plan(plan, plan_id=shaped.id, base_url=site)))
        stdout.print(f"Wrote {pdf}")
    if as_json:
        sys.stdout.write(shaped.model_dump_json(indent=2) + "\n")
    elif as_md:
        sys.stdout.write(render_markdown(document_from_plan(plan, plan_id=shaped.id, base_url=site)))
    elif not (ics or pdf):
        _print_plan(shaped)


def _print_targets(targets: tuple[str, ...]) -> None:
    """A target typed as anything but its exact slug or id is echoed with what it was read as (“elixir” → Functional
    programming), so a goal the catalog only has an alias for is never replaced silently."""
    catalog = default_catalog()
    lines = []
    for target in name_index(catalog).resolve_all(targets, "targets"):
        if target.name.strip().lower() != target.key:
            name = catalog.roadmap(target.key).title if target.kind == "roadmap" else catalog.topic(target.key).name
            lines.append(f"“{target.name}” → {name} ({'the roadmap' if target.kind == 'roadmap' else 'a topic'})")
    if lines:
        stderr.print(f"[bold]Planning for:[/] {escape('; '.join(lines))}")


def _print_reading(plan: PlanOut) -> None:
    """On stderr (so --json and --md stay clean): what --know was read as, what was not, and each skipped topic."""
    print_reading(
        stderr,
        known=plan.understood,
        not_understood=plan.not_understood,
        not_understood_note="not counted as known",
        left_out=plan.skipped,
        left_out_label="Skipped",
    )


def _print_assumed(plan: PlanOut) -> None:
    """On stderr: each roadmap the plan assumes done that the learner did not plan or finish, and how to add it."""
    catalog = default_catalog()
    for assumed in plan.assumes:
        # the title, as `show` prints it, when the plan's targets read it back as this roadmap (they take titles)
        found = name_index(catalog).lookup(assumed.title) if catalog.has_roadmap(assumed.slug) else None
        typed = assumed.title if found and (found.kind, found.key) == ("roadmap", assumed.slug) else assumed.slug
        command = shlex.join(["roadmapfinder", "plan", typed, *plan.request.targets])
        stderr.print(f"[bold]{escape(assumed.message)}[/] Not done it yet? Plan it too: {escape(command)}")


def _print_plan(plan: PlanOut) -> None:
    catalog = default_catalog()
    names = [plan.title] if plan.title else [catalog.roadmap(s).title for s in plan.roadmaps]  # an older server
    names += [] if plan.title else [catalog.topic(t).name for t in plan.goals]
    stdout.print(
        f"[bold]Your plan[/]: {escape(', '.join(names))} · {escape(plan.effort or f'{plan.total_hours:g} hours')} · "
        f"{plan.total_weeks} weeks at {plan.hours_per_week:g} h/week · {plan.start_date} → {plan.finish_date}"
    )
    if plan.target:
        stdout.print(("[green]" if plan.target.feasible else "[yellow]") + escape(plan.target.message) + "[/]")
    phases = Table(title="Phases", show_lines=False)
    for column in ("#", "Phase", "Level", "Dates", "Hours", "Topics"):
        phases.add_column(column)
    for phase in plan.phases:
        topics = ", ".join(t.variant or t.name for t in phase.topics)
        dates = phase.dates or "finished"  # nothing left of it to schedule
        row = (str(phase.number), escape(phase.title), phase.level.value, dates, f"{phase.hours:g}", escape(topics))
        phases.add_row(*row)
    stdout.print(phases)
    days = ", ".join(d.capitalize() for d in plan.study_days)
    first = plan.week_start
    weeks = Table(
        title=f"Week by week ({first.label} to {first.last_label}): sessions on {days} at {plan.session_time:%H:%M}"
    )
    for column in ("Week", "Session", "Hours", "What to do"):
        weeks.add_column(column)
    for week in plan.weeks:
        for n, session in enumerate(week.sessions):
            work = "; ".join(f"{i.title}{'' if i.part == 'whole' else ' (' + i.part + ')'}" for i in session.items)
            label = f"{week.number} ({week.start:%d %b})" if n == 0 else ""
            when = f"{session.date:%a %d %b} {session.start:%H:%M}–{session.end:%H:%M}"
            weeks.add_row(label, when, f"{session.hours:g}", escape(work))
    stdout.print(weeks)


@friendly_errors
def replan_command(
    plan_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The plan's id (the end of its link); one that begins with '-' goes after '--'."
        ),
    ],
    start: Annotated[
        str | None, typer.Option("--from", help="First day of the new schedule, YYYY-MM-DD (default today).")
    ] = None,
    hours: Annotated[float | None, typer.Option("--hours", help="A new pace in hours a week (1-80).")] = None,
    auto: Annotated[
        bool | None,
        typer.Option(
            "--auto/--no-auto",
            help="Turn on (or off) the automatic mode: each week, if you are behind, what is left moves to start "
            "from that week. Alone, it only changes the mode.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rescheduled plan as JSON.")] = False,
) -> None:
    """Reschedule what is left of your saved plan from a date: what you finished leaves the schedule."""
    parse_date(start, "start")  # refuse a bad date here, with the same words as the form
    login = Login.load()
    client = ApiClient(login)
    if auto is not None:
        shaped = client.set_auto_reschedule(plan_id, enabled=auto)
        if start is None and hours is None:
            if as_json:
                sys.stdout.write(shaped.model_dump_json(indent=2) + "\n")
                return
            stdout.print(
                (
                    shaped.auto_reschedule_blocked  # on, but a target date gone by stops it: said, not hidden
                    or "Automatic rescheduling is on: each week you are behind, what is left moves to start from that "
                    "week."
                )
                if auto
                else "Automatic rescheduling is off: the dates move only when you reschedule."
            )
            stdout.print(f"{login.server}/plans/{shaped.id}")
            return
    shaped = client.reschedule_plan(plan_id, start=start, hours=hours)
    if as_json:
        sys.stdout.write(shaped.model_dump_json(indent=2) + "\n")
        return
    if shaped.reschedules:
        stdout.print(escape(shaped.reschedules[0].message))
    # The days lived before it stay on the plan (that week's Monday and Tuesday, for a reschedule on a Wednesday);
    # what is left runs from its first day.
    since = shaped.start_date if shaped.history_until else None
    ahead = [s for w in shaped.weeks for s in w.sessions if since is None or s.date >= since]
    left = round(sum(s.hours for s in ahead), 2)
    sessions = len(ahead)
    stdout.print(
        f"{left:g} hours left in {sessions} sessions at {shaped.hours_per_week:g} h/week · "
        f"{shaped.start_date} → {shaped.finish_date}"
    )
    if shaped.target:
        stdout.print(("[green]" if shaped.target.feasible else "[yellow]") + escape(shaped.target.message) + "[/]")
    stdout.print(f"{login.server}/plans/{shaped.id}")
