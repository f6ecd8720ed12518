"""The API says a short phase's days in its structured fields too, and its document says what each field counts.

"git and github" at 80 h a week: each phase's `estimate` said "2–4 days at 80 h/week" while its `estimated_weeks`,
the only number a program could read, said 1–1 (whole weeks, at least one), six phases of a week each under a total
of two to three weeks. Now `estimated_days` carries the days the words say, and the document says `estimated_weeks`
are whole weeks of at least one.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from roadmapfinder.generated.models import GeneratedRoadmapRecord
from tests.helpers import check_openapi

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GENERATE = "/api/v1/roadmaps/generate"
_DAYS = re.compile(r"(\d+)(?:–(\d+))? days? at 80 h/week")


def _said_days(estimate: str) -> dict[str, int]:
    found = _DAYS.fullmatch(estimate)
    assert found, estimate
    return {"min": int(found[1]), "max": int(found[2] or found[1])}


def _generated() -> Any:
    response = Client().post(
        GENERATE, {"goal": "learn git and github", "hours_per_week": 80}, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    out = response.json()
    check_openapi(GENERATE, 201, out, method="post")
    return out


def test_a_phase_of_days_answers_its_days_beside_its_whole_weeks() -> None:
    out = _generated()
    assert out["phases"], out
    for phase in out["phases"]:
        assert phase["estimated_days"] == _said_days(phase["estimate"]), phase["estimate"]
        assert phase["estimated_weeks"] == {"min": 1, "max": 1}  # whole weeks, at least one, as documented
    low = sum(p["estimated_days"]["min"] for p in out["phases"])
    high = sum(p["estimated_days"]["max"] for p in out["phases"])
    total = out["estimated_days"]
    assert abs(total["min"] - low) <= len(out["phases"])
    assert abs(total["max"] - high) <= len(out["phases"])
    assert (round(total["min"] / 7), round(total["max"] / 7)) == (
        out["estimated_weeks"]["min"],
        out["estimated_weeks"]["max"],
    )


def test_a_roadmap_stored_before_days_answers_them_under_the_same_link() -> None:
    out = _generated()
    record = GeneratedRoadmapRecord.objects.get(pk=out["id"])
    stored = dict(record.roadmap)
    stored.pop("estimated_days")
    stored["phases"] = [{k: v for k, v in p.items() if k != "estimated_days"} for p in stored["phases"]]
    record.roadmap = stored
    record.save()
    response = Client().get(f"/api/v1/roadmaps/generated/{out['id']}")
    assert response.status_code == 200
    check_openapi("/api/v1/roadmaps/generated/{roadmap_id}", 200, response.json())
    assert response.json() == out


def test_the_document_says_what_the_weeks_and_the_days_count() -> None:
    schemas = Client().get("/api/v1/openapi.json").json()["components"]["schemas"]
    phase = schemas["GeneratedPhaseOut"]
    assert "estimated_days" in phase["required"]
    assert "at least 1" in phase["properties"]["estimated_weeks"]["description"]
    assert "estimated_days" in phase["properties"]["estimated_weeks"]["description"]
    assert "calendar days" in phase["properties"]["estimated_days"]["description"]
    assert (
        "estimated_days"
        in schemas["GeneratedRoadmap" if "GeneratedRoadmap" in schemas else "GeneratedRoadmapOut"]["required"]
    )
    catalog_phase = schemas["PhaseOut"]["properties"]["estimated_weeks"]["description"]
    assert "reference_hours_per_week" in catalog_phase
    assert "at least 1–2" in catalog_phase
