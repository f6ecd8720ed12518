"""Every kind of change keeps the days the learner lived: a new first day of the week, a start typed anew in the
plan's inputs and a reschedule in the middle of a week leave each session already past as it was planned (with the
learner's ticks), as a reschedule from a week's first day and a change of the content already did; and a project
renamed after the week that held it stays in that week under the name it had, ticked.

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027, 1.6-hour sessions Monday to Friday. Today is
Wednesday 3 February (week 5): Monday 1 and Tuesday 2 February are behind the learner."""

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

TODAY = date(2027, 2, 3)
SetEnv = Callable[[str, str], None]


def sessions_before(plan: dict[str, Any], day: str) -> list[tuple[str, list[tuple[str, str, float]]]]:
    """Each session dated before `day`: its date and what it holds (name, part, hours)."""
    return [
        (s["date"], [(i["title"], i["part"], i["hours"]) for i in s["items"]])
        for w in plan["weeks"]
        for s in w["sessions"]
        if s["date"] < day
    ]


def changed(client: Client, plan_id: str, **fields: Any) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, **fields}
    response = client.put(f"/api/v1/plans/{plan_id}", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    answer: dict[str, Any] = response.json()
    return answer


def test_weeks_that_start_on_sunday_from_now_on_keep_every_session_already_lived(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "web-basics")
    moved = ada_client.post(f"/plans/{plan_id}/reschedule", {"from": TODAY.isoformat(), "hours": "8"}, follow=True)
    assert "Rescheduled. On " in text(moved.content)  # the weeks lived are kept from before it
    before = plan_json(ada_client, plan_id)

    after = changed(ada_client, plan_id, week_start="sunday")
    assert after["week_start"] == "sunday"
    lived = sessions_before(before, TODAY.isoformat())
    assert lived[0][0] == "2027-01-04"
    assert sessions_before(after, TODAY.isoformat()) == lived, "each session lived, as it was planned"
    assert after["weeks"][0]["start"] == "2027-01-03", "grouped in the weeks the learner now reads: Sunday first"
    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 4 Jan, 19:00–20:36 : ✓ (done) How the web works (begin, 1.6 h)" in page


def test_a_start_typed_anew_keeps_the_sessions_already_lived(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "web-basics")
    before = plan_json(ada_client, plan_id)

    after = changed(ada_client, plan_id, start="2027-02-15")
    lived = sessions_before(before, TODAY.isoformat())
    assert sessions_before(after, TODAY.isoformat()) == lived, "weeks 1-4 and this Monday and Tuesday, as they went"
    assert after["start_date"] == "2027-02-15"
    assert [s["date"] for s in after["weeks"][5]["sessions"]][:1] == ["2027-02-15"], "the rest from the day typed"
    assert not any(
        s["date"] >= TODAY.isoformat() and s["date"] < "2027-02-15" for w in after["weeks"][:6] for s in w["sessions"]
    ), "nothing between today and the day typed"
    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 4 Jan, 19:00–20:36 : ✓ (done) How the web works (begin, 1.6 h)" in page


def test_a_reschedule_on_a_wednesday_keeps_that_weeks_monday_and_tuesday(
    ada: User, ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    for topic in ("web-basics", "http-basics"):
        mark_done(ada_client, plan_id, topic)
    before = plan_json(ada_client, plan_id)
    moved = ada_client.post(f"/plans/{plan_id}/reschedule", {"from": TODAY.isoformat(), "hours": "8"}, follow=True)
    assert "Rescheduled. On " in text(moved.content)

    after = plan_json(ada_client, plan_id)
    assert sessions_before(after, TODAY.isoformat()) == sessions_before(before, TODAY.isoformat())
    week_5 = after["weeks"][4]
    assert week_5["number"] == 5
    assert [s["date"] for s in week_5["sessions"]] == [
        "2027-02-01",
        "2027-02-02",
        "2027-02-03",
        "2027-02-04",
        "2027-02-05",
    ], "Monday and Tuesday as they were planned, then what is left from today"
    assert after["weeks"][5]["number"] == 6
    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 1 Feb, 19:00–20:36 : " in page, "this Monday, as it was planned"
    plan_page = text(ada_client.get(f"/plans/{plan_id}").content)
    assert "This week · week 5 0 of 4.8 h done" in plan_page, "the days from today, as This week and the CLI"
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert mine["slipped"] == []
    assert next(s["date"] for s in mine["sessions"]) == TODAY.isoformat(), "what is due this week runs from today"
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert not standing["behind"], "Monday and Tuesday count against nobody: their work is scheduled again"
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=token_create(user=ada, name="cli")[1]).save()
    answer_cli_calls_here(monkeypatch)
    result = CliRunner().invoke(app, ["week"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Alpha Developer · week 5 · 0 of 4.8 h done" in out, "the days from today, as on the site"
    assert "Slipped from last week" not in out


def test_a_project_renamed_after_the_week_that_held_it_stays_there_under_its_name_ticked(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, date(2027, 2, 17))  # week 7: week 6 (8-14 February) held the project
    plan_id = new_plan(ada_client)
    finished = ada_client.put(
        "/api/v1/me/progress/projects/alpha-dev/foundations-project",
        json.dumps({"done": True}),
        content_type="application/json",
    )
    assert finished.status_code == 200, finished.content
    before = plan_json(ada_client, plan_id)
    assert week_items(before, 6) == [("Foundations project", "start", 8.0)]

    def rename_foundations_project(content: Content) -> None:
        (project,) = content.roadmaps["alpha-dev"]["phases"][0]["projects"]
        project["title"] = "Foundations capstone"
        content.retired["alpha-dev/foundations-project"] = {
            "name": "Foundations project",
            "replaced_by": ["alpha-dev/foundations-capstone"],
        }

    serve_edited(setenv, tmp_path, "capstone", rename_foundations_project)
    after = plan_json(ada_client, plan_id)
    assert after["weeks"][:6] == before["weeks"][:6], "the week lived, under the name it had then"
    assert week_items(after, 7) == [("Markup", "start", 8.0)], "the rest of the finished project is not scheduled"
    assert "Foundations capstone" not in json.dumps(after["weeks"][6:]), "nor its hours left"
    weeks = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 8 Feb, 19:00–20:36 : ✓ (done) Foundations project project (begin, 1.6 h)" in weeks
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"] or [None]
    assert mine is None or mine["slipped"] == [], "nothing of it slipped"
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert not standing["behind"] or "Foundations" not in json.dumps(standing)


def test_a_tick_in_a_week_past_is_what_is_finished_now_and_the_pages_say_so(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # How the web works was planned in weeks 1-2; the learner ticks it today, in week 5. A tick is the learner's one
    # status of the work, wherever the plan holds it: the week past shows it done, and the pages say that a tick is
    # what is finished now, not when (the note said "with what you did then").
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "web-basics")
    moved = ada_client.post(f"/plans/{plan_id}/reschedule", {"from": TODAY.isoformat(), "hours": "8"}, follow=True)
    assert "Rescheduled. On " in text(moved.content)

    meaning = (
        "A ✓ is what you have finished by now, wherever the plan had it: a week past shows what it planned, not when "
        "you did it."
    )
    weeks = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 4 Jan, 19:00–20:36 : ✓ (done) How the web works (begin, 1.6 h)" in weeks
    assert meaning in weeks
    assert meaning in text(ada_client.get(f"/plans/{plan_id}").content)
    kept_note = plan_json(ada_client, plan_id)["kept_note"]
    assert kept_note.startswith("The days before 3 February 2027 stay as they were planned before the plan was")
    assert "what you did then" not in kept_note, "a tick says what is finished now, not what was done then"


def hours_from(plan: dict[str, Any], day: str, name: str) -> float:
    """The hours the plan's sessions dated `day` or later give the work called `name`."""
    hours = sum(
        i["hours"]
        for w in plan["weeks"]
        for s in w["sessions"]
        if s["date"] >= day
        for i in s["items"]
        if i["title"] == name
    )
    return round(hours, 2)


def test_work_begun_in_the_days_lived_before_a_wednesday_reschedule_is_scheduled_whole_after_a_content_change(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # Version control was begun in week 4 and this Monday and Tuesday, and nothing of it is marked done. Rescheduled
    # on Wednesday, then a week on the content changed: the reschedule counted Monday's and Tuesday's 3.2 hours as
    # held, so only 6.8 of its 10 hours were scheduled again (work those two days held whole, none at all).
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    for topic in ("web-basics", "http-basics", "terminal"):
        mark_done(ada_client, plan_id, topic)
    moved = ada_client.post(f"/plans/{plan_id}/reschedule", {"from": TODAY.isoformat(), "hours": "8"}, follow=True)
    assert "Rescheduled. On " in text(moved.content)
    rescheduled = plan_json(ada_client, plan_id)
    assert [i for _, items in sessions_before(rescheduled, TODAY.isoformat())[-2:] for i in items] == [
        ("Version control", "continue", 1.6),
        ("Version control", "continue", 1.6),
    ], "Monday and Tuesday, lived as planned"
    assert hours_from(rescheduled, TODAY.isoformat(), "Version control") == 10.0, "all of it, from today"
    assert rescheduled["scheduled_hours"] == 180.0, "210 hours less the 30 marked done"

    pin_today(monkeypatch, date(2027, 2, 10))

    def longer_markup(content: Content) -> None:
        content.topics["markup"]["effort_hours"] = 20

    serve_edited(setenv, tmp_path, "longer-markup", longer_markup)
    after = plan_json(ada_client, plan_id)
    assert after["kept_until"] == "2027-02-08"
    assert hours_from(after, TODAY.isoformat(), "Version control") == 10.0, "what is left of it is still scheduled"
    assert week_items(after, 6)[0] == ("Version control", "finish", 5.2), "this week, after 4.8 hours last week"
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert [i["name"] for s in mine["sessions"] for i in s["items"]][:3] == ["Version control"] * 3
    weeks = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Thu 11 Feb, 19:00–20:36 : Version control (finish, 0.4 h)" in weeks


def test_a_week_holding_days_lived_and_days_rescheduled_lists_each_topic_once_as_the_plan_runs_it(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # Week 5: Monday and Tuesday continued Version control as it was planned before the reschedule (3.2 h, lived);
    # the reschedule begins it again on the Wednesday (4.8 h). The week's items said "Version control, continue,
    # 8 h", read from Monday's piece, though the plan begins it that week and goes on with it in week 6.
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    for topic in ("web-basics", "http-basics", "terminal"):
        mark_done(ada_client, plan_id, topic)
    body = json.dumps({"from": TODAY.isoformat()})
    moved = ada_client.post(f"/api/v1/plans/{plan_id}/reschedule", body, content_type="application/json")
    assert moved.status_code == 200, moved.content
    week_5 = moved.json()["weeks"][4]
    assert [(i["title"], i["part"], i["hours"]) for i in week_5["items"]] == [("Version control", "start", 8.0)]
    assert [(i["part"], i["hours"]) for s in week_5["sessions"] for i in s["items"]] == [
        ("continue", 1.6),
        ("continue", 1.6),
        ("start", 1.6),
        ("continue", 1.6),
        ("continue", 1.6),
    ], "its days: two lived as planned, then the reschedule's"
    assert week_items(moved.json(), 6)[0] == ("Version control", "finish", 5.2)

    pin_today(monkeypatch, date(2027, 2, 10))  # the week read back from the record a change of the content keeps

    def longer_markup(content: Content) -> None:
        content.topics["markup"]["effort_hours"] = 20

    serve_edited(setenv, tmp_path, "longer-markup", longer_markup)
    assert week_items(plan_json(ada_client, plan_id), 5) == [("Version control", "start", 8.0)]
