"""A generated roadmap's answer means what the OpenAPI document says it means: a reading's `means` names topics or
roadmaps unless its `how` is one the document names as holding something else, and a deadline's `fits` is the
estimate fitting, which a slower learner may still miss.

Before: "switch from qa to devops" answered “qa” as a `synonym` meaning the key `background`, which is no topic or
roadmap (`/api/v1/topics/background` is 404), and `fits` was documented as "whether the roadmap finishes by then"
while the same answer's message said a slower learner finishes weeks later.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from tests.helpers import check_openapi, openapi_document

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GENERATE = "/api/v1/roadmaps/generate"
#: The readings whose `means` the document says hold no topic or roadmap.
NOT_REFERENCES = ("deadline", "pace", "background")


def generated(goal: str) -> Any:
    response = Client().post(GENERATE, json.dumps({"goal": goal}), content_type="application/json")
    assert response.status_code == 201, response.content
    check_openapi(GENERATE, 201, response.json(), method="post")
    return response.json()


def described(schema: str, field: str) -> str:
    description: str = openapi_document()["components"]["schemas"][schema]["properties"][field]["description"]
    return description


def is_in_the_catalog(key: str) -> bool:
    return any(Client().get(f"/api/v1/{kind}/{key}").status_code == 200 for kind in ("topics", "roadmaps"))


@pytest.mark.parametrize(
    "goal",
    ["switch from qa to devops in 6 months", "i'm a teacher and want to learn python", "learn sql at 5 h a week"],
)
def test_every_reading_means_topics_or_roadmaps_unless_the_document_says_otherwise(goal: str) -> None:
    for how in NOT_REFERENCES:
        assert f"`{how}`" in described("Understood", "how")
        assert f"`{how}`" in described("Understood", "means")
    for reading in generated(goal)["understood"]:
        if reading["how"] in NOT_REFERENCES:
            continue
        for ref in reading["means"]:
            assert is_in_the_catalog(ref["key"]), f"“{reading['said']}” ({reading['how']}) means `{ref['key']}`"


def test_where_the_learner_comes_from_is_a_background_reading_they_can_undo() -> None:
    goal = "switch from customer support to qa"
    readings = {u["said"]: u for u in generated(goal)["understood"]}
    assert readings["customer support"]["how"] == "background"
    assert [m["name"] for m in readings["customer support"]["means"]] == [
        "your background, not something to learn here"
    ]
    response = Client().post(
        GENERATE, json.dumps({"goal": goal, "plain": ["customer support"]}), content_type="application/json"
    )
    undone = {u["said"]: u["how"] for u in response.json()["understood"]}
    assert "customer support" not in undone, "undone: read as typed, no longer the background"


def test_fits_is_the_estimate_fitting_and_the_message_says_when_a_slower_learner_finishes() -> None:
    out = generated("learn python in 3 months")  # 451 h at 35 h a week: 12.9 weeks, a slower learner 17
    deadline = out["deadline"]
    estimated = sum(p["hours"] for p in out["phases"])
    assert deadline["fits"] is (estimated <= out["hours_per_week"] * deadline["weeks"])
    assert deadline["fits"]
    assert "not a slower one" in deadline["message"]
    fits = described("DeadlineOut", "fits")
    assert "estimated hours" in fits, fits
    assert "finishes by then" not in fits, fits
    assert "slower learner" in fits, "the document says what `fits` leaves out"
