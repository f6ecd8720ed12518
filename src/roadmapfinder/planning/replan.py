"""Re-planning: what is left of a plan, poured into sessions again from a new day, at the same or a new pace.

A plan is rebuilt from its request, so a reschedule is a new request: the start moves to the chosen day, the pace
may change, and `finished` lists what the learner has already finished (it stays on the plan, shown done, but is
never scheduled again, even if the plan was made to schedule it as a refresher: `schedule_finished` is cleared).
The plan keeps everything else: targets, known topics, edits, target date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from roadmapfinder.catalog.pace import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.already_finished import IsFinished, finished_work_of, off_schedule
from roadmapfinder.planning.laid_out import LaidOut, keeping_weeks_before
from roadmapfinder.planning.plan import Plan, long_date
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.schedule import Work
from roadmapfinder.planning.weeks import week_start_of

#: How far from today a reschedule may start: a plan is about the months ahead, not other decades.
MAX_DAYS_FROM_TODAY = 366


def replan_request(
    plan: Plan,
    *,
    is_finished: Callable[[str, str], bool],
    start: date,
    today: date,
    hours_per_week: float | None = None,
) -> PlanRequest:
    """The request that reschedules what is left of `plan` from `start`.

    `is_finished(kind, ref)` says whether the learner has finished a topic (by id) or project (by key); what they
    finished stays out of the new schedule, everything else is scheduled again, in the same order.
    """
    if abs((start - today).days) > MAX_DAYS_FROM_TODAY:
        raise InvalidInput(
            f"{start:%d %B %Y} is more than a year from today", hint="reschedule from a date within a year of today"
        )
    if start < today - timedelta(days=7 * 4):
        raise InvalidInput(
            f"{start:%d %B %Y} is in the past", hint="reschedule from today or a day in the last four weeks"
        )
    hours = plan.request.hours_per_week if hours_per_week is None else hours_per_week
    if not MIN_HOURS_PER_WEEK <= hours <= MAX_HOURS_PER_WEEK:
        raise InvalidInput(
            f"{hours:g} hours per week is out of range",
            hint=f"give a number from {MIN_HOURS_PER_WEEK} to {MAX_HOURS_PER_WEEK}",
        )
    finished = tuple(w.ref for w in finished_work_of(plan, is_finished))
    target = plan.request.target_date
    if target is not None and target <= start:  # a plan never starts after its target (build_plan refuses it)
        raise InvalidInput(
            f"your target date {target:%d %B %Y} is not after {start:%d %B %Y}",
            hint="move the target date in the plan's inputs first, or reschedule from an earlier day",
        )
    # What is left is what the learner has not finished: a refresher asked for (`schedule_finished`, `refresh`) ends
    # here.
    update = {
        "start": start,
        "hours_per_week": hours,
        "finished_work": finished,
        "schedule_finished": False,
        "refresh": (),
    }
    return plan.request.model_copy(update=update)


def unfinished_off_schedule(plan: Plan, is_finished: IsFinished) -> list[Work]:
    """The work the plan keeps off its schedule as finished (`request.finished_work`: ticked when the plan was made,
    changed or last rescheduled) that its learner no longer has finished (unticked, or marked in progress since),
    in learning order."""
    return [w for w in off_schedule(plan) if not is_finished(w.kind, w.ref)]


def scheduled_again(plan: Plan, back: list[Work], *, today: date) -> tuple[PlanRequest, LaidOut]:
    """The request and record that schedule `back` (`unfinished_off_schedule`) again from `today`: what a learner
    unticks must not stay on the plan with no session anywhere, its hours counted as finished, until they happen to
    reschedule. Every session before `today` stays as it was planned (`keeping_weeks_before`); from `today` the
    schedule holds what those sessions did not, so the work unticked comes back whole in its place in the plan's
    order, and what follows it moves later. Nothing else changes: the start, the pace, what is still finished, and
    whether the learner is behind (the days lived are the same, and so is what they hold)."""
    refs = frozenset(w.ref for w in back)
    left = tuple(ref for ref in plan.request.finished_work if ref not in refs)
    request = plan.request.model_copy(update={"finished_work": left})
    unfinished = frozenset(w.held for w in back)
    return request, keeping_weeks_before(plan.laid_out, plan.weeks, today, unfinished=unfinished)


def past_rewritten(before: Plan, after: Plan, *, today: date) -> bool:
    """Whether a change of a plan under way would put other work (or other hours) in the sessions dated before
    `today` than the plan had there. A plan is rebuilt whole from its start, so a new pace, other study days or
    another order rewrote the weeks already past: a learner who set 3 hours a week instead of 10 four weeks in was
    told they were 8 weeks ahead, with a finish date months off and sessions this week on a topic they had
    finished. Such a change applies from today instead (plans/services.plan_update); one that leaves the past as it
    was (a target date, the time of day) keeps the plan's start. When sessions start is no part of the past."""

    def past(plan: Plan) -> list[tuple[date, tuple[object, ...]]]:
        return [(s.day, s.items) for s in plan.sessions if s.day < today]

    return past(before) != past(after)


def studied_again(before: PlanRequest, after: PlanRequest, *, today: date) -> bool:
    """Whether a change of a plan under way newly asks for finished work to be studied again (a topic or project
    ticked to refresh, or "schedule what I already marked done or skipped"). Studying it again is work ahead of the
    learner, so such a change applies from today too (plans/services.plan_update): left at its place in a plan
    under way, the refresher sat in the weeks already past, ticked, and not one session was planned for it."""
    if after.start is None or after.start >= today:
        return False
    return bool(set(after.refresh) - set(before.refresh)) or (after.schedule_finished and not before.schedule_finished)


def from_today_note(today: date) -> str:
    """What the learner is told when their change of a plan under way was applied from today."""
    return (
        f"This plan was under way, so your change applies from today, {long_date(today)}: what is left is "
        "rescheduled from today and what you have finished stays ticked, off the schedule, rather than the weeks "
        "already past being planned again."
    )


def auto_blocked(plan: Plan, *, today: date) -> str | None:
    """Why the automatic weekly reschedule cannot move the plan (None when it can), said where its page and the API
    say the mode is on. It moves what is left to the first day of this week, and a plan never starts after its
    target date (`replan_request` refuses it), so once the target is no later than that day the mode moves nothing,
    week after week, while the learner falls further behind: a frozen plan that said it was moving."""
    target = plan.request.target_date
    week = week_start_of(today, plan.request.week_start)
    if target is None or target > week:
        return None
    return (
        f"Automatic rescheduling is on, but it cannot move this plan: its target date, {long_date(target)}, is not "
        f"after {long_date(week)}, the first day of this week. Move the target date (or leave it out) in the plan's "
        "inputs, and each week you are behind what is left moves again."
    )
