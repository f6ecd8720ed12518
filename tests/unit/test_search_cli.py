"""`roadmapfinder search` and `roadmapfinder finder` through Typer's CliRunner, on the sample catalog."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

runner = CliRunner()


def test_search_json_is_the_api_shape() -> None:
    result = runner.invoke(app, ["search", "containers", "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    api = Client().get("/api/v1/search", {"q": "containers", "limit": 3}).json()
    assert json.loads(result.stdout) == api
    assert api["results"][0]["id"] == "containers"


def test_search_text_lists_results_with_why() -> None:
    result = runner.invoke(app, ["search", "alpha"])
    assert result.exit_code == 0
    assert "alpha-dev" in result.stdout
    assert "title: Alpha Developer" in result.stdout


def test_search_text_names_topics_without_their_ids() -> None:
    # a topic is opened by the name the table shows (`roadmapfinder topic "Terminal basics"`): no id to copy
    result = runner.invoke(app, ["search", "terminal basics"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert re.search(r"│ topic +│ Terminal basics +│ +│", result.stdout), result.stdout  # no id in its slug cell


def test_search_narrowed_to_a_roadmap() -> None:
    result = runner.invoke(app, ["search", "basics", "--roadmap", "beta-ops", "--json"])
    assert result.exit_code == 0
    ids = [r["id"] for r in json.loads(result.stdout)["results"]]
    assert "terminal" in ids
    assert "http-basics" not in ids


def test_search_with_no_result_offers_close_names() -> None:
    result = runner.invoke(app, ["search", "qqqq zzzz"])
    assert result.exit_code == 0
    assert "Nothing matches “qqqq zzzz”" in result.stdout


def test_search_with_no_result_points_to_the_finder_and_the_generator_with_the_query() -> None:
    # "build robots" is nothing's name, but the finder names the nearest roadmaps and the generator builds one
    result = runner.invoke(app, ["search", "build my own robots"])
    assert result.exit_code == 0
    assert "roadmapfinder finder --goal 'build my own robots'" in result.stdout
    assert "roadmapfinder generate 'build my own robots'" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", ""], "error: the search query is empty"),
        (["search", "x" * 300], "error: the search query is 300 characters long"),
        (["search", "a\x01b"], "error: the search query contains control or binary characters"),
        (["search", "ok", "--limit", "99"], "error: limit 99 is out of range"),
        (["search", "ok", "--category", "cooking"], "error: unknown category `cooking`"),
        (["search", "ok", "--roadmap", "alpha-dve"], "hint: did you mean: “Alpha Developer”?"),
        (["finder", "--goal", "web", "--purpose", "fame"], "error: unknown purpose `fame`"),
        (["finder", "--goal", "web", "--hours", "0"], "error: 0 hours per week is out of range"),
    ],
)
def test_bad_input_exits_1_with_a_message(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == (2 if "--roadmap" in args else 1)  # 2: a roadmap's name that names nothing
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_finder_with_flags_prints_json() -> None:
    result = runner.invoke(
        app, ["finder", "--goal", "ship containers", "--known", "alpha", "--hours", "20", "--purpose", "job", "--json"]
    )
    assert result.exit_code == 0, result.output
    recommendations = json.loads(result.stdout)["recommendations"]
    assert recommendations[0]["slug"] == "beta-ops"
    assert "builds on Alpha Developer" in recommendations[0]["reason"]


def test_finder_asks_the_questions_when_run_without_flags() -> None:
    result = runner.invoke(app, ["finder"], input="ship containers\n\n5\nhobby\n")
    assert result.exit_code == 0, result.output
    assert "What do you want to build or become?" in result.stdout
    assert "1. Beta Operations: " in result.stdout
    assert "at 5 h/week as a hobby" in result.stdout
