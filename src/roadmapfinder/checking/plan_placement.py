"""A placement check over a plan: which of the plan's early topics to ask about, and the plan request's "what you
know" once the check is done, with every topic it proved known added by name (the form shows each as a line the
learner can undo, like any other phrase of what they know)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.checking.placement import Placement, PlacementAnswer, placement_step, placement_topics
from roadmapfinder.planning import PlanRequest
from roadmapfinder.planning.already_finished import IsFinished, finished_work_of, plan_for_learner


class PlanPlacement(Placement):
    known: list[str] = Field(
        description="the request's `known` with each topic the check proved known added by name (once it is done)"
    )


def plan_placement(
    catalog: Catalog,
    request: PlanRequest,
    answers: Sequence[PlacementAnswer],
    *,
    is_finished: IsFinished,
    today: date,
) -> PlanPlacement:
    """Where a placement check over this plan stands. The topics are the plan's first ones (in the order it
    schedules them) that have questions, so what the learner already said they know is never asked again, nor
    what they already finished (`is_finished`: off the schedule, as the plan made for them keeps it, unless the
    request schedules it again).

    `InvalidInput` when the plan cannot be built (the form shows why) or an answer was not asked for.
    """
    _, plan = plan_for_learner(catalog, request, is_finished=is_finished, today=today)
    # What the plan keeps off the schedule, and what a plan begun before today keeps ticked in its weeks (both are
    # finished: neither is asked about), unless the learner asked to study it again.
    again = frozenset(plan.request.refresh) | frozenset(
        w.ref for w in finished_work_of(plan, is_finished) if plan.request.schedule_finished
    )
    in_place = frozenset(w.ref for w in finished_work_of(plan, is_finished)) - again
    finished = frozenset(plan.request.finished_work) | in_place
    topics = placement_topics(catalog, [t.id for phase in plan.phases for t in phase.topics if t.id not in finished])
    step = placement_step(catalog, topics, answers)
    known = list(request.known)
    if step.done:
        said = {k.casefold() for k in known}
        known += [d.name for d in step.proven if d.name.casefold() not in said]
    return PlanPlacement(**step.model_dump(), known=known)
