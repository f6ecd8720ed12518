"""Study days, session lengths and dates as learners type them, on the command line and in the plan form.

The form's date pickers send YYYY-MM-DD, but a terminal, or a form without a picker, gets "next monday", "2 hours",
"weekends". Each reads as the one thing it means, and the plan says what it took (its days, its start and target
dates); what reads two ways ("03/04/2027") is refused with how to write it.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.clock import today

runner = CliRunner()


def _plan(*options: str, hours: str = "6") -> dict[str, Any]:
    result = runner.invoke(app, ["plan", "alpha-dev", "--hours", hours, *options, "--json"])
    assert result.exit_code == 0, result.output
    plan: dict[str, Any] = json.loads(result.stdout)
    return plan


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("weekends", ["sat", "sun"]),
        ("weekdays", ["mon", "tue", "wed", "thu", "fri"]),
        ("mon-fri", ["mon", "tue", "wed", "thu", "fri"]),
        ("mon to thu", ["mon", "tue", "wed", "thu"]),
        ("fri to mon", ["fri", "sat", "sun", "mon"]),
        ("mon and wed", ["mon", "wed"]),
        ("tuesdays & thursdays", ["tue", "thu"]),
        ("every day", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    ],
)
def test_study_days_as_learners_write_their_week(typed: str, days: list[str]) -> None:
    assert _plan("--days", typed)["request"]["study_days"] == days


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2 hours", 120),
        ("90 minutes", 90),
        ("an hour", 60),
        ("half an hour", 30),
        ("1 hour 30 minutes", 90),
        ("an hour and a half", 90),
        ("45 min", 45),
        ("2hrs", 120),
    ],
)
def test_a_session_length_in_words(typed: str, minutes: int) -> None:
    # every day at 3 hours a week: even half an hour a day holds the week
    assert _plan("--session", typed, "--days", "daily", hours="3")["request"]["session_minutes"] == minutes


def _next(weekday: int, after: date) -> date:
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def test_start_and_target_dates_in_words() -> None:
    now = today()
    assert _plan("--start", "tomorrow")["request"]["start"] == str(now + timedelta(days=1))
    assert _plan("--start", "next monday")["request"]["start"] == str(_next(calendar.MONDAY, now))
    year = now.year + 2
    dated = _plan("--start", f"1 march {year}", "--target", f"june {year + 1}")["request"]
    assert dated["start"] == f"{year}-03-01"
    assert dated["target_date"] == f"{year + 1}-06-30", "by June is by the end of June"
    assert _plan("--start", f"march 1st, {year}")["request"]["start"] == f"{year}-03-01"


@pytest.mark.parametrize(("typed", "days_ago"), [("3 weeks ago", 21), ("i started 2 weeks ago", 14), ("yesterday", 1)])
def test_a_learner_who_began_weeks_ago_plans_from_that_day(typed: str, days_ago: int) -> None:
    # was refused: "the start date `3 weeks ago` is not a date"
    result = runner.invoke(app, ["plan", "alpha-dev", "--hours", "6", "--start", typed, "--json"])
    assert result.exit_code == 0, result.output
    began = today() - timedelta(days=days_ago)
    assert json.loads(result.stdout)["request"]["start"] == str(began)
    assert f"Start date “{typed}”: {began:%A}" in result.stderr
    # the plan says how much of it is already behind once a whole week is
    assert ("weeks before today" in result.stderr) == (days_ago >= 7)


def test_a_target_already_past_is_refused_with_its_day() -> None:
    result = runner.invoke(app, ["plan", "alpha-dev", "--target", "last month"])
    assert result.exit_code == 1
    assert "is not after the start date" in result.stderr


@pytest.mark.parametrize("typed", ["03/04/2027", "soon", "the 31st"])
def test_a_date_that_reads_two_ways_or_none_is_refused_with_how_to_write_it(typed: str) -> None:
    result = runner.invoke(app, ["plan", "alpha-dev", "--start", typed])
    assert result.exit_code == 1
    assert f"the start date `{typed}` is not a date" in result.stderr
    assert "next monday" in result.stderr


@pytest.mark.django_db
def test_the_plan_form_reads_the_same_words() -> None:
    year = today().year + 2
    answers = {"roadmap": "alpha-dev", "hours": "4", "days": "weekends", "session_minutes": "2 hours"}
    client = Client()
    saved = client.post("/generate", {**answers, "start": f"4 january {year}"})
    assert saved.status_code == 302, saved.content.decode()[:2000]
    plan_id = saved["Location"].removeprefix("/plans/")
    request = client.get(f"/api/v1/plans/{plan_id}").json()["request"]
    assert request["start"] == f"{year}-01-04"
    assert request["study_days"] == ["sat", "sun"]
    assert request["session_minutes"] == 120
