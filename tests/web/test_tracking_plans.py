"""Progress on plan pages and the dashboard: bars, marking in place, plans in progress, plans claimed at log-in."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.tracking.models import ProjectProgress, TopicProgress

pytestmark = [pytest.mark.database, pytest.mark.django_db]

PASSWORD = "a long passphrase 42"
HTMX = {"HX-Request": "true"}


def create_plan(client: Client, **fields: Any) -> str:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": "2027-01-04", **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan_id: str = response.json()["id"]
    return plan_id


def mark(client: Client, plan_id: str, topic: str, status: str = "done", phase: int = 1) -> Any:
    data = {"topic": topic, "status": status, "track": f"plan:{plan_id}", "phase": str(phase)}
    return client.post("/me/progress/topic", data | {"next": f"/plans/{plan_id}"}, headers=HTMX)


def test_the_plan_page_shows_bars_and_marks_for_its_creator() -> None:
    creator = Client()
    plan_id = create_plan(creator)
    page = creator.get(f"/plans/{plan_id}").content.decode()
    assert 'Your progress: <strong class="percent">0%</strong>' in page
    assert 'id="progress-phase-1"' in page
    assert re.search(r'<form class="mark mark-none" id="mark-1-web-basics".*?value="plan:' + plan_id, page, re.S)
    assert 'name="project" value="alpha-dev/foundations-project"' in page


def test_a_reader_without_a_session_is_invited_to_start_tracking() -> None:
    plan_id = create_plan(Client())
    page = Client().get(f"/plans/{plan_id}").content.decode()
    assert "start tracking" in page
    assert 'id="progress-phase-1"' not in page
    assert "mark-none" not in page


def test_marking_on_a_plan_moves_the_plans_bars_and_counts_on_the_roadmap() -> None:
    creator = Client()
    plan_id = create_plan(creator)
    response = mark(creator, plan_id, "web-basics")
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<form class="mark mark-done" id="mark-1-web-basics"')
    overall = re.search(r'id="progress-overall" hx-swap-oob="true">.*?value="(\d+)"', body, re.S)
    assert overall
    assert overall.group(1) != "0"
    assert re.search(r'id="progress-phase-1" hx-swap-oob="true">.*?1 of \d+ finished', body, re.S)
    roadmap = creator.get("/roadmaps/alpha-dev").content.decode()
    assert re.search(r'id="status-1-web-basics".*?<option value="done" selected>', roadmap, re.S)


def test_projects_are_marked_on_the_plan_page_in_place() -> None:
    creator = Client()
    plan_id = create_plan(creator)
    creator.get("/me/progress/start")
    data = {"project": "alpha-dev/foundations-project", "done": ["false", "true"], "track": f"plan:{plan_id}"}
    body = creator.post("/me/progress/project", data | {"phase": "1"}, headers=HTMX).content.decode()
    assert re.search(r'id="project-alpha-dev--foundations-project".*?checked', body, re.S)
    assert re.search(r'id="progress-phase-1" hx-swap-oob="true">.*?1 of \d+ finished', body, re.S)


def test_a_bad_track_is_refused_before_anything_is_saved(django_user_model: type[User]) -> None:
    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    client = Client()
    client.force_login(ada)
    unknown = mark(client, "no-such-plan", "web-basics")
    assert unknown.status_code == 404
    nonsense = client.post(
        "/me/progress/topic", {"topic": "web-basics", "status": "done", "track": "album:1"}, headers=HTMX
    )
    assert nonsense.status_code == 400
    assert "names no roadmap or plan" in nonsense.content.decode()
    without_js = client.post("/me/progress/topic", {"topic": "web-basics", "status": "done", "track": "roadmap:nope"})
    assert without_js.status_code == 404
    assert not TopicProgress.objects.filter(user=ada).exists()
    assert not ProjectProgress.objects.filter(user=ada).exists()


def test_the_dashboard_lists_plans_with_their_percentage_and_next_topics() -> None:
    visitor = Client()
    plan_id = create_plan(visitor)
    mark(visitor, plan_id, "web-basics")
    page = visitor.get("/me").content.decode()
    card = re.search(rf'data-plan="{plan_id}">(.*?)</li>', page, re.S)
    assert card, "the visitor's plan is on the dashboard before they have an account"
    assert re.search(r'<strong class="percent">[1-9]\d*%</strong>', card.group(1))
    following = card.group(1).split("Next: ")[1]
    assert "HTTP basics" in following
    assert "How the web works" not in following, "a finished topic is not next"
    assert f'data-plan="{plan_id}"' not in Client().get("/me").content.decode(), "nobody else sees it"


def test_plans_made_before_signing_up_become_the_learners_and_stay_editable() -> None:
    visitor = Client()
    plan_id = create_plan(visitor)
    signup = {"username": "grace", "email": "", "password1": PASSWORD, "password2": PASSWORD}
    assert visitor.post("/accounts/signup/", signup).status_code == 302
    grace = User.objects.get(username="grace")
    assert SavedPlan.objects.get(pk=plan_id).owner == grace
    change = json.dumps({"targets": ["beta-ops"], "hours_per_week": 5})
    assert visitor.put(f"/api/v1/plans/{plan_id}", change, content_type="application/json").status_code == 200
    visitor.logout()
    again = Client()
    assert again.post("/accounts/login/", {"username": "grace", "password": PASSWORD}).status_code == 302
    assert f'data-plan="{plan_id}"' in again.get("/me").content.decode()


def test_someone_elses_plan_is_never_claimed(django_user_model: type[User]) -> None:
    plan_id = create_plan(Client())
    django_user_model.objects.create_user("bob", password=PASSWORD)
    bob = Client()
    bob.get(f"/plans/{plan_id}")  # reading a shared plan is not creating it
    bob.post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert SavedPlan.objects.get(pk=plan_id).owner is None


def test_a_learners_notes_show_under_the_topic_on_roadmaps_and_plans_for_them_only(
    django_user_model: type[User],
) -> None:
    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    client = Client()
    client.force_login(ada)
    client.post("/me/notes/web-basics", {"text": "**Remember** DNS <script>alert(1)</script>"})
    plan_id = create_plan(client)
    for path in (f"/plans/{plan_id}", "/roadmaps/alpha-dev", "/roadmaps/beta-ops"):
        page = client.get(path).content.decode()
        note = re.search(r'<li id="topic-web-basics">.*?<details class="note-inline">(.*?)</details>', page, re.S)
        assert note, f"the note is under the topic on {path}"
        assert "<strong>Remember</strong>" in note.group(1)
        assert "<script>alert(1)</script>" not in note.group(1)
    bob = Client()
    bob.force_login(django_user_model.objects.create_user("bob", password=PASSWORD))
    assert "Remember" not in bob.get(f"/plans/{plan_id}").content.decode()
    assert "Remember" not in Client().get("/roadmaps/alpha-dev").content.decode()


def test_progress_notes_and_plans_on_a_retired_topic_carry_over_to_its_replacements(
    django_user_model: type[User],
) -> None:
    """`web-and-http` was retired into web-basics and http-basics (tests/assets/content/retired.yaml)."""
    from roadmapfinder.tracking.models import TopicNote

    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    TopicProgress.objects.create(user=ada, topic_id="web-and-http", status="done")
    TopicProgress.objects.create(user=ada, topic_id="http-basics", status="in_progress")  # its own status wins
    TopicNote.objects.create(user=ada, topic_id="web-and-http", text="Status codes matter")
    client = Client()
    client.force_login(ada)
    roadmap = client.get("/roadmaps/alpha-dev").content.decode()
    assert re.search(r'id="status-1-web-basics".*?<option value="done" selected>', roadmap, re.S)
    assert re.search(r'id="status-1-http-basics".*?<option value="in_progress" selected>', roadmap, re.S)
    dashboard = client.get("/me").content.decode()
    assert re.search(
        r"The web and HTTP <span class=\"muted\">\(a retired topic, now taught in .*How the web works", dashboard
    )
    assert "Status codes matter" in dashboard
    exported = client.get("/me/export").content
    assert b'"web-and-http"' in exported, "the stored record keeps its id, so the file imports again"
    upload = SimpleUploadedFile("data.json", exported, content_type="application/json")
    assert client.post("/me/import", {"file": upload}).status_code == 302
    assert client.get("/me/export").content == exported
    plan = client.post(
        "/api/v1/plans",
        json.dumps({"targets": ["alpha-dev"], "known": ["web-and-http"], "hours_per_week": 8}),
        content_type="application/json",
    ).json()
    planned = {t["id"] for p in plan["phases"] for t in p["topics"]}
    assert not planned & {"web-basics", "http-basics"}, "a plan reads a retired id as its replacements"
    gone = client.get("/api/v1/topics/web-and-http")
    assert gone.status_code == 404
    assert gone.json()["suggestions"] == ["web-basics", "http-basics"]
    assert "was retired" in gone.json()["hint"]


@pytest.mark.parametrize("first", ["http-messages", "web-and-http"])
def test_two_retired_topics_with_one_replacement_give_it_the_furthest_status_whichever_is_read_first(
    django_user_model: type[User], first: str
) -> None:
    """`web-and-http` and `http-messages` both went into http-basics (tests/assets/content/retired.yaml): done on
    one and in progress on the other is done, as when two records of a topic disagree (`TopicStatus.rank`)."""
    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    statuses = {"web-and-http": "done", "http-messages": "in_progress"}
    for topic_id in sorted(statuses, key=lambda t: t != first):  # the rows in either order
        TopicProgress.objects.create(user=ada, topic_id=topic_id, status=statuses[topic_id])
    client = Client()
    client.force_login(ada)
    roadmap = client.get("/roadmaps/alpha-dev").content.decode()
    assert re.search(r'id="status-1-http-basics".*?<option value="done" selected>', roadmap, re.S)
    assert re.search(r'id="status-1-web-basics".*?<option value="done" selected>', roadmap, re.S)


def test_a_plan_that_started_weeks_ago_says_where_the_learner_stands_and_which_week_is_now() -> None:
    from datetime import timedelta

    from django.utils import timezone

    creator = Client()
    now = timezone.localdate()
    start = now - timedelta(days=21 + now.weekday())  # a Monday: three whole weeks have ended
    weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][now.weekday()]  # one 8 h session a week, on today's day
    plan_id = create_plan(creator, start=start.isoformat(), study_days=[weekday])
    page = creator.get(f"/plans/{plan_id}").content.decode()
    behind = (
        '<p class="schedule-standing warn">You are about 3 weeks behind: 24 hours to catch up. <a href="#reschedule">'
    )
    assert behind in page, "behind, with the way to re-plan"
    assert f'<a href="/plans/{plan_id}/weeks">All ' in page, "a long plan's weeks are on a page of their own"
    weeks = creator.get(f"/plans/{plan_id}/weeks").content.decode()
    current = r'<li class="week current-week" id="week-4" aria-current="date">\s*<h3 class="week-title">Week 4 <span'
    assert re.search(current, weeks), "the week holding today is marked"
    for topic in ("web-basics", "http-basics", "terminal", "version-control"):
        mark(creator, plan_id, topic)
    page = creator.get(f"/plans/{plan_id}").content.decode()
    caught_up = r'<p class="schedule-standing">You are (on schedule|about \d+ weeks? ahead of schedule)\.</p>'
    assert re.search(caught_up, page)
    tick = (
        r'<span class="item-mark item-done" id="tick-\d{8}-web-basics">✓<span class="visually-hidden"> \(done\)</span>'
    )
    assert re.search(tick, creator.get(f"/plans/{plan_id}/weeks").content.decode()), "the schedule ticks what is done"


def test_no_standing_before_a_plan_has_run_a_week() -> None:
    creator = Client()
    plan_id = create_plan(creator, start="2099-01-05")
    page = creator.get(f"/plans/{plan_id}").content.decode()
    assert "schedule-standing" not in page
    assert "current-week" not in page


def test_a_plan_the_catalog_no_longer_builds_says_why_and_its_creator_can_fix_it() -> None:
    creator = Client()
    plan_id = create_plan(creator)
    outdated = {"targets": ["gamma-dev"], "hours_per_week": 8, "start": "2027-01-04"}  # a roadmap since removed
    SavedPlan.objects.filter(pk=plan_id).update(request=outdated)
    page = creator.get(f"/plans/{plan_id}")
    assert page.status_code == 200
    text = page.content.decode()
    assert "This plan no longer builds: unknown roadmap or topic in targets: “gamma-dev”" in text
    assert "Change this plan" in text
    assert "Your progress is not affected." in text
    assert "Change this plan" not in Client().get(f"/plans/{plan_id}").content.decode(), "others only read it"
    fixed = creator.post(f"/plans/{plan_id}", {"roadmap": ["alpha-dev"], "hours": "8"})
    assert fixed.status_code == 302
    assert "Week by week" in creator.get(f"/plans/{plan_id}").content.decode()


def test_only_the_creator_deletes_a_plan_and_progress_stays() -> None:
    creator = Client()
    plan_id = create_plan(creator)
    mark(creator, plan_id, "web-basics")
    assert "Delete this plan" in creator.get(f"/plans/{plan_id}").content.decode()
    stranger = Client()
    stranger.get("/me/progress/start")
    assert stranger.post(f"/plans/{plan_id}/delete").status_code == 403
    assert stranger.delete(f"/api/v1/plans/{plan_id}").status_code == 403
    assert SavedPlan.objects.filter(pk=plan_id).exists()
    gone = creator.post(f"/plans/{plan_id}/delete")
    assert gone.status_code == 302
    assert gone["Location"] == "/me"
    assert not SavedPlan.objects.filter(pk=plan_id).exists()
    assert creator.get(f"/plans/{plan_id}").status_code == 404
    roadmap = creator.get("/roadmaps/alpha-dev").content.decode()
    assert re.search(r'id="status-1-web-basics".*?<option value="done" selected>', roadmap, re.S)


def test_the_api_deletes_a_plan_for_its_owner(django_user_model: type[User]) -> None:
    from roadmapfinder.tracking import services as tracking_services

    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    token = tracking_services.token_create(user=ada, name="laptop")[1]
    auth = {"Authorization": f"Bearer {token}"}
    body = json.dumps({"targets": ["alpha-dev"], "hours_per_week": 8})
    plan_id = Client().post("/api/v1/plans", body, content_type="application/json", headers=auth).json()["id"]
    assert Client().delete(f"/api/v1/plans/{plan_id}").status_code == 403
    assert Client().delete(f"/api/v1/plans/{plan_id}", headers=auth).status_code == 204
    assert Client().delete(f"/api/v1/plans/{plan_id}", headers=auth).status_code == 404


def test_fall_behind_then_reschedule_from_today_keeping_the_link_and_what_is_done() -> None:
    from datetime import timedelta

    from django.utils import timezone

    creator = Client()
    now = timezone.localdate()
    start = now - timedelta(days=21 + now.weekday())
    target = now + timedelta(days=120)
    plan_id = create_plan(creator, start=start.isoformat(), target_date=target.isoformat())
    before = creator.get(f"/api/v1/plans/{plan_id}").json()
    mark(creator, plan_id, "web-basics")
    mark(creator, plan_id, "http-basics", status="skipped")
    stranger = Client().post(f"/api/v1/plans/{plan_id}/reschedule", "{}", content_type="application/json")
    assert stranger.status_code == 403
    assert stranger.json()["detail"] == "only the person who created this plan can reschedule it"

    response = creator.post(
        f"/api/v1/plans/{plan_id}/reschedule", json.dumps({"hours_per_week": 6}), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    after = response.json()
    assert after["id"] == plan_id, "the plan keeps its id and link"
    assert after["start_date"] == now.isoformat()
    assert after["hours_per_week"] == 6
    ahead = [w for w in after["weeks"] if w["start"] >= after["history_until"]]
    new_days = [s for w in ahead for s in w["sessions"] if s["date"] >= now.isoformat()]
    scheduled = {i["ref"] for s in new_days for i in s["items"]}
    assert not {"web-basics", "http-basics"} & scheduled, "finished and skipped topics leave the schedule"
    planned = {t["id"] for p in after["phases"] for t in p["topics"]}
    assert {"web-basics", "http-basics"} <= planned, "but stay on the plan"
    assert {"terminal", "version-control"} <= scheduled
    # The week it falls in keeps its days before today as they were planned (none on a Monday): the new schedule
    # runs from today.
    planned_days = {s["date"]: s for w in before["weeks"] for s in w["sessions"]}
    kept_days = [s for w in ahead for s in w["sessions"] if s["date"] < now.isoformat()]
    assert all(s["date"] >= after["history_until"] and planned_days[s["date"]] == s for s in kept_days)
    assert len(kept_days) == min(now.weekday(), 5), "this week's study days before today, as they were planned"
    assert after["weeks"][:3] == before["weeks"][:3], "the three weeks lived stay as they were planned"
    [record] = after["reschedules"]
    assert record["finish_before"] == before["finish_date"]
    assert record["finish_after"] == after["finish_date"]
    assert record["hours_before"] == 8
    assert "at 6 h a week (was 8)" in record["message"]
    assert after["target"]["message"].startswith("At 6 hours a week you finish on")
    assert Client().get(f"/api/v1/plans/{plan_id}").json()["reschedules"] == after["reschedules"]

    page = creator.get(f"/plans/{plan_id}").content.decode()
    assert record["message"] in page, "the page shows each reschedule"
    assert "schedule-standing warn" not in page, "nothing is due yet on the new schedule"


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"from": "2001-01-01"}, 400, "is more than a year from today"),
        ({"hours_per_week": 0}, 400, "0 hours per week is out of range"),
        ({"from": "soon"}, 422, "invalid request"),
        ({"until": "2027-01-01"}, 422, "invalid request"),
    ],
)
def test_a_bad_reschedule_is_a_clear_refusal_and_changes_nothing(
    body: dict[str, Any], status: int, detail: str
) -> None:
    creator = Client()
    plan_id = create_plan(creator)
    response = creator.post(f"/api/v1/plans/{plan_id}/reschedule", json.dumps(body), content_type="application/json")
    assert response.status_code == status, response.content
    assert detail in response.json()["detail"]
    assert creator.get(f"/api/v1/plans/{plan_id}").json()["reschedules"] == []


def test_the_plan_page_reschedules_without_javascript() -> None:
    creator = Client()
    plan_id = create_plan(creator, start="2027-01-04")
    page = creator.get(f"/plans/{plan_id}").content.decode()
    assert 'action="/plans/' + plan_id + '/reschedule"' in page
    assert "reschedule-form" not in Client().get(f"/plans/{plan_id}").content.decode(), "only its creator may"
    response = creator.post(f"/plans/{plan_id}/reschedule", {"from": "soon", "hours": "8"}, follow=True)
    assert "Not rescheduled: the start date `soon` is not a date." in response.content.decode()
    from django.utils import timezone

    today = timezone.localdate().isoformat()
    response = creator.post(f"/plans/{plan_id}/reschedule", {"from": today, "hours": "12"}, follow=True)
    html = response.content.decode()
    assert "Rescheduled. On " in html
    assert "at 12 h a week (was 8)" in html
    assert creator.get(f"/api/v1/plans/{plan_id}").json()["start_date"] == today


def feed_address(client: Client, plan_id: str) -> str:
    """Ask for the plan's calendar feed on its page, as the learner does, and read the address it shows."""
    response = client.post(f"/plans/{plan_id}/feed", follow=True)
    found = re.search(r'href="(webcal://testserver/api/v1/plans/[\w-]+/feed/[\w-]+\.ics)"', response.content.decode())
    assert found, "the page offers the webcal:// link"
    return found[1].removeprefix("webcal://testserver")


def test_the_calendar_feed_stays_true_drops_finished_topics_follows_reschedules_and_is_revocable(
    django_user_model: Any,
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from tests.helpers import strictly_parsed_calendar

    client = Client()
    client.force_login(django_user_model.objects.create_user("ada", password=PASSWORD))
    now = timezone.localdate()
    start = now - timedelta(days=14 + now.weekday())
    plan_id = create_plan(client, start=start.isoformat(), study_days=["tue", "thu"], session_time="18:30")
    assert Client().post(f"/plans/{plan_id}/feed").status_code == 403, "only the learner makes the address"
    feed = feed_address(client, plan_id)
    assert feed_address(client, plan_id) == feed, "asking again keeps the same address"

    first = Client().get(feed)  # a calendar app: no cookie, the address is the key
    assert first.status_code == 200
    assert first["Content-Type"] == "text/calendar; charset=utf-8"
    events = strictly_parsed_calendar(first.content)
    assert {e.decoded("DTSTART").weekday() for e in events} == {1, 3}
    assert {e.decoded("DTSTART").strftime("%H:%M") for e in events} == {"18:30"}
    assert all(e.walk("VALARM") for e in events), "a reminder before each session"
    assert any("How the web works" in str(e["SUMMARY"]) for e in events)
    assert Client().get(feed, headers={"If-None-Match": first["ETag"]}).status_code == 304, "unchanged: 304"

    mark(client, plan_id, "web-basics")
    marked = Client().get(feed, headers={"If-None-Match": first["ETag"]})
    assert marked.status_code == 200, "a finished topic changes the feed"
    assert not any("How the web works" in str(e["SUMMARY"]) for e in strictly_parsed_calendar(marked.content))

    before = {str(e["UID"]): e.decoded("DTSTART") for e in strictly_parsed_calendar(marked.content)}
    response = client.post(f"/api/v1/plans/{plan_id}/reschedule", "{}", content_type="application/json")
    assert response.status_code == 200
    after_events = strictly_parsed_calendar(Client().get(feed).content)
    after = {str(e["UID"]): e.decoded("DTSTART") for e in after_events}
    assert len(after) == len(after_events), "no duplicate UIDs"
    assert min(after.values()).date() >= now, "the feed follows the reschedule"
    said = {
        str(e["UID"]): (str(e["DESCRIPTION"]), int(e["SEQUENCE"])) for e in strictly_parsed_calendar(marked.content)
    }
    now_said = {str(e["UID"]): (str(e["DESCRIPTION"]), int(e["SEQUENCE"])) for e in after_events}
    changed = [uid for uid in said.keys() & now_said.keys() if said[uid][0] != now_said[uid][0]]
    assert changed, "the reschedule changed what sessions hold"
    assert all(now_said[uid][1] > said[uid][1] for uid in changed), "calendars see the events changed"
    store = {**before, **after}  # re-importing into a calendar that keys events by UID
    assert len(set(store.values())) == len(store), "no two events for one session"

    client.post(f"/plans/{plan_id}/feed", {"revoke": "1"})
    assert Client().get(feed).status_code == 404, "a revoked address is gone"
    assert Client().get(f"/api/v1/plans/{plan_id}/feed/not-the-token.ics").status_code == 404


def test_pdf_and_markdown_carry_the_dated_schedule_names_and_marks_never_ids(tmp_path: Any) -> None:
    from pypdf import PdfReader

    creator = Client()
    plan_id = create_plan(creator, study_days=["mon", "wed"])
    mark(creator, plan_id, "web-basics")
    plan = creator.get(f"/api/v1/plans/{plan_id}").json()
    ids = {t["id"] for p in plan["phases"] for t in p["topics"]} | {"web-basics", "http-basics"}
    names = [t["name"] for p in plan["phases"] for t in p["topics"]]

    response = creator.get(f"/api/v1/plans/{plan_id}.pdf")
    assert response.status_code == 200
    (tmp_path / "plan.pdf").write_bytes(response.content)
    # Lines wrap where the page ends them: compare the text with its whitespace folded.
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(tmp_path / "plan.pdf").pages]
    first = pages[0]
    assert "Week by week" in first, "the schedule starts on the first page: no blank page"
    assert "Week 1 Mon 4 Jan – Sun 10 Jan 2027 · 8 h" in first
    assert "✓ How the web works (Mon–Wed, begin, 8 h)" in first, "the learner's marks travel with the file"
    text = " ".join(pages)
    assert "Week 2 Mon 11 Jan – Sun 17 Jan 2027" in text
    for name in names:
        assert name in text, name
    # The sample content's project descriptions name ids on purpose ("with web-basics, http-basics"): check what
    # the exporter writes itself, the schedule and the practised topics.
    schedule = text[: text.index("Phase 1")]
    practised = " ".join(re.findall(r"Practises:\s*([^.]+)\.", text))
    assert practised, "projects say what they practise"
    for written in (schedule, practised):
        assert not [i for i in ids if re.search(rf"(?<![\w/-]){re.escape(i)}(?![\w-])", written)], "names, never ids"
    assert "How the web works" in practised

    markdown = creator.get(f"/api/v1/plans/{plan_id}.md").content.decode()
    assert "## Week by week" in markdown
    assert "### Week 1 · Mon 4 Jan – Sun 10 Jan 2027 · 8 h" in markdown
    assert (
        "- [x] Mon 4 Jan, 19:00–23:00: [How the web works](http://testserver/topics/web-basics) (begin, 4 h, done)"
        in markdown
    )
    assert markdown.index("## Week by week") < markdown.index("## Phase 1")
    assert "_Practises: " in markdown
    assert not re.search(r"_Practises: [^_]*\b(web-basics|http-basics)\b", markdown)


def this_weeks_plan(client: Client, **fields: Any) -> tuple[str, str]:
    """A plan whose second week is this week (Mon and Wed sessions), and the id of a topic due this week."""
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.localdate()
    start = now - timedelta(days=7 + now.weekday())
    plan_id = create_plan(client, start=start.isoformat(), study_days=["mon", "wed"], **fields)
    plan = client.get(f"/api/v1/plans/{plan_id}").json()
    due = plan["weeks"][1]["sessions"][0]["items"][0]["ref"]
    return plan_id, due


def test_a_done_box_redraws_ticks_standing_and_this_week_in_place() -> None:
    client = Client()
    client.get("/me/start")
    plan_id, due = this_weeks_plan(client, hours_per_week=20)  # 11 weeks: the page lists them, ticks and all
    page = client.get(f"/plans/{plan_id}").content.decode()
    assert 'id="week-11"' in page
    assert f'id="this-week-{plan_id}"' in page
    assert f'id="check-p1-{due}"' in page, "a done box per topic"
    assert 'class="status-menu"' in page, "the other statuses in a small menu"
    data = {"topic": due, "status": ["none", "done"], "track": f"plan:{plan_id}", "phase": "1", "control": "check"}
    answer = client.post("/me/progress/topic", data | {"scope": "p1", "next": "/"}, headers=HTMX).content.decode()
    assert re.search(rf'<form class="check check-done" id="check-p1-{due}"', answer), "the box itself"
    assert re.search(rf'id="tick-\d{{8}}-{due}" hx-swap-oob="true">✓', answer), "the schedule's ticks"
    assert f'id="this-week-{plan_id}" aria-labelledby="this-week-{plan_id}-heading" hx-swap-oob="true"' in answer
    assert 'id="plan-standing" class="plan-standing" hx-swap-oob="true"' in answer
    assert 'id="progress-overall" hx-swap-oob="true"' in answer
    assert f'id="mark-1-{due}"' in answer, "and the status menu"
    assert client.get("/api/v1/plans/" + plan_id).status_code == 200
    undone = client.post(
        "/me/progress/topic", data | {"status": "none", "scope": "p1", "next": "/"}, headers=HTMX
    ).content.decode()
    assert f'<form class="check check-none" id="check-p1-{due}"' in undone, "unticking clears the status"


def test_a_long_plan_lists_its_weeks_on_their_own_page_where_marks_show() -> None:
    client = Client()
    client.get("/me/start")
    plan_id, due = this_weeks_plan(client)  # 27 weeks
    page = client.get(f"/plans/{plan_id}").content.decode()
    assert f'<a href="/plans/{plan_id}/weeks">All 27 weeks, session by session</a>' in page
    assert 'class="weeks"' not in page, "the 27 weeks are not on the plan's page"
    assert "tick-" not in page
    data = {"topic": due, "status": ["none", "done"], "track": f"plan:{plan_id}", "phase": "1", "control": "check"}
    answer = client.post("/me/progress/topic", data | {"scope": "p1", "next": "/"}, headers=HTMX).content.decode()
    assert re.search(rf'<form class="check check-done" id="check-p1-{due}"', answer)
    assert "tick-" not in answer, "no ticks sent for a schedule the page does not hold"
    weeks = client.get(f"/plans/{plan_id}/weeks")
    assert weeks.status_code == 200
    text = weeks.content.decode()
    assert "<h1>Week by week: " in text
    assert f'<a href="/plans/{plan_id}">Plan</a>' in text
    assert 'id="week-27"' in text
    assert 'id="week-28"' not in text
    assert re.search(rf'<span class="item-mark item-done" id="tick-\d{{8}}-{due}">✓', text), "the mark just made"
    assert Client().get(f"/plans/{plan_id}/weeks").status_code == 200, "shared like the plan: anyone with the link"
    assert "item-done" not in Client().get(f"/plans/{plan_id}/weeks").content.decode(), "a visitor's own ticks only"
    missing = client.get("/plans/no-such-plan/weeks")
    assert missing.status_code == 404
    assert "We have no plan “no-such-plan”" in missing.content.decode()


def test_me_and_home_lead_with_this_week_and_the_api_gives_the_same(django_user_model: Any) -> None:
    client = Client()
    client.force_login(django_user_model.objects.create_user("ada", password=PASSWORD))
    plan_id, due = this_weeks_plan(client)
    me = client.get("/me").content.decode()
    assert me.index("This week") < me.index("Roadmaps I follow"), "/me leads with this week"
    assert re.search(rf'id="check-w\d{{8}}-{due}"', me), "a one-click done box per topic"
    assert "Slipped from last week" in me, "last week's work is not done"
    home = client.get("/").content.decode()
    assert 'class="this-week home-this-week"' in home
    week = client.get("/api/v1/me/this-week").json()
    [plan] = week["plans"]
    assert plan["plan_id"] == plan_id
    assert plan["week_number"] == 2
    assert [s["date"][:4] for s in plan["sessions"]] == [week["week_start"][:4]] * len(plan["sessions"])
    assert plan["slipped"], "last week's topics are open"
    assert plan["streak_weeks"] == 0
    mark(client, plan_id, plan["slipped"][0]["ref"])
    for item in plan["slipped"]:
        mark(client, plan_id, item["ref"])
    again = client.get("/api/v1/me/this-week").json()["plans"][0]
    assert again["slipped"] == []
    assert again["streak_weeks"] == 1, "last week is kept once its work is done"
    assert Client().get("/api/v1/me/this-week").status_code == 401


def test_a_new_plans_id_never_begins_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    """`roadmapfinder replan -3f...` would read the id as an option: one random id in 64 began with "-"."""
    drawn = iter(["-3fDashFirst_ABCDEFGHI", "-_another-dash-first-", "Qz9-dash-inside-is-fine"])
    monkeypatch.setattr("roadmapfinder.plans.models.secrets.token_urlsafe", lambda size: next(drawn))
    assert create_plan(Client()) == "Qz9-dash-inside-is-fine"
