"""One translation of domain errors into pages: unknown slugs get a 404 with suggestions, bad input a 400, and a
PDF asked while this worker's renderer is busy a 503 that says when to try again."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from roadmapfinder.errors import InvalidInput, NotAllowed, NotFound
from roadmapfinder.exporters.typesetter import RendererBusy
from roadmapfinder.web.selectors import suggestion_links


class DomainErrorMiddleware:
    """Render the domain's `NotFound` and `InvalidInput`, and a busy PDF renderer, as friendly pages with the right
    status."""

    def __init__(self, get_response: object) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response: HttpResponse = self.get_response(request)  # type: ignore[operator]
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, NotFound):
            return not_found_page(request, exception)
        if isinstance(exception, NotAllowed):
            context = {"message": exception.message, "error": exception}
            return render(request, "roadmapfinder/400.html", context, status=403)
        if isinstance(exception, InvalidInput):
            context = {"message": exception.message, "error": exception}
            return render(request, "roadmapfinder/400.html", context, status=400)
        if isinstance(exception, RendererBusy):
            return renderer_busy_page(request, exception)
        return None


def renderer_busy_page(request: HttpRequest, busy: RendererBusy) -> HttpResponse:
    """503 for a PDF asked while this worker's renderer is busy: when to try again, and a link that does."""
    seconds = busy.retry_after_seconds
    context = {"seconds": seconds, "again": request.get_full_path()}
    response = render(request, "roadmapfinder/503.html", context, status=503)
    response["Retry-After"] = str(seconds)
    return response


def not_found_page(request: HttpRequest, error: NotFound) -> HttpResponse:
    """The 404 page for an unknown roadmap or topic, offering the closest matches."""
    query = error.key if error.kind in ("roadmap", "topic") else ""  # a plan id is no search
    context = {"error": error, "suggestions": suggestion_links(error), "query": query}
    return render(request, "roadmapfinder/404.html", context, status=404)
