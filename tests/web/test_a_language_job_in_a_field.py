"""A job in a field named beside a language is the field's job in that language, never the language's default job.

"python, want a data job" was Python and Backend Developer ("A junior Python job is most often a Backend Developer
job"), "data" said to be "a whole field, not one skill" and then ignored: `scope.JOB_ROLES` gave Python's default role
whatever field the goal named. Now the field and the language choose the role together: a data job with Python is
Data Analyst, the usual way into data, said as a reading of “data job” with the other data jobs named and an Undo
that offers the choice; a web job with JavaScript is Frontend Developer, said the same way. "python job" alone and
"python backend job" are as they were.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, generated, generated_page, understood_keys

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _scope(roadmap: dict[str, object]) -> set[str]:
    scope = roadmap["scope"]
    assert isinstance(scope, list)
    return {s["roadmap"] for s in scope}


@pytest.mark.parametrize(
    ("goal", "said", "role", "title"),
    [
        ("python, want a data job", "data job", "data-analyst", "Python and Data Analyst"),
        ("python, want a job in data by june 2027", "job in data", "data-analyst", "Python and Data Analyst"),
        ("sql for a data job", "data job", "data-analyst", "SQL and Data Analyst"),
        ("javascript for a web dev job", "web dev job", "frontend", "JavaScript and Frontend Developer"),
        ("python cloud job", "cloud job", "cloud-engineer", "Python and Cloud Engineer"),
    ],
)
def test_a_field_job_with_a_language_is_the_fields_job_said_and_undoable(
    goal: str, said: str, role: str, title: str
) -> None:
    roadmap = generated(goal)
    assert roadmap["title"].startswith(title), roadmap["title"]
    assert role in _scope(roadmap)
    assert "backend" not in understood_keys(roadmap) | _scope(roadmap)
    (reading,) = [u for u in roadmap["understood"] if u["said"] == said]
    assert [m["key"] for m in reading["means"]] == [role]
    assert reading["how"] == "synonym"  # a curated reading: the learner may undo it
    assert not [n for n in roadmap["notes"] if "names a whole field" in n]  # the field chose the job: said so
    assert not [n for n in roadmap["notes"] if "Backend Developer job" in n]


def test_a_data_job_with_python_says_why_data_analyst_and_names_the_others() -> None:
    roadmap = generated("python, want a data job")
    (note,) = [n for n in roadmap["notes"] if n.startswith("“data job” with Python")]
    assert "usual way into data" in note
    assert "Data Engineer" in note
    assert "Data Scientist" in note
    assert "undo “data job”" in note
    assert [n for n in roadmap["notes"] if n.startswith("A Data Analyst job with Python, and Python has no job-ready")]


def test_undoing_a_field_job_offers_the_fields_jobs_never_the_default_one() -> None:
    status, body = generate_answer("python, want a data job", plain=["data job"])
    assert status == 404, body
    assert body["suggestions"] == ["data-analyst", "data-engineer", "data-scientist"]
    assert "Backend" not in json.dumps(body)


@pytest.mark.parametrize(
    ("goal", "role"),
    [
        ("learn python to get a data science job", "data-scientist"),
        ("python ai job", "machine-learning"),
        ("python machine learning job", "machine-learning"),
    ],
)
def test_a_field_the_goal_names_as_a_role_keeps_that_role(goal: str, role: str) -> None:
    roadmap = generated(goal)
    assert role in understood_keys(roadmap)
    assert "backend" not in understood_keys(roadmap) | _scope(roadmap)


def test_knowing_python_and_wanting_a_job_in_data_is_the_data_choice() -> None:
    status, body = generate_answer("i know python and want a job in data")
    assert status == 404, body
    assert body["suggestions"] == ["data-analyst", "data-engineer", "data-scientist"]


def test_a_language_job_without_a_field_is_unchanged() -> None:
    roadmap = generated("python job")
    assert _scope(roadmap) == {"python", "backend"}
    assert [n for n in roadmap["notes"] if "most often a Backend Developer job" in n]
    backend = generated("python backend job")
    assert backend["title"] == "Backend Developer in Python"
    assert not [u for u in backend["understood"] if u["said"] == "backend job"]


def test_the_command_line_says_the_reading_with_its_undo() -> None:
    result = runner.invoke(app, ["generate", "python, want a data job by june 2027"])
    assert result.exit_code == 0, result.output
    assert "“data job” → Data Analyst" in result.output
    assert "--plain 'data job'" in result.output
    assert "Backend Developer" not in result.output
    assert "names a whole field" not in result.output


def test_the_page_and_the_finder_answer_with_the_data_jobs() -> None:
    page = generated_page("python, want a data job")
    assert "Data Analyst" in page
    assert "Backend Developer" not in page
    picks = finder_picks(finder_answer("python data job"))
    assert "backend" not in picks
    assert "data-analyst" in picks
