"""Catalog routes: the roadmaps (all or one) and a topic, each the core's read model as JSON."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import Category, RoadmapKind
from roadmapfinder.catalog.shapes import (
    RoadmapDetail,
    RoadmapSummary,
    TopicDetail,
    roadmap_detail,
    roadmap_summary,
    topic_detail,
)
from roadmapfinder.tracking.selectors import topic_learned_hours

router = Router()


@router.get(
    "/roadmaps",
    response={200: list[RoadmapSummary], 400: ErrorOut},
    tags=["roadmaps"],
    summary="List roadmaps, optionally of one category and/or one kind",
    description=(
        "`category` is the field (web, data-ai, beyond-code...); `kind` separates roles in software (`role`), "
        "roles beyond code (`non-coding-role`: design, product, management, writing) and skills (`skill`)."
    ),
)
def list_roadmaps(
    request: HttpRequest, category: Category | None = None, kind: RoadmapKind | None = None
) -> list[RoadmapSummary]:
    catalog = default_catalog()
    return [roadmap_summary(catalog, r) for r in catalog.roadmaps_in(category, kind)]


@router.get(
    "/roadmaps/{slug}",
    response={200: RoadmapDetail, 404: ErrorOut},
    tags=["roadmaps"],
    summary="One roadmap with every phase, topic and project",
)
def get_roadmap(request: HttpRequest, slug: str) -> RoadmapDetail:
    catalog = default_catalog()
    return roadmap_detail(catalog, catalog.roadmap(slug))


@router.get(
    "/topics/{topic_id}",
    response={200: TopicDetail, 404: ErrorOut},
    tags=["topics"],
    summary="One topic with key points, resources, prerequisites and where it is taught",
)
def get_topic(request: HttpRequest, topic_id: str) -> TopicDetail:
    catalog = default_catalog()
    detail = topic_detail(catalog, catalog.topic(topic_id))
    detail.learned_hours = topic_learned_hours(topic_id=detail.id)  # null until enough learners said
    return detail
