"""The WSGI entry point answers cached pages and 304s before Django builds a request, and only then."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler

from roadmapfinder.web.caching import ENTRY_UPKEEP_BYTES, CachedPagesApp, ProcessCopies
from roadmapfinder.web.wsgi import application

# Django closes stale database connections at the end of each request it handles.
pytestmark = [pytest.mark.django_db, pytest.mark.database]


@dataclass
class Reply:
    status: str
    headers: dict[str, str]
    body: bytes
    reached_django: bool


def call(path: str, seen: list[object], method: str = "GET", app: Any = application, **headers: str) -> Reply:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "PATH_INFO": path, **headers}
    setup_testing_defaults(environ)
    before = len(seen)
    captured: dict[str, Any] = {}

    def start_response(status: str, header_list: list[tuple[str, str]], exc_info: object = None) -> None:
        captured["status"], captured["headers"] = status, dict(header_list)

    chunks = app(environ, start_response)
    body = b"".join(chunks)
    getattr(chunks, "close", lambda: None)()
    return Reply(captured["status"], captured["headers"], body, len(seen) > before)


def test_second_reader_gets_the_same_page_without_django(django_requests: list[object]) -> None:
    first = call("/roadmaps/alpha-dev", django_requests)
    second = call("/roadmaps/alpha-dev", django_requests)
    assert first.status.startswith("200")
    assert first.reached_django
    assert second.status.startswith("200")
    assert not second.reached_django
    assert second.body == first.body
    assert second.headers == first.headers | {"Content-Length": str(len(first.body))}
    assert second.headers["X-Content-Type-Options"] == "nosniff"


def test_head_and_revalidation_are_answered_from_the_cache(django_requests: list[object]) -> None:
    page = call("/topics/markup", django_requests)
    head = call("/topics/markup", django_requests, method="HEAD")
    assert head.body == b""
    assert head.headers["Content-Length"] == str(len(page.body))
    fresh = call("/topics/markup", django_requests, HTTP_IF_NONE_MATCH=page.headers["ETag"])
    assert fresh.status.startswith("304")
    assert fresh.body == b""
    assert not head.reached_django
    assert not fresh.reached_django


def test_compressed_and_plain_answers_are_kept_apart(django_requests: list[object]) -> None:
    call("/roadmaps/alpha-dev", django_requests)
    packed = call("/roadmaps/alpha-dev", django_requests, HTTP_ACCEPT_ENCODING="gzip")
    assert packed.reached_django
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in call("/roadmaps/alpha-dev", django_requests).headers


def test_readers_with_a_session_always_reach_django(django_requests: list[object]) -> None:
    call("/roadmaps/alpha-dev", django_requests)
    personal = call("/roadmaps/alpha-dev", django_requests, HTTP_COOKIE="theme=dark; sessionid=abc")
    assert personal.reached_django
    assert "ETag" not in personal.headers
    other_cookie = call("/roadmaps/alpha-dev", django_requests, HTTP_COOKIE="theme=dark")
    assert not other_cookie.reached_django


def test_a_host_django_refuses_is_never_answered_from_the_cache(django_requests: list[object]) -> None:
    for _ in range(2):
        refused = call("/roadmaps/alpha-dev", django_requests, HTTP_HOST="evil.example")
        assert refused.status.startswith("400")
        assert refused.reached_django


def test_personal_and_unknown_pages_are_not_cached(django_requests: list[object]) -> None:
    for _ in range(2):
        assert call("/roadmaps/nope", django_requests).reached_django
        assert call("/search", django_requests, QUERY_STRING="q=html").reached_django


def test_with_the_https_redirect_on_a_cached_page_still_redirects_plain_http(
    django_requests: list[object], settings: Any
) -> None:
    settings.SECURE_SSL_REDIRECT = True
    app = CachedPagesApp(WSGIHandler())  # Django reads the redirect setting when it builds the middleware
    secure = {"wsgi.url_scheme": "https", "HTTPS": "on", "SERVER_PORT": "443"}
    for _ in range(2):
        assert call("/topics/markup", django_requests, app=app, **secure).status.startswith("200")
    plain = call("/topics/markup", django_requests, app=app)
    assert plain.status.startswith("301")
    assert plain.headers["Location"].startswith("https://")


def test_each_process_keeps_its_own_copy_in_front_of_the_shared_cache(django_requests: list[object]) -> None:
    from django.core.cache import cache

    first = call("/roadmaps/alpha-dev", django_requests)
    cache.clear()  # e.g. Redis restarted: the process still has the page (an entry never changes under its key)
    again = call("/roadmaps/alpha-dev", django_requests)
    assert not again.reached_django
    assert again.body == first.body


def test_process_copies_keep_to_their_byte_budget_dropping_the_least_recently_used() -> None:
    entry = 100 + 1 + ENTRY_UPKEEP_BYTES  # a 100-byte body under a one-letter key
    copies = ProcessCopies(budget_bytes=8 * entry)
    for key in "abcdefgh":  # exactly the budget
        copies.put(key, (key.encode() * 100, ()))
    assert copies.get("a")  # now the most recently used, so "b" is the least
    copies.put("i", (b"i" * 100, ()))
    copies.put("j", (b"j" * 101, ()))  # more than an eighth of the budget: left to the shared cache
    assert [key for key in "abcdefghij" if copies.get(key) is None] == ["b", "j"]
    assert copies.size_bytes == 8 * entry


def test_many_small_entries_count_their_headers_and_keys_too() -> None:
    """A reader's identity keeps only headers (web/first_views.py): a million of them must not outgrow the budget."""
    headers = tuple((f"X-Header-{n}", "a value of some length") for n in range(10))
    copies = ProcessCopies(budget_bytes=100_000)
    for number in range(1_000):
        copies.put(f"rf:identity:{number:064d}", (b"rf:skeleton:key", headers))
    assert copies.size_bytes <= 100_000
    assert len(copies.items()) < 200  # about 930 bytes each; counting their bodies alone kept all 1,000


def test_a_miss_reads_the_shared_cache_once(django_requests: list[object], monkeypatch: pytest.MonkeyPatch) -> None:
    """The wrapper hands its lookup to the middleware: with Redis, a second read would be a second round trip."""
    from django.core.cache import cache

    reads: list[str] = []
    real_get = cache.get

    def counting_get(key: str, *args: Any, **kwargs: Any) -> Any:
        reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting_get)
    first = call("/topics/markup", django_requests)
    assert first.reached_django
    assert len([key for key in reads if key.startswith("rf:page:")]) == 1
    assert not call("/topics/markup", django_requests).reached_django, "and the miss was stored for the next reader"
