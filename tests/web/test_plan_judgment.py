"""What a plan tells a learner who follows it: the standing, the dates and the totals must add up, or the learner
stops trusting every plan. Each test is a learner's situation, through the API and the pages."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def create_plan(client: Client, **fields: Any) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan: dict[str, Any] = response.json()
    return plan


def put_status(client: Client, topic: str, status: str) -> None:
    response = client.put(
        f"/api/v1/me/progress/{topic}", json.dumps({"status": status}), content_type="application/json"
    )
    assert response.status_code == 200, response.content


def test_a_learner_midway_through_a_long_topic_as_planned_is_on_schedule(ada_client: Client) -> None:
    # Two hours every day for nine days: web-basics (10 h) took the first five, http-basics (10 h) the next five, so
    # four of its sessions have passed. The learner finished the first and is working on the second: as planned.
    start = timezone.localdate() - timedelta(days=9)
    every_day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    plan = create_plan(ada_client, hours_per_week=14, study_days=every_day, start=start.isoformat())
    first_items = [i["ref"] for w in plan["weeks"] for s in w["sessions"] for i in s["items"]][:10]
    assert first_items == ["web-basics"] * 5 + ["http-basics"] * 5
    put_status(ada_client, "web-basics", "done")
    put_status(ada_client, "http-basics", "in_progress")

    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert standing["schedule"] == "You are on schedule."
    assert standing["behind"] is False
    page = text(ada_client.get(f"/plans/{plan['id']}").content)
    assert "You are on schedule." in page
    assert "to catch up" not in page

    # Stalled on it while the next topic's sessions pass too (a week later), they are behind by those sessions.
    stalled = create_plan(
        ada_client, hours_per_week=14, study_days=every_day, start=(start - timedelta(days=7)).isoformat()
    )
    standings = {p["id"]: p for p in ada_client.get("/api/v1/me/progress").json()["plans"]}
    assert standings[stalled["id"]]["schedule"] == "You are about 1 week behind: 12 hours to catch up."
