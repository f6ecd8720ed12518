"""A start date long past or far ahead is said as the plan is made, on the API, the form's preview and the CLI.

Before: `"start": "2024-01-06"` (a typo for this year) made and saved a plan whose every session had passed, and the
API's answer, the preview and `roadmapfinder plan` said nothing; only the saved plan's page, once opened, said
"about 150 weeks behind". A saved plan read later says nothing of its start: by then it is when the learner began.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.clock import today
from roadmapfinder.planning.plan import long_date
from roadmapfinder.plans.models import SavedPlan
from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def _created(start: date) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": start.isoformat()}
    response = Client().post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan: dict[str, Any] = response.json()
    check_openapi("/api/v1/plans", 201, plan, method="post")
    return plan


def _years_back(years: int) -> date:
    now = today()
    return now.replace(year=now.year - years, day=min(now.day, 28))


def test_a_start_two_years_back_is_saved_and_said_with_how_to_start_today() -> None:
    start = _years_back(2)
    plan = _created(start)
    [note] = plan["notes"]
    assert note.startswith(f"This plan starts on {long_date(start)}, ")
    assert "weeks before today: its last session was on" in note
    assert "so all of it is already past. Was it a typo?" in note
    assert f"set the start date to {long_date(today())} or leave it out" in note
    assert plan["start_date"] == start.isoformat()  # said, never changed behind the learner's back
    read_later = Client().get(f"/api/v1/plans/{plan['id']}").json()
    assert read_later["start_date"] == start.isoformat()
    assert read_later["notes"] == []  # a saved plan read later: its page says how far behind it is instead


def test_a_start_a_few_weeks_back_counts_the_weeks_past_without_calling_it_a_typo() -> None:
    [note] = _created(today() - timedelta(days=15))["notes"]
    assert re.search(r"2 weeks before today: [12] of its \d+ weeks (is|are) already past\. If you began then", note)
    assert "mark what you finished; to start from today" in note
    assert "typo" not in note


@pytest.mark.parametrize("days_back", [0, 1, 7])
def test_today_or_a_start_within_the_last_week_says_nothing(days_back: int) -> None:
    assert _created(today() - timedelta(days=days_back))["notes"] == []


def test_a_start_more_than_a_year_ahead_is_said() -> None:
    start = _years_back(-10)  # "2036" for this year
    [note] = _created(start)["notes"]
    assert note == (
        f"This plan starts on {long_date(start)}, more than a year from today. Was it a typo? To start from today, "
        f"set the start date to {long_date(today())} or leave it out."
    )
    assert _created(today() + timedelta(days=300))["notes"] == []  # next term, after a notice period: a plan


def test_the_forms_preview_says_it_while_the_learner_types_the_date() -> None:
    start = _years_back(2)
    form = {"roadmap": "alpha-dev", "hours": "8", "level": "beginner", "start": start.isoformat()}
    preview = text(Client().post("/generate/preview", form, headers={"HX-Request": "true"}).content)
    assert f"This plan starts on {long_date(start)}, " in preview
    assert "Was it a typo?" in preview
    fine = {**form, "start": today().isoformat()}
    assert "This plan starts on" not in text(Client().post("/generate/preview", fine).content)


def test_the_cli_says_it_on_stderr_and_in_json() -> None:
    start = _years_back(2)
    shown = CliRunner().invoke(app, ["plan", "alpha-dev", "--start", start.isoformat()])
    assert shown.exit_code == 0, shown.output
    assert f"Note: This plan starts on {long_date(start)}" in " ".join(shown.stderr.split())
    as_json = CliRunner().invoke(app, ["plan", "alpha-dev", "--start", start.isoformat(), "--json"])
    assert "Was it a typo?" in json.loads(as_json.stdout)["notes"][0]


def test_a_start_changed_to_long_past_is_said_on_update_and_an_old_start_kept_is_not() -> None:
    client = Client()
    plan = client.post(
        "/api/v1/plans",
        json.dumps(
            {"targets": ["alpha-dev"], "hours_per_week": 8, "start": (today() - timedelta(days=60)).isoformat()}
        ),
        content_type="application/json",
    ).json()
    kept = {**plan["request"], "session_time": "20:00"}  # keeps the start two months back: a plan begun
    same = client.put(f"/api/v1/plans/{plan['id']}", json.dumps(kept), content_type="application/json")
    assert same.status_code == 200, same.content
    assert same.json()["notes"] == []
    assert same.json()["start_date"] == plan["start_date"]
    typo = {**plan["request"], "start": _years_back(2).isoformat()}
    moved = client.put(f"/api/v1/plans/{plan['id']}", json.dumps(typo), content_type="application/json")
    assert moved.status_code == 200, moved.content
    assert "Was it a typo?" in moved.json()["notes"][0]  # before: saved and said nothing


def test_the_plans_edit_form_says_it_when_the_start_typed_is_long_past_and_not_when_it_is_kept() -> None:
    # The API's update said it; "Change this plan" on the page saved a start two years back and said nothing.
    creator = Client()
    form = {
        "roadmap": "alpha-dev",
        "hours": "8",
        "level": "beginner",
        "start": (today() - timedelta(days=60)).isoformat(),
    }
    made = creator.post("/generate", form)
    assert made.status_code == 302
    plan_page = made["Location"]
    kept = creator.post(plan_page, {**form, "hours": "9"}, follow=True)  # the start the form shows, kept
    assert kept.status_code == 200
    assert "This plan starts on" not in text(kept.content)

    start = _years_back(2)
    typo = creator.post(plan_page, {**form, "start": start.isoformat()}, follow=True)
    assert typo.status_code == 200
    page = text(typo.content)
    assert f"This plan starts on {long_date(start)}, " in page
    assert f"Was it a typo? To start from today, set the start date to {long_date(today())} or leave it out." in page
    assert "This plan starts on" not in text(creator.get(plan_page).content), "said once, as the change is made"


def test_an_update_reads_the_saved_plan_once() -> None:
    client = Client()
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": today().isoformat()}
    plan = client.post("/api/v1/plans", json.dumps(body), content_type="application/json").json()
    with CaptureQueriesContext(connection) as queries:
        changed = client.put(
            f"/api/v1/plans/{plan['id']}", json.dumps({**body, "hours_per_week": 9}), content_type="application/json"
        )
    assert changed.status_code == 200, changed.content
    table = SavedPlan._meta.db_table
    reads = [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT") and f'FROM "{table}"' in q["sql"]
    ]
    assert len(reads) == 1, reads  # it was read for the start it had, then again to be changed
