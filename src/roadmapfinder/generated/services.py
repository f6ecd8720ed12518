"""Writes of the generated app: generate-and-store a roadmap, and count a goal nothing matched.

Services take the learner's inputs as keyword arguments, never an HttpRequest, so the page, the API and the
admin call them the same way. The roadmap itself is built by the core (`understanding.generate_roadmap`); this
module only remembers it.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.generated.models import GeneratedRoadmapRecord, GoalDemand
from roadmapfinder.understanding import DemandOut, GeneratedRoadmap, generate_roadmap, normalise_goal
from roadmapfinder.understanding.demand import MAX_GOAL_LENGTH


def roadmap_generate(
    *,
    goal: str | None,
    known: str | None = None,
    hours_per_week: float | str | None = None,
    level: str | None = None,
    purpose: str | None = None,
    plain: Sequence[str] = (),
    record_demand: bool = True,
) -> GeneratedRoadmap:
    """Generate a roadmap for the goal and store it under its id (the same inputs find the same record).

    When nothing in the goal matches, the core's `NotFound` goes on to the caller; with `record_demand` the goal
    is counted first, so the content team sees it (not a goal that only leaves a choice among roadmaps to make,
    "learn to code": nothing is missing from the catalog). The web page passes False and records only when the learner
    presses "Ask for this roadmap".
    """
    try:
        roadmap = generate_roadmap(
            default_catalog(),
            goal=goal,
            known=known,
            hours_per_week=hours_per_week,
            level=level,
            purpose=purpose,
            plain=plain,
        )
    except NotFound as missing:
        if record_demand and goal and not missing.choice:  # "learn to code" lacks nothing: a choice, not a request
            demand_record(goal=goal)
        raise
    inputs = {
        "goal": goal,
        "known": known,
        "hours_per_week": hours_per_week,
        "level": level,
        "purpose": purpose,
        "plain": roadmap.plain,
    }
    now = timezone.now()
    record, created = GeneratedRoadmapRecord.objects.get_or_create(
        id=roadmap.id,
        defaults={
            "goal": (goal or "")[:MAX_GOAL_LENGTH],
            "title": roadmap.title[:200],
            "inputs": inputs,
            "roadmap": roadmap.model_dump(mode="json"),
            "last_asked": now,
        },
    )
    if not created:
        GeneratedRoadmapRecord.objects.filter(pk=record.pk).update(times_asked=F("times_asked") + 1, last_asked=now)
    return roadmap


def demand_record(*, goal: str) -> DemandOut:
    """Count one more request for a goal the catalog cannot build; `InvalidInput` for a goal with no words."""
    normal = normalise_goal(goal)
    if not normal:
        raise InvalidInput("the goal has no words to remember", hint="write the skill you want to learn")
    said = " ".join(goal.split())[:MAX_GOAL_LENGTH]
    now = timezone.now()
    fields = {"count": F("count") + 1, "last_asked": now, "said": said}
    if not GoalDemand.objects.filter(goal=normal).update(**fields):
        try:
            with transaction.atomic():
                GoalDemand.objects.create(goal=normal, said=said, last_asked=now)
        except IntegrityError:  # asked at the same moment by someone else: count it on their row
            GoalDemand.objects.filter(goal=normal).update(**fields)
    demand = GoalDemand.objects.get(goal=normal)
    return DemandOut(
        goal=demand.goal,
        said=demand.said,
        count=demand.count,
        first_asked=demand.first_asked,
        last_asked=demand.last_asked,
    )
