"""Plan exports that cannot tie up the server: each file is made once per plan version, and only a few at a time.

A PDF of a large plan takes seconds of CPU and a calendar hundreds of milliseconds. Made files are kept in the
cache under the plan's version (its id and last change, the content hash, the app version and the site URL the
links point to), so asking again costs a lookup. Making a new one takes one of EXPORT_SLOTS per worker process;
when every slot is busy the answer is 503 with Retry-After at once, never a queue: the worker's other threads keep
answering cached pages (a queue of PDFs once made a cached page wait 31 s).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

from django.core.cache import cache
from django.http import HttpResponse

from roadmapfinder import __version__
from roadmapfinder.catalog import default_catalog

#: Exports made at the same time in one worker process (granian runs two threads per worker: one stays free).
EXPORT_SLOTS = 1
#: How long a made file is kept (a plan's version changes its key anyway).
KEEP_SECONDS = 24 * 3600
RETRY_AFTER_SECONDS = 5

_slots = threading.BoundedSemaphore(EXPORT_SLOTS)


class Busy(Exception):
    """Every export slot of this worker is taken."""


def export_key(fmt: str, plan_id: str, version: str, base_url: str) -> str:
    """The cache key of one export of one plan version."""
    parts = "|".join((fmt, plan_id, version, base_url, default_catalog().content_hash, __version__))
    return "plan-export:" + hashlib.sha256(parts.encode()).hexdigest()


def made_once(key: str, make: Callable[[], bytes]) -> bytes:
    """The cached file under `key`, else made now in a free slot (`Busy` when there is none) and kept."""
    body: bytes | None = cache.get(key)
    if body is not None:
        return body
    if not _slots.acquire(blocking=False):
        raise Busy
    try:
        body = make()
    finally:
        _slots.release()
    cache.set(key, body, KEEP_SECONDS)
    return body


def busy_response() -> HttpResponse:
    """503 in the API's error shape, with how long to wait."""
    from roadmapfinder.api.errors import ErrorOut

    body = ErrorOut(detail="the server is busy making other exports", hint="try again in a few seconds")
    response = HttpResponse(body.model_dump_json(), status=503, content_type="application/json")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
