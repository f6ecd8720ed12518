"""Job titles and fields that named several roadmaps, as learners type them, on the shipped catalog: through the
generate API, the page, the command line and the finder.

Before: "analytics engineer" built Data Analyst and Data Engineer merged under "Data Analyst Roadmap" (858 h),
"web development" Frontend and Full-Stack Developer under "Frontend Developer Roadmap" (868 h), "javascript developer"
Frontend Developer with all of JavaScript's roadmap, and "aws engineer" AWS with Cloud Engineer (693 h under "AWS
Roadmap"), the finder putting Cloud Engineer first.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

CHOICES = [
    ("analytics engineer", ["data-analyst", "data-engineer"]),
    ("i want to become an analytics engineer", ["data-analyst", "data-engineer"]),
    ("web development", ["frontend", "full-stack", "backend"]),
    ("learn web development", ["frontend", "full-stack", "backend"]),
    ("web developers", ["frontend", "full-stack", "backend"]),
    ("javascript developer", ["frontend", "full-stack", "javascript"]),
    ("i want to be a javascript developer", ["frontend", "full-stack", "javascript"]),
]


@pytest.mark.parametrize(("goal", "choices"), CHOICES)
def test_a_title_several_roadmaps_share_is_a_choice_never_two_merged(goal: str, choices: list[str]) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body  # no roadmap built under one of the titles
    assert body["suggestions"][: len(choices)] == choices
    assert "the usual way in" in body["hint"]


def test_python_web_dev_is_django_as_python_web_developer_is() -> None:
    status, body = generate_answer("python web dev")  # before: Python alone, "web dev" unread
    assert status == 201, body
    assert body["title"] == "Django"


def test_web_development_says_it_was_read_as_the_job_title() -> None:
    status, body = generate_answer("web development")
    assert status == 404, body
    assert body["hint"].startswith("“web development” is read as “web developer”")


@pytest.mark.parametrize("goal", ["analytics engineer", "javascript developer", "web development"])
def test_the_page_and_the_command_line_offer_the_same_choice(goal: str) -> None:
    response = Client().get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 200
    page = text(response.content)
    assert "choose where to start" in page
    _, body = generate_answer(goal)
    titles = {"data-analyst": "Data Analyst", "data-engineer": "Data Engineer", "frontend": "Frontend Developer"}
    assert titles[body["suggestions"][0]] in page
    result = runner.invoke(app, ["generate", goal])
    flat = " ".join(result.output.split())
    assert "to choose:" in flat, flat
    assert f"choose from: {titles[body['suggestions'][0]]}," in flat


@pytest.mark.parametrize("goal", ["analytics engineer", "javascript developer"])
def test_the_finder_offers_the_roadmaps_the_generator_offers(goal: str) -> None:
    _, body = generate_answer(goal)
    picks = finder_picks(finder_answer(goal))
    assert body["suggestions"][0] in picks[:3]
    assert body["suggestions"][1] in picks[:3]


@pytest.mark.parametrize("goal", ["aws engineer", "aws solutions architect", "i want to be an aws engineer"])
def test_an_aws_engineer_is_the_aws_roadmap_alone(goal: str) -> None:
    # the AWS roadmap is the path to an AWS cloud engineer's job and its Solutions Architect exams; Cloud Engineer
    # spreads over three clouds
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"].startswith("AWS")
    assert {m["key"] for u in body["understood"] for m in u["means"] if u["said"] in goal} == {"aws"}
    assert finder_picks(finder_answer(goal))[0] == "aws"
    result = runner.invoke(app, ["finder", "--goal", goal, "--known", "", "--hours", "10", "--purpose", "job"])
    assert f"We read “{goal.removeprefix('i want to be an ')}” as AWS." in " ".join(result.output.split())
