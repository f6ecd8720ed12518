"""What follows the finder's first pick shares what the goal is about: through the finder's API, in learners'
words.

Two roadmaps that both teach C++ share a language, not a subject: Embedded Systems followed Game Developer (and the
other way round) for that alone, so a learner who wanted to make games in Godot was sent to microcontrollers.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")


def _finder(goal: str, purpose: str = "job") -> dict[str, Any]:
    response = Client().post("/api/v1/finder", {"goal": goal, "purpose": purpose}, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def _picks(goal: str, purpose: str = "job") -> list[str]:
    return [r["slug"] for r in _finder(goal, purpose)["recommendations"]]


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "never"),
    [
        # games and microcontrollers share C++, nothing of what either is about
        ("i want to make games in unreal engine", "embedded-systems"),
        ("embedded systems", "game-developer"),
        ("i want to get into embedded systems", "game-developer"),
    ],
)
def test_a_roadmap_that_only_shares_a_language_is_no_next_step(goal: str, purpose: str, never: str) -> None:
    assert never not in _picks(goal, purpose)


@pytest.mark.parametrize(
    ("goal", "among"),
    [
        ("i want to be a game programmer", {"csharp", "cpp"}),  # the languages its games are written in stay
        ("embedded systems", {"cpp"}),
        ("data engineering", {"data-analyst", "data-scientist"}),
        ("full stack", {"frontend", "backend"}),
    ],
)
def test_what_shares_the_subject_still_comes_next(goal: str, among: set[str]) -> None:
    assert among <= set(_picks(goal)), _picks(goal)
