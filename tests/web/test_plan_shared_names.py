"""A name several topics share is asked about, never quietly the first: "accessibility" is Accessible design (UX
Design) and Web accessibility (a11y) (Frontend Developer and six more). `roadmapfinder plan accessibility` said
"“accessibility” → Accessible design (a topic)" and planned it; the API, the form and `topic` did the same or
refused it as unknown. Plans saved before keep building as they were."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.plans.models import SavedPlan
from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
BOTH = {"Accessible design", "Web accessibility (a11y)"}


def _plan(**fields: Any) -> Any:
    return Client().post("/api/v1/plans", {"start": "2027-01-04", **fields}, "application/json")


def test_the_api_asks_which_one_with_the_choices_by_name_and_roadmap() -> None:
    answer = _plan(targets=["accessibility"])
    assert answer.status_code == 400, answer.content  # before: 201, a plan of Accessible design
    body = answer.json()
    check_openapi("/api/v1/plans", 400, body, method="post")
    choices = {c["name"]: c for c in body["choices"]}
    assert set(choices) == BOTH
    assert choices["Web accessibility (a11y)"]["key"] == "web-accessibility"
    assert "Frontend Developer" in choices["Web accessibility (a11y)"]["roadmaps"]
    assert choices["Accessible design"]["roadmaps"] == ["UX Design"]
    assert {c["said"] for c in body["choices"]} == {"accessibility"}
    assert "which one" in body["detail"]


def test_a_choice_sent_by_its_name_is_planned() -> None:
    answer = _plan(targets=["Web accessibility (a11y)"])
    assert answer.status_code == 201, answer.content
    topics = {t["name"] for phase in answer.json()["phases"] for t in phase["topics"]}
    assert "Web accessibility (a11y)" in topics
    assert "Accessible design" not in topics


def test_a_shared_name_left_out_is_asked_about_too() -> None:
    answer = _plan(targets=["frontend"], drop=["accessibility"])
    assert answer.status_code == 400, answer.content
    assert {c["name"] for c in answer.json()["choices"]} == BOTH


def test_the_command_line_asks_which_one_and_exits_2() -> None:
    result = runner.invoke(app, ["plan", "accessibility"], env={"COLUMNS": "200"})
    assert result.exit_code == 2, result.output  # before: 0, "“accessibility” → Accessible design (a topic)"
    assert "Planning for" not in result.stderr
    assert "which one" in result.stderr
    assert "“Accessible design” (in UX Design)" in result.stderr
    assert "“Web accessibility (a11y)” (in Angular, Frontend Developer" in result.stderr


def test_the_command_line_json_holds_the_choices_as_the_api_does() -> None:
    result = runner.invoke(app, ["plan", "accessibility", "--json"])
    assert result.exit_code == 2, result.output
    body = json.loads(result.stdout)
    assert {c["name"] for c in body["choices"]} == BOTH
    assert body == _plan(targets=["accessibility"]).json()


def test_topic_asks_which_one_too() -> None:
    result = runner.invoke(app, ["topic", "accessibility"], env={"COLUMNS": "200"})
    assert result.exit_code == 2, result.output  # before: "no topic `accessibility`", exit 2, no choice
    assert "which one" in result.stderr
    assert "Web accessibility (a11y)" in result.stderr


def _buttons(page: str) -> dict[str, str]:
    return {
        html_text: value
        for value, html_text in re.findall(r'<button[^>]*name="pick" value="([^"]*)"[^>]*>([^<]*)</button>', page)
    }


def test_the_plan_form_offers_each_as_a_button_that_fills_the_box() -> None:
    client = Client()
    form = {"goals": "kubernetes, accessibility", "hours": "10", "week_start": "monday"}
    sent = client.post("/generate", form)
    assert sent.status_code == 400  # before: 302 to a plan of Accessible design
    page = sent.content.decode()
    assert "“accessibility” names 2 topics: which one do you mean?" in text(page)
    assert "taught in UX Design" in text(page)
    buttons = _buttons(page)
    assert set(buttons) == BOTH
    filled = client.post("/generate", form | {"pick": buttons["Web accessibility (a11y)"]})
    assert filled.status_code == 200  # the form filled in, not sent
    shown = filled.content.decode()
    assert 'value="kubernetes, Web accessibility (a11y)"' in shown
    assert "Your plan" in text(shown) or "hours" in text(shown)
    made = client.post("/generate", form | {"goals": "kubernetes, Web accessibility (a11y)"})
    assert made.status_code == 302


def test_the_preview_while_typing_offers_the_choices() -> None:
    answer = Client().post("/generate/preview", {"goals": "accessibility", "hours": "10", "week_start": "monday"})
    assert set(_buttons(answer.content.decode())) == BOTH


def test_a_plan_saved_with_a_shared_name_keeps_building_as_it_was_saved() -> None:
    saved = SavedPlan.objects.create(request={"targets": ["accessibility"], "start": "2027-01-04"}, title="a11y")
    answer = Client().get(f"/api/v1/plans/{saved.id}")
    assert answer.status_code == 200, answer.content
    topics = {t["name"] for phase in answer.json()["phases"] for t in phase["topics"]}
    assert "Accessible design" in topics
    assert "Web accessibility (a11y)" not in topics
    assert Client().get(f"/plans/{saved.id}").status_code == 200
