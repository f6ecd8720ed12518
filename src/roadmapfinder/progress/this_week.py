"""This week across a learner's plans: the sessions due, each topic's mark, and what slipped from last week.

One shape serves /me, the home page of a returning learner, `GET /api/v1/me/this-week` and the CLI's `today` and
`week`. The streak is here too: weeks, back from the last one that ended, in which everything the plan had
scheduled up to that week's end is finished; one missed week a month is forgiven. It is read from today's marks
(progress keeps no history of when each topic was finished), so finishing late still mends a week.

"This week" is each plan's own week: the seven days from the plan's first day of the week (`week_start`) that
hold today, so a Sunday-first plan's week on a Sunday is the one that begins that day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from pydantic import BaseModel, Field

from roadmapfinder.planning.plan import Plan
from roadmapfinder.planning.schedule import Week, WeekItem
from roadmapfinder.planning.weeks import WeekStart, week_start_of
from roadmapfinder.progress.status import ProgressState, TopicStatus
from roadmapfinder.progress.tracks import item_finished, plan_item_finished

PART_WORDS = {"whole": "", "start": "begin", "continue": "continue", "finish": "finish"}


class DueItemOut(BaseModel):
    kind: str  # topic or project
    ref: str  # topic id or project key: what marking it sends
    name: str
    hours: float
    part: str  # "", "begin", "continue" or "finish"
    phase: int
    status: str | None  # the topic's status (done, in_progress, skipped), "done" for a finished project, else null
    finished: bool


class DueSessionOut(BaseModel):
    date: date
    start: time
    end: time
    hours: float
    finished: bool
    items: list[DueItemOut]


class PlanWeekOut(BaseModel):
    """One plan's week: its number in the plan, its sessions, and last week's unfinished work."""

    plan_id: str
    title: str
    # The first and last day of this plan's week (its weeks may start on Monday, Sunday or Saturday); always set by
    # this server, optional so the CLI still reads an older server's answer.
    week_start: date | None = Field(default=None, description="the first day of this plan's week")
    week_end: date | None = Field(default=None, description="the last day of this plan's week")
    week_number: int | None  # None when the plan has no session this week
    hours: float
    finished_hours: float
    sessions: list[DueSessionOut]
    slipped: list[DueItemOut]
    streak_weeks: int
    content_changes: list[str] = Field(
        default_factory=list,
        description="said in the week the plan met a change of the catalog's content: when, which weeks stay as they "
        "were planned, and each change by name (the plan's page keeps saying them)",
    )


class ThisWeekOut(BaseModel):
    """This week across the learner's plans. `week_start`/`week_end` are the week of the first plan listed (the
    learner's usual first day of the week); each plan also carries its own, should its weeks start elsewhere."""

    today: date
    week_start: date
    week_end: date
    plans: list[PlanWeekOut]

    @property
    def today_sessions(self) -> list[tuple[PlanWeekOut, DueSessionOut]]:
        return [(p, s) for p in self.plans for s in p.sessions if s.date == self.today]


def _item(item: WeekItem, state: ProgressState) -> DueItemOut:
    finished = item_finished(item.kind, item.ref, state)
    if item.kind == "topic":
        status = state.status(item.ref)
        value = status.value if status else None
    else:
        value = "done" if finished else None
    return DueItemOut(
        kind=item.kind,
        ref=item.ref,
        name=item.title,
        hours=item.hours,
        part=PART_WORDS[item.part],
        phase=item.phase,
        status=value,
        finished=finished,
    )


def plan_week(plan: Plan, *, plan_id: str, title: str, state: ProgressState, today: date) -> PlanWeekOut:
    """The plan's sessions in its week holding `today`, and last week's work still open."""
    standing = week_standing(plan, plan_id=plan_id, title=title, state=state, today=today)
    sessions = []
    for session in standing.week.sessions if standing.week else ():
        items = [_item(i, state) for i in session.items]
        sessions.append(
            DueSessionOut(
                date=session.day,
                start=session.start,
                end=session.end,
                hours=session.hours,
                finished=all(i.finished for i in items),
                items=items,
            )
        )
    return PlanWeekOut(
        plan_id=plan_id,
        title=title,
        week_start=standing.week_start,
        week_end=standing.week_end,
        week_number=standing.week_number,
        hours=standing.hours,
        finished_hours=standing.finished_hours,
        sessions=sessions,
        slipped=standing.slipped,
        streak_weeks=standing.streak_weeks,
        content_changes=[
            line
            for update in plan.content_updates
            if update.on >= standing.week_start
            for line in (update.message, *(c.message for c in update.changes))
        ],
    )


@dataclass(frozen=True)
class WeekStanding:
    """A plan's week holding today as the reader stands on it, without its sessions written out item by item: what
    /me fills its kept panel of the week with (tracking/templatetags/plan_tags.py `kept_week_panel`), whose sessions
    are laid out once per plan and day. `plan_week` is this with the sessions, as the API gives them."""

    plan_id: str
    title: str
    week_start: date
    week_end: date
    week_number: int | None  # None when the plan has no session this week
    week: Week | None  # the plan's week as it counts (`Plan.counted_week`), None when it has no session
    hours: float
    finished_hours: float
    slipped: list[DueItemOut]
    streak_weeks: int

    @property
    def shown(self) -> bool:
        """Whether the week is shown at all: it holds sessions, or last week left work open."""
        return bool(self.week and self.week.sessions) or bool(self.slipped)


def week_standing(plan: Plan, *, plan_id: str, title: str, state: ProgressState, today: date) -> WeekStanding:
    """The reader's standing on the plan's week holding `today` (`WeekStanding`)."""
    first_day = week_start_of(today, plan.request.week_start)
    planned = plan.week_starting(first_day)
    week = plan.counted_week(planned) if planned else None  # rescheduled mid-week: the days from then are due
    return WeekStanding(
        plan_id=plan_id,
        title=title,
        week_start=first_day,
        week_end=first_day + timedelta(days=6),
        week_number=planned.number if planned and week else None,
        week=week,
        hours=week.hours if week else 0.0,
        finished_hours=finished_hours(week, state),
        slipped=slipped_items(plan, first_day, state),
        streak_weeks=streak(plan, state, today),
    )


def finished_hours(week: Week | None, state: ProgressState) -> float:
    """The hours of the week's scheduled work the learner has finished."""
    items = (i for s in week.sessions for i in s.items) if week else ()
    return round(sum(i.hours for i in items if item_finished(i.kind, i.ref, state)), 2)


def slipped_items(plan: Plan, first_day: date, state: ProgressState) -> list[DueItemOut]:
    """The work of the week before the one starting `first_day` the learner has not finished, each item once; a
    topic in progress that the plan goes on with this week has not slipped (last week was its start, as planned:
    the standing counts it so too), while one that was to finish last week has."""
    planned = plan.week_starting(first_day - timedelta(days=7))
    # Lived before a reschedule (all of it, or its days before it): what it left is scheduled again.
    last = plan.counted_week(planned) if planned else None
    slipped: dict[str, DueItemOut] = {}
    for item in last.items if last else ():
        if plan.is_gone(item):  # removed from the content since: nothing to catch up on
            continue
        due = _item(item, state)
        going_on = item.part in ("start", "continue") and due.status == TopicStatus.IN_PROGRESS.value
        if not due.finished and not going_on and (item.ref or item.key) not in slipped:
            slipped[item.ref or item.key] = due
    return list(slipped.values())


def streak(plan: Plan, state: ProgressState, today: date) -> int:
    """Weeks in a row, back from the last ended one, whose scheduled work (and all before it) is finished.

    A missed week breaks the streak unless it is the first missed in its calendar month: that one is forgiven (it
    is not counted, but the streak goes on past it).

    Since a week is kept only when everything up to its end is finished, the weeks before the first one holding
    open work are all kept and every ended week from it on is missed. So the streak is the number of kept weeks,
    unless the missed ones (read back from the last ended week) hold two in one month: that breaks it before any
    kept week is reached. Read this way, a page asks only as far as the first open item, not every ended week.
    """
    this_week_start = week_start_of(today, plan.request.week_start)
    weeks = plan.counted_weeks  # the weeks lived before a reschedule start no streak and break none
    ended = max(0, plan.weeks_ended_before(this_week_start) - plan.history_weeks)
    kept = next(
        (
            number
            for number, week in enumerate(weeks[:ended])
            if not all(plan_item_finished(plan, i, state) for i in week.items)
        ),
        ended,
    )
    forgiven: set[tuple[int, int]] = set()
    for week in reversed(weeks[kept:ended]):  # the missed weeks, the last ended one first
        month = (week.start.year, week.start.month)
        if month in forgiven:
            return 0
        forgiven.add(month)
    return kept


def this_week(plans: list[tuple[str, str, Plan]], state: ProgressState, today: date) -> ThisWeekOut:
    """This week across the learner's plans (id, title, plan), plans with nothing due or slipped left out.

    The week shown at the top is the first listed plan's (the first of all the learner's plans when none is due);
    Monday-first when the learner has no plan.
    """
    weeks = [plan_week(plan, plan_id=pid, title=title, state=state, today=today) for pid, title, plan in plans]
    shown = [w for w in weeks if w.sessions or w.slipped]
    first_day = _first_day(shown or weeks, today)
    return ThisWeekOut(today=today, week_start=first_day, week_end=first_day + timedelta(days=6), plans=shown)


@dataclass(frozen=True)
class WeekStandings:
    """`ThisWeekOut` as /me reads it: each shown plan's `WeekStanding`, and the week shown at the top."""

    week_start: date
    week_end: date
    plans: list[WeekStanding]


def week_standings(plans: list[tuple[str, str, Plan]], state: ProgressState, today: date) -> WeekStandings:
    """`this_week` without each session written out item by item (`WeekStanding`): the same plans shown and the same
    week at the top. /me lays the sessions out once per plan and day, and building them per view, each item a
    validated model, was a tenth of its first view (issue 17)."""
    weeks = [week_standing(plan, plan_id=pid, title=title, state=state, today=today) for pid, title, plan in plans]
    shown = [w for w in weeks if w.shown]
    first_day = _first_day(shown or weeks, today)
    return WeekStandings(week_start=first_day, week_end=first_day + timedelta(days=6), plans=shown)


def _first_day(weeks: Sequence[PlanWeekOut | WeekStanding], today: date) -> date:
    """The first day of the first listed plan's week; Monday-first when there is no plan."""
    return next((w.week_start for w in weeks if w.week_start), week_start_of(today, WeekStart.MONDAY))
