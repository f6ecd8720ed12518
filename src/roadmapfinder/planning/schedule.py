"""The schedule: the tailored phases poured into dated study sessions on the learner's days, grouped by week.

Items keep the tailored order (prerequisites first, a phase's projects after its topics). Sessions fall only on the
study days, from the start date on; each holds at most the session length (by default the weekly hours spread over
the study days) and a week (seven days from the plan's first day of the week: Monday unless the request says Sunday
or Saturday) never holds more than the learner's hours. An item larger than what
is left of a session continues in the next ones, so every item is scheduled exactly once, for exactly its hours.
Items already finished when the plan was made, changed or last rescheduled are not scheduled at all. After weeks
kept as they were planned (planning/laid_out.py), the schedule goes on from the first day after them with what they
did not already hold: an item they held in part continues for the hours left.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from math import ceil, floor
from typing import Literal

from roadmapfinder.planning.request import Weekday
from roadmapfinder.planning.tailor import PlannedPhase
from roadmapfinder.planning.weeks import WeekStart, week_start_of

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
    """A week of the plan (seven days from its first day of the week), with its sessions and, merged, the work they
    hold."""

    number: int
    start: date  # the week's first day (a Monday unless the plan's weeks start on Sunday or Saturday)
    end: date  # six days later
    hours: float
    items: tuple[WeekItem, ...]
    sessions: tuple[Session, ...] = ()


@dataclass(frozen=True)
class Work:
    """One topic or project to schedule, whole (the schedule cuts it into sessions' shares)."""

    kind: Literal["topic", "project"]
    key: str
    title: str
    phase: int
    hours: float
    ref: str
    #: Some of it was scheduled in weeks kept as planned: the schedule continues it rather than beginning it.
    begun: bool = False

    @property
    def held(self) -> str:
        """What a schedule holds it under: its ref, or a project without a key by its title."""
        return self.ref or self.key


def work_of(
    phases: tuple[PlannedPhase, ...], finished: frozenset[str] = frozenset(), held: Mapping[str, float] | None = None
) -> list[Work]:
    """Every topic and project to schedule, in learning order, leaving out those already finished (`finished`) and
    the hours that weeks kept as planned already held of each (`held`, by `Work.held`)."""
    ordered: list[Work] = []
    for phase in phases:
        ordered += [
            Work("topic", t.id, t.variant or t.name, phase.number, t.hours, t.id)
            for t in phase.topics
            if t.id not in finished
        ]
        for p in phase.projects:
            if not p.key or p.key not in finished:
                ordered.append(Work("project", p.title, p.title, phase.number, p.hours, p.key))
    if not held:
        return ordered
    left = []
    for work in ordered:
        spent = held.get(work.held, 0.0)
        if work.hours - spent >= 0.005:  # less than a hundredth of an hour left (the schedule's unit): held whole
            left.append(replace(work, hours=round(work.hours - spent, 2), begun=spent > 0))
    return left


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
    week_start: WeekStart = WeekStart.MONDAY,
    held: Mapping[str, float] | None = None,
    first_number: int = 1,
) -> tuple[Week, ...]:
    """Weeks of dated sessions from `start`, covering every unfinished topic and project once, each week starting on
    `week_start`, numbered from `first_number`; `held`: the hours weeks kept before `start` already hold (`work_of`).

    Hours are counted in whole hundredths (integers), so shares add up exactly and no week exceeds the pace.
    """
    pending = work_of(phases, finished, held)
    amounts = [max(1, round(w.hours * 100)) for w in pending]
    # Each study day's place in the plan's week (0 = its first day), so a week's sessions run in that order.
    offsets = sorted({(WEEKDAY_INDEX[d] - week_start.weekday) % 7 for d in days or tuple(Weekday)[:5]})
    week_cap = floor(hours_per_week * 100 + EPSILON)
    exact = session_hours(hours_per_week, days, session_minutes) * 100
    length = floor(exact + EPSILON)
    # The week's last study day also takes the hundredths that rounding the sessions down leaves in a full week.
    last_length = length + max(0, week_cap - length * len(offsets)) if not session_minutes else length
    weeks: list[Week] = []
    index, remaining, first = 0, amounts[0] if amounts else 0, not (pending and pending[0].begun)
    first_day = week_start_of(start, week_start)
    while index < len(pending):
        used = 0
        sessions: list[Session] = []
        merged: dict[int, list[int]] = {}  # work index -> [hundredths this week, first part, last part]
        for offset in offsets:
            day = first_day + timedelta(days=offset)
            if day < start:
                continue
            capacity = min(last_length if offset == offsets[-1] else length, week_cap - used)
            if capacity <= 0 or index >= len(pending):
                continue
            items: list[WeekItem] = []
            left = capacity
            while index < len(pending) and left > 0:
                piece = pending[index]
                take = min(remaining, left)
                remaining -= take
                left -= take
                last = remaining == 0
                part: Part = "whole" if first and last else "start" if first else "finish" if last else "continue"
                items.append(WeekItem(piece.kind, piece.key, piece.title, piece.phase, take / 100, part, piece.ref))
                entry = merged.setdefault(index, [0, first, last])
                entry[0] += take
                entry[2] = last
                first = False
                if last:
                    index += 1
                    remaining = amounts[index] if index < len(pending) else 0
                    first = not (index < len(pending) and pending[index].begun)
            used += capacity - left
            sessions.append(Session(day, at, (capacity - left) / 100, tuple(items)))
        if sessions:
            week_items = tuple(
                _merged(pending[i], hundredths, bool(b), bool(e)) for i, (hundredths, b, e) in merged.items()
            )
            weeks.append(
                Week(
                    len(weeks) + first_number,
                    first_day,
                    first_day + timedelta(days=6),
                    used / 100,
                    week_items,
                    tuple(sessions),
                )
            )
        first_day += timedelta(days=7)
    return tuple(weeks)


def _merged(work: Work, hundredths: int, starts: bool, ends: bool) -> WeekItem:
    """One item's pieces within a week as one: whole if the week both starts and finishes it."""
    part: Part = "whole" if starts and ends else "start" if starts else "finish" if ends else "continue"
    return WeekItem(work.kind, work.key, work.title, work.phase, hundredths / 100, part, work.ref)


def weeks_needed(total_hours: float, hours_per_week: float) -> int:
    """Whole weeks `total_hours` take at `hours_per_week`."""
    return max(1, ceil(total_hours / hours_per_week - EPSILON)) if total_hours > 0 else 0
