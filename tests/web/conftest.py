"""Fixtures of the web lane (Django's test client, the API): the OpenAPI document, a signed-in learner, and the
requests Django itself handled (for tests of what the WSGI entry point answers before Django)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.signals import request_started
from django.test import Client

from tests.helpers import PASSWORD, openapi_document


@pytest.fixture(autouse=True)
def _one_rate_limit_window(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rate limits count in fixed one-minute windows; a test's requests that straddled a window's end would start
    counting again and miss their 429 (seen once in CI). Each test's limits are read at one instant, except in the
    minute-long schemathesis run, whose windows keep turning as a server's would."""
    from roadmapfinder.tracking import limits

    if request.node.get_closest_marker("contract"):
        return
    now = time.time()
    frozen = SimpleNamespace(time=lambda: now)
    monkeypatch.setattr(limits, "time", frozen)


@pytest.fixture
def spec() -> dict[str, Any]:
    """The API's own OpenAPI document."""
    return openapi_document()


@pytest.fixture
def ada() -> User:
    """A learner with an account."""
    return User.objects.create_user("ada", "ada@example.org", PASSWORD)


@pytest.fixture
def ada_client(ada: User) -> Client:
    """A browser signed in as `ada`."""
    client = Client()
    client.force_login(ada)
    return client


@pytest.fixture
def django_requests() -> Iterator[list[object]]:
    """Every request Django itself handled during the test."""
    seen: list[object] = []

    def record(sender: object, **kwargs: Any) -> None:
        seen.append(sender)

    request_started.connect(record)
    yield seen
    request_started.disconnect(record)
