"""What a learner only started is not what they know (understanding/hedges.py, known.py): "some react tutorials"
keeps React in the plan, says so, and says how to count it as known; "a bit of python" is still Python basics.

Through the CLI, the plan preview, the finder page and the generate API, on the shipped catalog.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

STARTED = "i did some react tutorials, a little typescript"


def _plan(know: str) -> tuple[dict[str, Any], str]:
    result = runner.invoke(app, ["plan", "frontend", "--know", know, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def _planned(plan: dict[str, Any]) -> set[str]:
    return {topic["id"] for phase in plan["phases"] for topic in phase["topics"]}


def test_a_few_tutorials_keep_the_topic_in_the_plan_and_say_so() -> None:
    plan, said = _plan(STARTED)
    assert {"react", "typescript"} <= _planned(plan)
    assert not {s["id"] for s in plan["skipped"]} & {"react", "typescript"}
    started = {ref["key"]: u for u in plan["understood"] if u["started"] for ref in u["means"]}
    assert started["react"]["hedge"] == "some … tutorials"
    assert started["typescript"]["hedge"] == "a little"
    flat = " ".join(said.split())
    assert "Started, not known yet: “react” → React: you started it (you said “some … tutorials”)" in flat
    assert "write “react” alone if you know it" in flat
    assert "You know:" not in said
    assert "“did”" not in said  # a verb, not a subject the catalog lacks


def test_the_name_alone_counts_it_as_known_and_a_foundation_is_known_from_a_bit_of_it() -> None:
    plan, said = _plan("react, a bit of python and excel")
    assert "react" not in _planned(plan)
    assert {"react", "python-basics"} <= {s["id"] for s in plan["skipped"]}
    assert not any(u["started"] for u in plan["understood"])
    assert "You know: “react” → React" in " ".join(said.split())


def test_i_tried_kubernetes_is_kubernetes_started_not_the_tries_data_structure() -> None:
    plan, _ = _plan("i tried kubernetes")
    read = {ref["key"] for u in plan["understood"] for ref in u["means"]}
    assert read == {"kubernetes"}
    assert all(u["started"] for u in plan["understood"])


def test_the_plan_preview_lists_a_started_topic_without_an_undo() -> None:
    preview = Client().post("/generate/preview", {"roadmap": ["frontend"], "hours": "10", "known": STARTED})
    assert preview.status_code == 200
    page = text(preview.content)
    assert "“react” → React: you started it (you said “some … tutorials”), so it is not counted as known" in page
    markup = preview.content.decode()
    assert 'aria-label="Undo “react”' not in markup
    assert "React: you already know it" not in page


def test_the_finder_leaves_a_started_topic_in_the_estimate() -> None:
    answers = {"goal": "frontend developer", "known": "some react tutorials, html", "hours": "10", "purpose": "job"}
    page = text(Client().get("/finder", answers).content)
    assert "You know “html” → HTML and semantic markup" in page
    assert "“react” → React: you started it" in page
    assert "You know “react”" not in page
    counted = page.split("Counted as known, and left out of the estimates:")[1].split(".")[0]
    assert "React" not in counted


def test_a_generated_roadmap_teaches_what_was_only_started() -> None:
    body = {"goal": "frontend developer", "known": "i did some react tutorials", "hours_per_week": 8}
    response = Client().post("/api/v1/roadmaps/generate", body, content_type="application/json")
    assert response.status_code == 201, response.content
    out = response.json()
    taught = {t["topic"] for phase in out["phases"] for t in phase["core_skills"]}
    assert "react" in taught
    assert [u["started"] for u in out["known"]] == [True]


def test_what_the_learner_says_they_never_used_stays_in_the_plan_and_is_said() -> None:
    plan, said = _plan("html, css, never used javascript")
    assert "javascript-basics" in _planned(plan)
    assert "javascript-basics" not in {s["id"] for s in plan["skipped"]}
    assert {"html", "css"} <= {s["id"] for s in plan["skipped"]}
    flat = " ".join(said.split())
    assert "Not known yet: “javascript” → JavaScript: you said “never used”, so it is not counted as known" in flat
    assert "“never”" not in said
    assert "“used”" not in said
    preview = Client().post(
        "/generate/preview", {"roadmap": ["frontend"], "hours": "10", "known": "html, i don't know javascript"}
    )
    page = text(preview.content)
    assert "“javascript” → JavaScript: you said “don't know”, so it is not counted as known" in page
    assert 'aria-label="Undo “javascript”' not in preview.content.decode()


def test_the_finder_leaves_a_denied_topic_in_the_estimate_without_an_undo() -> None:
    answers = {"goal": "frontend developer", "known": "html, no experience with react", "hours": "10"}
    page = Client().get("/finder", answers | {"purpose": "job"}).content.decode()
    shown = text(page)
    assert "“react” → React: you said “no experience with”, so it is not counted as known" in shown
    assert "You know “react”" not in shown
    counted = shown.split("Counted as known, and left out of the estimates:")[1].split(".")[0]
    assert "React" not in counted


def test_a_hedge_carries_over_the_list_in_a_plan_as_in_a_generated_roadmap() -> None:
    # The plan's box is split at its commas; its items are still one list, read as the generator reads its text.
    know = "a bit of docker, kubernetes"
    plan = json.loads(runner.invoke(app, ["plan", "devops", "--know", know, "--json"]).stdout)
    assert {u["said"]: u["started"] for u in plan["understood"]} == {"docker": True, "kubernetes": True}
    assert {"docker", "kubernetes"} <= _planned(plan)
    body = {"targets": ["devops"], "known": ["a bit of docker", "kubernetes"]}
    listed = Client().post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert listed.status_code == 201, listed.content
    assert all(u["started"] for u in listed.json()["understood"])
    generated = {"goal": "kubernetes", "known": know, "hours_per_week": 8}
    out = Client().post("/api/v1/roadmaps/generate", generated, content_type="application/json").json()
    assert {u["said"]: u["started"] for u in out["known"]} == {"docker": True, "kubernetes": True}


@pytest.mark.parametrize("know", ["nothing", "none yet", "N/A", "total beginner, nothing", "python, nothing else"])
def test_saying_you_know_nothing_is_an_answer_not_a_word_the_site_failed_to_read(know: str) -> None:
    plan, said = _plan(know)
    assert plan["not_understood"] == []
    assert "not counted as known" not in said
    assert {s["id"] for s in plan["skipped"]} == ({"python-basics"} if "python" in know else set())
    body = {"goal": "cybersecurity", "known": know, "hours_per_week": 8}
    generated = Client().post("/api/v1/roadmaps/generate", body, content_type="application/json").json()
    assert generated["not_understood"] == []
    answers = {"goal": "cybersecurity", "known": know, "hours": "10", "purpose": "job"}
    assert "Not understood" not in text(Client().get("/finder", answers).content)


def test_a_language_named_by_an_everyday_word_is_read_after_a_hedge_or_a_denial() -> None:
    # "go" and "c" are everyday words too; after "a bit of" or "never used" they can only be the languages. They were
    # dropped without a word: neither known nor reported as not understood.
    plan, said = _plan("a bit of go, never used c")
    assert {u["said"]: (u["started"], u["denied"]) for u in plan["understood"]} == {
        "go": (False, False),
        "c": (False, True),
    }
    assert "go-basics" in {s["id"] for s in plan["skipped"]}
    assert "Not known yet: “c” → C programming and manual memory: you said “never used”" in " ".join(said.split())
