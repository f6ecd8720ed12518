"""Search engines and link previews: absolute site URLs, sitemap.xml, robots.txt and the head's meta tags.

The site's public address comes from the `SITE_URL` setting when it is set (behind a proxy or a CDN the request's
host may not be the public one), else from the request itself.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from roadmapfinder.catalog import default_catalog
from roadmapfinder.site_url import site_url

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def seo(request: HttpRequest) -> dict[str, Any]:
    """Context processor: the page's canonical URL (no query string) and the site's origin."""
    origin = site_url(request)
    return {"site_url": origin, "canonical_url": origin + request.path}


def json_ld_script(data: dict[str, Any]) -> str:
    """JSON for a `<script type="application/ld+json">`, with `<`, `>` and `&` escaped so it cannot close the tag."""
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)


@require_safe
def sitemap(request: HttpRequest) -> HttpResponse:
    """Every page worth indexing: the home page, each roadmap and each topic."""
    origin = site_url(request)
    catalog = default_catalog()
    paths = [reverse("home")]
    paths += [reverse("roadmap", args=[r.slug]) for r in catalog.roadmaps]
    paths += [reverse("topic", args=[t.id]) for t in catalog.topics]
    urls = "".join(f"<url><loc>{escape(origin + p)}</loc></url>" for p in paths)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    """Crawl everything but the admin and the API's interactive docs; point to the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/v1/docs",
        f"Sitemap: {site_url(request)}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
