"""Go's structured logging package, typed by its name, is the topic that teaches logging, on the shipped catalog.

"log/slog" was an alias of The Go standard library, a topic of some forty packages which covers slog in one key point,
so since aliases rank before variant names (03ee92bb) `roadmapfinder topic "log/slog"`, a plan's target and the
search's first result were The Go standard library, while Error handling and logging, whose Go variant is log/slog,
came second or not at all. An alias says a name means the whole topic; log/slog is one package of the library, and
Go's way to do what the logging topic teaches (structured logs, levels), which now lists it as an alias beside its Go
variant, so a goal in words reads it too (a variant name alone left "learn log/slog" read as “log”, a blockchain
topic). The Go standard library still teaches it (its key point).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


@pytest.mark.parametrize("typed", ["log/slog", "Log/Slog"])
def test_topic_log_slog_opens_error_handling_and_logging(typed: str) -> None:
    result = runner.invoke(app, ["topic", typed], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Error handling and logging" in result.stdout
    assert "The Go standard library" not in result.stdout.splitlines()[0]


def test_a_plan_for_log_slog_plans_the_logging_topic() -> None:
    answer = Client().post("/api/v1/plans", {"start": "2027-01-04", "targets": ["log/slog"]}, "application/json")
    assert answer.status_code == 201, answer.content
    plan: dict[str, Any] = answer.json()
    topics = [t["id"] for phase in plan["phases"] for t in phase["topics"]]
    assert topics[-1] == "error-handling-logging"
    assert "go-standard-library" not in topics


def test_the_search_finds_the_logging_topic_first() -> None:
    response = Client().get("/api/v1/search", {"q": "log/slog"})
    assert response.status_code == 200, response.content
    topics = [r["title"] for r in response.json()["results"] if r["kind"] == "topic"]
    assert topics[0] == "Error handling and logging"  # before: The Go standard library, by its alias


def test_the_go_standard_library_still_teaches_slog() -> None:
    result = runner.invoke(app, ["topic", "The Go standard library"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Structured logging with log/slog" in result.stdout
    assert "log/slog" not in result.stdout.split("Also called:")[1].split("\n")[0]


def test_a_goal_naming_log_slog_is_read_as_the_logging_topic() -> None:
    answer = Client().post("/api/v1/roadmaps/generate", {"goal": "learn log/slog"}, "application/json")
    assert answer.status_code == 201, answer.content
    read = {u["said"]: [m["name"] for m in u["means"]] for u in answer.json()["understood"]}
    assert read == {"log/slog": ["Error handling and logging"]}
