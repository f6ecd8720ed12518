"""Content pages and API answers, cached and revalidated: content changes only on deploy.

For GET and HEAD of the content routes by a visitor without a session or credentials, a cached answer

- is `304 Not Modified` when the request's `If-None-Match` carries the current ETag, before any view runs;
- otherwise is the stored response; on a miss the request goes through Django, and a 200 that sets no cookie is
  stored for the next reader.

Two adapters share one lookup (`cached_answer`): `CachedPagesApp` wraps the WSGI application and answers hits
before Django builds a request (a hit then costs a cache read, not a trip through the middleware stack: about
twice the pages per second in `make bench`), and `ContentCacheMiddleware`, first in the stack, answers the same
hits inside Django (the test client, `runserver`) and stores the misses. Both read the request's WSGI environ
(`request.META` is that environ), so they compute the same key.

Each process also keeps the answers it read or stored most recently in memory (`ProcessCopies`, a byte budget
set by `PAGE_MEMORY_MB`), in front of the shared cache: with Redis as the shared cache, a hit would otherwise be a
network round trip, which in `make bench` cut the roadmap page from about half of nginx's throughput to an eighth.
An entry never changes under its key, so a process copy can never be stale.

The key and the ETag both derive from the *build fingerprint*: the catalog's content hash, the package version
and the bytes of its code, templates and static manifest. A deploy that changes content or code therefore changes
every key, so no stale page survives it, even in a Redis cache shared between processes.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import get_script_name
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.http.cookie import parse_cookie
from django.utils.http import parse_etags

from roadmapfinder import __version__
from roadmapfinder.catalog import default_catalog
from roadmapfinder.clock import today
from roadmapfinder.config import config

#: Path prefixes whose answers depend on nothing but the URL and the content (exact "/" for the home page).
CACHED_PREFIXES = ("/roadmaps/", "/topics/", "/api/v1/roadmaps", "/api/v1/topics", "/sitemap.xml", "/robots.txt")
#: Routes under those prefixes that are never shared: a topic's check form holds the reader's CSRF token (a visitor
#: with the CSRF cookie and no session would otherwise have it stored for everyone), and its answer is personal.
UNCACHED_SUFFIXES = ("/check",)
#: Answers that carry learners' medians (topic pages and topic JSON): their key also holds the day, so the figure a
#: cached page shows is at most a day old while the pages stay cached.
_DAILY_PREFIXES = ("/topics/", "/api/v1/topics")
#: Browsers may reuse a page this long before revalidating it with its ETag.
BROWSER_MAX_AGE = 300
#: Entries also expire, so a shared cache never keeps keys of an old build for long.
SERVER_TIMEOUT = 24 * 3600
#: Set per answer by this module, so never stored.
_OWN_HEADERS = {"etag", "cache-control", "set-cookie", "date", "vary", "content-length"}
#: Settings that decide headers stored with a page: a deploy that changes only them still retires every entry.
_HEADER_SETTINGS = (
    "CONTENT_SECURITY_POLICY",
    "SECURE_REFERRER_POLICY",
    "X_FRAME_OPTIONS",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
)
#: Cookie: a page cached while signed out must not be reused by the browser once the reader signs in.
_VARY = ("Accept-Encoding", "HX-Request", "Cookie")

WSGIEnviron = Mapping[str, Any]
StartResponse = Callable[..., Any]
WSGIApplication = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


@cache
def _code_fingerprint() -> str:
    """Version, code, templates and static manifest: what besides content decides an answer's bytes.

    The code counts too: a release that only changes an API shape must not keep serving the old JSON.
    """
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent.parent
    for path in sorted([*package.rglob("*.py"), *package.glob("*/templates/**/*.html")]):
        digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    digest.update(repr([getattr(settings, name, None) for name in _HEADER_SETTINGS]).encode())
    return digest.hexdigest()[:12]


def build_fingerprint() -> str:
    """The catalog's content hash with the code fingerprint: the version of every cached answer."""
    return f"{default_catalog().content_hash}-{_code_fingerprint()}"


@dataclass(frozen=True)
class Answer:
    """A response ready to send: status code, headers and body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


#: What the shared cache holds under a key: the body and the headers that are not set per answer.
Stored = tuple[bytes, tuple[tuple[str, str], ...]]


class ProcessCopies:
    """The most recently used stored answers of this process, within a byte budget (least recently used go first).

    Answers larger than an eighth of the budget are left to the shared cache, so one big page cannot empty it.
    """

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self._entries: OrderedDict[str, Stored] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # servers with several threads per process share it

    def get(self, key: str) -> Stored | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: Stored) -> None:
        size = _size(key, entry)
        if size > self.budget // 8:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.budget:
                dropped_key, dropped = self._entries.popitem(last=False)
                self._bytes -= _size(dropped_key, dropped)

    def items(self) -> list[tuple[str, Stored]]:
        """What this process holds, least recently used first (for tests and the memory figure)."""
        with self._lock:
            return list(self._entries.items())

    @property
    def size_bytes(self) -> int:
        """The bytes held (bodies, headers, keys and each entry's upkeep): never above the budget."""
        return self._bytes

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


#: What an entry costs besides its texts: the key's string, the tuples and the dictionary's slot, about.
ENTRY_UPKEEP_BYTES = 512


def _size(key: str, entry: Stored) -> int:
    """An entry's bytes as the budget counts them: small entries (the headers of a reader's identity, see
    web/first_views.py) are many, and their headers weigh more than their bodies."""
    body, headers = entry
    return len(body) + len(key) + sum(len(name) + len(value) for name, value in headers) + ENTRY_UPKEEP_BYTES


process_copies = ProcessCopies(int(config().page_memory_mb * 1024 * 1024))


@dataclass(frozen=True)
class Lookup:
    """Where a cacheable request's answer is stored, and the ETag it carries."""

    key: str
    etag: str


def _has_session(cookie_header: str) -> bool:
    """Whether the request carries a session cookie (parsed as Django parses it, so both agree)."""
    name = settings.SESSION_COOKIE_NAME
    return name in cookie_header and name in parse_cookie(cookie_header)  # most requests skip the parsing


def is_https(environ: WSGIEnviron) -> bool:
    """Whether the request came over https, as Django decides it (the trusted proxy's header, else the scheme)."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        if header in environ:
            return bool(environ[header].split(",")[0].strip() == value)
    return bool(environ.get("wsgi.url_scheme") == "https")


def raw_host(environ: WSGIEnviron) -> str:
    """The host a request names, by Django's own rule (`HttpRequest._get_raw_host`): the Host header when it is
    sent, even empty (Django then refuses the request), else the server's name and port; never a forwarded host
    (USE_X_FORWARDED_HOST is off). Keys hold it so that a request Django would refuse never meets a kept answer."""
    if "HTTP_HOST" in environ:
        return str(environ["HTTP_HOST"])
    name, port = str(environ.get("SERVER_NAME", "")), str(environ.get("SERVER_PORT", ""))
    return name if port == ("443" if is_https(environ) else "80") else f"{name}:{port}"


def lookup_for(environ: WSGIEnviron) -> Lookup | None:
    """The cache key and ETag of a request, or None when its answer may be personal or is not content."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in environ:
        return None
    path: str = environ.get("PATH_INFO", "")
    if not (path == "/" or path.startswith(CACHED_PREFIXES)) or _has_session(environ.get("HTTP_COOKIE", "")):
        return None
    if path.endswith(UNCACHED_SUFFIXES):
        return None
    if settings.SECURE_SSL_REDIRECT and not is_https(environ):
        return None  # Django's SecurityMiddleware redirects it to https
    version = build_fingerprint()
    if path.startswith(_DAILY_PREFIXES):
        version += f"-{today():%Y%m%d}"
    variant = "|".join(
        (
            raw_host(environ),
            str(is_https(environ)),  # the canonical address and HSTS differ
            get_script_name(environ),  # type: ignore[arg-type]  # a mapping is all it reads; every link carries it
            path,
            environ.get("QUERY_STRING", ""),
            "hx" if "HTTP_HX_REQUEST" in environ else "",
            str("gzip" in environ.get("HTTP_ACCEPT_ENCODING", "")),
        )
    )
    return Lookup(f"rf:page:{version}:{hashlib.sha256(variant.encode()).hexdigest()}", f'W/"{version}"')


def cached_answer(environ: WSGIEnviron, lookup: Lookup) -> Answer | None:
    """A 304 when the client has this build's page, the stored answer if there is one, else None."""
    wanted = parse_etags(environ.get("HTTP_IF_NONE_MATCH", ""))
    if lookup.etag in wanted or "*" in wanted:
        return Answer(304, _own_headers(lookup.etag, ()), b"")
    stored = process_copies.get(lookup.key)
    if stored is None:
        stored = caches["default"].get(lookup.key)
        if stored is None:
            return None
        process_copies.put(lookup.key, stored)
    body, headers = stored
    kept = tuple((name, value) for name, value in headers if name.lower() != "vary")  # merged into our own
    return Answer(200, (*kept, *_own_headers(lookup.etag, headers), ("Content-Length", str(len(body)))), body)


def _own_headers(etag: str, headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    vary = [v.strip() for name, value in headers if name.lower() == "vary" for v in value.split(",") if v.strip()]
    vary += [header for header in _VARY if header not in vary]
    return (("ETag", etag), ("Cache-Control", f"public, max-age={BROWSER_MAX_AGE}"), ("Vary", ", ".join(vary)))


def store(lookup: Lookup, response: HttpResponseBase) -> None:
    """Keep a response for the next reader if it is a complete 200 meant for everyone."""
    if (
        response.status_code == 200
        and isinstance(response, HttpResponse)
        and not response.cookies
        and not response.has_header("Set-Cookie")
        and "no-store" not in response.get("Cache-Control", "")
    ):
        vary = response.get("Vary")
        headers = tuple((h, v) for h, v in response.items() if h.lower() not in _OWN_HEADERS)
        headers += (("Vary", vary),) if vary else ()
        stored: Stored = (response.content, headers)
        caches["default"].set(lookup.key, stored, SERVER_TIMEOUT)
        process_copies.put(lookup.key, stored)


#: Set in the environ by `CachedPagesApp` to the lookup it made (None: not cacheable) when it did not answer, so
#: the middleware neither computes the key again nor reads the caches a second time on a miss.
_TRIED = "roadmapfinder.cache.tried"


class CachedPagesApp:
    """WSGI wrapper that answers cache hits and 304s before Django builds a request (see the module docstring).

    Hits are only ever stored by `ContentCacheMiddleware` after Django accepted the request (its host among
    ALLOWED_HOSTS, every middleware run), and the key includes the Host header, so a hit skips no check that
    the same request would pass through Django.
    """

    def __init__(self, application: WSGIApplication) -> None:
        self.application = application

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        lookup = lookup_for(environ)
        answer = cached_answer(environ, lookup) if lookup else None
        if answer is None:
            environ[_TRIED] = lookup
            return self.application(environ, start_response)
        reason = "OK" if answer.status == 200 else "Not Modified"
        start_response(f"{answer.status} {reason}", list(answer.headers))
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [answer.body]


class ContentCacheMiddleware:
    """The cache inside Django: answers hits and 304s, stores misses (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        tried = _TRIED in request.META  # the WSGI wrapper looked already and found nothing to answer
        lookup = request.META[_TRIED] if tried else lookup_for(request.META)
        if lookup is None:
            return self.get_response(request)
        request.get_host()  # refuses a host outside ALLOWED_HOSTS before anything is answered or stored
        answer = None if tried else cached_answer(request.META, lookup)
        if answer is not None:
            return _response(answer)
        response = self.get_response(request)
        if request.method == "GET":
            store(lookup, response)
        if response.status_code == 200:
            for header, value in _own_headers(lookup.etag, response.items()):
                response[header] = value
        return response


def _response(answer: Answer) -> HttpResponse:
    response = HttpResponse(answer.body, status=answer.status)
    if answer.status == 304:
        del response["Content-Type"]  # a 304 has no body to describe
    for header, value in answer.headers:
        response[header] = value
    return response
