"""A plan with a session length and no hours takes its pace from the sessions, and says so.

`roadmapfinder plan python --session "an hour"` was refused: "5 sessions of 1 hour a week hold 5 hours, fewer than
the plan's 10 hours a week", 10 being a default the learner never chose. Now the sessions hold the pace (5 hours),
echoed as the dates are ("Read: Hours a week: 5 sessions of 1 hour, 5 hours."); hours given stay the learner's own.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "said", "pace"),
    [
        (["--session", "an hour"], "5 sessions of 1 hour, 5 hours", "at 5 h/week"),
        (["--session", "90", "--days", "weekends"], "2 sessions of 90 minutes, 3 hours", "at 3 h/week"),
        (["--session", "2 hours", "--days", "mon, wed and fri"], "3 sessions of 2 hours, 6 hours", "at 6 h/week"),
    ],
)
def test_sessions_without_hours_set_the_pace_and_say_it(args: list[str], said: str, pace: str) -> None:
    result = runner.invoke(app, ["plan", "python", *args])
    assert result.exit_code == 0, result.output  # before: refused for the default 10 hours
    assert f"Read: Hours a week: {said}." in " ".join(result.stderr.split())
    assert pace in " ".join(result.stdout.split())


def test_hours_given_stay_the_learners_and_a_plan_without_sessions_keeps_ten() -> None:
    refused = runner.invoke(app, ["plan", "python", "--hours", "10", "--session", "an hour"])
    assert refused.exit_code != 0
    assert "fewer than the plan's 10 hours a week" in " ".join(refused.stderr.split())
    plain = runner.invoke(app, ["plan", "python"])
    assert plain.exit_code == 0, plain.output
    assert "at 10 h/week" in " ".join(plain.stdout.split())
    assert "Hours a week:" not in plain.stderr
