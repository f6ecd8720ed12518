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

#: The longest plan built (10 years): longer ones are not a plan anyone follows, and each week costs work on every
#: read and export (ten large roadmaps at 1 h/week made 5,648 weeks, a 1.4 MB answer and a 6 s PDF).
MAX_PLAN_WEEKS = 520


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
    _check_length(sum(p.hours for p in tailored.phases), hours)
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


def _check_length(total: float, hours: float) -> None:
    """Refuse a plan longer than MAX_PLAN_WEEKS, saying the pace that would fit (or that none does)."""
    if weeks_needed(total, hours) <= MAX_PLAN_WEEKS:
        return
    years = MAX_PLAN_WEEKS // 52
    fitting = ceil(total / MAX_PLAN_WEEKS)
    if fitting <= MAX_HOURS_PER_WEEK:
        raise InvalidInput(
            f"at {hours:g} hours a week this plan ({total:g} hours) takes {weeks_needed(total, hours)} weeks, "
            f"longer than the {years} years a plan may last",
            hint=f"study at least {fitting} hours a week, or choose fewer roadmaps",
        )
    raise InvalidInput(
        f"this plan ({total:g} hours) takes more than {years} years even at {MAX_HOURS_PER_WEEK} hours a week",
        hint="choose fewer roadmaps or goals",
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
