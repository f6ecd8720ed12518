"""Goals that only say how the learner feels about a subject, with nothing to learn beside it: "i hate math", "im bad
at math", "math scares me", "i'm not good at math, what can i learn", "i hate coding"; and one with a goal beside it,
"i hate math but want to code".

`roadmapfinder generate "i hate math"` answered "no roadmap for `i hate math`": "hate" not understood, and a learner
who hates maths pointed at the roadmaps that use maths MOST (Data Scientist, Machine Learning Engineer, Data
Structures and Algorithms); the finder picked the same three. Now the feeling is read and said (undoable), and it
leaves a choice: how you feel is said, not something to learn, and the roadmaps offered need little of it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import RoadmapKind
from roadmapfinder.cli.app import app
from roadmapfinder.understanding.lexicon import AWAY_FROM, MATHS_TOPICS
from tests.helpers import check_openapi, finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

#: The roadmaps that teach maths in topics of their own: never the answer to a learner who hates maths.
MATHS_HEAVY = {"data-scientist", "machine-learning", "dsa", "data-analyst", "ai-engineer", "bi-analyst"}
LITTLE_MATHS = ["frontend", "backend", "qa-engineer"]
SAID = "how you feel about maths is said, not something to learn"

MATHS_ALONE = [
    # goal, the clause read, how it is read
    ("i hate math", "i hate math", "feels"),
    ("i hate maths", "i hate maths", "feels"),
    ("i don't like math", "i don't like math", "feels"),
    ("math scares me", "math scares me", "feels"),
    ("im bad at math", "im bad at math", "struggles"),
    ("i suck at math", "i suck at math", "struggles"),
    ("i'm not good at math, what can i learn", "i'm not good at math", "struggles"),
]


def _refused(goal: str, plain: list[str] | None = None) -> dict[str, Any]:
    status, body = generate_answer(goal, plain)
    assert status == 404, body
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    return body


@pytest.mark.parametrize(("goal", "clause", "how"), MATHS_ALONE)
def test_a_feeling_about_maths_alone_is_said_and_offers_roadmaps_that_need_little_maths(
    goal: str, clause: str, how: str
) -> None:
    body = _refused(goal)
    # before: "no roadmap for `i hate math`", hint "The roadmaps that use maths most are Data Scientist, ..." and
    # "the catalog has no roadmap or topic named “hate”"
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert SAID in body["hint"], body["hint"]
    assert "no roadmap or topic named" not in body["hint"]
    assert "maths most" not in body["hint"]
    assert "Data Scientist" not in body["hint"]
    offered = [c["key"] for c in body["choices"]]
    assert offered == LITTLE_MATHS
    assert not set(offered) & MATHS_HEAVY
    assert [(r["said"], r["how"]) for r in body["readings"]] == [(clause, how)]


def test_the_feeling_is_undone_as_every_reading_is() -> None:
    body = _refused("i hate math", plain=["i hate math"])
    assert not body.get("readings")  # read as typed, as before
    assert SAID not in body["hint"]


@pytest.mark.parametrize("goal", ["i hate math but want to code", "im bad at math but want to code"])
def test_a_feeling_said_before_a_goal_keeps_the_goal_and_offers_only_the_ways_in_with_little_maths(goal: str) -> None:
    body = _refused(goal)
    # before: Computer Science offered too, said to teach maths in its own topics; the finder never picked it
    assert [c["name"] for c in body["choices"]] == ["Python", "JavaScript"]
    assert body["suggestions"] == finder_picks(finder_answer(goal)) == ["python", "javascript"]
    [reading] = body["readings"]
    if reading["how"] == "feels":
        assert reading["said"] == "i hate math"
        assert reading["line"].endswith("Python and JavaScript have no maths topic of their own"), reading["line"]
    assert "Computer Science" not in str(body)
    page = text(Client().get("/roadmaps/generate", {"goal": goal}).content.decode())
    assert "Python" in page
    assert "Computer Science" not in page
    result = CliRunner().invoke(app, ["generate", goal])
    assert "Computer Science" not in result.output


def test_learning_to_code_without_a_feeling_still_offers_computer_science() -> None:
    body = _refused("learn to code")
    assert [c["key"] for c in body["choices"]] == ["python", "javascript", "computer-science"]


def test_hating_coding_is_said_and_offers_the_roles_beyond_code() -> None:
    body = _refused("i hate coding")
    assert "how you feel about coding is said, not something to learn" in body["hint"], body["hint"]
    assert "no roadmap or topic named" not in body["hint"]  # before: “hate”
    assert [c["key"] for c in body["choices"]] == ["ux-design", "product-manager", "technical-writer"]
    assert [(r["said"], r["how"]) for r in body["readings"]] == [("i hate coding", "feels")]


def test_the_page_says_it_with_an_undo() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "i hate math"})
    assert response.status_code == 200
    html = response.content.decode()
    shown = text(html)
    assert SAID in shown
    assert "“i hate math” → maths, which you'd rather avoid" in shown
    assert "Frontend Developer" in shown
    assert "QA Engineer" in shown
    assert "Data Scientist" not in shown
    assert "Machine Learning Engineer" not in shown
    assert "Undo" in shown
    assert "plain=i+hate+math" in html


def test_the_command_line_says_it() -> None:
    result = CliRunner().invoke(app, ["generate", "i hate math"])
    assert result.exit_code == 1
    said = " ".join(result.stderr.split())
    assert SAID in said
    assert "Frontend Developer" in said
    assert "Data Scientist" not in said
    assert "“i hate math” → maths, which you'd rather avoid" in said
    assert "--plain 'i hate math'" in said


@pytest.mark.parametrize(("goal", "clause", "how"), MATHS_ALONE)
def test_the_finder_agrees(goal: str, clause: str, how: str) -> None:
    found = finder_answer(goal)
    assert finder_picks(found) == LITTLE_MATHS  # before: Data Scientist, Machine Learning Engineer, DSA
    assert SAID in found["message"], found["message"]
    assert "maths most" not in found["message"]
    assert [(u["said"], u["how"]) for u in found["goal_known"]] == [(clause, how)]
    assert not found["not_understood"]  # before: “hate math”, “suck”, “don't”
    assert "no maths topic of its own" in found["recommendations"][0]["reason"]


def test_the_finder_offers_the_roles_beyond_code_to_a_learner_who_hates_coding() -> None:
    found = finder_answer("i hate coding")
    assert finder_picks(found) == ["ux-design", "product-manager", "technical-writer"]
    assert "how you feel about coding is said, not something to learn" in found["message"]
    assert not found["not_understood"]  # before: “hate”


def test_the_finder_undoes_it_too() -> None:
    found = finder_answer("i hate math", plain=["i hate math"])
    assert not found["goal_known"]
    assert SAID not in found["message"]


def test_a_feeling_about_maths_beside_a_goal_is_still_said_of_its_roadmap() -> None:
    status, body = generate_answer("i want to learn python, i hate math")
    assert status == 201, body
    assert body["title"] == "Python"
    status, body = generate_answer("data science but i'm bad at math")
    assert status == 201, body
    assert body["title"] == "Data Scientist"


def test_what_is_offered_needs_little_of_it_in_the_shipped_catalog() -> None:
    catalog = default_catalog()
    for slug in AWAY_FROM["maths"]:
        assert not set(MATHS_TOPICS) & set(catalog.roadmap(slug).topic_ids), slug
    for slug in AWAY_FROM["coding"]:
        assert catalog.roadmap(slug).kind is RoadmapKind.NON_CODING_ROLE, slug
    for slug in AWAY_FROM["subject"]:
        assert catalog.roadmap(slug).kind is not RoadmapKind.SKILL, slug  # ways into a first job


SUBJECT_ALONE = [
    # goal, what it is about, the roadmaps offered (the usual first jobs that never use it), what they feel
    ("i hate yaml", "JSON and YAML", ["frontend", "data-analyst", "ux-design"], "which you'd rather avoid"),
    ("css is boring", "CSS fundamentals", ["backend", "data-analyst", "qa-engineer"], "which you find boring"),
    ("i don't want to learn python", "Python", ["frontend", "backend", "qa-engineer"], "which you'd rather avoid"),
    ("kubernetes scares me", "Kubernetes", ["frontend", "data-analyst", "qa-engineer"], "which worries you"),
]


@pytest.mark.parametrize(("goal", "about", "offered", "felt"), SUBJECT_ALONE)
def test_a_feeling_about_a_subject_alone_never_builds_it(goal: str, about: str, offered: list[str], felt: str) -> None:
    body = _refused(goal)  # before: 201, "i hate yaml" built the JSON and YAML roadmap, "css is boring" CSS's
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert f"how you feel about {about} is said, not something to learn" in body["hint"], body["hint"]
    assert f"These never use {about}" in body["hint"], body["hint"]
    assert [c["key"] for c in body["choices"]] == offered
    assert [(r["said"], r["how"], r["line"]) for r in body["readings"]] == [
        (goal, "feels", f"“{goal}” → {about}, {felt}")
    ]
    catalog = default_catalog()
    for slug in offered:  # none of them teaches it, nor needs it first
        taught = catalog.with_prerequisites(catalog.roadmap(slug).topic_ids)
        assert not {t for t in taught if catalog.topic(t).name == about}, slug


def test_a_feeling_about_a_subject_alone_says_how_to_say_more_and_undoes_as_typed() -> None:
    body = _refused("i hate yaml")
    assert "(“i hate yaml, frontend developer”)" in body["hint"]
    status, roadmap = generate_answer("i hate yaml, frontend developer")
    assert status == 201, roadmap
    assert roadmap["title"] == "Frontend Developer"
    status, undone = generate_answer("i hate yaml", plain=["i hate yaml"])
    assert status == 201, undone  # as typed: the subject it names, as before
    assert undone["title"] == "JSON and YAML"


def test_the_finder_agrees_on_a_subject_alone() -> None:
    found = finder_answer("i hate yaml")
    assert finder_picks(found) == ["frontend", "data-analyst", "ux-design"]  # before: DevOps, Cloud, Network Engineer
    assert "how you feel about JSON and YAML is said, not something to learn" in found["message"]
    assert "It never uses JSON and YAML" in found["recommendations"][0]["reason"]
    page = text(Client().get("/roadmaps/generate", {"goal": "i hate yaml"}).content.decode())
    assert "how you feel about JSON and YAML is said, not something to learn" in page
    assert "Frontend Developer" in page


@pytest.mark.parametrize(
    ("goal", "clause", "how"),
    [
        ("i hate math but want to code", "i hate math", "feels"),
        ("im bad at math but want to code", "im bad at math", "struggles"),
    ],
)
def test_the_finder_picks_the_ways_into_code_with_little_maths(goal: str, clause: str, how: str) -> None:
    found = finder_answer(goal)
    # before: no pick at all, "“want to code” names no one skill yet: a field narrows it down"
    assert finder_picks(found) == ["python", "javascript"]  # the generator's choice, less Computer Science's maths
    assert not set(finder_picks(found)) & MATHS_HEAVY
    assert all(r["reason"].startswith("It has no maths topic of its own") for r in found["recommendations"])
    assert [(u["said"], u["how"]) for u in found["goal_known"]] == [(clause, how)]
    assert "the picks are the ways into it with no maths topic of their own" in found["message"]
    if how == "feels":
        assert (
            "“i hate math” → maths, which you'd rather avoid: Python and JavaScript have no maths topic of their own"
            in (found["message"])
        )
    page = text(Client().get("/finder", {"goal": goal, "purpose": "job"}).content.decode())
    assert "Roadmaps for you" in page
    assert "Python" in page
    assert "JavaScript" in page
    result = CliRunner().invoke(app, ["finder", "--goal", goal, "--hours", "10", "--purpose", "job", "--known", ""])
    assert result.exit_code == 0, result.output
    assert "1. Python" in result.output


def test_learning_to_code_without_a_feeling_still_asks_for_a_field() -> None:
    found = finder_answer("learn to code")
    assert not found["recommendations"]
    assert found["follow_up"]
