"""A plan's names typed as the sentence a learner would say ("react by march", "python 5h/week", "i know html"): the
refusal says what each part is and where it goes, on the command line, the API and the plan form. It used to say
"not in the catalog, no roadmap or topic teaches it", false for the React of "react by march"."""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("react by march", "“react” is React and “by march” is a date to finish by"),
        ("python 5h/week", "“python” is Python and “5h/week” is hours a week"),
        ("learn docker in 2 months", "“docker” is Docker and “in 2 months” is a date to finish by"),
        # the hours of a job are no study time (tests/web/test_work_hours_are_not_study_hours.py): was "“full time”
        # is hours a week"
        (
            "react while working full time",
            "“react” is React and “while working full time” is the hours of your job, not your study time",
        ),
        # how the learner feels about a subject is never a name (tests/web/test_what_learners_feel_about.py)
        (
            "devops but i hate yaml",
            "“devops” is DevOps Engineer and “i hate yaml” is how you feel about JSON and YAML, not a name",
        ),
    ],
)
def test_the_command_line_says_each_part_of_a_sentence_and_where_it_goes(typed: str, said: str) -> None:
    result = CliRunner().invoke(app, ["plan", typed])
    assert result.exit_code == 2
    assert f"`{typed}` is more than a name: {said}" in result.stderr
    assert "no roadmap or topic teaches it" not in result.stderr
    assert "give the date with --target, the hours with --hours and what you know with --known" in result.stderr


def test_what_a_learner_knows_typed_among_the_names_is_said_as_what_they_know() -> None:
    result = CliRunner().invoke(app, ["plan", "frontend, i know html"])  # the comma makes two names
    assert result.exit_code == 2
    assert "`i know html` is more than a name: “i know html” says what you already know" in result.stderr


def test_a_misspelt_name_is_still_answered_with_its_closest_names() -> None:
    result = CliRunner().invoke(app, ["plan", "kubernets"])
    assert "`kubernets` (close names: Kubernetes" in result.stderr
    assert "more than a name" not in result.stderr


def test_the_api_says_it_in_its_own_fields() -> None:
    answer = Client().post("/api/v1/plans", {"targets": ["python 5h/week"]}, content_type="application/json")
    assert answer.status_code == 400
    body = answer.json()
    assert "`python 5h/week` is more than a name: “python” is Python and “5h/week” is hours a week" in body["detail"]
    assert "the hours as `hours_per_week`" in body["hint"]
    assert "--hours" not in body["hint"]
    assert "python" in body["suggestions"]


def test_the_plan_form_says_it_in_its_own_labels_with_the_generator_offered() -> None:
    response = Client().post("/generate", {"goals": "react by march", "hours": "10"})
    assert response.status_code == 400
    page = text(response.content.decode())
    assert "“react by march” is more than a name: “react” is React and “by march” is a date to finish by" in page
    assert "put the date in “Finish by”" in page
    assert "--target" not in page
    assert "Build a roadmap for “react by march” in your own words" in page
