"""The API application: one NinjaAPI under /api/v1/, the domain errors translated once, and the feature routers.

Response schemas are the domain's read models, so the CLI's `--json` prints the same shapes. Each feature keeps its
routes in a router module of its own; they share `ErrorOut` (api/errors.py) and the handlers below.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError

from roadmapfinder.api.catalog import router as catalog_router
from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.api.generated import router as generated_router
from roadmapfinder.api.health import router as health_router
from roadmapfinder.api.plans import router as plans_router
from roadmapfinder.api.progress import router as progress_router
from roadmapfinder.api.search import router as search_router
from roadmapfinder.errors import InvalidInput, NotAllowed, NotFound

api = NinjaAPI(
    title="RoadmapFinder API",
    version="1",
    description="Learning roadmaps for tech skills: the catalog, roadmaps phase by phase, and shared topics.",
    urls_namespace="api",
)


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


api.add_router("", health_router)
api.add_router("", generated_router)  # before the catalog: /roadmaps/{slug} would take /roadmaps/generate
api.add_router("", catalog_router)
api.add_router("", search_router)
api.add_router("", plans_router)
api.add_router("", progress_router)
