"""Personal roadmap pages assembled from a shared skeleton (see tracking/slots.py for the slots).

A reader with a session or an account never gets the shared cached page: the page shows their statuses, bars,
notes and forms. Rendering it whole took about 200 times the cached page's time. `PersonalPagesMiddleware`
instead keeps, per process, the page rendered once for this URL and build with every personal part left as a
slot (the *skeleton*), and fills the slots per request from one read of the reader's progress. The result is the
same page, complete without JavaScript.

The skeleton is rendered by the view itself, for a copy of the request that has no cookie, an anonymous user, an
empty session and a throw-away CSRF secret, so no reader's data can reach it. It is kept under the same key parts
as the shared page cache (build fingerprint, host, scheme, path, query, htmx) in this process's page copies,
inside the `PAGE_MEMORY_MB` budget.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.base import SessionBase
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render

import roadmapfinder.web.templatetags.roadmap_extras  # noqa: F401  registers the diagram's slot filler
from roadmapfinder.clock import today
from roadmapfinder.errors import RoadmapFinderError
from roadmapfinder.tracking.slots import SKELETON_FLAG, Skeleton, assemble, compile_skeleton, skeleton_of
from roadmapfinder.tracking.trackers import tracking_active
from roadmapfinder.web.caching import build_fingerprint, process_copies
from roadmapfinder.web.personal_answers import ASSEMBLED_FROM

#: The views whose pages are assembled: the roadmap page.
ASSEMBLED_VIEWS = frozenset({"roadmap"})
#: A CSRF secret that is never anyone's: `{% csrf_token %}` in a skeleton render masks this (then becomes a slot).
_THROWAWAY_SECRET = "skeleton" * 4
#: Request headers a skeleton render never sees: whatever identifies the reader.
_PRIVATE = frozenset({"HTTP_COOKIE", "HTTP_AUTHORIZATION"})


@functools.lru_cache(maxsize=8)
def compiled_skeleton(body: bytes) -> Skeleton:
    """The stored skeleton split at its slots, once per skeleton in this process rather than once per request.

    Keyed by the stored bytes themselves (a bytes object keeps its hash, and a hit compares by identity first), so an
    entry can never belong to another page. Only the eight most recent are kept beside the page copies: a split
    skeleton is a second copy of its text, outside the `PAGE_MEMORY_MB` budget (a few MB at most).
    """
    return compile_skeleton(body.decode())


class _NoSession(SessionBase):
    """An empty session that is never saved: what the skeleton render sees of the reader."""

    def load(self) -> dict[str, Any]:
        return {}

    def exists(self, session_key: str) -> bool:
        return False

    def create(self) -> None:
        return None

    def save(self, must_create: bool = False) -> None:
        return None

    def delete(self, session_key: str | None = None) -> None:
        return None


def skeleton_key(request: HttpRequest) -> str:
    """The key a page's skeleton is kept under: the URL (with the prefix the site is mounted under, which its links
    carry) and build it was rendered for."""
    meta = request.META
    variant = "|".join(
        (
            request.get_host(),
            request.scheme or "",
            get_script_name(meta),
            request.path_info,
            meta.get("QUERY_STRING", ""),
            "hx" if "HTTP_HX_REQUEST" in meta else "",
        )
    )
    return f"rf:skeleton:{build_fingerprint()}:{hashlib.sha256(variant.encode()).hexdigest()}"


def _skeleton_request(request: HttpRequest) -> HttpRequest:
    environ = {k: v for k, v in request.META.items() if k not in _PRIVATE and not k.startswith("CSRF_")}
    copy = WSGIRequest(environ)
    copy.user = AnonymousUser()
    copy.session = _NoSession()
    copy.META["CSRF_COOKIE"] = _THROWAWAY_SECRET
    copy.resolver_match = request.resolver_match
    setattr(copy, SKELETON_FLAG, True)
    return copy


class PersonalPagesMiddleware:
    """Answers a tracking reader's roadmap page from the skeleton; everything else passes through."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable[..., HttpResponseBase], args: Any, kwargs: Any
    ) -> HttpResponseBase | None:
        match = request.resolver_match
        if request.method != "GET" or match is None or match.url_name not in ASSEMBLED_VIEWS:
            return None
        if not tracking_active(request):
            return None  # the shared page cache answers readers without a session
        key = skeleton_key(request)
        return assembled(request, key, lambda: view(_skeleton_request(request), *args, **kwargs))


def assembled_from_frame(request: HttpRequest, template: str) -> HttpResponseBase | None:
    """A page whose content is all the reader's (/me): `template` rendered once, without a context, for an
    anonymous copy of the request, so every part of it that is the reader's must be a slot; then filled for them.
    None when the frame is no page to keep (as `assembled`)."""
    return assembled(request, skeleton_key(request), lambda: render(_skeleton_request(request), template))


def plan_page_key(request: HttpRequest, *, plan_version: str, can_edit: bool) -> str:
    """A plan page's skeleton key: the URL's, the plan's version, whether this reader may edit it, and the day
    (the page folds the phases of this week and greys past sessions)."""
    return f"{skeleton_key(request)}:{plan_version}:{'edit' if can_edit else 'read'}:{today():%Y%m%d}"


def assembled(request: HttpRequest, key: str, render: Callable[[], HttpResponseBase]) -> HttpResponseBase | None:
    """The reader's page from the skeleton kept under `key`, rendered by `render` first if this process has none.

    None when the render is no page to keep (an error, a redirect): the caller then answers the reader itself.
    """
    stored = process_copies.get(key)
    if stored is None:
        with _one_render_at_a_time(key):
            stored = process_copies.get(key)  # rendered by another thread while this one waited
            if stored is None:
                try:
                    response = render()
                except RoadmapFinderError:
                    return None  # an unknown slug, a bad pace: the view answers this reader with the error page
                if response.status_code != 200 or not isinstance(response, HttpResponse) or response.streaming:
                    return None
                headers: tuple[tuple[str, str], ...] = (("Content-Type", response["Content-Type"]),)
                stored = (skeleton_of(response.content.decode()).encode(), headers)
                process_copies.put(key, stored)
    body, headers = stored
    page = HttpResponse(assemble(compiled_skeleton(body), request))
    setattr(request, ASSEMBLED_FROM, key)  # so the answer can be assembled again without Django (web/first_views.py)
    for name, value in headers:
        page[name] = value
    return page


#: Skeleton key -> the lock of its render and how many threads hold or wait for it.
_RENDERING: dict[str, tuple[threading.Lock, list[int]]] = {}
_RENDERING_GUARD = threading.Lock()


@contextmanager
def _one_render_at_a_time(key: str) -> Iterator[None]:
    """Hold the render of a skeleton to one thread of this process: when a skeleton is cold (a new process, a new
    day for plan pages, a changed plan), every reader asking at that moment would render the whole page itself, all
    of them on one interpreter (a plan page's first render is tens of ms; eight at once held up every request of
    the worker for half a second). The others wait for the first and take its skeleton."""
    with _RENDERING_GUARD:
        lock, users = _RENDERING.setdefault(key, (threading.Lock(), [0]))
        users[0] += 1
    try:
        with lock:
            yield
    finally:
        with _RENDERING_GUARD:
            users[0] -= 1
            if not users[0]:
                del _RENDERING[key]


def render_skeleton(request: HttpRequest, render: Callable[[], HttpResponseBase]) -> HttpResponseBase:
    """`render` for this reader's own request with every personal part written as a slot.

    For pages whose shared part differs by reader in a way the key holds (a plan page: whether they may edit it),
    so the render cannot use an anonymous copy. The slots carry every progress-dependent part, the messages, the
    account links and the CSRF fields; `tests/web/test_personal_pages.py` holds that no other reader's data shows.
    """
    setattr(request, SKELETON_FLAG, True)
    try:
        return render()
    finally:
        delattr(request, SKELETON_FLAG)
