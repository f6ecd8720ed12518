"""The plan's automatic mode (issue 15): each week the learner is behind, what is left moves to start from that
week, once per week however many servers read the plan, recorded as automatic and followed by page and feed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.plans.models import PlanReschedule, SavedPlan
from roadmapfinder.tracking.services import token_create
from tests.helpers import answer_cli_calls_here, strictly_parsed_calendar, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def _this_monday() -> date:
    today = timezone.localdate()
    return today - timedelta(days=today.weekday())


def _plan(client: Client, weeks_ago: int) -> str:
    start = _this_monday() - timedelta(weeks=weeks_ago)
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": start.isoformat(), "study_days": ["mon", "wed"]}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan_id: str = response.json()["id"]
    return plan_id


def _auto(client: Client, plan_id: str, enabled: bool = True) -> Any:
    return client.put(
        f"/api/v1/plans/{plan_id}/auto-reschedule", json.dumps({"enabled": enabled}), content_type="application/json"
    )


def test_a_learner_behind_has_what_is_left_moved_to_this_week_once(ada_client: Client) -> None:
    plan_id = _plan(ada_client, weeks_ago=3)  # three weeks of sessions passed, nothing marked: behind
    before = ada_client.get(f"/api/v1/plans/{plan_id}").json()
    assert before["auto_reschedule"] is False
    assert before["reschedules"] == []

    answer = _auto(ada_client, plan_id)
    assert answer.status_code == 200
    plan = answer.json()
    assert plan["auto_reschedule"] is True
    assert plan["start_date"] == _this_monday().isoformat(), "what is left starts from this week"
    assert plan["finish_date"] > before["finish_date"]
    [record] = plan["reschedules"]
    assert record["automatic"] is True
    assert "automatically rescheduled" in record["message"]

    for _ in range(3):  # read again and again (any server): once per week, never twice
        assert len(ada_client.get(f"/api/v1/plans/{plan_id}").json()["reschedules"]) == 1
    call_command("plans_auto_reschedule")
    assert PlanReschedule.objects.filter(plan_id=plan_id).count() == 1

    page = text(ada_client.get(f"/plans/{plan_id}").content)
    assert "Automatic rescheduling is on" in page
    assert "automatically rescheduled (you were behind)" in page


def test_the_week_is_decided_once_even_when_the_learner_catches_up_later(ada_client: Client) -> None:
    plan_id = _plan(ada_client, weeks_ago=0)  # starts this week: nothing has passed, so not behind
    plan = _auto(ada_client, plan_id).json()
    assert plan["reschedules"] == []
    assert SavedPlan.objects.get(pk=plan_id).auto_checked_week == _this_monday()


def test_a_new_week_behind_moves_it_again_and_the_feed_follows(ada_client: Client, ada: User) -> None:
    plan_id = _plan(ada_client, weeks_ago=3)
    _auto(ada_client, plan_id)
    # Pretend last week was handled, and the plan had started earlier still: this week is due again.
    saved = SavedPlan.objects.get(pk=plan_id)
    saved.auto_checked_week = _this_monday() - timedelta(weeks=1)
    saved.request = {**saved.request, "start": (_this_monday() - timedelta(weeks=2)).isoformat()}
    saved.save()
    ada_client.post(f"/plans/{plan_id}/feed")
    token = SavedPlan.objects.get(pk=plan_id).feed_token
    feed = Client().get(f"/api/v1/plans/{plan_id}/feed/{token}.ics")  # a calendar app: no session, no token
    assert feed.status_code == 200
    events = strictly_parsed_calendar(feed.content)
    assert min(e.decoded("DTSTART").date() for e in events) >= _this_monday(), "the feed follows"
    assert PlanReschedule.objects.filter(plan_id=plan_id, automatic=True).count() == 2


def test_only_the_creator_or_owner_turns_it_on_and_the_command_reaches_plans_nobody_opens(
    ada_client: Client, ada: User
) -> None:
    plan_id = _plan(ada_client, weeks_ago=3)
    assert _auto(Client(), plan_id).status_code == 403
    assert _auto(ada_client, plan_id, enabled=False).json()["reschedules"] == []
    SavedPlan.objects.filter(pk=plan_id).update(auto_reschedule=True)  # on, never read since
    call_command("plans_auto_reschedule")
    assert PlanReschedule.objects.get(plan_id=plan_id).automatic
    assert _auto(ada_client, plan_id, enabled=True).status_code == 200
    assert PlanReschedule.objects.filter(plan_id=plan_id).count() == 1


def test_the_page_has_the_switch_without_javascript() -> None:
    creator = Client()
    plan_id = _plan(creator, weeks_ago=3)
    page = text(creator.get(f"/plans/{plan_id}").content)
    assert "Every week, if I am behind, move what is left to start from that week" in page
    response = creator.post(f"/plans/{plan_id}/auto-reschedule", {"auto": "on"})
    assert response.status_code == 302
    page = text(creator.get(f"/plans/{plan_id}").content)
    assert "automatically rescheduled (you were behind)" in page  # a visitor's own plan: their session's progress
    creator.post(f"/plans/{plan_id}/auto-reschedule", {})
    assert SavedPlan.objects.get(pk=plan_id).auto_reschedule is False
    assert Client().post(f"/plans/{plan_id}/auto-reschedule", {"auto": "on"}).status_code == 403


def test_a_plan_whose_target_has_passed_says_the_automatic_mode_cannot_move_it(ada_client: Client) -> None:
    # Two months with nothing done, a deadline gone by: the automatic mode cannot start a plan after its target date,
    # so it moved nothing, week after week, while the page said "Automatic rescheduling is on: each week you are
    # behind, what is left moves" beside "10 weeks behind". A frozen plan that says it is moving.
    start = _this_monday() - timedelta(weeks=9)
    target = _this_monday() - timedelta(days=2)
    body = {
        "targets": ["alpha-dev"],
        "hours_per_week": 8,
        "start": start.isoformat(),
        "target_date": target.isoformat(),
    }
    response = ada_client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    plan_id = response.json()["id"]

    plan = _auto(ada_client, plan_id).json()

    assert plan["reschedules"] == []
    note = plan["auto_reschedule_blocked"]
    assert note.startswith(
        f"Automatic rescheduling is on, but it cannot move this plan: its target date, {target.day} "
    )
    assert "Move the target date" in note
    page = text(ada_client.get(f"/plans/{plan_id}").content)
    assert note in page
    assert "each week you are behind, what is left moves" not in page
    switched = text(ada_client.post(f"/plans/{plan_id}/auto-reschedule", {"auto": "on"}, follow=True).content)
    assert "each week you are behind, what is left moves" not in switched, "the switch's own message says it too"
    assert note in switched
    plain = _plan(ada_client, weeks_ago=3)  # no target: nothing stands in its way
    assert _auto(ada_client, plain).json()["auto_reschedule_blocked"] is None


def test_the_command_line_says_when_the_automatic_mode_cannot_move_the_plan(
    monkeypatch: pytest.MonkeyPatch, setenv: Callable[[str, str], None], tmp_path: Path, ada: User, ada_client: Client
) -> None:
    start, target = _this_monday() - timedelta(weeks=9), _this_monday() - timedelta(days=2)
    body = {
        "targets": ["alpha-dev"],
        "hours_per_week": 8,
        "start": start.isoformat(),
        "target_date": target.isoformat(),
    }
    plan_id = ada_client.post("/api/v1/plans", json.dumps(body), content_type="application/json").json()["id"]
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=token_create(user=ada, name="cli")[1]).save()
    answer_cli_calls_here(monkeypatch)
    said = CliRunner().invoke(app, ["replan", plan_id, "--auto"], env={"COLUMNS": "300"})
    assert said.exit_code == 0, said.output
    assert "Automatic rescheduling is on, but it cannot move this plan" in " ".join(said.stdout.split())
