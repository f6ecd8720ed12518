"""Generated roadmaps: `POST /roadmaps/generate`, `GET /roadmaps/generated/{id}`, and the demand (`GET /requests`).

Generating is the core's job (`understanding.generate_roadmap`); the generated app's service stores the result
and counts goals nothing matched. The demand list is for staff: a personal token of a staff account.
"""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import Field

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.api.progress import TokenAuth
from roadmapfinder.errors import NotAllowed, NotFound
from roadmapfinder.generated.selectors import demand_list, generated_get
from roadmapfinder.generated.services import roadmap_generate
from roadmapfinder.site_url import site_url
from roadmapfinder.understanding import DemandOut, GeneratedRoadmapOut, generated_out

router = Router()


class GenerateIn(Schema):
    goal: str = Field(max_length=200, description="What to learn, in the learner's words: “Kubernetes security”.")
    known: str | None = Field(
        default=None, max_length=2000, description="What the learner already knows, comma-separated, in any words."
    )
    hours_per_week: float | None = Field(default=None, description="Study hours a week, 1-80 (default 10).")
    level: str | None = Field(default=None, description="beginner (default), junior, mid or senior.")
    purpose: str | None = Field(default=None, description="job (default), freelance or hobby.")
    plain: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list,
        max_length=20,
        description="Phrases of the goal or of `known` whose reading the learner undid (a common goal such as "
        "“chrome extension”, a curated phrase or a spelling fix, “pyhton”): read word by word, as typed.",
    )


@router.post(
    "/roadmaps/generate",
    response={201: GeneratedRoadmapOut, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    tags=["generated roadmaps"],
    summary="Generate a roadmap for any goal",
    description=(
        "Built from the topic graph: the topics the goal names, their prerequisites first, less what is known, "
        "grouped into phases by level. The same inputs give the same roadmap and id. When nothing in the goal "
        "matches, 404 names the words and suggests roadmaps, and the goal is recorded as demand. When the goal "
        "leaves a choice (“web developer”: several jobs), 404 says so and lists the roadmaps in `choices`, each "
        "with the `goal` to send for it."
    ),
)
def generate(request: HttpRequest, body: GenerateIn) -> Status[GeneratedRoadmapOut]:
    roadmap = roadmap_generate(
        goal=body.goal,
        known=body.known,
        hours_per_week=body.hours_per_week,
        level=body.level,
        purpose=body.purpose,
        plain=body.plain,
    )
    return Status(201, generated_out(roadmap, base_url=site_url(request)))


@router.get(
    "/roadmaps/generate",
    response={404: ErrorOut},
    tags=["generated roadmaps"],
    summary="Not a roadmap: `generate` is the route above (POST)",
    description="A GET here is the roadmap slug `generate`, which no roadmap has: 404, as `/roadmaps/{slug}` says.",
)
def get_generate(request: HttpRequest) -> None:
    """The POST route takes this path before `/roadmaps/{slug}` sees it, so without this a GET was a 405 where the
    schema promises a roadmap or a 404 for any slug (Schemathesis found it)."""
    raise NotFound("roadmap", "generate", [], hint='to generate a roadmap for a goal, POST {"goal": ...} here')


@router.get(
    "/roadmaps/generated/{roadmap_id}",
    response={200: GeneratedRoadmapOut, 404: ErrorOut},
    tags=["generated roadmaps"],
    summary="A generated roadmap again, by its id",
)
def get_generated(request: HttpRequest, roadmap_id: str) -> GeneratedRoadmapOut:
    return generated_out(generated_get(roadmap_id=roadmap_id), base_url=site_url(request))


@router.get(
    "/requests",
    response={200: list[DemandOut], 401: ErrorOut, 403: ErrorOut},
    auth=TokenAuth(),
    tags=["generated roadmaps"],
    summary="Goals learners asked a roadmap for that nothing matched (staff only)",
    description="Most asked first. Needs the personal token of a staff account.",
)
def list_requests(request: HttpRequest) -> list[DemandOut]:
    if not getattr(request.auth, "is_staff", False):  # type: ignore[attr-defined]  # set by ninja
        raise NotAllowed("only staff can read the requested roadmaps", hint="log in with a staff account's token")
    return demand_list()
