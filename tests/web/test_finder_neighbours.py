"""What follows the finder's first pick shares what the goal is about, or nothing does: through the finder's API,
its page and the CLI, in learners' words.

Two roadmaps that both teach C++ share a language, not a subject: Embedded Systems followed Game Developer (and the
other way round) for that alone, so a learner who wanted to make games in Godot was sent to microcontrollers. A goal
about a tool no roadmap is built on (Godot, one section of Game Developer) gets what teaches it, says so, and points to
the generated roadmap built on it; an answer with fewer picks than asked says that nothing else fits.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, text

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")

GODOT = "i know a bit of python and want to make games in godot"
NOTHING_ELSE = "No other roadmap fits your goal closely enough to suggest."


def _finder(goal: str, purpose: str = "job") -> dict[str, Any]:
    response = Client().post("/api/v1/finder", {"goal": goal, "purpose": purpose}, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def _picks(goal: str, purpose: str = "job") -> list[str]:
    return [r["slug"] for r in _finder(goal, purpose)["recommendations"]]


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "never"),
    [
        # games and microcontrollers share C++, nothing of what either is about
        ("i want to make games in unreal engine", "embedded-systems"),
        ("embedded systems", "game-developer"),
        ("i want to get into embedded systems", "game-developer"),
    ],
)
def test_a_roadmap_that_only_shares_a_language_is_no_next_step(goal: str, purpose: str, never: str) -> None:
    assert never not in _picks(goal, purpose)


@pytest.mark.parametrize(
    ("goal", "among"),
    [
        ("i want to be a game programmer", {"csharp", "cpp"}),  # the languages its games are written in stay
        ("embedded systems", {"cpp"}),
        ("data engineering", {"data-analyst", "data-scientist"}),
        ("full stack", {"frontend", "backend"}),
    ],
)
def test_what_shares_the_subject_still_comes_next(goal: str, among: set[str]) -> None:
    assert among <= set(_picks(goal)), _picks(goal)


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    "goal",
    [
        GODOT,
        "make games in godot",
        "godot",
        "learn gdscript",
        "godot engine",
        # what to make with it, a topic Game Developer teaches too, and a word of that topic's name: still Godot
        "make a 2d platformer in godot",
        "i want to make a 2D platformer game in godot",
    ],
)
def test_godot_gets_what_teaches_it_and_the_way_to_a_path_built_on_it(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert [r["slug"] for r in found["recommendations"]] == ["game-developer"]
    (game,) = found["recommendations"]
    assert game["reason"].startswith(
        "It teaches Godot Engine fundamentals only in one section, “Alternative engine”, of its phase "
        "“First games in Unity”."
    )
    assert "We have no roadmap built on Godot Engine fundamentals." in found["message"]
    assert NOTHING_ELSE in found["message"]
    assert found["message"].endswith("A roadmap generated for your goal is built on it.")
    assert found["generate"] == goal, "the whole goal: the generator reads what it says the learner knows itself"


@pytest.mark.parametrize("purpose", ["job", "hobby"])
@pytest.mark.parametrize("goal", ["learn google cloud", "i want to get into google cloud platform"])
def test_what_comes_after_the_roadmap_teaching_a_cloud_says_what_of_it_it_teaches(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    assert next(r["slug"] for r in found["recommendations"]) == "cloud-engineer"
    after = [r for r in found["recommendations"] if r["slug"] in {"aws", "devops"}]
    assert after, found["recommendations"]
    for pick in after:
        assert pick["reason"].startswith(
            "It teaches Cloud networking and Cloud identity and access management, which Google Cloud fundamentals "
            "builds on."
        ), pick["reason"]


def test_a_tool_named_beside_its_language_keeps_that_language() -> None:
    # the learner's own words name C# too: it stays, and what only shares words with it (ASP.NET Core) goes
    assert _picks("make a game in godot with c#", "hobby") == ["game-developer", "csharp"]


def test_no_generated_path_is_offered_when_it_would_be_the_roadmap_itself() -> None:
    found = _finder("ccna")  # a generated "ccna" is the Network Engineer roadmap whole
    assert [r["slug"] for r in found["recommendations"]] == ["network-engineer"]
    assert found["generate"] == ""
    assert "generated" not in found["message"]


@pytest.mark.parametrize("goal", ["rust", "django", "kotlin"])
def test_fewer_picks_say_that_nothing_else_fits(goal: str) -> None:
    found = _finder(goal)
    assert 0 < len(found["recommendations"]) < 3
    assert found["message"].endswith(NOTHING_ELSE)
    assert found["generate"] == ""


def test_three_picks_say_nothing_of_it() -> None:
    found = _finder("become a devops engineer")
    assert len(found["recommendations"]) == 3
    assert NOTHING_ELSE not in found["message"]


@pytest.mark.slow  # renders the generated roadmap page and its diagram
@pytest.mark.database
@pytest.mark.django_db
def test_the_finder_page_links_to_the_generated_godot_path() -> None:
    client = Client()
    page = client.get("/finder", {"goal": GODOT, "hours": "10", "purpose": "hobby"}).content.decode()
    assert "We have no roadmap built on Godot Engine fundamentals." in text(page)
    link = re.search(r'<a href="(/roadmaps/generate\?[^"]+)">Generate a roadmap for “([^”]+)”</a>', page)
    assert link is not None
    assert link.group(2) == GODOT
    opened = client.get(link.group(1).replace("&amp;", "&"), follow=True)
    shown = text(opened.content)
    assert "Godot games Roadmap" in shown
    assert "“i know a bit of python” → what you know: Python basics" in shown
    assert "10 h/week" in shown, "at the pace the finder was given"


def test_the_finder_page_offers_no_generated_path_for_a_roadmap_of_ours() -> None:
    page = Client().get("/finder", {"goal": "become a devops engineer", "purpose": "job"}).content.decode()
    assert "/roadmaps/generate?" not in page


def test_the_cli_finder_prints_the_generate_command() -> None:
    result = CliRunner().invoke(
        app, ["finder", "--goal", GODOT, "--known", "", "--hours", "10", "--purpose", "hobby"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "(embedded-systems)" not in result.output
    assert (
        f"Generate a roadmap for your goal: roadmapfinder generate '{GODOT}' --hours 10 --purpose hobby"
        in result.output
    )
