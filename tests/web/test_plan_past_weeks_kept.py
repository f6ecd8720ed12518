"""A learner's dated plan keeps its past when the catalog changes: the weeks before this one stay as they were
planned (what the learner did then stays what they did), the current week and those after follow the new content,
and the plan says once, by name, what changed, with an undo where one makes sense.

The content team's edits are made on a copy of the sample catalog (a topic's hours, a new name, a topic added or
taken out, an id retired), with the estimates recomputed as scripts/recompute_estimates.py would, and served by
pointing ROADMAPFINDER_CONTENT_DIR at it, as a deploy would."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import load_catalog
from roadmapfinder.catalog.estimate import phase_hours, phase_weeks, recaps
from roadmapfinder.catalog.models import Roadmap
from roadmapfinder.catalog.problems import ContentInvalid
from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.tracking.services import token_create
from tests.conftest import SAMPLE_CONTENT
from tests.helpers import answer_cli_calls_here, pin_today, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

HTMX = {"HX-Request": "true"}
#: The plan starts on Monday 4 January 2027; Wednesday 3 February is in its fifth week (Monday 1 February).
START, WEEK_5, TODAY = "2027-01-04", "2027-02-01", date(2027, 2, 3)
SetEnv = Callable[[str, str], None]


@dataclass
class Content:
    """The sample catalog as its YAML files hold it, for the content team's edits."""

    topics: dict[str, dict[str, Any]]
    roadmaps: dict[str, dict[str, Any]]
    retired: dict[str, dict[str, Any]]
    checklists: dict[str, dict[str, Any]]


def serve_edited(setenv: SetEnv, tmp_path: Path, name: str, edit: Callable[[Content], None]) -> None:
    """Serve a copy of the sample catalog changed by `edit`, its phases' estimates recomputed by the one rule."""
    root = tmp_path / name
    shutil.copytree(SAMPLE_CONTENT, root)
    topics = {yaml.safe_load(p.read_text())["id"]: yaml.safe_load(p.read_text()) for p in root.glob("topics/*.yaml")}
    roadmaps = {p.stem: yaml.safe_load(p.read_text()) for p in root.glob("roadmaps/*.yaml")}
    checklists = {p.stem: yaml.safe_load(p.read_text()) for p in root.glob("checklists/*.yaml")}
    content = Content(topics, roadmaps, yaml.safe_load((root / "retired.yaml").read_text()), checklists)
    edit(content)
    for path in root.glob("topics/*.yaml"):
        path.unlink()
    for topic_id, data in content.topics.items():
        (root / "topics" / f"{topic_id}.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    hours_of = {t: data["effort_hours"] for t, data in content.topics.items()}
    models = {slug: Roadmap.model_validate(data) for slug, data in content.roadmaps.items()}
    for slug, data in content.roadmaps.items():
        recap_ids = recaps(models[slug], models)
        for phase, written in zip(models[slug].phases, data["phases"], strict=True):
            weeks = phase_weeks(phase_hours(phase, hours_of, recap_ids))
            written["estimated_weeks"] = {"min": weeks.min, "max": weeks.max}
        (root / "roadmaps" / f"{slug}.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    (root / "retired.yaml").write_text(yaml.safe_dump(content.retired, allow_unicode=True))
    for name, data in content.checklists.items():
        (root / "checklists" / f"{name}.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    try:
        load_catalog(root)
    except ContentInvalid as invalid:  # the edit itself is wrong: say how, not as a server error later
        raise AssertionError(invalid.report()) from None
    setenv("ROADMAPFINDER_CONTENT_DIR", str(root))


def new_plan(client: Client, **fields: Any) -> str:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": START, **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan_id: str = response.json()["id"]
    return plan_id


def plan_json(client: Client, plan_id: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/plans/{plan_id}")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def mark_done(client: Client, plan_id: str, topic: str, status: str = "done") -> None:
    """Mark a topic of the plan on its page, as its done box (or, with `status`, its menu: "in_progress") does."""
    data = {"topic": topic, "status": status, "track": f"plan:{plan_id}", "phase": "1", "next": f"/plans/{plan_id}"}
    assert client.post("/me/progress/topic", data, headers=HTMX).status_code == 200


def week_items(plan: dict[str, Any], number: int) -> list[tuple[str, str, float]]:
    """What week `number` holds, as the schedule says it: each item's name, part and hours."""
    return [(i["title"], i["part"], i["hours"]) for i in plan["weeks"][number - 1]["items"]]


def said(plan: dict[str, Any]) -> list[str]:
    return [change["message"] for update in plan["content_changes"] for change in update["changes"]]


def undo_buttons(page: str) -> list[str]:
    """The accessible names of the undo buttons under "What changed in this plan's content", as Chromium computes
    them: a button's aria-label, else its text."""
    section = page.split('id="content-changes"')[1].split("</details>")[0]
    names = []
    for attributes, inner in re.findall(r"<button([^>]*)>(.*?)</button>", section, re.S):
        label = re.search(r'aria-label="([^"]*)"', attributes)
        names.append(html.unescape(label[1]) if label else text(inner).strip())
    return names


def grow_and_rename_web_basics(content: Content) -> None:
    content.topics["web-basics"].update(effort_hours=20, name="How the web really works")


def test_a_topic_that_grew_and_was_renamed_leaves_the_weeks_already_past_as_they_were(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    before = plan_json(ada_client, plan_id)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)

    after = plan_json(ada_client, plan_id)
    assert after["weeks"][:4] == before["weeks"][:4], "weeks 1-4 are what the learner was given then"
    assert after["kept_until"] == WEEK_5
    assert week_items(after, 2)[0] == ("How the web works", "finish", 2.0), "under the name it had then"
    assert week_items(after, 5)[0] == ("How the web really works", "continue", 8.0), "the 10 new hours come now"
    assert week_items(after, 6)[0] == ("How the web really works", "finish", 2.0)
    assert said(after) == [
        "“How the web works” is now called “How the web really works”.",
        "“How the web really works” now takes 20 hours (it took 10).",
    ]
    (update,) = after["content_changes"]
    assert update["message"] == (
        "The content of this plan changed on 3 February 2027, after it was made. Your weeks before 1 February 2027 "
        "stay as they were planned; from that week on, the plan follows the new content:"
    )
    assert all(change["undo"] is None for change in update["changes"]), "a new name or estimate is not undone"

    page = text(ada_client.get(f"/plans/{plan_id}").content)
    changes = page.split("What changed in this plan's content")[1].split("Share this page")[0]
    assert "“How the web works” is now called “How the web really works”." in changes
    assert "web-basics" not in changes, "names, never ids"
    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)  # a plan of 25 weeks lists them there
    assert "Week 1 · Mon 4 Jan – Sun 10 Jan 2027 · 8 h" in page
    assert "Mon 4 Jan, 19:00–20:36 : How the web works (begin, 1.6 h)" in page, "by its old name"
    assert "How the web really works (continue, 1.6 h)" in page
    assert "The weeks before 1 February 2027 stay as they were planned before the content changed" in page


def test_a_topic_the_learner_finished_gets_none_of_the_hours_the_content_added_to_it(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # How the web works, weeks 1-2, is done; the catalog now gives it 20 hours. Its ten new hours were scheduled
    # this week, shown ticked: a week of the plan spent on a topic the learner had finished, the finish a week later.
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "web-basics")
    before = plan_json(ada_client, plan_id)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)

    after = plan_json(ada_client, plan_id)
    assert after["weeks"] == before["weeks"], "no week holds more of it: the weeks ahead are the ones planned"
    assert after["finish_date"] == before["finish_date"]
    assert said(after) == [
        "“How the web works” is now called “How the web really works”.",
        "“How the web really works” now takes 20 hours (it took 10). You had already finished it, so no more of it "
        "is scheduled.",
    ]
    page = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 4 Jan, 19:00–20:36 : ✓ (done) How the web works (begin, 1.6 h)" in page, "ticked, by its old name"
    assert "How the web really works (" not in page
    assert "You had already finished it, so no more of it is scheduled." in text(
        ada_client.get(f"/plans/{plan_id}").content
    )
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert "web-basics" not in [i["ref"] for s in mine["sessions"] for i in s["items"]]


def test_a_topic_ticked_when_the_content_changed_and_marked_in_progress_since_is_scheduled_again_by_a_reschedule(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # Version control, begun in week 4, was ticked done when the content changed; the learner then found they had
    # not finished it and marked it in progress. The record of the change held it whole at every reschedule after:
    # rescheduled, the plan never scheduled it again, and its finish came with 10 hours of it left unplanned.
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "version-control")
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    assert "Version control" not in json.dumps(plan_json(ada_client, plan_id)["weeks"][4:]), "finished: off the weeks"

    mark_done(ada_client, plan_id, "version-control", "in_progress")
    body = json.dumps({"from": TODAY.isoformat()})
    moved = ada_client.post(f"/api/v1/plans/{plan_id}/reschedule", body, content_type="application/json")
    assert moved.status_code == 200, moved.content
    ahead = [
        i for w in moved.json()["weeks"] for s in w["sessions"] if s["date"] >= TODAY.isoformat() for i in s["items"]
    ]
    assert round(sum(i["hours"] for i in ahead if i["title"] == "Version control"), 2) == 10.0, "all of it, from today"
    assert moved.json()["scheduled_hours"] == moved.json()["total_hours"], "nothing is finished now"
    weeks = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Version control (begin," in weeks.split("Wed 3 Feb")[1]


def test_the_target_line_counts_no_hours_of_a_topic_the_content_removed(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # Terminal basics (10 hours, weeks 3-4) is gone from the catalog; Monitoring (10 hours) takes its place. By 30
    # April the learner reaches what they reached before: the hours they spent on Terminal are no hours of this plan.
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client, target_date="2027-04-30")
    before = plan_json(ada_client, plan_id)["target"]["message"]
    assert before.endswith(
        "you finish phases 1–2, up to Pages, and 36 of the 50 hours of phase 3, Data (136 of 210 hours)."
    )

    def swap_terminal_for_monitoring(content: Content) -> None:
        alpha, beta = content.roadmaps["alpha-dev"]["phases"][0], content.roadmaps["beta-ops"]["phases"][0]
        alpha["core_skills"][alpha["core_skills"].index("terminal")] = "monitoring"
        beta["core_skills"][beta["core_skills"].index("terminal")] = "styling"
        del content.topics["terminal"]

    serve_edited(setenv, tmp_path, "no-terminal", swap_terminal_for_monitoring)
    after = plan_json(ada_client, plan_id)
    message = after["target"]["message"]
    assert message.startswith("At 8 hours a week you finish on 14 July 2027, after your target of 30 April 2027.")
    assert message.endswith(
        "By then, at 8 hours a week, you finish phases 1–2, up to Pages, and 26 of the 50 hours of phase 3, Data "
        "(126 of 210 hours)."
    ), "136 counted Terminal's 10 hours, which no phase holds"


def test_the_week_the_plan_met_the_change_stays_as_it_was_shown_once_it_has_passed(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    shown = plan_json(ada_client, plan_id)  # seen on 3 February: week 5 follows the new content
    assert SavedPlan.objects.get(pk=plan_id).laid_out["kept"]["until"] == WEEK_5, "kept when first read"

    pin_today(monkeypatch, date(2027, 2, 10))
    week_on = plan_json(ada_client, plan_id)
    assert week_on["weeks"] == shown["weeks"], "a read a week later lays out nothing again"

    def longer_http_too(content: Content) -> None:
        grow_and_rename_web_basics(content)
        content.topics["http-basics"].update(effort_hours=20)

    serve_edited(setenv, tmp_path, "longer-http", longer_http_too)
    again = plan_json(ada_client, plan_id)
    assert again["weeks"][:5] == shown["weeks"][:5], "the first change's weeks and the one shown in week 5"
    assert again["kept_until"] == "2027-02-08"
    assert said(again)[0] == "“HTTP basics” now takes 20 hours (it took 10).", "the newest change first"
    assert [u["on"] for u in again["content_changes"]] == ["2027-02-10", "2027-02-03"]


def test_a_topic_the_learner_ticked_and_the_catalog_dropped_keeps_its_tick_under_its_name(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    for topic in ("web-basics", "http-basics", "terminal"):
        mark_done(ada_client, plan_id, topic)

    def drop_terminal(content: Content) -> None:  # gone from the catalog; each phase still has its four topics
        alpha, beta = content.roadmaps["alpha-dev"]["phases"][0], content.roadmaps["beta-ops"]["phases"][0]
        alpha["core_skills"][alpha["core_skills"].index("terminal")] = "monitoring"
        beta["core_skills"][beta["core_skills"].index("terminal")] = "styling"
        del content.topics["terminal"]

    serve_edited(setenv, tmp_path, "no-terminal", drop_terminal)
    after = plan_json(ada_client, plan_id)
    assert week_items(after, 3) == [("HTTP basics", "finish", 4.0), ("Terminal basics", "start", 4.0)]
    assert said(after) == [
        "“Terminal basics” is no longer in this plan.",
        "“Monitoring” is new in this plan (10 hours).",
    ]
    assert after["content_changes"][0]["changes"][0]["undo"] is None, "the catalog no longer teaches it"

    page = ada_client.get(f"/plans/{plan_id}/weeks").content.decode()
    assert "✓ (done) Terminal basics (begin, 0.8 h)" in text(page), "the learner's tick, by the topic's name"
    assert '<a href="/topics/terminal">' not in page, "no link to a page that is gone"
    standing = text(ada_client.get(f"/plans/{plan_id}").content)
    assert "You are about 1 week behind: 5 hours to catch up." in standing, "Version control only: Terminal is done"
    markdown = ada_client.get(f"/api/v1/plans/{plan_id}.md").content.decode()
    assert "- [x] Thu 21 Jan, 19:00–20:36: **Terminal basics** (continue, 1.6 h, done)" in markdown.splitlines()
    me = text(ada_client.get("/me").content)
    assert "terminal" not in me.replace("Terminal basics", ""), "never shown as an id"

    # Last week was Terminal basics (done) and Version control: only Version control slipped, never the project
    # a rewritten last week would have held.
    week = ada_client.get("/api/v1/me/this-week").json()
    (mine,) = week["plans"]
    assert [i["name"] for i in mine["slipped"]] == ["Version control"]
    assert mine["content_changes"][1:] == said(after)


def test_week_and_today_on_the_command_line_say_the_change_and_keep_last_week(
    ada: User,
    ada_client: Client,
    monkeypatch: pytest.MonkeyPatch,
    setenv: SetEnv,
    tmp_path: Path,
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "http-basics")
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=token_create(user=ada, name="cli")[1]).save()
    answer_cli_calls_here(monkeypatch)

    result = CliRunner().invoke(app, ["week"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "The content of this plan changed on 3 February 2027, after it was made." in out
    assert "- “How the web works” is now called “How the web really works”." in out
    assert "How the web really works (continue, 1.6 h)" in out
    slipped = out.split("Slipped from last week")[1]
    assert "Terminal basics" in slipped, "last week as it was planned"
    assert "Version control" in slipped
    assert "How the web" not in slipped, "not a week rewritten with the longer topic"

    today = " ".join(CliRunner().invoke(app, ["today"], env={"COLUMNS": "200"}).stdout.split())
    assert "“How the web really works” now takes 20 hours (it took 10)." in today
    assert plan_id not in today


def test_a_topic_the_content_added_is_left_out_with_one_button_and_put_back_with_another(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    before = plan_json(ada_client, plan_id)

    def add_monitoring(content: Content) -> None:
        content.roadmaps["alpha-dev"]["phases"][0]["core_skills"].insert(3, "monitoring")

    serve_edited(setenv, tmp_path, "monitoring", add_monitoring)
    after = plan_json(ada_client, plan_id)
    assert said(after) == ["“Monitoring” is new in this plan (10 hours)."]
    assert after["content_changes"][0]["changes"][0]["undo"] == "leave_out"
    assert week_items(after, 5)[0] == ("Monitoring", "start", 8.0)
    page = ada_client.get(f"/plans/{plan_id}").content.decode()
    assert "“Monitoring” is new in this plan (10 hours). Leave it out" in text(page)
    assert undo_buttons(page) == ["Leave it out: Monitoring"], "what a screen reader says, with no space before “:”"

    undo = {"ref": "monitoring", "undone": "yes"}
    left = ada_client.post(f"/plans/{plan_id}/content-change", undo, follow=True)
    page = left.content.decode()
    assert "“Monitoring” is left out of this plan." in text(page)
    assert "“Monitoring” is new in this plan (10 hours). You left it out. Put it back" in text(page)
    assert undo_buttons(page) == ["Put it back: Monitoring"]
    without = plan_json(ada_client, plan_id)
    assert without["weeks"][:4] == before["weeks"][:4], "undone from this week on too"
    assert "Monitoring" not in json.dumps(without["weeks"])
    assert "Monitoring" not in json.dumps(without["phases"])
    assert without["reschedules"] == [], "no reschedule: the plan keeps its start"

    back = ada_client.put(
        f"/api/v1/plans/{plan_id}/content-changes/monitoring",
        json.dumps({"undone": False}),
        content_type="application/json",
    )
    assert back.status_code == 200, back.content
    assert week_items(back.json(), 5)[0] == ("Monitoring", "start", 8.0)
    assert back.json()["content_changes"][0]["changes"][0]["undone"] is False


def test_a_topic_taken_out_of_the_roadmap_can_be_kept_and_only_its_learner_can_do_it(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)

    def move_scripting_out(content: Content) -> None:  # still taught, by no roadmap of this plan
        skills = content.roadmaps["alpha-dev"]["phases"][1]["core_skills"]
        skills[skills.index("scripting")] = "containers"

    serve_edited(setenv, tmp_path, "no-scripting", move_scripting_out)
    after = plan_json(ada_client, plan_id)
    assert said(after) == ["“Scripting” is no longer in this plan.", "“Containers” is new in this plan (10 hours)."]
    assert after["content_changes"][0]["changes"][0]["undo"] == "keep"
    stranger = Client().put(
        f"/api/v1/plans/{plan_id}/content-changes/scripting",
        json.dumps({"undone": True}),
        content_type="application/json",
    )
    assert stranger.status_code == 403
    kept = ada_client.put(
        f"/api/v1/plans/{plan_id}/content-changes/scripting",
        json.dumps({"undone": True}),
        content_type="application/json",
    )
    assert kept.status_code == 200, kept.content
    assert "Scripting" in [t["name"] for p in kept.json()["phases"] for t in p["topics"]]
    assert kept.json()["content_changes"][0]["changes"][0]["undone"] is True
    nothing = ada_client.put(
        f"/api/v1/plans/{plan_id}/content-changes/web-basics",
        json.dumps({"undone": True}),
        content_type="application/json",
    )
    assert nothing.status_code == 400
    assert nothing.json()["detail"] == "this plan's content had no such change"


def test_a_retired_topic_the_learner_ticked_stays_ticked_in_the_weeks_it_was_planned(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    for topic in ("web-basics", "http-basics"):
        mark_done(ada_client, plan_id, topic)

    def rename_http_basics(content: Content) -> None:  # a new id, the old one retired into it
        renamed = json.loads(json.dumps(content.topics.pop("http-basics")).replace("http-basics", "http-essentials"))
        content.topics["http-essentials"] = renamed | {"name": "HTTP essentials", "aliases": []}
        everything = [content.topics, content.roadmaps, content.retired, content.checklists]
        for data in [d for kind in everything for d in kind.values()]:
            data.update(json.loads(json.dumps(data).replace('"http-basics"', '"http-essentials"')))
        content.retired["http-basics"] = {"name": "HTTP basics", "replaced_by": ["http-essentials"]}

    serve_edited(setenv, tmp_path, "http-essentials", rename_http_basics)
    after = plan_json(ada_client, plan_id)
    assert said(after) == ["“HTTP basics” was replaced by “HTTP essentials”."]
    assert week_items(after, 2)[1] == ("HTTP basics", "start", 6.0)
    assert "HTTP essentials" not in json.dumps(after["weeks"]), "done in weeks 2-3 already: not planned again"
    page = ada_client.get(f"/plans/{plan_id}/weeks").content.decode()
    assert "✓ (done) HTTP basics (begin, 1.2 h)" in text(page), "what the learner did then, ticked"
    page = ada_client.get(f"/plans/{plan_id}").content.decode()
    assert re.search(r'id="check-p1-http-essentials".*?checked', page, re.S), "and its tick carried to the new id"
    assert "You are about 2 weeks behind: 15 hours to catch up." in text(page), "owing Terminal and Version control"


def test_a_renamed_project_is_said_as_renamed_and_the_learners_finished_mark_follows_it(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # Project keys are made from titles, so a new title was a new project: "no longer in this plan" and "new in this
    # plan", the learner's finished mark left on the old key, the new one scheduled as work to do.
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    finished = ada_client.put(
        "/api/v1/me/progress/projects/alpha-dev/foundations-project",
        json.dumps({"done": True}),
        content_type="application/json",
    )
    assert finished.status_code == 200, finished.content
    before = plan_json(ada_client, plan_id)
    exported = ada_client.get("/me/export").content  # a data file written before the rename

    def rename_foundations_project(content: Content) -> None:
        (project,) = content.roadmaps["alpha-dev"]["phases"][0]["projects"]
        project["title"] = "Foundations capstone"
        content.retired["alpha-dev/foundations-project"] = {
            "name": "Foundations project",
            "replaced_by": ["alpha-dev/foundations-capstone"],
        }

    serve_edited(setenv, tmp_path, "capstone", rename_foundations_project)
    after = plan_json(ada_client, plan_id)
    assert said(after) == ["The project “Foundations project” is now called “Foundations capstone”."]
    assert week_items(before, 6) == [("Foundations project", "start", 8.0)]
    assert week_items(after, 6) == [("Foundations capstone", "start", 8.0)], "the same project, at the same place"
    assert after["finish_date"] == before["finish_date"]
    progress = ada_client.get("/api/v1/me/progress").json()
    assert "alpha-dev/foundations-capstone" in progress["projects"], "the finished mark follows the new title"
    assert "alpha-dev/foundations-project" not in progress["projects"]
    weeks = text(ada_client.get(f"/plans/{plan_id}/weeks").content)
    assert "Mon 8 Feb, 19:00–20:36 : ✓ (done) Foundations capstone project (begin, 1.6 h)" in weeks
    roadmap = ada_client.get("/roadmaps/alpha-dev").content.decode()
    assert 'aria-label="Done: Foundations capstone"' in roadmap
    assert re.search(r'value="true" checked aria-label="Done: Foundations capstone"', roadmap), "ticked there too"

    upload = SimpleUploadedFile("my-data.json", exported, content_type="application/json")
    imported = ada_client.post("/me/import", {"file": upload})
    assert imported.status_code == 302, text(imported.content)[:400]  # the old key no longer stops the file
    assert "alpha-dev/foundations-capstone" in ada_client.get("/api/v1/me/progress").json()["projects"]


def test_a_plan_saved_before_the_record_gets_it_at_its_first_read_and_a_plan_not_begun_follows_the_change(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    older = new_plan(ada_client)
    SavedPlan.objects.filter(pk=older).update(laid_out=None)  # as every plan saved before the record was kept
    ahead = new_plan(ada_client, start="2027-03-01")
    assert plan_json(ada_client, older)["content_changes"] == []
    assert SavedPlan.objects.get(pk=older).laid_out is not None, "written at its first read, nothing said"
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)

    assert plan_json(ada_client, older)["kept_until"] == WEEK_5
    later = plan_json(ada_client, ahead)
    assert later["kept_until"] is None
    assert later["content_changes"][0]["message"] == (
        "The content of this plan changed on 3 February 2027, after it was made. Its weeks had not begun, so all of "
        "them follow the new content:"
    )
    assert week_items(later, 1) == [("How the web really works", "start", 8.0)]


def test_the_data_file_carries_the_weeks_kept_as_planned(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    kept = plan_json(ada_client, plan_id)
    exported = ada_client.get("/me/export").content
    upload = SimpleUploadedFile("my-data.json", exported, content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302
    again = plan_json(ada_client, plan_id)
    assert again["weeks"] == kept["weeks"], "week 1 still holds How the web works as it was planned"
    assert said(again) == said(kept)

    older = json.loads(exported)
    for plan in older["plans"]:
        del plan["laid_out"]  # a file written before the record was kept
    upload = SimpleUploadedFile("older.json", json.dumps(older).encode(), content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302
    assert plan_json(ada_client, plan_id)["content_changes"] == [], "laid out from today's content, nothing said"


def test_a_stranger_reading_a_visitors_plan_first_after_a_change_leaves_the_creators_finished_topic_finished(
    monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # A visitor's plan, shared by its link; its creator marked How the web works done. The content then gave it ten
    # more hours, and someone else opened the link first: the record was kept without the creator's progress, so the
    # ten hours were scheduled this week for work its creator had finished.
    pin_today(monkeypatch, TODAY)
    creator = Client()
    plan_id = new_plan(creator)
    mark_done(creator, plan_id, "web-basics")
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)

    first = plan_json(Client(), plan_id)  # a stranger, first to read it
    grown = "“How the web really works” now takes 20 hours (it took 10)."
    assert f"{grown} This plan's learner had already finished it, so no more of it is scheduled." in said(first)
    assert "How the web really works" not in [name for name, _, _ in week_items(first, 5)]
    assert plan_json(creator, plan_id)["weeks"] == first["weeks"], "the creator's plan, whoever read it first"
