"""What a learner already finished stays on their plan, off its schedule, from the day the plan is made.

A learner who marked the first six Backend topics done and then made a Backend plan was given weeks of sessions for
them: the plan finished weeks later than it needed to, and nothing said why. A reschedule already left finished
work out (replan.py); a plan made or edited for a learner whose progress is known now does the same: the topics
(done or skipped) and projects (finished) of its work go into the request's `finished_work`, shown done on the
plan and never scheduled. `schedule_finished` asks for them to be scheduled anyway (a refresher); the surfaces
name what was left out and offer that choice, so the reading can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from roadmapfinder.catalog import Catalog
from roadmapfinder.planning.plan import Plan, build_plan
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.schedule import Work, work_of

#: `is_finished(kind, ref)`: whether the learner finished a topic (by id) or a project (by key).
IsFinished = Callable[[str, str], bool]


def finished_work_of(plan: Plan, is_finished: IsFinished) -> list[Work]:
    """The topics and projects of the plan's work the learner finished, in learning order (scheduled or not)."""
    return [w for w in work_of(plan.phases) if w.ref and is_finished(w.kind, w.ref)]


def off_schedule(plan: Plan) -> list[Work]:
    """The plan's work its request keeps off the schedule (`finished_work`), in learning order."""
    finished = frozenset(plan.request.finished_work)
    return [w for w in work_of(plan.phases) if w.ref in finished]


def plan_for_learner(
    catalog: Catalog, request: PlanRequest, *, is_finished: IsFinished, today: date
) -> tuple[PlanRequest, Plan]:
    """The request with what the learner finished kept off the schedule, besides what it already keeps off (a
    reschedule's `finished_work`), and the plan it builds; the request as it is when `schedule_finished` is set."""
    plan = build_plan(catalog, request, today=today)
    if request.schedule_finished:
        return request, plan
    kept_off = frozenset(request.finished_work)
    new = tuple(dict.fromkeys(w.ref for w in finished_work_of(plan, is_finished) if w.ref not in kept_off))
    if not new:
        return request, plan
    leaving_out = request.model_copy(update={"finished_work": (*request.finished_work, *new)})
    return leaving_out, build_plan(catalog, leaving_out, today=today)
