"""A goal read as a choice whose words say more than "a job" is said as read by the finder, as the generator says it.

"i want a remote job" and "earn six figures" were answered with the field question alone ("“i want a remote job” names
no one skill yet: a field narrows it down."), while `generate` said "Read as remote work, which says where you work,
not which job" and "Read as a well-paid job, which says why, not which job". Now the finder says what it read them
as, with a note of why the field decides, and offers the Undo every reading has (page link, `--plain`).
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

READ = [
    ("i want a remote job", "remote job", "a remote job", "Remote work says where you work, not which job"),
    ("earn six figures", "six figures", "a well-paid job", "Pay says why you learn, not what"),
]


@pytest.mark.parametrize(("goal", "said", "means", "why"), READ)
def test_the_finder_says_what_a_choice_was_read_as(goal: str, said: str, means: str, why: str) -> None:
    found = finder_answer(goal, "job")
    assert f"We read “{said}” as {means}." in found["message"]
    assert why in found["message"]
    assert found["read_as_choice"] == {said: means}
    assert found["follow_up"]["question"] == "Which field interests you?"
    page = text(Client().get("/finder", {"goal": goal, "purpose": "job"}).content)
    assert f"Your goal: “{said}” → {means} Undo" in page
    result = CliRunner().invoke(app, ["finder", "--goal", goal])
    assert result.exit_code == 0, result.output
    assert f"We read “{said}” as {means}." in " ".join(result.output.split())
    assert f"--plain '{said}'" in result.output


def test_a_job_with_nothing_more_says_nothing_more() -> None:
    found = finder_answer("get a job", "job")
    assert found["read_as_choice"] == {}
    assert found["message"] == "“get a job” names no one skill yet: a field narrows it down."
