"""Goals that say what the learner finds hard ("data science but im bad at math", "im weak in sql, want to be a data
analyst"), on the generator's three surfaces: what they struggle with stays in the plan and is never a second
subject; maths, which no roadmap teaches on its own, is answered with the maths the roadmap teaches, undoable."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _generated(goal: str, plain: list[str] | None = None) -> dict[str, Any]:
    status, roadmap = generate_answer(goal, plain)
    assert status == 201, roadmap
    return roadmap


def test_bad_at_math_is_answered_with_the_maths_the_roadmap_teaches_and_can_be_undone() -> None:
    roadmap = _generated("data science but im bad at math")
    notes = " ".join(roadmap["notes"])
    # before: “math” was a field with no roadmap, and the learner was told which roadmaps use maths most
    assert "The catalog has no roadmap for" not in notes
    assert "“im bad at math”: Data Scientist takes none of its maths as known" in notes
    assert "Probability" in notes
    assert "Statistics for data work" in notes
    assert roadmap["title"] == "Data Scientist"
    assert {"probability", "statistics"} <= topics_taught(roadmap)
    [reading] = [u for u in roadmap["understood"] if u["said"] == "im bad at math"]
    assert reading["how"] == "struggles"
    assert not roadmap["not_understood"]
    undone = _generated("data science but im bad at math", plain=["im bad at math"])
    assert "The catalog has no roadmap for “math”" in " ".join(undone["notes"])


def test_a_subject_the_learner_is_weak_in_stays_in_the_plan_and_is_no_second_subject() -> None:
    weak = _generated("im weak in sql, want to be a data analyst")
    assert weak["title"] == "Data Analyst"  # before: "Data Analyst and SQL", SQL's roadmap side by side
    assert "sql-basics" in topics_taught(weak)
    assert "weak" not in weak["not_understood"]
    assert "sql-basics" not in {s["id"] for s in weak["skipped"]}
    bad = _generated("data science, i'm bad at javascript")
    assert bad["title"] == "Data Scientist"  # before: "Data Scientist and JavaScript"
    assert "javascript-basics" not in topics_taught(bad)
    css = _generated("frontend dev, my css is really bad")
    assert "css" in topics_taught(css)
    assert "css" not in {s["id"] for s in css["skipped"]}


def test_the_page_and_the_command_line_say_it_with_an_undo() -> None:
    page = Client().get("/roadmaps/generate", {"goal": "machine learning but my maths is weak"}, follow=True)
    assert page.status_code == 200
    shown = text(page.content.decode())
    assert "“my maths is weak” → maths you find hard" in shown
    assert "teaches it in its own topics: Probability" in shown
    assert "Undo" in shown
    result = CliRunner().invoke(app, ["generate", "machine learning but my maths is weak"])
    assert result.exit_code == 0, result.output
    assert "“my maths is weak” → maths you find hard" in result.output
    assert "--plain 'my maths is weak'" in result.output


def test_the_finder_says_it_too_with_an_undo() -> None:
    answer = Client().post(
        "/api/v1/finder", {"goal": "data science but im bad at math"}, content_type="application/json"
    )
    assert answer.status_code == 200, answer.content[:300]
    found = answer.json()
    # before: set apart from nothing, "math" was a field with no roadmap; with the clause read, it must not go unsaid
    assert "“im bad at math” → maths you find hard" in found["message"]
    assert [u["how"] for u in found["goal_known"]] == ["struggles"]
    assert found["recommendations"][0]["slug"] == "data-scientist"
    undone = Client().post(
        "/api/v1/finder",
        {"goal": "data science but im bad at math", "plain": ["im bad at math"]},
        content_type="application/json",
    )
    assert "maths you find hard" not in undone.json()["message"]


POINTED_BACK = [
    ("sql, i'm pretty bad at it", "i'm pretty bad at it", "SQL", "sql-basics"),
    ("learn sql, im really weak in it", "im really weak in it", "SQL", "sql-basics"),
    ("i want to learn python but i struggle with it", "i struggle with it", "Python", "python-basics"),
]


@pytest.mark.parametrize(("goal", "clause", "subject", "first"), POINTED_BACK)
def test_a_struggle_that_points_back_at_the_goal_is_said_and_the_subject_kept_whole(
    goal: str, clause: str, subject: str, first: str
) -> None:
    # before: the clause was dropped unsaid ("sql, i'm pretty bad at it" was “sql” → SQL and nothing more)
    roadmap = _generated(goal)
    assert roadmap["title"] == subject
    assert first in topics_taught(roadmap)
    [reading] = [u for u in roadmap["understood"] if u["said"] == clause]
    assert reading["how"] == "struggles"
    assert reading["means"][0]["name"].startswith(f"{subject}, which you find hard")
    assert not roadmap["not_understood"]
    undone = _generated(goal, plain=[clause])
    assert "struggles" not in [u["how"] for u in undone["understood"]]


def test_a_struggle_pointing_back_on_the_page_the_command_line_and_the_finder() -> None:
    goal = "sql, i'm pretty bad at it"
    page = Client().get("/roadmaps/generate", {"goal": goal}, follow=True)
    assert page.status_code == 200
    shown = text(page.content.decode())
    assert "“i'm pretty bad at it” → SQL, which you find hard" in shown
    assert "Undo" in shown
    result = CliRunner().invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert "“i'm pretty bad at it” → SQL, which you find hard" in result.output
    answer = Client().post("/api/v1/finder", {"goal": goal}, content_type="application/json")
    found = answer.json()
    assert "“i'm pretty bad at it” → SQL, which you find hard" in found["message"]
    assert [u["how"] for u in found["goal_known"]] == ["struggles"]
    assert found["recommendations"][0]["slug"] == "sql"
