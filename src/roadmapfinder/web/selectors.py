"""Read helpers for the templates: turn domain lookups into what a page shows (names and links)."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.suggest import closest
from roadmapfinder.errors import NotFound


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    kind: str


def suggestion_links(error: NotFound) -> list[Link]:
    """The suggestions of a `NotFound` as titled links to their pages (a project's, on its roadmap's page; kinds
    without a page of their own, such as plans, get none)."""
    catalog = default_catalog()
    if error.kind == "roadmap":
        return [Link(catalog.roadmap(s).title, reverse("roadmap", args=[s]), "roadmap") for s in error.suggestions]
    if error.kind == "topic":
        return [Link(catalog.topic(t).name, reverse("topic", args=[t]), "topic") for t in error.suggestions]
    if error.kind == "project":
        links = []
        for key in error.suggestions:
            slug = key.partition("/")[0]
            if any(r.slug == slug for r in catalog.roadmaps):
                links.append(Link(f"{key} ({catalog.roadmap(slug).title})", reverse("roadmap", args=[slug]), "project"))
        return links
    return []


def path_suggestions(path: str) -> list[Link]:
    """For an unknown URL, roadmaps and topics whose names resemble its last segment."""
    catalog = default_catalog()
    segment = path.rstrip("/").rsplit("/", 1)[-1]
    if not segment:
        return []
    roadmaps = closest(segment, {r.slug: (r.title, *r.aliases) for r in catalog.roadmaps}, limit=3)
    topics = closest(segment, {t.id: (t.name, *t.aliases) for t in catalog.topics}, limit=3)
    return [Link(catalog.roadmap(s).title, reverse("roadmap", args=[s]), "roadmap") for s in roadmaps] + [
        Link(catalog.topic(t).name, reverse("topic", args=[t]), "topic") for t in topics
    ]
