"""`roadmapfinder login`, `progress` and `done` (topics and projects) against a live server, through the public CLI."""

from __future__ import annotations

import json
import re
import stat
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.e2e.live_server import LiveServer

runner = CliRunner()


#: An API-only server on the sample catalog (the CLI never needs static files).
SERVER: dict[str, object] = {}


@pytest.fixture(autouse=True)
def config(tmp_path: Path, setenv: Callable[[str, str], None]) -> Path:
    path = tmp_path / "config" / "roadmapfinder" / "config.json"
    setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return path


def test_login_checks_the_token_then_saves_it_private(server: LiveServer, token: str, config: Path) -> None:
    url = server
    result = runner.invoke(app, ["login", "--server", url + "/", "--token", token])
    assert result.exit_code == 0, result.output
    assert json.loads(config.read_text()) == {"server": url, "token": token}
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_login_refuses_a_wrong_token_and_saves_nothing(server: LiveServer, token: str, config: Path) -> None:
    result = runner.invoke(app, ["login", "--server", server, "--token", "rf_wrong"])
    assert result.exit_code == 1
    assert "the server refused the token" in result.stderr
    assert not config.exists()


def test_done_then_progress_shows_it_on_every_roadmap(server: LiveServer, token: str) -> None:
    url = server
    runner.invoke(app, ["login", "--server", url, "--token", token])
    done = runner.invoke(app, ["done", "terminal"])
    assert done.exit_code == 0, done.output
    assert "Terminal basics: Done" in done.stdout  # the name, as its page shows it
    assert runner.invoke(app, ["done", "markup", "--status", "in-progress"]).exit_code == 0
    shown = runner.invoke(app, ["progress", "alpha-dev"])
    assert shown.exit_code == 0, shown.output
    assert "Alpha Developer: 4%" in shown.stdout
    assert "1. Foundations" in shown.stdout
    data = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)
    assert data["topics"] == {"markup": "in_progress", "terminal": "done"}
    assert {r["slug"] for r in data["also_counts_on"]} == {"alpha-dev", "beta-ops"}
    unfollowed = runner.invoke(app, ["progress"]).stdout
    assert "You follow no roadmap yet" in unfollowed
    assert "Your progress also counts on: Beta Operations 5%, Alpha Developer 4%" in unfollowed  # furthest along first


def test_follow_makes_progress_report_on_the_roadmap(server: LiveServer, token: str) -> None:
    runner.invoke(app, ["login", "--server", server, "--token", token])
    runner.invoke(app, ["done", "terminal"])
    followed = runner.invoke(app, ["follow", "beta-ops"])
    assert followed.exit_code == 0, followed.output
    assert "Following Beta Operations" in followed.stdout  # its name; `follow` takes the slug the URL shows
    shown = runner.invoke(app, ["progress"]).stdout
    assert "Beta Operations: 5%" in shown
    assert json.loads(runner.invoke(app, ["progress", "--json"]).stdout)["following"] == ["beta-ops"]
    stopped = runner.invoke(app, ["follow", "beta-ops", "--stop", "--json"])
    assert json.loads(stopped.stdout) == {"roadmap": "beta-ops", "following": False}
    unknown = runner.invoke(app, ["follow", "btea-ops"])
    assert unknown.exit_code == 2
    assert "did you mean: “Beta Operations”?" in unknown.stderr
    by_alias = runner.invoke(app, ["follow", "beta", "--stop"])  # an alias, as `show` takes it
    assert by_alias.exit_code == 0, by_alias.output
    assert "No longer following Beta Operations" in by_alias.stdout


def test_errors_are_messages_with_hints_and_exit_1_or_2(server: LiveServer, token: str) -> None:
    assert "not logged in" in runner.invoke(app, ["progress"]).stderr
    runner.invoke(app, ["login", "--server", server, "--token", token])
    unknown = runner.invoke(app, ["done", "markupp"])
    assert unknown.exit_code == 2  # the server's 404: a name that names nothing
    assert "no topic `markupp` (HTTP 404)" in unknown.stderr
    assert "did you mean: “Markup”" in unknown.stderr
    assert "(markup)" not in unknown.stderr
    bad = runner.invoke(app, ["done", "markup", "--status", "finished"])
    assert bad.exit_code == 1
    assert "unknown status" in bad.stderr
    unreachable = runner.invoke(app, ["login", "--server", "http://127.0.0.1:9", "--token", "x"])
    assert unreachable.exit_code == 1
    assert "cannot reach" in unreachable.stderr


def test_done_marks_a_project_by_the_title_show_lists(server: LiveServer, token: str) -> None:
    # `show` prints "Ship project", no key: the learner types the title they read (its key still works)
    url = server
    runner.invoke(app, ["login", "--server", url, "--token", token])
    shown = runner.invoke(app, ["show", "beta-ops"], env={"COLUMNS": "120"}).stdout
    assert "1. Ship project — " in shown
    assert "beta-ops/ship-project" not in shown
    done = runner.invoke(app, ["done", "ship project"])
    assert done.exit_code == 0, done.output
    assert "Ship project: Done" in done.stdout
    data = json.loads(runner.invoke(app, ["progress", "beta-ops", "--json"]).stdout)
    assert "beta-ops/ship-project" in data["projects"]
    assert data["roadmaps"][0]["phases"][0]["progress"]["done"] >= 1
    assert "Ship project: not done" in runner.invoke(app, ["done", "beta-ops/ship-project", "--status", "none"]).stdout
    undone = runner.invoke(app, ["done", "beta-ops/ship-project", "--status", "none", "--json"])
    assert undone.exit_code == 0, undone.output
    assert json.loads(undone.stdout) == {"project": "beta-ops/ship-project", "done": False}


def test_done_json_prints_the_apis_answer_for_topics_too(server: LiveServer, token: str) -> None:
    runner.invoke(app, ["login", "--server", server, "--token", token])
    result = runner.invoke(app, ["done", "styling", "--status", "skipped", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"topic": "styling", "name": "Styling", "status": "skipped", "hours": None}


@pytest.mark.parametrize("typed", ["Terminal basics", "terminal BASICS", "terminal basics"])
def test_done_takes_a_topic_by_the_name_its_page_shows(server: LiveServer, token: str, typed: str) -> None:
    # a learner types what they read ("Terminal basics"), not the id; a near miss stays a question, never a guess
    runner.invoke(app, ["login", "--server", server, "--token", token])
    assert runner.invoke(app, ["done", "terminal", "--status", "none"]).exit_code == 0  # the server is shared
    assert "terminal" not in json.loads(runner.invoke(app, ["progress", "--json"]).stdout)["topics"]
    done = runner.invoke(app, ["done", typed])
    assert done.exit_code == 0, done.output
    assert "Terminal basics: Done" in done.stdout
    assert json.loads(runner.invoke(app, ["progress", "--json"]).stdout)["topics"]["terminal"] == "done"
    missed = runner.invoke(app, ["done", "Terminal basis"])
    assert missed.exit_code == 2
    assert "did you mean: “Terminal basics”" in missed.stderr


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (
            ["done", "beta-ops/shipp-project"],
            "no project `beta-ops/shipp-project` (HTTP 404)",
            "did you mean: “Ship project”, ",
        ),
        (
            ["done", "beta-ops/ship-project", "--status", "skipped"],
            "a project is done or not, never `skipped`",
            "use done",
        ),
        (["done", "beta-ops/"], "`beta-ops/` is not a project key", "roadmapfinder show ROADMAP"),
    ],
)
def test_project_errors_are_messages_with_hints_and_exit_1(
    server: LiveServer, token: str, args: list[str], message: str, hint: str
) -> None:
    runner.invoke(app, ["login", "--server", server, "--token", token])
    result = runner.invoke(app, args)
    assert result.exit_code == (2 if "(HTTP 404)" in message else 1)  # 2: a project's key that names nothing
    assert message in result.stderr
    assert hint in result.stderr
    assert "Traceback" not in result.output


def test_a_wrong_token_or_a_stopped_server_is_a_message_not_a_traceback(
    server: LiveServer, token: str, config: Path
) -> None:
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({"server": server, "token": "rf_revoked"}))
    refused = runner.invoke(app, ["done", "beta-ops/ship-project"])
    assert refused.exit_code == 1
    assert "the server refused the token" in refused.stderr
    config.write_text(json.dumps({"server": "http://127.0.0.1:9", "token": token}))
    down = runner.invoke(app, ["done", "beta-ops/ship-project", "--json"])
    assert down.exit_code == 1
    assert "cannot reach http://127.0.0.1:9" in down.stderr
    # under --json, stdout is JSON, an error included (cli/errors._error_json): the API's error body
    assert json.loads(down.stdout)["detail"].startswith("cannot reach http://127.0.0.1:9")


def test_progress_lists_the_learners_plans_with_their_standing(server: LiveServer) -> None:
    url = server
    token = server.learner_token(f"behind-{uuid.uuid4().hex[:8]}")  # nothing done yet: this learner is behind
    runner.invoke(app, ["login", "--server", url, "--token", token])
    body = json.dumps({"targets": ["beta-ops"], "hours_per_week": 5, "start": "2020-01-06"}).encode()
    request = urllib.request.Request(
        url + "/api/v1/plans",
        data=body,
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 201
    shown = runner.invoke(app, ["progress"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    standing = r"Plan Beta Operations: \d+%\. You are about \d+ weeks behind: \d+ hours to catch up\."
    assert re.search(standing, shown.stdout)
    data = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)
    assert data["plans"][0]["weeks_ahead"] < 0


def test_plan_save_stores_it_on_the_server_as_the_learners(server: LiveServer, token: str) -> None:
    url = server
    assert "not logged in" in runner.invoke(app, ["plan", "alpha-dev", "--save"]).stderr
    runner.invoke(app, ["login", "--server", url, "--token", token])
    saved = runner.invoke(app, ["plan", "alpha-dev", "--hours", "8", "--save", "--json"])
    assert saved.exit_code == 0, saved.output
    plan = json.loads(saved.stdout)  # the notice goes to stderr, so --json stays parseable
    assert f"Saved: {url}/plans/{plan['id']}" in saved.stderr
    with urllib.request.urlopen(f"{url}/plans/{plan['id']}", timeout=10) as page:
        assert page.status == 200
    listed = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)["plans"]
    assert plan["id"] in [p["id"] for p in listed]
    bad = runner.invoke(app, ["plan", "nothing-like-this", "--save"])
    assert bad.exit_code == 1
    assert "Traceback" not in bad.output


def test_a_saved_plan_leaves_out_what_the_learner_marked_done_and_says_so(server: LiveServer, token: str) -> None:
    runner.invoke(app, ["login", "--server", server, "--token", token])
    assert runner.invoke(app, ["done", "web-basics"]).exit_code == 0
    saved = runner.invoke(app, ["plan", "alpha-dev", "--hours", "8", "--save", "--json"])
    assert saved.exit_code == 0, saved.output
    plan = json.loads(saved.stdout)
    left_out = plan["request"]["finished_work"]  # the learner is the module's: other tests mark topics too
    assert "web-basics" in left_out
    assert not set(left_out) & {i["ref"] for w in plan["weeks"] for s in w["sessions"] for i in s["items"]}
    said = " ".join(saved.stderr.split())
    assert "Off the schedule, on the plan: How the web works" in said
    assert (
        "(you already marked them done or skipped; --refresh NAMES schedules those again, --schedule-finished all "
        in said
    )
    refreshed = runner.invoke(
        app, ["plan", "alpha-dev", "--hours", "8", "--save", "--refresh", "how the web works", "--json"]
    )
    assert refreshed.exit_code == 0, refreshed.output
    one = json.loads(refreshed.stdout)
    assert one["request"]["refresh"] == ["web-basics"]  # the name typed, kept as the plan's own id
    assert one["weeks"][0]["sessions"][0]["items"][0]["ref"] == "web-basics"
    again = runner.invoke(app, ["plan", "alpha-dev", "--hours", "8", "--save", "--schedule-finished", "--json"])
    assert again.exit_code == 0, again.output
    refresher = json.loads(again.stdout)
    assert refresher["weeks"][0]["sessions"][0]["items"][0]["ref"] == "web-basics"
    assert "Off the schedule" not in again.stderr


def test_replan_reschedules_the_learners_plan_through_the_server(server: LiveServer, token: str) -> None:
    url = server
    assert "not logged in" in runner.invoke(app, ["replan", "some-id"]).stderr
    runner.invoke(app, ["login", "--server", url, "--token", token])
    saved = runner.invoke(app, ["plan", "alpha-dev", "--hours", "8", "--start", "2026-10-05", "--save", "--json"])
    plan = json.loads(saved.stdout)
    assert runner.invoke(app, ["done", "web-basics"]).exit_code == 0
    replanned = runner.invoke(app, ["replan", plan["id"], "--hours", "12"], env={"COLUMNS": "200"})
    assert replanned.exit_code == 0, replanned.output
    assert "at 12 h a week (was 8)" in replanned.stdout
    assert f"{url}/plans/{plan['id']}" in replanned.stdout
    data = json.loads(runner.invoke(app, ["replan", plan["id"], "--json"]).stdout)
    assert len(data["reschedules"]) == 2
    ahead = [w for w in data["weeks"] if w["start"] >= (data["history_until"] or "")]  # the weeks lived stay before
    assert "web-basics" not in {i["ref"] for w in ahead for s in w["sessions"] for i in s["items"]}
    bad = runner.invoke(app, ["replan", plan["id"], "--from", "someday"])
    assert bad.exit_code == 1
    assert "the start date `someday` is not a date" in bad.stderr
    unknown = runner.invoke(app, ["replan", "no-such-plan"])
    assert unknown.exit_code == 2  # an id that names no plan
    assert "Traceback" not in unknown.output


def test_today_and_week_show_the_sessions_due_across_my_plans(server: LiveServer, token: str) -> None:
    from datetime import date, timedelta

    url = server
    assert "not logged in" in runner.invoke(app, ["week"]).stderr
    runner.invoke(app, ["login", "--server", url, "--token", token])
    now = date.today()
    start = now - timedelta(days=7 + now.weekday())
    every_day = "mon,tue,wed,thu,fri,sat,sun"
    known = "web-basics,terminal,markup"  # the topics other tests of this module mark: last week's work is open
    arguments = ["plan", "alpha-dev", "--know", known, "--start", start.isoformat(), "--days", every_day]
    saved = runner.invoke(app, [*arguments, "--at", "7am", "--save", "--json"])
    assert saved.exit_code == 0, saved.output
    week = runner.invoke(app, ["week"], env={"COLUMNS": "200"})
    assert week.exit_code == 0, week.output
    assert "This week" in week.stdout
    assert "week 2" in week.stdout
    assert "07:00" in week.stdout
    assert "Slipped from last week" in week.stdout
    today = runner.invoke(app, ["today"], env={"COLUMNS": "200"})
    assert today.exit_code == 0, today.output
    assert f"{now:%a %d %b} 07:00" in today.stdout, "a session every day: one today"
    plan_id = json.loads(saved.stdout)["id"]
    data = json.loads(runner.invoke(app, ["week", "--json"]).stdout)
    [mine] = [p for p in data["plans"] if p["plan_id"] == plan_id]
    due = mine["sessions"][0]["items"][0]["name"]
    assert f"[ ] {due}" in week.stdout, "open topics show an empty box"
    refs = {i["ref"] for p in data["plans"] for s in p["sessions"] for i in s["items"]}
    assert not [line for line in week.stdout.splitlines() if any(line.endswith(f" {ref}") for ref in refs)]
    assert runner.invoke(app, ["done", due]).exit_code == 0, "the name the week prints is what `done` takes"
    again = json.loads(runner.invoke(app, ["week", "--json"]).stdout)
    [mine] = [p for p in again["plans"] if p["plan_id"] == plan_id]
    assert mine["sessions"][0]["items"][0]["finished"] is True
    assert "[x] " in runner.invoke(app, ["week"], env={"COLUMNS": "200"}).stdout


def test_replan_auto_turns_the_automatic_mode_on_and_the_plan_follows(server: LiveServer) -> None:
    from datetime import date, timedelta

    token = server.learner_token(f"auto-{uuid.uuid4().hex[:8]}")  # a learner who has done nothing: behind
    runner.invoke(app, ["login", "--server", server, "--token", token])
    monday = date.today() - timedelta(days=date.today().weekday())
    start = (monday - timedelta(weeks=3)).isoformat()  # three weeks passed with nothing done: behind
    saved = runner.invoke(app, ["plan", "alpha-dev", "--hours", "8", "--start", start, "--save", "--json"])
    plan = json.loads(saved.stdout)
    turned = runner.invoke(app, ["replan", plan["id"], "--auto"], env={"COLUMNS": "200"})
    assert turned.exit_code == 0, turned.output
    assert "Automatic rescheduling is on" in turned.stdout
    data = json.loads(runner.invoke(app, ["replan", plan["id"], "--auto", "--json"]).stdout)
    assert data["auto_reschedule"] is True
    assert data["start_date"] == monday.isoformat(), "what was left moved to this week"
    assert [r["automatic"] for r in data["reschedules"]] == [True], "once, recorded as automatic"
    off = runner.invoke(app, ["replan", plan["id"], "--no-auto", "--json"])
    assert json.loads(off.stdout)["auto_reschedule"] is False
