"""Reads of the generated app: a stored roadmap by its id, and the demand list for the content team."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from pydantic import ValidationError

from roadmapfinder.errors import NotFound
from roadmapfinder.generated.models import GeneratedRoadmapRecord, GoalDemand
from roadmapfinder.understanding import DemandOut, GeneratedRoadmap

logger = logging.getLogger(__name__)

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


def generated_found(*, roadmap_ids: Iterable[str]) -> dict[str, GeneratedRoadmap | None]:
    """Each id -> its stored roadmap, in one query; None for an id whose record is gone or no longer reads as a
    roadmap (stored by an older version), so a learner's list of followed roadmaps never fails on one of them."""
    wanted = sorted(set(roadmap_ids))
    if not wanted:
        return {}  # most learners follow none: no query
    stored = dict(GeneratedRoadmapRecord.objects.filter(pk__in=wanted).values_list("pk", "roadmap"))
    found: dict[str, GeneratedRoadmap | None] = {}
    for roadmap_id in wanted:
        try:
            found[roadmap_id] = GeneratedRoadmap.model_validate(stored[roadmap_id])
        except (KeyError, ValidationError):
            logger.info("followed generated roadmap %s is not available", roadmap_id)
            found[roadmap_id] = None
    return found


def demand_list(*, limit: int = DEMAND_LIMIT) -> list[DemandOut]:
    """Goals nothing matched, most asked first (then the most recent)."""
    rows = GoalDemand.objects.order_by("-count", "-last_asked")[:limit]
    return [
        DemandOut(goal=d.goal, said=d.said, count=d.count, first_asked=d.first_asked, last_asked=d.last_asked)
        for d in rows
    ]
