"""An API caller is told what to do in the API's words: endpoints and fields, never a command to run.

Before: `POST /api/v1/plans` with a misspelt target answered "choose from `roadmapfinder list` and `roadmapfinder
search`; `roadmapfinder generate GOAL` says what comes closest"; `GET /api/v1/roadmaps/http`
said to run `roadmapfinder topic http`; an unknown generated roadmap to use `roadmapfinder generate`."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _refused(answer: Any, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.content
    body: dict[str, Any] = answer.json()
    assert "roadmapfinder " not in body["hint"], body
    assert "roadmapfinder " not in body["detail"], body
    return body


def _plan(**fields: Any) -> Any:
    return Client().post("/api/v1/plans", {"start": "2027-01-04", **fields}, "application/json")


def test_a_misspelt_plan_target_names_the_close_ones_and_where_to_look_in_the_api() -> None:
    body = _refused(_plan(targets=["kubernets"]), 400)
    assert "GET /api/v1/roadmaps" in body["hint"]
    assert "POST /api/v1/roadmaps/generate" in body["hint"]


def test_a_topic_asked_for_as_a_roadmap_points_to_the_topics_endpoint() -> None:
    body = _refused(Client().get("/api/v1/roadmaps/http"), 404)
    assert "GET /api/v1/topics/http" in body["hint"]


def test_an_unknown_generated_roadmap_points_to_the_generate_endpoint() -> None:
    body = _refused(Client().get("/api/v1/roadmaps/generated/0123456789ab"), 404)
    assert "POST /api/v1/roadmaps/generate" in body["hint"]
