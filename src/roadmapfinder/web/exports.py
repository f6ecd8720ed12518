"""Roadmap downloads: `/roadmaps/<slug>.svg`, `.md` and `.pdf`, made by the domain's exporters, with the reader's
progress marked when they track it.

Each view parses the slug (and `?hours=`), builds the document and calls `exporters.export` once; the command
line's `show --svg/--md/--pdf` calls the same function, so both give the same file.
"""

from __future__ import annotations

import base64
import hashlib

from csp.decorators import csp_replace
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.catalog.shapes import roadmap_detail
from roadmapfinder.exporters import document_from_roadmap, export
from roadmapfinder.exporters.diagram import standalone_css
from roadmapfinder.site_url import site_url
from roadmapfinder.tracking.trackers import reader_progress

#: The SVG file styles itself with one `<style>` element (it must stand alone when saved). Opened in the browser,
#: it is a document under the site's policy: allow exactly that style by its hash, nothing inline besides.
_SVG_STYLE_HASH = base64.b64encode(hashlib.sha256(standalone_css().encode()).digest()).decode()


@require_safe
@csp_replace({"style-src": [f"'sha256-{_SVG_STYLE_HASH}'"]})  # type: ignore[arg-type]  # typed for request-only views
def roadmap_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The roadmap as a file; Markdown and PDF download, the SVG shows in the browser."""
    catalog = default_catalog()
    detail = roadmap_detail(catalog, catalog.roadmap(slug))
    hours = parse_hours_per_week(request.GET.get("hours"))
    progress = reader_progress(request)  # a learner's download ticks what they finished (never shared-cached)
    document = document_from_roadmap(detail, base_url=site_url(request), hours_per_week=hours, progress=progress)
    exported = export(document, fmt)
    response = HttpResponse(exported.content, content_type=exported.media_type)
    disposition = "inline" if fmt == "svg" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{slug}-roadmap.{exported.extension}"'
    return response
