"""A name one topic lists as an alias is that topic, before another topic whose variant for one stack bears the name:
`roadmapfinder topic axum` asked "which one do you mean?" between Backend web frameworks (its Rust variant is Axum)
and Web services in Rust (axum, SQLx), which lists "axum" as an alias: the topic that is about axum. A variant name
still names its topic when no topic lists it as an alias, and a name several topics list as an alias is still asked
about (`Catalog.ExactNames`)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("axum", "Web services in Rust (axum, SQLx)"),  # before: asked, with Backend web frameworks
        ("pprof", "Profiling and optimising Go"),  # before: asked, with Performance optimization
        ("asp.net core signalr", "Real-time apps with ASP.NET Core SignalR"),  # before: asked, with WebSockets
        ("cargo test", "Testing in Rust"),  # before: asked, with Testing fundamentals
    ],
)
def test_topic_opens_the_topic_that_lists_the_name(typed: str, title: str) -> None:
    result = runner.invoke(app, ["topic", typed], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert title in result.stdout
    assert "which one" not in result.output


def test_a_plan_for_axum_plans_web_services_in_rust() -> None:
    answer = Client().post("/api/v1/plans", {"start": "2027-01-04", "targets": ["axum"]}, "application/json")
    assert answer.status_code == 201, answer.content  # before: 400 "“axum” in targets names 2 topics"
    plan: dict[str, Any] = answer.json()
    topics = [t["id"] for phase in plan["phases"] for t in phase["topics"]]
    assert topics[-1] == "rust-web-services"
    assert "backend-frameworks" not in topics


def test_the_command_line_says_axum_is_web_services_in_rust() -> None:
    result = runner.invoke(app, ["plan", "axum", "--start", "2027-01-04", "--json"])
    assert result.exit_code == 0, result.output
    assert "“axum” → Web services in Rust (axum, SQLx) (a topic)" in result.stderr


def test_a_name_only_a_variant_bears_still_names_its_topic() -> None:
    result = runner.invoke(app, ["topic", "Passport.js with NestJS, or Better Auth"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Authentication" in result.stdout


def test_an_alias_several_topics_list_is_still_asked_about() -> None:
    result = runner.invoke(app, ["topic", "vitest"], env={"COLUMNS": "200"})
    assert result.exit_code == 2, result.output
    assert "which one" in result.stderr
    assert "Testing fundamentals" not in result.stderr  # its Vitest is a variant; the three others list it
