"""A learner's personal token is read by every plan route: reading their own plan (`GET /api/v1/plans/{id}`) and
its exports with `Authorization: Bearer rf_...` is reading it as its learner, as making, changing and rescheduling
it with the token already were. The read took no token: a script of the plan's owner was answered as a stranger's,
told of the plan's learner in the third person and given no marks in its files, and the OpenAPI document said the
route takes no credentials.

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027 (tests/web/test_plan_past_weeks_kept.py);
today is Wednesday 3 February, after How the web works grew from 10 to 20 hours."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.tracking.services import token_create
from tests.helpers import check_openapi, openapi_document, pin_today
from tests.web.test_plan_past_weeks_kept import TODAY, grow_and_rename_web_basics, said, serve_edited

pytestmark = [pytest.mark.database, pytest.mark.django_db]

SetEnv = Callable[[str, str], None]
GROWN = "“How the web really works” now takes 20 hours (it took 10)."


def test_the_plans_owner_reading_it_with_their_token_reads_it_as_its_learner(
    ada: User, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    mine = {"Authorization": f"Bearer {token_create(user=ada, name='my script')[1]}"}
    script = Client()  # no session: the token alone says who calls
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": "2027-01-04"}
    made = script.post("/api/v1/plans", json.dumps(body), content_type="application/json", headers=mine)
    assert made.status_code == 201, made.content
    plan_id = made.json()["id"]
    done = json.dumps({"status": "done"})
    marked = script.put("/api/v1/me/progress/web-basics", done, content_type="application/json", headers=mine)
    assert marked.status_code == 200, marked.content
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)

    read = script.get(f"/api/v1/plans/{plan_id}", headers=mine)
    assert read.status_code == 200, read.content
    check_openapi("/api/v1/plans/{plan_id}", 200, read.json())
    assert f"{GROWN} You had already finished it, so no more of it is scheduled." in said(read.json())
    assert read.json()["content_changes"][0]["message"].startswith(
        "The content of this plan changed on 3 February 2027, after it was made. Your weeks before"
    )
    assert "This plan's learner" not in json.dumps(read.json())
    stranger = Client().get(f"/api/v1/plans/{plan_id}").json()
    assert f"{GROWN} This plan's learner had already finished it, so no more of it is scheduled." in said(stranger)

    markdown = script.get(f"/api/v1/plans/{plan_id}.md", headers=mine).content.decode()
    assert "- [x] " in markdown, "the owner's ticks are in their file"
    assert "- [x] " not in Client().get(f"/api/v1/plans/{plan_id}.md").content.decode(), "a stranger's file has none"


def test_a_wrong_token_on_a_plan_is_refused_as_on_every_route(ada: User) -> None:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8}
    made = Client().post("/api/v1/plans", json.dumps(body), content_type="application/json")
    plan_id = made.json()["id"]
    wrong = {"Authorization": "Bearer rf_not-a-token"}
    for path in (f"/api/v1/plans/{plan_id}", f"/api/v1/plans/{plan_id}.md"):
        refused = Client().get(path, headers=wrong)
        assert refused.status_code == 401, (path, refused.content)
        assert "Bearer" in refused.json()["hint"]
    check_openapi("/api/v1/plans/{plan_id}", 401, Client().get(f"/api/v1/plans/{plan_id}", headers=wrong).json())


def test_the_openapi_document_says_a_plan_and_its_exports_take_a_token_or_none() -> None:
    paths = openapi_document()["paths"]
    for path in (
        "/api/v1/plans/{plan_id}",
        "/api/v1/plans/{plan_id}.md",
        "/api/v1/plans/{plan_id}.ics",
        "/api/v1/plans/{plan_id}.pdf",
    ):
        operation = paths[path]["get"]
        assert operation["security"] == [{}, {"OptionalToken": []}], path
        assert {"401", "429"} <= set(operation["responses"]), path
