"""The week-by-week schedule: the tailored phases poured into weeks of the learner's hours, with real dates.

Items keep the tailored order (prerequisites first, a phase's projects after its topics). A week never holds more
than the learner's hours; an item larger than what is left of a week continues into the next ones, so every
topic is scheduled exactly once, in consecutive weeks, for exactly its hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil
from typing import Literal

from roadmapfinder.planning.request import Weekday
from roadmapfinder.planning.tailor import PlannedPhase

EPSILON = 1e-6
WEEKDAY_INDEX = {day: n for n, day in enumerate(Weekday)}


@dataclass(frozen=True)
class WeekItem:
    kind: Literal["topic", "project"]
    key: str  # topic id, or the project's title
    title: str
    phase: int
    hours: float  # this week's share
    part: Literal["whole", "start", "continue", "finish"]


@dataclass(frozen=True)
class Week:
    number: int
    start: date
    end: date
    hours: float
    items: tuple[WeekItem, ...]


@dataclass(frozen=True)
class _Work:
    kind: Literal["topic", "project"]
    key: str
    title: str
    phase: int
    hours: float


def schedule(
    phases: tuple[PlannedPhase, ...], *, hours_per_week: float, start: date, study_days: tuple[Weekday, ...] = ()
) -> tuple[Week, ...]:
    """Weeks from `start`, each at most `hours_per_week` long, covering every topic and project once."""
    ordered: list[_Work] = []
    for phase in phases:
        ordered += [_Work("topic", t.id, t.variant or t.name, phase.number, t.hours) for t in phase.topics]
        ordered += [_Work("project", p.title, p.title, phase.number, p.hours) for p in phase.projects]
    weeks: list[Week] = []
    items: list[WeekItem] = []
    left = hours_per_week
    for piece in ordered:
        remaining = piece.hours
        first = True
        while remaining > EPSILON:
            if left <= EPSILON:
                weeks.append(_close(len(weeks), items, start, study_days))
                items, left = [], hours_per_week
            take = min(remaining, left)
            remaining -= take
            left -= take
            last = remaining <= EPSILON
            part: Literal["whole", "start", "continue", "finish"] = (
                "whole" if first and last else "start" if first else "finish" if last else "continue"
            )
            items.append(WeekItem(piece.kind, piece.key, piece.title, piece.phase, round(take, 2), part))
            first = False
    if items:
        weeks.append(_close(len(weeks), items, start, study_days))
    return tuple(weeks)


def _close(index: int, items: list[WeekItem], start: date, study_days: tuple[Weekday, ...]) -> Week:
    week_start = start + timedelta(days=7 * index)
    week_end = week_start + timedelta(days=6)
    if study_days:  # the last study day within this 7-day window
        wanted = {WEEKDAY_INDEX[d] for d in study_days}
        days = [week_start + timedelta(days=n) for n in range(7)]
        week_end = max(d for d in days if d.weekday() in wanted)
    return Week(index + 1, week_start, week_end, round(sum(i.hours for i in items), 2), tuple(items))


def weeks_needed(total_hours: float, hours_per_week: float) -> int:
    """Whole weeks `total_hours` take at `hours_per_week`."""
    return max(1, ceil(total_hours / hours_per_week - EPSILON)) if total_hours > 0 else 0
