"""Reads of the generated app: a stored roadmap by its id, and the demand list for the content team."""

from __future__ import annotations

from roadmapfinder.errors import NotFound
from roadmapfinder.generated.models import GeneratedRoadmapRecord, GoalDemand
from roadmapfinder.understanding import DemandOut, GeneratedRoadmap

#: The most requested goals a listing returns (the admin lists them all).
DEMAND_LIMIT = 200


def generated_get(*, roadmap_id: str) -> GeneratedRoadmap:
    """The roadmap stored under this id, as it was generated; `NotFound` for an id nobody generated."""
    record = GeneratedRoadmapRecord.objects.filter(pk=roadmap_id[:32]).first()
    if record is None:
        raise NotFound(
            "generated roadmap",
            roadmap_id,
            [],
            hint="its link may be mistyped; generate one again from the home page or `roadmapfinder generate`",
        )
    return GeneratedRoadmap.model_validate(record.roadmap)


def demand_list(*, limit: int = DEMAND_LIMIT) -> list[DemandOut]:
    """Goals nothing matched, most asked first (then the most recent)."""
    rows = GoalDemand.objects.order_by("-count", "-last_asked")[:limit]
    return [
        DemandOut(goal=d.goal, said=d.said, count=d.count, first_asked=d.first_asked, last_asked=d.last_asked)
        for d in rows
    ]
