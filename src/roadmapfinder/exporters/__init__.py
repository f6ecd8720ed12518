"""Exporters: a roadmap or a personal plan as an SVG diagram, Markdown, or PDF; a plan also as a calendar.

One narrow interface: build a `Document` (`document_from_roadmap`, or `plan_document.document_from_plan` from the
planning core's `Plan`), then `export(document, "svg" | "md" | "pdf")`
returns the bytes with their media type and file extension. The web views and the CLI call exactly this, so a
file saved from the command line equals the one the site serves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from roadmapfinder.errors import InvalidInput
from roadmapfinder.exporters.diagram import render_svg
from roadmapfinder.exporters.document import Document, Status, document_from_roadmap
from roadmapfinder.exporters.markdown import render_markdown
from roadmapfinder.exporters.pdf import render_pdf


@dataclass(frozen=True)
class Export:
    """An exported file: its bytes, media type and usual extension."""

    content: bytes
    media_type: str
    extension: str


@dataclass(frozen=True)
class _Format:
    media_type: str
    render: Callable[[Document], bytes]


FORMATS: dict[str, _Format] = {
    "svg": _Format("image/svg+xml; charset=utf-8", lambda d: render_svg(d, standalone=True).encode()),
    "md": _Format("text/markdown; charset=utf-8", lambda d: render_markdown(d).encode()),
    "pdf": _Format("application/pdf", render_pdf),
}


def export(document: Document, fmt: str) -> Export:
    """The document in one format; `InvalidInput` naming the formats for any other."""
    try:
        chosen = FORMATS[fmt]
    except KeyError:
        raise InvalidInput(f"unknown export format `{fmt}`", hint=f"use one of: {', '.join(FORMATS)}") from None
    return Export(chosen.render(document), chosen.media_type, fmt)


__all__ = ["FORMATS", "Document", "Export", "Status", "document_from_roadmap", "export", "render_svg"]
