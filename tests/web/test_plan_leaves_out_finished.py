"""A learner who already marked part of a roadmap makes a plan for it: what they marked done or skipped, and the
projects they finished, stay on the plan but off its schedule, the form says so by name before saving, the plan's
page says so after, and "Schedule what I already marked done or skipped" undoes it (planning/already_finished.py).
Through the API and the pages, as a learner uses them."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client

from roadmapfinder.clock import today
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

#: A plan made from next week: one that starts before today keeps what the learner finished in its weeks, ticked
#: (tests/web/test_plan_judgment.py), and a fixed date here became such a plan as the days went by.
START = (today() + timedelta(days=7 - today().weekday())).isoformat()
SCHEDULE_FINISHED = "Schedule what I already marked done or skipped"


def _plan(client: Client, **fields: Any) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": START, **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan: dict[str, Any] = response.json()
    return plan


def _scheduled(plan: dict[str, Any]) -> list[str]:
    """The refs of the plan's sessions, in order, each once."""
    refs = [item["ref"] for week in plan["weeks"] for s in week["sessions"] for item in s["items"]]
    return list(dict.fromkeys(refs))


def _put(client: Client, path: str, body: dict[str, Any]) -> None:
    response = client.put(path, json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content


def _mark_on_page(client: Client, topic: str, status: str) -> None:
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": "/roadmaps/alpha-dev"}
    assert client.post("/me/progress/topic", data).status_code == 302


def test_what_a_learner_finished_is_on_their_new_plan_but_not_scheduled(ada_client: Client) -> None:
    before = _plan(ada_client)
    assert _scheduled(before)[:3] == ["web-basics", "http-basics", "terminal"]
    _put(ada_client, "/api/v1/me/progress/web-basics", {"status": "done"})
    _put(ada_client, "/api/v1/me/progress/http-basics", {"status": "skipped"})
    _put(ada_client, "/api/v1/me/progress/terminal", {"status": "in_progress"})  # started is not finished
    _put(ada_client, "/api/v1/me/progress/projects/alpha-dev/foundations-project", {"done": True})

    plan = _plan(ada_client)

    assert plan["request"]["finished_work"] == ["web-basics", "http-basics", "alpha-dev/foundations-project"]
    scheduled = _scheduled(plan)
    assert scheduled[0] == "terminal"
    assert not {"web-basics", "http-basics", "alpha-dev/foundations-project"} & set(scheduled)
    assert plan["finish_date"] < before["finish_date"], "weeks of study it no longer needs"
    topics = [t["id"] for p in plan["phases"] for t in p["topics"]]
    assert topics[:2] == ["web-basics", "http-basics"], "still on the plan, where they belong"

    refresher = _plan(ada_client, schedule_finished=True)
    assert refresher["request"]["finished_work"] == []
    assert _scheduled(refresher) == _scheduled(before)
    assert refresher["finish_date"] == before["finish_date"]


def test_a_plan_for_someone_with_nothing_marked_is_unchanged(client: Client) -> None:
    plan = _plan(client)
    assert plan["request"]["finished_work"] == []
    assert _scheduled(plan)[0] == "web-basics"


def test_the_form_names_what_it_leaves_out_and_the_box_undoes_it_before_and_after_saving(client: Client) -> None:
    # A visitor tracking in their session, as on the roadmap page.
    assert client.get("/me/progress/start?next=/roadmaps/alpha-dev").status_code == 302
    _mark_on_page(client, "web-basics", "done")
    _mark_on_page(client, "http-basics", "skipped")

    shown = client.get("/generate/preview", {"roadmap": "alpha-dev", "hours": "8", "start": START}).content
    preview = text(shown)
    assert (
        "You already marked 2 topics of this plan done or skipped, so they stay on it, off the schedule. Tick one to "
        f"study it again, or “{SCHEDULE_FINISHED}” for all of them. How the web works HTTP basics" in preview
    )
    assert '<input type="checkbox" name="refresh" value="http-basics"> HTTP basics' in shown.decode()
    asked = {"roadmap": "alpha-dev", "hours": "8", "start": START, "schedule_finished": "1"}
    scheduled_again = text(client.get("/generate/preview", asked).content)
    assert "they are scheduled again, as you asked: How the web works, HTTP basics." in scheduled_again
    assert f"Untick “{SCHEDULE_FINISHED}” to leave them out." in scheduled_again
    form = text(client.get("/generate?roadmap=alpha-dev").content)
    assert SCHEDULE_FINISHED in form

    made = client.post("/generate", {"roadmap": "alpha-dev", "hours": "8", "start": START}, follow=True)
    page = text(made.content)
    assert "You had already marked 2 topics of this plan done or skipped: they stay on it, off the schedule." in page
    plan_id = made.redirect_chain[-1][0].rsplit("/", 1)[-1]
    assert _scheduled(client.get(f"/api/v1/plans/{plan_id}").json())[0] == "terminal"

    # Changed later with the box ticked: both are scheduled again, and the form shows the box ticked.
    edit = {"roadmap": "alpha-dev", "hours": "8", "start": START, "schedule_finished": "1"}
    assert client.post(f"/plans/{plan_id}", edit).status_code == 302
    regenerated = client.get(f"/api/v1/plans/{plan_id}").json()
    assert _scheduled(regenerated)[:2] == ["web-basics", "http-basics"]
    assert regenerated["request"]["schedule_finished"] is True
    assert 'name="schedule_finished" value="1" checked' in client.get(f"/plans/{plan_id}").content.decode()


def test_a_reschedule_leaves_out_what_is_finished_even_on_a_refresher(ada_client: Client) -> None:
    _put(ada_client, "/api/v1/me/progress/web-basics", {"status": "done"})
    plan = _plan(ada_client, schedule_finished=True)
    assert _scheduled(plan)[0] == "web-basics"
    response = ada_client.post(
        f"/api/v1/plans/{plan['id']}/reschedule", json.dumps({}), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    rescheduled = response.json()
    assert _scheduled(rescheduled)[0] == "http-basics"
    assert rescheduled["request"]["schedule_finished"] is False


def test_the_placement_check_does_not_ask_about_what_the_learner_already_marked(ada_client: Client) -> None:
    plan = {"targets": ["alpha-dev"], "hours_per_week": 10}
    first = ada_client.post("/api/v1/placement", {"plan": plan, "answers": []}, content_type="application/json")
    assert first.json()["next"]["question"]["key"].startswith("web-basics/")
    _put(ada_client, "/api/v1/me/progress/web-basics", {"status": "done"})
    _put(ada_client, "/api/v1/me/progress/http-basics", {"status": "skipped"})

    asked = ada_client.post("/api/v1/placement", {"plan": plan, "answers": []}, content_type="application/json")
    assert asked.status_code == 200, asked.content
    assert asked.json()["next"]["question"]["key"].startswith("terminal/")
    page = text(ada_client.get("/generate/placement", {"roadmap": "alpha-dev", "hours": "10"}).content)
    assert "topic 1 of 2: Terminal basics" in page
    refresher = {**plan, "schedule_finished": True}
    again = ada_client.post("/api/v1/placement", {"plan": refresher, "answers": []}, content_type="application/json")
    assert again.json()["next"]["question"]["key"].startswith("web-basics/")


def test_a_refresher_of_one_finished_topic_schedules_it_and_leaves_the_others_off(ada_client: Client) -> None:
    _put(ada_client, "/api/v1/me/progress/web-basics", {"status": "done"})
    _put(ada_client, "/api/v1/me/progress/http-basics", {"status": "done"})
    _put(ada_client, "/api/v1/me/progress/terminal", {"status": "done"})

    rusty = _plan(ada_client, refresh=["http-basics"])  # "i did HTTP a year ago and forgot most of it"
    assert rusty["request"]["finished_work"] == ["web-basics", "terminal"]
    assert _scheduled(rusty)[0] == "http-basics"
    assert not {"web-basics", "terminal"} & set(_scheduled(rusty))
    by_name = _plan(ada_client, refresh=["http basics"])  # as the command line's --refresh takes it
    assert by_name["request"]["finished_work"] == ["web-basics", "terminal"]
    assert _scheduled(by_name) == _scheduled(rusty)


def test_a_refresher_of_something_the_plan_does_not_hold_is_refused_by_name(ada_client: Client) -> None:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": START, "refresh": ["monitoring"]}
    response = ada_client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 400, response.content
    error = response.json()
    assert error["detail"] == "not in this plan, so there is nothing to refresh: monitoring"
    assert error["hint"] == "refresh only topics the plan holds, or add them to the plan (`add`)"
    unknown = {**body, "refresh": ["kubernetes"]}
    refused = ada_client.post("/api/v1/plans", json.dumps(unknown), content_type="application/json")
    assert refused.status_code == 400, refused.content
    assert "unknown topic in refresh: `kubernetes`" in refused.json()["detail"]


def test_the_form_ticks_one_finished_topic_to_study_again_and_saves_it_so(client: Client) -> None:
    assert client.get("/me/progress/start?next=/roadmaps/alpha-dev").status_code == 302
    _mark_on_page(client, "web-basics", "done")
    _mark_on_page(client, "http-basics", "skipped")
    form = {"roadmap": "alpha-dev", "hours": "8", "start": START, "refresh": "http-basics"}

    shown = client.post("/generate/preview", form, headers={"HX-Request": "true"}).content
    assert "off the schedule, but for the 1 topic you ticked to study again." in text(shown)
    assert '<input type="checkbox" name="refresh" value="http-basics" checked> HTTP basics' in shown.decode()
    assert '<input type="checkbox" name="refresh" value="web-basics"> How the web works' in shown.decode()

    made = client.post("/generate", form, follow=True)
    plan_id = made.redirect_chain[-1][0].rsplit("/", 1)[-1]
    saved = client.get(f"/api/v1/plans/{plan_id}").json()
    assert saved["request"]["finished_work"] == ["web-basics"]
    assert _scheduled(saved)[0] == "http-basics"

    # The plan's edit form keeps the refresher ticked, by name; unticked and regenerated, it leaves the schedule.
    edit_form = client.get(f"/plans/{plan_id}").content.decode()
    assert '<input type="checkbox" name="refresh" value="http-basics" checked> HTTP basics' in edit_form
    assert client.post(f"/plans/{plan_id}", form).status_code == 302
    assert _scheduled(client.get(f"/api/v1/plans/{plan_id}").json())[0] == "http-basics"  # kept while ticked
    unticked = {k: v for k, v in form.items() if k != "refresh"}
    assert client.post(f"/plans/{plan_id}", unticked).status_code == 302
    assert _scheduled(client.get(f"/api/v1/plans/{plan_id}").json())[0] == "terminal"


def test_a_reschedule_ends_a_refresher_of_some_topics_too(ada_client: Client) -> None:
    _put(ada_client, "/api/v1/me/progress/web-basics", {"status": "done"})
    _put(ada_client, "/api/v1/me/progress/http-basics", {"status": "done"})
    plan = _plan(ada_client, refresh=["web-basics"])
    assert _scheduled(plan)[0] == "web-basics"
    response = ada_client.post(
        f"/api/v1/plans/{plan['id']}/reschedule", json.dumps({}), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["request"]["refresh"] == []
    assert _scheduled(response.json())[0] == "terminal"
