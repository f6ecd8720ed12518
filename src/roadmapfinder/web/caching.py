"""Content pages and API answers, cached and revalidated: content changes only on deploy.

`ContentCacheMiddleware` sits first in the middleware stack. For GET and HEAD of the content routes by a visitor
without a session, it

- answers `304 Not Modified` when the request's `If-None-Match` carries the current ETag, before any view runs;
- otherwise serves the stored response, or lets the request through and stores a 200 that sets no cookie.

The key and the ETag both derive from the *build fingerprint*: the catalog's content hash, the package version
and the bytes of the templates and the static manifest. A deploy that changes content or code therefore changes
every key, so no stale page survives it, even in a Redis cache shared between processes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotModified
from django.utils.http import parse_etags

from roadmapfinder import __version__
from roadmapfinder.catalog import default_catalog

#: Path prefixes whose answers depend on nothing but the URL and the content (exact "/" for the home page).
CACHED_PREFIXES = ("/roadmaps/", "/topics/", "/api/v1/roadmaps", "/api/v1/topics", "/sitemap.xml", "/robots.txt")
#: Browsers may reuse a page this long before revalidating it with its ETag.
BROWSER_MAX_AGE = 300
#: Entries also expire, so a shared cache never keeps keys of an old build for long.
SERVER_TIMEOUT = 24 * 3600
#: Set per answer by this middleware, so never stored.
_OWN_HEADERS = {"etag", "cache-control", "set-cookie", "date"}


@cache
def _code_fingerprint() -> str:
    """Version, templates and static manifest: what besides content decides a page's bytes."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent.parent  # every app's templates (web, tracking...) can change a page
    for path in sorted(package.glob("*/templates/**/*.html")):
        digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:12]


def build_fingerprint() -> str:
    """The catalog's content hash with the code fingerprint: the version of every cached answer."""
    return f"{default_catalog().content_hash}-{_code_fingerprint()}"


def _cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False  # a signed-in reader may see a personal page
    path = request.path
    return path == "/" or path.startswith(CACHED_PREFIXES)


class ContentCacheMiddleware:
    """ETag, 304 and a response cache for the content routes (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not _cacheable(request):
            return self.get_response(request)
        version = build_fingerprint()
        etag = f'W/"{version}"'
        wanted = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
        if etag in wanted or "*" in wanted:
            return self._decorate(HttpResponseNotModified(), etag)
        gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
        variant = "|".join(
            (request.get_host(), request.get_full_path(), "hx" if "HTTP_HX_REQUEST" in request.META else "", str(gzip))
        )
        key = f"rf:page:{version}:{hashlib.sha256(variant.encode()).hexdigest()}"
        store = caches["default"]
        stored = store.get(key)
        if stored is not None:
            return self._decorate(_unpack(stored), etag)
        response = self.get_response(request)
        if request.method == "GET" and _storable(response):
            assert isinstance(response, HttpResponse)
            store.set(key, _pack(response), SERVER_TIMEOUT)
        return self._decorate(response, etag) if response.status_code == 200 else response

    @staticmethod
    def _decorate(response: HttpResponseBase, etag: str) -> HttpResponseBase:
        response["ETag"] = etag
        response["Cache-Control"] = f"public, max-age={BROWSER_MAX_AGE}"
        vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
        # Cookie: a page cached while signed out must not be reused by the browser once the reader signs in.
        for header in ("Accept-Encoding", "HX-Request", "Cookie"):
            if header not in vary:
                vary.append(header)
        response["Vary"] = ", ".join(vary)
        return response


def _storable(response: HttpResponseBase) -> bool:
    return (
        response.status_code == 200
        and isinstance(response, HttpResponse)
        and not response.cookies
        and not response.has_header("Set-Cookie")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _pack(response: HttpResponse) -> tuple[bytes, dict[str, str]]:
    headers = {h: v for h, v in response.items() if h.lower() not in _OWN_HEADERS}
    return response.content, headers


def _unpack(stored: tuple[bytes, dict[str, str]]) -> HttpResponse:
    content, headers = stored
    response = HttpResponse(content)
    for header, value in headers.items():
        response[header] = value
    response["Content-Length"] = str(len(content))
    return response
