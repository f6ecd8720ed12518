"""Page views: parse the request, call the domain core, render a template. Nothing else lives here."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.catalog import parse_category, parse_kind
from roadmapfinder.catalog.estimate import weeks_said
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, RoadmapKind
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.catalog.shapes import (
    PhaseOut,
    also_called,
    roadmap_detail,
    roadmap_summary,
    topic_detail,
    topic_place,
)
from roadmapfinder.errors import NotFound
from roadmapfinder.web.boundary import error_response, is_api
from roadmapfinder.web.selectors import path_suggestions


@dataclass(frozen=True)
class PhaseView:
    """A phase as the roadmap page shows it, with its estimate at the reader's pace and its neighbours."""

    phase: PhaseOut
    time: str  # its estimate at the reader's pace in words: "2–3 weeks", "4–5 days" (estimate.weeks_said)
    previous: PhaseOut | None
    next: PhaseOut | None


def home(request: HttpRequest) -> HttpResponse:
    """The catalog: roles in software first ("start here"), then roles beyond code, then skills and tools by
    category; filtered by the search box's words, a category or a kind when given."""
    catalog = default_catalog()
    query = request.GET.get("q", "").strip()[:200]
    category = request.GET.get("category", "").strip()
    kind = request.GET.get("kind", "").strip()
    wanted = parse_category(category) if category else None
    wanted_kind = parse_kind(kind) if kind else None
    shown = set(catalog.matching(query, wanted)) if (query or wanted) else set(catalog.roadmaps)
    if wanted_kind is not None:
        shown &= set(catalog.roadmaps_in(None, wanted_kind))
    groups = [
        (c, [roadmap_summary(catalog, r) for r in roadmaps if r in shown]) for c, roadmaps in catalog.by_category()
    ]
    # Job roles lead ("start here"), in category order so Backend and Frontend come before the rest; roles beyond
    # code (design, product, management, writing) next; then every skill and tool under its category.
    in_order = [s for _, items in groups for s in items]
    context = {
        "query": query,
        "category": wanted,
        "kind": wanted_kind,
        "filtered": bool(query or wanted or wanted_kind),
        "roles": [s for s in in_order if s.kind is RoadmapKind.ROLE],
        "beyond_code": [s for s in in_order if s.kind is RoadmapKind.NON_CODING_ROLE],
        "groups": [(c, skills) for c, items in groups if (skills := [s for s in items if not s.role])],
        "all_categories": [(c, len(rs)) for c, rs in catalog.by_category()],
        "total": len(catalog.roadmaps),
        "shown": len(shown),
        "topic_count": len(catalog.topics),
    }
    template = "roadmapfinder/_catalog.html" if request.headers.get("HX-Request") else "roadmapfinder/home.html"
    return render(request, template, context)


def roadmap(request: HttpRequest, slug: str) -> HttpResponse:
    """A roadmap phase by phase, with estimates at the reader's own pace (`?hours=`)."""
    catalog = default_catalog()
    detail = roadmap_detail(catalog, catalog.roadmap(slug))
    hours = parse_hours_per_week(request.GET.get("hours"))
    phases = detail.phases
    views = [
        PhaseView(
            phase=p,
            time=weeks_said(p.estimated_weeks, at=hours),
            previous=phases[i - 1] if i > 0 else None,
            next=phases[i + 1] if i + 1 < len(phases) else None,
        )
        for i, p in enumerate(phases)
    ]
    context = {
        "roadmap": detail,
        "phases": views,
        "total_time": weeks_said(detail.estimated_weeks, at=hours),
        "hours": hours,
        "pace": hours or REFERENCE_HOURS_PER_WEEK,
    }
    return render(request, "roadmapfinder/roadmap.html", context)


#: "Taught in" shows this many roadmaps before "and N more".
TAUGHT_IN_SHOWN = 4


def topic_context(request: HttpRequest, topic_id: str) -> dict[str, object]:
    """What the topic page and its side panel show: the topic, its resources by kind, and, with `?roadmap=`,
    its place in the roadmap the reader came from (breadcrumb, previous and next topic)."""
    catalog = default_catalog()
    topic = catalog.topic(topic_id)
    detail = topic_detail(catalog, topic)
    by_kind: dict[str, list[object]] = {}
    for resource in detail.resources:
        by_kind.setdefault(resource.kind, []).append(resource)
    wanted = request.GET.get("roadmap", "").strip()[:100]
    place, not_understood = None, ""
    if wanted:
        try:
            place = topic_place(catalog, catalog.roadmap(wanted), topic.id)
        except NotFound:
            not_understood = wanted
    # The roadmap the reader came from leads "Taught in"; the rest fold after the first few.
    uses = sorted(detail.used_in, key=lambda u: u.roadmap != (place.roadmap if place else ""))
    return {
        "topic": detail,
        "resources_by_kind": by_kind,
        "also_called": also_called(topic),
        "place": place,
        "roadmap_not_understood": not_understood,
        "uses_shown": uses[:TAUGHT_IN_SHOWN],
        "uses_folded": uses[TAUGHT_IN_SHOWN:],
    }


def topic(request: HttpRequest, topic_id: str) -> HttpResponse:
    """A topic: what to learn, resources grouped by kind, prerequisites, and where it is taught."""
    return render(request, "roadmapfinder/topic.html", topic_context(request, topic_id))


def topic_panel(request: HttpRequest, topic_id: str) -> HttpResponse:
    """The topic for the roadmap page's side panel (htmx): summary, key points, resources and the done control.

    The roadmap page's links still lead to the full topic page; `panel.js` fetches this instead when it can.
    """
    return render(request, "roadmapfinder/_topic_panel.html", topic_context(request, topic_id))


def favicon(request: HttpRequest) -> HttpResponse:
    """`/favicon.ico`, asked for by tools that read no `<link rel="icon">`: the site's icon."""
    return redirect(static("roadmapfinder/icons/icon-32.png"), permanent=False)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Any unknown URL: a 404 that still points somewhere useful (JSON under /api/)."""
    if is_api(request):
        return error_response(request, 404, f"no API route {request.path}", "see /api/v1/docs for the routes")
    segment = request.path.rstrip("/").rsplit("/", 1)[-1][:100]
    context = {"error": None, "suggestions": path_suggestions(request.path), "query": segment}
    return render(request, "roadmapfinder/404.html", context, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """A calm 500 page without any detail of the failure (JSON under /api/)."""
    if is_api(request):
        return error_response(request, 500, "the server failed to answer", "try again later; it has been logged")
    return render(request, "roadmapfinder/500.html", status=500)


__all__ = ["favicon", "home", "page_not_found", "roadmap", "server_error", "topic", "topic_panel"]
