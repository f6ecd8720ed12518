"""A roadmap named as learners type it, on the shipped catalog: `roadmapfinder follow` and `progress` (answered by
this process's API), the finished roadmaps of a plan through the API and the plan form, and the exit code of a name
that names nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.tracking import services
from tests.helpers import answer_cli_calls_here, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.fixture
def logged_in(monkeypatch: pytest.MonkeyPatch, setenv: Callable[[str, str], None], tmp_path: Path, ada: User) -> str:
    """The CLI logged in as Ada, its calls answered by this process's API; her token."""
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    answer_cli_calls_here(monkeypatch)
    token = services.token_create(user=ada, name="laptop")[1]
    Login(server="http://testserver", token=token).save()
    return token


@pytest.mark.parametrize("typed", ["Backend Developer", "backend developer", "backend", "Backend developer "])
def test_follow_and_progress_take_a_roadmap_as_learners_type_it(logged_in: str, typed: str) -> None:
    followed = runner.invoke(app, ["follow", typed])
    assert followed.exit_code == 0, followed.output
    assert followed.stdout.strip() == "Following Backend Developer"
    shown = runner.invoke(app, ["progress", typed])
    assert shown.exit_code == 0, shown.output
    assert "Backend Developer: 0%" in shown.stdout
    as_json = json.loads(runner.invoke(app, ["progress", typed, "--json"]).stdout)
    assert [r["slug"] for r in as_json["roadmaps"]] == ["backend"]  # the JSON keeps the slug, for programs
    stopped = runner.invoke(app, ["follow", typed, "--stop", "--json"])
    assert json.loads(stopped.stdout) == {"roadmap": "backend", "following": False}


@pytest.mark.parametrize(
    "args",
    [
        ["follow", "bakend"],  # shaped like a slug: the server's 404 answers it
        ["follow", "bakend", "--json"],
        ["follow", "Backend Develper"],  # a name this install does not know: its own "did you mean"
        ["progress", "bakend"],
        ["progress", "Bakend Developer", "--json"],
    ],
)
def test_a_misspelt_roadmap_to_follow_is_a_did_you_mean_with_exit_code_2(logged_in: str, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "did you mean" in result.stderr
    assert "Backend Developer" in result.stderr
    if "--json" in args:  # stdout is JSON under --json, an error included, with the keys suggested
        assert "backend" in json.loads(result.stdout)["suggestions"]
    else:
        assert result.stdout == ""
    assert json.loads(runner.invoke(app, ["progress", "--json"]).stdout)["following"] == []  # nothing guessed


def test_a_misspelt_topic_marked_done_is_exit_code_2(logged_in: str) -> None:
    result = runner.invoke(app, ["done", "linux comand line"])
    assert result.exit_code == 2, result.output
    assert "Linux and the command line" in result.stderr


def test_the_api_takes_a_finished_roadmap_by_title_and_asks_about_a_misspelt_one() -> None:
    base: dict[str, Any] = {"targets": ["devops"], "start": "2027-01-04"}
    by_title = Client().post("/api/v1/plans", base | {"finished": ["backend developer"]}, "application/json")
    assert by_title.status_code == 201, by_title.content
    assert any(s["reason"] == "you finished the Backend Developer roadmap" for s in by_title.json()["skipped"])
    for typed in ("bakend", "Backend Develper"):  # a near miss is never taken for the roadmap it is close to
        refused = Client().post("/api/v1/plans", base | {"finished": [typed]}, "application/json")
        assert refused.status_code == 400, refused.content
        assert refused.json()["detail"] == f"no roadmap named `{typed}` in finished"
        assert refused.json()["hint"].startswith("did you mean: “Backend Developer”")


def test_the_plan_form_asks_about_a_misspelt_finished_roadmap_by_its_title() -> None:
    form = {"roadmap": "devops", "hours": "10", "level": "beginner", "finished": "bakend"}
    page = Client().post("/generate/preview", form, headers={"HX-Request": "true"}).content.decode()
    said = text(page)
    assert "No roadmap named “bakend” in finished" in said
    assert 'Did you mean <a href="/roadmaps/backend">Backend Developer</a>?</p>' in page  # a question, no "?."
    assert "slug" not in said
    assert "roadmapfinder" not in said


def test_the_servers_did_you_mean_names_what_the_command_takes(logged_in: str) -> None:
    roadmap = runner.invoke(app, ["follow", "bakend"])
    assert "did you mean: “Backend Developer”?" in roadmap.stderr
    assert "(backend)" not in roadmap.stderr
    topic = runner.invoke(app, ["done", "linux comand line"])
    assert "did you mean: “Linux and the command line”" in topic.stderr
    assert "(linux-command-line)" not in topic.stderr
    project = runner.invoke(app, ["done", "backend/terminal-only-dayy"])
    assert project.exit_code == 2
    assert "did you mean: “Terminal-only day”?" in project.stderr
    assert runner.invoke(app, ["done", "Terminal-only day"]).exit_code == 0  # what it names is what to type


def test_progress_with_nothing_followed_says_how_to_follow_by_name(logged_in: str) -> None:
    shown = runner.invoke(app, ["progress"])
    assert shown.exit_code == 0, shown.output
    assert "SLUG" not in shown.stdout
    assert 'roadmapfinder follow "Backend Developer"' in shown.stdout


def test_a_plan_with_nothing_to_reach_gives_a_roadmap_by_its_title() -> None:
    form = {"hours": "10", "level": "beginner"}
    said = text(Client().post("/generate/preview", form, headers={"HX-Request": "true"}).content.decode())
    assert "Name at least one roadmap (e.g. Backend Developer)" in said
    assert "e.g. backend)" not in said
