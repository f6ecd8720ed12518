"""`roadmapfinder generate`, `requests` and `plan --finished` through CliRunner: the same JSON as the API, Markdown
and PDF files, what was understood on stderr, and the demand list read from the API with a staff login."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import ApiClient, Login
from roadmapfinder.tracking import services

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
GENERATE = "/api/v1/roadmaps/generate"
INPUTS = {"goal": "pyhton", "known": "i know a bit of python and excel", "hours_per_week": 6, "purpose": "hobby"}
ARGS = ["generate", "pyhton", "--know", "i know a bit of python and excel", "--hours", "6", "--purpose", "hobby"]


def _without_url(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "url"}


def test_generate_json_equals_the_apis_json_for_the_same_inputs() -> None:
    result = runner.invoke(app, [*ARGS, "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    answered = Client().post("/api/v1/roadmaps/generate", INPUTS, content_type="application/json").json()
    assert _without_url(printed) == _without_url(answered)
    assert printed["url"] == f"/roadmaps/generated/{answered['id']}"  # no SITE_URL: the path alone
    assert "“pyhton” → Python" in result.stderr
    assert "“python” → Python basics" in result.stderr
    assert "Python basics: you know it" in result.stderr


def test_generate_prints_the_roadmap_with_why_each_skill_is_there() -> None:
    result = runner.invoke(app, ["generate", "Kubernetes security", "--know", "docker", "--hours", "8"])
    assert result.exit_code == 0, result.output
    assert "Kubernetes security Roadmap" in result.stdout
    assert "Phase 1:" in result.stdout
    assert "you asked for it" in result.stdout
    assert "needed before" in result.stdout
    assert "“docker” → " in result.stderr


def test_a_phrase_read_for_two_roadmaps_is_offered_for_undo_once() -> None:
    result = runner.invoke(app, ["generate", "i want to be a frontend and backend developer"])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Add --plain 'want to be'") == 1, result.stderr


def test_generate_md_is_a_checklist_with_the_reasons() -> None:
    result = runner.invoke(app, [*ARGS, "--md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Python Roadmap")
    assert "## Phase 1: " in result.stdout
    assert "\n- [ ] Python" in result.stdout  # a task per topic, by name (no SITE_URL: no link to a bare path)
    assert "which you asked for" in result.stdout
    assert "Understood" not in result.stdout  # the reading goes to stderr


@pytest.mark.slow
def test_generate_pdf_is_a_readable_pdf(tmp_path: Path) -> None:
    target = tmp_path / "python.pdf"
    result = runner.invoke(app, [*ARGS, "--pdf", str(target)])
    assert result.exit_code == 0, result.output
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Python Roadmap" in text
    assert "Phase 1" in text


def test_a_goal_nothing_matches_says_so_with_suggestions_and_exit_1() -> None:
    result = runner.invoke(app, ["generate", "elixir"])
    assert result.exit_code == 1
    assert "no roadmap for `elixir`" in result.stderr
    assert "hint:" in result.stderr
    assert "Traceback" not in result.output


def test_plan_says_what_it_understood_and_honours_finished(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(
        app, ["plan", "backend", "--know", "linux, pyhton, elixir", "--finished", "frontend", "--json"]
    )
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["request"]["finished"] == ["frontend"]
    assert "“linux” → Linux and the command line" in result.stderr
    assert "Not understood: “elixir”" in result.stderr
    said = " ".join(result.stderr.split())
    assert said.count("finished the Frontend Developer roadmap") == 1  # the reason once, its topics after it
    assert "HTTP and HTTPS" in said.split("You finished the Frontend Developer roadmap, ", 1)[1].split("•", 1)[0]
    without = json.loads(runner.invoke(app, ["plan", "backend", "--know", "linux", "--json"]).stdout)
    assert "http" not in {s["id"] for s in without["skipped"]}  # knowing Linux is not finishing a roadmap


def test_plan_echoes_a_target_read_through_an_alias() -> None:
    result = runner.invoke(app, ["plan", "fp", "--json"])
    assert result.exit_code == 0, result.output
    assert "“fp” → Functional programming" in result.stderr


def test_plan_says_plainly_that_a_language_the_catalog_does_not_teach_is_not_in_it() -> None:
    result = runner.invoke(app, ["plan", "elixir"])
    assert result.exit_code == 2  # nothing in the catalog has that name
    assert "`elixir`" in result.stderr
    assert "not in the catalog" in result.stderr
    assert "Functional programming" not in result.output, "never planned as the topic that used to list it"
    assert "Traceback" not in result.output


@pytest.fixture
def through_the_api(monkeypatch: pytest.MonkeyPatch, setenv: Callable[[str, str], None], tmp_path: Path) -> None:
    """The CLI's calls answered by this process's API (Django's test client) instead of a network server."""
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))

    def call(self: ApiClient, method: str, path: str, body: object | None = None) -> Any:
        response = Client().generic(method, path, headers={"Authorization": f"Bearer {self.login.token}"})
        if response.status_code >= 400:
            from roadmapfinder.cli.server_client import RemoteError

            raise RemoteError(f"{response.json()['detail']} (HTTP {response.status_code})")
        return response.json()

    monkeypatch.setattr(ApiClient, "_call", call)


@pytest.mark.usefixtures("through_the_api")
def test_requests_lists_the_demand_for_staff() -> None:
    staff = User.objects.create_user("grace", is_staff=True)
    Login(server="http://testserver", token=services.token_create(user=staff, name="cli")[1]).save()
    for goal in ("elixir", "ELIXIR", "cobol"):
        Client().post("/api/v1/roadmaps/generate", {"goal": goal}, content_type="application/json")
    listed = runner.invoke(app, ["requests", "--json"])
    assert listed.exit_code == 0, listed.output
    assert [(d["goal"], d["count"]) for d in json.loads(listed.stdout)] == [("elixir", 2), ("cobol", 1)]
    table = runner.invoke(app, ["requests"])
    assert "elixir" in table.stdout
    assert "cobol" in table.stdout


@pytest.mark.usefixtures("through_the_api")
def test_requests_refuses_a_learner_plainly() -> None:
    learner = User.objects.create_user("ada")
    Login(server="http://testserver", token=services.token_create(user=learner, name="cli")[1]).save()
    result = runner.invoke(app, ["requests"])
    assert result.exit_code == 1
    assert "only staff" in result.stderr


def test_a_chrome_extension_is_read_as_web_development_with_what_the_catalog_lacks_and_an_undo() -> None:
    result = runner.invoke(app, ["generate", "build a chrome extension", "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["title"] == "Browser extensions"
    assert "Swift" not in result.stdout
    assert printed["understood"][0]["said"] == "chrome extension"
    assert any("manifest" in note for note in printed["notes"])
    assert "“chrome extension” → The DOM and browser events" in result.stderr
    assert "--plain 'chrome extension'" in result.stderr
    answered = Client().post(GENERATE, {"goal": "build a chrome extension"}, content_type="application/json").json()
    assert _without_url(printed) == _without_url(answered)
    undone = runner.invoke(app, ["generate", "build a chrome extension", "--plain", "chrome extension"])
    assert undone.exit_code == 1
    assert "“extension” alone is too general" in undone.stderr
    assert "Swift" not in undone.stderr


def test_a_goal_the_catalog_does_not_cover_is_refused_plainly_without_unrelated_roadmaps() -> None:
    result = runner.invoke(app, ["generate", "3d printing"])
    assert result.exit_code == 1
    assert "not in the catalog" in result.stderr
    assert "Embedded Systems" in result.stderr
    assert "Game Developer" not in result.stderr


def test_discord_bots_for_someone_who_knows_python_start_past_python() -> None:
    result = runner.invoke(
        app, ["generate", "learn to make discord bots", "--know", "i know a bit of python and excel"]
    )
    assert result.exit_code == 0, result.output
    assert "Chat bots Roadmap" in result.stdout
    assert "Cloudflare" not in result.output
    assert "You know:" in result.stderr


def test_generate_says_what_a_deadline_needs_and_how_to_undo_it() -> None:
    result = runner.invoke(app, ["generate", "learn react in 2 weeks"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "Deadline:" in said
    assert "is not realistic for React" in said
    assert "--plain 'in 2 weeks'" in said


def test_generate_reads_what_the_goal_says_the_learner_knows_and_offers_its_undo() -> None:
    result = runner.invoke(app, ["generate", "i know a bit of python and want to make games in godot"])
    assert result.exit_code == 0, result.output
    assert "“i know a bit of python” → what you know: Python basics" in result.stderr
    assert "Add --plain 'i know a bit of python'" in result.stderr
    assert "Python basics: you know it (you said “i know a bit of python”)" in result.stderr
    assert "Godot Engine fundamentals" in result.stdout
    assert "Data with Python" not in result.stdout
    assert "NumPy" not in result.stdout
    assert "Python up to your first game" not in result.stderr, "“make” is no milestone of Python any more"
    fixed = runner.invoke(app, ["generate", "pyhton discord bot"])
    assert "“pyhton” → Python (read as “python”)" in fixed.stderr
    assert "Add --plain pyhton" in fixed.stderr


def test_a_deadline_in_the_goal_counts_from_the_sites_day(setenv: Callable[[str, str], None]) -> None:
    """ "in 2 weeks" counts from today in the configured time zone (the one clock), as plans do, not the machine's."""
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    # a zone whose date differs from the machine's (UTC here) at this hour: twelve hours behind, or fourteen ahead
    zone = "Etc/GMT+12" if datetime.now(ZoneInfo("UTC")).hour < 12 else "Etc/GMT-14"
    setenv("TIME_ZONE", zone)
    site_day = datetime.now(ZoneInfo(zone)).date()
    assert site_day != date.today()
    result = runner.invoke(app, ["generate", "learn python in 2 weeks", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["deadline"]["by"] == str(site_day + timedelta(weeks=2))


def test_a_goal_that_says_only_what_you_know_asks_what_to_reach_and_lists_what_to_choose_from() -> None:
    result = runner.invoke(app, ["generate", "i know a bit of python and excel"])
    assert result.exit_code == 1
    said = " ".join(result.stderr.split())
    assert "what you know: Python basics, Spreadsheets for data analysis (Excel and Google Sheets)" in said
    assert "but not what you want to learn with it" in said
    assert "choose from: BI Analyst, Data Analyst," in said
    assert "Traceback" not in result.output


def test_what_a_goal_of_only_what_you_know_could_not_read_is_said() -> None:
    result = runner.invoke(app, ["generate", "i know a bit of pyhton and excell and cobol"])
    assert result.exit_code == 1
    said = " ".join(result.stderr.split())
    # "excell" is Excel with its l typed twice (understanding/interpret._letter_typed_twice)
    assert "what you know: Python basics, Spreadsheets for data analysis (Excel and Google Sheets)" in said
    assert "not understood, so not counted as known: “cobol”" in said


@pytest.mark.parametrize("goal", ["i have no idea what to learn", "how do i get my first dev job"])
def test_a_goal_that_leaves_a_choice_is_said_as_a_choice_not_an_error(goal: str) -> None:
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 1  # no roadmap was made: scripts can tell
    said = " ".join(result.stderr.split())
    assert "error:" not in said
    assert f"to choose: `{goal}` leaves a choice to make before a roadmap" in said
    assert "choose from:" in said
