"""A promotion asked of the finder with no job named, as learners ask it, on the shipped catalog.

"i want to get promoted" was read as Career development and engineering ladders (the alias "promotions" of a
manager's topic), so the finder offered Engineering Manager first, then Software Engineer and MLOps ("Model registry
and promotion"). A learner asking for a promotion mostly wants the next level of the job they have, junior to mid,
mid to senior, which the generator already reads so (a promotion in the job you have, which job to choose). The
finder now says that reading, undoable, asks which job it is in, and offers the manager route beside it.
"""

from __future__ import annotations

import shlex

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

PROMOTIONS = [
    ("i want to get promoted", "get promoted"),
    ("how do i get promoted", "get promoted"),
    ("i want a promotion at work", "promotion at work"),
]


@pytest.mark.parametrize(("goal", "said"), PROMOTIONS)
def test_a_promotion_with_no_job_is_the_next_level_of_the_job_you_have(goal: str, said: str) -> None:
    # Before: "We read “promoted” as Career development and engineering ladders.", Engineering Manager first
    found = finder_answer(goal, "job")
    assert finder_picks(found) == [], found["message"]
    assert f"We read “{said}” as a promotion." in found["message"]
    assert "next level of the job you have (junior to mid, mid to senior)" in found["message"]
    assert "Career development" not in found["message"]
    assert found["not_understood"] == []
    assert found["follow_up"]["question"] == "Which job are you promoted in?"  # each choice keeps the promotion
    # the manager route is offered beside the fields, never as the answer
    assert "To lead a team instead, Engineering Manager is the manager's route." in found["message"]
    alternative = found["follow_up"]["choices"][-1]
    assert alternative == {
        "key": "engineering manager",
        "label": "leading a team instead",
        "examples": "Engineering Manager",
    }
    assert found["read_as_choice"] == {said: "a promotion"}
    assert finder_picks(finder_answer(alternative["key"], "job"))[0] == "engineering-manager"


def test_the_promotion_read_as_typed_is_the_managers_topic_again() -> None:
    undone = finder_answer("i want to get promoted", "job", plain=["get promoted"])
    assert finder_picks(undone)[0] == "engineering-manager", undone["message"]
    assert "Career development and engineering ladders" in undone["message"]
    assert undone["read_as_choice"] == {}


def test_a_promotion_on_the_finder_page_says_it_with_its_undo_and_the_manager_route() -> None:
    response = Client().get("/finder", {"goal": "i want to get promoted", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert "We did not understand your goal" not in page
    assert "Your goal leaves a choice to make" in page
    assert "Your goal: “get promoted” → a promotion Undo" in page
    assert "Leading a team instead (Engineering Manager)" in page
    body = response.content.decode()
    assert "plain=get+promoted" in body
    assert "goal=engineering+manager" in body


def test_a_promotion_on_the_command_line_says_its_undo_and_the_manager_route() -> None:
    result = runner.invoke(app, ["finder", "--goal", "i want to get promoted", "--hours", "8", "--purpose", "job"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "We read “get promoted” as a promotion." in flat
    assert "Add --plain 'get promoted' to read it as typed" in flat
    command = shlex.join(["roadmapfinder", "finder", "--goal", "engineering manager", "--hours", "8"])
    assert f"{command} --purpose job (leading a team instead: Engineering Manager)" in flat
    assert "1. Engineering Manager" not in flat


def test_becoming_senior_offers_the_manager_route_too() -> None:
    found = finder_answer("want to become senior", "job")
    assert "We read “become senior” as a promotion." in found["message"]
    assert "To lead a team instead, Engineering Manager is the manager's route." in found["message"]
    assert found["read_as_choice"] == {"become senior": "a promotion"}
    for goal in ("learn to code", "get a job"):  # other choices offer no manager route
        other = finder_answer(goal, "job")
        assert "Engineering Manager" not in other["message"]
        assert all(c["key"] != "engineering manager" for c in other["follow_up"]["choices"])
