"""A whole plan: the tailored phases, the dated schedule, totals and, with a target date, whether it fits."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import accumulate
from math import ceil

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.pace import FULL_TIME_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.laid_out import (
    ContentUpdate,
    KeptWeeks,
    LaidOut,
    content_changes,
    content_digest,
    content_record,
    from_day,
    gone_from,
    held_hours,
    joined,
    regrouped,
    renumbered,
    with_key,
)
from roadmapfinder.planning.request import MAX_SESSION_MINUTES, PlanRequest, check_request
from roadmapfinder.planning.schedule import Session, Week, WeekItem, Work, schedule, weeks_needed, work_of
from roadmapfinder.planning.tailor import AssumedRoadmap, PlannedPhase, SkippedTopic, tailor
from roadmapfinder.planning.weeks import week_start_of, weeks_spanned
from roadmapfinder.understanding.dates import date_span
from roadmapfinder.understanding.dates import long_date as long_date  # the one way dates are written out
from roadmapfinder.understanding.dates import short_date as short_date
from roadmapfinder.understanding.known import Understood

#: The longest plan built (10 years): longer ones are not a plan anyone follows, and each week costs work on every
#: read and export (ten large roadmaps at 1 h/week made 5,648 weeks, a 1.4 MB answer and a 6 s PDF).
MAX_PLAN_WEEKS = 520


@dataclass(frozen=True)
class TargetCheck:
    """Whether the plan fits before the target date, said plainly (never an error)."""

    target_date: date
    feasible: bool
    hours_per_week_needed: float | None
    message: str
    #: Whether the hours a week it needs are within full-time study (FULL_TIME_HOURS_PER_WEEK).
    realistic: bool = True


@dataclass(frozen=True)
class Plan:
    request: PlanRequest
    start: date
    phases: tuple[PlannedPhase, ...]
    skipped: tuple[SkippedTopic, ...]
    weeks: tuple[Week, ...]
    roadmaps: tuple[str, ...]
    goals: tuple[str, ...]
    target: TargetCheck | None
    understood: tuple[Understood, ...] = ()
    not_understood: tuple[str, ...] = ()
    #: What the plan is for, in the catalog's names ("Backend, Kubernetes"): the heading and the title in lists.
    title: str = ""
    #: Roadmaps a planned roadmap assumes that the learner neither planned nor finished (their topics are left out).
    assumed: tuple[AssumedRoadmap, ...] = ()
    #: What its weeks were laid out with (planning/laid_out.py): the record a saved plan keeps, so a change of the
    #: catalog leaves the weeks already past as they were planned.
    laid_out: LaidOut = field(default_factory=LaidOut)
    #: What the weeks kept as planned hold that the plan no longer asks for (removed from the content since), keyed
    #: as `Work.held`: shown with the learner's marks, never held against them (standing, streak, slipped work).
    gone: frozenset[str] = frozenset()
    #: The language a target named with its role, read as the plan's stack (`Tailored.stack_read`), or None.
    stack_read: Understood | None = None

    @property
    def kept_until(self) -> date | None:
        """The first day after the weeks kept as they were planned; None when none are."""
        return self.laid_out.kept.until if self.laid_out.kept else None

    @cached_property
    def history_until(self) -> date | None:
        """The first day of the week the schedule starts in (`start`) when weeks before it are kept from before a
        reschedule (a manual or automatic one, or a change applied from today): the weeks the learner lived, shown
        as they were planned and went, which count neither for nor against them (standing, streak, slipped work,
        hours still scheduled), since what they left undone there is scheduled again from `start`. None when the
        plan has no such weeks."""
        kept = self.laid_out.kept
        lived = kept is not None and any(s.day < self.start for w in kept.weeks[:1] for s in w.sessions[:1])
        return week_start_of(self.start, self.request.week_start) if lived else None

    @cached_property
    def history_weeks(self) -> int:
        """How many of the first weeks are kept from before a reschedule (`history_until`), nothing of them counted:
        those before its week, and that week too when none of its sessions is on or after its start."""
        return len(self.weeks) - len(self.counted_weeks)

    def in_history(self, week: Week) -> bool:
        """Whether a week of the plan is one kept from before a reschedule (`history_until`), none of it counted."""
        return self.history_until is not None and self.counted_week(week) is None

    @cached_property
    def counted_weeks(self) -> tuple[Week, ...]:
        """The weeks of the schedule the plan runs now: all but those kept from before a reschedule, and of the week
        it began in mid-week, the days from its start (`counted_week`)."""
        if self.history_until is None:
            return self.weeks
        return tuple(c for w in self.weeks for c in [self.counted_week(w)] if c is not None)

    def counted_week(self, week: Week) -> Week | None:
        """What of a week counts for or against the learner: the week itself, but of the week a reschedule fell in
        the days from its start alone (the days before it are kept as they went, and their work scheduled again
        from then), and nothing of a week lived before it. None when nothing of it counts."""
        if self.history_until is None or week.start > self.history_until:
            return week
        return None if week.start < self.history_until else from_day(week, self.start)

    @property
    def kept_note(self) -> str:
        """What the plan's pages say of the weeks it keeps as they were planned: those lived before a reschedule,
        those before a change of the content; "" when it keeps none."""
        said = []
        history, kept = self.history_until, self.kept_until
        if history is not None and kept is not None:
            lived = min(kept, self.start)  # a reschedule in the middle of a week keeps its days before it
            what = "weeks" if lived == week_start_of(lived, self.request.week_start) else "days"
            said.append(
                f"The {what} before {long_date(lived)} stay as they were planned before the plan was rescheduled; "
                "they count neither for nor against you, since what they left undone is scheduled again from then "
                "on."
            )
        changed = self.content_kept_since
        if changed is not None and (history is None or changed > history):
            said.append(f"The weeks before {long_date(changed)} stay as they were planned before the content changed.")
        return " ".join(said)

    @property
    def content_kept_since(self) -> date | None:
        """The first day the plan follows the content from after the last change of it that kept weeks as planned
        (`ContentUpdate.since`), while those weeks are still kept; None when none are. Not the day the kept weeks
        end (`kept_until`): work unticked and scheduled again (replan.scheduled_again) keeps every session before
        its day, planned with the new content as much as with the old, so that day is no day the content changed."""
        kept = self.kept_until
        changed = [u.since for u in self.laid_out.updates if u.kept]
        return min(kept, changed[-1]) if kept is not None and changed else None

    @property
    def began(self) -> date:
        """The plan's first day as its weeks show it: its start, or the first session of the weeks kept from before
        a reschedule."""
        if self.history_until is not None and self.weeks[0].sessions:
            return self.weeks[0].sessions[0].day
        return self.start

    @property
    def content_updates(self) -> tuple[ContentUpdate, ...]:
        """Each change of the catalog's content seen since the plan was made, newest first."""
        return tuple(reversed(self.laid_out.updates))

    def content_news(self, today: date) -> bool:
        """Whether the plan met its newest change of the content this week (its week holding `today`): the plan page
        shows what changed open then, as This week and `roadmapfinder week` say it that week only, and folded after
        (one line, opened at will). Open for good, the list only grew and pushed the plan down."""
        updates = self.laid_out.updates
        return bool(updates) and updates[-1].on >= week_start_of(today, self.request.week_start)

    @property
    def content_said(self) -> str:
        """The folded notice's line: how many changes, and when the newest came ("" with none)."""
        updates = self.laid_out.updates
        if not updates:
            return ""
        count = sum(len(u.changes) for u in updates)
        when = "the latest on" if len(updates) > 1 else "on"
        return f"{count} change{'s' if count != 1 else ''}, {when} {long_date(updates[-1].on)}"

    def is_gone(self, item: WeekItem) -> bool:
        """Whether a scheduled item is one the plan no longer asks for (`gone`)."""
        return bool(self.gone) and (item.ref or item.key) in self.gone

    @property
    def total_hours(self) -> float:
        return round(sum(p.hours for p in self.phases), 2)

    @property
    def total_weeks(self) -> int:
        return len(self.weeks)

    # What follows is worked out once per plan object, not per read: a plan is immutable and a built plan is kept
    # (plans/selectors.py), while its page asks these on every first view (an 80-week plan holds ~400 sessions).
    # `cached_property` writes to the instance's own dictionary, which a frozen dataclass allows.

    @cached_property
    def sessions(self) -> tuple[Session, ...]:
        """Every session in date order."""
        return tuple(s for w in self.weeks for s in w.sessions)

    @cached_property
    def phase_days(self) -> dict[int, tuple[date, date]]:
        """Each scheduled phase's first and last study day: a phase that ends on a Tuesday and the next that starts
        that Tuesday share the day, as they share its session."""
        days: dict[int, tuple[date, date]] = {}
        for session in self.sessions:
            for item in session.items:
                first, _ = days.get(item.phase, (session.day, session.day))
                days[item.phase] = (first, session.day)
        return days

    def phase_dates(self, number: int) -> str:
        """When phase `number` runs, as the plan page, the CLI and the exports say it: "4–11 Jan"; "" for a phase
        with nothing left to schedule (finished before the plan was made)."""
        if number not in self.phase_days:
            return ""
        return date_span(*self.phase_days[number])

    @cached_property
    def scheduled_items(self) -> tuple[WeekItem, ...]:
        """Every counted week's merged work, week after week (what a standing counts as finished or not); not the
        weeks kept from before a reschedule (`history_until`)."""
        return tuple(i for w in self.counted_weeks for i in w.items)

    @cached_property
    def counted_sessions(self) -> tuple[Session, ...]:
        """The sessions of the counted weeks (`counted_weeks`), in date order."""
        return tuple(s for w in self.counted_weeks for s in w.sessions)

    @cached_property
    def _weeks_by_start(self) -> dict[date, Week]:
        return {w.start: w for w in self.weeks}

    def week_starting(self, day: date) -> Week | None:
        """The plan's week whose first day is `day`; None when the plan has no session that week."""
        return self._weeks_by_start.get(day)

    @cached_property
    def _week_ends(self) -> tuple[date, ...]:
        return tuple(w.end for w in self.weeks)

    def weeks_ended_before(self, day: date) -> int:
        """How many of the plan's weeks (the first ones) end before `day`."""
        return bisect_left(self._week_ends, day)

    @cached_property
    def _session_days(self) -> tuple[tuple[date, ...], tuple[float, ...]]:
        """The counted sessions' days, and the hours of the first n at n (added in order, as `sum` adds them)."""
        days = tuple(s.day for s in self.counted_sessions)
        assert list(days) == sorted(days), "a plan's sessions run in date order"
        return days, tuple(accumulate((s.hours for s in self.counted_sessions), initial=0))

    def hours_before(self, day: date) -> tuple[int, float]:
        """How many counted sessions (`counted_sessions`) are dated before `day`, and their hours."""
        days, hours = self._session_days
        passed = bisect_left(days, day)
        return passed, hours[passed]

    @property
    def scheduled_hours(self) -> float:
        """The hours still on the schedule (the total less what was already finished: `request.finished_work`), in
        the weeks it runs now (`counted_weeks`: what the weeks kept from before a reschedule left undone is in
        them again)."""
        return round(sum(w.hours for w in self.counted_weeks), 2)

    @property
    def effort(self) -> str:
        """The plan's hours as its page, its exports and the CLI say them: after a reschedule, also the ones its
        weeks hold (the total keeps the topics finished before it, which stay on the plan, ticked)."""
        return effort_words(self.total_hours, self.scheduled_hours)

    @property
    def finish_date(self) -> date:
        """The date of the last study session."""
        return self.weeks[-1].sessions[-1].day if self.weeks else self.start


def effort_words(total_hours: float, scheduled_hours: float) -> str:
    """ "210 hours", or when some of it was finished before it was made or rescheduled "210 hours (190 still
    scheduled: 20 already finished)", so the hours shown beside the weeks are the hours those weeks hold."""
    said = f"{total_hours:.0f} hours"
    finished = total_hours - scheduled_hours
    if finished < 0.5:
        return said
    return f"{said} ({scheduled_hours:.0f} still scheduled: {finished:.0f} already finished)"


def build_plan(
    catalog: Catalog,
    request: PlanRequest,
    *,
    today: date,
    laid_out: LaidOut | None = None,
    is_finished: Callable[[str, str], bool] | None = None,
) -> Plan:
    """Tailor, schedule and check a plan; `InvalidInput` when the request cannot be answered.

    `laid_out`: what a saved plan's weeks were laid out with (planning/laid_out.py). When today's content of the
    plan differs from it, the weeks before the current one stay as they were planned and the plan follows the new
    content from this week on, saying what changed; the plan's own `laid_out` is the record to keep.
    `is_finished(kind, ref)`: the plan's learner's progress, when known as such a change is laid out: what they had
    finished of the work those weeks hold gets none of the hours the content added to it (`KeptWeeks.finished`)."""
    check_request(request)
    request = _finished_work_today(catalog, request)
    start = request.start or today
    if request.target_date and request.target_date <= start:
        raise InvalidInput(
            f"the target date {request.target_date} is not after the start date {start}",
            hint="choose a target date after the start",
            field="target_date",
        )
    tailored = tailor(catalog, request)
    if not tailored.phases:
        raise InvalidInput(
            "nothing is left to learn: every topic of these targets is known, dropped or assumed",
            hint="remove some known topics, or choose another roadmap or goal topic",
        )
    hours = request.hours_per_week
    _check_length(sum(p.hours for p in tailored.phases), hours, fastest_pace(request))
    laid = _laid_out_today(catalog, request, tailored.phases, start, today, laid_out, is_finished)
    layout = _Layout.of(catalog, laid.kept, tailored.phases, request, start)
    weeks = _schedule(tailored.phases, request, hours, start, layout)
    target = _check_target(request, tailored.phases, start, weeks, today, layout) if request.target_date else None
    return Plan(
        request,
        start,
        tailored.phases,
        tailored.skipped,
        weeks,
        tailored.roadmaps,
        tailored.goals,
        target,
        tailored.understood,
        tailored.not_understood,
        plan_title(catalog, tailored.roadmaps, tailored.goals, request.name if request.phases else ""),
        tailored.assumed,
        laid,
        layout.gone if layout else frozenset(),
        stack_read=tailored.stack_read,
    )


def _laid_out_today(
    catalog: Catalog,
    request: PlanRequest,
    phases: tuple[PlannedPhase, ...],
    start: date,
    today: date,
    laid_out: LaidOut | None,
    is_finished: Callable[[str, str], bool] | None = None,
) -> LaidOut:
    """The record the plan is laid out with today: the saved one while the content is the same; else the weeks
    before the current one laid out with the old content and kept, and the changes said (planning/laid_out.py).
    What those weeks hold that the learner finished (`is_finished`) is kept finished with them.

    Kept weeks kept under another first day of the week are grouped in the request's weeks, each session on its
    day as it was planned. Sessions kept before the request's start are those the learner lived before a
    reschedule (`Plan.history_until`), a start typed anew or a new first day of the week."""
    record = content_record(phases)
    digest = content_digest(record)
    kept = laid_out.kept if laid_out is not None else None
    if kept is not None and not kept.weeks:
        kept = None
    elif kept is not None:  # kept under another first day of the week: each session stays on its day
        kept = replace(kept, weeks=regrouped(kept.weeks, request.week_start.weekday))
    updates = laid_out.updates if laid_out is not None else ()
    if laid_out is not None and laid_out.content is not None and laid_out.digest != digest:
        cut = week_start_of(today, request.week_start)
        if cut > start:
            before = _Layout.of(catalog, kept, laid_out.content, request, start)
            old = _schedule(laid_out.content, request, request.hours_per_week, start, before)
            passed = tuple(w for w in old if w.start < cut)
            finished = kept.finished if kept else frozenset()
            kept = KeptWeeks(cut, passed, finished) if passed else None
            if kept is not None and is_finished is not None:
                kept = replace(kept, finished=finished | _finished_in(catalog, kept, phases, is_finished, start))
        if changes := content_changes(catalog, laid_out.content, phases):
            if kept is not None and kept.finished:
                changes = tuple(replace(c, finished=c.kind == "hours" and c.ref in kept.finished) for c in changes)
            updates = (*updates, ContentUpdate(today, max(cut, start), changes, kept=kept is not None))
    return with_key(LaidOut(phases, kept, updates, digest), record)


def _finished_in(
    catalog: Catalog,
    kept: KeptWeeks,
    phases: tuple[PlannedPhase, ...],
    is_finished: Callable[[str, str], bool],
    since: date,
) -> frozenset[str]:
    """The work of today's content that the kept sessions from `since` (the plan's start) hold (any of its hours) and
    the learner has finished."""
    work = work_of(phases)
    held = held_hours(kept, work, catalog.replacements, since)
    return frozenset(w.held for w in work if w.ref and held.get(w.held, 0.0) > 0 and is_finished(w.kind, w.ref))


@dataclass(frozen=True)
class _Layout:
    """Weeks kept as planned, and what scheduling after them needs: the hours they hold of today's work."""

    kept: KeptWeeks
    weeks: tuple[Week, ...]  # the kept weeks, each item in today's phase of it
    held: dict[str, float]
    gone: frozenset[str]

    @staticmethod
    def of(
        catalog: Catalog, kept: KeptWeeks | None, phases: tuple[PlannedPhase, ...], request: PlanRequest, start: date
    ) -> _Layout | None:
        """The layout of a plan starting on `start`: the sessions kept before it (lived before a reschedule, that
        week's days before it too) hold nothing of the schedule, which plans all that was left then; those after
        it do."""
        if kept is None:
            return None
        work = work_of(phases)
        phase_of = {w.held: w.phase for w in reversed(work)}  # the first place of each
        return _Layout(
            kept,
            renumbered(kept, phase_of),
            held_hours(kept, work, catalog.replacements, start),
            gone_from(kept, work, catalog),
        )


def _finished_work_today(catalog: Catalog, request: PlanRequest) -> PlanRequest:
    """The request with what was finished at its last reschedule read against today's catalog: a topic retired
    since stands for the topics that replaced it, finished as it was (progress carries its status to them too), so
    they stay off the schedule instead of coming back as work to do."""
    current = tuple(
        dict.fromkeys(ref for done in request.finished_work for ref in catalog.replacements(done) or (done,))
    )
    return request if current == request.finished_work else request.model_copy(update={"finished_work": current})


#: How many goal topics a plan's title names before it counts the rest.
TITLE_GOALS = 3


def plan_title(catalog: Catalog, roadmaps: tuple[str, ...], goals: tuple[str, ...], name: str = "") -> str:
    """A plan's title from the names people read: the name of the phases it was given (a generated roadmap's
    title), its roadmaps' titles, then its goal topics' names (the first few, then how many more), never slugs or
    ids. Stored with a saved plan and shown on /me and in the API."""
    names = ([name] if name else []) + [catalog.roadmap(s).title for s in roadmaps]
    topics = [catalog.topic(t).name for t in goals]
    if len(topics) > TITLE_GOALS + 1:
        topics = [*topics[:TITLE_GOALS], f"{len(topics) - TITLE_GOALS} more topics"]
    names += topics
    title = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return title[:200]


def fastest_pace(request: PlanRequest) -> int:
    """The most hours a week the request's study days hold: sessions of at most 12 hours, and no more than the
    80 hours a plan allows (5 weekday evenings hold 60, a weekend 24)."""
    return min(MAX_HOURS_PER_WEEK, MAX_SESSION_MINUTES * len(request.days) // 60)


def _check_length(total: float, hours: float, fastest: int) -> None:
    """Refuse a plan longer than MAX_PLAN_WEEKS, saying the pace that would fit (or that none does)."""
    if weeks_needed(total, hours) <= MAX_PLAN_WEEKS:
        return
    years = MAX_PLAN_WEEKS // 52
    fitting = ceil(total / MAX_PLAN_WEEKS)
    if fitting <= fastest:
        raise InvalidInput(
            f"at {hours:g} hours a week this plan ({total:g} hours) takes {weeks_needed(total, hours)} weeks, "
            f"longer than the {years} years a plan may last",
            hint=f"study at least {fitting} hours a week, or choose fewer roadmaps",
            field="hours_per_week",
        )
    raise InvalidInput(
        f"this plan ({total:g} hours) takes more than {years} years even at {fastest} hours a week",
        hint="choose fewer roadmaps or goals" + (" (or more study days)" if fastest < MAX_HOURS_PER_WEEK else ""),
    )


def _schedule(
    phases: tuple[PlannedPhase, ...],
    request: PlanRequest,
    hours: float,
    start: date,
    layout: _Layout | None = None,
) -> tuple[Week, ...]:
    """The plan's weeks: after the weeks `layout` keeps (as planned), what they do not hold, from their end."""
    rest = schedule(
        phases,
        hours_per_week=hours,
        start=max(start, layout.kept.until) if layout else start,
        days=request.days,
        at=request.time_of_day,
        session_minutes=request.session_minutes,
        finished=frozenset(request.finished_work),
        week_start=request.week_start,
        held=layout.held if layout else None,
        first_number=_first_number(layout, request, start),
    )
    return joined(layout.weeks, rest) if layout else rest


def _first_number(layout: _Layout | None, request: PlanRequest, start: date) -> int:
    """The number of the first week scheduled after the kept weeks: on from those that end before it starts (a
    week they share, its days before the schedule kept, is theirs: `laid_out.joined`)."""
    if layout is None:
        return 1
    first = week_start_of(max(start, layout.kept.until), request.week_start)
    return sum(1 for w in layout.weeks if w.start < first) + 1


def _check_target(
    request: PlanRequest,
    phases: tuple[PlannedPhase, ...],
    start: date,
    weeks: tuple[Week, ...],
    today: date,
    layout: _Layout | None = None,
) -> TargetCheck:
    """Whether the sessions end by the target date; if not, the whole hours a week that would make them, whether
    that is realistic (no more than full-time study, as a generated roadmap's deadline is read), and what the
    learner's own pace reaches by then. A target that has passed (a saved plan read later) asks for a new date:
    no pace makes a day gone by. Sessions that have all passed are said as past ("Its last session was on ..."):
    "You finish on" a day gone by told a learner who had not started that they had finished."""
    target = request.target_date
    assert target is not None
    hours = request.hours_per_week
    finish = weeks[-1].sessions[-1].day if weeks else start
    if finish <= target:
        spare = (target - finish).days
        when = "on your target date" if not spare else f"{spare} day{'s' if spare != 1 else ''} before your target"
        lead = "Its last session was on" if finish < today else "You finish on"
        return TargetCheck(target, True, None, f"{lead} {long_date(finish)}, {when}.")
    if target < today:
        message = (
            f"Your target date, {long_date(target)}, has passed: at {hours:g} hours a week this plan finishes on "
            f"{long_date(finish)}. Move the target date in the plan's inputs to one still ahead."
        )
        return TargetCheck(target, False, None, message, realistic=False)
    work = work_of(phases, frozenset(request.finished_work))
    total = sum(w.hours for w in work)
    since = week_start_of(start, request.week_start)  # days lived before a reschedule hold none of `work`
    counted = tuple(c for w in weeks if w.start >= since for c in [from_day(w, start)] if c is not None)
    by_then = _reached_by(phases, work, counted, target, hours, layout.gone if layout else frozenset())
    fastest = fastest_pace(request)

    def fits(pace: int) -> bool:
        # The pace the learner would set: the session length grows with it (a fixed length would cap the week).
        plain = request.model_copy(update={"session_minutes": None})
        tried = _schedule(phases, plain, pace, start, layout)
        return not tried or tried[-1].sessions[-1].day <= target

    # No pace below this fits: even full weeks (partial ones counted whole) would not hold the hours.
    weeks_to_target = weeks_spanned(start, target, request.week_start)
    low = max(1, ceil(hours), ceil(total / weeks_to_target - 1e-9))
    if low > fastest or not fits(fastest):
        at_max = _schedule(phases, request.model_copy(update={"session_minutes": None}), fastest, start, layout)
        end = at_max[-1].sessions[-1].day if at_max else start
        days = "" if fastest == MAX_HOURS_PER_WEEK else " (the most your study days hold)"
        message = (
            f"This plan takes {total:g} hours: even at {fastest} hours a week{days} it ends on {long_date(end)}, "
            f"after your target of {long_date(target)}. Move the target date or drop some topics.{by_then}"
        )
        return TargetCheck(target, False, None, message, realistic=False)
    high = fastest
    for step in (0, 1, 2):  # the bound is usually met at once or within a step or two: try those first
        if low + step < high and fits(low + step):
            high = low + step
            break
    else:
        low = min(low + 3, high)
    while low < high:  # the smallest whole pace that fits: finishing earlier never needs fewer hours
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle) else (middle + 1, high)
    late = f"At {hours:g} hours a week you finish on {long_date(finish)}, after your target of {long_date(target)}."
    by = f"{target.day} {target:%B}"
    if low > FULL_TIME_HOURS_PER_WEEK:
        message = (
            f"{late} Finishing by {by} would take {low} hours a week, more than full-time study "
            f"({FULL_TIME_HOURS_PER_WEEK} hours): not realistic. Move the target date or drop some topics.{by_then}"
        )
        return TargetCheck(target, False, float(low), message, realistic=False)
    message = f"{late} To finish by {by} you need {low} hours a week, or drop some topics.{by_then}"
    return TargetCheck(target, False, float(low), message)


def target_from_today(plan: Plan, finished: Iterable[str], *, today: date) -> TargetCheck | None:
    """The target check of what is left of `plan` (all but `finished`, topic ids and project keys) were it
    rescheduled from `today` at its pace: what a reschedule would answer, so a learner who fell behind hears that
    their date no longer fits (and the pace that would make it) before they try one. The plan's own check reads its
    dates, which still meet the target however far behind the learner is. None without a target still ahead.

    Kept on the plan object by what it depends on besides the plan (what is finished, the day), as the plan's
    other derived values are: it schedules what is left anew (13 ms for the Backend roadmap), and the plan page
    and /me ask for it on every view of a learner who is behind."""
    target = plan.request.target_date
    if target is None or target <= today:
        return None
    work = tuple(sorted(set(finished)))
    kept: dict[tuple[tuple[str, ...], date], TargetCheck] = plan.__dict__.setdefault(_FROM_TODAY, {})
    if (found := kept.get((work, today))) is not None:
        return found
    update = {"start": today, "finished_work": work, "schedule_finished": False, "refresh": ()}
    rest = plan.request.model_copy(update=update)
    weeks = _schedule(plan.phases, rest, rest.hours_per_week, today)
    check = _check_target(rest, plan.phases, today, weeks, today)
    if len(kept) >= _FROM_TODAY_KEPT:  # a learner's progress changes by the day: keep the latest few
        kept.clear()
    kept[work, today] = check
    return check


#: Where `target_from_today` keeps its answers on a plan object, and how many at most.
_FROM_TODAY = "_rf_target_from_today"
_FROM_TODAY_KEPT = 16


def _reached_by(
    phases: tuple[PlannedPhase, ...],
    work: list[Work],
    weeks: tuple[Week, ...],
    target: date,
    hours: float,
    gone: frozenset[str] = frozenset(),
) -> str:
    """What the learner's own pace reaches by the target date, as a sentence to follow the verdict (empty when no
    session comes before it): the phases finished, else the topics of the first phase with work left. The hours of
    the sessions by then count only for work the plan asks for: not for work the content removed since the weeks
    that hold it (`gone`), which made a learner finish more of the plan by then than it holds."""
    budget = round(
        sum(
            i.hours
            for w in weeks
            for s in w.sessions
            if s.day <= target
            for i in s.items
            if (i.ref or i.key) not in gone
        ),
        2,
    )
    if budget <= 0:
        return ""
    left = {p.number: 0.0 for p in phases}
    for piece in work:
        left[piece.phase] += piece.hours
    reached, running = 0, 0.0
    for phase in phases:
        if running + left[phase.number] > budget + 1e-6:
            break
        running += left[phase.number]
        reached += 1
    lead = f" By then, at {hours:g} hours a week, you"
    current = phases[reached]  # the first phase not finished by then (the plan does not fit: there is one)
    if reached:
        last = phases[reached - 1]
        done = f"phase 1, {last.title}" if reached == 1 else f"phases 1–{reached}, up to {last.title}"
        if budget - running >= 0.5:
            part = f"{budget - running:.0f} of the {left[current.number]:.0f} hours"
            done += f", and {part} of phase {current.number}, {current.title}"
        return f"{lead} finish {done} ({budget:.0f} of {sum(left.values()):.0f} hours)."
    names: list[str] = []
    spent = 0.0
    for piece in (w for w in work if w.phase == current.number):
        if spent + piece.hours > budget + 1e-6:
            break
        spent += piece.hours
        names.append(piece.title)
    share = f"{budget:.0f} of its {left[current.number]:.0f} hours"
    if not names:
        return f"{lead} make a start on phase {current.number}, {current.title} ({share})."
    return f"{lead} get through the start of phase {current.number}, {current.title}: {', '.join(names)} ({share})."
