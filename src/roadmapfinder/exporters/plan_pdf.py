"""A plan's document as PDF, typeset by Typst: the dated week-by-week schedule, then the phases.

Why not WeasyPrint, which prints roadmaps: its layout is pure Python and its time grows with every box; the
largest plan allowed (520 weeks, thousands of sessions) took several seconds of CPU even as one paragraph a week
(tens of seconds on a busy server). Typst's compiler is native code and typesets the same schedule in a fraction
of a second. The page is `templates/plan.typ`; the plan reaches it as JSON in `sys.inputs`, so names are data,
never markup. Fonts: DejaVu (Debian's fonts-dejavu-core, as WeasyPrint uses), else whatever Typst finds.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from roadmapfinder.exporters.document import (
    Document,
    ScheduledWeek,
    ScheduledWork,
    Section,
    Status,
    printed_address,
)
from roadmapfinder.planning.plan import short_date

#: Where Debian (and most Linux systems) keep DejaVu; the first that exists is the only font folder Typst reads,
#: which spares it scanning every system font on each export.
if TYPE_CHECKING:
    import typst

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF")
_MARKS = {Status.DONE: "done", Status.SKIPPED: "skipped", Status.IN_PROGRESS: "in-progress", Status.TODO: ""}


@cache
def _template() -> bytes:
    return files("roadmapfinder.exporters").joinpath("templates", "plan.typ").read_bytes()


@cache
def _fonts() -> typst.Fonts:
    """DejaVu's folder alone when it is there (found once per process), else the system's and Typst's own fonts."""
    import typst

    folder = next((f for f in _FONT_DIRS if Path(f, "DejaVuSans.ttf").exists()), None)
    if folder is None:
        return typst.Fonts()
    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[folder])


def render_plan_pdf(document: Document) -> bytes:
    """The plan as PDF bytes (A4, page numbers, links clickable and topic addresses written out when they are full
    ones, `printed_address`)."""
    import typst  # loaded on first use, like WeasyPrint: only exports need it

    data = json.dumps(plan_pdf_data(document), ensure_ascii=False)
    pdf = typst.compile(_template(), format="pdf", sys_inputs={"data": data}, font_paths=_fonts())
    assert isinstance(pdf, bytes)  # one PDF file (only image formats give a list of pages)
    return pdf


def plan_pdf_data(document: Document) -> dict[str, object]:
    """What the Typst page prints, as plain strings: facts, each week's dates and work, each phase."""
    return {
        "title": document.title,
        "href": printed_address(document.href),  # on paper a full address or none
        "summary": document.summary,
        "facts": [[label, value] for label, value in document.facts],
        "note": document.schedule_note,
        "weeks": [_week(week) for week in document.schedule],
        "phases": [_phase(section, document.hours_per_week) for section in document.sections],
    }


def _week(week: ScheduledWeek) -> dict[str, object]:
    return {
        "head": f"Week {week.number}",
        "dates": f"{short_date(week.start)} – {short_date(week.end)} {week.end.year}",
        "hours": f"{week.hours:g} h",
        "work": week_work(week),
    }


def week_work(week: ScheduledWeek) -> list[dict[str, str]]:
    """Each topic or project of the week once, in the order it comes, with the days of the sessions it takes
    ("Mon–Wed"), whether the week begins, continues or finishes it, its hours this week and the learner's mark.

    A line per week rather than per session: the calendar and the Markdown keep every session, and on paper the
    week is what a learner plans by (and 520 weeks of sessions would be hundreds of pages)."""
    days: dict[str, list[str]] = {}
    hours: dict[str, float] = {}
    first: dict[str, ScheduledWork] = {}
    last: dict[str, ScheduledWork] = {}
    for session in week.sessions:
        for work in session.work:
            days.setdefault(work.name, []).append(f"{session.day:%a}")
            hours[work.name] = hours.get(work.name, 0) + work.hours
            first.setdefault(work.name, work)
            last[work.name] = work
    out = []
    for name, on in days.items():
        begins, ends = first[name].part in ("", "begin"), last[name].part in ("", "finish")
        part = "" if begins and ends else "begin, " if begins else "finish, " if ends else "continue, "
        when = on[0] + (f"–{on[-1]}" if len(on) > 1 else "")
        label = " (project)" if first[name].kind == "project" else ""
        out.append(
            {"text": f"{name}{label} ({when}, {part}{round(hours[name], 2):g} h)", "mark": _MARKS[last[name].status]}
        )
    return out


def _phase(section: Section, pace: float) -> dict[str, object]:
    return {
        "kicker": f"Phase {section.number} · {section.level} · {section.time}"
        f" ({section.hours:.0f} hours at {pace:g} h/week)",
        "heading": f"Phase {section.number}: {section.title}",
        "goal": section.goal,
        "topics": [
            {
                "name": item.name,
                "hours": f"{item.hours:g} h",
                "status": f" · {item.status.label}" if item.status is not Status.TODO else "",
                "href": printed_address(item.href),
                "mark": _MARKS[item.status],
            }
            for item in section.items
        ],
        "projects_heading": "Projects" if len(section.projects) > 1 else "Project",
        "projects": [
            {
                "title": project.title,
                "description": project.description,
                "practises": ", ".join(project.practises),
                "mark": _MARKS[project.status],
            }
            for project in section.projects
        ],
    }
