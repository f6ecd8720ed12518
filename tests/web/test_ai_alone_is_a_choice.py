"""AI with nothing else said is a choice among the catalog's AI roadmaps, each said with who it suits.

"ai", "AI", "learn ai" and "get into ai" built Machine Learning Engineer (the search's synonym of "ai"), said with an
Undo but chosen for the learner: the maths-heavy way to train models of one's own, for a learner who may want to
build on language models, or to use AI tools at work. Now the generator answers with a choice (AI Engineer, Machine
Learning Engineer, Data Scientist, Prompt Engineering), each with a line saying who it suits, as "learn to code"
does, and the finder offers them as its picks. A goal that says which AI keeps its own reading.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
AI_ROADMAPS = ["ai-engineer", "machine-learning", "data-scientist", "prompt-engineering"]


@pytest.mark.parametrize(
    "goal",
    ["ai", "AI", "learn ai", "get into ai", "i want to learn AI", "artificial intelligence", "i want a job in ai"],
)
def test_ai_alone_is_a_choice_of_the_ai_roadmaps_never_machine_learning_built(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body.get("title")  # before: Machine Learning Engineer, built
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert [c["key"] for c in body["choices"]] == AI_ROADMAPS
    assert [c["name"] for c in body["choices"]] == [
        "AI Engineer",
        "Machine Learning Engineer",
        "Data Scientist",
        "Prompt Engineering",
    ]
    # one line each saying who it suits
    for who in (
        "AI Engineer, for developers and career switchers who want to build products on language models",
        "Machine Learning Engineer, for those who want to train and ship models of their own",
        "Data Scientist, for analysts and career switchers",
        "Prompt Engineering, for anyone who uses AI tools at work",
    ):
        assert who in body["hint"], body["hint"]
    assert "ai-engineer" not in body["hint"]  # names, never keys


def test_the_page_and_the_cli_offer_the_choice() -> None:
    page = Client().get("/roadmaps/generate", {"goal": "learn ai"})
    assert page.status_code == 200  # a choice to make, never "Ask for this roadmap"
    shown = text(page.content)
    assert "choose where to start" in shown
    for name in ("AI Engineer", "Machine Learning Engineer", "Data Scientist", "Prompt Engineering"):
        assert name in shown
    assert "Ask for this roadmap" not in shown
    result = runner.invoke(app, ["generate", "ai"])
    assert result.exit_code != 0
    # each choice on its own line with who it suits (it was one line of names under the whole paragraph)
    assert "choose from:\n  AI Engineer — for developers and career switchers who" in result.output
    assert "\n  Prompt Engineering — for anyone who uses AI tools at work" in result.output


def test_each_choice_says_who_it_suits_beside_its_link_and_the_paragraph_only_what_needs_choosing() -> None:
    """ "learn ai" showed one long paragraph naming every roadmap with who it suits, then a bare list of links: the
    learner had to match the two. Now each link carries its own line, and the paragraph says what needs choosing."""
    page = Client().get("/roadmaps/generate", {"goal": "learn ai"})
    shown = text(page.content)
    assert "“AI” is several roadmaps, each for another learner. Choose one and say it in your goal" in shown
    assert "Machine Learning Engineer, for those" not in shown  # no longer the wall of text
    for line in (
        "AI Engineer — for developers and career switchers who want to build products on language models",
        "Machine Learning Engineer — for those who want to train and ship models of their own",
        "Data Scientist — for analysts and career switchers",
        "Prompt Engineering — for anyone who uses AI tools at work",
    ):
        assert line in shown, shown[:3000]


@pytest.mark.parametrize("goal", ["learn ai", "learn to code", "i hate yaml", "i have an interview with stripe"])
def test_the_api_says_who_each_choice_suits_and_keeps_the_whole_hint(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    suits = {c["key"]: c["suits"] for c in body["choices"]}
    for key, line in suits.items():  # a client reading no `suits` still reads every line in the hint
        assert line in body["hint"], (key, line)
    if goal == "learn ai":
        assert suits["machine-learning"].startswith("for those who want to train and ship models of their own")
    if goal == "learn to code":
        assert suits == {
            "python": "reads closest to plain English and takes you from small scripts to data and AI",
            "javascript": "runs in every browser, so your first programs are web pages you can open",
            "computer-science": "",  # the sense says nothing of it: empty, never made up
        }
    if goal in ("i hate yaml", "i have an interview with stripe"):  # no line each: the hint says why all of them
        assert set(suits.values()) == {""}
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert [c["suits"] for c in json.loads(result.stdout)["choices"]] == list(suits.values())


def test_the_finder_offers_the_ai_roadmaps_as_its_picks() -> None:
    found = finder_answer("learn ai")
    assert found["message"].startswith("We read “learn ai” as learning AI, which leaves a choice."), found["message"]
    assert finder_picks(found) == AI_ROADMAPS[:3]  # before: Machine Learning Engineer first, read as it


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("ai engineer", "AI Engineer"),
        ("machine learning", "Machine Learning Engineer"),
        ("learn python with ai", "Python"),
        ("make money with ai", "AI features through an LLM API"),
    ],
)
def test_a_goal_that_says_which_ai_keeps_its_reading(goal: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
