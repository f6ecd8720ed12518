"""What a learner follows on a page: a roadmap or a saved plan, as numbered sections of topics and projects.

Pages mark items in place and redraw the bars of the track they show, so the marking forms carry the track's
*token* (`roadmap:<slug>` or `plan:<id>`) and the server rebuilds the same track to answer with the moved bars.
Progress itself stays per topic and project: the track only decides what is counted and shown together.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from math import floor

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Roadmap, project_key
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.plan import Plan, TargetCheck, long_date, target_from_today
from roadmapfinder.planning.schedule import WeekItem, work_of
from roadmapfinder.progress.status import ProgressState, TopicStatus
from roadmapfinder.progress.summary import (
    Section,
    SectionsIndex,
    TrackProgress,
    indexed_progress,
    next_topics,
    roadmap_sections,
    sections_index,
)
from roadmapfinder.understanding.shapes import GENERATED_ID, GeneratedRoadmap, generated_path


class TrackKind(StrEnum):
    ROADMAP = "roadmap"
    PLAN = "plan"
    GENERATED = "generated"


@dataclass(frozen=True)
class Track:
    """A roadmap or a plan as a learner works through it."""

    kind: TrackKind
    key: str  # the roadmap's slug or the saved plan's id
    sections: tuple[Section, ...]
    #: Project key -> its title, for every project the track counts.
    project_titles: Mapping[str, str] = field(default_factory=dict)

    @property
    def token(self) -> str:
        """What a marking form sends back so the answer redraws this track (see `parse_track_token`)."""
        return f"{self.kind.value}:{self.key}"

    @property
    def topic_ids(self) -> list[str]:
        """Every topic once, in learning order."""
        return list(self._topic_order)

    @functools.cached_property
    def _topic_order(self) -> tuple[str, ...]:
        """`topic_ids`, worked out once per track: a track never changes, and /me and a plan page ask for it on
        every view (a plan's track is kept with its plan, a roadmap's with the catalog)."""
        return tuple(dict.fromkeys(t for s in self.sections for t in s.topic_ids))

    def progress(self, state: ProgressState) -> TrackProgress:
        return indexed_progress(self._index, state)

    @functools.cached_property
    def _index(self) -> SectionsIndex:
        """Made once per track (a catalog roadmap's is kept with the catalog, a plan's with its built plan)."""
        return sections_index(self.sections)

    def next_topic_ids(self, state: ProgressState, *, limit: int = 3) -> list[str]:
        return next_topics(self._topic_order, state, limit=limit)

    def sections_with(self, item: str) -> list[int]:
        """The numbers of the sections holding a topic id or project key (a topic can sit in several)."""
        return [s.number for s in self.sections if item in s.topic_ids or item in s.project_keys]

    def project_key_in(self, number: int, title: str) -> str | None:
        """The key of the project with this title in section `number`; None if the track does not count it."""
        section = self.sections[number - 1]
        return next((k for k in section.project_keys if self.project_titles.get(k) == title), None)


def roadmap_track(roadmap: Roadmap) -> Track:
    titles = {project_key(roadmap.slug, p.title): p.title for phase in roadmap.phases for p in phase.projects}
    return Track(TrackKind.ROADMAP, roadmap.slug, roadmap_sections(roadmap), titles)


def roadmap_track_of(catalog: Catalog, slug: str) -> Track:
    """A roadmap's track by slug, built once per catalog (every bar and control of its page asks for it)."""
    catalog.roadmap(slug)  # `NotFound` with suggestions for an unknown slug
    return catalog.derived(_roadmap_tracks)[slug]


def _roadmap_tracks(catalog: Catalog) -> dict[str, Track]:
    return {roadmap.slug: roadmap_track(roadmap) for roadmap in catalog.roadmaps}


def generated_track(roadmap: GeneratedRoadmap) -> Track:
    """A generated roadmap's phases: its core skills and its catalog projects (which keep their catalog keys, so a
    project finished here is finished on the roadmap it comes from too)."""
    titles = {j.key: j.title for p in roadmap.phases for j in p.projects if j.key}
    sections = tuple(
        Section(
            p.number,
            p.title,
            tuple(s.topic for s in p.core_skills),
            tuple(j.key for j in p.projects if j.key),
        )
        for p in roadmap.phases
    )
    return Track(TrackKind.GENERATED, roadmap.id, sections, titles)


@dataclass(frozen=True)
class GeneratedStanding:
    """A generated roadmap the learner follows: its progress and what to do next on it (as a catalog roadmap's
    `RoadmapStanding`, for a roadmap that lives in the database rather than the catalog)."""

    roadmap: GeneratedRoadmap
    progress: TrackProgress
    next_topic_ids: list[str]


def generated_standings(
    catalog: Catalog, roadmaps: Iterable[GeneratedRoadmap], state: ProgressState, *, next_limit: int = 3
) -> list[GeneratedStanding]:
    """The followed generated roadmaps' standings, furthest along first (then by title).

    A generated roadmap is stored as it was made, so a topic the catalog has dropped since can still be in it: it
    counts in the tally but is never offered as a next topic (nothing could link to it).
    """
    standings = []
    for roadmap in roadmaps:
        track = generated_track(roadmap)
        upcoming = [t for t in track.topic_ids if catalog.has_topic(t)]
        standings.append(
            GeneratedStanding(roadmap, track.progress(state), next_topics(upcoming, state, limit=next_limit))
        )
    return sorted(standings, key=lambda s: (-s.progress.overall.percent, s.roadmap.title.lower()))


def follow_target(text: str) -> tuple[TrackKind, str]:
    """What a learner asked to follow: a generated roadmap (its id, its page's URL or path, or `generated:<id>`)
    or else a catalog roadmap (its slug or a name, which the caller resolves). Only the shape is read here; whether
    it exists is the caller's question.

    Refuses an empty target with `InvalidInput`.
    """
    target = text.strip()
    if not target:
        raise InvalidInput(
            "say which roadmap to follow", hint="a catalog roadmap's title or a generated roadmap's link"
        )
    path = target.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    prefix = generated_path("")
    tail = path[path.index(prefix) + len(prefix) :] if prefix in path else path.removeprefix("generated:")
    if GENERATED_ID.fullmatch(tail):
        return TrackKind.GENERATED, tail
    if prefix in path:
        raise InvalidInput(f"`{target}` is not a generated roadmap's link", hint="copy the link from its page")
    return TrackKind.ROADMAP, target


def plan_track(catalog: Catalog, plan: Plan, plan_id: str) -> Track:
    """A saved plan's phases; its projects count by their catalog keys.

    Made once per catalog, plan object and id: a built plan is kept and never changes (plans/selectors.py), while
    its page asks for its track on every view (working it out read every roadmap's slug and made every project's
    key, a fortieth of a plan page's first view).
    """
    key = (id(catalog), id(plan), plan_id)
    kept = _PLAN_TRACKS.get(key)
    if kept is not None and kept[0] is catalog and kept[1] is plan:  # the same objects, not new ones at freed ids
        return kept[2]
    if len(_PLAN_TRACKS) >= _PLAN_TRACKS_KEPT:
        _PLAN_TRACKS.clear()
    track = _plan_track(catalog, plan, plan_id)
    _PLAN_TRACKS[key] = (catalog, plan, track)
    return track


#: (id(catalog), id(plan), plan id) -> (the catalog, the plan, its track); both are kept so their ids cannot be
#: reused while cached.
_PLAN_TRACKS: dict[tuple[int, int, str], tuple[Catalog, Plan, Track]] = {}
_PLAN_TRACKS_KEPT = 64  # as many as built plans are kept (plans/selectors.py): it holds its plans alive too


def _plan_track(catalog: Catalog, plan: Plan, plan_id: str) -> Track:
    titles: dict[str, str] = {}
    sections = []
    for phase in plan.phases:
        keys = []
        for project in phase.projects:
            if project.key:
                titles[project.key] = project.title
                keys.append(project.key)
        sections.append(Section(phase.number, phase.title, tuple(t.id for t in phase.topics), tuple(keys)))
    return Track(TrackKind.PLAN, plan_id, tuple(sections), titles)


@dataclass(frozen=True)
class ScheduleStanding:
    """Where a learner stands against a dated plan: the hours it scheduled before today against those done (the
    finished items' hours, and the passed sessions of the topics in progress)."""

    due_hours: float
    finished_hours: float
    hours_per_week: float
    #: The hours of the sessions already passed of topics the learner marked in progress: taken as done, since
    #: a topic longer than a week is in progress for weeks while the learner follows the plan exactly.
    started_hours: float = 0.0
    #: For a learner behind on a plan with a target date: the target check of what is left from today, when the
    #: target no longer fits it (`schedule_standing`; the plan's own check reads only its dates).
    target: TargetCheck | None = None
    #: When every scheduled item is finished: the day asked about and the plan's last session. "You are about 17
    #: weeks ahead of schedule" was all a learner who had finished the whole plan was told.
    all_finished: tuple[date, date] | None = None

    @property
    def done_hours(self) -> float:
        """What counts against the due hours: the finished items' and the passed sessions of topics in progress."""
        return self.finished_hours + self.started_hours

    @property
    def weeks_ahead(self) -> float:
        """Positive when ahead of the schedule, negative when behind, in weeks at the plan's pace."""
        return (self.done_hours - self.due_hours) / self.hours_per_week

    @property
    def _whole_weeks(self) -> int:
        return half_up(abs(self.weeks_ahead))

    @property
    def behind(self) -> bool:
        """Behind by at least the week the message counts (so the warning and the words always agree)."""
        return self.weeks_ahead < 0 and self._whole_weeks > 0

    @property
    def message(self) -> str:
        if self.all_finished is not None:
            return _all_finished(*self.all_finished)
        weeks = self._whole_weeks
        if weeks == 0:
            return "You are on schedule."
        span = f"{weeks} week{'s' if weeks > 1 else ''}"
        if self.weeks_ahead > 0:
            return f"You are about {span} ahead of schedule."
        behind = f"You are about {span} behind: {half_up(self.due_hours - self.done_hours)} hours to catch up."
        if self.target is not None:
            return f"{behind} Where you are now, your target no longer fits. {self.target.message}"
        return behind


def _all_finished(day: date, last: date) -> str:
    """A finished plan said as such, and how early ("about 17 weeks" from two weeks on, else in days)."""
    early = (last - day).days
    if early <= 0:
        return "You have finished everything on this plan."
    span = f"about {half_up(early / 7)} weeks" if early >= 14 else f"{early} day{'s' if early != 1 else ''}"
    return f"You have finished everything on this plan, {span} before its last session ({long_date(last)})."


def half_up(value: float) -> int:
    """A whole number as people round (2.5 is 3): Python's `round` takes halves to the even number, so 2.5 weeks
    behind read "about 2 weeks" while 1.5 and 3.5 read 2 and 4. A sum of hours a hair under a half in floating point
    is the half it stands for."""
    return floor(value + 0.5 + 1e-9)


def schedule_standing(plan: Plan, track: Track, state: ProgressState, today: date) -> ScheduleStanding | None:
    """The learner's standing on a saved plan's schedule; None before its first session has passed, unless they
    finished everything already.

    Due: every hour of the sessions dated before `today`. Done: the scheduled hours of the items marked done or
    skipped (topics) or finished (projects), wherever the schedule puts them (working ahead counts), and of a topic
    in progress its sessions that have passed (a 40-hour topic is in progress for weeks on plan; one stalled on
    counts no further, so the sessions after it make the learner behind). Items finished before the last
    reschedule are off the schedule, so they count on neither side; so are the weeks lived before it, kept as they
    were planned (`Plan.history_until`): what they left undone is scheduled again after them.

    Behind on a plan with a target date, it also says whether the target still fits what is left from today
    (`target_from_today`): the plan's dates meet a target however far behind the learner is, so the deadline was
    quietly lost until they rescheduled.
    """
    standing = standing_on(plan, state, today)
    if standing is None or not standing.behind or plan.request.target_date is None:
        return standing
    rest = target_from_today(plan, finished_refs(plan, state), today=today)  # what a reschedule would leave out
    return standing if rest is None or rest.feasible else replace(standing, target=rest)


def target_for_reader(plan: Plan, standing: ScheduleStanding | None, *, today: date) -> TargetCheck | None:
    """What the plan page's target line tells a reader whose standing is `standing`: the plan's own check ("You
    finish on 4 June 2027, 26 days before your target"), unless their progress contradicts it. Behind so far that
    the target no longer fits what is left from today, nothing: their standing says so, and the pace that would
    make it (`schedule_standing`); the line shared by every reader of the plan stood above it and said the
    opposite. With everything finished, that they did it before the target (while it is ahead), not when they
    will finish. None without a target."""
    check = plan.target
    if check is None or standing is None:
        return check
    if standing.target is not None:
        return None
    if standing.all_finished is not None:
        if today > check.target_date:
            return None
        return TargetCheck(
            check.target_date,
            True,
            None,
            f"You finished everything before your target date, {long_date(check.target_date)}.",
        )
    return check


def standing_on(plan: Plan, state: ProgressState, day: date) -> ScheduleStanding | None:
    """The standing counted with the sessions dated before `day` (the automatic reschedule asks on a week's first
    day, so whichever day of the week it runs, it decides the same); None before the first session has passed,
    unless the learner already finished everything: that is said whenever it is true (before, a learner who did the
    whole plan ahead of its first session was told nothing at all)."""
    passed, due = plan.hours_before(day)
    items = plan.scheduled_items
    # Before the first session, whether all is finished stops at the first item that is not: a plan page's first view
    # asked about each of its items (150 for the Backend roadmap) only to say nothing.
    if not passed and not (items and all(plan_item_finished(plan, i, state) for i in items)):
        return None
    done = [plan_item_finished(plan, item, state) for item in items]
    finished = sum(item.hours for item, is_done in zip(plan.scheduled_items, done, strict=True) if is_done)
    started = sum(
        item.hours
        for session in plan.counted_sessions[:passed]
        for item in session.items
        if item.kind == "topic" and state.status(item.ref) is TopicStatus.IN_PROGRESS
    )
    everything = (day, plan.finish_date) if all(done) else None
    return ScheduleStanding(due, finished, plan.request.hours_per_week, started, all_finished=everything)


def finished_refs(plan: Plan, state: ProgressState) -> frozenset[str]:
    """The topic ids and project keys of the plan the learner has finished (topics done or skipped)."""
    return frozenset(w.ref for w in work_of(plan.phases) if w.ref and item_finished(w.kind, w.ref, state))


def plan_item_finished(plan: Plan, item: WeekItem, state: ProgressState) -> bool:
    """Whether a scheduled item is behind the learner as the plan counts it: finished, or one the plan no longer
    asks for (`Plan.gone`: removed from the content after the weeks that hold it passed), which nobody can mark
    any more and which never makes a learner behind, breaks a streak or slips."""
    return item_finished(item.kind, item.ref, state) or plan.is_gone(item)


def item_finished(kind: str, ref: str, state: ProgressState) -> bool:
    """Whether a scheduled topic (by id) or project (by key) is behind the learner."""
    if kind == "topic":
        return state.status(ref) in _FINISHED
    return bool(ref) and (ref in state.projects or ref in state.retired_projects)


_FINISHED = {TopicStatus.DONE, TopicStatus.SKIPPED}


def finished_in(state: ProgressState) -> Callable[[str, str], bool]:
    """`item_finished` for this learner: what a plan asks of their progress (planning/already_finished.py)."""
    return lambda kind, ref: item_finished(kind, ref, state)


def parse_track_token(token: str) -> tuple[TrackKind, str]:
    """The kind and key in a marking form's `track` field; `InvalidInput` for anything else."""
    kind, _, key = token.strip().partition(":")
    if key and kind in {k.value for k in TrackKind}:
        return TrackKind(kind), key
    raise InvalidInput(f"`{token}` names no roadmap or plan", hint="send roadmap:<slug>, generated:<id> or plan:<id>")
