"""The one shape every exporter reads: a document of ordered sections (phases) with grouped items (topics).

Exporters (SVG diagram, Markdown, print HTML and PDF) never read a roadmap directly. They read a `Document`, so a
personal plan can be exported by the same code: a plan only needs its own `document_from_...` builder. Each item
carries a `Status`, the hook through which progress tracking marks topics done, in progress or skipped; a plain
roadmap has every item at `Status.TODO`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from roadmapfinder.catalog.estimate import weeks_said
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK
from roadmapfinder.catalog.shapes import PhaseOut, RoadmapDetail, SkillRef, recap_label


class Status(StrEnum):
    """A learner's progress on one item; exporters draw each differently (a roadmap alone is all TODO)."""

    TODO = "todo"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    SKIPPED = "skipped"

    @property
    def label(self) -> str:
        return {"todo": "not started", "in-progress": "in progress", "done": "done", "skipped": "skipped"}[self.value]


@dataclass(frozen=True)
class Item:
    """One topic to learn, with the path of its page and the learner's progress on it."""

    key: str
    name: str
    hours: float
    href: str
    status: Status = Status.TODO
    note: str = ""  # why the item is there, when the document says (a generated roadmap does; a recap on a roadmap)


@dataclass(frozen=True)
class Group:
    """A titled list of items in a section: the core skills, or an extra section such as "System Design"."""

    title: str
    items: tuple[Item, ...]
    core: bool = True


@dataclass(frozen=True)
class Project:
    title: str
    description: str
    practises: tuple[str, ...] = ()  # topic names
    status: Status = Status.TODO
    also_uses: str = ""  # what it uses that the document does not teach by then (a generated roadmap says)


@dataclass(frozen=True)
class ScheduledWork:
    """A topic or project in one study session: its name, this session's share, and the learner's mark on it."""

    name: str
    kind: str  # "topic" or "project"
    hours: float
    part: str  # "", "begin", "continue" or "finish"
    href: str = ""
    status: Status = Status.TODO


@dataclass(frozen=True)
class ScheduledSession:
    day: date
    start: time
    end: time
    hours: float
    work: tuple[ScheduledWork, ...]

    @property
    def finished(self) -> bool:
        return all(w.status in (Status.DONE, Status.SKIPPED) for w in self.work)


@dataclass(frozen=True)
class ScheduledWeek:
    """A week of a plan's schedule (seven days from the plan's first day of the week), with its dated sessions."""

    number: int
    start: date
    end: date
    hours: float
    sessions: tuple[ScheduledSession, ...]


@dataclass(frozen=True)
class Section:
    """One phase: number, title, level, goal, its time in words, its groups of topics and its projects."""

    number: int
    title: str
    level: str
    goal: str
    time: str  # "2–3 weeks", "4–5 days": the estimate at the document's pace (`estimate.weeks_said`); a plan's dates
    hours: float
    groups: tuple[Group, ...]
    projects: tuple[Project, ...] = ()
    anchor: str = ""
    time_label: str = "Estimated time"  # what `time` is: a plan's phase says its "Dates" ("4–11 Jan")
    no_project: str = ""  # why the phase has no project, when a generated roadmap found none that fits

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item of the section, group by group."""
        return tuple(item for group in self.groups for item in group.items)


@dataclass(frozen=True)
class Document:
    """Everything an exporter prints: a title, a summary, key facts, ordered sections and a closing note.

    `href` is the page's own address and every item's `href` a topic page; both are absolute when the builder was
    given a `base_url`, so a file exported from the command line still links to the site. Without one they are the
    site's paths, which a printed page leaves out (`printed_address`).
    """

    key: str
    title: str
    summary: str
    href: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    outro: str = ""
    hours_per_week: float = REFERENCE_HOURS_PER_WEEK
    #: A plan's dated schedule (a roadmap has none), and one line saying when its sessions are.
    schedule: tuple[ScheduledWeek, ...] = ()
    schedule_note: str = ""


def printed_address(href: str) -> str:
    """The address a printed page writes beside a name and links it to: a full one ("https://…/topics/git"), or
    nothing. A path alone ("/topics/git", a file exported from the command line without SITE_URL) leads nowhere
    from paper nor from a PDF opened on its own, so the name is printed without it (the PDFs, roadmap and plan)."""
    return href if href.startswith(("https://", "http://")) else ""


def roadmap_path(slug: str) -> str:
    """The site path of a roadmap page (the web's URL map serves it there)."""
    return f"/roadmaps/{slug}"


def topic_path(topic_id: str) -> str:
    """The site path of a topic page."""
    return f"/topics/{topic_id}"


def document_from_roadmap(
    detail: RoadmapDetail,
    *,
    base_url: str = "",
    hours_per_week: float | None = None,
    progress: Mapping[str, Status] | None = None,
) -> Document:
    """A roadmap as an exportable document, with estimates at the reader's pace and optional progress marks.

    `progress` maps topic ids to their status (progress tracking fills it; missing ids are TODO).
    """
    base = base_url.rstrip("/")
    marks = progress or {}
    pace = hours_per_week or detail.reference_hours_per_week

    def item(ref: SkillRef) -> Item:
        href, status = base + topic_path(ref.id), marks.get(ref.id, Status.TODO)
        return Item(ref.id, ref.name, ref.effort_hours, href, status, recap_label(ref))

    def section(phase: PhaseOut) -> Section:
        groups = [Group("Core skills", tuple(item(t) for t in phase.core_skills))]
        groups += [Group(s.title, tuple(item(t) for t in s.topics), core=False) for s in phase.extra_sections]
        return Section(
            number=phase.number,
            title=phase.title,
            level=phase.level.value,
            goal=phase.goal,
            time=weeks_said(phase.estimated_weeks, at=pace),
            hours=phase.hours,
            groups=tuple(g for g in groups if g.items),
            projects=tuple(Project(p.title, p.description, tuple(t.name for t in p.practises)) for p in phase.projects),
            anchor=f"phase-{phase.number}",
        )

    facts = (
        ("Total time", f"{weeks_said(detail.estimated_weeks, at=pace)} at {pace:g} h/week"),
        ("Effort", f"about {detail.total_hours:.0f} hours"),
        ("Phases", str(detail.phase_count)),
        ("Topics", str(detail.topic_count)),
        ("Who it is for", detail.audience),
        *((("Estimates", detail.estimate_note),) if detail.estimate_note else ()),
    )
    return Document(
        key=detail.slug,
        title=f"{detail.title} Roadmap",
        summary=detail.summary,
        href=base + roadmap_path(detail.slug),
        facts=facts,
        sections=tuple(section(p) for p in detail.phases),
        outro=detail.outro,
        hours_per_week=pace,
    )
