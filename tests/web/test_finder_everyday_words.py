"""Everyday words in a finder's goal that name no subject, through the finder's API, as learners write them.

A salary ("earn six figures"), a job hunt ("can't find a job") and what the learner wants done to their work
("automate my excel reports") are why and how, not what to learn: the picks must never come from a topic that shares
the word ("the six pillars" of AWS, a red team's "findings", test automation's bug "reports").
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")


def _finder(goal: str, purpose: str = "job", known: str = "") -> dict[str, Any]:
    answers = {"goal": goal, "purpose": purpose, **({"known": known} if known else {})}
    response = Client().post("/api/v1/finder", answers, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("goal", ["i want to earn six figures", "earn 6 figures in tech", "a six figure job"])
def test_a_salary_names_no_skill(goal: str) -> None:
    # as "i want a well paid job" and "make money": nothing to learn in it yet, and the finder asks for a field
    found = _finder(goal)
    assert found["recommendations"] == [], found
    assert found["understood"] is False
    assert found["follow_up"]["question"] == "Which field interests you?"


@pytest.mark.parametrize(
    "goal", ["i have a cs degree but can't find a job", "cant find a job as a developer", "help me find a job"]
)
def test_looking_for_a_job_is_not_a_red_teams_findings(goal: str) -> None:
    found = _finder(goal, known="python, java")
    picks = [r["slug"] for r in found["recommendations"]]
    assert not {"ai-red-teaming", "penetration-tester", "php"} & set(picks), found
    for pick in found["recommendations"]:
        assert "finding" not in pick["reason"].lower(), pick
        assert "union-find" not in pick["reason"].lower(), pick


def test_automating_reports_is_not_test_automation() -> None:
    found = _finder("automate my excel reports", known="excel")
    picks = [r["slug"] for r in found["recommendations"]]
    assert "qa-engineer" not in picks, found
    assert "python" in picks, found
