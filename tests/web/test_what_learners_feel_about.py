"""Goals that say how the learner feels about a subject ("devops but i hate yaml", "i don't like javascript but want
to do frontend", "math scares me, data science", "css is boring"), on the generator's three surfaces and the
finder: what they dislike or fear inside their goal stays in the plan and is never a second subject; the reading
says what they said (never "which you find hard"), whether the roadmap uses it, and can be undone."""

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


def _felt(roadmap: dict[str, Any], said: str) -> str:
    [reading] = [u for u in roadmap["understood"] if u["said"] == said]
    assert reading["how"] == "feels"
    name: str = reading["means"][0]["name"]
    return name


FELT_INSIDE = [
    # goal, clause, title, what it is about, a topic of it that stays, what the reading says of it
    (
        "devops but i hate yaml",
        "i hate yaml",
        "DevOps Engineer",
        "json-and-yaml",
        "JSON and YAML, which you'd rather avoid: DevOps Engineer uses it, so it stays",
    ),
    (
        "i don't like javascript but want to do frontend",
        "i don't like javascript",
        "Frontend Developer",
        "javascript-basics",
        "JavaScript, which you'd rather avoid: Frontend Developer uses it, so it stays",
    ),
    (
        "frontend developer, css is boring",
        "css is boring",
        "Frontend Developer",
        "css",
        "CSS fundamentals, which you find boring: Frontend Developer uses it, so it stays",
    ),
    # a wish to do without it: was Data Analyst beside Python, Python a second subject, "don't" not understood
    (
        "i want to be a data analyst but i don't want to learn python",
        "i don't want to learn python",
        "Data Analyst",
        "python-basics",
        "Python, which you'd rather avoid: Data Analyst uses it, so it stays",
    ),
    # "data analysis without coding": was "without coding" dropped unsaid; a framework the learner would do without
    # ("frontend without react") leaves the roadmap: test_doing_without_a_framework.py
    (
        "data analysis without coding",
        "without coding",
        "Data Analyst",
        "python-basics",
        "coding, which you'd rather avoid: Data Analyst is learnt by writing code, so it stays",
    ),
]


@pytest.mark.parametrize(("goal", "clause", "title", "stays", "said"), FELT_INSIDE)
def test_what_the_learner_dislikes_inside_their_goal_stays_and_is_no_second_subject(
    goal: str, clause: str, title: str, stays: str, said: str
) -> None:
    roadmap = _generated(goal)
    # before: "DevOps Engineer and JSON and YAML" (and "JavaScript and Frontend Developer"), "hate" not understood
    assert roadmap["title"] == title
    assert stays in topics_taught(roadmap)
    assert not roadmap["not_understood"]
    assert _felt(roadmap, clause) == said
    assert "find hard" not in said
    undone = _generated(goal, plain=[clause])
    assert "feels" not in [u["how"] for u in undone["understood"]]


def test_a_fear_of_maths_says_which_maths_the_roadmap_teaches() -> None:
    roadmap = _generated("math scares me, data science")
    assert roadmap["title"] == "Data Scientist"
    assert not roadmap["not_understood"]  # before: “scares” not understood
    notes = " ".join(roadmap["notes"])
    assert "The catalog has no roadmap for" not in notes  # before: maths was a field with no roadmap
    said = _felt(roadmap, "math scares me")
    assert said.startswith("maths, which worries you: Data Scientist uses it, so it stays")
    assert "Probability" in said
    assert {"probability", "statistics"} <= topics_taught(roadmap)


def test_a_feeling_about_what_the_goal_does_not_need_says_so() -> None:
    maths = _generated("i want to learn python, i hate math")
    assert maths["title"] == "Python"
    assert not maths["not_understood"]
    assert "The catalog has no roadmap for" not in " ".join(maths["notes"])
    assert _felt(maths, "i hate math").startswith("maths, which you'd rather avoid: Python has no maths topic")
    javascript = _generated("i want to learn python, i hate javascript")
    assert javascript["title"] == "Python"
    assert "javascript-basics" not in topics_taught(javascript)
    said = _felt(javascript, "i hate javascript")
    assert said == "JavaScript, which you'd rather avoid: Python does not use it, so it is not in this roadmap"


def test_what_the_learner_finds_scary_is_said_so() -> None:
    roadmap = _generated("i want to be a devops engineer, i find kubernetes intimidating")
    assert roadmap["title"] == "DevOps Engineer"
    assert not roadmap["not_understood"]  # before: “find”, “intimidating” not understood
    assert _felt(roadmap, "i find kubernetes intimidating").startswith("Kubernetes, which worries you: DevOps Engineer")


def test_a_feeling_about_the_subject_the_goal_asks_for_keeps_it() -> None:
    roadmap = _generated("python, i hate it")
    assert roadmap["title"] == "Python"
    assert _felt(roadmap, "i hate it") == "Python, which you'd rather avoid: your goal asks for it, so it stays"
    # a feeling that is the whole goal, "css is boring", builds nothing: test_a_goal_that_is_only_a_feeling.py


def test_the_page_and_the_command_line_say_it_with_an_undo() -> None:
    goal = "devops but i hate yaml"
    page = Client().get("/roadmaps/generate", {"goal": goal}, follow=True)
    assert page.status_code == 200
    shown = text(page.content.decode())
    assert "“i hate yaml” → JSON and YAML, which you'd rather avoid: DevOps Engineer uses it, so it stays" in shown
    assert "Undo: read “i hate yaml” as typed" in page.content.decode()
    result = CliRunner().invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "“i hate yaml” → JSON and YAML, which you'd rather avoid: DevOps Engineer uses it, so it stays" in said
    assert "--plain 'i hate yaml'" in said


def test_the_finder_says_it_of_the_roadmap_it_puts_first_with_an_undo() -> None:
    def found(goal: str, plain: list[str] | None = None) -> dict[str, Any]:
        sent: dict[str, Any] = {"goal": goal, **({"plain": plain} if plain else {})}
        answer = Client().post("/api/v1/finder", sent, content_type="application/json")
        assert answer.status_code == 200, answer.content[:300]
        body: dict[str, Any] = answer.json()
        return body

    devops = found("devops but i hate yaml")
    assert devops["recommendations"][0]["slug"] == "devops"
    assert (
        "“i hate yaml” → JSON and YAML, which you'd rather avoid: DevOps Engineer uses it, so it stays"
        in (devops["message"])
    )
    assert [u["how"] for u in devops["goal_known"]] == ["feels"]
    assert "hate" not in devops["not_understood"]
    frontend = found("i don't like javascript but want to do frontend")
    assert frontend["recommendations"][0]["slug"] == "frontend"  # before: JavaScript beside it
    assert "JavaScript, which you'd rather avoid: Frontend Developer uses it, so it stays" in frontend["message"]
    undone = found("devops but i hate yaml", plain=["i hate yaml"])
    assert "rather avoid" not in undone["message"]


def test_a_struggle_is_still_said_as_one() -> None:
    roadmap = _generated("sql, i'm pretty bad at it")
    [reading] = [u for u in roadmap["understood"] if u["said"] == "i'm pretty bad at it"]
    assert reading["how"] == "struggles"


def test_what_they_would_rather_not_learn_and_the_roadmap_does_not_use_is_no_subject() -> None:
    goal = "i'd rather not learn javascript, i want to do backend"
    roadmap = _generated(goal)
    assert roadmap["title"] == "Backend Developer"  # before: JavaScript read as not known, "rather" not understood
    assert not roadmap["not_understood"]
    said = _felt(roadmap, "i'd rather not learn javascript")
    assert said == (
        "JavaScript, which you'd rather avoid: Backend Developer does not use it, so it is not in this roadmap"
    )


def test_doing_without_coding_says_the_roadmap_is_learnt_by_writing_code() -> None:
    roadmap = _generated("data analysis without coding")
    assert roadmap["title"] == "Data Analyst"  # before: “without coding” dropped, unsaid
    said = _felt(roadmap, "without coding")
    assert said == "coding, which you'd rather avoid: Data Analyst is learnt by writing code, so it stays"


@pytest.mark.parametrize(
    ("goal", "title"),
    [("learn python without a degree", "Python"), ("become a data analyst without experience", "Data Analyst")],
)
def test_what_a_learner_lacks_said_with_without_is_no_feeling(goal: str, title: str) -> None:
    roadmap = _generated(goal)
    assert roadmap["title"] == title
    assert "feels" not in [u["how"] for u in roadmap["understood"]]
