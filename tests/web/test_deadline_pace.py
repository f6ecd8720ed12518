"""A deadline's pace and the weeks the same page shows at that pace agree.

"learn python in 3 months" was told it needs 35 h a week ("the estimates here are at that pace"), and the same page
said "14–19 weeks at 35 h/week" for a deadline 13 weeks away: each phase's weeks were rounded up at that pace, so
even the quick learner's end was slower than the estimate. Now the weeks are rounded to the nearest (the estimation
rule's own rounding), the range lies around the estimate, and the deadline's message quotes the range the page
shows and says plainly when the deadline fits the estimate but not a slower learner.
"""

from __future__ import annotations

import json
import re
from datetime import date
from math import ceil
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import pin_today, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
MONDAY = date(2026, 12, 7)
#: A long roadmap, a role cut at its milestone, and a small one whose four phases take under a week each at its pace
#: ("learn http in 2 weeks" said 4 weeks at 33 h a week, a whole week for each).
GOALS = ["learn python in 3 months", "learn react in 3 months", "data analyst job in 6 months", "learn http in 2 weeks"]


def _agrees(out: dict[str, Any], said: str) -> None:
    """The page's weeks at the pace the deadline chose lie around its estimate, and the deadline says the same."""
    deadline, weeks, pace = out["deadline"], out["estimated_weeks"], out["hours_per_week"]
    assert deadline["fits"]
    assert pace == deadline["hours_per_week_needed"], "no hours given: the deadline sets the pace"
    low, high = weeks["min"], weeks["max"]
    assert low <= ceil(out["total_hours"] / pace) <= high, "the range is around the estimate, in whole weeks"
    assert low <= deadline["weeks"], "a quick learner fits the deadline the pace was chosen for"
    assert f"{low}–{high} weeks" in deadline["message"], "the deadline quotes the weeks the page shows"
    if high > deadline["weeks"]:
        assert f"a slower one, who takes up to {high} weeks" in deadline["message"]
    assert f"{low}–{high} weeks at {pace:g} h/week" in said


@pytest.mark.parametrize("goal", GOALS)
def test_the_pace_a_deadline_sets_and_the_weeks_shown_agree_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, goal: str
) -> None:
    pin_today(monkeypatch, MONDAY)
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["generate", goal])
    assert shown.exit_code == 0, shown.output
    _agrees(json.loads(result.stdout), " ".join(shown.stdout.split()))


@pytest.mark.parametrize("goal", GOALS)
def test_the_pace_a_deadline_sets_and_the_weeks_shown_agree_on_the_page(
    monkeypatch: pytest.MonkeyPatch, goal: str
) -> None:
    pin_today(monkeypatch, MONDAY)
    client = Client()
    out = client.post("/api/v1/roadmaps/generate", {"goal": goal}, content_type="application/json").json()
    page = text(client.get("/roadmaps/generate", {"goal": goal}, follow=True).content)
    total = re.search(r"Total time (\d+)–(\d+) weeks at (\d+) h/week", page)
    assert total is not None
    assert (int(total[1]), int(total[2]), int(total[3])) == (
        out["estimated_weeks"]["min"],
        out["estimated_weeks"]["max"],
        out["hours_per_week"],
    )
    assert out["deadline"]["message"] in page
    _agrees(out, page)


def test_python_in_3_months_says_plainly_where_the_deadline_falls_in_the_weeks_it_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pin_today(monkeypatch, MONDAY)
    result = runner.invoke(app, ["generate", "learn python in 3 months"])
    said = " ".join(result.stderr.split())
    assert (
        "so it needs 35 h a week; the estimates here are at that pace: 11–17 weeks (about 13 at the estimate)" in said
    )
    assert "The deadline fits the estimate and a quicker learner, not a slower one, who takes up to 17 weeks" in said
    assert "11–17 weeks at 35 h/week" in result.stdout
