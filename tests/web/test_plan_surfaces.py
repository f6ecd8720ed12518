"""Plans through the web pages, the JSON API and the CLI: create, share, regenerate, export; bad input is clear."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from icalendar import Calendar
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.clock import today
from tests.helpers import strictly_parsed_calendar, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]
runner = CliRunner()


def create(client: Client, **fields: Any) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": "2027-01-04", **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    data: dict[str, Any] = response.json()
    return data


def test_api_creates_a_plan_with_an_unguessable_id_and_reads_it_back() -> None:
    client = Client()
    created = create(client, stack="python", target_date="2027-03-01")
    assert len(created["id"]) >= 20
    assert created["total_hours"] == 210
    assert created["total_weeks"] == 27
    assert created["weeks"][0]["start"] == "2027-01-04"
    assert created["weeks"][0]["end"] == "2027-01-10"
    assert created["target"]["feasible"] is False
    assert created["finish_date"] == created["weeks"][-1]["sessions"][-1]["date"]
    assert {"phases", "weeks", "skipped", "total_hours", "total_weeks", "finish_date"} <= set(created)
    fetched = client.get(f"/api/v1/plans/{created['id']}").json()
    assert fetched == created
    shared = Client().get(f"/api/v1/plans/{created['id']}").json()  # anyone else: the target said of its learner
    assert shared["target"]["message"].startswith("At 8 hours a week this plan finishes on"), shared["target"]


def test_only_the_creator_can_regenerate() -> None:
    creator = Client()
    plan_id = create(creator)["id"]
    change = json.dumps({"targets": ["beta-ops"], "hours_per_week": 5})
    stranger = Client().put(f"/api/v1/plans/{plan_id}", change, content_type="application/json")
    assert stranger.status_code == 403
    assert stranger.json()["detail"] == "only the person who created this plan can change it"
    assert Client().get(f"/api/v1/plans/{plan_id}").json()["roadmaps"] == ["alpha-dev"], "nothing changed"
    mine = creator.put(f"/api/v1/plans/{plan_id}", change, content_type="application/json")
    assert mine.status_code == 200
    assert mine.json()["roadmaps"] == ["beta-ops"]
    assert mine.json()["start_date"] == "2027-01-04", "the start date stays fixed"


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"targets": ["alpha-dev"], "hours_per_week": 0}, 400, "0 hours per week is out of range"),
        ({"targets": ["alpha-dev"], "hours_per_week": 500}, 400, "500 hours per week is out of range"),
        ({"targets": ["nope-dev"]}, 400, "unknown roadmap or topic in targets: `nope-dev`"),
        ({"targets": []}, 400, "the plan has nothing to reach"),
        ({"targets": ["alpha-dev"], "start": "2027-02-01", "target_date": "2027-01-01"}, 400, "the target date"),
        ({"targets": ["alpha-dev"], "start": "2027-13-45"}, 422, "invalid request: start"),
        ({"targets": "alpha-dev", "hours_per_week": "lots"}, 422, "invalid request"),
    ],
)
def test_api_bad_inputs_are_400_or_422_with_a_message(body: dict[str, Any], status: int, detail: str) -> None:
    response = Client().post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == status
    assert response.json()["detail"].startswith(detail)


def test_unknown_plan_is_404() -> None:
    response = Client().get("/api/v1/plans/not-a-real-plan-id")
    assert response.status_code == 404
    assert response.json()["hint"] == "check the link: plan ids are long and case-sensitive"


def test_markdown_export_has_every_phase() -> None:
    plan_id = create(Client())["id"]
    response = Client().get(f"/api/v1/plans/{plan_id}.md")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/markdown")
    text = response.content.decode()
    for title in ("Foundations", "Pages", "Data", "APIs"):
        assert re.search(rf"^## Phase \d: {title}$", text, re.M), title


def test_ics_export_has_one_timed_event_per_study_session_on_the_chosen_days() -> None:
    created = create(Client(), study_days=["mon", "wed"], session_time="07:30")
    response = Client().get(f"/api/v1/plans/{created['id']}.ics")
    assert response.status_code == 200
    events = strictly_parsed_calendar(response.content)
    sessions = [s for w in created["weeks"] for s in w["sessions"]]
    assert len(events) == len(sessions)
    first = events[0]
    assert first.decoded("DTSTART").isoformat() == "2027-01-04T07:30:00+00:00", "timed, at the chosen time"
    assert first.decoded("DTEND").isoformat() == "2027-01-04T11:30:00+00:00", "8 h over 2 days: 4 h sessions"
    assert str(first["SUMMARY"]) == "Study: How the web works"
    assert "/topics/web-basics" in str(first["DESCRIPTION"])
    assert {e.decoded("DTSTART").weekday() for e in events} == {0, 2}, "only on Mondays and Wednesdays"
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_pdf_export_opens_and_contains_every_phase_title(tmp_path: Path) -> None:
    plan_id = create(Client())["id"]
    response = Client().get(f"/api/v1/plans/{plan_id}.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(response.content)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for title in ("Foundations", "Pages", "Data", "APIs"):
        assert title in text


def test_generate_page_without_javascript_creates_and_shares_a_plan() -> None:
    client = Client()
    form = client.get("/generate", {"roadmap": "alpha-dev"})
    assert form.status_code == 200
    assert 'value="alpha-dev" checked' in form.content.decode()
    response = client.post(
        "/generate", {"roadmap": ["alpha-dev"], "hours": "5", "known": "markup, styling", "start": "2027-01-04"}
    )
    assert response.status_code == 302
    page = Client().get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "Week by week" in html
    assert "<svg" in html
    # the reason once, both named, of the plan's learner to anyone else who opens its link
    known = html.split("Its learner already knows it, 2 topics: ", 1)[1].split("</li>", 1)[0]
    assert ">Markup</a>" in known
    assert ">Styling</a>" in known
    assert "Change this plan" not in html, "a visitor who did not create it cannot edit it"
    assert "Change this plan" in client.get(response["Location"]).content.decode()


def test_the_creator_edits_drops_adds_and_reorders_and_the_schedule_follows() -> None:
    client = Client()
    created = client.post("/generate", {"roadmap": ["alpha-dev"], "hours": "10", "start": "2027-01-04"})
    plan_id = created["Location"].rsplit("/", 1)[-1]
    edit = {"roadmap": ["alpha-dev"], "hours": "10", "start": "2027-01-04", "drop": "styling"}
    edit |= {"order": "version-control", "add": "containers"}
    assert client.post(f"/plans/{plan_id}", edit).status_code == 302
    plan = client.get(f"/api/v1/plans/{plan_id}").json()
    first = plan["weeks"][0]["items"][0]
    assert first["key"] == "version-control", "moved to the front: it has no prerequisite"
    assert {"id": "styling", "name": "Styling", "reason": "you dropped it from the plan"} in plan["skipped"]
    assert plan["phases"][-1]["title"] == "Your additions"
    assert [t["id"] for t in plan["phases"][-1]["topics"]] == ["containers"]
    page = client.get(f"/plans/{plan_id}").content.decode()
    assert 'value="version-control"' in page, "the form shows the saved inputs"


def test_generate_takes_the_roadmap_pace_and_known_topics_from_the_finder() -> None:
    page = Client().get("/generate", {"roadmap": "alpha-dev", "hours": "5"}).content.decode()
    assert 'value="alpha-dev" checked' in page
    assert 'name="hours" type="number" min="1" max="80" step="0.5" value="5"' in page
    assert "at 5 h/week" in page, "the preview is rendered with the page"
    knowing = Client().get("/generate", {"roadmap": "alpha-dev", "hours": "5", "known": "markup, terminal"})
    assert 'id="known" name="known" value="markup, terminal"' in knowing.content.decode()
    assert "2 topics skipped" in knowing.content.decode()


def test_generate_form_errors_are_shown_and_nothing_is_saved() -> None:
    response = Client().post("/generate", {"roadmap": ["alpha-dev"], "hours": "500"})
    assert response.status_code == 400
    assert "500 hours per week is out of range" in response.content.decode()
    response = Client().post("/generate", {"goals": "alpah", "hours": "abc"})
    assert response.status_code == 400


def test_live_preview_fragment() -> None:
    response = Client().post("/generate/preview", {"roadmap": ["alpha-dev"], "hours": "10", "start": "2027-01-04"})
    assert response.status_code == 200
    assert "210 hours" in response.content.decode()
    assert "21 weeks" in response.content.decode()
    error = Client().post("/generate/preview", {"hours": "10"})
    assert "The plan has nothing to reach" in error.content.decode()


def test_cli_plan_json_has_the_documented_shape() -> None:
    result = runner.invoke(app, ["plan", "alpha-dev", "--hours", "10", "--start", "2027-01-04", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"phases", "weeks", "skipped", "total_hours", "total_weeks", "finish_date"} <= set(data)
    assert all({"start", "end", "items", "sessions"} <= set(w) for w in data["weeks"])
    assert data["total_weeks"] == 21
    assert data["study_days"] == ["mon", "tue", "wed", "thu", "fri"], "weekday evenings unless told"
    assert data["weeks"][0]["sessions"][0] == {
        "date": "2027-01-04",
        "start": "19:00:00",
        "end": "21:00:00",
        "hours": 2.0,
        "items": [
            {
                "kind": "topic",
                "key": "web-basics",
                "title": "How the web works",
                "phase": 1,
                "hours": 2.0,
                "part": "start",
                "ref": "web-basics",
            }
        ],
    }


def test_cli_plan_text_md_and_ics(tmp_path: Path) -> None:
    text = runner.invoke(app, ["plan", "alpha-dev", "beta-ops", "--know", "markup", "--stack", "python"])
    assert text.exit_code == 0
    assert "Week by week" in text.stdout
    md = runner.invoke(app, ["plan", "orm-layer", "--md"])
    assert md.exit_code == 0
    assert md.stdout.startswith("# My learning plan: ORM layer"), "goals by name, never ids"
    ics = tmp_path / "plan.ics"
    result = runner.invoke(app, ["plan", "alpha-dev", "--ics", str(ics)])
    assert result.exit_code == 0
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) > 20


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["plan", "alpha-dev", "--hours", "0"], "0 hours per week is out of range", 1),
        (["plan", "alpha-dev", "--start", "2027-02-30"], "the start date `2027-02-30` is not a date", 1),
        (["plan", "alpha-dev", "--start", "2027-02-01", "--target", "2027-01-01"], "the target date", 1),
        (["plan", "nope"], "unknown roadmap or topic in targets: `nope`", 2),  # a name that names nothing
        (["plan", "alpha-dev", "--level", "wizard"], "`wizard` is not a level", 1),
    ],
)
def test_cli_plan_bad_inputs(args: list[str], message: str, code: int) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_the_form_and_the_cli_read_the_same_learner_input_the_same_way() -> None:
    """One parser: semicolons, new lines, day names and the order box mean the same on the site and in a terminal."""
    typed = {"known": "markup;\nstyling", "days": "Monday wed", "order": "queries", "drop": "design review"}
    # A start ahead, whatever the day the tests run: a plan under way changed on other days is re-planned from today.
    start = (today() + timedelta(days=60)).isoformat()
    client = Client()
    response = client.post(
        "/generate", {"roadmap": "alpha-dev", "hours": "6", "start": start, "level": "Beginner", **typed, "days": []}
    )
    assert response.status_code == 302
    plan_id = response["Location"].rsplit("/", 1)[-1]
    client.post(f"/plans/{plan_id}", {"roadmap": "alpha-dev", "hours": "6", "start": start, **typed})
    on_the_site = client.get(f"/api/v1/plans/{plan_id}").json()["request"]
    options = ["--know", typed["known"], "--days", typed["days"], "--order", typed["order"], "--drop", typed["drop"]]
    result = runner.invoke(app, ["plan", "alpha-dev", "--hours", "6", "--start", start, "--json", *options])
    assert result.exit_code == 0, result.output
    in_the_terminal = json.loads(result.stdout)["request"]
    assert on_the_site == in_the_terminal
    assert in_the_terminal["known"] == ["markup", "styling"]
    assert in_the_terminal["study_days"] == ["mon", "wed"]
    assert in_the_terminal["order"] == ["queries"]


@pytest.mark.parametrize(
    ("days", "message"),
    [("mon, funday", "`funday` is not a day of the week"), ("m", "`m` is not a day of the week")],
)
def test_a_day_that_is_not_a_day_is_named_on_the_form_and_in_the_cli(days: str, message: str) -> None:
    page = Client().post("/generate", {"roadmap": "alpha-dev", "days": days})
    assert page.status_code == 400
    on_the_page = page.content.decode()
    assert message.replace("`", "“", 1).replace("`", "”", 1) in on_the_page  # quoted as the site quotes
    assert "`" not in on_the_page.split("<main", 1)[1]  # never a terminal's backticks on the site
    result = runner.invoke(app, ["plan", "alpha-dev", "--days", days])
    assert result.exit_code == 1
    assert message in result.stderr


def test_the_cli_says_what_it_understood_from_know_and_why_each_topic_was_skipped() -> None:
    result = runner.invoke(app, ["plan", "alpha-dev", "--know", "markup, zzqx blorp", "--json"])
    assert result.exit_code == 0, result.output
    assert "You know: “markup” → Markup" in result.stderr
    assert "Not understood: “zzqx blorp” (not counted as known)" in result.stderr
    assert "Skipped (" in result.stderr
    assert "• Markup: you already know it" in result.stderr
    json.loads(result.stdout)  # stdout stays the plan's JSON


def test_the_cli_names_the_plan_by_titles_never_ids() -> None:
    result = runner.invoke(app, ["plan", "alpha-dev", "orm-layer"])
    assert result.exit_code == 0, result.output
    assert "Your plan: Alpha Developer and ORM layer" in result.stdout.replace("\n", " ")


def test_a_plan_is_titled_by_names_on_its_page_in_the_api_and_in_its_exports() -> None:
    client = Client()
    many = ["orm-layer", "caching-layer", "monitoring", "scaling", "pipelines"]
    created = create(client, targets=["beta-ops", *many])
    assert created["title"] == "Beta Operations, ORM layer, Caching layer, Monitoring and 2 more topics"
    page = text(client.get(f"/plans/{created['id']}").content)
    assert "Learning plan: Beta Operations, ORM layer, Caching layer, Monitoring and 2 more topics" in page
    assert "orm-layer" not in page.split("Phase 1")[0]
    markdown = client.get(f"/api/v1/plans/{created['id']}.md").content.decode()
    assert markdown.startswith("# My learning plan: Beta Operations, ORM layer, Caching layer")


def test_a_script_making_plans_with_a_token_gets_no_session_for_each() -> None:
    from django.contrib.auth.models import User
    from django.contrib.sessions.models import Session

    from roadmapfinder.tracking.services import token_create

    ada = User.objects.create_user("ada", password="a long passphrase 42")
    headers = {"Authorization": f"Bearer {token_create(user=ada, name='my script')[1]}"}
    body = json.dumps({"targets": ["alpha-dev"], "hours_per_week": 6})
    for _ in range(3):
        made = Client().post("/api/v1/plans", body, content_type="application/json", headers=headers)
        assert made.status_code == 201, made.content
        assert "sessionid" not in made.cookies, "a token call is not a browser: no session cookie"
    assert Session.objects.count() == 0, "no session row per plan a script makes"
    plan_id = made.json()["id"]
    change = json.dumps({"targets": ["alpha-dev"], "hours_per_week": 9})
    edited = Client().put(f"/api/v1/plans/{plan_id}", change, content_type="application/json", headers=headers)
    assert edited.status_code == 200, "the learner's token still edits the plan it made"
    stranger = Client().put(f"/api/v1/plans/{plan_id}", change, content_type="application/json")
    assert stranger.status_code == 403
