"""Schemathesis over every API operation, with all its checks, against the OpenAPI document the server publishes
(issue 14): bounded (a fixed seed and at most EXAMPLES cases per operation, about a minute) so it runs in
`make test`, on SQLite and, as a `database` test, on PostgreSQL. 0 failures, not only 0 server errors. Marked
`contract`, so `make test-fast` leaves it out.

Calls go to Django's WSGI application (not the page cache's wrapper, which never answers the API). A learner's
token is sent to the routes that take one, so the signed-in paths are exercised too; the `ignored_auth` check also
calls them without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from roadmapfinder.tracking.services import token_create

pytestmark = [pytest.mark.database, pytest.mark.contract, pytest.mark.django_db]

#: Cases per operation, and the fixed seed that makes every run the same.
EXAMPLES = 100


#: All checks, with one setting: a 400 answers valid-looking data the schema cannot describe (a target date before
#: the start, nothing left to learn, characters the search refuses), always with a detail and a hint; the fields the
#: schema can bound (limit, names, targets, hours, unknown fields) are bounded, so those never reach it.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404", "429"]}}}
)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application(), config=CONFIG)


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    """As Django's test client does: the WSGI handler would close the test's connection (and its transaction) after
    each request, which PostgreSQL then refuses to use."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def learner_token(settings: Any) -> str:
    # Hundreds of requests a minute, many with wrong tokens: the limits (tested on their own) would answer 429
    # where the `ignored_auth` check rightly expects 401.
    settings.RATELIMIT_ENABLE = False
    user = User.objects.create_user("schemathesis", "st@example.org", "a long passphrase 42")
    return token_create(user=user, name="schemathesis")[1]


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_passes_every_check(case: Any, learner_token: str) -> None:
    headers = {"Accept-Encoding": "identity"}  # the WSGI test client does not decompress gzip
    if case.operation.security:
        headers["Authorization"] = f"Bearer {learner_token}"
    case.call_and_validate(headers=headers)
