"""Goals whose words were read but never said: learning to code *for AI*, and a choice listed beside a field.

"learn coding for ai" answered the learn-to-code choice (Python or JavaScript) with a hint that never mentioned AI:
"for ai" was read as the AI choice and dropped for the longer "learn coding". The learner named the language by
saying what it is for: Python is the one AI and machine-learning work is done in. It is now the Python roadmap,
“for ai” said as the reason with an Undo that brings back the choice, and AI Engineer and Machine Learning Engineer
named as where it leads. Undone, and "learn to code with ai" with its "with ai" undone, the choice says what became
of "ai".

"learn apis and databases" answered "no roadmap or topic named “learn apis and databases”", though "apis" is a
choice and "databases" a field it read: now the choice, with the field said beside it, and an example goal to write
that a learner would write ("learn api design and sql", where it was "api design and database administrator").
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_answer, finder_picks, generate_answer, generated_page, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
FIRST_LANGUAGES = ["python", "javascript", "computer-science"]


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("learn coding for ai", "for ai"),
        ("learn to code for ai", "for ai"),
        ("i want to learn programming for ai", "for ai"),
        ("learn to code for artificial intelligence", "for artificial intelligence"),
        ("Learn To Code For AI", "For AI"),
    ],
)
def test_learning_to_code_for_ai_is_python_said_with_why_and_where_it_leads(goal: str, said: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body  # before: the learn-to-code choice, "for ai" never said
    check_openapi("/api/v1/roadmaps/generate", 201, body, method="post")
    assert body["title"] == "Python"
    reading = next(u for u in body["understood"] if u["said"] == said)
    assert [m["key"] for m in reading["means"]] == ["python"]
    note = next(n for n in body["notes"] if n.startswith(f"“{said}”"))
    assert "AI and machine-learning work is done in Python" in note, note
    assert "AI Engineer" in note  # where it leads
    assert "Machine Learning Engineer" in note
    assert body["not_understood"] == []


def test_undoing_for_ai_brings_back_the_choice_with_ai_said() -> None:
    status, body = generate_answer("learn to code for ai", plain=["for ai"])
    assert status == 404, body.get("title")
    assert [c["key"] for c in body["choices"]] == FIRST_LANGUAGES
    assert "“for ai”" in body["hint"], body["hint"]  # what became of it, never silently dropped
    assert "chooses no first language, so it is not used here" in body["hint"]


def test_undoing_with_ai_of_learning_to_code_says_what_became_of_ai() -> None:
    status, body = generate_answer("learn to code with ai", plain=["with ai"])
    assert status == 404, body.get("title")
    assert [c["key"] for c in body["choices"]] == FIRST_LANGUAGES
    assert "“with ai”" in body["hint"], body["hint"]  # before: "ai" was not said at all
    assert "“learn to code for ai”" in body["hint"]  # the goal to type for AI work


@pytest.mark.parametrize(
    ("goal", "said", "title", "why"),
    [
        ("learn coding for ai", "for ai", "Python", "AI and machine-learning work is done in Python"),
        ("learn coding to make websites", "to make websites", "Frontend Developer", "websites are coded in HTML"),
        ("learn programming for data", "for data", "Python", "data work is programmed in Python"),
    ],
)
def test_coding_for_a_field_on_the_page_and_the_command_line(goal: str, said: str, title: str, why: str) -> None:
    shown = generated_page(goal)
    assert f"“{said}” → {title}" in shown, shown[:2000]
    assert why in shown
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert f"“{said}” → {title}" in result.output
    assert f"--plain '{said}'" in result.output
    _, body = generate_answer(goal)
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert json.loads(result.stdout)["understood"] == body["understood"]


@pytest.mark.parametrize(
    ("goal", "said", "title", "picks"),
    [
        ("learn coding for ai", "for ai", "Python", ["python", "ai-engineer"]),
        ("learn to code websites", "websites", "Frontend Developer", ["frontend"]),  # before: the whole web field
        ("learn programming for data", "for data", "Python", ["python"]),
        ("learn to code and data", "data", "Python", ["python"]),
    ],
)
def test_the_finder_reads_coding_for_a_field_as_the_generator_does(
    goal: str, said: str, title: str, picks: list[str]
) -> None:
    found = finder_answer(goal)
    assert found["message"].startswith(f"We read “{said}” as {title}."), found["message"]  # before: a field question
    assert finder_picks(found)[: len(picks)] == picks


@pytest.mark.parametrize(
    ("goal", "choices", "choosing"),
    [
        ("learn apis and databases", ["api-design", "backend"], "“APIs” can mean two roadmaps"),
        ("learn ai and databases", ["ai-engineer", "machine-learning"], "“AI” is several roadmaps"),
        ("learn to code and databases", ["python", "javascript"], "starts with one language"),
    ],
)
def test_a_choice_beside_a_field_says_which_part_needs_choosing_and_the_field(
    goal: str, choices: list[str], choosing: str
) -> None:
    status, body = generate_answer(goal)
    assert status == 404
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert [c["key"] for c in body["choices"]][: len(choices)] == choices
    assert choosing in body["hint"]
    # before: "the catalog has no roadmap or topic named “learn apis and databases”", the whole goal as unknown
    assert "no roadmap or topic named" not in body["hint"], body["hint"]
    assert "“databases” names a field" in body["hint"]
    assert "SQL" in body["hint"]  # the field's roadmaps, to write beside the choice


@pytest.mark.parametrize(
    ("goal", "example"),
    [
        ("learn apis and databases", "learn api design and sql"),
        ("learn ai and databases", "ai engineer and sql"),
        ("learn to code and databases", "learn python and sql"),
    ],
)
def test_the_example_beside_a_field_is_a_goal_a_learner_would_write(goal: str, example: str) -> None:
    _, body = generate_answer(goal)
    # before: “api design and database administrator”, a skill beside a job no learner puts in one goal
    assert f"write it beside your choice, as in “{example}”" in body["hint"], body["hint"]
    status, built = generate_answer(example)
    assert status == 201, built  # the example, typed as it is, builds a roadmap


def test_a_choice_beside_a_field_on_the_page() -> None:
    page = Client().get("/roadmaps/generate", {"goal": "learn apis and databases"})
    assert page.status_code == 200
    shown = text(page.content)
    assert "choose where to start" in shown
    assert "“databases” names a field" in shown
    assert "no roadmap or topic named" not in shown


@pytest.mark.parametrize(
    ("goal", "title"),
    [  # nearby goals keep their answers
        ("learn python for data science", "Data Scientist"),
        ("ai engineer", "AI Engineer"),
        ("machine learning with python", "Machine Learning Engineer with Python"),
        ("learn sql and python", "SQL and Python"),
        ("coding for machine learning", "Machine Learning Engineer"),
        ("learn ai and python", "Machine Learning Engineer and Python"),
        ("learn python for ai", "Python and Machine Learning Engineer"),
        ("learn to code games", "Your first game"),  # a thing to make beside learning to code keeps its reading
        ("learn to code for data analysis", "Data Analyst"),
        ("learn python for data", "Python"),
        ("make a website for my bakery", "A small website"),
    ],
)
def test_nearby_goals_keep_their_roadmaps(goal: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title


@pytest.mark.parametrize(
    ("goal", "choices"),
    [
        ("learn ai", ["ai-engineer", "machine-learning", "data-scientist", "prompt-engineering"]),
        ("learn to code", FIRST_LANGUAGES),
        ("learn apis", ["api-design", "backend"]),
        ("learn to code with ai", FIRST_LANGUAGES),
    ],
)
def test_nearby_choices_keep_their_choices(goal: str, choices: list[str]) -> None:
    status, body = generate_answer(goal)
    assert status == 404
    assert [c["key"] for c in body["choices"]] == choices
    assert "names a field" not in body["hint"]
