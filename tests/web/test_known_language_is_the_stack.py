"""The language a learner says they know is the stack of the role they ask for, when the goal names none: "i know
python and want to be a backend developer" is Backend Developer in Python. It used to teach "A backend programming
language · 40 h" as if they knew no language, with nothing said of their Python."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, generated_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _variant(body: dict[str, object], topic: str) -> object:
    phases = body["phases"]
    assert isinstance(phases, list)
    return next(s["variant"] for p in phases for s in p["core_skills"] if s["topic"] == topic)


@pytest.mark.parametrize(
    ("goal", "title", "stack", "variant"),
    [
        ("i know python and want to be a backend developer", "Backend Developer in Python", "python", "Python"),
        ("i know javascript, want to become a backend dev", "Backend Developer in JavaScript", "javascript", None),
    ],
)
def test_the_language_they_know_is_the_roles_stack_said_and_undoable(
    goal: str, title: str, stack: str, variant: str | None
) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert body["stack"] == stack
    [reading] = [u for u in body["understood"] if u["how"] == "stack"]
    assert reading["means"][0]["name"].endswith(", the language you know")
    if variant:
        assert _variant(body, "backend-language") == variant
    status, undone = generate_answer(goal, plain=[reading["said"]])
    assert status == 201
    assert undone["title"] == "Backend Developer"
    assert undone.get("stack") is None


def test_two_languages_known_choose_none() -> None:
    status, body = generate_answer("i know python and java, want to be a backend developer")
    assert status == 201
    assert body["title"] == "Backend Developer"
    assert not [u for u in body["understood"] if u["how"] == "stack"]


def test_the_page_and_the_command_line_say_it() -> None:
    page = generated_page("i know python and want to be a backend developer")
    assert "“Python” → in Python, the language you know" in page
    assert "A backend programming language (Python)" in page
    result = CliRunner().invoke(app, ["generate", "backend developer", "--know", "python"])
    assert result.exit_code == 0, result.output
    assert "Backend Developer in Python Roadmap" in result.output
    assert "--plain Python" in result.output
