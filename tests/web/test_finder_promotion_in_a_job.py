"""A promotion in the job the goal names, asked of the finder as learners ask it, on the shipped catalog.

The generator reads "get promoted to senior backend engineer" as a promotion: Backend Developer past its job-ready
milestone, the job the learner has being its first phases. The finder read the same goal as "promoted" → Career
development and engineering ladders (a manager's topic whose alias is "promotions") and "senior" as aiming past a first
job: Backend Developer whole (64–99 weeks), then Cloud Engineer and Product Manager found by "promoted"; and "senior
devops engineer promotion" said "We did not understand “promotion”". Now the finder reads the promotion as the
generator does, says it, counts the phases past the milestone and offers its Undo.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

PROMOTIONS = [
    # goal, the promotion's words, the job's roadmap, its phases past the milestone
    ("get promoted to senior backend engineer", "get promoted to senior", "backend", "Backend Developer", "5–7 of 7"),
    (
        "i want to get promoted to senior backend engineer",
        "get promoted to senior",
        "backend",
        "Backend Developer",
        "5–7 of 7",
    ),
    ("senior devops engineer promotion", "senior devops engineer promotion", "devops", "DevOps Engineer", "7–8 of 8"),
    ("promotion to senior frontend developer", "promotion to senior", "frontend", "Frontend Developer", "7–8 of 8"),
    ("how do i get a promotion as a data analyst", "get a promotion", "data-analyst", "Data Analyst", "6–8 of 8"),
]


@pytest.mark.parametrize(("goal", "said", "slug", "title", "phases"), PROMOTIONS)
def test_a_promotion_in_a_named_job_is_that_job_past_its_milestone(
    goal: str, said: str, slug: str, title: str, phases: str
) -> None:
    found = finder_answer(goal, "job")
    message = found["message"]
    assert finder_picks(found)[0] == slug, message
    assert f"We read “{said}” as a promotion: {title} past its job-ready milestone, from the job you have " in message
    assert f"(phases {phases})" in message
    assert "Career development" not in message
    assert "aiming past a first job" not in message
    assert found["not_understood"] == []
    assert found["promotion"]["said"] == said
    first = found["recommendations"][0]
    assert first["promoted_from"] is not None
    assert first["job_ready_phases"] is None
    # the phases past the milestone, less than the whole roadmap
    assert first["weeks_max"] < first["whole_weeks_max"]
    assert "for the promotion" in first["reason"]


def test_the_promotion_read_as_typed_is_its_words_again() -> None:
    undone = finder_answer("get promoted to senior backend engineer", "job", plain=["get promoted to senior"])
    assert undone["promotion"] is None
    assert "Career development and engineering ladders" in undone["message"]
    assert undone["recommendations"][0]["promoted_from"] is None


def test_a_promotion_to_a_level_the_roadmap_starts_past_is_said_not_dropped() -> None:
    # "promotion to staff engineer": Software Architect starts at Mid level, so the whole roadmap, said so
    found = finder_answer("promotion to staff engineer", "job")
    assert finder_picks(found)[0] == "software-architect"
    said = "We read “promotion to staff engineer” as a promotion: Software Architect, the whole roadmap"
    assert said in found["message"]
    assert "Career development" not in found["message"]


def test_the_promotion_on_the_finder_page_is_listed_with_its_undo() -> None:
    response = Client().get("/finder", {"goal": "get promoted to senior backend engineer", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert "“get promoted to senior” → Backend Developer past its job-ready milestone" in page
    assert "Career development" not in page
    assert "plain=get+promoted+to+senior" in response.content.decode()


def test_the_promotion_on_the_command_line_says_its_undo() -> None:
    result = runner.invoke(app, ["finder", "--goal", "senior devops engineer promotion", "--purpose", "job"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "We read “senior devops engineer promotion” as a promotion: DevOps Engineer past" in flat
    assert "Add --plain 'senior devops engineer promotion' to read it as typed" in flat
    assert "Not understood" not in flat
    assert "1. DevOps Engineer" in flat
