"""Goals the finder answered with quietly wrong picks, through the finder's API: the thing a goal makes is read as
the generator reads it (money with AI is an app on a language model's API)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")


def _finder(goal: str, purpose: str = "job", known: str = "", plain: list[str] | None = None) -> dict[str, Any]:
    sent: dict[str, Any] = {"goal": goal, "purpose": purpose, "known": known}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/finder", sent, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def _picks(found: dict[str, Any]) -> list[str]:
    return [r["slug"] for r in found["recommendations"]]


@pytest.mark.parametrize("purpose", ["freelance", "hobby", "job"])
@pytest.mark.parametrize("goal", ["i want to make money with ai", "make money with ai"])
def test_money_with_ai_is_an_app_on_a_language_model_not_machine_learning(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    assert _picks(found)[0] == "ai-engineer", found["message"]
    assert "machine-learning" not in _picks(found)
    assert "AI features through an LLM API" in found["message"]
    assert "ai" in found["interpretation"]["text"]
    undone = _finder(goal, purpose, plain=["ai"])  # our reading, undoable: "ai" as typed
    assert "as you typed it" in undone["message"]
    assert _picks(undone) != _picks(found)
