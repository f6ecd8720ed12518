"""A document as Markdown: a checklist to paste into notes, an issue tracker or a README.

Topics are task-list items (`- [ ]`), so a learner can tick them off where the Markdown is rendered; progress
marks from the document tick them already (`- [x]` for done, struck through when skipped).

A Markdown file is read away from the site, so it links only to full addresses (`printed_address`): the site's and
the API's documents are built with the request's host, the command line's with SITE_URL. Without it (a file made on
the command line of an install with no public site) the document holds only the site's paths, which lead nowhere
from a notes app or a README: each name is then written without a link, and one line says where the file came from.
"""

from __future__ import annotations

import re
from datetime import date

from roadmapfinder.exporters.document import Document, Item, ScheduledWork, Section, Status, printed_address
from roadmapfinder.planning.plan import short_date

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def render_markdown(document: Document) -> str:
    """The whole document, phase by phase, with links written out in full."""
    lines = [f"# {_esc(document.title)}", "", _esc(document.summary), ""]
    lines += [f"- **{label}:** {_esc(value)}" for label, value in document.facts]
    lines += ["", _where(document), ""]
    if document.schedule:
        lines += _schedule(document)
        lines += ["## Phases", ""] if document.sections else []
    for section in document.sections:
        lines += _section(section, document.hours_per_week)
    if document.outro:
        lines += ["## Congratulations!", "", _esc(document.outro), ""]
    return "\n".join(lines).rstrip() + "\n"


def _where(document: Document) -> str:
    """Where the document is online, or, with no full address to give, where it came from."""
    if href := printed_address(document.href):
        return f"Online: <{href}>"
    return "_From RoadmapFinder, exported without the site's address: topics are named, not linked._"


def _named(name: str, href: str) -> str:
    """A name linked to its page when the page has a full address, else the name alone."""
    address = printed_address(href)
    return f"[{_esc(name)}]({address})" if address else _esc(name)


def _section(section: Section, pace: float) -> list[str]:
    lines = [
        f"## Phase {section.number}: {_esc(section.title)}",
        "",
        f"**Level:** {_esc(section.level)} · **{section.time_label}:** {section.time} "
        f"({section.hours:.0f} hours at {pace:g} h/week)",
        "",
        _esc(section.goal),
        "",
    ]
    for group in section.groups:
        lines += [f"### {_esc(group.title)}", ""]
        lines += [_item(item) for item in group.items]
        lines.append("")
    if section.projects:
        lines += ["### Projects" if len(section.projects) > 1 else "### Project", ""]
        for number, project in enumerate(section.projects, start=1):
            practises = f" _Practises: {_esc(', '.join(project.practises))}._" if project.practises else ""
            done = " (done)" if project.status is Status.DONE else ""
            also = f" {_esc(project.also_uses)}" if project.also_uses else ""
            lines.append(f"{number}. **{_esc(project.title)}**{done} — {_esc(project.description)}{practises}{also}")
        lines.append("")
    elif section.no_project:
        lines += ["### Project", "", _esc(section.no_project), ""]
    return lines


def _schedule(document: Document) -> list[str]:
    """The dated schedule: a heading per week, a task per session (ticked once all its work is finished)."""
    lines = ["## Week by week", "", _esc(document.schedule_note), ""]
    for week in document.schedule:
        lines += [f"### Week {week.number} · {_day(week.start)} – {_day(week.end, year=True)} · {week.hours:g} h", ""]
        for session in week.sessions:
            box = "x" if session.finished else " "
            work = "; ".join(_work(w) for w in session.work)
            lines.append(f"- [{box}] {_day(session.day)}, {session.start:%H:%M}–{session.end:%H:%M}: {work}")
        lines.append("")
    return lines


def _work(work: ScheduledWork) -> str:
    if work.href:
        name = _named(work.name, work.href)
    else:  # a project, or a topic whose page is gone (kept as planned in a week already past): its name alone
        name = f"**{_esc(work.name)}**" + (" (project)" if work.kind == "project" else "")
    if work.status is Status.SKIPPED:
        name = f"~~{name}~~"
    part = f"{work.part}, " if work.part else ""
    done = f", {work.status.label}" if work.status is not Status.TODO else ""
    return f"{name} ({part}{work.hours:g} h{done})"


def _day(day: date, *, year: bool = False) -> str:
    return short_date(day) + (f" {day.year}" if year else "")


def _item(item: Item) -> str:
    box = "x" if item.status in (Status.DONE, Status.SKIPPED) else " "
    name = _named(item.name, item.href)
    if item.status is Status.SKIPPED:
        name = f"~~{name}~~"
    note = f" ({item.status.label})" if item.status in (Status.IN_PROGRESS, Status.SKIPPED) else ""
    why = f" — {_esc(item.note)}" if item.note else ""
    return f"- [{box}] {name} · {item.hours:g} h{note}{why}"


def _esc(text: str) -> str:
    """Text with Markdown's special characters escaped, so a name like `C++ <templates>` prints as written."""
    return _SPECIAL.sub(r"\\\1", text)
