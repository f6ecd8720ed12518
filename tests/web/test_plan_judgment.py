"""What a plan tells a learner who follows it: the standing, the dates and the totals must add up, or the learner
stops trusting every plan. Each test is a learner's situation, through the API and the pages."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from roadmapfinder.planning.said_to_others import of_its_learner
from roadmapfinder.plans.models import SavedPlan
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def create_plan(client: Client, **fields: Any) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8, **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan: dict[str, Any] = response.json()
    return plan


def put_status(client: Client, topic: str, status: str) -> None:
    response = client.put(
        f"/api/v1/me/progress/{topic}", json.dumps({"status": status}), content_type="application/json"
    )
    assert response.status_code == 200, response.content


def finish_everything(client: Client, plan: dict[str, Any]) -> None:
    """Mark every topic and project of the plan done, as a learner who finished it all."""
    for phase in plan["phases"]:
        for topic in phase["topics"]:
            put_status(client, topic["id"], "done")
    for key in {i["ref"] for w in plan["weeks"] for i in w["items"] if i["kind"] == "project"}:
        response = client.put(
            f"/api/v1/me/progress/projects/{key}", json.dumps({"done": True}), content_type="application/json"
        )
        assert response.status_code == 200, response.content


def test_a_learner_midway_through_a_long_topic_as_planned_is_on_schedule(ada_client: Client) -> None:
    # Two hours every day for nine days: web-basics (10 h) took the first five, http-basics (10 h) the next five, so
    # four of its sessions have passed. The learner finished the first and is working on the second: as planned.
    start = timezone.localdate() - timedelta(days=9)
    every_day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    plan = create_plan(ada_client, hours_per_week=14, study_days=every_day, start=start.isoformat())
    first_items = [i["ref"] for w in plan["weeks"] for s in w["sessions"] for i in s["items"]][:10]
    assert first_items == ["web-basics"] * 5 + ["http-basics"] * 5
    put_status(ada_client, "web-basics", "done")
    put_status(ada_client, "http-basics", "in_progress")

    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert standing["schedule"] == "You are on schedule."
    assert standing["behind"] is False
    page = text(ada_client.get(f"/plans/{plan['id']}").content)
    assert "You are on schedule." in page
    assert "to catch up" not in page

    # Stalled on it while the next topic's sessions pass too (a week later), they are behind by those sessions.
    # (A plan made now would leave web-basics, marked done, off its schedule: this one asks for it, as the first.)
    stalled = create_plan(
        ada_client,
        hours_per_week=14,
        study_days=every_day,
        start=(start - timedelta(days=7)).isoformat(),
        schedule_finished=True,
    )
    standings = {p["id"]: p for p in ada_client.get("/api/v1/me/progress").json()["plans"]}
    assert standings[stalled["id"]]["schedule"] == "You are about 1 week behind: 12 hours to catch up."


@pytest.mark.parametrize(
    ("fields", "detail", "hint", "field"),
    [
        (  # 90-minute sessions on weekday evenings hold 7.5 hours a week: "10 h/week" would be a plan of 107 weeks
            {"hours_per_week": 10, "session_minutes": 90},
            "5 sessions of 90 minutes a week hold 7.5 hours, fewer than the plan's 10 hours a week",
            "make each session 2 hours long, choose more study days, or set 7.5 hours a week",
            "session_minutes",
        ),
        (
            {"hours_per_week": 6, "session_minutes": 120, "study_days": ["sat"]},
            "1 session of 2 hours a week holds 2 hours, fewer than the plan's 6 hours a week",
            "make each session 6 hours long, choose more study days, or set 2 hours a week",
            "session_minutes",
        ),
        (  # 80 hours on a weekend: two 40-hour "sessions" from 19:00, each running into the next
            {"hours_per_week": 80, "study_days": ["sat", "sun"]},
            "80 hours a week on 2 study days makes sessions of 40 hours; a session lasts at most 12 hours",
            "choose more study days, or at most 24 hours a week on 2 days",
            "hours_per_week",
        ),
    ],
)
def test_sessions_that_cannot_hold_the_weeks_hours_are_refused_plainly(
    fields: dict[str, Any], detail: str, hint: str, field: str
) -> None:
    body = json.dumps({"targets": ["alpha-dev"], "start": "2027-01-04", **fields})
    response = Client().post("/api/v1/plans", body, content_type="application/json")
    assert response.status_code == 400, response.content
    assert response.json()["detail"] == detail
    assert response.json()["hint"] == hint
    form = {"roadmap": ["alpha-dev"], "start": "2027-01-04", "hours": str(fields["hours_per_week"])}
    form |= {"days": fields.get("study_days", []), "session_minutes": str(fields.get("session_minutes", ""))}
    page = Client().post("/generate", form)
    assert page.status_code == 400
    assert detail in text(page.content)


def test_sessions_longer_than_the_week_needs_are_fine_the_last_one_is_shorter() -> None:
    # Three-hour sessions on weekday evenings, ten hours a week: Monday to Wednesday, then an hour on Thursday.
    plan = create_plan(Client(), hours_per_week=10, session_minutes=180, start="2027-01-04")
    assert [s["hours"] for s in plan["weeks"][0]["sessions"]] == [3, 3, 3, 1]
    assert plan["total_weeks"] == 21, "210 hours at 10 a week, as with sessions spread over the days"


@pytest.mark.parametrize(
    ("target", "needed", "realistic", "message"),
    [
        (  # four weeks for 210 hours: more than full-time study, said so, with what eight hours a week reach
            "2027-01-31",
            53,
            False,
            "At 8 hours a week you finish on 6 July 2027, after your target of 31 January 2027. Finishing by "
            "31 January would take 53 hours a week, more than full-time study (40 hours): not realistic. Move the "
            "target date or drop some topics. By then, at 8 hours a week, you get through the start of phase 1, "
            "Foundations: How the web works, HTTP basics, Terminal basics (32 of its 50 hours).",
        ),
        (
            "2027-03-14",
            21,
            True,
            "At 8 hours a week you finish on 6 July 2027, after your target of 14 March 2027. To finish by 14 March "
            "you need 21 hours a week, or drop some topics. By then, at 8 hours a week, you finish phase 1, "
            "Foundations, and 30 of the 50 hours of phase 2, Pages (80 of 210 hours).",
        ),
        (  # four days: no pace five weekday sessions hold (at most 12 hours each) makes it
            "2027-01-08",
            None,
            False,
            "This plan takes 210 hours: even at 60 hours a week (the most your study days hold) it ends on 27 January "
            "2027, after your target of 8 January 2027. Move the target date or drop some topics. By then, at 8 hours "
            "a week, you make a start on phase 1, Foundations (8 of its 50 hours).",
        ),
        ("2027-07-06", None, True, "You finish on 6 July 2027, on your target date."),
        ("2027-07-07", None, True, "You finish on 6 July 2027, 1 day before your target."),
    ],
)
def test_a_target_date_says_whether_it_is_realistic_and_what_the_learners_pace_reaches_by_then(
    target: str, needed: int | None, realistic: bool, message: str
) -> None:
    creator = Client()
    plan = create_plan(creator, start="2027-01-04", target_date=target)
    assert plan["target"]["hours_per_week_needed"] == needed
    assert plan["target"]["realistic"] is realistic
    assert plan["target"]["message"] == message
    assert message in text(creator.get(f"/plans/{plan['id']}").content)
    # Anyone else who opens its link reads it of the plan, not of themselves (planning/said_to_others.py).
    assert of_its_learner(message) in text(Client().get(f"/plans/{plan['id']}").content)


def test_after_a_reschedule_the_hours_shown_are_the_ones_the_weeks_hold(ada_client: Client) -> None:
    start = timezone.localdate() - timedelta(days=21)
    plan = create_plan(ada_client, start=start.isoformat())
    assert plan["total_hours"] == plan["scheduled_hours"] == 210
    put_status(ada_client, "web-basics", "done")
    put_status(ada_client, "http-basics", "skipped")
    response = ada_client.post(f"/api/v1/plans/{plan['id']}/reschedule", "{}", content_type="application/json")
    after = response.json()
    assert after["total_hours"] == 210, "the plan still holds every topic, the finished ones ticked"
    ahead = [w for w in after["weeks"] if w["start"] >= after["history_until"]]
    # From today: the week the reschedule falls in keeps its days before it as they were planned (on a Tuesday,
    # Monday's session), which count neither for nor against the learner.
    scheduled = [
        i["hours"] for w in ahead for s in w["sessions"] if s["date"] >= after["start_date"] for i in s["items"]
    ]
    assert after["scheduled_hours"] == 190 == round(sum(scheduled), 1), "not the hours of the weeks lived"
    assert after["effort"] == "210 hours (190 still scheduled: 20 already finished)"
    assert len(ahead) in (24, 25), "190 hours at 8 a week, the first week maybe partial"
    lived = len(after["weeks"]) - len(ahead)  # three weeks back: the week it began may hold no study day
    assert lived in (2, 3)
    assert after["weeks"][:lived] == plan["weeks"][:lived], "the weeks lived stay as they were planned"
    assert after["total_weeks"] == len(after["weeks"])
    page = text(ada_client.get(f"/plans/{plan['id']}").content)
    assert "Effort 210 hours (190 still scheduled: 20 already finished)" in page
    markdown = ada_client.get(f"/api/v1/plans/{plan['id']}.md").content.decode()
    assert "210 hours (190 still scheduled: 20 already finished)" in markdown


def _dated_plan_from_generated(client: Client, goal: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A roadmap generated for `goal`, and the plan its "Make a dated plan" link makes, sent as the form sends it."""
    generated = client.post("/api/v1/roadmaps/generate", json.dumps({"goal": goal}), content_type="application/json")
    roadmap: dict[str, Any] = generated.json()
    page = client.get(roadmap["url"]).content.decode()
    link = re.search(r'href="(/generate\?from=[^"]+)"', page)
    assert link is not None
    form = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    data: dict[str, list[str]] = {"hours": ["10"], "level": ["beginner"]}
    for name, value in re.findall(r'<input type="hidden" name="([\w-]+)" value="([^"]*)"', form):
        data.setdefault(name, []).append(value)
    made = client.post("/generate", data)
    assert made.status_code == 302, text(made.content)[:600]
    plan: dict[str, Any] = client.get(f"/api/v1/plans/{made['Location'].rsplit('/', 1)[1]}").json()
    return roadmap, plan


@pytest.mark.usefixtures("use_shipped_catalog")
@pytest.mark.parametrize(
    "goal",
    [
        "become a devops engineer",  # its last phase's Kubernetes topic was read as the whole Kubernetes roadmap
        "an ai chatbot",  # deep learning and its maths, left out on purpose, came back as prerequisites
        "i want to build websites for money",  # its projects, 100 of its 263 hours, were dropped
    ],
)
def test_a_dated_plan_from_a_generated_roadmap_is_that_roadmap(goal: str) -> None:
    roadmap, plan = _dated_plan_from_generated(Client(), goal)
    assert plan["title"] == roadmap["title"]
    planned = [t["id"] for p in plan["phases"] for t in p["topics"]]
    assert planned == [s["topic"] for p in roadmap["phases"] for s in p["core_skills"]], "its topics, in its order"
    projects = [
        i["ref"] for w in plan["weeks"] for i in w["items"] if i["kind"] == "project" and i["part"] != "continue"
    ]
    assert list(dict.fromkeys(projects)) == [j["key"] for p in roadmap["phases"] for j in p["projects"]]
    assert [p["title"] for p in plan["phases"]] == [p["title"] for p in roadmap["phases"]]
    assert plan["total_hours"] == sum(p["hours"] for p in roadmap["phases"])


@pytest.mark.usefixtures("use_shipped_catalog")
def test_the_api_plans_a_generated_roadmap_by_its_id() -> None:
    client = Client()
    body = json.dumps({"goal": "an ai chatbot"})
    roadmap = client.post("/api/v1/roadmaps/generate", body, content_type="application/json").json()
    made = client.post(
        "/api/v1/plans", json.dumps({"generated": roadmap["id"], "hours_per_week": 6}), content_type="application/json"
    )
    assert made.status_code == 201, made.content
    plan = made.json()
    assert plan["title"] == roadmap["title"]
    assert [t["id"] for p in plan["phases"] for t in p["topics"]] == [
        s["topic"] for p in roadmap["phases"] for s in p["core_skills"]
    ]
    assert "deep-learning" not in {t["id"] for p in plan["phases"] for t in p["topics"]}
    unknown = client.post(
        "/api/v1/plans", json.dumps({"generated": "0123456789ab"}), content_type="application/json"
    ).json()
    assert unknown["detail"] == "no generated roadmap `0123456789ab`"


def test_a_roadmap_the_learner_finished_leaves_the_plan_projects_and_all() -> None:
    # Finishing a roadmap is finishing its projects too: they were scheduled, 40 hours of work already done.
    alone = Client().post(
        "/api/v1/plans",
        json.dumps({"targets": ["alpha-dev"], "finished": ["alpha-dev"]}),
        content_type="application/json",
    )
    assert alone.status_code == 400
    assert alone.json()["detail"].startswith("nothing is left to learn")
    plan = create_plan(Client(), targets=["alpha-dev", "beta-ops"], finished=["alpha-dev"])
    projects = {i["ref"] for w in plan["weeks"] for i in w["items"] if i["kind"] == "project"}
    assert projects, "beta-ops's own projects stay"
    assert not {p for p in projects if p.startswith("alpha-dev/")}
    skipped = {s["name"]: s["reason"] for s in plan["skipped"]}
    assert skipped["Foundations project (project)"] == "you finished the Alpha Developer roadmap"


def test_work_finished_before_a_reschedule_stays_off_the_schedule_when_its_topic_is_retired() -> None:
    # Rescheduled when "The web and HTTP" was one topic, finished; since then the content split it into two.
    plan = create_plan(Client(), start="2027-01-04")
    request = SavedPlan.objects.get(pk=plan["id"]).request
    SavedPlan.objects.filter(pk=plan["id"]).update(request=request | {"finished_work": ["web-and-http"]})
    after = Client().get(f"/api/v1/plans/{plan['id']}").json()
    scheduled = {i["ref"] for w in after["weeks"] for i in w["items"]}
    assert not {"web-basics", "http-basics"} & scheduled, "what replaced the finished topic is finished too"
    assert after["scheduled_hours"] == after["total_hours"] - 20


@pytest.mark.usefixtures("use_shipped_catalog")
def test_the_pace_in_a_goal_reaches_the_dated_plan_even_when_it_is_not_whole() -> None:
    client = Client()
    body = json.dumps({"goal": "learn sql, half an hour a day"})
    roadmap = client.post("/api/v1/roadmaps/generate", body, content_type="application/json").json()
    assert roadmap["hours_per_week"] == 3.5
    page = client.get(roadmap["url"]).content.decode()
    link = re.search(r'href="(/generate\?from=[^"]+)"', page)
    assert link is not None
    form = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert re.search(r'<input id="hours" name="hours"[^>]*value="3.5"', form), "not the default 10"


def test_a_topic_in_progress_that_goes_on_this_week_has_not_slipped(ada_client: Client) -> None:
    # Five hours on Mondays: web-basics (10 h) on the Mondays two and one weeks ago, http-basics (10 h) last Monday
    # and this one. The learner finished the first and is working on the second, as planned: nothing slipped.
    today = timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    start = this_monday - timedelta(weeks=3)
    plan = create_plan(ada_client, hours_per_week=5, study_days=["mon"], start=start.isoformat())
    assert [w["items"][0]["ref"] for w in plan["weeks"][:4]] == ["web-basics"] * 2 + ["http-basics"] * 2
    put_status(ada_client, "web-basics", "done")
    put_status(ada_client, "http-basics", "in_progress")
    [week] = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert week["slipped"] == [], "its first half was last week's work, done as planned"
    # A week later in the plan (one that began a week later), http-basics was to finish last week: it has slipped.
    later = create_plan(  # scheduling what is marked done too, as the first plan did when it was made
        ada_client,
        hours_per_week=5,
        study_days=["mon"],
        start=(start - timedelta(weeks=1)).isoformat(),
        schedule_finished=True,
    )
    weeks = {w["plan_id"]: w for w in ada_client.get("/api/v1/me/this-week").json()["plans"]}
    assert [(i["ref"], i["part"]) for i in weeks[later["id"]]["slipped"]] == [("http-basics", "finish")]


def test_a_target_date_that_has_passed_asks_for_a_new_one_rather_than_a_pace(ada_client: Client) -> None:
    # Made in the spring to finish by the summer; it is later now and the plan runs on: no pace makes a past date.
    today = timezone.localdate()
    start, target = today - timedelta(weeks=30), today - timedelta(weeks=20)
    plan = create_plan(ada_client, start=start.isoformat(), target_date=target.isoformat())
    message = plan["target"]["message"]
    assert message.startswith(f"Your target date, {target.day} {target:%B %Y}, has passed: at 8 hours a week this plan")
    assert "Move the target date" in message
    assert "you need" not in message
    assert plan["target"]["hours_per_week_needed"] is None
    assert plan["target"]["realistic"] is False


def test_full_time_sessions_without_a_time_given_are_by_day_not_from_seven_in_the_evening() -> None:
    # Forty hours a week on weekday evenings from 19:00 ran to 03:00 every night.
    plan = create_plan(Client(), hours_per_week=40, start="2027-01-04")
    first = plan["weeks"][0]["sessions"][0]
    assert (first["start"], first["end"]) == ("09:00:00", "17:00:00")
    assert plan["session_time"] == "09:00:00"
    evenings = create_plan(Client(), hours_per_week=10, start="2027-01-04")["weeks"][0]["sessions"][0]
    assert (evenings["start"], evenings["end"]) == ("19:00:00", "21:00:00"), "an evening's study stays an evening"
    chosen = create_plan(Client(), hours_per_week=40, start="2027-01-04", session_time="20:00")
    assert chosen["weeks"][0]["sessions"][0]["start"] == "20:00:00", "a time the learner chose is theirs"


def test_regenerating_a_plan_under_way_keeps_its_past_weeks_and_the_learners_standing(ada_client: Client) -> None:
    # Four weeks in, the first phase's topics done as planned and one ahead. The learner opens "Change this plan"
    # and presses Regenerate without changing a thing: they were told they were weeks behind, since their done
    # topics left the schedule and the weeks already past were filled again with work they had never had there.
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=4)
    plan = create_plan(ada_client, hours_per_week=10, start=start.isoformat())
    for topic in ("web-basics", "http-basics", "terminal", "version-control"):
        put_status(ada_client, topic, "done")
    put_status(ada_client, "markup", "done")  # worked ahead: a topic of the weeks to come
    [before] = ada_client.get("/api/v1/me/progress").json()["plans"]
    form = {"roadmap": "alpha-dev", "hours": "10", "start": start.isoformat(), "level": "beginner"}

    assert ada_client.post(f"/plans/{plan['id']}", form).status_code == 302

    after = ada_client.get(f"/api/v1/plans/{plan['id']}").json()
    assert after["weeks"] == plan["weeks"], "the same inputs, the same weeks: the past ones above all"
    assert after["request"]["finished_work"] == []
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert standing["schedule"] == before["schedule"]
    assert standing["weeks_ahead"] == before["weeks_ahead"]

    # The API's PUT is the same change; a reschedule is what takes finished work off the schedule.
    response = ada_client.put(
        f"/api/v1/plans/{plan['id']}", json.dumps(after["request"]), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["weeks"] == plan["weeks"]
    moved = ada_client.post(f"/api/v1/plans/{plan['id']}/reschedule", "{}", content_type="application/json")
    assert moved.json()["request"]["finished_work"] == [
        "web-basics",
        "http-basics",
        "terminal",
        "version-control",
        "markup",
    ]


def test_a_plan_changed_before_its_first_session_still_leaves_out_what_the_learner_finished(
    ada_client: Client,
) -> None:
    plan = create_plan(ada_client, start=(timezone.localdate() + timedelta(days=3)).isoformat())
    put_status(ada_client, "web-basics", "done")
    changed = ada_client.put(
        f"/api/v1/plans/{plan['id']}", json.dumps(plan["request"]), content_type="application/json"
    )
    assert changed.json()["request"]["finished_work"] == ["web-basics"]
    assert "web-basics" not in [i["ref"] for w in changed.json()["weeks"] for s in w["sessions"] for i in s["items"]]


def test_a_learner_who_falls_behind_a_deadline_is_told_it_no_longer_fits_and_what_would(ada_client: Client) -> None:
    # Made to finish ten days before the deadline, then six weeks and more with nothing done. The plan's dates still
    # met the target, and that is all it said ("You finish on …, 10 days before your target") beside "7 weeks
    # behind": the learner learnt the deadline was lost only by rescheduling.
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=6)
    target = start + timedelta(weeks=22)
    plan = create_plan(ada_client, hours_per_week=10, start=start.isoformat(), target_date=target.isoformat())
    assert plan["target"]["feasible"] is True
    put_status(ada_client, "web-basics", "done")

    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    page = text(ada_client.get(f"/plans/{plan['id']}").content)

    # What a reschedule from today would say, said before the learner has to try one.
    moved = ada_client.post(f"/api/v1/plans/{plan['id']}/reschedule", "{}", content_type="application/json").json()
    needed = moved["target"]["hours_per_week_needed"]
    assert moved["target"]["feasible"] is False
    assert needed > 10
    assert standing["behind"] is True
    said = standing["schedule"]
    assert "Where you are now, your target no longer fits." in said
    assert moved["target"]["message"] in said
    assert f"you need {needed:g} hours a week" in said
    assert said in page


def test_a_learner_behind_whose_deadline_still_fits_hears_only_the_standing(ada_client: Client) -> None:
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=3)
    plan = create_plan(
        ada_client, hours_per_week=10, start=start.isoformat(), target_date=(start + timedelta(weeks=40)).isoformat()
    )
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert standing["behind"] is True
    assert standing["schedule"].endswith("hours to catch up."), standing["schedule"]
    assert "target" not in text(ada_client.get(f"/plans/{plan['id']}").content).split("behind", 1)[1][:200]


def test_a_pace_changed_on_a_plan_under_way_applies_from_today_not_to_the_weeks_already_past(
    ada_client: Client,
) -> None:
    # Four weeks at 10 hours, the first phase's topics done; life happens and the learner sets 3 hours a week in
    # "Change this plan". The weeks already past were rewritten at 3 hours a week: "about 8 weeks ahead of
    # schedule", a finish date two months late, and this week's sessions on a topic they had finished.
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=4)
    plan = create_plan(ada_client, hours_per_week=10, start=start.isoformat())
    done = ("web-basics", "http-basics", "terminal", "version-control")
    for topic in done:
        put_status(ada_client, topic, "done")
    form = {"roadmap": "alpha-dev", "hours": "3", "start": start.isoformat(), "level": "beginner"}

    changed = ada_client.post(f"/plans/{plan['id']}", form, follow=True)

    page = text(changed.content)
    after = ada_client.get(f"/api/v1/plans/{plan['id']}").json()
    assert after["start_date"] == today.isoformat(), "what is left is planned from today"
    assert after["request"]["finished_work"] == list(done)
    assert after["scheduled_hours"] == 170
    ahead = [w for w in after["weeks"] if w["start"] >= after["history_until"]]
    assert not set(done) & {i["ref"] for w in ahead for s in w["sessions"] for i in s["items"]}
    assert after["weeks"][:4] == plan["weeks"][:4], "the four weeks lived stay as they were planned"
    [record] = after["reschedules"]
    assert (record["hours_before"], record["hours_after"], record["from_date"]) == (10, 3, today.isoformat())
    assert record["message"] in page
    assert f"applies from today, {today.day} {today:%B %Y}" in page
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert "ahead" not in (standing["schedule"] or "")

    # A change that leaves the weeks already past as they were (a target date) keeps the plan's start and history.
    form = {**form, "hours": "3", "start": today.isoformat(), "target_date": (today + timedelta(weeks=80)).isoformat()}
    assert ada_client.post(f"/plans/{plan['id']}", form).status_code == 302
    again = ada_client.get(f"/api/v1/plans/{plan['id']}").json()
    assert again["start_date"] == today.isoformat()
    assert len(again["reschedules"]) == 1


def test_the_api_changes_a_plan_under_way_from_today_and_says_so(ada_client: Client) -> None:
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=3)
    plan = create_plan(ada_client, hours_per_week=10, start=start.isoformat())
    put_status(ada_client, "web-basics", "done")
    body = {**plan["request"], "hours_per_week": 5}
    response = ada_client.put(f"/api/v1/plans/{plan['id']}", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    changed = response.json()
    assert changed["start_date"] == today.isoformat()
    assert changed["request"]["finished_work"] == ["web-basics"]
    assert len(changed["reschedules"]) == 1
    assert any("applies from today" in note for note in changed["notes"])


def test_the_files_count_what_was_finished_before_a_reschedule_by_kind(ada_client: Client) -> None:
    # "Already finished, off the schedule: 2 topics and projects" for two topics and no project.
    plan = create_plan(ada_client, start=(timezone.localdate() - timedelta(days=14)).isoformat())
    put_status(ada_client, "web-basics", "done")
    put_status(ada_client, "http-basics", "skipped")
    ada_client.post(f"/api/v1/plans/{plan['id']}/reschedule", "{}", content_type="application/json")
    markdown = ada_client.get(f"/api/v1/plans/{plan['id']}.md").content.decode()
    assert "**Already finished, off the schedule:** 2 topics\n" in markdown
    project = ada_client.put(
        "/api/v1/me/progress/projects/alpha-dev/foundations-project",
        json.dumps({"done": True}),
        content_type="application/json",
    )
    assert project.status_code == 200, project.content
    ada_client.post(f"/api/v1/plans/{plan['id']}/reschedule", "{}", content_type="application/json")
    markdown = ada_client.get(f"/api/v1/plans/{plan['id']}.md").content.decode()
    assert "**Already finished, off the schedule:** 2 topics and 1 project\n" in markdown


def test_a_refresher_asked_on_a_plan_under_way_is_scheduled_in_the_weeks_ahead(ada_client: Client) -> None:
    # Three weeks in, HTTP done in week 2; the learner asks to study it again. The refresher was saved and said,
    # but HTTP stayed in week 2, already past and ticked: not one session to study it again.
    today = timezone.localdate()
    plan = create_plan(
        ada_client, hours_per_week=10, start=(today - timedelta(days=today.weekday(), weeks=3)).isoformat()
    )
    for topic in ("web-basics", "http-basics", "terminal"):
        put_status(ada_client, topic, "done")

    body = {**plan["request"], "refresh": ["http-basics"]}
    response = ada_client.put(f"/api/v1/plans/{plan['id']}", json.dumps(body), content_type="application/json")

    assert response.status_code == 200, response.content
    changed = response.json()
    ahead = [
        i["ref"] for w in changed["weeks"] for s in w["sessions"] if s["date"] >= today.isoformat() for i in s["items"]
    ]
    assert ahead[0] == "http-basics", "studied again from today"
    assert changed["request"]["finished_work"] == ["web-basics", "terminal"]
    assert any("applies from today" in note for note in changed["notes"])

    # "Schedule what I already marked done or skipped" on the page, the same way: all of it, from today.
    start = (today - timedelta(days=today.weekday(), weeks=3)).isoformat()
    other = create_plan(ada_client, hours_per_week=10, start=start)
    form = {"roadmap": "alpha-dev", "hours": "10", "start": start, "schedule_finished": "1"}
    assert ada_client.post(f"/plans/{other['id']}", form).status_code == 302
    refreshed = ada_client.get(f"/api/v1/plans/{other['id']}").json()
    sessions = [s for w in refreshed["weeks"] for s in w["sessions"]]
    ahead = [i["ref"] for s in sessions if s["date"] >= today.isoformat() for i in s["items"]]
    assert ahead[0] == "web-basics"


def test_a_learner_who_finished_everything_is_told_so_not_that_they_are_ahead(ada_client: Client) -> None:
    # Every topic and project done three weeks in: the page said "You are about 17 weeks ahead of schedule."
    today = timezone.localdate()
    plan = create_plan(
        ada_client, hours_per_week=10, start=(today - timedelta(days=today.weekday(), weeks=3)).isoformat()
    )
    finish_everything(ada_client, plan)

    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]

    assert standing["progress"]["percent"] == 100
    finish = date.fromisoformat(plan["finish_date"])
    weeks = round((finish - today).days / 7)
    assert standing["schedule"] == (
        f"You have finished everything on this plan, about {weeks} weeks before its last session "
        f"({finish.day} {finish:%B %Y})."
    )
    assert standing["behind"] is False
    assert standing["schedule"] in text(ada_client.get(f"/plans/{plan['id']}").content)


def test_a_plan_begun_weeks_ago_keeps_what_the_learner_did_in_those_weeks(ada_client: Client) -> None:
    # "If you began then, mark what you finished", the plan says of a start weeks back. A learner who began four
    # weeks ago on paper and did the first four topics marked them and made the plan from then: they left the
    # schedule, the weeks already past were filled with the work after them, and the plan said "5 weeks behind".
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=4)
    done = ("web-basics", "http-basics", "terminal", "version-control")
    for topic in done:
        put_status(ada_client, topic, "done")
    form = {"roadmap": "alpha-dev", "hours": "10", "start": start.isoformat(), "level": "beginner"}

    preview = text(ada_client.post("/generate/preview", form, headers={"HX-Request": "true"}).content)
    plan = create_plan(ada_client, hours_per_week=10, start=start.isoformat())

    assert plan["request"]["finished_work"] == []
    first = [i["ref"] for w in plan["weeks"] for s in w["sessions"] for i in s["items"]][:20]
    assert first == [t for t in done for _ in range(5)], "where the plan puts them, ticked"
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert "You are about 5 weeks behind" not in standing["schedule"]
    assert standing["weeks_ahead"] >= -1, standing["schedule"]  # this week's sessions, at most, are not done yet
    assert (
        "You already marked 4 topics of this plan done or skipped: it starts before today, so they keep their "
        "place in its weeks, ticked, and count as done." in preview
    )
    assert "so they stay on it, off the schedule" not in preview
    asked = {"plan": {"targets": ["alpha-dev"], "hours_per_week": 10, "start": start.isoformat()}, "answers": []}
    placement = ada_client.post("/api/v1/placement", asked, content_type="application/json").json()
    assert placement["next"] is None, "nor asked about in a placement check (the sample's only questions are theirs)"


def test_a_plan_whose_sessions_have_all_passed_does_not_say_you_finish_on_a_day_gone_by(ada_client: Client) -> None:
    # Typed two years back by mistake, with a target still ahead: "You finish on 19 January 2026, 553 days before
    # your target", of a day gone by, to a learner who had not started.
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=100)
    plan = create_plan(
        ada_client, hours_per_week=10, start=start.isoformat(), target_date=(today + timedelta(weeks=20)).isoformat()
    )
    finish = date.fromisoformat(plan["finish_date"])
    assert finish < today
    message = plan["target"]["message"]
    assert not message.startswith("You finish on"), message
    assert message.startswith(f"Its last session was on {finish.day} {finish:%B %Y}, ")
    assert of_its_learner(message) in text(Client().get(f"/plans/{plan['id']}").content), "said of its learner"
    # Ada, who did none of it, is told where she stands instead: the target no longer fits what is left.
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert "Where you are now, your target no longer fits." in standing["schedule"]
    page = text(ada_client.get(f"/plans/{plan['id']}").content)
    assert standing["schedule"] in page
    assert message not in page


def _schedule_finished_label(page: bytes) -> str:
    """The visible text of the label of the form's "Schedule what I already marked done or skipped" box."""
    labels = re.findall(r"<label[^>]*>(.*?)</label>", page.decode(), re.S)
    [label] = [label for label in labels if 'name="schedule_finished"' in label]
    return text(label).strip()


def test_the_box_that_schedules_finished_work_says_what_happens_without_it_to_a_plan_under_way(
    ada_client: Client,
) -> None:
    # It said "otherwise it stays on the plan, off the schedule", also on a plan whose start is before today, whose
    # finished work keeps its place in its weeks, ticked and counted (planning/already_finished.py), as the preview
    # under it says.
    today = timezone.localdate()
    put_status(ada_client, "web-basics", "done")
    plan = create_plan(ada_client, hours_per_week=10, start=(today - timedelta(weeks=3)).isoformat())
    for page in (ada_client.get(f"/plans/{plan['id']}").content, ada_client.get("/generate").content):
        label = _schedule_finished_label(page)
        assert label.startswith("Schedule what I already marked done or skipped"), label
        assert "off the schedule" in label, label
        assert "if the plan starts before today, keeps its place in the plan's weeks and counts as done" in label, label


def test_the_cli_and_the_api_say_what_happens_to_finished_work_of_a_plan_under_way_too() -> None:
    from typer.testing import CliRunner

    from roadmapfinder.cli.app import app
    from tests.helpers import openapi_document

    help_text = " ".join(CliRunner().invoke(app, ["plan", "--help"], env={"COLUMNS": "200"}).output.split())
    described = openapi_document()["components"]["schemas"]["PlanRequest"]["properties"]["schedule_finished"]
    for said in (help_text, described["description"]):
        assert "starts before today" in said, said


def test_a_learner_who_finished_everything_before_the_first_session_is_told_so_everywhere(
    monkeypatch: pytest.MonkeyPatch, setenv: Any, tmp_path: Any, ada: Any, ada_client: Client
) -> None:
    # Everything done before the plan's first session had passed: the plan page, /me, the API and the CLI said
    # nothing at all (the standing waited for a session to pass), though finishing it all later was said.
    from typer.testing import CliRunner

    from roadmapfinder.cli.app import app
    from roadmapfinder.cli.server_client import Login
    from roadmapfinder.tracking.services import token_create
    from tests.helpers import answer_cli_calls_here

    today = timezone.localdate()
    plan = create_plan(ada_client, hours_per_week=10, start=(today + timedelta(days=3)).isoformat())
    finish_everything(ada_client, plan)
    finish = date.fromisoformat(plan["finish_date"])
    said = (
        f"You have finished everything on this plan, about {round((finish - today).days / 7)} weeks before its last "
        f"session ({finish.day} {finish:%B %Y})."
    )

    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert standing["schedule"] == said
    assert standing["behind"] is False
    assert said in text(ada_client.get(f"/plans/{plan['id']}").content)
    assert said in text(ada_client.get("/me").content)
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=token_create(user=ada, name="cli")[1]).save()
    answer_cli_calls_here(monkeypatch)
    shown = CliRunner().invoke(app, ["progress"], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    assert said in " ".join(shown.stdout.split())


def test_a_plan_not_begun_with_work_left_still_says_nothing_of_a_schedule(ada_client: Client) -> None:
    today = timezone.localdate()
    plan = create_plan(ada_client, hours_per_week=10, start=(today + timedelta(days=3)).isoformat())
    put_status(ada_client, plan["phases"][0]["topics"][0]["id"], "done")
    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert standing["schedule"] is None


def test_the_target_line_at_the_top_never_contradicts_the_readers_standing(ada_client: Client) -> None:
    # Behind so far that the deadline no longer fits, the learner still read "You finish on …, 10 days before your
    # target" at the top of the page (the line every reader of the plan shares), above their standing saying the
    # target no longer fits.
    today = timezone.localdate()
    start = today - timedelta(days=today.weekday(), weeks=6)
    target = start + timedelta(weeks=22)
    plan = create_plan(ada_client, hours_per_week=10, start=start.isoformat(), target_date=target.isoformat())
    plans_own = plan["target"]["message"]
    assert plans_own.startswith("You finish on"), plans_own
    put_status(ada_client, "web-basics", "done")
    path = f"/plans/{plan['id']}"

    [standing] = ada_client.get("/api/v1/me/progress").json()["plans"]
    assert "Where you are now, your target no longer fits." in standing["schedule"]
    page = text(ada_client.get(path).content)
    assert standing["schedule"] in page
    assert plans_own not in page, "no line above it says the target is met"
    stranger = text(Client().get(path).content)
    assert of_its_learner(plans_own) in stranger, "a reader who tracks nothing reads the plan's own, of its learner"

    marked = ada_client.post(
        "/me/progress/topic",
        {"topic": "http-basics", "status": "done", "track": f"plan:{plan['id']}", "phase": "1", "next": path},
        headers={"HX-Request": "true"},
    ).content.decode()
    assert 'id="plan-target" class="plan-target" hx-swap-oob="true"' in marked, "a mark redraws it in place"
    assert plans_own not in text(marked)

    finish_everything(ada_client, plan)
    page = text(ada_client.get(path).content)
    assert f"You finished everything before your target date, {target.day} {target:%B %Y}." in page
    assert plans_own not in page
