"""`roadmapfinder login`, `progress` and `done` against a live server, through the public CLI."""

from __future__ import annotations

import json
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.live_server import create_learner_with_token, live_server

runner = CliRunner()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    with live_server(tmp_path_factory.mktemp("cli-server")) as (url, env):
        yield url, create_learner_with_token(env, f"cli-{uuid.uuid4().hex[:8]}")


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "roadmapfinder" / "config.json"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return path


def test_login_checks_the_token_then_saves_it_private(server: tuple[str, str], config: Path) -> None:
    url, token = server
    result = runner.invoke(app, ["login", "--server", url + "/", "--token", token])
    assert result.exit_code == 0, result.output
    assert json.loads(config.read_text()) == {"server": url, "token": token}
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_login_refuses_a_wrong_token_and_saves_nothing(server: tuple[str, str], config: Path) -> None:
    result = runner.invoke(app, ["login", "--server", server[0], "--token", "rf_wrong"])
    assert result.exit_code == 1
    assert "the server refused the token" in result.stderr
    assert not config.exists()


def test_done_then_progress_shows_it_on_every_roadmap(server: tuple[str, str]) -> None:
    url, token = server
    runner.invoke(app, ["login", "--server", url, "--token", token])
    done = runner.invoke(app, ["done", "terminal"])
    assert done.exit_code == 0, done.output
    assert "terminal: Done" in done.stdout
    assert runner.invoke(app, ["done", "markup", "--status", "in-progress"]).exit_code == 0
    shown = runner.invoke(app, ["progress", "alpha-dev"])
    assert shown.exit_code == 0, shown.output
    assert "Alpha Developer: 4%" in shown.stdout
    assert "1. Foundations" in shown.stdout
    data = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)
    assert data["topics"] == {"markup": "in_progress", "terminal": "done"}
    assert {r["slug"] for r in data["roadmaps"]} == {"alpha-dev", "beta-ops"}


def test_errors_are_messages_with_hints_and_exit_1(server: tuple[str, str]) -> None:
    assert "not logged in" in runner.invoke(app, ["progress"]).stderr
    runner.invoke(app, ["login", "--server", server[0], "--token", server[1]])
    unknown = runner.invoke(app, ["done", "markupp"])
    assert unknown.exit_code == 1
    assert "no topic `markupp` (HTTP 404)" in unknown.stderr
    assert "did you mean: markup" in unknown.stderr
    bad = runner.invoke(app, ["done", "markup", "--status", "finished"])
    assert bad.exit_code == 1
    assert "unknown status" in bad.stderr
    unreachable = runner.invoke(app, ["login", "--server", "http://127.0.0.1:9", "--token", "x"])
    assert unreachable.exit_code == 1
    assert "cannot reach" in unreachable.stderr
