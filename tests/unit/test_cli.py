"""The `roadmapfinder` command line, through Typer's CliRunner, on the sample catalog."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

runner = CliRunner()


def run_json(*args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_list_json_is_the_api_shape() -> None:
    assert run_json("list") == Client().get("/api/v1/roadmaps").json()


def test_list_by_category() -> None:
    listed = run_json("list", "--category", "cloud-ops")
    assert isinstance(listed, list)
    assert [r["slug"] for r in listed] == ["beta-ops"]


def test_list_text_shows_a_table() -> None:
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    assert "alpha-dev" in result.stdout
    assert "Alpha Developer" in result.stdout


def test_show_json_is_the_api_shape() -> None:
    assert run_json("show", "alpha-dev") == Client().get("/api/v1/roadmaps/alpha-dev").json()


def test_show_one_phase_json() -> None:
    phase = run_json("show", "alpha-dev", "--phase", "2")
    assert isinstance(phase, dict)
    assert (phase["number"], phase["title"]) == (2, "Pages")


def test_show_renders_every_phase_like_the_page() -> None:
    result = runner.invoke(app, ["show", "alpha-dev"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    out = result.stdout
    for expected in (
        "Alpha Developer",
        "Phase 1: Foundations",
        "Beginner",
        "Learn how the web and the tools work",
        "Estimated time: 4–6 weeks at 10 h/week",
        "1. How the web works",
        "1. Foundations project — ",
        "System Design",
        "Phase 4: APIs",
        "Congratulations",
        "Well done: you finished the alpha sample roadmap.",
    ):
        assert expected in out, expected
    assert out.index("Phase 1:") < out.index("Phase 2:") < out.index("Phase 4:")
    assert not re.findall("[\U0001f000-\U0001faff]", out), "no emoji a terminal without an emoji font shows as a box"


def test_show_prints_names_and_the_commands_take_them() -> None:
    # a learner reads "Foundations project" and "How the web works", never `[web-basics]`, and types what they read
    result = runner.invoke(app, ["show", "alpha developer", "--phase", "1"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "1. How the web works" in out
    assert "[web-basics]" not in out
    assert "alpha-dev/foundations-project" not in out
    assert "roadmapfinder topic 'How the web works'" in " ".join(out.split())
    typed = runner.invoke(app, ["topic", "how the web works", "--json"])
    assert typed.exit_code == 0, typed.output
    assert json.loads(typed.stdout)["id"] == "web-basics"


def test_a_topic_reads_with_its_name_and_its_prerequisites_names() -> None:
    result = runner.invoke(app, ["topic", "ORM layer"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "╭─ ORM layer ─" in result.stdout  # the title is the name, not "ORM layer [orm-layer]" (read as markup)
    assert "• Queries │" in " ".join(result.stdout.split())
    assert "[queries]" not in result.stdout
    assert "[orm-layer]" not in result.stdout


def test_show_at_my_pace() -> None:
    result = runner.invoke(app, ["show", "alpha-dev", "--phase", "1", "--hours", "20"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "Estimated time: 2–3 weeks at 20 h/week" in result.stdout


@pytest.mark.django_db  # the API's topic JSON reads learners' medians (none here: null on both sides)
def test_topic_json_is_the_api_shape() -> None:
    assert run_json("topic", "orm-layer") == Client().get("/api/v1/topics/orm-layer").json()


def test_topic_text() -> None:
    result = runner.invoke(app, ["topic", "orm-layer"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "What to learn" in result.stdout
    assert "https://example.org/docs/orm-layer" in result.stdout


@pytest.mark.parametrize("typed", ["ORM layer", "orm layer", "Orm Layer"])
def test_topic_by_the_name_its_page_shows(typed: str) -> None:
    # a learner types the name they read; a near miss is a question with names, never a guess
    result = runner.invoke(app, ["topic", typed, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "orm-layer"
    missed = runner.invoke(app, ["topic", "ORM layr"])
    assert missed.exit_code == 2
    assert "did you mean: “ORM layer”" in missed.stderr
    assert "(orm-layer)" not in missed.stderr  # the name is what to type


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (["show", "alpah-dev"], "error: no roadmap `alpah-dev`", "hint: did you mean: “Alpha Developer”?"),
        (["topic", "queris"], "error: no topic `queris`", "hint: did you mean: “Queries”"),
        (
            ["show", "alpha-dev", "--phase", "9"],
            "error: Alpha Developer has no phase 9",
            "choose a phase from 1 to 4",
        ),
        (["show", "alpha-dev", "--hours", "0"], "error: 0 hours per week is out of range", "from 1 to 80"),
        (["list", "--category", "cooking"], "error: unknown category `cooking`", "use one of: web, mobile"),
    ],
)
def test_errors_go_to_stderr_with_a_hint_and_exit_1(args: list[str], message: str, hint: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == (2 if message.startswith("error: no ") else 1)  # 2: a name that names nothing
    assert message in result.stderr
    assert hint in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_serve_refuses_invalid_content_with_the_report(content_copy: Path) -> None:
    path = content_copy / "roadmaps/alpha-dev.yaml"
    data = yaml.safe_load(path.read_text())
    data["phases"][1]["level"] = "Beginner"
    data["phases"][2]["level"] = "Beginner"
    data["phases"][0]["level"] = "Junior"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    completed = subprocess.run(
        [sys.executable, "-m", "roadmapfinder", "serve", "--port", "8999"],
        env={"ROADMAPFINDER_CONTENT_DIR": str(content_copy), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 1
    assert "content problem(s)" in completed.stderr
    assert "roadmaps/alpha-dev.yaml: phases[1].level" in completed.stderr
    assert "Traceback" not in completed.stderr
