"""A plan's weeks start on the learner's first day of the week (issue 15), through every surface: the API's JSON
and its 422, This week, the generate form's guess from Accept-Language, the CLI's flag and locale, and the exports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.clock import today
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.tracking import services
from tests.helpers import answer_cli_calls_here, check_openapi, strictly_parsed_calendar, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]
runner = CliRunner()
SUNDAY, SATURDAY = 6, 5


def create(client: Client, **fields: Any) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": "2027-01-06", **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    data: dict[str, Any] = response.json()
    return data


def test_the_api_cuts_weeks_from_sunday_when_asked_and_monday_by_default() -> None:
    sunday = create(Client(), week_start="sunday", study_days=["sun", "wed"])
    check_openapi("/api/v1/plans", 201, sunday, method="post")
    assert sunday["week_start"] == "sunday"
    assert sunday["request"]["week_start"] == "sunday"
    assert sunday["study_days"] == ["sun", "wed"], "in the plan's week order"
    # Wednesday 6 January 2027 lies in the week of Sunday 3 January
    assert (sunday["weeks"][0]["start"], sunday["weeks"][0]["end"]) == ("2027-01-03", "2027-01-09")
    assert [s["date"] for s in sunday["weeks"][1]["sessions"]] == ["2027-01-10", "2027-01-13"]
    for week in sunday["weeks"]:
        assert date.fromisoformat(week["start"]).weekday() == SUNDAY
        assert all(week["start"] <= s["date"] <= week["end"] for s in week["sessions"])
    monday = create(Client(), study_days=["sun", "wed"])
    assert monday["week_start"] == "monday"
    assert (monday["weeks"][0]["start"], monday["weeks"][0]["end"]) == ("2027-01-04", "2027-01-10")
    assert [s["date"] for s in monday["weeks"][0]["sessions"]] == ["2027-01-06", "2027-01-10"]
    fetched = Client().get(f"/api/v1/plans/{sunday['id']}").json()
    assert fetched["weeks"] == sunday["weeks"], "stored with the plan"


def test_a_bad_week_start_is_a_422_naming_the_field_and_the_allowed_values(spec: dict[str, Any]) -> None:
    body = {"targets": ["alpha-dev"], "week_start": "friday"}
    response = Client().post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "week_start" in detail
    assert "'monday', 'sunday' or 'saturday'" in detail
    field = spec["components"]["schemas"]["PlanRequest"]["properties"]["week_start"]
    assert field["default"] == "monday"
    assert "monday, sunday or saturday" in field["description"]
    [ref] = [part["$ref"] for part in field.get("allOf", [field])]
    values = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]["enum"]
    assert values == ["monday", "sunday", "saturday"], "the values are in the OpenAPI document"


def test_a_plan_saved_before_week_start_reads_as_monday_first() -> None:
    plan_id = create(Client())["id"]
    saved = SavedPlan.objects.get(pk=plan_id)
    saved.request = {k: v for k, v in saved.request.items() if k != "week_start"}  # as stored before the field
    saved.save()
    plan = Client().get(f"/api/v1/plans/{plan_id}").json()
    assert plan["week_start"] == "monday"
    assert plan["weeks"][0]["start"] == "2027-01-04"


def test_this_week_is_the_plans_own_week_in_the_api_and_on_me(ada_client: Client) -> None:
    now = today()
    sunday = now - timedelta(days=(now.weekday() + 1) % 7)
    every_day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    plan = create(ada_client, start=(sunday - timedelta(days=7)).isoformat(), study_days=every_day, week_start="sunday")
    week = ada_client.get("/api/v1/me/this-week").json()
    check_openapi("/api/v1/me/this-week", 200, week)
    assert week["week_start"] == sunday.isoformat()
    assert week["week_end"] == (sunday + timedelta(days=6)).isoformat()
    [mine] = week["plans"]
    assert mine["plan_id"] == plan["id"]
    assert (mine["week_start"], mine["week_number"]) == (sunday.isoformat(), 2)
    assert [s["date"] for s in mine["sessions"]] == [(sunday + timedelta(days=n)).isoformat() for n in range(7)]
    assert mine["slipped"], "last (Sunday-first) week's work is open"
    me = text(ada_client.get("/me").content)
    assert f"This week · {sunday:%a} {sunday.day} {sunday:%b}" in me
    page = text(ada_client.get(f"/plans/{plan['id']}").content)
    assert "Weeks run Sunday to Saturday." in page


def test_a_reschedule_keeps_the_plans_first_day_of_the_week() -> None:
    creator = Client()
    now = today()
    saturday = now - timedelta(days=(now.weekday() - SATURDAY) % 7)
    plan = create(creator, start=(saturday - timedelta(weeks=3)).isoformat(), week_start="saturday")
    answer = creator.post(
        f"/api/v1/plans/{plan['id']}/reschedule", json.dumps({"from": now.isoformat()}), content_type="application/json"
    )
    assert answer.status_code == 200, answer.content
    moved = answer.json()
    assert moved["week_start"] == "saturday"
    assert moved["history_until"] == saturday.isoformat(), "its schedule starts in the Saturday-first week of today"
    ahead = [w for w in moved["weeks"] if w["start"] >= moved["history_until"]]
    assert ahead[0]["start"] == saturday.isoformat()
    assert all(date.fromisoformat(w["start"]).weekday() == SATURDAY for w in moved["weeks"]), "and the weeks lived"


@pytest.mark.parametrize(
    ("accept_language", "chosen"),
    [
        ("en-US,en;q=0.9", "sunday"),
        ("en-GB,en;q=0.8", "monday"),
        ("de-DE,de;q=0.9,en;q=0.5", "monday"),
        ("fr", "monday"),
        ("ar-EG", "saturday"),
        ("fa", "saturday"),
        ("xx-YY, pt-BR;q=0.7", "sunday"),
        ("*", "monday"),
        (None, "monday"),
    ],
)
def test_the_form_guesses_the_first_day_from_the_browsers_language(accept_language: str | None, chosen: str) -> None:
    headers = {"Accept-Language": accept_language} if accept_language is not None else {}
    response = Client().get("/generate", {"roadmap": "alpha-dev"}, headers=headers)
    assert response.status_code == 200
    assert "Accept-Language" in response["Vary"]
    page = response.content.decode()
    select = re.search(
        r'<label for="week_start">(.*?)</label>\s*<select id="week_start" name="week_start"(.*?)</select>', page, re.S
    )
    assert select is not None, "the form shows the field"
    assert "Weeks start on" in select[1]
    selected = re.findall(r'<option value="(\w+)" selected>', select[2])
    assert selected == [chosen]
    assert ("guessed from your browser" in select[1]) == (accept_language is not None)


def test_a_placement_check_opened_by_the_finder_ends_on_a_form_with_the_guessed_first_day() -> None:
    from tests.web.test_checks_web import take_placement

    client = Client(headers={"Accept-Language": "ar-EG,ar;q=0.9"})
    done = take_placement(client, "/generate/placement?roadmap=alpha-dev&hours=10", right={"web-basics"})
    assert re.search(r'<option value="saturday" selected>Saturday</option>', done), "no week_start field came along"


def test_the_learner_undoes_the_guess_on_the_form_and_the_plan_keeps_it() -> None:
    client = Client(headers={"Accept-Language": "en-US"})
    response = client.post(
        "/generate",
        {"roadmap": "alpha-dev", "hours": "6", "start": "2027-01-06", "days": ["sun", "wed"], "week_start": "monday"},
    )
    assert response.status_code == 302
    plan_id = response["Location"].rsplit("/", 1)[-1]
    plan = client.get(f"/api/v1/plans/{plan_id}").json()
    assert plan["week_start"] == "monday"
    page = client.get(f"/plans/{plan_id}").content.decode()
    assert re.search(r'<option value="monday" selected>Monday</option>', page), "the edit form keeps the choice"
    assert "Weeks run Monday to Sunday." in text(page)
    bad = client.post("/generate", {"roadmap": "alpha-dev", "week_start": "someday"})
    assert bad.status_code == 400
    assert "Week start “someday” is not a day a week can start on. Choose one of: monday, sunday, saturday." in text(
        bad.content
    )


def test_the_cli_takes_week_start_and_defaults_to_the_locale(setenv: Callable[[str, str], None]) -> None:
    base = ["plan", "alpha-dev", "--start", "2027-01-06", "--days", "sun,wed", "--json"]
    flag = runner.invoke(app, [*base, "--week-start", "sunday"])
    assert flag.exit_code == 0, flag.output
    assert json.loads(flag.stdout)["weeks"][0]["start"] == "2027-01-03"
    assert json.loads(runner.invoke(app, base).stdout)["week_start"] == "monday", "C locale: Monday"
    setenv("LANG", "en_US.UTF-8")
    assert json.loads(runner.invoke(app, base).stdout)["week_start"] == "sunday", "LANG=en_US: Sunday"
    setenv("LC_TIME", "ar_EG.UTF-8")
    assert json.loads(runner.invoke(app, base).stdout)["week_start"] == "saturday", "LC_TIME before LANG"
    setenv("LC_ALL", "de_DE.UTF-8")
    assert json.loads(runner.invoke(app, base).stdout)["week_start"] == "monday", "LC_ALL before both"
    said = runner.invoke(app, [*base, "--week-start", "sunday"])
    assert json.loads(said.stdout)["week_start"] == "sunday", "the flag wins over the locale"
    table = runner.invoke(app, ["plan", "alpha-dev", "--week-start", "sat"])
    assert "Week by week (Saturday to Friday)" in table.stdout
    bad = runner.invoke(app, [*base, "--week-start", "friday"])
    assert bad.exit_code == 1
    assert "week start `friday` is not a day a week can start on" in bad.stderr
    assert "choose one of: monday, sunday, saturday" in bad.stderr


def test_the_cli_week_shows_each_plans_own_week(
    monkeypatch: pytest.MonkeyPatch, setenv: Callable[[str, str], None], tmp_path: Path, ada: User, ada_client: Client
) -> None:
    now = today()
    saturday = now - timedelta(days=(now.weekday() - SATURDAY) % 7)
    monday = now - timedelta(days=now.weekday())
    every_day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    saturday_plan = create(ada_client, start=saturday.isoformat(), study_days=every_day, week_start="saturday")["id"]
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=services.token_create(user=ada, name="cli")[1]).save()
    answer_cli_calls_here(monkeypatch)
    result = runner.invoke(app, ["week"])
    assert result.exit_code == 0, result.output
    assert f"This week, {saturday:%a %d %b} – {saturday + timedelta(days=6):%a %d %b %Y}" in result.stdout
    create(ada_client, targets=["beta-ops"], start=monday.isoformat(), study_days=every_day)  # Monday-first, newer
    week = json.loads(runner.invoke(app, ["week", "--json"]).stdout)
    assert week["week_start"] == monday.isoformat(), "the first listed plan's week"
    starts = {p["plan_id"]: p["week_start"] for p in week["plans"]}
    assert starts[saturday_plan] == saturday.isoformat()
    both = runner.invoke(app, ["week"]).stdout
    assert f"({saturday:%a %d %b} – {saturday + timedelta(days=6):%a %d %b})" in both, "the other plan says its week"


def test_the_calendar_and_the_files_follow_the_plans_weeks(tmp_path: Path) -> None:
    # Wednesday 6 January 2027, sessions on Sundays and Wednesdays: Sunday the 10th opens week 2 of a Sunday-first
    # plan but closes week 1 of a Monday-first one
    sunday_first = create(Client(), week_start="sunday", study_days=["sun", "wed"])["id"]
    monday_first = create(Client(), study_days=["sun", "wed"])["id"]
    for plan_id, week_of_the_10th in ((sunday_first, 2), (monday_first, 1)):
        events = strictly_parsed_calendar(Client().get(f"/api/v1/plans/{plan_id}.ics").content)
        assert {e.decoded("DTSTART").weekday() for e in events} == {SUNDAY, 2}, "only on Sundays and Wednesdays"
        days = [e.decoded("DTSTART").date() for e in events]
        assert days[:3] == [date(2027, 1, 6), date(2027, 1, 10), date(2027, 1, 13)]
        tenth = events[1]
        assert f"Week {week_of_the_10th} of this plan" in str(tenth["DESCRIPTION"]), "read by anyone but its learner"
    markdown = Client().get(f"/api/v1/plans/{sunday_first}.md").content.decode().replace("\\", "")  # unescaped
    assert "Weeks run Sunday to Saturday; sessions on Sun, Wed at 19:00." in markdown
    assert re.search(r"^### Week 2 · Sun 10 Jan – Sat 16 Jan 2027", markdown, re.M), markdown[:1500]
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(Client().get(f"/api/v1/plans/{sunday_first}.pdf").content)
    printed = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Weeks run Sunday to Saturday" in printed
    assert "Sun 10 Jan – Sat 16 Jan 2027" in printed, printed[:800]
