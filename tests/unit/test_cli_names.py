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


#: Names the command line refused and a plan read (their own topic's id or name, typed in words or another case,
#: that another topic lists as an alias), or that the two read as different topics.
AGREED = [
    ("terraform state", "Terraform state and backends"),  # the id in words; Terraform lists it as an alias
    ("Terraform State", "Terraform state and backends"),
    ("service mesh", "Service meshes"),
    ("power bi", "Microsoft Power BI"),
    ("time series", "Time series analysis and forecasting"),
    ("html forms", "HTML forms in depth"),
    ("web components", "Web Components (custom elements and shadow DOM)"),
    (
        "collision detection",
        "Collision detection - bounding volumes, broad and narrow phase",
    ),  # the command line read Game physics and collisions
    (
        "disaster recovery",
        "High availability and disaster recovery",
    ),  # the command line read Business continuity planning
]


@pytest.mark.parametrize(("typed", "name"), AGREED)
def test_a_topic_named_as_learners_type_it_opens_and_plans_as_that_topic(typed: str, name: str) -> None:
    # `topic "terraform state"` said "no topic `terraform state`", while a plan for it planned that topic
    shown = runner.invoke(app, ["topic", typed, "--json"])
    assert shown.exit_code == 0, shown.output
    topic = json.loads(shown.stdout)
    assert topic["name"] == name
    planned = runner.invoke(app, ["plan", typed, "--start", "2027-01-04", "--json"])
    assert planned.exit_code == 0, planned.output
    assert json.loads(planned.stdout)["goals"] == [topic["id"]]


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


LEARNERS_BACKEND = ["Backend Developer", "backend developer", "backend", "  Backend developer "]


@pytest.mark.parametrize("typed", LEARNERS_BACKEND)
def test_search_within_a_roadmap_named_as_learners_type_it(typed: str) -> None:
    result = runner.invoke(app, ["search", "http", "--roadmap", typed, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(
        runner.invoke(app, ["search", "http", "--roadmap", "backend", "--json"]).stdout
    )
    text = runner.invoke(app, ["search", "http", "--roadmap", typed], env={"COLUMNS": "160"})
    assert text.exit_code == 0, text.output
    assert "HTTP and HTTPS" in text.stdout


@pytest.mark.parametrize("typed", LEARNERS_BACKEND)
def test_plan_counts_a_finished_roadmap_named_as_learners_type_it(typed: str) -> None:
    result = runner.invoke(app, ["plan", "devops", "--finished", typed, "--start", "2027-01-04", "--json"])
    assert result.exit_code == 0, result.output
    skipped = json.loads(result.stdout)["skipped"]
    assert any(s["reason"] == "you finished the Backend Developer roadmap" for s in skipped)


@pytest.mark.parametrize(
    "args",
    [
        ["show", "bakend"],
        ["show", "bakend", "--json"],
        ["search", "http", "--roadmap", "bakend"],
        ["search", "http", "--roadmap", "bakend", "--json"],
        ["search", "http", "--roadmap", "backend developr"],
        ["plan", "devops", "--finished", "bakend"],
        ["plan", "devops", "--finished", "bakend", "--json"],
        ["plan", "devops", "--finished", "Backend Develper"],
    ],
)
def test_a_misspelt_roadmap_is_a_did_you_mean_with_exit_code_2(args: list[str]) -> None:
    # never taken for Backend Developer silently; exit 2 says the command was given a name that names nothing
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "did you mean" in result.stderr
    assert "Backend Developer" in result.stderr
    if "--json" in args:  # stdout is JSON under --json, an error included: the API's body for the same name
        assert json.loads(result.stdout)["suggestions"] == ["backend"]
    else:
        assert result.stdout == ""
    assert "Traceback" not in result.output


def test_a_misspelt_plan_target_is_exit_code_2_too() -> None:
    result = runner.invoke(app, ["plan", "bakend"])
    assert result.exit_code == 2, result.output
    assert "Backend Developer" in result.stderr


def test_other_errors_keep_exit_code_1() -> None:
    assert runner.invoke(app, ["show", "backend", "--phase", "99"]).exit_code == 1
    assert runner.invoke(app, ["plan", "devops", "--hours", "0"]).exit_code == 1
    assert runner.invoke(app, ["generate", "learn to code"]).exit_code == 1  # a choice to make, no name missing


def test_a_did_you_mean_names_the_roadmap_as_its_page_does_and_the_command_takes_it() -> None:
    # "did you mean: “Backend Developer” (backend)?": the id in brackets was the thing to type; the title is now
    result = runner.invoke(app, ["show", "bakend"])
    assert "hint: did you mean: “Backend Developer”?" in result.stderr
    assert "(backend)" not in result.stderr
    assert runner.invoke(app, ["show", "Backend Developer", "--json"]).exit_code == 0
    topic = runner.invoke(app, ["topic", "linux comand line"])
    assert "did you mean: “Linux and the command line”" in topic.stderr
    assert "(linux-command-line)" not in topic.stderr


def test_a_retired_topic_says_what_replaced_it_by_name() -> None:
    result = runner.invoke(app, ["topic", "cpp-fundamentals"])
    assert result.exit_code == 2
    assert "“C++ fundamentals” was retired; what it taught is now in: " in result.stderr
    assert "C++ syntax, types and control flow" in result.stderr
    assert "cpp-syntax-types" not in result.stderr


def test_the_finder_names_each_roadmap_and_the_command_to_open_it_by_its_title() -> None:
    result = runner.invoke(app, ["finder", "--goal", "i want to work in data", "--purpose", "job"])
    assert result.exit_code == 0, result.output
    assert "(data-analyst)" not in result.stdout
    assert "Data Analyst: " in result.stdout
    assert "roadmapfinder show 'Data Analyst' --hours 10" in result.stdout
    assert runner.invoke(app, ["show", "Data Analyst", "--hours", "10", "--json"]).exit_code == 0


def test_a_choice_to_make_lists_the_roadmaps_by_their_titles() -> None:
    result = runner.invoke(app, ["generate", "learn to code"])
    # by their titles, each on its own line, with who it suits where the goal's sense says it
    assert "choose from:\n  Python — reads closest" in result.stderr
    assert "\n  JavaScript — runs in every browser" in result.stderr
    assert "\n  Computer Science\n" in result.stderr


def test_a_plan_names_the_roadmap_it_assumes_by_its_title_in_the_command_to_plan_it_too() -> None:
    result = runner.invoke(app, ["plan", "react", "--start", "2027-01-04"])
    assert result.exit_code == 0, result.output
    assert "Plan it too: roadmapfinder plan JavaScript react" in result.stderr
    assert "Plan it too: roadmapfinder plan 'HTML & CSS' react" in result.stderr
    again = runner.invoke(app, ["plan", "HTML & CSS", "JavaScript", "react", "--start", "2027-01-04", "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["assumes"] == []
