"""A personal plan as an exportable `Document`, so plans print, export to Markdown and PDF like roadmaps.

Besides the phases (as sections), a plan's document carries its dated schedule: weeks of study sessions with the
topics and projects of each by name, marked with the learner's progress when the caller passes it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from roadmapfinder.catalog import Catalog, default_catalog
from roadmapfinder.errors import NotFound
from roadmapfinder.exporters.document import (
    Document,
    Group,
    Item,
    Project,
    ScheduledSession,
    ScheduledWeek,
    ScheduledWork,
    Section,
    Status,
    topic_path,
)
from roadmapfinder.planning.already_finished import counted, off_schedule
from roadmapfinder.planning.plan import Plan, long_date
from roadmapfinder.planning.said_to_others import said_to
from roadmapfinder.planning.schedule import Week

PART_WORDS = {"whole": "", "start": "begin", "continue": "continue", "finish": "finish"}
DAY_NAMES = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}


#: A learner's topic statuses (as stored: "done", "in_progress", "skipped") in the exporters' vocabulary.
_MARKS = {"done": Status.DONE, "in_progress": Status.IN_PROGRESS, "skipped": Status.SKIPPED}


def progress_marks(statuses: Mapping[str, str]) -> dict[str, Status]:
    """Topic id -> mark, from the learner's statuses by value (unknown values are left unmarked)."""
    return {topic: _MARKS[value] for topic, value in statuses.items() if value in _MARKS}


def plan_path(plan_id: str) -> str:
    """The site path of a saved plan's share page."""
    return f"/plans/{plan_id}"


def document_from_plan(
    plan: Plan,
    *,
    plan_id: str | None = None,
    base_url: str = "",
    progress: Mapping[str, Status] | None = None,
    finished_projects: Collection[str] = (),
    catalog: Catalog | None = None,
    learner: bool = True,
) -> Document:
    """The plan's schedule and phases, each phase with the dates the schedule gives it ("4–11 Jan": a count of the
    weeks each phase touched said "1 week" for every phase sharing a week, more weeks than the plan's).

    `progress` maps topic ids to the learner's marks and `finished_projects` lists their finished project keys.
    It reads the planning core's `Plan`, not the API's JSON shape, so a change to the API cannot change a file.
    `learner` False: the file of someone other than the plan's learner, which says what the plan says of its learner
    in the third person (`planning.said_to_others`).
    """
    base = base_url.rstrip("/")
    marks = progress or {}
    names = _topic_names(plan, catalog)
    sections = []
    for phase in plan.phases:
        items = tuple(
            Item(t.id, t.variant or t.name, t.hours, base + topic_path(t.id), marks.get(t.id, Status.TODO))
            for t in phase.topics
        )
        sections.append(
            Section(
                number=phase.number,
                title=said_to(phase.title, learner=learner),
                level=phase.level.value,
                goal=said_to(phase.goal, learner=learner),
                time=plan.phase_dates(phase.number) or "finished before the plan",
                hours=phase.hours,
                groups=(Group("Topics", items),) if items else (),
                projects=tuple(
                    Project(
                        p.title,
                        p.description,
                        tuple(names.get(t, t.replace("-", " ")) for t in p.practises),
                        _project_status(p.key, finished_projects),
                    )
                    for p in phase.projects
                ),
                anchor=f"phase-{phase.number}",
                time_label="Dates",
            )
        )
    planned = frozenset(t.id for phase in plan.phases for t in phase.topics)
    schedule = tuple(_week(week, base, marks, finished_projects, planned) for week in plan.weeks)
    request = plan.request
    days = ", ".join(DAY_NAMES[d.value] for d in request.days)
    sessions = len(plan.sessions)
    facts: list[tuple[str, str]] = [
        ("Dates", f"{long_date(plan.began)} to {long_date(plan.finish_date)}"),
        ("Pace", f"{request.hours_per_week:g} hours a week"),
        ("Sessions", f"{sessions} on {days} at {request.time_of_day:%H:%M}"),
        ("Effort", f"{plan.effort} over {plan.total_weeks} weeks"),
    ]
    if off := off_schedule(plan):  # counted by kind: "2 topics and projects" was said of two topics
        facts.append(("Already finished, off the schedule", counted(off)))
    if plan.target:
        facts.append(("Target", said_to(plan.target.message, learner=learner)))
    if plan.skipped:
        whose = "you know" if learner else "its learner knows"
        facts.append(("Skipped", f"{len(plan.skipped)} topics {whose}, dropped or that are assumed"))
    targets = plan.title or ", ".join(_target_names(plan, catalog or default_catalog()))
    return Document(
        key=plan_id or "plan",
        title=f"My learning plan: {targets}" if learner else f"Learning plan: {targets}",
        summary="A personal week-by-week plan generated by RoadmapFinder: dated study sessions, then the phases.",
        href=base + plan_path(plan_id) if plan_id else base or "/",
        facts=tuple(facts),
        sections=tuple(sections),
        outro="",
        hours_per_week=request.hours_per_week,
        schedule=schedule,
        schedule_note=(
            f"Weeks run {request.week_start.label} to {request.week_start.last_label}; "
            f"sessions on {days} at {request.time_of_day:%H:%M}."
        ),
    )


def _target_names(plan: Plan, catalog: Catalog) -> list[str]:
    """The plan's roadmaps and goal topics by title (ids only for what the catalog no longer has)."""
    names = []
    for slug in plan.roadmaps:
        try:
            names.append(catalog.roadmap(slug).title)
        except NotFound:
            names.append(slug)
    for topic_id in plan.goals:
        try:
            names.append(catalog.topic(topic_id).name)
        except NotFound:
            names.append(topic_id)
    return names


def _topic_names(plan: Plan, catalog: Catalog | None) -> dict[str, str]:
    """Names for the topics projects practise: the plan's own, else the catalog's (a known topic is not planned)."""
    names = {t.id: t.variant or t.name for phase in plan.phases for t in phase.topics}
    source = catalog or default_catalog()
    for phase in plan.phases:
        for project in phase.projects:
            for topic_id in project.practises:
                if topic_id not in names:
                    try:
                        names[topic_id] = source.topic(topic_id).name
                    except NotFound:
                        continue
    return names


def _project_status(key: str, finished: Collection[str]) -> Status:
    return Status.DONE if key and key in finished else Status.TODO


def _week(
    week: Week, base: str, marks: Mapping[str, Status], finished: Collection[str], planned: Collection[str]
) -> ScheduledWeek:
    """A week of the schedule; a topic links to its page while the plan still holds it (`planned`: a week kept as
    planned may hold one the catalog has dropped or retired since, whose page is gone)."""
    sessions = tuple(
        ScheduledSession(
            day=s.day,
            start=s.start,
            end=s.end,
            hours=s.hours,
            work=tuple(
                ScheduledWork(
                    name=i.title,
                    kind=i.kind,
                    hours=i.hours,
                    part=PART_WORDS[i.part],
                    href=base + topic_path(i.ref) if i.kind == "topic" and i.ref in planned else "",
                    status=(
                        marks.get(i.ref, Status.TODO)
                        if i.kind == "topic"
                        else Status.DONE
                        if i.ref and i.ref in finished
                        else Status.TODO
                    ),
                )
                for i in s.items
            ),
        )
        for s in week.sessions
    )
    return ScheduledWeek(week.number, week.start, week.end, week.hours, sessions)
