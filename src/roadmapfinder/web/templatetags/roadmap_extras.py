"""Template tags of the roadmap page: the inline diagram (and its stylesheet) and the schema.org JSON-LD, from the
exporters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django import template
from django.templatetags.static import static
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.catalog.shapes import RoadmapDetail, stack_label
from roadmapfinder.exporters import document_from_roadmap, render_svg
from roadmapfinder.exporters.diagram import STYLESHEET, describe
from roadmapfinder.exporters.document import Status
from roadmapfinder.exporters.structured_data import course_json_ld
from roadmapfinder.site_url import site_url
from roadmapfinder.web.selectors import plain_error
from roadmapfinder.web.seo import json_ld_script

register = template.Library()


@dataclass(frozen=True)
class DiagramView:
    svg: SafeString
    description: str


@register.simple_tag
def roadmap_diagram(
    roadmap: RoadmapDetail, hours: float | None = None, progress: Mapping[str, Status] | None = None
) -> DiagramView:
    """The overview diagram, inline and coloured by the page's scheme, with its description in words.

    Use as `{% roadmap_diagram roadmap hours progress as diagram %}`; `progress` marks topics done, in progress
    or skipped. The SVG escapes every text it draws.
    """
    document = document_from_roadmap(roadmap, hours_per_week=hours, progress=progress)
    return DiagramView(mark_safe(render_svg(document, standalone=False)), describe(document))


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


@register.filter(name="plain_error")
def plain_error_filter(text: str) -> SafeString:
    """`{{ error.hint|plain_error }}`: the message in the website's words, suggestions as links."""
    return plain_error(text)


@register.filter
def inline_code(text: str) -> SafeString:
    """Text with `backticked` words as <code>, everything escaped first (API descriptions use Markdown's ticks)."""
    return mark_safe(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))  # escaped before marking
