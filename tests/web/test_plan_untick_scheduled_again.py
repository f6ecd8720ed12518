"""Work a learner unticks that their plan had left off its schedule as finished is scheduled again at once: the
plan stays a complete, dated plan. A reschedule (or a plan made after ticking) keeps what was finished ticked, off
the schedule (`request.finished_work`); unticked later, it was on the plan with no session anywhere, its hours
counted as "already finished", until the learner happened to reschedule again.

Now its time comes back from the day it is unticked, ahead of what is left (in learning order), every session
before that day as it was planned, and the plan says so under "Rescheduled" (and in the API's `reschedules`).

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027, 1.6-hour sessions Monday to Friday
(tests/web/test_plan_past_weeks_kept.py). The learner ticks the first three topics on Wednesday 3 February and
re-plans what is left from that day; they come back a week later, on Wednesday 10 February, and untick one."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.tracking.services import token_create
from tests.helpers import check_openapi, pin_today, text
from tests.web.test_plan_past_weeks_kept import mark_done, new_plan, plan_json

pytestmark = [pytest.mark.database, pytest.mark.django_db]

REPLANNED, BACK = date(2027, 2, 3), date(2027, 2, 10)
HTMX = {"HX-Request": "true"}


def hours_of(plan: dict[str, Any], name: str, *, since: str = "", until: str = "9999") -> float:
    """The hours the plan's sessions dated from `since` up to (not including) `until` give the work called `name`."""
    return round(
        sum(
            i["hours"]
            for w in plan["weeks"]
            for s in w["sessions"]
            if since <= s["date"] < until
            for i in s["items"]
            if i["title"] == name
        ),
        2,
    )


def sessions_before(plan: dict[str, Any], day: str) -> list[tuple[str, list[tuple[str, float]]]]:
    return [
        (s["date"], [(i["title"], i["hours"]) for i in s["items"]])
        for w in plan["weeks"]
        for s in w["sessions"]
        if s["date"] < day
    ]


def ticked_and_replanned(client: Client, monkeypatch: pytest.MonkeyPatch) -> str:
    """A plan whose first three topics were ticked and left off the schedule by a reschedule on 3 February."""
    pin_today(monkeypatch, REPLANNED)
    plan_id = new_plan(client)
    for topic in ("web-basics", "http-basics", "terminal"):
        mark_done(client, plan_id, topic)
    moved = client.post(f"/plans/{plan_id}/reschedule", {"from": REPLANNED.isoformat(), "hours": "8"}, follow=True)
    assert "Rescheduled. On " in text(moved.content)
    assert plan_json(client, plan_id)["request"]["finished_work"] == ["web-basics", "http-basics", "terminal"]
    return plan_id


def test_a_topic_unticked_a_week_after_a_reschedule_is_scheduled_again_from_that_day(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id = ticked_and_replanned(ada_client, monkeypatch)
    before = plan_json(ada_client, plan_id)
    assert hours_of(before, "HTTP basics", since=REPLANNED.isoformat()) == 0, "ticked: off the schedule"

    pin_today(monkeypatch, BACK)  # a week later: "I did not really get HTTP"
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    unticked = ada_client.post(
        "/me/progress/topic",
        {
            "topic": "http-basics",
            "status": "none",
            "track": f"plan:{plan_id}",
            "phase": "1",
            "next": f"/plans/{plan_id}",
        },
        headers=HTMX,
    )
    assert unticked.status_code == 200
    assert unticked.headers.get("HX-Refresh") == "true", "the page's schedule changed: it is loaded again"

    after = plan_json(ada_client, plan_id)
    check_openapi("/api/v1/plans/{plan_id}", 200, after)
    assert hours_of(after, "HTTP basics", since=BACK.isoformat()) == 10, "all of it, from the day it was unticked"
    first = next(s for w in after["weeks"] for s in w["sessions"] if s["date"] >= BACK.isoformat())
    assert first["date"] == BACK.isoformat()
    assert first["items"][0]["title"] == "HTTP basics", "first: it comes before what is left in the plan's order"
    assert sessions_before(after, BACK.isoformat()) == sessions_before(before, BACK.isoformat()), "the past kept"
    assert after["request"]["finished_work"] == ["web-basics", "terminal"]
    assert after["effort"] == "210 hours (190 still scheduled: 20 already finished)"
    assert after["finish_date"] > before["finish_date"], "what follows it moves later"
    [now] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert now["schedule"] == standing["schedule"] == "You are about 1 week behind: 8 hours to catch up.", (
        "the days lived and what they hold are the same: the untick neither puts the learner behind nor clears it"
    )
    said = after["reschedules"][0]
    assert said["from_date"] == BACK.isoformat()
    assert not said["automatic"]
    assert said["scheduled_again"] == ["HTTP basics"]
    assert "“HTTP basics”, unticked, is scheduled again from 10 February 2027" in said["message"]
    assert f"the finish moved from {_long(before['finish_date'])} to {_long(after['finish_date'])}" in said["message"]

    page = text(ada_client.get(f"/plans/{plan_id}").content)
    assert said["message"] in page, "the plan page says it under Rescheduled"
    assert "Wed 10 Feb, 19:00–20:36 today HTTP basics" in page, "This week holds it from today"

    # Ticked again the next day: it stays where it now is, ticked, and nothing moves.
    pin_today(monkeypatch, date(2027, 2, 11))
    mark_done(ada_client, plan_id, "http-basics")
    again = plan_json(ada_client, plan_id)
    assert again["weeks"] == after["weeks"]
    assert len(again["reschedules"]) == len(after["reschedules"])


def test_a_topic_the_plan_holds_in_its_weeks_unticked_moves_nothing(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id = ticked_and_replanned(ada_client, monkeypatch)
    pin_today(monkeypatch, BACK)
    mark_done(ada_client, plan_id, "version-control")  # scheduled from 3 February: ticked where it is
    before = plan_json(ada_client, plan_id)
    mark_done(ada_client, plan_id, "version-control", "none")
    after = plan_json(ada_client, plan_id)
    assert after["weeks"] == before["weeks"]
    assert len(after["reschedules"]) == len(before["reschedules"])


def test_a_topic_marked_in_progress_with_a_token_is_scheduled_again(
    ada: User, ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id = ticked_and_replanned(ada_client, monkeypatch)
    pin_today(monkeypatch, BACK)
    mine = {"Authorization": f"Bearer {token_create(user=ada, name='cli')[1]}"}
    marked = Client().put(
        "/api/v1/me/progress/terminal",
        json.dumps({"status": "in_progress"}),
        content_type="application/json",
        headers=mine,
    )
    assert marked.status_code == 200, marked.content
    after = Client().get(f"/api/v1/plans/{plan_id}", headers=mine).json()
    assert hours_of(after, "Terminal basics", since=BACK.isoformat()) == 10
    assert "“Terminal basics”, unticked, is scheduled again from 10 February 2027" in after["reschedules"][0]["message"]


def test_a_visitor_who_unticks_what_their_new_plan_left_out_gets_its_sessions(monkeypatch: pytest.MonkeyPatch) -> None:
    pin_today(monkeypatch, date(2027, 1, 4))
    visitor = Client()
    marked = {"topic": "web-basics", "status": "done", "track": "roadmap:alpha-dev", "phase": "1", "next": "/"}
    assert visitor.post("/me/progress/topic", marked).status_code == 302
    plan_id = new_plan(visitor)  # made after ticking: How the web works stays on it, off the schedule
    made = plan_json(visitor, plan_id)
    assert made["request"]["finished_work"] == ["web-basics"]
    assert hours_of(made, "How the web works") == 0

    pin_today(monkeypatch, date(2027, 1, 13))  # a week and a half later, back on the plan page, without htmx
    unticked = visitor.post(
        "/me/progress/topic",
        {
            "topic": "web-basics",
            "status": "none",
            "track": f"plan:{plan_id}",
            "phase": "1",
            "next": f"/plans/{plan_id}",
        },
    )
    assert unticked.status_code == 302
    after = plan_json(visitor, plan_id)
    assert hours_of(after, "How the web works", since="2027-01-13") == 10
    assert hours_of(after, "How the web works", until="2027-01-13") == 0, "none of it in the days already lived"
    assert sessions_before(after, "2027-01-13") == sessions_before(made, "2027-01-13")
    page = text(visitor.get(f"/plans/{plan_id}").content)
    assert "“How the web works”, unticked, is scheduled again from 13 January 2027" in page
    stranger = text(Client().get(f"/plans/{plan_id}").content)
    assert "“How the web works”, unticked, is scheduled again from 13 January 2027" in stranger


def _long(day: str) -> str:
    parsed = date.fromisoformat(day)
    return f"{parsed.day} {parsed:%B %Y}"
