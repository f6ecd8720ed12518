"""Page views: parse the request, call the domain core, render a template. Nothing else lives here."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.catalog import parse_category
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, WeekRange
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.catalog.shapes import PhaseOut, Weeks, roadmap_detail, roadmap_summary, topic_detail
from roadmapfinder.web.boundary import error_response, is_api
from roadmapfinder.web.selectors import path_suggestions


@dataclass(frozen=True)
class PhaseView:
    """A phase as the roadmap page shows it, with its estimate at the reader's pace and its neighbours."""

    phase: PhaseOut
    weeks: WeekRange
    previous: PhaseOut | None
    next: PhaseOut | None


def _at_pace(weeks: Weeks, hours: float | None) -> WeekRange:
    stated = WeekRange(min=weeks.min, max=weeks.max)
    return stated.at_pace(hours) if hours else stated


def home(request: HttpRequest) -> HttpResponse:
    """The catalog grouped by category, filtered by the search box's words when given."""
    catalog = default_catalog()
    query = request.GET.get("q", "").strip()[:200]
    category = request.GET.get("category", "").strip()
    wanted = parse_category(category) if category else None
    shown = set(catalog.matching(query, wanted)) if (query or wanted) else set(catalog.roadmaps)
    groups = [
        (c, [roadmap_summary(catalog, r) for r in roadmaps if r in shown]) for c, roadmaps in catalog.by_category()
    ]
    context = {
        "query": query,
        "category": wanted,
        "groups": [(c, items) for c, items in groups if items],
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
            weeks=_at_pace(p.estimated_weeks, hours),
            previous=phases[i - 1] if i > 0 else None,
            next=phases[i + 1] if i + 1 < len(phases) else None,
        )
        for i, p in enumerate(phases)
    ]
    prerequisites = [catalog.roadmap(s) for s in detail.prerequisite_roadmaps]
    context = {
        "roadmap": detail,
        "phases": views,
        "total_weeks": _at_pace(detail.estimated_weeks, hours),
        "hours": hours,
        "pace": hours or REFERENCE_HOURS_PER_WEEK,
        "prerequisites": prerequisites,
    }
    return render(request, "roadmapfinder/roadmap.html", context)


def topic(request: HttpRequest, topic_id: str) -> HttpResponse:
    """A topic: what to learn, resources grouped by kind, prerequisites, and where it is taught."""
    catalog = default_catalog()
    detail = topic_detail(catalog, catalog.topic(topic_id))
    by_kind: dict[str, list[object]] = {}
    for resource in detail.resources:
        by_kind.setdefault(resource.kind, []).append(resource)
    return render(request, "roadmapfinder/topic.html", {"topic": detail, "resources_by_kind": by_kind})


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Any unknown URL: a 404 that still points somewhere useful (JSON under /api/)."""
    if is_api(request):
        return error_response(request, 404, f"no API route {request.path}", "see /api/v1/docs for the routes")
    context = {"error": None, "suggestions": path_suggestions(request.path)}
    return render(request, "roadmapfinder/404.html", context, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """A calm 500 page without any detail of the failure (JSON under /api/)."""
    if is_api(request):
        return error_response(request, 500, "the server failed to answer", "try again later; it has been logged")
    return render(request, "roadmapfinder/500.html", status=500)


__all__ = ["home", "page_not_found", "roadmap", "server_error", "topic"]
