"""Health routes for load balancers: liveness (`/healthz`) and readiness (`/readyz`).

Liveness says the process answers and which content it serves; it touches nothing shared, so a database outage does
not make the balancer restart healthy processes. Readiness says whether this instance can serve learners now: the
database and the cache both answer. A balancer takes an instance out of rotation while readiness fails (503).
"""

from __future__ import annotations

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest
from ninja import Router, Schema, Status

from roadmapfinder import __version__
from roadmapfinder.catalog import default_catalog

router = Router(tags=["meta"])
log = logging.getLogger(__name__)


class HealthOut(Schema):
    status: str
    version: str
    roadmaps: int
    topics: int
    content_hash: str


class ReadyOut(Schema):
    status: str = "ready"
    database: str
    cache: str


@router.get("/healthz", response=HealthOut, summary="Liveness and content version")
def healthz(request: HttpRequest) -> HealthOut:
    catalog = default_catalog()
    return HealthOut(
        status="ok",
        version=__version__,
        roadmaps=len(catalog.roadmaps),
        topics=len(catalog.topics),
        content_hash=catalog.content_hash,
    )


@router.get(
    "/readyz",
    response={200: ReadyOut, 503: ReadyOut},
    summary="Readiness: 200 when the database and the cache answer, 503 otherwise",
)
def readyz(request: HttpRequest) -> Status[ReadyOut]:
    database, shared_cache = _database_state(), _cache_state()
    ready = database == "ok" and shared_cache == "ok"
    body = ReadyOut(status="ready" if ready else "not ready", database=database, cache=shared_cache)
    return Status(200 if ready else 503, body)


def _database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means "not ready"; the log keeps the detail for operators
        log.warning("readiness: the database does not answer: %s", error)
        return "unavailable"
    return "ok"


def _cache_state() -> str:
    key, value = "rf:readyz", secrets.token_hex(4)
    try:
        cache.set(key, value, timeout=10)
        answered = cache.get(key) == value
    except Exception as error:  # a Redis outage raises from the client; report it rather than answer 500
        log.warning("readiness: the cache does not answer: %s", error)
        return "unavailable"
    return "ok" if answered else "unavailable"
