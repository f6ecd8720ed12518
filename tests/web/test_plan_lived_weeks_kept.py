"""A reschedule keeps the weeks the learner lived: rescheduling (from the page, the API, the weekly automatic mode,
or a change applied from today) moves what is left to the new dates, and the weeks before stay on the plan as they
were planned and as they went, with the learner's ticks, on the plan and weeks pages, in the API and on the command
line. They count neither for nor against the learner: what they left undone is scheduled again after them.

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027. By Wednesday 3 February (week 5) the
learner did How the web works and HTTP basics (weeks 1-3) but not Terminal basics and Version control (weeks 3-4),
and reschedules what is left from that day."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.tracking.services import token_create
from tests.helpers import answer_cli_calls_here, pin_today, text
from tests.web.test_plan_past_weeks_kept import Content, mark_done, new_plan, plan_json, serve_edited, week_items

pytestmark = [pytest.mark.database, pytest.mark.django_db]

WEEK_5, TODAY = "2027-02-01", date(2027, 2, 3)
SetEnv = Callable[[str, str], None]


def lived_weeks(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in plan["weeks"] if w["start"] < plan["history_until"]]


def weeks_ahead(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in plan["weeks"] if w["start"] >= plan["history_until"]]


def behind_and_rescheduled(client: Client, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, Any]]:
    """The plan four weeks in, its first three weeks done, rescheduled from today on its page; and the plan before."""
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(client)
    for topic in ("web-basics", "http-basics"):
        mark_done(client, plan_id, topic)
    before = plan_json(client, plan_id)
    moved = client.post(f"/plans/{plan_id}/reschedule", {"from": TODAY.isoformat(), "hours": "8"}, follow=True)
    assert "Rescheduled. On " in text(moved.content)
    return plan_id, before


def test_a_reschedule_from_today_keeps_the_weeks_lived_as_they_were_planned_and_went(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id, before = behind_and_rescheduled(ada_client, monkeypatch)

    after = plan_json(ada_client, plan_id)
    assert after["history_until"] == WEEK_5
    assert lived_weeks(after) == before["weeks"][:4], "weeks 1-4, each session as it was planned"
    ahead = weeks_ahead(after)
    assert ahead[0]["number"] == 5, "this week goes on from the weeks lived"
    days = ["2027-02-01", "2027-02-02", "2027-02-03", "2027-02-04", "2027-02-05"]
    assert [s["date"] for s in ahead[0]["sessions"]] == days, "its Monday and Tuesday as they were planned too"
    assert ahead[0]["sessions"][:2] == before["weeks"][4]["sessions"][:2]
    assert week_items(after, 5) == [("Version control", "continue", 3.2), ("Terminal basics", "start", 4.8)], (
        "what Monday and Tuesday held, then what was left undone, from today"
    )
    assert after["start_date"] == TODAY.isoformat(), "the new schedule's first day"
    assert after["began"] == "2027-01-04"
    [record] = after["reschedules"]
    assert record["from_date"] == TODAY.isoformat()

    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "weeks from 4 Jan 2027 to" in page
    assert "Week 1 · Mon 4 Jan – Sun 10 Jan 2027 · 8 h" in page
    assert "Mon 4 Jan, 19:00–20:36 : ✓ (done) How the web works (begin, 1.6 h)" in page, "with the learner's tick"
    assert "Thu 21 Jan, 19:00–20:36 : Terminal basics (continue, 1.6 h)" in page, "and what they left undone then"
    said = (
        "The days before 3 February 2027 stay as they were planned before the plan was rescheduled; they count "
        "neither for nor against you, since what they left undone is scheduled again from then on."
    )
    assert said in page
    plan_page = ada_client.get(f"/plans/{plan_id}").content.decode()
    assert "Dates 4 Jan 2027 – " in text(plan_page)
    assert said in text(plan_page)
    assert "schedule-standing warn" not in plan_page, "nothing is due yet on the new schedule"


def test_this_week_and_the_command_line_go_on_from_the_weeks_lived_with_nothing_slipped(
    ada: User, ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    plan_id, _ = behind_and_rescheduled(ada_client, monkeypatch)

    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert mine["week_number"] == 5
    assert mine["slipped"] == [], "Terminal basics and Version control are this week's again, never slipped"
    assert next(i["name"] for s in mine["sessions"] for i in s["items"]) == "Terminal basics"
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert not standing["behind"], "the weeks lived count against nobody"

    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=token_create(user=ada, name="cli")[1]).save()
    answer_cli_calls_here(monkeypatch)
    result = CliRunner().invoke(app, ["week"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Alpha Developer · week 5 · 0 of 4.8 h done" in out
    assert "Slipped from last week" not in out
    replan = CliRunner().invoke(app, ["replan", plan_id, "--hours", "8"], env={"COLUMNS": "200"})
    assert replan.exit_code == 0, replan.output
    assert "190 hours left in " in " ".join(replan.stdout.split()), "the hours ahead, not those of the weeks lived"

    # A week later the weeks lived are still there, and last week (the first of the new schedule) counts.
    pin_today(monkeypatch, date(2027, 2, 10))
    later = plan_json(ada_client, plan_id)
    assert [w["number"] for w in later["weeks"][:6]] == [1, 2, 3, 4, 5, 6]
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert mine["week_number"] == 6
    assert [i["name"] for i in mine["slipped"]] == ["Terminal basics"], "last week's work, on the new schedule"


def test_the_weekly_automatic_reschedule_keeps_the_weeks_lived(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "web-basics")
    before = plan_json(ada_client, plan_id)
    body = json.dumps({"enabled": True})
    on = ada_client.put(f"/api/v1/plans/{plan_id}/auto-reschedule", body, content_type="application/json")
    assert on.status_code == 200, on.content

    after = plan_json(ada_client, plan_id)
    [record] = after["reschedules"]
    assert record["automatic"] is True
    assert after["history_until"] == WEEK_5 == after["start_date"], "what is left moves to this week"
    assert lived_weeks(after) == before["weeks"][:4]
    assert week_items(after, 5)[0] == ("HTTP basics", "start", 8.0)
    assert "before the plan was rescheduled" in text(ada_client.get(f"/plans/{plan_id}").content)


def test_a_reschedule_to_a_later_day_keeps_the_weeks_lived_and_leaves_the_weeks_between_empty(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    before = plan_json(ada_client, plan_id)
    body = json.dumps({"from": "2027-02-22"})
    moved = ada_client.post(f"/api/v1/plans/{plan_id}/reschedule", body, content_type="application/json")
    assert moved.status_code == 200, moved.content
    after = moved.json()
    assert after["history_until"] == "2027-02-22"
    assert after["kept_until"] == TODAY.isoformat(), "no day ahead of today is kept"
    assert lived_weeks(after)[:4] == before["weeks"][:4]
    assert lived_weeks(after)[4]["sessions"] == before["weeks"][4]["sessions"][:2], "this Monday and Tuesday"
    assert weeks_ahead(after)[0]["start"] == "2027-02-22"
    assert weeks_ahead(after)[0]["number"] == 6, "on from this week, whose Monday and Tuesday are kept"
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"] or [None]
    assert mine is None, "nothing due this week, nothing slipped"


def test_a_content_change_after_a_reschedule_keeps_both_and_schedules_all_that_was_left(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    plan_id, _ = behind_and_rescheduled(ada_client, monkeypatch)
    rescheduled = plan_json(ada_client, plan_id)
    pin_today(monkeypatch, date(2027, 2, 10))

    def longer_terminal(content: Content) -> None:
        content.topics["terminal"].update(effort_hours=20)

    serve_edited(setenv, tmp_path, "longer-terminal", longer_terminal)
    after = plan_json(ada_client, plan_id)
    assert after["weeks"][:5] == rescheduled["weeks"][:5], "the weeks lived, and the week of the reschedule"
    assert after["kept_until"] == "2027-02-08"
    assert after["history_until"] == WEEK_5
    terminal = sum(i["hours"] for w in weeks_ahead(after) for i in w["items"] if i["ref"] == "terminal")
    assert terminal == 20, "all of its new hours after the reschedule: the weeks lived held none of them"
    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "before the plan was rescheduled" in page
    assert "The weeks before 8 February 2027 stay as they were planned before the content changed." in page
