"""Plan generation: properties that must hold for any request (Hypothesis), and the named cases of the issue."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from math import ceil, floor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmapfinder.catalog import Catalog, load_catalog
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning import Plan, PlanRequest, build_plan
from tests.conftest import SAMPLE_CONTENT

CATALOG: Catalog = load_catalog(SAMPLE_CONTENT)
TOPICS = sorted(t.id for t in CATALOG.topics)
ROADMAPS = ["alpha-dev", "beta-ops"]
TODAY = date(2026, 11, 25)


def plan(**fields: object) -> Plan:
    return build_plan(CATALOG, PlanRequest(**fields), today=TODAY)  # type: ignore[arg-type]


def scheduled_topics(result: Plan) -> list[str]:
    """Topic ids in the order the schedule starts them."""
    return [i.key for w in result.weeks for i in w.items if i.kind == "topic" and i.part in ("whole", "start")]


def _held_by_sessions(fields: dict[str, object]) -> dict[str, object]:
    """The request with no more hours a week than its sessions hold (at most 12 hours each, or the length asked),
    as the planner requires: other requests are refused, and these properties are about the plans it makes."""
    days = len(fields["study_days"]) or 5  # type: ignore[arg-type]
    minutes = fields["session_minutes"]
    held = days * (minutes / 60 if isinstance(minutes, int) else 12)
    return {**fields, "hours_per_week": max(1, min(fields["hours_per_week"], floor(held)))}  # type: ignore[call-overload]


requests = st.fixed_dictionaries(
    {
        "targets": st.lists(st.sampled_from(ROADMAPS + TOPICS), min_size=1, max_size=3, unique=True),
        "hours_per_week": st.integers(min_value=1, max_value=40),
        "known": st.lists(st.sampled_from(TOPICS), max_size=5, unique=True),
        "level": st.sampled_from(["beginner", "junior", "mid", "senior"]),
        "study_days": st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), unique=True),
        "session_minutes": st.none() | st.integers(min_value=15, max_value=240),
        "start": st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
        "week_start": st.sampled_from(["monday", "sunday", "saturday"]),
    }
).map(_held_by_sessions)


def build_or_none(fields: dict[str, object]) -> Plan | None:
    try:
        return plan(**fields)
    except InvalidInput:  # everything known: a clear refusal, checked elsewhere
        return None


@settings(max_examples=150, deadline=None)
@given(requests)
def test_invariants_hold_for_any_request(fields: dict[str, object]) -> None:
    result = build_or_none(fields)
    if result is None:
        return
    order = scheduled_topics(result)
    known = set(fields["known"])  # type: ignore[arg-type]
    assert len(order) == len(set(order)), "no topic is scheduled twice"
    assert not known & set(order), "known topics never appear"
    position = {t: n for n, t in enumerate(order)}
    excluded = {s.id for s in result.skipped}
    for topic_id in order:
        for prerequisite in CATALOG.topic(topic_id).prerequisites:
            assert prerequisite in position or prerequisite in excluded | known, (topic_id, prerequisite)
            if prerequisite in position:
                assert position[prerequisite] < position[topic_id], "prerequisites precede dependents"
    hours = fields["hours_per_week"]
    assert all(w.hours <= hours + 1e-6 for w in result.weeks), "no week exceeds the hours"
    planned = [t for p in result.phases for t in p.topics]
    assert sorted(t.id for t in planned) == sorted(order), "every remaining topic is scheduled exactly once"
    for topic in planned:
        spent = sum(i.hours for w in result.weeks for i in w.items if i.kind == "topic" and i.key == topic.id)
        assert spent == pytest.approx(topic.hours, abs=0.05)
    days = {["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(d) for d in fields["study_days"]} or set(range(5))  # type: ignore[attr-defined]
    sessions = result.sessions
    assert all(s.day.weekday() in days for s in sessions), "sessions fall only on study days"
    assert all(s.day >= result.start for s in sessions), "no session before the start"
    assert len({s.day for s in sessions}) == len(sessions), "one session a day"
    assert result.finish_date == sessions[-1].day, "the plan finishes on its last session"
    first_day = {"monday": 0, "sunday": 6, "saturday": 5}[fields["week_start"]]  # type: ignore[index]
    for week in result.weeks:
        assert week.start.weekday() == first_day, "weeks start on the plan's first day of the week"
        assert (week.end - week.start).days == 6
        assert all(week.start <= s.day <= week.end for s in week.sessions)
        assert sum(s.hours for s in week.sessions) <= hours + 1e-6, "no week holds more than the hours asked"
    if fields["session_minutes"] is None:  # full weeks between the first and the last hold exactly the hours
        assert all(w.hours == pytest.approx(hours) for w in result.weeks[1:-1])
    if fields["session_minutes"] is None:  # the hours spread over the days: full weeks but maybe the first
        assert ceil(result.total_hours / hours - 1e-6) <= result.total_weeks <= ceil(result.total_hours / hours) + 1


@settings(max_examples=80, deadline=None)
@given(requests)
def test_doubling_the_hours_never_lengthens_and_roughly_halves(fields: dict[str, object]) -> None:
    # A fixed session length caps the week, so doubling the hours is only felt when sessions grow with them.
    # Doubled, the hours must still fit in sessions of at most 12 hours on the study days.
    longest = 6 * (len(fields["study_days"]) or 5)  # type: ignore[arg-type]
    fields = {**fields, "hours_per_week": min(fields["hours_per_week"], 40, longest), "session_minutes": None}  # type: ignore[type-var]
    slow = build_or_none(fields)
    if slow is None:
        return
    fast = plan(**{**fields, "hours_per_week": 2 * fields["hours_per_week"]})  # type: ignore[operator]
    assert fast.total_weeks <= slow.total_weeks
    assert fast.total_weeks <= ceil(slow.total_weeks / 2) + 1
    assert fast.total_hours == slow.total_hours


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3, unique=True), st.lists(st.sampled_from(TOPICS)))
def test_goal_topic_plan_contains_every_prerequisite_not_known_nor_beneath_a_known_one(
    goals: list[str], known: list[str]
) -> None:
    result = build_or_none({"targets": goals, "known": known})
    if result is None:
        return
    planned = set(scheduled_topics(result))
    beneath = set(CATALOG.with_prerequisites(known))  # what a known topic builds on is known too
    pending = [g for g in goals if g not in known]  # a goal is planned even when a known topic builds on it
    while pending:
        topic_id = pending.pop()
        assert topic_id in planned, topic_id
        pending += [p for p in CATALOG.topic(topic_id).prerequisites if p not in beneath]


def test_merged_roadmaps_schedule_shared_topics_once_at_the_earliest_need() -> None:
    result = plan(targets=["alpha-dev", "beta-ops"])
    order = scheduled_topics(result)
    assert len(order) == len(set(order)) == 20
    assert order.index("terminal") < order.index("containers")


def test_projects_come_after_the_topics_they_practise() -> None:
    result = plan(targets=["alpha-dev"], hours_per_week=7)
    seen: set[str] = set()
    for week in result.weeks:
        for item in week.items:
            if item.kind == "topic" and item.part in ("whole", "finish"):
                seen.add(item.key)
            if item.kind == "project" and item.part in ("whole", "start"):
                project = next(p for ph in result.phases for p in ph.projects if p.title == item.key)
                assert set(project.practises) <= seen


def test_level_skips_phases_below_but_keeps_what_later_topics_need() -> None:
    result = plan(targets=["alpha-dev"], level="mid")
    order = scheduled_topics(result)
    assert "markup" not in order
    assert {s.id: s.reason for s in result.skipped}["markup"] == "below your level (mid)"
    assert "http-basics" in order, "API basics, in a phase at the learner's level, needs it"
    assert "web-basics" in order, "and HTTP basics needs this one"
    assert order.index("web-basics") < order.index("http-basics") < order.index("api-basics")
    kept = next(t for p in result.phases for t in p.topics if t.id == "http-basics")
    assert kept.note == "kept although below your level: a later topic needs it"
    assert not result.phases[0].projects, "projects of skipped phases are skipped too"


def test_whole_roadmap_known_and_assumed_roadmaps() -> None:
    result = plan(targets=["beta-ops"])
    reasons = {s.id: s.reason for s in result.skipped}
    assert reasons["markup"] == "Beta Operations assumes the Alpha Developer roadmap"
    assert set(scheduled_topics(result)) == {"containers", "pipelines", "monitoring"}
    finished = plan(targets=["alpha-dev", "beta-ops"], finished=["alpha-dev"])
    assert set(scheduled_topics(finished)) == {"containers", "pipelines", "monitoring"}
    assert {s.reason for s in finished.skipped if s.id == "markup"} == {"you finished the Alpha Developer roadmap"}


def test_a_roadmap_finished_in_words_leaves_the_plan_as_the_finished_box_does() -> None:
    # Before: "i finished the alpha developer roadmap" knew its core skills only, so its extra section (scaling) and
    # its projects stayed in the plan, where the "I finished these roadmaps" box takes them all out.
    by_box = plan(targets=["alpha-dev", "beta-ops"], finished=["alpha-dev"])
    said = plan(targets=["alpha-dev", "beta-ops"], known=["i finished the alpha developer roadmap"])
    assert scheduled_topics(said) == scheduled_topics(by_box) == ["containers", "pipelines", "monitoring"]
    projects = [[i.key for w in p.weeks for i in w.items if i.kind == "project"] for p in (said, by_box)]
    assert projects[0] == projects[1]
    assert {s.id for s in said.skipped} == {s.id for s in by_box.skipped}
    assert [u.line for u in said.understood] == [
        "“i finished the alpha developer roadmap” → Alpha Developer, the whole roadmap (17 topics)"
    ]
    assert plan(targets=["beta-ops"]).assumed, "Beta Operations assumes Alpha Developer"
    assert plan(targets=["beta-ops"], known=["i finished the alpha developer roadmap"]).assumed == ()


def test_a_bare_roadmap_name_known_means_its_entry_topics_never_the_whole_roadmap() -> None:
    result = plan(targets=["alpha-dev"], known=["Alpha Developer"])
    skipped = {s.id: s.reason for s in result.skipped}
    assert set(skipped) == {"web-basics", "http-basics", "terminal", "version-control"}
    assert skipped["terminal"] == "you know it (you said “Alpha Developer”)"
    assert {"markup", "api-basics"} <= set(scheduled_topics(result))
    assert [u.line for u in result.understood] == [
        "“Alpha Developer” → How the web works, HTTP basics, Terminal basics, Version control"
    ]


def test_an_unknown_word_in_known_is_reported_and_the_plan_still_builds() -> None:
    result = plan(targets=["alpha-dev"], known=["markup", "cobol", "a bit of terminal and qqzzx"])
    assert result.not_understood == ("cobol", "qqzzx")
    assert {s.id for s in result.skipped} == {"markup", "terminal"}
    assert all(s.reason for s in result.skipped)


def test_a_finished_roadmap_must_be_named_exactly() -> None:
    with pytest.raises(InvalidInput) as caught:
        plan(targets=["beta-ops"], finished=["gamma"])
    assert caught.value.message == "no roadmap named `gamma` in finished"


def test_stack_resolves_variants() -> None:
    result = plan(targets=["alpha-dev"], stack="python")
    orm = next(t for p in result.phases for t in p.topics if t.id == "orm-layer")
    assert orm.variant == "SQLAlchemy"


def test_add_brings_missing_prerequisites_and_drop_removes() -> None:
    result = plan(targets=["http-basics"], add=["orm-layer"], drop=["web-basics"])
    order = scheduled_topics(result)
    assert order == ["http-basics", "data-storage", "queries", "orm-layer"]
    assert result.phases[-1].title == "Your additions"


def test_order_moves_topics_earlier_as_far_as_prerequisites_allow() -> None:
    default = scheduled_topics(plan(targets=["alpha-dev"]))
    moved = scheduled_topics(plan(targets=["alpha-dev"], order=["version-control", "http-basics"]))
    assert default[:4] == ["web-basics", "http-basics", "terminal", "version-control"]
    assert moved[:4] == ["version-control", "web-basics", "http-basics", "terminal"]


def test_names_are_matched_forgivingly() -> None:
    result = plan(targets=["Alpha Developer"], known=["HTTP Basics", "version control"])
    assert {"http-basics", "version-control"}.isdisjoint(scheduled_topics(result))


def test_weeks_have_real_dates_and_study_days() -> None:
    result = plan(targets=["alpha-dev"], start=date(2027, 1, 6), study_days=["wed", "mon"], hours_per_week=6)
    first, second = result.weeks[0], result.weeks[1]
    assert (first.start, first.end) == (date(2027, 1, 4), date(2027, 1, 10)), "weeks start on Monday"
    assert [s.day for s in first.sessions] == [date(2027, 1, 6)], "nothing before the start date"
    assert first.hours == 3, "a late start holds only its own sessions"
    assert [s.day for s in second.sessions] == [date(2027, 1, 11), date(2027, 1, 13)]
    assert all(s.hours == 3 and s.start == time(19, 0) and s.end == time(22, 0) for s in second.sessions)
    assert result.finish_date == result.sessions[-1].day


def test_weeks_start_on_the_first_day_asked() -> None:
    # Wednesday 6 January 2027; the learner studies on Sunday, Monday and Saturday, 6 hours a week
    days = ["mon", "sat", "sun"]
    monday = plan(targets=["alpha-dev"], start=date(2027, 1, 6), study_days=days, hours_per_week=6)
    sunday = plan(targets=["alpha-dev"], start=date(2027, 1, 6), study_days=days, hours_per_week=6, week_start="sunday")
    saturday = plan(
        targets=["alpha-dev"], start=date(2027, 1, 6), study_days=days, hours_per_week=6, week_start="saturday"
    )
    assert (monday.weeks[0].start, monday.weeks[0].end) == (date(2027, 1, 4), date(2027, 1, 10))
    assert (sunday.weeks[0].start, sunday.weeks[0].end) == (date(2027, 1, 3), date(2027, 1, 9))
    # Saturday's week 2-8 January has no study day left after the 6th: the plan's first week is the next one
    assert (saturday.weeks[0].start, saturday.weeks[0].end) == (date(2027, 1, 9), date(2027, 1, 15))
    # the same sessions, cut into weeks differently: a Sunday-first week is Sun, Mon, ... Sat
    assert [s.day for s in sunday.weeks[1].sessions] == [date(2027, 1, 10), date(2027, 1, 11), date(2027, 1, 16)]
    assert [s.day for s in saturday.weeks[0].sessions] == [date(2027, 1, 9), date(2027, 1, 10), date(2027, 1, 11)]
    assert sunday.request.days == ("sun", "mon", "sat"), "study days listed in the plan's week order"
    assert all(w.hours <= 6 for p in (monday, sunday, saturday) for w in p.weeks)


def test_week_start_is_refused_plainly_when_unknown() -> None:
    from pydantic import ValidationError

    from roadmapfinder.planning.learner_input import plan_request_from_input

    with pytest.raises(ValidationError, match="monday', 'sunday' or 'saturday'"):
        PlanRequest(targets=("alpha-dev",), week_start="friday")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="week start `friday`") as refused:
        plan_request_from_input(targets="alpha-dev", week_start="friday")
    assert refused.value.field == "week_start"
    assert "monday, sunday, saturday" in refused.value.hint
    assert plan_request_from_input(targets="alpha-dev", week_start="Sun").week_start == "sunday"
    assert plan_request_from_input(targets="alpha-dev").week_start == "monday"


def test_sessions_follow_the_time_and_length_asked() -> None:
    result = plan(
        targets=["alpha-dev"],
        start=date(2027, 1, 4),
        study_days=["sat"],
        session_time="08:30",
        session_minutes=90,
        hours_per_week=1.5,
    )
    sessions = result.sessions
    assert all(s.day.weekday() == 5 and s.start == time(8, 30) for s in sessions)
    assert max(s.hours for s in sessions) == 1.5


def test_a_plan_saved_before_sessions_still_loads_with_weekday_evenings() -> None:
    old = {
        "targets": ["alpha-dev"],
        "hours_per_week": 5.0,
        "study_days": [],
        "known": [],
        "level": "beginner",
        "stack": None,
        "start": "2027-01-04",
        "target_date": None,
        "drop": [],
        "add": [],
        "order": [],
    }
    result = build_plan(CATALOG, PlanRequest.model_validate(old), today=TODAY)
    assert result.request.week_start == "monday", "a plan saved before week_start reads as Monday-first"
    assert all(w.start.weekday() == 0 for w in result.weeks)
    assert {s.day.weekday() for s in result.sessions} == {0, 1, 2, 3, 4}
    assert {s.hours for s in result.sessions[:-1]} == {1.0}


def test_target_date_feasibility_is_said_plainly() -> None:
    start = date(2027, 1, 4)
    easy = plan(targets=["alpha-dev"], start=start, target_date=start + timedelta(days=365))
    assert easy.target is not None
    assert easy.target.feasible
    tight = plan(targets=["alpha-dev"], start=start, target_date=start + timedelta(days=69))
    assert tight.target is not None
    assert not tight.target.feasible
    assert tight.target.hours_per_week_needed == 21
    assert "To finish by 14 March you need 21 hours a week" in tight.target.message
    again = plan(targets=["alpha-dev"], start=start, target_date=start + timedelta(days=69), hours_per_week=21)
    assert again.target is not None
    assert again.target.feasible
    impossible = plan(targets=["alpha-dev"], start=start, target_date=start + timedelta(days=6))
    assert impossible.target is not None
    assert impossible.target.hours_per_week_needed is None
    assert "even at 60 hours a week (the most your study days hold)" in impossible.target.message


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"targets": ["alpha-dev"], "hours_per_week": 0}, "0 hours per week is out of range"),
        ({"targets": ["alpha-dev"], "hours_per_week": 500}, "500 hours per week is out of range"),
        ({"targets": ["alpah-dev"]}, "unknown roadmap or topic in targets: `alpah-dev` (close names: Alpha Developer"),
        ({"targets": []}, "the plan has nothing to reach"),
        ({"targets": ["alpha-dev"], "stack": "cobol"}, "unknown stack `cobol`"),
        (
            {"targets": ["alpha-dev"], "start": date(2027, 1, 1), "target_date": date(2026, 1, 1)},
            "the target date 2026-01-01 is not after the start date 2027-01-01",
        ),
        ({"targets": ["markup"], "known": ["markup"]}, "nothing is left to learn"),
    ],
)
def test_bad_inputs_get_clear_messages(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        plan(**fields)
    assert caught.value.message.startswith(message)
    assert caught.value.hint


def test_exact_ids_win_and_known_prefers_topics_over_roadmap_aliases() -> None:
    # "alpha" is an alias of the Alpha Developer roadmap; as a target it is the roadmap
    assert plan(targets=["alpha"]).roadmaps == ("alpha-dev",)
    # "beta" names the Beta Operations roadmap and the Containers topic: a target is the roadmap...
    assert plan(targets=["beta"]).roadmaps == ("beta-ops",)
    # ...but what a learner knows is the topic
    result = plan(targets=["beta-ops"], known=["beta"])
    assert {s.id: s.reason for s in result.skipped if s.reason.startswith("you know")} == {
        "containers": "you know it (you said “beta”)"
    }
    # "ops sample" is only a roadmap alias: known, it means the roadmap's entry topics, not all of it
    result = plan(targets=["beta-ops", "alpha-dev"], known=["ops sample"])
    known = {s.id for s in result.skipped if s.reason.startswith("you know it")}
    assert known == {"containers", "pipelines", "monitoring", "terminal"}
    # ...and what they build on: Pipelines' Version control
    beneath = {s.id: s.reason for s in result.skipped if s.reason.endswith("what it builds on")}
    assert beneath == {"version-control": "you know Pipelines and what it builds on"}


@pytest.mark.parametrize(
    ("typed", "at", "minutes"),
    [("7pm", time(19, 0), None), ("7.30 am", time(7, 30), None), ("18h30", time(18, 30), 90), ("", None, None)],
)
def test_session_time_and_length_as_learners_type_them(typed: str, at: time | None, minutes: int | None) -> None:
    from roadmapfinder.planning.learner_input import plan_request_from_input

    length = "1h30" if minutes else ""
    request = plan_request_from_input(targets="alpha-dev", session_time=typed, session_minutes=length)
    assert request.session_time == at
    assert request.session_minutes == minutes


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"session_time": "25:00"}, "the session time `25:00` is not a time of day"),
        ({"session_time": "evening"}, "the session time `evening` is not a time of day"),
        ({"session_minutes": "5"}, "the session length `5` is not a length from 15 minutes to 12 hours"),
    ],
)
def test_bad_session_time_or_length_is_named(fields: dict[str, str], message: str) -> None:
    from roadmapfinder.planning.learner_input import plan_request_from_input

    with pytest.raises(InvalidInput, match=re.escape(message)):
        plan_request_from_input(targets="alpha-dev", **fields)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(
    requests,
    st.sets(st.sampled_from(TOPICS)),
    st.integers(min_value=-20, max_value=300),
    st.none() | st.integers(min_value=1, max_value=40),
)
def test_a_reschedule_never_drops_unfinished_work_nor_schedules_finished_work(
    fields: dict[str, object], done: set[str], days_later: int, hours: int | None
) -> None:
    from roadmapfinder.planning.replan import replan_request
    from roadmapfinder.planning.schedule import work_of

    before = build_or_none(fields)
    if before is None:
        return
    today = before.start + timedelta(days=max(days_later, 0))
    start = today + timedelta(days=min(days_later, 0) // 10)  # sometimes a few days back
    if hours is not None:  # a new pace the plan's sessions hold (others are refused)
        hours = int(_held_by_sessions({**fields, "hours_per_week": hours})["hours_per_week"])  # type: ignore[call-overload]
    request = replan_request(
        before, is_finished=lambda kind, ref: ref in done, start=start, today=today, hours_per_week=hours
    )
    after = build_plan(CATALOG, request, today=today)
    every = work_of(before.phases)
    scheduled: dict[tuple[str, str], float] = {}
    for item in (i for s in after.sessions for i in s.items):
        scheduled[item.kind, item.key] = scheduled.get((item.kind, item.key), 0) + item.hours
    for work in every:
        if work.kind == "topic" and work.ref in done:
            assert (work.kind, work.key) not in scheduled, f"finished {work.ref} is scheduled again"
        else:
            assert scheduled.get((work.kind, work.key)) == pytest.approx(work.hours, abs=0.05), f"{work.key} dropped"
    assert [p.number for p in after.phases] == [p.number for p in before.phases], "the plan keeps every phase"
    assert all(s.day >= start for s in after.sessions), "nothing before the new start"
    pace = hours or before.request.hours_per_week
    assert all(w.hours <= pace + 1e-6 for w in after.weeks)
    if after.sessions:
        assert after.finish_date == after.sessions[-1].day


def test_a_reschedule_rechecks_the_target_date() -> None:
    from roadmapfinder.planning.replan import replan_request

    start = date(2027, 1, 4)
    before = plan(targets=["alpha-dev"], start=start, target_date=date(2027, 6, 30), hours_per_week=10)
    assert before.target is not None
    assert before.target.feasible
    late = date(2027, 4, 5)  # three months later, nothing done
    after = build_plan(
        CATALOG, replan_request(before, is_finished=lambda *_: False, start=late, today=late), today=late
    )
    assert after.target is not None
    assert not after.target.feasible
    assert "To finish by 30 June you need 17 hours a week" in after.target.message
    with pytest.raises(InvalidInput, match="is more than a year from today"):
        replan_request(before, is_finished=lambda *_: False, start=date(2030, 1, 1), today=late)
    with pytest.raises(InvalidInput, match="is not after"):
        replan_request(before, is_finished=lambda *_: False, start=date(2027, 7, 1), today=late)


@pytest.mark.parametrize(
    ("tag", "first_day"),
    [
        ("en-US", "sunday"),
        ("en_GB", "monday"),
        ("de", "monday"),
        ("fr-FR", "monday"),
        ("ar-EG", "saturday"),
        ("fa", "saturday"),  # no country: CLDR's likely one, Iran
        ("en", "sunday"),  # likewise the United States
        ("pt-BR", "sunday"),
        ("he", "sunday"),
        ("dv", "monday"),  # the Maldives start on Friday: not offered, so Monday
        ("xx", None),
        ("", None),
        ("en US", None),
    ],
)
def test_the_first_day_of_the_week_for_a_locale_is_cldrs(tag: str, first_day: str | None) -> None:
    from roadmapfinder.planning.weeks import week_start_for_locale

    assert week_start_for_locale(tag) == first_day


@pytest.mark.parametrize(
    ("header", "first_day"),
    [
        ("en-US,en;q=0.9", "sunday"),
        ("en-GB,en-US;q=0.9", "monday"),
        ("en-US;q=0.5, ar-EG", "saturday"),  # the most preferred first, whatever the order written
        ("zz, de;q=0.8", "monday"),  # an unknown language is passed over
        ("en-US;q=0, fa", "saturday"),  # q=0 means "not this one"
        ("*", "monday"),
        ("", "monday"),
        (None, "monday"),
        ("en-US;q=lots", "monday"),
    ],
)
def test_accept_language_gives_the_most_preferred_known_languages_first_day(header: str | None, first_day: str) -> None:
    from roadmapfinder.planning.weeks import week_start_from_accept_language

    assert week_start_from_accept_language(header) == first_day


@pytest.mark.parametrize(
    ("posix", "first_day"),
    [
        ("en_US.UTF-8", "sunday"),
        ("de_DE@euro", "monday"),
        ("ar_EG.UTF-8", "saturday"),
        ("C.UTF-8", "monday"),
        ("POSIX", "monday"),
        ("", "monday"),
        (None, "monday"),
        ("klingon", "monday"),
    ],
)
def test_a_posix_locale_gives_its_first_day_and_c_means_monday(posix: str | None, first_day: str) -> None:
    from roadmapfinder.planning.weeks import week_start_from_posix_locale

    assert week_start_from_posix_locale(posix) == first_day


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["monday", "sunday", "saturday"]),
)
def test_the_week_of_a_day_starts_on_its_first_day_and_holds_it(day: date, first: str) -> None:
    from roadmapfinder.planning.weeks import WeekStart, week_start_of

    start = week_start_of(day, WeekStart(first))
    assert start.strftime("%A").lower() == first
    assert start <= day < start + timedelta(days=7)
