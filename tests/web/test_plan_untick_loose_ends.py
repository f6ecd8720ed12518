"""What is left of "work unticked is scheduled again at once" (tests/web/test_plan_untick_scheduled_again.py):

- every date a plan's reschedules say is the app's day (`roadmapfinder.clock`), never the machine's;
- progress changed another way than a tick (a data file imported, a visitor's marks joining their account at
  log-in) repairs the plans it leaves with finished work no longer finished, and says so, as an untick does;
- on a plan whose content changed earlier, the line about the weeks kept as planned says what is true of them.

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027, 1.6-hour sessions Monday to Friday
(tests/web/test_plan_past_weeks_kept.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.helpers import pin_today, text
from tests.web.conftest import PASSWORD
from tests.web.test_plan_past_weeks_kept import (
    SetEnv,
    grow_and_rename_web_basics,
    mark_done,
    new_plan,
    plan_json,
    serve_edited,
)
from tests.web.test_plan_untick_scheduled_again import BACK, REPLANNED, hours_of, sessions_before, ticked_and_replanned

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def test_the_reschedules_say_the_apps_day_not_the_machines(ada_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = ticked_and_replanned(ada_client, monkeypatch)  # rescheduled on Wednesday 3 February 2027
    [moved] = plan_json(ada_client, plan_id)["reschedules"]
    assert moved["message"].startswith("On 3 February 2027 rescheduled from 3 February 2027"), moved["message"]
    assert moved["at"].startswith("2027-02-03"), "the API's moment is the app's day too"

    pin_today(monkeypatch, BACK)  # a week later: "I did not really get HTTP"
    mark_done(ada_client, plan_id, "http-basics", "none")
    again = plan_json(ada_client, plan_id)["reschedules"][0]
    assert again["message"].startswith("On 10 February 2027 “HTTP basics”, unticked, is scheduled again from 10 Feb")
    page = text(ada_client.get(f"/plans/{plan_id}").content)
    assert "On 10 February 2027 “HTTP basics”, unticked," in page
    assert "On 3 February 2027 rescheduled" in page
    assert "2026" not in page.split("Rescheduled", 1)[1].split("Share this page")[0], "no date of the machine's"


def test_a_data_file_whose_progress_no_longer_ticks_what_its_plan_left_off_is_repaired_on_import(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id = ticked_and_replanned(ada_client, monkeypatch)
    before = plan_json(ada_client, plan_id)
    exported = json.loads(ada_client.get("/me/export").content)

    # A week later the learner tidies their data file: they never really learnt HTTP, so its tick goes, and they
    # import the file back.
    pin_today(monkeypatch, BACK)
    exported["topics"] = [t for t in exported["topics"] if t["topic"] != "http-basics"]
    upload = SimpleUploadedFile("my-data.json", json.dumps(exported).encode(), content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302

    after = plan_json(ada_client, plan_id)
    assert hours_of(after, "HTTP basics", since=BACK.isoformat()) == 10, "all of it, from the day of the import"
    assert sessions_before(after, BACK.isoformat()) == sessions_before(before, BACK.isoformat()), "the past kept"
    assert after["request"]["finished_work"] == ["web-basics", "terminal"]
    said = after["reschedules"][0]
    assert said["scheduled_again"] == ["HTTP basics"]
    assert said["message"].startswith("On 10 February 2027 “HTTP basics”, unticked, is scheduled again from 10 Feb")
    assert said["message"] in text(ada_client.get(f"/plans/{plan_id}").content)


def test_a_visitors_marks_joining_their_account_at_log_in_repair_the_plans_they_leave_unfinished(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On their laptop, signed in, the learner skips Terminal basics ("I know it") and re-plans what is left.
    pin_today(monkeypatch, REPLANNED)
    plan_id = new_plan(ada_client)
    mark_done(ada_client, plan_id, "terminal", "skipped")
    moved = ada_client.post(f"/plans/{plan_id}/reschedule", {"from": REPLANNED.isoformat(), "hours": "8"})
    assert moved.status_code == 302
    before = plan_json(ada_client, plan_id)
    assert before["request"]["finished_work"] == ["terminal"]

    # A week later, on their phone and not signed in, they find they do not know it after all and start it.
    pin_today(monkeypatch, BACK)
    phone = Client()
    started = {"topic": "terminal", "status": "in_progress", "track": "roadmap:alpha-dev", "phase": "1", "next": "/"}
    assert phone.post("/me/progress/topic", started).status_code == 302
    assert phone.post("/accounts/login/", {"username": "ada", "password": PASSWORD}).status_code == 302

    assert phone.get("/api/v1/me/progress").json()["topics"]["terminal"] == "in_progress"
    after = plan_json(phone, plan_id)
    assert hours_of(after, "Terminal basics", since=BACK.isoformat()) == 10, "all of it, from the day they logged in"
    assert sessions_before(after, BACK.isoformat()) == sessions_before(before, BACK.isoformat())
    assert after["request"]["finished_work"] == []
    said = after["reschedules"][0]
    assert said["scheduled_again"] == ["Terminal basics"]
    assert said["message"].startswith("On 10 February 2027 “Terminal basics”, unticked, is scheduled again from")
    assert said["message"] in text(phone.get(f"/plans/{plan_id}").content)


def test_a_visitors_own_plan_they_take_to_their_account_is_repaired_at_log_in(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The account has How the web works in progress; as a visitor on another device the learner skipped it and
    # made a plan, which leaves it off its schedule. Logging in, in progress is what stays: the plan they bring
    # must schedule it.
    pin_today(monkeypatch, date(2027, 1, 4))
    ada_client.put("/api/v1/me/progress/web-basics", json.dumps({"status": "in_progress"}), "application/json")
    phone = Client()
    skipped = {"topic": "web-basics", "status": "skipped", "track": "roadmap:alpha-dev", "phase": "1", "next": "/"}
    assert phone.post("/me/progress/topic", skipped).status_code == 302
    plan_id = new_plan(phone)
    assert plan_json(phone, plan_id)["request"]["finished_work"] == ["web-basics"]

    pin_today(monkeypatch, date(2027, 1, 13))
    assert phone.post("/accounts/login/", {"username": "ada", "password": PASSWORD}).status_code == 302
    after = plan_json(phone, plan_id)
    assert hours_of(after, "How the web works", since="2027-01-13") == 10
    assert (
        "“How the web works”, unticked, is scheduled again from 13 January 2027" in after["reschedules"][0]["message"]
    )


def test_an_untick_on_a_plan_whose_content_changed_keeps_its_kept_weeks_line_true(
    monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # A visitor ticks How the web works, then makes the plan (it stays on it, off the schedule). On 3 February the
    # content changes (HTTP basics' neighbour grows and is renamed): the weeks before 1 February stay as planned.
    pin_today(monkeypatch, date(2027, 1, 4))
    visitor = Client()
    marked = {"topic": "web-basics", "status": "done", "track": "roadmap:alpha-dev", "phase": "1", "next": "/"}
    assert visitor.post("/me/progress/topic", marked).status_code == 302
    plan_id = new_plan(visitor)
    pin_today(monkeypatch, REPLANNED)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    changed = plan_json(visitor, plan_id)
    assert (
        changed["kept_note"] == "The weeks before 1 February 2027 stay as they were planned before the content changed."
    )

    pin_today(monkeypatch, BACK)  # a week later they untick it: they had not really learnt it
    mark_done(visitor, plan_id, "web-basics", "none")
    after = plan_json(visitor, plan_id)
    assert hours_of(after, "How the web really works", since=BACK.isoformat()) == 20
    assert after["kept_note"] == changed["kept_note"], "the weeks planned before the content changed are the same"
    page = text(visitor.get(f"/plans/{plan_id}").content)
    assert "The weeks before 10 February 2027" not in page
    assert "The weeks before 1 February 2027 stay as they were planned before the content changed." in page


@pytest.mark.slow  # the shipped catalog, loaded once per run: a guard, which passes before and after
@pytest.mark.usefixtures("use_shipped_catalog")
def test_work_unticked_on_a_plan_as_long_as_a_plan_may_be_is_put_back_all_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Backend Developer (798 hours) at 1.55 hours a week takes 515 weeks, just under the ten years a plan may last.
    # The length a plan is refused at counts the work it keeps off its schedule as finished, so putting that work
    # back can never make the plan too long to build: it is put back, never left off in silence.
    pin_today(monkeypatch, date(2027, 1, 4))
    visitor = Client()
    marked = {"topic": "how-the-web-works", "status": "done", "track": "roadmap:backend", "phase": "1", "next": "/"}
    assert visitor.post("/me/progress/topic", marked).status_code == 302
    body = {"targets": ["backend"], "hours_per_week": 1.55, "start": "2027-01-04"}
    made = visitor.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert made.status_code == 201, made.content
    plan_id = made.json()["id"]
    assert made.json()["request"]["finished_work"] == ["how-the-web-works"]
    assert made.json()["total_weeks"] >= 510

    pin_today(monkeypatch, date(2027, 1, 13))
    unticked = {**marked, "status": "none", "track": f"plan:{plan_id}", "next": f"/plans/{plan_id}"}
    assert visitor.post("/me/progress/topic", unticked).status_code == 302
    after = plan_json(visitor, plan_id)
    assert hours_of(after, "How the web works", since="2027-01-13") == 5
    assert after["finish_date"] > made.json()["finish_date"]
    said = after["reschedules"][0]["message"]
    assert said.startswith("On 13 January 2027 “How the web works”, unticked, is scheduled again from 13 January 2027")
