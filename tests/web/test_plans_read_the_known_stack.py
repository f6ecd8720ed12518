"""Plans read a role's stack as the generator reads a goal's (`stacks.plan_stack`): with none given, the language a
target names with its role ("python backend"), else the one language the learner knows with the one role planned
(`plan backend --know python`, the plan form, POST /api/v1/plans), said ("in Python, the language you know") and
undone by the stack `none`; two languages known choose none.

Before: a learner who knows Python got the generic 40 h "A backend programming language" in a plan of Backend
Developer, nothing said of their Python, while the generator built Backend Developer in Python for the same words; the
plan form never said a stack it read, not even that of "python backend".
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def _flat(output: str) -> str:
    return " ".join(output.split())


def test_a_plan_of_the_role_knowing_one_language_is_in_it_said_and_undoable_on_the_command_line() -> None:
    result = runner.invoke(app, ["plan", "backend", "--know", "python", "--json"])
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["stack_read"]["said"] == "Python"
    assert plan["stack_read"]["means"][0]["name"] == "in Python, the language you know"
    assert _variants(plan)["backend-language"] == "Python"
    stderr = _flat(result.stderr)
    assert "Stack: “Python” → in Python, the language you know" in stderr
    assert "Add --stack none for no language" in stderr
    undone = runner.invoke(app, ["plan", "backend", "--know", "python", "--stack", "none", "--json"])
    assert undone.exit_code == 0, undone.output
    plan = json.loads(undone.stdout)
    assert plan["stack_read"] is None
    assert _variants(plan)["backend-language"] is None
    both = runner.invoke(app, ["plan", "backend", "--know", "python, java", "--json"])  # two languages: none
    assert both.exit_code == 0, both.output
    assert json.loads(both.stdout)["stack_read"] is None


def _variants(plan: dict[str, Any]) -> dict[str, str | None]:
    return {t["id"]: t["variant"] for p in plan["phases"] for t in p["topics"]}


def test_a_plan_from_the_api_reads_the_language_known_and_none_undoes_it() -> None:
    client = Client()
    sent = {"targets": ["backend"], "known": ["i know a bit of go"], "start": "2027-01-04"}
    answer = client.post("/api/v1/plans", sent, "application/json")
    assert answer.status_code == 201, answer.content[:300]
    plan = answer.json()
    check_openapi("/api/v1/plans", 201, plan, method="post")
    assert plan["stack_read"]["means"] == [{"key": "go", "name": "in Go, the language you know"}]
    assert _variants(plan)["backend-language"] == "Go"
    undone = client.post("/api/v1/plans", {**sent, "stack": "none"}, "application/json")
    assert undone.status_code == 201, undone.content[:300]
    assert undone.json()["stack_read"] is None
    assert _variants(undone.json())["backend-language"] is None
    wrong = client.post("/api/v1/plans", {**sent, "stack": "cobol"}, "application/json")
    assert wrong.status_code == 400
    assert "none" in wrong.json()["hint"]


def test_the_plan_form_shows_the_stack_it_read_and_its_undo_keeps_it_undone() -> None:
    client = Client()
    form = {"roadmap": "backend", "hours": "10", "level": "beginner", "known": "i know python", "stack": ""}
    preview = client.post("/generate/preview", form, headers={"HX-Request": "true"})
    shown = text(preview.content)
    assert "Your stack, read from your answers “Python” → in Python, the language you know Undo" in shown
    assert 'name="undo_stack"' in preview.content.decode()
    undone = client.post("/generate/preview", {**form, "undo_stack": "none"}, headers={"HX-Request": "true"})
    body = undone.content.decode()
    assert "Your stack, read from your answers" not in text(body)
    assert re.search(r'<select id="stack" name="stack" hx-swap-oob="true">.*<option value="none" selected>', body)
    page = client.post("/generate", {**form, "undo_stack": "none"})  # without JavaScript: the form again
    assert page.status_code == 200
    assert '<option value="none" selected>None, no one language</option>' in page.content.decode()
    assert "Your stack, read from your answers" not in text(page.content)
    named = client.post("/generate/preview", {**form, "roadmap": [], "known": "", "goals": "python backend"})
    assert "Your stack, read from your answers “python” → in Python Undo" in text(named.content)


def test_the_plan_form_opened_from_the_finder_is_in_the_language_it_read() -> None:
    form = Client().get("/generate", {"roadmap": "backend", "hours": "10", "stack": "python"})  # the finder's link
    assert re.search(r'<option value="python" selected>Python</option>', form.content.decode())
