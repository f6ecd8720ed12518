"""Knowing a topic is knowing what it builds on (understanding/beneath.py): a learner who says they know Linux system
administration knows the Linux command line, one who knows React knows HTML, JavaScript's syntax and the DOM. Each
such topic leaves the plan, the generated roadmap and the finder's estimates with why, grouped when many; the known
reading's Undo brings them back, and `--add` keeps one.

As learners type, through the CLI, the API, the plan preview and the finder page, on the shipped catalog.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generated, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

UNDER_REACT = {"html", "javascript-basics", "dom-manipulation"}
ON_REACT = "you know React and what it builds on"


def _plan(*args: str) -> tuple[dict[str, Any], str]:
    result = runner.invoke(app, ["plan", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), " ".join(result.stderr.split())


def _planned(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {topic["id"]: topic for phase in plan["phases"] for topic in phase["topics"]}


def _skipped(body: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s["reason"] for s in body["skipped"]}


def test_a_linux_admin_is_not_taught_the_command_line_in_a_plan() -> None:
    plan, said = _plan("devops", "--know", "linux admin for 5 years, bash", "--level", "mid")
    assert "linux-command-line" not in _planned(plan)
    reason = "you know Linux system administration and what it builds on"
    assert _skipped(plan)["linux-command-line"] == reason
    assert f"Linux and the command line: {reason}" in said
    assert _skipped(plan)["linux-system-administration"] == "you know it (you said “linux admin”)"


def test_a_linux_admin_moving_to_devops_is_not_taught_the_command_line_in_a_generated_roadmap() -> None:
    result = runner.invoke(app, ["generate", "i'm a linux admin and want to move to devops"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "Linux and the command line: you know Linux system administration and what it builds on" in said
    assert "Linux and the command line" not in result.stdout
    undone = generated("i'm a linux admin and want to move to devops", plain=["i'm a linux admin"])
    assert {"linux-command-line", "linux-system-administration"} <= topics_taught(undone)


def test_a_frontend_developer_who_knows_react_is_not_taught_what_react_builds_on() -> None:
    body = generated("frontend developer i already know react")
    assert not UNDER_REACT & topics_taught(body)
    assert {t: r for t, r in _skipped(body).items() if t in UNDER_REACT} == dict.fromkeys(UNDER_REACT, ON_REACT)
    assert "javascript-closures-scope" in topics_taught(body), "knowing React is not knowing all of JavaScript"
    result = runner.invoke(app, ["generate", "frontend developer i already know react"])
    said = " ".join(result.stderr.split())
    assert (
        "You know React and what it builds on, 3 topics: HTML and semantic markup · JavaScript syntax and types · "
        "The DOM and browser events" in said
    )
    undone = generated("frontend developer i already know react", plain=["i already know react"])
    assert UNDER_REACT | {"react"} <= topics_taught(undone)


def test_knowing_docker_or_kubernetes_leaves_what_they_build_on_out_of_a_plan() -> None:
    plan, said = _plan("devops", "--know", "i know docker")
    assert _skipped(plan)["linux-command-line"] == "you know Containers with Docker and what it builds on"
    plan, said = _plan("devops", "--know", "i know kubernetes well")
    assert {"docker", "linux-command-line", "kubernetes"}.isdisjoint(_planned(plan))
    assert (
        "You know Kubernetes and what it builds on, 2 topics: Linux and the command line · Containers with Docker"
        in (said)
    )


def test_a_bit_of_react_keeps_what_react_builds_on_and_rusty_react_only_its_foundations() -> None:
    plan, said = _plan("frontend", "--know", "a bit of react")
    assert UNDER_REACT | {"react"} <= set(_planned(plan)), "a bit of React says nothing of what it builds on"
    assert not any("React" in reason for reason in _skipped(plan).values()), _skipped(plan)
    assert "builds on" not in said
    rusty, said = _plan("frontend", "--know", "rusty on react")
    assert {"react", "dom-manipulation"} <= set(_planned(rusty))
    once = "you knew React once, so you know the basics it builds on"
    assert {t: r for t, r in _skipped(rusty).items() if "React" in r} == {"html": once, "javascript-basics": once}
    assert "You knew React once, so you know the basics it builds on, 2 topics: HTML and semantic markup" in said
    struggling, _ = _plan("frontend", "--know", "struggling with react")
    assert set(_planned(struggling)) >= UNDER_REACT, "finding React hard says nothing of what it builds on"
    foundations, _ = _plan("data-analyst", "--know", "i know a bit of python and excel")  # known, with nothing beneath
    assert {"python-basics", "spreadsheets-for-analysis"} <= set(_skipped(foundations))
    assert not any("builds on" in reason for reason in _skipped(foundations).values())


def test_what_the_learner_says_of_a_topic_wins_over_what_is_inferred() -> None:
    plan, _ = _plan("frontend", "--know", "react, never used javascript")
    assert "javascript-basics" in _planned(plan)
    assert {"html", "dom-manipulation"} <= set(_skipped(plan))
    plan, _ = _plan("devops", "--know", "i know kubernetes, a bit of docker")
    assert "docker" in _planned(plan)
    assert _skipped(plan)["linux-command-line"] == "you know Kubernetes and what it builds on"


def test_add_keeps_a_topic_knowing_react_took_out_and_no_more() -> None:
    plan, _ = _plan("frontend", "--know", "react", "--add", "JavaScript syntax and types")
    planned = _planned(plan)
    assert planned["javascript-basics"]["note"] == "you added it"
    assert "javascript-basics" not in _skipped(plan)
    assert {"html", "dom-manipulation", "react"}.isdisjoint(planned)


def test_the_plan_previews_undo_brings_back_what_react_builds_on_and_add_keeps_one() -> None:
    answers = {"roadmap": ["frontend"], "hours": "10", "known": "i already know react"}
    page = text(Client().post("/generate/preview", answers).content)
    assert "You know React and what it builds on, 3 topics: HTML and semantic markup" in page
    undone = text(Client().post("/generate/preview", answers | {"undo": "react"}).content)
    assert "builds on" not in undone
    assert "HTML and semantic markup: " not in undone
    added = text(Client().post("/generate/preview", answers | {"add": "JavaScript syntax and types"}).content)
    assert "You know React and what it builds on, 2 topics: HTML and semantic markup · The DOM and browser events" in (
        added
    )


def test_a_stack_makes_nothing_known_and_what_is_beneath_chooses_no_stack() -> None:
    plan, _ = _plan("backend", "--stack", "python")
    assert not any("know" in reason for reason in _skipped(plan).values())
    body = generated("i know react and want to be a backend developer")
    assert not [u for u in body["understood"] if u["how"] == "stack"], "React's JavaScript is no stack chosen"
    assert "backend-language" in topics_taught(body)


def test_the_finder_counts_what_react_builds_on_as_known_and_says_why() -> None:
    found = finder_answer("frontend developer", known="react")
    beneath = {s["id"]: s["reason"] for s in found["known_beneath"]}
    assert beneath == dict.fromkeys(UNDER_REACT, ON_REACT)
    frontend = next(r for r in found["recommendations"] if r["slug"] == "frontend")
    assert UNDER_REACT | {"react"} <= set(frontend["known_topics"])
    page = text(Client().get("/finder", {"goal": "frontend developer", "known": "react", "purpose": "job"}).content)
    assert "Counted as known, and left out of the estimates: React." in page
    assert (
        "You know React and what it builds on, so also counted as known: HTML and semantic markup, JavaScript syntax "
        "and types, The DOM and browser events." in page
    )
