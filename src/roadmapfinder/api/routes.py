"""API routes. Response schemas are the domain's read models, so the CLI's `--json` prints the same shapes."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import ValidationError as NinjaValidationError

from roadmapfinder import __version__
from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import Category
from roadmapfinder.catalog.shapes import (
    RoadmapDetail,
    RoadmapSummary,
    TopicDetail,
    roadmap_detail,
    roadmap_summary,
    topic_detail,
)
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.web.api_docs import SiteDocs
from roadmapfinder.web.services import NotAllowed

api = NinjaAPI(
    title="RoadmapFinder API",
    version="1",
    description="Learning roadmaps for tech skills: the catalog, roadmaps phase by phase, and shared topics.",
    urls_namespace="api",
    docs=SiteDocs(),  # the reference inside the site's frame; Swagger UI at /api/v1/docs/swagger
)


class HealthOut(Schema):
    status: str
    version: str
    roadmaps: int
    topics: int
    content_hash: str


@api.exception_handler(NotFound)
def _not_found(request: HttpRequest, error: NotFound) -> HttpResponse:
    body = ErrorOut(detail=error.message, hint=error.hint, suggestions=error.suggestions)
    return api.create_response(request, body.model_dump(), status=404)


@api.exception_handler(InvalidInput)
def _invalid(request: HttpRequest, error: InvalidInput) -> HttpResponse:
    return api.create_response(request, ErrorOut(detail=error.message, hint=error.hint).model_dump(), status=400)


@api.exception_handler(NotAllowed)
def _not_allowed(request: HttpRequest, error: NotAllowed) -> HttpResponse:
    return api.create_response(request, ErrorOut(detail=error.message, hint=error.hint).model_dump(), status=403)


@api.exception_handler(NinjaValidationError)
def _validation(request: HttpRequest, error: NinjaValidationError) -> HttpResponse:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'path', 'body'))}: {e.get('msg')}"
        for e in error.errors
    )
    body = ErrorOut(detail=f"invalid request: {problems}", hint="see /api/v1/docs for the expected parameters")
    return api.create_response(request, body.model_dump(), status=422)


@api.get("/healthz", response=HealthOut, tags=["meta"], summary="Liveness and content version")
def healthz(request: HttpRequest) -> HealthOut:
    catalog = default_catalog()
    return HealthOut(
        status="ok",
        version=__version__,
        roadmaps=len(catalog.roadmaps),
        topics=len(catalog.topics),
        content_hash=catalog.content_hash,
    )


@api.get(
    "/roadmaps",
    response={200: list[RoadmapSummary], 400: ErrorOut},
    tags=["roadmaps"],
    summary="List roadmaps, optionally of one category",
)
def list_roadmaps(request: HttpRequest, category: Category | None = None) -> list[RoadmapSummary]:
    catalog = default_catalog()
    return [roadmap_summary(catalog, r) for r in catalog.roadmaps_in(category)]


@api.get(
    "/roadmaps/{slug}",
    response={200: RoadmapDetail, 404: ErrorOut},
    tags=["roadmaps"],
    summary="One roadmap with every phase, topic and project",
)
def get_roadmap(request: HttpRequest, slug: str) -> RoadmapDetail:
    catalog = default_catalog()
    return roadmap_detail(catalog, catalog.roadmap(slug))


@api.get(
    "/topics/{topic_id}",
    response={200: TopicDetail, 404: ErrorOut},
    tags=["topics"],
    summary="One topic with key points, resources, prerequisites and where it is taught",
)
def get_topic(request: HttpRequest, topic_id: str) -> TopicDetail:
    catalog = default_catalog()
    return topic_detail(catalog, catalog.topic(topic_id))


# Feature routers live in their own modules and reuse ErrorOut and the handlers above (imported last for that).
from roadmapfinder.api.search import router as search_router  # noqa: E402

api.add_router("", search_router)

from roadmapfinder.api.plans import router as plans_router  # noqa: E402

api.add_router("", plans_router)

from roadmapfinder.api.progress import router as progress_router  # noqa: E402

api.add_router("", progress_router)
