"""A whole plan: the tailored phases, the dated schedule, totals and, with a target date, whether it fits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.pace import MAX_HOURS_PER_WEEK
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.request import PlanRequest, check_request
from roadmapfinder.planning.schedule import Week, schedule, weeks_needed
from roadmapfinder.planning.tailor import PlannedPhase, SkippedTopic, tailor
from roadmapfinder.understanding.known import Understood


@dataclass(frozen=True)
class TargetCheck:
    """Whether the plan fits before the target date, said plainly (never an error)."""

    target_date: date
    feasible: bool
    hours_per_week_needed: float | None
    message: str


@dataclass(frozen=True)
class Plan:
    request: PlanRequest
    start: date
    phases: tuple[PlannedPhase, ...]
    skipped: tuple[SkippedTopic, ...]
    weeks: tuple[Week, ...]
    roadmaps: tuple[str, ...]
    goals: tuple[str, ...]
    target: TargetCheck | None
    understood: tuple[Understood, ...] = ()
    not_understood: tuple[str, ...] = ()

    @property
    def total_hours(self) -> float:
        return round(sum(p.hours for p in self.phases), 2)

    @property
    def total_weeks(self) -> int:
        return len(self.weeks)

    @property
    def finish_date(self) -> date:
        return self.weeks[-1].end if self.weeks else self.start


def build_plan(catalog: Catalog, request: PlanRequest, *, today: date) -> Plan:
    """Tailor, schedule and check a plan; `InvalidInput` when the request cannot be answered."""
    check_request(request)
    start = request.start or today
    if request.target_date and request.target_date <= start:
        raise InvalidInput(
            f"the target date {request.target_date} is not after the start date {start}",
            hint="choose a target date after the start",
        )
    tailored = tailor(catalog, request)
    if not tailored.phases:
        raise InvalidInput(
            "nothing is left to learn: every topic of these targets is known, dropped or assumed",
            hint="remove some known topics, or choose another roadmap or goal topic",
        )
    hours = request.hours_per_week
    weeks = schedule(tailored.phases, hours_per_week=hours, start=start, study_days=request.study_days)
    total = sum(p.hours for p in tailored.phases)
    target = _check_target(request.target_date, start, total, hours, weeks) if request.target_date else None
    return Plan(
        request,
        start,
        tailored.phases,
        tailored.skipped,
        weeks,
        tailored.roadmaps,
        tailored.goals,
        target,
        tailored.understood,
        tailored.not_understood,
    )


def _check_target(target: date, start: date, total: float, hours: float, weeks: tuple[Week, ...]) -> TargetCheck:
    finish = weeks[-1].end
    if finish <= target:
        spare = (target - finish).days
        return TargetCheck(target, True, None, f"You finish on {finish:%d %B %Y}, {spare} days before your target.")
    whole_weeks = max(1, ((target - start).days + 1) // 7)
    needed = ceil(total / whole_weeks)
    if needed <= MAX_HOURS_PER_WEEK:
        message = (
            f"At {hours:g} hours a week you finish on {finish:%d %B %Y}, after your target of {target:%d %B %Y}. "
            f"To finish by then, study about {needed} hours a week, or drop some topics."
        )
        return TargetCheck(target, False, float(needed), message)
    at_max = start + timedelta(days=7 * weeks_needed(total, MAX_HOURS_PER_WEEK) - 1)
    message = (
        f"This plan takes {total:g} hours: even at {MAX_HOURS_PER_WEEK} hours a week it ends on {at_max:%d %B %Y}, "
        f"after your target of {target:%d %B %Y}. Move the target date or drop some topics."
    )
    return TargetCheck(target, False, None, message)
