"""Goals the team found answered wrongly, as learners typed them, on the shipped catalog.

Becoming senior with no job named ("want to become senior", "i'm a junior dev and want to be senior") is a promotion
in the job the learner has: the generator asks which job, with the jobs to choose from, as "get promoted" does, and
the finder says it read it; neither says “senior” was not understood. A search for a goal that leaves a choice of
job ("get a job in tech", "break into tech") has the entry-level job roadmaps first, says what it read, and points to
the finder: "job" was a filler word and "tech" matched "tech lead" and "tech writer".
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

SENIOR = [
    "want to become senior",
    "i'm a junior dev and want to be senior",
    "i want to be a senior developer",
    "how do i become a senior engineer",
    "go from junior to senior",
]


@pytest.mark.parametrize("goal", SENIOR)
def test_becoming_senior_with_no_job_asks_which_job(goal: str) -> None:
    # Before: “senior” not understood, and Product Manager, Engineering Manager, Software Architect offered
    status, body = generate_answer(goal)
    assert status == 404, body
    assert "Read as a promotion in the job you have" in body["hint"]
    assert "no roadmap or topic named “senior”" not in body["hint"]
    assert {"backend", "frontend"} <= set(body["suggestions"])


def test_becoming_senior_on_the_page_and_the_command_line() -> None:
    page = text(Client().get("/roadmaps/generate", {"goal": "want to become senior"}).content)
    assert "choose where to start" in page
    assert "Read as a promotion in the job you have" in page
    assert "Backend Developer" in page
    assert "Frontend Developer" in page
    result = runner.invoke(app, ["generate", "i'm a junior dev and want to be senior"])
    flat = " ".join(result.output.split())
    assert "to choose:" in flat, flat
    assert "choose from: Software Engineer, Backend Developer" in flat


def test_becoming_a_senior_in_a_named_job_stays_that_job() -> None:
    status, body = generate_answer("become a senior backend engineer")
    assert status == 201, body
    assert body["title"].startswith("Backend Developer")


def test_the_finder_says_it_read_becoming_senior() -> None:
    # Before: “senior” not understood beside the field question
    found = finder_answer("want to become senior", "job")
    assert found["not_understood"] == []
    assert "We read “become senior” as a promotion." in found["message"]
    assert found["follow_up"]["question"] == "Which field interests you?"


JOBS_IN_TECH = ["get a job in tech", "first job in tech", "break into tech", "get into it", "career change to tech"]
ENTRY_LEVEL = ["frontend", "data-analyst", "qa-engineer"]


@pytest.mark.parametrize("query", JOBS_IN_TECH)
def test_a_search_for_a_job_in_tech_has_the_entry_level_jobs_first(query: str) -> None:
    # Before: Engineering Manager, Developer Relations, Software Architect first ("tech" of "tech lead"); "get into
    # it" found nothing
    response = Client().get("/api/v1/search", {"q": query})
    assert response.status_code == 200
    body = response.json()
    assert [hit.get("slug") for hit in body["results"][:3]] == ENTRY_LEVEL
    assert body["results"][0]["matched"] == [{"field": "goal", "text": "A job in tech", "topic": None}]
    assert body["goal"]["read_as"] == "A job in tech"
    assert "answer the finder's four questions" in body["goal"]["message"]


def test_a_search_for_a_job_in_tech_says_so_on_the_page_and_the_command_line() -> None:
    page = text(Client().get("/search", {"q": "get a job in tech"}).content)
    assert "We read “" in page
    assert "as a job in tech: its roadmaps come first." in page
    assert "Ask the roadmap finder about “get a job in tech”" in page
    assert page.index("Frontend Developer") < page.index("Engineering Manager")
    result = runner.invoke(app, ["search", "break into tech"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "We read “break into tech” as a job in tech" in flat
    assert "roadmapfinder finder --goal 'break into tech'" in flat


def test_a_role_named_with_tech_is_still_searched_by_its_name() -> None:
    for query, first in [("tech lead", "software-architect"), ("technical writer", "technical-writer")]:
        body = Client().get("/api/v1/search", {"q": query}).json()
        assert body["goal"] is None
        assert body["results"][0]["slug"] == first
