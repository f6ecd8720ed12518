"""The time a learner says they have is their deadline: "i have 3 months to become a data analyst", "learn python
for 6 months".

Before, "i have 3 months", "i've got 2 months", "i only have 4 weeks" were dropped without a word: the roadmap was
built for 10 hours a week over 27-41 weeks, and nothing said it would not fit the three months they had. Now the
phrase is read as "in 3 months" is, said with its date and undoable, and the deadline says what it needs. Years of
experience ("i have 3 years of experience", "i have 2 years in python") are never a deadline.

As learners type, over the generator's API and command line, on the shipped catalog.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, pin_today

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()
MONDAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def _on_a_monday(monkeypatch: pytest.MonkeyPatch) -> None:
    pin_today(monkeypatch, MONDAY)


def _generated(goal: str, plain: list[str] | None = None) -> dict[str, Any]:
    status, body = generate_answer(goal, plain)
    assert status == 201, body
    return body


@pytest.mark.parametrize(
    ("goal", "said", "by"),
    [
        ("i have 3 months to become a data analyst", "i have 3 months", "2027-03-07"),
        ("i have 3 months, want to become a data analyst", "i have 3 months", "2027-03-07"),
        ("data analyst, i have 6 months", "i have 6 months", "2027-06-07"),
        ("i've got 2 months to learn react", "i've got 2 months", "2027-02-07"),
        ("i only have 4 weeks to learn sql", "i only have 4 weeks", "2027-01-04"),
        ("i have 3 months and 15 hours a week to become a data analyst", "i have 3 months", "2027-03-07"),
        ("i have a few weeks off to learn react", "i have a few weeks off", "2026-12-28"),
        # how long they mean to learn: "for 6 months" was dropped without a word
        ("learn python for 6 months", "for 6 months", "2027-06-07"),
        ("i want to study sql for 2 weeks", "for 2 weeks", "2026-12-21"),
    ],
)
def test_the_time_the_learner_has_is_their_deadline(goal: str, said: str, by: str) -> None:
    out = _generated(goal)
    deadline = out["deadline"]
    assert deadline is not None, out["understood"]
    assert deadline["said"] == said
    assert deadline["by"] == by
    assert out["not_understood"] == []  # before: “got”, “only”


def test_three_months_at_fifteen_hours_is_said_not_to_fit_a_data_analyst() -> None:
    out = _generated("i have 3 months and 15 hours a week to become a data analyst")
    assert out["hours_per_week"] == 15
    assert out["deadline"]["fits"] is False  # 355 h at 15 h a week is about 24 weeks, not 13


def test_undoing_the_time_the_learner_has_reads_it_as_typed() -> None:
    out = _generated("i have 3 months to become a data analyst", plain=["i have 3 months"])
    assert out["deadline"] is None


@pytest.mark.parametrize(
    "goal",
    [
        "i have 3 years of experience in python, want django",
        "i have 2 years in java and want to learn kotlin",
        "i have 5 years as a developer, want devops",
        "i have 2 days a week to learn python",  # how often they study: seen read as "by 10 December"
        "i have 1 day per week for sql",
        "i've been learning python for 6 months, want django",  # how long they have learnt: what they know
        "python for 6 months then machine learning",
    ],
)
def test_years_worked_or_days_a_week_are_never_a_deadline(goal: str) -> None:
    out = _generated(goal)
    assert out["deadline"] is None


def test_the_command_line_says_the_deadline_it_read() -> None:
    result = runner.invoke(app, ["generate", "i have 3 months to become a data analyst"])
    assert result.exit_code == 0, result.output
    assert "“i have 3 months” → a deadline" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("goal", "line"),
    [
        ("react in 10 days", "a deadline: 10 days, by 17 December 2026"),  # was "about 1 week"
        ("learn sql in 1 week", "a deadline: about 1 week, by 14 December 2026"),
        ("learn git in 3 days", "a deadline: 3 days, by 10 December 2026"),
    ],
)
def test_a_deadline_under_two_weeks_is_said_in_days_unless_whole_weeks(goal: str, line: str) -> None:
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert line in " ".join(result.output.split())
