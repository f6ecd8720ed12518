"""The command line takes what people read: a roadmap's or a topic's name as its page shows it, typed as learners
type it, on the shipped catalog (whose names collide in the ways real names do: "Django" is a topic and a variant
of another, "C++" and "C#" are both "c" without their symbols)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")

runner = CliRunner()


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Django", "Django"),  # Backend web frameworks has a Django variant: the topic's own name wins
        ("TypeScript", "TypeScript"),  # an alias of A backend programming language too
        ("typescript", "TypeScript"),
        ("C# basics", "C# basics"),
        ("Hash tables", "Hash tables"),
        ("github actions", "GitHub Actions"),
    ],
)
def test_topic_by_the_name_its_page_shows_when_another_topic_shares_it(typed: str, name: str) -> None:
    # it said "no topic `Django`" and then "did you mean: “Django” (django)", the very name typed
    result = runner.invoke(app, ["topic", typed], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"╭─ {name} ─"), result.stdout[:200]


@pytest.mark.parametrize(
    ("typed", "title"), [("C++", "C++"), ("c++", "C++"), ("C#", "C# and .NET"), ("c#", "C# and .NET")]
)
def test_a_roadmap_whose_title_is_mostly_symbols_is_shown(typed: str, title: str) -> None:
    result = runner.invoke(app, ["show", typed, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == title


def test_a_hash_or_a_plus_is_never_dropped_to_name_another_topic() -> None:
    # "c# programming" is the C# roadmap's alias; without its "#" it read as the C programming topic, silently
    result = runner.invoke(app, ["topic", "c# programming"])
    assert "C programming" not in result.stdout
    assert result.exit_code != 0
    learn = runner.invoke(app, ["topic", "learn c++"])  # was C# basics
    assert "C# basics" not in learn.stdout
    assert runner.invoke(app, ["show", "c# programming", "--json"]).exit_code == 0
