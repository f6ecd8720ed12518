"""The automatic weekly reschedule's rule itself (progress/auto_reschedule.py), for any plan and any marks.

The HTTP tests (tests/web/test_auto_reschedule.py) check that a server applies it and stores it; these check what
it decides: never for a learner who is not behind, at most once a week, the same whichever day of the week it
runs, and never dropping unfinished work nor scheduling finished work, whatever day the plan's weeks start on.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning import Plan, PlanRequest, WeekStart, build_plan
from roadmapfinder.planning.schedule import work_of
from roadmapfinder.planning.weeks import week_start_of
from roadmapfinder.progress import ProgressState, TopicStatus
from roadmapfinder.progress.auto_reschedule import auto_reschedule_request, auto_week_due
from roadmapfinder.progress.tracks import item_finished, standing_on
from tests.plan_strategies import CATALOG, TOPICS, plan_requests

PROJECTS = sorted(
    {
        w.ref
        for r in ("alpha-dev", "beta-ops")
        for w in work_of(build_plan(CATALOG, PlanRequest(targets=(r,)), today=date(2027, 1, 4)).phases)
        if w.kind == "project" and w.ref
    }
)
STATUSES = [TopicStatus.DONE, TopicStatus.SKIPPED, TopicStatus.IN_PROGRESS]

plans = plan_requests(max_hours_per_week=20)
marks = st.builds(
    lambda topics, projects: ProgressState(topics=topics, projects=frozenset(projects)),
    st.dictionaries(st.sampled_from(TOPICS), st.sampled_from(STATUSES), max_size=len(TOPICS)),
    st.sets(st.sampled_from(PROJECTS)) if PROJECTS else st.just(set()),
)


def built(fields: dict[str, object]) -> Plan | None:
    try:
        return build_plan(CATALOG, PlanRequest(**fields), today=fields["start"])  # type: ignore[arg-type]
    except InvalidInput:
        return None


def decide(plan: Plan, state: ProgressState, today: date) -> PlanRequest | None:
    """What the rule does on `today` for a plan whose week has not been checked yet."""
    week = auto_week_due(today=today, week_start=plan.request.week_start, checked_week=None)
    assert week is not None
    try:
        return auto_reschedule_request(plan, state, week=week, today=today)
    except InvalidInput:  # e.g. a target date before the week: the plan waits for its learner
        return None


@settings(max_examples=120, deadline=None)
@given(plans, marks, st.integers(min_value=0, max_value=200))
def test_a_learner_who_is_not_behind_is_never_moved(fields: dict[str, object], state: ProgressState, days: int) -> None:
    plan = built(fields)
    assume(plan is not None)
    assert plan is not None
    today = plan.start + timedelta(days=days)
    week = week_start_of(today, plan.request.week_start)
    standing = standing_on(plan, state, week)
    event("behind" if standing is not None and standing.behind else "not behind")
    if standing is None or not standing.behind:
        assert decide(plan, state, today) is None
    else:
        moved = decide(plan, state, today)
        assert moved is not None, "a learner behind is moved"
        assert moved.start == week, "what is left starts on the first day of the plan's week"


@settings(max_examples=120, deadline=None)
@given(
    st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
    st.sampled_from(list(WeekStart)),
    st.integers(min_value=0, max_value=30),
)
def test_the_rule_runs_at_most_once_a_week(today: date, week_start: WeekStart, later: int) -> None:
    week = auto_week_due(today=today, week_start=week_start, checked_week=None)
    assert week is not None, "an unchecked plan is due"
    assert week.weekday() == week_start.weekday
    assert week <= today < week + timedelta(days=7)
    again = today + timedelta(days=later)
    due = auto_week_due(today=again, week_start=week_start, checked_week=week)  # the week was claimed
    if again < week + timedelta(days=7):
        assert due is None, "never twice in the same week"
    else:
        assert due == week_start_of(again, week_start), "due again from the next week's first day"
    earlier = auto_week_due(today=today, week_start=week_start, checked_week=week - timedelta(days=7))
    assert earlier == week, "last week's check does not cover this week"


@settings(max_examples=80, deadline=None)
@given(plans, marks, st.integers(min_value=7, max_value=150), st.integers(min_value=0, max_value=6))
def test_the_decision_is_the_same_whichever_day_of_the_week_it_runs(
    fields: dict[str, object], state: ProgressState, days: int, shift: int
) -> None:
    plan = built(fields)
    assume(plan is not None)
    assert plan is not None
    first_day = week_start_of(plan.start + timedelta(days=days), plan.request.week_start)
    on_first_day = decide(plan, state, first_day)
    event("moved" if on_first_day is not None else "left")
    assert decide(plan, state, first_day + timedelta(days=shift)) == on_first_day


@settings(max_examples=100, deadline=None)
@given(plans, marks, st.integers(min_value=7, max_value=150))
def test_it_never_drops_unfinished_work_nor_schedules_finished_work(
    fields: dict[str, object], state: ProgressState, days: int
) -> None:
    plan = built(fields)
    assume(plan is not None)
    assert plan is not None
    today = plan.start + timedelta(days=days)
    moved = decide(plan, state, today)
    assume(moved is not None)
    assert moved is not None
    after = build_plan(CATALOG, moved, today=today)
    scheduled: dict[tuple[str, str], float] = {}
    for item in (i for s in after.sessions for i in s.items):
        scheduled[item.kind, item.key] = scheduled.get((item.kind, item.key), 0) + item.hours
    for work in work_of(plan.phases):
        if work.ref and item_finished(work.kind, work.ref, state):
            assert (work.kind, work.key) not in scheduled, f"finished {work.ref} is scheduled again"
        else:
            assert scheduled.get((work.kind, work.key)) == pytest.approx(work.hours, abs=0.05), f"{work.key} dropped"
    week = week_start_of(today, plan.request.week_start)
    assert all(s.day >= week for s in after.sessions), "nothing before the week's first day"
    assert all(w.start.weekday() == plan.request.week_start.weekday for w in after.weeks), "weeks keep their first day"
    assert moved.week_start == plan.request.week_start


def test_a_sunday_first_plan_is_checked_from_sunday() -> None:
    # Started four weeks before Sunday 7 February 2027, nothing done: behind when that week began
    plan = build_plan(
        CATALOG,
        PlanRequest(targets=("alpha-dev",), start=date(2027, 1, 10), hours_per_week=6, week_start=WeekStart.SUNDAY),
        today=date(2027, 1, 10),
    )
    saturday, sunday = date(2027, 2, 6), date(2027, 2, 7)
    assert auto_week_due(today=sunday, week_start=WeekStart.SUNDAY, checked_week=date(2027, 1, 31)) == sunday
    assert auto_week_due(today=saturday, week_start=WeekStart.SUNDAY, checked_week=date(2027, 1, 31)) is None
    moved = auto_reschedule_request(plan, ProgressState(), week=sunday, today=date(2027, 2, 9))
    assert moved is not None
    assert moved.start == sunday
    assert build_plan(CATALOG, moved, today=sunday).weeks[0].start == sunday


def test_a_learner_midway_through_a_long_topic_is_not_moved_week_after_week() -> None:
    # Five hours a week on Mondays: web-basics (10 h) on 4 and 11 January, http-basics (10 h) on 18 and 25 January.
    plan = build_plan(
        CATALOG,
        PlanRequest(targets=("alpha-dev",), start=date(2027, 1, 4), hours_per_week=5, study_days=("mon",)),
        today=date(2027, 1, 4),
    )
    on_plan = ProgressState(topics={"web-basics": TopicStatus.DONE, "http-basics": TopicStatus.IN_PROGRESS})
    week = date(2027, 1, 25)  # one of http-basics' two sessions has passed: it is in progress, as planned
    assert auto_reschedule_request(plan, on_plan, week=week, today=week) is None
    stalled = date(2027, 2, 8)  # two weeks later the learner is still on it, and terminal's first session passed
    moved = auto_reschedule_request(plan, on_plan, week=stalled, today=stalled)
    assert moved is not None, "stalled while the next topic's sessions pass: behind, so what is left moves"
