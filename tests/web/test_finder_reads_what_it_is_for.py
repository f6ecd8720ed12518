"""The finder reads what the goal says it is for, as the generator does, and reads a common goal in a field.

"learn python for fun" got the picks for a job, each reason ending "towards a job" or "you can apply for a first
one", and the page's "What is it for?" had Job ticked before the learner said anything: the generator read the
same words as a hobby. Now a purpose the learner did not choose is the one the goal's words say (said, with its
undo: choosing one), else a job. "build websites for money" and "make websites for clients" searched the field of
websites and offered a first job as a web developer; the generator's common goal, building websites for clients
(WordPress first), is now the finder's answer too.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_picks, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _found(body: dict[str, Any]) -> dict[str, Any]:
    response = Client().post("/api/v1/finder", body, content_type="application/json")
    assert response.status_code == 200, response.content
    found: dict[str, Any] = response.json()
    check_openapi("/api/v1/finder", 200, found, method="post")
    return found


@pytest.mark.parametrize(
    ("goal", "purpose", "said"),
    [
        ("learn python for fun", "hobby", "fun"),
        ("i wanna make games as a hobby", "hobby", "hobby"),
        ("learn react to get freelance gigs", "freelance", "freelance"),
    ],
)
def test_a_purpose_the_goal_says_is_the_finders_when_none_was_chosen(goal: str, purpose: str, said: str) -> None:
    found = _found({"goal": goal})
    assert found["purpose"] == purpose  # before: job, whatever the goal said
    assert found["purpose_said"] == said
    assert "as your goal says" in found["message"]
    reasons = " ".join(r["reason"] for r in found["recommendations"])
    assert "towards a job" not in reasons
    assert "apply for a first one" not in reasons


def test_a_chosen_purpose_stands_and_an_unsaid_one_is_a_job() -> None:
    chosen = _found({"goal": "learn python for fun", "purpose": "job"})
    assert chosen["purpose"] == "job"
    assert chosen["purpose_said"] == ""
    assert "as your goal says" not in chosen["message"]
    unsaid = _found({"goal": "learn python"})
    assert unsaid["purpose"] == "job"
    assert unsaid["purpose_said"] == ""


def test_an_unknown_purpose_is_still_a_400() -> None:
    response = Client().post("/api/v1/finder", {"goal": "python", "purpose": "fun"}, content_type="application/json")
    assert response.status_code == 400
    assert "unknown purpose" in response.json()["detail"]


@pytest.mark.parametrize(
    "goal", ["build websites for money", "make websites for clients", "i want to build websites for small businesses"]
)
def test_websites_for_clients_are_the_common_goal_not_the_field(goal: str) -> None:
    found = _found({"goal": goal})
    assert "as Building websites for clients" in found["message"], found["message"]
    assert finder_picks(found)[0] == "wordpress"  # before: Frontend Developer, a first job in the field
    assert found["purpose"] == "freelance"  # the common goal's work for clients, said and changeable
    assert found["purpose_said"]
    assert "apply for a first one" not in " ".join(r["reason"] for r in found["recommendations"])
    chosen = _found({"goal": goal, "purpose": "job"})
    assert chosen["purpose"] == "job"
    assert chosen["purpose_said"] == ""


def test_the_page_says_the_purpose_read_with_an_undo_and_ticks_none_before() -> None:
    client = Client()
    empty = client.get("/finder").content.decode()
    assert 'value="job" checked' not in empty  # before: Job ticked before the learner chose
    response = client.get("/finder", {"goal": "learn python for fun"})
    page = text(response.content)
    assert "“fun” → what it is for: a hobby" in page
    assert "as a hobby" in page
    html = response.content.decode()
    assert 'value="hobby" checked' in html
    undo = html.split("what it is for: a hobby", 1)[1].split('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    undone = text(client.get(undo).content)
    assert "what it is for" not in undone
    assert "towards a job" in undone or "job-ready" in undone


def test_the_cli_says_it_and_how_to_choose_another() -> None:
    result = runner.invoke(app, ["finder", "--goal", "learn python for fun"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert "Read as learning for a hobby, as your goal says" in said
    assert "Add --purpose job or freelance" in said
    assert "as a hobby" in said
