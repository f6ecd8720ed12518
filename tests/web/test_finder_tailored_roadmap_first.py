"""The guided finder answers a goal the generator builds a tailored roadmap for (a curated phrase: "automate boring
stuff", "build a discord bot") with that roadmap first, at the learner's pace and with the way to get it, then the
whole roadmaps it is made with, each saying why it is longer; it reads "at work" as the job the learner has, not a
career change; and for a hobby it puts a roadmap sized for one before one it says is built for a career.

Before: "automate boring stuff at work" (knowing Excel, 3 h a week, for a job) recommended the whole Python roadmap,
"About 143–223 weeks at 3 h/week towards a job", "pair it with a role roadmap when you look for a job", while
`generate` built "Automating tasks with Python scripts" at about 130 hours; "make ios apps" as a hobby put iOS
Developer first while saying "It is built for a career, so it is the long way round", SwiftUI second.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_picks, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

AT_WORK = "automate boring stuff at work"


def _finder(goal: str, *, known: str = "", hours: float = 10, purpose: str = "job", plain: list[str] | None = None):
    sent: dict[str, Any] = {"goal": goal, "known": known, "hours_per_week": hours, "purpose": purpose}
    response = Client().post("/api/v1/finder", {**sent, "plain": plain or []}, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    check_openapi("/api/v1/finder", 200, body, method="post")
    return body


def _generated(goal: str, *, known: str = "", hours: float = 10, purpose: str = "job") -> dict[str, Any]:
    sent = {"goal": goal, "known": known, "hours_per_week": hours, "purpose": purpose}
    response = Client().post("/api/v1/roadmaps/generate", sent, content_type="application/json")
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("goal", "known", "hours", "purpose", "title", "whole"),
    [
        (AT_WORK, "excel", 3, "job", "Automating tasks with Python scripts", "python"),
        ("build a discord bot", "", 5, "hobby", "Chat bots", "python"),
        ("i want to automate my job", "", 10, "job", "Automating tasks with Python scripts", "python"),
    ],
)
def test_the_tailored_roadmap_comes_first_at_the_learners_pace_then_the_whole_roadmaps(
    goal: str, known: str, hours: float, purpose: str, title: str, whole: str
) -> None:
    found = _finder(goal, known=known, hours=hours, purpose=purpose)
    built = _generated(goal, known=known, hours=hours, purpose=purpose)
    tailored = found["tailored"]
    assert tailored["title"] == built["title"] == title
    assert tailored["hours"] == built["total_hours"]
    assert (tailored["weeks_min"], tailored["weeks_max"]) == (
        built["estimated_weeks"]["min"],
        built["estimated_weeks"]["max"],
    )
    assert tailored["hours_per_week"] == hours
    assert f"at {hours:g} h/week" in tailored["reason"]
    assert found["generate"]  # the way to get it: the goal for `generate`
    assert finder_picks(found)[0] == whole  # then the whole roadmaps it is made with
    first = found["recommendations"][0]
    assert "longer" in first["reason"]
    assert title in first["reason"]
    assert first["weeks_min"] > tailored["weeks_min"]


def test_undoing_the_curated_reading_leaves_no_tailored_roadmap_and_a_plain_goal_has_none() -> None:
    assert _finder(AT_WORK, plain=["automate boring stuff"])["tailored"] is None
    assert _finder("learn python")["tailored"] is None


def test_at_work_is_the_job_the_learner_has_said_and_undoable() -> None:
    found = _finder(AT_WORK, known="excel", hours=3)
    assert "at work" in [line["said"] for line in found["goal_known"]]
    assert "the job you have" in found["message"]
    assert "at work" in found["generate"]
    python = found["recommendations"][0]
    assert "when you look for a job" not in python["reason"]
    assert "for the job you have" in python["reason"]
    assert "towards a job" not in python["reason"]
    assert python["weeks_max"] < python["whole_weeks_max"]  # up to its Junior level, as `generate` cuts it
    assert "for the job you have" in found["tailored"]["reason"]

    undone = _finder(AT_WORK, known="excel", hours=3, plain=["at work"])  # read as typed: a job to get, as before
    assert "the job you have" not in undone["message"]
    assert "towards a job" in undone["recommendations"][0]["reason"]


def test_for_my_job_is_the_job_the_learner_has_in_the_finder_too() -> None:
    found = _finder("learn python for my job", hours=5)
    assert finder_picks(found)[0] == "python"
    python = found["recommendations"][0]
    assert "for the job you have" in python["reason"]
    assert "when you look for a job" not in python["reason"]
    assert python["weeks_max"] < python["whole_weeks_max"]


def test_a_hobby_puts_the_roadmap_sized_for_one_before_the_career_roadmap() -> None:
    found = _finder("make ios apps", known="i know a bit of python and excel", hours=8, purpose="hobby")
    assert finder_picks(found)[:2] == ["swiftui", "ios"]
    swiftui, ios = found["recommendations"][:2]
    assert "iOS Developer" in swiftui["reason"]
    assert "hobby" in swiftui["reason"]
    assert "built for a career" in ios["reason"]
    # for a job the career roadmap keeps its place
    assert finder_picks(_finder("make ios apps", hours=8))[0] == "ios"


def test_the_command_line_prints_the_tailored_roadmap_first_with_its_generate_command() -> None:
    result = runner.invoke(
        app,
        ["finder", "--goal", AT_WORK, "--known", "excel", "--hours", "3", "--purpose", "job"],
        env={"COLUMNS": "300"},
    )
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "1. Automating tasks with Python scripts (built for your goal):" in out
    assert "roadmapfinder generate 'automate boring stuff at work' --know excel --hours 3 --purpose job" in out
    assert out.index("Automating tasks with Python scripts (built") < out.index("2. Python:")
    assert "Add --plain 'at work' to read it as typed" in out


def test_the_finder_page_links_the_tailored_roadmap_first() -> None:
    client = Client()
    response = client.get("/finder", {"goal": AT_WORK, "known": "excel", "hours": "3", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert "Automating tasks with Python scripts" in page
    assert page.index("Automating tasks with Python scripts") < page.index("Generate a plan from it")
    body = response.content.decode()
    link = body.split('class="card tailored"', 1)[1].split('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    assert link.startswith("/roadmaps/generate?")
    opened = client.get(link)
    assert opened.status_code == 302
    assert "Automating tasks with Python scripts" in text(client.get(opened["Location"]).content)
