"""The API application: one NinjaAPI under /api/v1/, the domain errors translated once, and the feature routers.

Response schemas are the domain's read models, so the CLI's `--json` prints the same shapes. Each feature keeps its
routes in a router module of its own; they share `ErrorOut` (api/errors.py) and the handlers below.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from roadmapfinder.api.catalog import router as catalog_router
from roadmapfinder.api.checks import router as checks_router
from roadmapfinder.api.docs import SiteDocs
from roadmapfinder.api.errors import ChoiceOut, ErrorOut, ReadingOut
from roadmapfinder.api.estimates import router as estimates_router
from roadmapfinder.api.generated import router as generated_router
from roadmapfinder.api.health import router as health_router
from roadmapfinder.api.openapi import DocumentedAPI
from roadmapfinder.api.plans import router as plans_router
from roadmapfinder.api.progress import router as progress_router
from roadmapfinder.api.search import router as search_router
from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import InvalidInput, NotAllowed, NotFound, SharedNames, UnknownNames
from roadmapfinder.hints import api_hint
from roadmapfinder.understanding.choices import goal_choices

api = DocumentedAPI(
    title="RoadmapFinder API",
    version="1",
    description="Learning roadmaps for tech skills: the catalog, roadmaps phase by phase, and shared topics.",
    urls_namespace="api",
    docs=SiteDocs(),  # the reference inside the site's frame (api/docs.py); Swagger UI at /api/v1/docs/swagger
)


@api.exception_handler(NotFound)
def _not_found(request: HttpRequest, error: NotFound) -> HttpResponse:
    # a goal that leaves a choice lists each roadmap by name with the goal asking for it (understanding/choices.py)
    choices = [ChoiceOut(**vars(c)) for c in goal_choices(default_catalog(), error)]
    readings = [ReadingOut(**vars(r)) for r in error.readings]  # each with its Undo: `plain`
    body = ErrorOut(
        detail=error.message,
        hint=api_hint(error.hint),
        suggestions=error.suggestions,
        choices=choices,
        readings=readings,
    )
    return api.create_response(request, body.model_dump(), status=404)


@api.exception_handler(InvalidInput)
def _invalid(request: HttpRequest, error: InvalidInput) -> HttpResponse:
    suggestions = error.suggestions if isinstance(error, UnknownNames) else []  # a field's names: the closest keys
    choices = [ChoiceOut(**vars(c)) for c in error.choices] if isinstance(error, SharedNames) else []
    body = ErrorOut(detail=error.message, hint=api_hint(error.hint), suggestions=suggestions, choices=choices)
    return api.create_response(request, body.model_dump(), status=400)


@api.exception_handler(NotAllowed)
def _not_allowed(request: HttpRequest, error: NotAllowed) -> HttpResponse:
    return api.create_response(
        request, ErrorOut(detail=error.message, hint=api_hint(error.hint)).model_dump(), status=403
    )


@api.exception_handler(NinjaValidationError)
def _validation(request: HttpRequest, error: NinjaValidationError) -> HttpResponse:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'path', 'body'))}: {e.get('msg')}"
        for e in error.errors
    )
    body = ErrorOut(detail=f"invalid request: {problems}", hint="see /api/v1/docs for the expected parameters")
    return api.create_response(request, body.model_dump(), status=422)


#: Hints for the refusals ninja raises itself, so every error has the same shape and says how to recover.
_HINTS = {
    401: "send a personal token (Authorization: Bearer rf_...) or sign in",
    403: "send the csrftoken cookie's value in the X-CSRFToken header",
    429: "wait a minute and try again",
}


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
    body = ErrorOut(detail=str(error.message), hint=_HINTS.get(error.status_code, ""))
    response = api.create_response(request, body.model_dump(), status=error.status_code)
    if error.status_code == 429:
        response["Retry-After"] = "60"
    return response


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
    body = ErrorOut(detail="not signed in: this route needs a personal token or a session", hint=_HINTS[401])
    return api.create_response(request, body.model_dump(), status=401)


api.add_router("", health_router)
api.add_router("", generated_router)  # before the catalog: /roadmaps/{slug} would take /roadmaps/generate
api.add_router("", catalog_router)
api.add_router("", search_router)
api.add_router("", plans_router)
api.add_router("", progress_router)
api.add_router("", checks_router)
api.add_router("", estimates_router)
