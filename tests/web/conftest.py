"""Fixtures of the web lane (Django's test client, the API): the OpenAPI document and a signed-in learner."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.helpers import PASSWORD, openapi_document


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
