"""Read helpers for the templates: turn domain lookups into what a page shows (names and links)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

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
        links = [Link(catalog.roadmap(s).title, reverse("roadmap", args=[s]), "roadmap") for s in error.suggestions]
        if catalog.has_topic(error.key):  # a topic's id asked for as a roadmap (/roadmaps/http): its page first
            links.insert(0, Link(catalog.topic(error.key).name, reverse("topic", args=[error.key]), "topic"))
        return links
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


#: The site's own pages by URL name, with the words people type for them (`/signup`, `/register`, `/docs`).
SITE_PAGES = {
    "signup": ("Sign up", "signup", "register", "join", "create account"),
    "login": ("Log in", "login", "signin", "sign in"),
    "generate": ("Generate a plan", "generate", "plan", "planner"),
    "finder": ("Roadmap finder", "finder", "quiz", "find"),
    "search": ("Search", "search"),
    "dashboard": ("My progress", "me", "dashboard", "progress", "profile"),
    "api:openapi-view": ("API documentation", "api", "docs", "swagger", "openapi"),
}


def path_suggestions(path: str) -> list[Link]:
    """For an unknown URL, the site's pages, roadmaps and topics whose names resemble its last segment."""
    catalog = default_catalog()
    segment = path.rstrip("/").rsplit("/", 1)[-1]
    if not segment:
        return []
    pages = closest(segment, SITE_PAGES, limit=2)
    roadmaps = catalog.roadmap_names().closest(segment, limit=3)
    topics = catalog.topic_names().closest(segment, limit=3)
    return (
        [Link(SITE_PAGES[p][0], reverse(p), "page") for p in pages]
        + [Link(catalog.roadmap(s).title, reverse("roadmap", args=[s]), "roadmap") for s in roadmaps]
        + [Link(catalog.topic(t).name, reverse("topic", args=[t]), "topic") for t in topics]
    )


#: Hints the domain writes for the command line, and what they mean on the website.
WEB_HINTS = {
    "list them with `roadmapfinder list`": "browse the roadmaps on the home page",
    "use a roadmap slug or topic id as listed by `roadmapfinder list` and `roadmapfinder topic`": (
        "write a roadmap or topic as the site names it, or pick one of the suggestions"
    ),
    "name each finished roadmap by its title, as `roadmapfinder list` shows it": (
        "name each finished roadmap by its title, as the catalog on the home page shows it"
    ),
    "choose from `roadmapfinder list` and `roadmapfinder search`; `roadmapfinder generate GOAL` says what comes "
    "closest": "pick roadmaps from the categories above or write a topic's name; for a goal in your own words, the "
    "roadmap generator builds what comes closest",
}
_MEAN = re.compile(r"did you mean:? ([^?]+)\?")
_QUOTED = re.compile(r"`([^`]*)`")


def plain_error(text: str) -> SafeString:
    """A domain error message or hint for a web page: quotes instead of command-line backticks, the website's
    way instead of a `roadmapfinder` command, and every "did you mean" suggestion as a link to its page."""
    text = WEB_HINTS.get(text, text)
    parts: list[SafeString] = []
    last = 0
    for match in _MEAN.finditer(text):
        parts.append(_quoted(text[last : match.start()]))
        links = [_link_for(key.strip()) for key in match.group(1).split(",")]
        parts.append(format_html("did you mean {}?", format_html_join(" or ", "{}", ((link,) for link in links))))
        last = match.end()
    parts.append(_quoted(text[last:]))
    return mark_safe("".join(parts))  # every part is escaped above


def _quoted(text: str) -> SafeString:
    return mark_safe(_QUOTED.sub(lambda m: f"“{m.group(1)}”", str(escape(text))))  # escaped first


def _link_for(key: str) -> SafeString:
    """A suggested slug or topic id as a link titled with its name; anything else as quoted text."""
    catalog = default_catalog()
    if any(r.slug == key for r in catalog.roadmaps):
        return format_html('<a href="{}">{}</a>', reverse("roadmap", args=[key]), catalog.roadmap(key).title)
    if catalog.has_topic(key):
        return format_html('<a href="{}">{}</a>', reverse("topic", args=[key]), catalog.topic(key).name)
    return format_html("“{}”", key)
