"""Search and guided-finder routes: parse the request, call the search core once, return its read model.

Mounted on the main API with `api.add_router("", router)`, so its errors go through the same handlers
(404 with suggestions, 400 for bad values, 422 for malformed parameters).
"""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.catalog import default_catalog
from roadmapfinder.search import FinderOut, SearchOut, recommend_roadmaps, search_catalog

router = Router(tags=["search"])


class FinderIn(Schema):
    """The guided finder's answers: what you want to build or become, what you know, your pace, your purpose."""

    goal: str
    known: str = ""
    hours_per_week: float = 10
    purpose: str = "job"


@router.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut, 404: ErrorOut},
    summary="Search roadmaps and topics; each result says why it matched",
)
def search(
    request: HttpRequest,
    q: str = "",
    category: str | None = None,
    limit: int | None = None,
    roadmap: str | None = None,
) -> SearchOut:
    return search_catalog(default_catalog(), q, category=category, limit=limit, roadmap=roadmap)


@router.post(
    "/finder",
    response={200: FinderOut, 400: ErrorOut},
    summary="Recommend the three roadmaps that fit your answers best, each with a reason",
)
def finder(request: HttpRequest, answers: FinderIn) -> FinderOut:
    return recommend_roadmaps(
        default_catalog(),
        goal=answers.goal,
        known=answers.known,
        hours_per_week=answers.hours_per_week,
        purpose=answers.purpose,
    )
