"""The automatic weekly reschedule's rule: when a plan in automatic mode is due a check, and what the check does.

Once in each of the plan's weeks (from its first day of the week, `PlanRequest.week_start`), if the learner was
behind when that week began, what is left moves to start on the week's first day. The rule is plain Python over a
plan and the learner's marks, so it is tested directly (tests/unit/test_auto_reschedule.py); the plans app
(`plan_auto_reschedule`) only claims the week in the database, so that of two servers only one applies it, and
stores the result.

- At most once a week: `auto_week_due` answers the week to claim, or None when the last check was this week.
- The same decision whichever day it runs: the standing is taken as of the week's first day (sessions dated
  before it), never as of today, and the new schedule starts on that day.
- Never when the learner is not behind (`ScheduleStanding.behind`: at least the whole week the page would say).
- Never drops unfinished work nor schedules finished work: it is `replan_request` from the week's first day.
"""

from __future__ import annotations

from datetime import date

from roadmapfinder.planning.plan import Plan
from roadmapfinder.planning.replan import replan_request
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.weeks import WeekStart, week_start_of
from roadmapfinder.progress.status import ProgressState
from roadmapfinder.progress.tracks import finished_in, standing_on


def auto_week_due(*, today: date, week_start: WeekStart, checked_week: date | None) -> date | None:
    """The first day of the plan's week holding `today` when the automatic mode has not checked it yet (the week
    to claim), else None. `checked_week` is the first day of the last week checked."""
    week = week_start_of(today, week_start)
    if checked_week is not None and checked_week >= week:
        return None
    return week


def auto_reschedule_request(plan: Plan, state: ProgressState, *, week: date, today: date) -> PlanRequest | None:
    """The request that moves what is left of `plan` to start on `week` (the first day of the plan's current
    week) if the learner was behind when it began; None when they were not (or no session had passed yet).

    `InvalidInput` when the plan cannot be moved there (its target date is not after that day, say): the caller
    leaves such a plan for its learner.
    """
    standing = standing_on(plan, state, week)
    if standing is None or not standing.behind:
        return None
    return replan_request(plan, is_finished=finished_in(state), start=week, today=today)
