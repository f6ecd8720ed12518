"""The schedule: the tailored phases poured into dated study sessions on the learner's days, grouped by week.

Items keep the tailored order (prerequisites first, a phase's projects after its topics). Sessions fall only on the
study days, from the start date on; each holds at most the session length (by default the weekly hours spread over
the study days) and a week (Monday to Sunday) never holds more than the learner's hours. An item larger than what
is left of a session continues in the next ones, so every item is scheduled exactly once, for exactly its hours.
Items already finished when the plan was last rescheduled are not scheduled at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from math import ceil, floor
from typing import Literal

from roadmapfinder.catalog.models import project_key
from roadmapfinder.planning.request import Weekday
from roadmapfinder.planning.tailor import PlannedPhase

EPSILON = 1e-6
WEEKDAY_INDEX = {day: n for n, day in enumerate(Weekday)}
Part = Literal["whole", "start", "continue", "finish"]


@dataclass(frozen=True)
class WeekItem:
    kind: Literal["topic", "project"]
    key: str  # topic id, or the project's title
    title: str
    phase: int
    hours: float  # this session's (or week's) share
    part: Part
    ref: str = ""  # what progress is kept under: the topic id, or the project's key ("" for projects without one)


@dataclass(frozen=True)
class Session:
    """One sitting on a study day: its date, when it starts and ends, and the work it holds."""

    day: date
    start: time
    hours: float
    items: tuple[WeekItem, ...]

    @property
    def end(self) -> time:
        return (datetime.combine(self.day, self.start) + timedelta(hours=self.hours)).time()


@dataclass(frozen=True)
class Week:
    """A calendar week (Monday to Sunday) of the plan, with its sessions and, merged, the work they hold."""

    number: int
    start: date  # the Monday
    end: date  # the Sunday
    hours: float
    items: tuple[WeekItem, ...]
    sessions: tuple[Session, ...] = ()


@dataclass(frozen=True)
class _Work:
    kind: Literal["topic", "project"]
    key: str
    title: str
    phase: int
    hours: float
    ref: str


def work_of(phases: tuple[PlannedPhase, ...], finished: frozenset[str] = frozenset()) -> list[_Work]:
    """Every topic and project to schedule, in learning order, leaving out those finished at the last reschedule."""
    ordered: list[_Work] = []
    for phase in phases:
        ordered += [
            _Work("topic", t.id, t.variant or t.name, phase.number, t.hours, t.id)
            for t in phase.topics
            if t.id not in finished
        ]
        for p in phase.projects:
            ref = project_key(phase.source, p.title) if phase.source not in ("goals", "additions") else ""
            if not ref or ref not in finished:
                ordered.append(_Work("project", p.title, p.title, phase.number, p.hours, ref))
    return ordered


def session_hours(hours_per_week: float, days: tuple[Weekday, ...], session_minutes: int | None) -> float:
    """How long one session is: the length asked for, else the weekly hours spread over the study days."""
    if session_minutes:
        return min(session_minutes / 60, hours_per_week)
    return hours_per_week / max(1, len(days))


def schedule(
    phases: tuple[PlannedPhase, ...],
    *,
    hours_per_week: float,
    start: date,
    days: tuple[Weekday, ...],
    at: time = time(19, 0),
    session_minutes: int | None = None,
    finished: frozenset[str] = frozenset(),
) -> tuple[Week, ...]:
    """Weeks of dated sessions from `start`, covering every unfinished topic and project once."""
    pending = work_of(phases, finished)
    wanted = {WEEKDAY_INDEX[d] for d in days} or set(range(5))
    length = session_hours(hours_per_week, days, session_minutes)
    last_day = max(wanted)
    sessions: list[Session] = []
    day = start
    week_used = 0.0
    index, remaining, first = 0, pending[0].hours if pending else 0.0, True
    while index < len(pending):
        if day.weekday() == 0:
            week_used = 0.0
        # Whole hundredths of an hour, so rounded shares never add up to more than the week allows.
        # Sessions hold whole hundredths of an hour; the week's last study day takes the hundredth rounding left.
        share = ceil(length * 100 - EPSILON) / 100 if day.weekday() == last_day and not session_minutes else length
        capacity = floor(min(share, hours_per_week - week_used) * 100 + EPSILON) / 100
        if day.weekday() in wanted and capacity > EPSILON:
            items: list[WeekItem] = []
            left = capacity
            while index < len(pending) and left > EPSILON:
                piece = pending[index]
                take = min(remaining, left)
                remaining -= take
                left -= take
                last = remaining <= EPSILON
                part: Part = "whole" if first and last else "start" if first else "finish" if last else "continue"
                items.append(WeekItem(piece.kind, piece.key, piece.title, piece.phase, round(take, 2), part, piece.ref))
                first = False
                if last:
                    index += 1
                    remaining, first = (pending[index].hours if index < len(pending) else 0.0), True
            used = capacity - left
            week_used += used
            sessions.append(Session(day, at, round(used, 2), tuple(items)))
        day += timedelta(days=1)
    return _weeks(sessions)


def _weeks(sessions: list[Session]) -> tuple[Week, ...]:
    """Sessions grouped by calendar week (Monday first), each week's items merged by what they hold."""
    grouped: dict[date, list[Session]] = {}
    for session in sessions:
        grouped.setdefault(session.day - timedelta(days=session.day.weekday()), []).append(session)
    weeks = []
    for number, (monday, held) in enumerate(grouped.items(), start=1):
        merged: dict[tuple[str, str], list[WeekItem]] = {}
        for session in held:
            for item in session.items:
                merged.setdefault((item.kind, item.key), []).append(item)
        items = tuple(_merge(pieces) for pieces in merged.values())
        hours = round(sum(s.hours for s in held), 2)
        weeks.append(Week(number, monday, monday + timedelta(days=6), hours, items, tuple(held)))
    return tuple(weeks)


def _merge(pieces: list[WeekItem]) -> WeekItem:
    """One item's pieces within a week as one: whole if the week starts and finishes it."""
    first, last = pieces[0], pieces[-1]
    starts = first.part in ("whole", "start")
    ends = last.part in ("whole", "finish")
    part: Part = "whole" if starts and ends else "start" if starts else "finish" if ends else "continue"
    hours = round(sum(p.hours for p in pieces), 2)
    return WeekItem(first.kind, first.key, first.title, first.phase, hours, part, first.ref)


def weeks_needed(total_hours: float, hours_per_week: float) -> int:
    """Whole weeks `total_hours` take at `hours_per_week`."""
    return max(1, ceil(total_hours / hours_per_week - EPSILON)) if total_hours > 0 else 0
