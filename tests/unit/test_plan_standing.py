"""Where a learner stands on a dated plan: the schedule standing, the streak of kept weeks and a week's work.

A plan keeps what its pages ask on every view (its sessions, its weeks by first day, the hours before a day), and
the streak is read only as far as the first open item; these properties hold that the answers are the rules read
plainly, week by week, over all the plan's sessions.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning import Plan, PlanRequest, build_plan
from roadmapfinder.planning.weeks import week_start_of
from roadmapfinder.progress import ProgressState, TopicStatus
from roadmapfinder.progress.this_week import plan_week, streak
from roadmapfinder.progress.tracks import ScheduleStanding, item_finished, standing_on
from tests.plan_strategies import CATALOG, plan_requests

STATUSES = [TopicStatus.DONE, TopicStatus.SKIPPED, TopicStatus.IN_PROGRESS]

plans = plan_requests(max_hours_per_week=12)


def built(fields: dict[str, object]) -> Plan | None:
    try:
        return build_plan(CATALOG, PlanRequest(**fields), today=fields["start"])  # type: ignore[arg-type]
    except InvalidInput:
        return None


@st.composite
def learners(draw: st.DrawFn, plan: Plan) -> ProgressState:
    """Progress as learners make it: the plan's work finished in order up to some point, then here and there."""
    refs = list(dict.fromkeys(i.ref for w in plan.weeks for i in w.items if i.ref))
    upto = draw(st.integers(min_value=0, max_value=len(refs)))
    later = draw(st.sets(st.sampled_from(refs))) if refs else set()
    topics: dict[str, TopicStatus] = {}
    projects = set()
    for number, ref in enumerate(refs):
        if number < upto or ref in later:
            if "/" in ref:
                projects.add(ref)
            else:
                topics[ref] = draw(st.sampled_from(STATUSES))
    return ProgressState(topics=topics, projects=frozenset(projects))


def streak_read_week_by_week(plan: Plan, state: ProgressState, today: date) -> int:
    """The streak's rule as it reads: back from the last ended week, a week whose work (and all before it) is
    finished counts; the first missed week of a month is forgiven; a second one ends the streak."""
    this_week_start = week_start_of(today, plan.request.week_start)
    ended = [w for w in plan.weeks if w.end < this_week_start]
    open_refs: set[str] = set()
    done_through = []
    for week in ended:
        open_refs |= {i.ref or i.key for i in week.items if not item_finished(i.kind, i.ref, state)}
        done_through.append(not open_refs)
    count, forgiven = 0, set()
    for week, kept in zip(reversed(ended), reversed(done_through), strict=True):
        if kept:
            count += 1
            continue
        if (week.start.year, week.start.month) in forgiven:
            break
        forgiven.add((week.start.year, week.start.month))
    return count


@settings(max_examples=150, deadline=None)
@given(plans, st.data(), st.integers(min_value=-10, max_value=400))
def test_the_streak_and_standing_are_the_rules_read_plainly(
    fields: dict[str, object], data: st.DataObject, days: int
) -> None:
    plan = built(fields)
    if plan is None:
        return
    state = data.draw(learners(plan))
    day = plan.start + timedelta(days=days)

    assert streak(plan, state, day) == streak_read_week_by_week(plan, state, day)

    standing = standing_on(plan, state, day)
    passed = [s for w in plan.weeks for s in w.sessions if s.day < day]
    everything = all(item_finished(i.kind, i.ref, state) for w in plan.weeks for i in w.items)
    if not passed and not everything:
        assert standing is None, "nothing to stand against before a session has passed"
    else:
        assert standing is not None, "a session has passed, or everything is finished"
        assert (standing.all_finished is not None) == everything
        assert standing.due_hours == sum(s.hours for s in passed)
        finished = [i.hours for w in plan.weeks for i in w.items if item_finished(i.kind, i.ref, state)]
        assert standing.finished_hours == sum(finished)
        started = [i.hours for s in passed for i in s.items if state.status(i.ref) is TopicStatus.IN_PROGRESS]
        assert standing.started_hours == sum(started), "a topic in progress counts for its sessions that passed"

    week = plan_week(plan, plan_id="p", title="", state=state, today=day)
    holding = [w for w in plan.weeks if w.start <= day <= w.end]
    assert week.week_number == (holding[0].number if holding else None)
    assert [s.date for s in week.sessions] == [s.day for w in holding for s in w.sessions]


def test_a_missed_week_is_forgiven_once_a_month() -> None:
    # One item a week: web-basics, http-basics, terminal, version-control (from 1, 8, 15 and 22 March), the
    # foundations project (29 March), markup (5 April).
    plan = built({"targets": ["alpha-dev"], "hours_per_week": 10, "start": date(2027, 3, 1), "week_start": "monday"})
    assert plan is not None
    assert [i.ref for w in plan.weeks[:6] for i in w.items] == [
        "web-basics",
        "http-basics",
        "terminal",
        "version-control",
        "alpha-dev/foundations-project",
        "markup",
    ]
    done = TopicStatus.DONE
    two = ProgressState(topics={"web-basics": done, "http-basics": done})
    assert streak(plan, two, date(2027, 3, 22)) == 2, "the first missed week of March is forgiven"
    assert streak(plan, two, date(2027, 3, 29)) == 0, "a second missed week in March ends the streak"
    four = ProgressState(topics=dict.fromkeys(("web-basics", "http-basics", "terminal", "version-control"), done))
    assert streak(plan, four, date(2027, 4, 12)) == 4, "one missed week in March and one in April are forgiven"
    finished_late = ProgressState(topics={**four.topics, "markup": done})
    assert streak(plan, finished_late, date(2027, 4, 12)) == 4, "later work finished does not mend an earlier week"
    everything = ProgressState(topics=finished_late.topics, projects=frozenset({"alpha-dev/foundations-project"}))
    assert streak(plan, everything, date(2027, 4, 12)) == 6


@pytest.mark.parametrize(
    ("due", "done", "message"),
    [
        (20, 0, "You are about 3 weeks behind: 20 hours to catch up."),  # 2.5 weeks at 8 h a week
        (28, 0, "You are about 4 weeks behind: 28 hours to catch up."),  # 3.5 weeks
        (12, 0, "You are about 2 weeks behind: 12 hours to catch up."),  # 1.5 weeks
        (4, 0, "You are about 1 week behind: 4 hours to catch up."),  # half a week
        (3, 0, "You are on schedule."),
        (0, 20, "You are about 3 weeks ahead of schedule."),
    ],
)
def test_weeks_behind_or_ahead_are_rounded_the_way_people_round(due: float, done: float, message: str) -> None:
    # Halves go up, always: 2.5 weeks behind said "about 2 weeks" while 1.5 and 3.5 said 2 and 4 (banker's rounding).
    standing = ScheduleStanding(due_hours=due, finished_hours=done, hours_per_week=8)
    assert standing.message == message
    assert standing.behind == ("behind" in message)


def test_the_hours_to_catch_up_are_rounded_half_up_too() -> None:
    assert ScheduleStanding(due_hours=12.5, finished_hours=0, hours_per_week=8).message.endswith(
        "13 hours to catch up."
    )
