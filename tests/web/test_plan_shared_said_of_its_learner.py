"""A shared plan speaks of its learner in the third person to anyone else who opens its link: its page, its weeks
page, `GET /api/v1/plans/{id}` and its exports told a stranger "At 8 hours a week you finish on ..., after your
target", "By then ... you finish phases 1–2", "automatically rescheduled (you were behind)", "they count neither for
nor against you", "Beta Operations assumes you have done Alpha Developer", "Skipped: you already know it", "below your
level", "you added it", "17 topics you know ..." and "Week 7 of your plan", of a plan and a progress that are not
theirs. (914be6e7 did it for what changed in the plan's content.) Its learner (the owner, or the visitor who made
it) still reads all of it as theirs; what the page says of the reader's own marks ("A ✓ is what you have finished")
and offers them ("Generate your own plan") is the reader's, and stays.

The plan: Beta Operations (which assumes Alpha Developer) at 8 hours a week from Monday 4 January 2027, to finish
by 1 March, knowing "http basics" and "a terminal", at junior level, with Scaling added and Containers dropped; its
learner ticks two topics, re-plans on 3 February, turns on the weekly automatic reschedule, and falls behind.
Today is Wednesday 17 February."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from django.test import Client
from pypdf import PdfReader

from tests.helpers import pin_today, text
from tests.web.test_plan_past_weeks_kept import mark_done

pytestmark = [pytest.mark.database, pytest.mark.django_db]

#: What a shared plan's pages say to their reader about the reader: their own marks, what they may do.
READERS_OWN = (
    "A ✓ is what you have finished by now, wherever the plan had it: a week past shows what it planned, not when "
    "you did it.",
    "Estimates assume 10 hours a week unless you set your own pace",
    "Track your progress on this roadmap",
    "Generate your own plan",
    "mark your progress on",
)
SECOND_PERSON = re.compile(r"[^.:;\n\"]*\b(?:you|your|yours|yourself)\b[^.:;\n\"]*", re.IGNORECASE)


def second_person(said: str) -> list[str]:
    """Each phrase of `said` that speaks to its reader, but those that are the reader's own (`READERS_OWN`)."""
    for own in READERS_OWN:
        said = said.replace(own, "")
    return sorted({m.strip() for m in SECOND_PERSON.findall(said)})


def shared_plan(client: Client, monkeypatch: pytest.MonkeyPatch) -> str:
    pin_today(monkeypatch, date(2027, 1, 4))
    body = {
        "targets": ["beta-ops"],
        "hours_per_week": 8,
        "start": "2027-01-04",
        "target_date": "2027-03-01",
        "known": ["http basics", "a terminal"],
        "level": "junior",
        "add": ["scaling"],
        "drop": ["containers"],
    }
    made = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert made.status_code == 201, made.content
    plan_id: str = made.json()["id"]
    pin_today(monkeypatch, date(2027, 2, 3))
    for topic in ("pipelines", "monitoring"):
        mark_done(client, plan_id, topic)
    moved = client.post(f"/plans/{plan_id}/reschedule", {"from": "2027-02-03", "hours": "8"})
    assert moved.status_code == 302
    auto = json.dumps({"enabled": True})
    turned_on = client.put(f"/api/v1/plans/{plan_id}/auto-reschedule", auto, content_type="application/json")
    assert turned_on.status_code == 200, turned_on.content
    pin_today(monkeypatch, date(2027, 2, 17))
    return plan_id


def everything_said(client: Client, plan_id: str) -> dict[str, str]:
    """What the plan's page, weeks page, API answer and exports say to this reader."""
    pdf = PdfReader(io.BytesIO(client.get(f"/api/v1/plans/{plan_id}.pdf").content))
    return {
        "page": text(client.get(f"/plans/{plan_id}").content),
        "weeks page": text(client.get(f"/plans/{plan_id}/weeks").content),
        # the plan's inputs (`request`) are echoed as its learner gave them: a record, not words to the reader
        "api": json.dumps({**client.get(f"/api/v1/plans/{plan_id}").json(), "request": None}, ensure_ascii=False),
        "markdown": client.get(f"/api/v1/plans/{plan_id}.md").content.decode(),
        "calendar": client.get(f"/api/v1/plans/{plan_id}.ics").content.decode().replace("\r\n ", ""),
        "pdf": " ".join(" ".join(page.extract_text().split()) for page in pdf.pages),
    }


def test_a_stranger_reads_a_shared_plan_of_its_learner_on_every_surface(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id = shared_plan(ada_client, monkeypatch)
    said = everything_said(Client(), plan_id)
    assert {surface: second_person(words) for surface, words in said.items()} == {surface: [] for surface in said}

    page, api = said["page"], json.loads(said["api"])
    assert "At 8 hours a week this plan finishes on" in page
    assert "after its target of 1 March 2027" in api["target"]["message"]
    assert "(its learner was behind)" in api["reschedules"][0]["message"]
    assert "they count neither for nor against its learner" in api["kept_note"]
    assert api["assumes"][0]["message"].startswith("Beta Operations assumes its learner has done Alpha Developer")
    assert "its learner already knows it" in [s["reason"] for s in api["skipped"]]
    assert "Automatic rescheduling is on: each week its learner is behind, what is left moves" in page
    assert "Week 7 of this plan" in said["calendar"]


def test_the_plans_learner_still_reads_it_as_theirs(ada_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = shared_plan(ada_client, monkeypatch)
    said = everything_said(ada_client, plan_id)
    api = json.loads(said["api"])
    assert "after your target of 1 March 2027" in api["target"]["message"]
    assert "(you were behind)" in api["reschedules"][0]["message"]
    assert "they count neither for nor against you" in api["kept_note"]
    assert api["assumes"][0]["message"].startswith("Beta Operations assumes you have done Alpha Developer")
    assert "you already know it" in [s["reason"] for s in api["skipped"]]
    assert "each week you are behind, what is left moves to start from that week" in said["page"]
    assert "Week 7 of your plan" in said["calendar"]
    assert "topics you know, dropped or that are assumed" in said["markdown"]


def test_a_plan_of_a_generated_roadmap_is_its_learners_and_its_files_are_not_the_readers() -> None:
    creator = Client()
    generated = creator.post(
        "/api/v1/roadmaps/generate", json.dumps({"goal": "alpha developer"}), content_type="application/json"
    )
    assert generated.status_code == 201, generated.content
    body = {"generated": generated.json()["id"], "hours_per_week": 8}
    made = creator.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert made.status_code == 201, made.content
    plan_id = made.json()["id"]

    said = everything_said(Client(), plan_id)
    assert {surface: second_person(words) for surface, words in said.items()} == {surface: [] for surface in said}
    assert "Made from its learner's generated roadmap Alpha Developer" in said["page"]
    assert said["markdown"].startswith("# Learning plan: Alpha Developer"), "not “My learning plan” to a stranger"
    assert "Made from your generated roadmap Alpha Developer" in text(creator.get(f"/plans/{plan_id}").content)
    assert creator.get(f"/api/v1/plans/{plan_id}.md").content.decode().startswith("# My learning plan: ")
