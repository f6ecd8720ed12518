"""The finder reads the pace a goal states ("become a data analyst, 5 hours a week") as the generator does: the
estimates are at that pace unless hours were given, it says which counts, and the reading can be undone. It used
to estimate at 10 hours a week whatever the goal said."""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GOAL = "become a data analyst, 5 hours a week"


def _finder(client: Client, **body: Any) -> dict[str, Any]:
    response = client.post("/api/v1/finder", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    found: dict[str, Any] = response.json()
    return found


def test_the_goals_pace_sets_the_estimates_unless_hours_are_given_and_can_be_undone(client: Client) -> None:
    found = _finder(client, goal=GOAL)
    assert found["recommendations"][0]["slug"] == "data-analyst"
    assert {r["hours_per_week"] for r in found["recommendations"]} == {5}
    assert found["pace"]["said"] == "5 hours a week"
    assert "“5 hours a week” in your goal: the estimates are at 5 hours a week." in found["message"]

    given = _finder(client, goal=GOAL, hours_per_week=8)
    assert {r["hours_per_week"] for r in given["recommendations"]} == {8}
    assert "“5 hours a week” in your goal: the 8 hours a week you gave count." in given["message"]

    undone = _finder(client, goal=GOAL, plain=["5 hours a week"])
    assert undone["pace"] is None
    assert {r["hours_per_week"] for r in undone["recommendations"]} == {10}

    daily = _finder(client, goal="data analyst job, an hour a day")
    assert {r["hours_per_week"] for r in daily["recommendations"]} == {7}


def test_the_finder_page_uses_the_goals_pace_and_offers_its_undo(client: Client) -> None:
    page = client.get("/finder", {"goal": GOAL})
    markup = page.content.decode()
    assert 'href="/roadmaps/data-analyst?hours=5"' in markup
    shown = text(markup)
    assert "Your goal: “5 hours a week” → your pace: 5 hours a week Undo" in shown
    undo = re.search(r"your pace: 5 hours a week <a class=\"undo\" href=\"([^\"]+)\"", markup)
    assert undo is not None
    assert parse_qs(urlsplit(html.unescape(undo.group(1))).query)["plain"] == ["5 hours a week"]
    assert 'href="/roadmaps/data-analyst?hours=10"' in client.get(html.unescape(undo.group(1))).content.decode()


def test_the_cli_finder_uses_the_goals_pace() -> None:
    result = CliRunner().invoke(app, ["finder", "--goal", GOAL, "--known", "", "--purpose", "job"])
    assert result.exit_code == 0, result.output
    assert "roadmapfinder show 'Data Analyst' --hours 5" in result.stdout


def test_a_goal_of_what_the_learner_knows_and_a_pace_keeps_the_pace_for_what_they_choose(client: Client) -> None:
    found = _finder(client, goal="i know python, 5 hours a week")
    assert found["only_known"], "nothing to reach was said: the finder asks for it"
    # The clause of what they know ran on over the pace: "i know python, 5 hours a week" went into "What do you
    # already know?" whole, and the pace was lost.
    assert found["known_text"] == "i know python"
    assert found["pace"]["said"] == "5 hours a week"
    assert "the estimates are at 5 hours a week" in found["message"]
    assert found["hours_per_week"] == 5, "to send with the field chosen"


def test_the_finder_page_moves_the_pace_to_the_hours_box_when_the_goal_only_says_what_they_know(client: Client) -> None:
    markup = client.get("/finder", {"goal": "i know python, 5 hours a week"}).content.decode()
    assert 'name="known" type="text" maxlength="200" value="i know python"' in markup
    assert re.search(r'id="hours" name="hours" type="number"[^>]* value="5"', markup)
    shown = text(markup)
    assert "From your goal: “5 hours a week” → your pace: 5 hours a week Undo" in shown
    assert "and your pace in “Hours a week you can give”" in shown
    data = re.search(r'<a href="([^"]+)">Data</a>', markup)
    assert data is not None
    assert parse_qs(urlsplit(html.unescape(data.group(1))).query)["hours"] == ["5"], "the field chosen keeps the pace"

    given = client.get("/finder", {"goal": "i know python, 5 hours a week", "hours": "8"}).content.decode()
    assert re.search(r'id="hours" name="hours" type="number"[^>]* value="8"', given), "hours given stay"
    assert "and your pace in" not in text(given)


def test_the_cli_finder_keeps_the_goals_pace_for_the_field_chosen() -> None:
    result = CliRunner().invoke(
        app, ["finder", "--goal", "i know python, 5 hours a week", "--known", "", "--purpose", "job"]
    )
    assert result.exit_code == 0, result.output
    assert "roadmapfinder finder --goal data --known 'i know python' --hours 5 --purpose job" in result.stdout
