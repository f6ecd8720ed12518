"""What changed in a shared plan's content is said to whoever reads it: its learner (the owner, or the visitor who
made it) reads what they had finished and left out as theirs, "You had already finished it"; anyone else who opens
the plan's link reads it of the plan's learner, never of themselves (a stranger was told "You had already finished
it" of a topic they never opened).

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027 (tests/web/test_plan_past_weeks_kept.py);
today is Wednesday 3 February, after How the web works grew from 10 to 20 hours."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

from tests.helpers import pin_today, text
from tests.web.test_plan_past_weeks_kept import (
    TODAY,
    Content,
    grow_and_rename_web_basics,
    mark_done,
    new_plan,
    plan_json,
    said,
    serve_edited,
)

pytestmark = [pytest.mark.database, pytest.mark.django_db]

SetEnv = Callable[[str, str], None]
GROWN = "“How the web really works” now takes 20 hours (it took 10)."


def changes_on_page(client: Client, plan_id: str) -> str:
    """The text of the plan page's "What changed in this plan's content"."""
    page = text(client.get(f"/plans/{plan_id}").content)
    return page.split("What changed in this plan's content")[1].split("Share this page")[0]


def test_a_stranger_opening_a_shared_plan_is_never_told_they_finished_its_topics(
    monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    creator = Client()
    plan_id = new_plan(creator)
    mark_done(creator, plan_id, "web-basics")
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    assert f"{GROWN} You had already finished it, so no more of it is scheduled." in said(plan_json(creator, plan_id))

    stranger = Client()
    read = plan_json(stranger, plan_id)
    assert f"{GROWN} This plan's learner had already finished it, so no more of it is scheduled." in said(read)
    assert read["content_changes"][0]["message"] == (
        "The content of this plan changed on 3 February 2027, after it was made. Its weeks before 1 February 2027 "
        "stay as they were planned; from that week on, the plan follows the new content:"
    )
    page = changes_on_page(stranger, plan_id)
    assert "This plan's learner had already finished it, so no more of it is scheduled." in page
    assert "You had already finished" not in page
    assert "Your weeks" not in page

    mine = changes_on_page(creator, plan_id)
    assert "You had already finished it, so no more of it is scheduled." in mine, "its learner still reads it so"
    assert "Your weeks before 1 February 2027 stay as they were planned" in mine


def test_a_topic_its_learner_left_out_is_said_as_theirs_to_anyone_else(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)

    def add_monitoring(content: Content) -> None:
        content.roadmaps["alpha-dev"]["phases"][0]["core_skills"].insert(3, "monitoring")

    serve_edited(setenv, tmp_path, "monitoring", add_monitoring)
    left = ada_client.put(
        f"/api/v1/plans/{plan_id}/content-changes/monitoring",
        json.dumps({"undone": True}),
        content_type="application/json",
    )
    assert left.status_code == 200, left.content

    page = changes_on_page(Client(), plan_id)
    assert "“Monitoring” is new in this plan (10 hours). This plan's learner left it out." in page
    assert "You left it out" not in page
    assert "Put it back" not in page, "nor can they undo it"
    assert "“Monitoring” is new in this plan (10 hours). You left it out. Put it back" in changes_on_page(
        ada_client, plan_id
    )
