"""APIs with nothing else said are a choice between designing them and building the servers behind them.

"apis", "learn apis", "build apis" and "i want to build apis" were refused ("the catalog has no roadmap or topic
named “apis”") with API Design, ASP.NET Core and Technical Writer as mentions; "rest apis" built the one topic REST
API design and "api development" Backend Developer with API Design, chosen for the learner. Now each is a choice of
API Design and Backend Developer, each said with who it suits, as "learn ai" is, and the finder offers both as its
picks. A goal that says more than "api" (a framework, a kind of API, a job) keeps the answer it had.
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
API_ROADMAPS = ["api-design", "backend"]
DESIGN_SUITS = "for developers who can already build a small web backend and want to design APIs"
BACKEND_SUITS = "for beginners and career switchers who want to build the servers behind APIs"


@pytest.mark.parametrize(
    "goal",
    [
        "apis",
        "api",
        "APIs",
        "learn apis",
        "learn api",
        "build apis",
        "build an api",
        "i want to build apis",
        "get into apis",
        "rest apis",
        "learn rest apis",
        "api development",
        "learn api development",
    ],
)
def test_apis_alone_are_a_choice_of_api_design_and_backend_never_one_picked(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body.get("title")  # before: refused with mentions, or one reading picked and built
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert [(c["key"], c["name"]) for c in body["choices"]] == [
        ("api-design", "API Design"),
        ("backend", "Backend Developer"),
    ]
    suits = {c["key"]: c["suits"] for c in body["choices"]}
    assert suits["api-design"].startswith(DESIGN_SUITS), suits
    assert suits["backend"].startswith(BACKEND_SUITS), suits
    for line in suits.values():  # a client that shows no `suits` reads each line in the hint
        assert line in body["hint"]
    assert "the catalog has no roadmap or topic named" not in body["hint"]


def test_the_page_lists_each_choice_with_who_it_suits() -> None:
    page = Client().get("/roadmaps/generate", {"goal": "learn apis"})
    assert page.status_code == 200  # a choice to make, never "Ask for this roadmap"
    shown = text(page.content)
    assert "choose where to start" in shown
    assert "Ask for this roadmap" not in shown
    assert "“APIs” can mean two roadmaps, each for another learner. Choose one" in shown
    assert f"API Design — {DESIGN_SUITS}" in shown, shown[:3000]
    assert f"Backend Developer — {BACKEND_SUITS}" in shown, shown[:3000]


def test_the_command_line_prints_each_choice_on_its_line_and_its_json_is_the_apis() -> None:
    result = runner.invoke(app, ["generate", "i want to build apis"])
    assert result.exit_code != 0
    assert f"choose from:\n  API Design — {DESIGN_SUITS}" in result.output, result.output
    assert f"\n  Backend Developer — {BACKEND_SUITS}" in result.output
    _, body = generate_answer("learn apis")
    result = runner.invoke(app, ["generate", "learn apis", "--json"])
    assert json.loads(result.stdout)["choices"] == body["choices"]


def test_the_finder_offers_both_as_its_picks() -> None:
    found = finder_answer("learn apis")
    assert found["message"].startswith("We read “apis” as learning APIs, which leaves a choice."), found["message"]
    assert finder_picks(found)[:2] == API_ROADMAPS  # before: Technical Writer first, from "apis" as a mere word


@pytest.mark.parametrize(
    ("goal", "title"),
    [  # what each gave before "api" alone became a choice
        ("api design", "API Design"),
        ("rest api design", "API Design"),
        ("api engineer", "API Design"),
        ("openapi", "API Design"),
        ("api developer", "Backend Developer with API Design"),  # a job: its stems are those of "api development"
        ("become an api developer", "Backend Developer with API Design"),
        ("backend api developer", "Backend Developer with API Design"),  # was the role said twice, side by side
        ("graphql api", "GraphQL"),
        ("fastapi", "FastAPI"),
        ("learn fastapi", "FastAPI"),
        ("asp.net core web api", "ASP.NET Core"),
        ("api testing", "API testing and contract testing"),
        ("api security", "API security and the OWASP API Security Top 10"),
        ("api gateway", "API gateways and edge policies"),
        ("web apis", "REST API design"),
        ("build a rest api in python", "REST API design and Python"),
        ("build a rest api with fastapi", "REST API design and FastAPI"),
    ],
)
def test_a_goal_that_says_more_than_api_keeps_its_reading(goal: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title


def test_a_choice_that_only_mentions_an_api_keeps_its_own_choice() -> None:
    status, body = generate_answer("i have an interview with stripe")
    assert status == 404
    assert [c["key"] for c in body["choices"]] == ["software-engineer", "dsa", "system-design"]
