"""A background ("accountant", "accounting") over the API's generator: read as where a mentor would start only when
the goal asks for nothing else, never as what the learner knows, and never taken for "accountability".

Before: "learn accounting" built Delegation and ownership ("accountability" shares Snowball's stem), "i've studied
accounting" counted it as known, and "i'm an accountant and want to learn python" built Data Analyst and Python.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import Client

from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GENERATE = "/api/v1/roadmaps/generate"
#: What a phrase read as the learner's background means in `understood`.
BACKGROUND = "your background, not something to learn here"


def _generate(status: int, **body: Any) -> Any:
    response = Client().post(GENERATE, body, content_type="application/json")
    assert response.status_code == status, response.content
    out = response.json()
    check_openapi(GENERATE, status, out, method="post")
    return out


def _understood(out: dict[str, Any]) -> dict[str, list[str]]:
    return {u["said"]: [m["name"] for m in u["means"]] for u in out["understood"]}


@pytest.mark.parametrize("goal", ["learn accounting", "accounting", "i'm an accountant, how do i get into tech"])
def test_a_background_alone_is_where_to_start_said_and_undoable(goal: str) -> None:
    out = _generate(201, goal=goal)
    assert out["title"] == "Data Analyst"
    said = next(u for u in out["understood"] if u["said"] in ("accounting", "accountant"))
    assert [m["name"] for m in said["means"]] == ["Data Analyst"]
    assert said["how"] == "synonym"  # curated: the page and the CLI offer to read it as typed
    assert "Delegation and ownership" not in str(out)


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("i'm an accountant and want to learn python", "Python"),
        ("i know accounting, want to learn sql", "SQL"),
        ("i studied accounting and want to become a data analyst", "Data Analyst"),
        ("accountant wanting to learn excel and power bi", "Spreadsheets for data analysis (Excel and Google Sheets)"),
    ],
)
def test_beside_what_the_learner_asks_for_a_background_is_said_not_built_nor_known(goal: str, title: str) -> None:
    out = _generate(201, goal=goal)
    assert out["title"].startswith(title), out["title"]
    assert "Data Analyst" not in out["title"] or title == "Data Analyst"
    assert out["known"] == [], out["known"]  # nothing taken as known from a background
    assert not any(s["reason"].startswith("you know it") for s in out["skipped"])
    for said in {"accounting", "accountant"} & set(_understood(out)):  # said as the background, with its Undo
        assert _understood(out)[said] == [BACKGROUND], _understood(out)
    assert any("your background, not something to learn here" in note for note in out["notes"]), out["notes"]


def test_having_studied_accounting_alone_asks_what_to_learn_and_counts_nothing_known() -> None:
    out = _generate(404, goal="i've studied accounting")
    assert out["detail"] == "`i've studied accounting` leaves a choice to make before a roadmap"  # what to learn
    assert out["hint"].startswith("you said what you know but not what you want to learn")
    assert "no roadmap or topic named “accounting”" in out["hint"]
    assert "what you know:" not in out["hint"]  # before: six data-analysis topics, or Delegation and ownership
    assert out["suggestions"] == []


def test_a_background_beside_a_field_points_to_the_field_without_quoting_the_whole_goal() -> None:
    out = _generate(404, goal="i'm an accountant and want to build websites")  # before: Data Analyst was built
    assert "“accountant”: your background" in out["hint"]
    assert "it names a field: choose a roadmap in it (Frontend Developer" in out["hint"]
    assert "named “i'm an accountant" not in out["hint"]


def test_accounting_in_what_the_learner_knows_is_not_understood_rather_than_guessed() -> None:
    out = _generate(201, goal="sql", known="accounting and excel")
    assert [k["said"] for k in out["known"]] == ["excel"]
    assert out["not_understood"] == ["accounting"]


def test_accountability_is_still_read_as_itself() -> None:
    out = _generate(201, goal="improve my team's accountability")
    assert _understood(out)["accountability"] == ["Delegation and ownership"]


@pytest.mark.parametrize(
    ("goal", "title", "came_from"),
    [
        ("i want to switch careers from teaching to frontend development", "Frontend Developer", "teaching"),
        ("moving from customer support into data analysis", "Data Analyst", "customer support"),
    ],
)
def test_where_a_move_starts_from_is_the_background_not_a_second_roadmap(goal: str, title: str, came_from: str) -> None:
    out = _generate(201, goal=goal)  # before: QA Engineer and DevOps Engineer; Workshops and live demos for teaching
    assert out["title"] == title
    assert f"“{came_from}”: your background, not something to learn here" in " ".join(out["notes"])
    assert _understood(out)[came_from] == [BACKGROUND]  # not a roadmap; a reading, so the page offers its Undo
    assert came_from not in out["not_understood"]


@pytest.mark.parametrize(
    ("goal", "said", "known"),
    [
        ("switch from qa to devops", "switch from qa", "Quality assurance fundamentals"),
        ("moving from qa into devops", "moving from qa", "Quality assurance fundamentals"),
        ("transition from java to go", "transition from java", "Java basics"),
    ],
)
def test_a_move_from_a_skill_is_what_the_learner_knows_not_a_second_roadmap(goal: str, said: str, known: str) -> None:
    """Where a move starts names a skill: what they know, as "i'm a qa engineer" is (goal_known.py), no longer only
    their background (QA Engineer and DevOps Engineer before either)."""
    out = _generate(201, goal=goal)
    assert "QA Engineer" not in out["title"], out["title"]
    assert "Java" not in out["title"], out["title"]
    reading = next(u for u in out["understood"] if u["said"] == said)
    assert reading["how"] == "known"
    assert known in [m["name"] for m in reading["means"]]
    assert out["not_understood"] == []


@pytest.mark.parametrize(
    ("goal", "background", "undone_title"),
    [
        ("i'm a teacher and want to learn python", "teacher", "Python"),
    ],
)
def test_the_page_says_the_background_with_an_undo_that_reads_it_as_typed(
    goal: str, background: str, undone_title: str
) -> None:
    """Before: the page said “qa” was the learner's background in a note, with no way to take that reading back."""
    client = Client()
    page = client.get(client.get("/roadmaps/generate", {"goal": goal})["Location"])
    shown = text(page.content)
    assert f"“{background}” → {BACKGROUND} Undo" in shown, shown[:1500]
    link = re.search(rf'href="([^"]+)" aria-label="Undo: read “{background}” as typed"', page.content.decode())
    assert link is not None
    assert ("plain", background) in parse_qsl(urlsplit(html.unescape(link.group(1))).query)
    undone = client.get(client.get(html.unescape(link.group(1)))["Location"])
    assert f"<h1>{undone_title} Roadmap</h1>" in undone.content.decode()
    assert f"“{background}” → {BACKGROUND}" not in text(undone.content)


def test_the_finder_says_what_the_learner_works_as_when_the_goal_leaves_a_choice() -> None:
    """ "i'm a designer who wants to code" asks which language to start with (the finder's field question); the job is
    said as the background there too, and the goal is quoted whole, never as the fragment "wants to code"."""
    response = Client().post(
        "/api/v1/finder", {"goal": "i'm a designer who wants to code"}, content_type="application/json"
    )
    found = response.json()
    assert found["understood"] is False, found
    assert found["follow_up"], found
    assert "“designer”: your background, not what to learn." in found["message"], found["message"]
    assert "“wants to code”" not in found["message"]


def test_the_finder_reads_the_person_a_goal_wants_to_be_as_the_generator_does() -> None:
    """ "i want to be a chef": the generator refuses it (no roadmap for a chef); the finder read "chef" as the Chef
    tool under Ansible and picked DevOps Engineer."""
    response = Client().post("/api/v1/finder", {"goal": "i want to be a chef"}, content_type="application/json")
    found = response.json()
    assert "Configuration management with Ansible" not in found["message"], found["message"]
    assert "devops" not in [r["slug"] for r in found["recommendations"]]
