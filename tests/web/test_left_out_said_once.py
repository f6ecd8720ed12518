"""Topics left out for the same reason are listed under it once, on the command line and on the pages.

A mid-level learner's Alpha Developer left out eleven topics, each on its own line saying "below your level
(mid)"; a plan for someone who finished Alpha Developer said "you finished the Alpha Developer roadmap" seventeen
times. Now the reason comes once with the names after it; the API still gives every topic with its own reason.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def _flat(said: str) -> str:
    return " ".join(said.split())  # the text, whatever the terminal's width


def test_generate_says_a_shared_reason_once_and_names_every_topic() -> None:
    result = CliRunner().invoke(
        app, ["generate", "alpha developer", "--level", "mid", "--know", "markup", "--json"], env={"COLUMNS": "100"}
    )
    assert result.exit_code == 0, result.output
    skipped = json.loads(result.stdout)["skipped"]  # the API's shape: one entry per topic, each with its reason
    below = [s["name"] for s in skipped if s["reason"] == "below your level (mid)"]
    assert len(below) == 11
    said = _flat(result.stderr)
    assert "Left out (12):" in said
    assert said.lower().count("below your level (mid)") == 1
    assert f"Below your level (mid), 11 topics: {' · '.join(below)}" in said
    assert "Markup: you know it (you said “markup”)" in said  # a reason of its own stays beside its topic


def test_plan_says_you_finished_a_roadmap_once() -> None:
    result = CliRunner().invoke(app, ["plan", "beta-ops", "--finished", "alpha-dev", "--json"])
    assert result.exit_code == 0, result.output
    skipped = json.loads(result.stdout)["skipped"]
    assert len(skipped) == 17
    assert {s["reason"] for s in skipped} == {"you finished the Alpha Developer roadmap"}
    said = _flat(result.stderr)
    assert said.count("finished the Alpha Developer roadmap") == 1
    assert "You finished the Alpha Developer roadmap, 17 topics: How the web works · HTTP basics" in said


def test_the_plan_preview_and_the_generated_page_say_a_shared_reason_once(client: Client) -> None:
    form = {"roadmap": "beta-ops", "hours": "10", "level": "beginner", "finished": "alpha-dev"}
    preview = text(client.post("/generate/preview", form, headers={"HX-Request": "true"}).content)
    assert preview.count("finished the Alpha Developer roadmap") == 1, preview
    assert "You finished the Alpha Developer roadmap, 17 topics: How the web works · HTTP basics" in preview
    created = client.get("/roadmaps/generate", {"goal": "alpha developer", "level": "mid", "known": "markup"})
    assert created.status_code == 302
    page = client.get(created["Location"])
    shown = text(page.content)
    assert shown.lower().count("below your level (mid)") == 1
    assert "Below your level (mid), 11 topics: How the web works · HTTP basics" in shown
    assert 'href="/topics/queries"' in page.content.decode()  # each name still links to its topic
