"""A goal the finder understood as one that leaves a choice is headed so, never "We did not understand your goal".

"learn to code", "get a job", "i want a remote job", "earn six figures", "what should i learn next" and "learn to code
with ai" were answered with the field question ("“learn to code” names no one skill yet: a field narrows it down.")
under the heading "We did not understand your goal": the heading was the choice's only when the finder said a phrase
of it (`read_as_choice`). "learn to code blorptastic" was headed the same, and nothing said which word was not read.
Now a goal read as a choice sets `FinderOut.leaves_choice`, the page heads it "Your goal leaves a choice to make", and
the words not understood are named beside it and in the message (the command line prints the message).
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

CHOICES = [
    "learn to code",
    "get a job",
    "i want a remote job",
    "earn six figures",
    "what should i learn next",
    "learn to code with ai",
]


def _heading(goal: str) -> str:
    """The heading the finder page answers the goal with (its second-level heading, as a reader sees it)."""
    response = Client().get("/finder", {"goal": goal, "purpose": "job"})
    assert response.status_code == 200
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", response.content.decode(), re.S)
    assert headings, text(response.content)
    return text(headings[0]).strip()


@pytest.mark.parametrize("goal", CHOICES)
def test_a_goal_read_as_a_choice_is_headed_as_one(goal: str) -> None:
    found = finder_answer(goal, "job")
    assert found["leaves_choice"] is True
    assert found["follow_up"]["question"] == "Which field interests you?"
    assert _heading(goal) == "Your goal leaves a choice to make"


def test_a_choice_with_words_not_understood_names_them() -> None:
    found = finder_answer("learn to code blorptastic", "job")
    assert found["leaves_choice"] is True
    assert found["not_understood"] == ["blorptastic"]
    assert "We did not understand “blorptastic”." in found["message"]
    heading = _heading("learn to code blorptastic")
    assert heading == "Your goal leaves a choice to make; we did not understand “blorptastic”"
    result = CliRunner().invoke(app, ["finder", "--goal", "learn to code blorptastic"])
    assert result.exit_code == 0, result.output
    assert "We did not understand “blorptastic”." in result.output


def test_a_goal_not_understood_is_still_said_so() -> None:
    assert finder_answer("blorptastic", "job")["leaves_choice"] is False
    assert _heading("blorptastic") == "We did not understand your goal"
