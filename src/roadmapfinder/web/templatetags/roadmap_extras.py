"""Template tags of the roadmap page: the inline diagram (and its stylesheet) and the schema.org JSON-LD, from the
exporters."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django import template
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.estimate import weeks_said
from roadmapfinder.catalog.shapes import RoadmapDetail, by_reason, roadmap_detail, stack_label
from roadmapfinder.errors import RoadmapFinderError
from roadmapfinder.exporters import document_from_roadmap, render_svg
from roadmapfinder.exporters.diagram import STYLESHEET, describe
from roadmapfinder.exporters.document import Status
from roadmapfinder.exporters.structured_data import course_json_ld
from roadmapfinder.progress.tracks import roadmap_track_of
from roadmapfinder.site_url import site_url
from roadmapfinder.tracking.slots import filler, request_is_skeleton, slot
from roadmapfinder.tracking.trackers import reader_progress
from roadmapfinder.web.selectors import error_hint, plain_error
from roadmapfinder.web.seo import json_ld_script

register = template.Library()

#: Diagrams kept per process, by roadmap, pace and the reader's marks on it (about 40 KB each): readers at the same
#: point share one, and a learner's page does not redraw it on every visit.
DIAGRAMS_KEPT = 64


@dataclass(frozen=True)
class DiagramView:
    svg: SafeString
    description: str


@register.simple_tag(takes_context=True)
def roadmap_diagram(
    context: dict[str, Any],
    roadmap: RoadmapDetail,
    hours: float | None = None,
    progress: Mapping[str, Status] | None = None,
) -> DiagramView:
    """The overview diagram, inline and coloured by the page's scheme, with its description in words.

    Use as `{% roadmap_diagram roadmap hours progress as diagram %}`; `progress` marks topics done, in progress
    or skipped. The SVG escapes every text it draws. In a personal page's shared skeleton the drawing is a slot
    (marks change the layout: a mark widens a node's text), filled per reader from their statuses.
    """
    document = document_from_roadmap(roadmap, hours_per_week=hours)
    description = describe(document)  # the same words whatever the marks: phases, levels and weeks
    if request_is_skeleton(context.get("request")):
        return DiagramView(slot("diagram", roadmap.slug, "" if hours is None else repr(hours)), description)
    marks = _marks_on(roadmap.slug, progress or {})
    return DiagramView(_diagram_svg(default_catalog().content_hash, roadmap.slug, hours, marks), description)


def _marks_on(slug: str, progress: Mapping[str, Status]) -> tuple[tuple[str, Status], ...]:
    """The statuses of the roadmap's own topics, in a stable order: the diagram's cache key."""
    on_roadmap = set(roadmap_track_of(default_catalog(), slug).topic_ids)
    return tuple(sorted((t, s) for t, s in progress.items() if t in on_roadmap))


@functools.lru_cache(maxsize=DIAGRAMS_KEPT)
def _diagram_svg(content: str, slug: str, hours: float | None, marks: tuple[tuple[str, Status], ...]) -> SafeString:
    """The inline SVG of a roadmap with these marks (only the roadmap's own topics count: see `_marks_on`)."""
    catalog = default_catalog()
    detail = roadmap_detail(catalog, catalog.roadmap(slug))
    document = document_from_roadmap(detail, hours_per_week=hours, progress=dict(marks))
    return mark_safe(render_svg(document, standalone=False))


@filler("diagram")
def _diagram_slot(request: HttpRequest, args: list[str]) -> str:
    slug, hours = args[0], float(args[1]) if args[1] else None
    marks = _marks_on(slug, reader_progress(request))
    return _diagram_svg(default_catalog().content_hash, slug, hours, marks)


@register.simple_tag
def diagram_stylesheet() -> str:
    """The URL of the inline diagram's stylesheet: the exporters' own rules, served as a static file."""
    return static(STYLESHEET)


@register.simple_tag(takes_context=True)
def roadmap_json_ld(context: dict[str, Any], roadmap: RoadmapDetail) -> SafeString:
    """The roadmap as a schema.org Course, escaped for a `<script type="application/ld+json">`."""
    origin = site_url(context["request"])
    document = document_from_roadmap(roadmap, base_url=origin)
    return mark_safe(json_ld_script(course_json_ld(document, site_url=origin)))


@register.filter
def minus(value: int, other: int) -> int:
    """`{{ items|length|minus:shown }}`: how many a folded list keeps back ("and 12 more")."""
    return int(value) - int(other)


@register.filter(name="stack_label")
def stack_label_filter(stack: str) -> str:
    """A stack key as people write it: `{{ "csharp"|stack_label }}` is C#."""
    return stack_label(stack)


@register.filter
def or_list(names: list[str]) -> str:
    """Names as a phrase: "a", "a or b", "a, b or c" (each in curly quotes)."""
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1] if quoted else ""


@register.filter(name="weeks")
def weeks(span: object) -> str:
    """`{{ roadmap.estimated_weeks|weeks }}`: "4–6 weeks", or "4 weeks" when both ends agree (catalog/estimate.py)."""
    return weeks_said(span)  # type: ignore[arg-type]  # a WeekRange or the API's Weeks: both have min and max


@register.filter(name="by_reason")
def by_reason_filter(items: Sequence[Any]) -> list[tuple[str, list[Any]]]:
    """`{% for reason, items in plan.skipped|by_reason %}`: topics left out, a shared reason said once."""
    return by_reason(items)


@register.filter(name="plain_error")
def plain_error_filter(text: str) -> SafeString:
    """`{{ error.hint|plain_error }}`: the message in the website's words, suggestions as links."""
    return plain_error(text)


@register.filter(name="error_hint")
def error_hint_filter(error: RoadmapFinderError) -> SafeString:
    """`{{ error|error_hint }}`: the error's hint in the website's words, its "did you mean" as links."""
    return error_hint(error)


@register.filter(name="sentence", is_safe=True)
def sentence_filter(text: str) -> str:
    """`{{ error.hint|plain_error|sentence }}`: a message as a sentence, its first letter capital and a full stop at
    its end unless it ends as a question does ("Did you mean Backend Developer?", never "…Developer?.")."""
    said = str(text)
    ended = said[:1].upper() + said[1:]
    ended = ended if ended.rstrip().endswith(("?", "!", ".")) else ended + "."
    return mark_safe(ended) if isinstance(text, SafeString) else ended  # what was safe stays safe, no more


@register.filter
def inline_code(text: str) -> SafeString:
    """Text with `backticked` words as <code>, everything escaped first (API descriptions use Markdown's ticks)."""
    return mark_safe(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))  # escaped before marking
