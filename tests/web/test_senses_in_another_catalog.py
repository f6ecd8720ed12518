"""A common goal the catalog cannot say is not read, on the tests' small sample catalog.

The common goals (`goal_words.SENSES`: "a chrome extension", "make a game in rust") name the shipped catalog's topics.
Served from another content folder, one without those topics, a goal that named one answered with the missing id,
from the finder and the generator alike: POST /api/v1/finder {"goal": "make a chrome extension"} was a 404 "no topic
`dom-manipulation`" (schemathesis found it through "phase_numbers", which bf9a5db1 read as Phaser). Now such a sense
is skipped: the finder answers, and the generator answers as it does for any goal its catalog lacks.
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.helpers import check_openapi, finder_answer, generate_answer

pytestmark = [pytest.mark.django_db]  # the sample catalog: no Rust, no browser extensions, no games

GOALS = [
    "make a chrome extension",
    "make a game in rust",
    "i want to make a discord bot in python",
    "a website for my bakery",
    "make a game with bevy",
    "phaser game",
    "phase_numbers",
]


@pytest.mark.parametrize("goal", GOALS)
def test_the_finder_answers_a_common_goal_its_catalog_cannot_build(goal: str) -> None:
    found = finder_answer(goal)  # a 200, asserted
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert "no topic" not in found["message"]


@pytest.mark.parametrize("goal", GOALS)
def test_the_generator_answers_a_common_goal_its_catalog_cannot_build(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body  # the catalog has nothing for it: said as for any goal it lacks
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert "no topic" not in body["detail"]
    assert body["detail"].startswith("no roadmap for")
    response = Client().get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 404
    assert b"no topic" not in response.content


def test_a_goal_the_sample_catalog_has_is_still_built() -> None:
    status, body = generate_answer("alpha")
    assert status == 201, body
    assert body["title"] == "Alpha Developer"


@pytest.mark.parametrize(
    ("goal", "field"), [("vr games", "vr"), ("help desk job", "help desk"), ("become a scrum master", "scrum master")]
)
def test_a_field_with_no_roadmap_is_said_plainly_in_another_catalog_too(goal: str, field: str) -> None:
    # the nearest roadmaps named for such a field (`lexicon.NOT_TAUGHT`: Game Developer, Linux) are the shipped
    # catalog's: the finder answered a 404 "no roadmap `game-developer`", the generator "no roadmap `linux`"
    found = finder_answer(goal)
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert f"We have no roadmap for “{field}”" in found["message"]
    status, body = generate_answer(goal)
    assert status == 404, body
    assert body["detail"] == f"no roadmap for `{goal}`"
    assert f"The catalog has no roadmap for “{field}”" in body["hint"]
    assert body["suggestions"] == []
