"""Read helpers for the templates: turn domain lookups into what a page shows (names and links)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.suggest import closest
from roadmapfinder.errors import NotFound, RoadmapFinderError
from roadmapfinder.hints import NAME_IN_A_SENTENCE, UNKNOWN_NAME


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
    UNKNOWN_NAME: "pick roadmaps from the categories above or write a topic's name; for a goal in your own words, the "
    "roadmap generator builds what comes closest",
    NAME_IN_A_SENTENCE: "name each roadmap or topic alone; put the "
    "date in “Finish by”, the hours in “Hours a week” and what you know in “What you already know”, or let the "
    "roadmap generator read the whole sentence",
}
_QUOTED = re.compile(r"`([^`]*)`")


def plain_error(text: str) -> SafeString:
    """A domain error message or hint for a web page: quotes instead of command-line backticks, and the website's
    way instead of a `roadmapfinder` command. An error's own hint goes through `error_hint`, which links its
    suggestions."""
    return _quoted(WEB_HINTS.get(text, text))


def error_hint(error: RoadmapFinderError) -> SafeString:
    """An error's hint for a web page (`plain_error`), its "did you mean" with each suggestion as a link to its page
    titled as the page is: the hint names them for people (`Catalog.did_you_mean`), the links come from the keys the
    error keeps in `suggestions`."""
    suggestions: list[str] = getattr(error, "suggestions", [])
    kind: str = getattr(error, "kind", "")
    if suggestions and error.hint == default_catalog().did_you_mean(suggestions, kind):
        links = ((_link_for(key, kind),) for key in suggestions)
        return format_html("did you mean {}?", format_html_join(" or ", "{}", links))
    return plain_error(error.hint)


def _quoted(text: str) -> SafeString:
    return mark_safe(_QUOTED.sub(lambda m: f"“{m.group(1)}”", str(escape(text))))  # escaped first


def _link_for(key: str, kind: str) -> SafeString:
    """A suggested slug or topic id as a link titled with its name; anything else (a project) by its name, quoted."""
    catalog = default_catalog()
    if kind in ("roadmap", "roadmap or topic") and catalog.has_roadmap(key):
        return format_html('<a href="{}">{}</a>', reverse("roadmap", args=[key]), catalog.roadmap(key).title)
    if kind in ("topic", "roadmap or topic") and catalog.has_topic(key):
        return format_html('<a href="{}">{}</a>', reverse("topic", args=[key]), catalog.topic(key).name)
    return format_html("{}", catalog.named(key, kind or None))
