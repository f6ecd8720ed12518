"""The site's public origin for absolute links (canonical URLs, the sitemap, links inside exported files).

It is `SITE_URL` when configured (behind a proxy or a CDN the request's host may not be the public one), else the
request's own scheme and host. The pages and the API both call it, so it lives beside them, not in either.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def site_url(request: HttpRequest) -> str:
    """The site's public origin, without a trailing slash."""
    configured: str = settings.SITE_URL  # from the configuration (SITE_URL), read once
    return configured or f"{request.scheme}://{request.get_host()}"
