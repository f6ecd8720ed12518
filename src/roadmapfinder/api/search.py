"""Search and guided-finder routes: parse the request, call the search core once, return its read model.

Mounted on the main API with `api.add_router("", router)`, so its errors go through the same handlers
(400 for bad values, a roadmap to search in that names none among them, with suggestions; 422 for malformed
parameters).
"""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import InvalidInput
from roadmapfinder.search import MAX_QUERY_LENGTH, FinderOut, SearchOut, recommend_roadmaps, search_catalog
from roadmapfinder.search.finder import PURPOSES

router = Router(tags=["search"])
#: Undone readings one request may carry: a goal holds a few phrases, so more is not a learner's request (422).
MAX_PLAIN = 10


class FinderIn(Schema):
    """The guided finder's answers: what you want to build or become, what you know, your pace, your purpose."""

    goal: str = Field(json_schema_extra={"minLength": 1, "maxLength": MAX_QUERY_LENGTH})
    known: str = Field(default="", json_schema_extra={"maxLength": MAX_QUERY_LENGTH})
    hours_per_week: float | None = Field(
        default=None,
        description="default: the pace the goal states (“5 hours a week”), else 10",
        json_schema_extra={"minimum": 1, "maximum": 80},
    )
    purpose: str | None = Field(
        default=None,
        description="job, freelance or hobby; unset: the one the goal's words say (“learn python for fun”: hobby, "
        "as `purpose_said` answers), else job",
        json_schema_extra={"enum": [*PURPOSES, None]},
    )
    plain: list[Annotated[str, Field(max_length=MAX_QUERY_LENGTH)]] = Field(
        default_factory=list,
        max_length=MAX_PLAIN,
        description="phrases of the goal whose reading you undid (an `interpretation` meaning read as a `synonym` or "
        "with a spelling fix, `corrected`): each is read word by word, as typed",
    )


@router.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut},
    summary="Search roadmaps and topics; each result says why it matched",
)
def search(
    request: HttpRequest,
    q: str = "",
    category: str | None = None,
    limit: int | None = None,
    roadmap: Annotated[
        str | None,
        Query(
            description="only this roadmap's topics: its title as people read it (“Backend Developer”, any case), "
            "its slug (`backend`) or an alias; a name that names no roadmap is a 400 with the close ones"
        ),
    ] = None,
) -> SearchOut:
    return search_catalog(default_catalog(), q, category=category, limit=limit, roadmap=roadmap)


@router.post(
    "/finder",
    response={200: FinderOut, 400: ErrorOut},
    summary="Recommend the three roadmaps that fit your answers best, each with a reason",
)
def finder(request: HttpRequest, answers: FinderIn) -> FinderOut:
    if answers.purpose is not None and answers.purpose not in PURPOSES:  # as documented: "" is not "job", nor "JOB"
        raise InvalidInput(f"unknown purpose `{answers.purpose}`", hint=f"choose one of: {', '.join(PURPOSES)}")
    return recommend_roadmaps(
        default_catalog(),
        goal=answers.goal,
        known=answers.known,
        hours_per_week=answers.hours_per_week,
        purpose=answers.purpose,
        plain=answers.plain,
    )
