"""The same words are the same day in a goal's deadline and in a plan's date boxes, on every surface.

A goal ("learn sql by june 2027") and the plan form's start and target boxes ("june 2027") used to be read by two
readers: "by june 2027" was 1 June in a goal and 30 June as a target; "next friday" typed on a Monday was next
week's Friday in a goal and this week's in the box; "next month" was a month from today in a goal and the last day
of next month as a target. One reader (`understanding/dates.py`) now serves both, and each surface echoes the day
it took, written out: the goal's reading on the generated page, the API and the CLI's stderr; the box's on the plan
page, the form's preview and the CLI's stderr.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import pin_today, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
MONDAY = date(2026, 12, 7)
FRIDAY = date(2026, 12, 11)

#: (what the learner types in the goal, in the target box, in the start box, the day it is typed on, the deadline or
#: target it means, the start it means)
SAME_WORDS = [
    ("learn sql by june 2027", "june 2027", "june 2027", MONDAY, date(2027, 6, 30), date(2027, 6, 1)),
    ("learn sql by next friday", "next friday", "next friday", MONDAY, date(2026, 12, 11), date(2026, 12, 11)),
    ("learn sql by next friday", "next friday", "next friday", FRIDAY, date(2026, 12, 18), date(2026, 12, 18)),
    ("learn sql by next month", "next month", "next month", MONDAY, date(2027, 1, 31), date(2027, 1, 1)),
    ("learn sql in 3 months", "in 3 months", "in 3 months", MONDAY, date(2027, 3, 7), date(2027, 3, 7)),
]
IDS = ["june 2027", "next friday on a monday", "next friday on a friday", "next month", "in 3 months"]


def _generate_cli(goal: str) -> tuple[dict[str, Any], str]:
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    out: dict[str, Any] = json.loads(result.stdout)
    return out, " ".join(result.stderr.split())


def _plan_cli(*options: str) -> tuple[dict[str, Any], str]:
    result = runner.invoke(app, ["plan", "sql", "--hours", "10", *options, "--json"])
    assert result.exit_code == 0, result.output
    out: dict[str, Any] = json.loads(result.stdout)
    return out, " ".join(result.stderr.split())


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


@pytest.mark.parametrize(("goal", "target", "start", "today", "by", "begins"), SAME_WORDS, ids=IDS)
def test_a_goals_deadline_and_a_plans_target_are_the_same_day_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, goal: str, target: str, start: str, today: date, by: date, begins: date
) -> None:
    pin_today(monkeypatch, today)
    generated, said = _generate_cli(goal)
    assert generated["deadline"]["by"] == by.isoformat()
    assert f"by {_long(by)}" in said  # the reading says the day it took
    planned, echoed = _plan_cli("--target", target)
    assert planned["request"]["target_date"] == by.isoformat()
    assert f"Target date “{target}”: {by:%A} {_long(by)}." in echoed
    started, echoed = _plan_cli("--start", start)
    assert started["request"]["start"] == begins.isoformat()
    assert f"Start date “{start}”: {begins:%A} {_long(begins)}." in echoed


@pytest.mark.parametrize(("goal", "target", "start", "today", "by", "begins"), SAME_WORDS, ids=IDS)
def test_a_goals_deadline_and_a_plans_target_are_the_same_day_on_the_site_and_the_api(
    monkeypatch: pytest.MonkeyPatch, goal: str, target: str, start: str, today: date, by: date, begins: date
) -> None:
    pin_today(monkeypatch, today)
    client = Client()
    answered = client.post("/api/v1/roadmaps/generate", {"goal": goal}, content_type="application/json").json()
    assert answered["deadline"]["by"] == by.isoformat()
    page = client.get("/roadmaps/generate", {"goal": goal}, follow=True)
    assert f"by {_long(by)}" in text(page.content)
    link = re.search(r'href="([^"]+)">Make a dated plan', page.content.decode())
    assert link is not None
    assert parse_qs(urlsplit(unescape(link[1])).query)["target_date"] == [by.isoformat()]
    # the plan form without a date picker, as a learner types it: the preview, then the saved plan
    form = {"roadmap": "sql", "hours": "10"}
    preview = text(client.get("/generate/preview", {**form, "start": start}).content)
    assert f"Start date “{start}”: {begins:%A} {_long(begins)}." in preview
    preview = text(client.get("/generate/preview", {**form, "target_date": target}).content)
    assert f"Target date “{target}”: {by:%A} {_long(by)}." in preview
    saved = client.post("/generate", {**form, "target_date": target})
    assert saved.status_code == 302, text(saved.content)[:2000]
    plan_page = text(client.get(saved["Location"]).content)
    assert f"Target date “{target}”: {by:%A} {_long(by)}." in plan_page
    plan_id = saved["Location"].removeprefix("/plans/")
    assert client.get(f"/api/v1/plans/{plan_id}").json()["request"]["target_date"] == by.isoformat()


def test_a_month_is_its_first_day_as_a_start_and_its_last_before_it_or_as_an_occasions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "before june" is done when June begins; an occasion in a month ("before my exams in may") may be on its
    first day; a month alone as a deadline is its end, as in the target box."""
    pin_today(monkeypatch, MONDAY)
    for goal, by in [
        ("learn sql before june 2027", date(2027, 6, 1)),
        ("learn python before my exams in may", date(2027, 5, 1)),
        ("learn sql by the end of june 2027", date(2027, 6, 30)),
        ("learn sql by march", date(2027, 3, 31)),
    ]:
        generated, _ = _generate_cli(goal)
        assert generated["deadline"]["by"] == by.isoformat(), goal
