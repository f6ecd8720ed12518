"""The plan's JSON shape, shared by the API (`POST /api/v1/plans`), the CLI (`plan --json`) and the JSON export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from pydantic import BaseModel, Field

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.models import Level
from roadmapfinder.clock import day_of
from roadmapfinder.planning.plan import Plan, long_date
from roadmapfinder.planning.replan import auto_blocked
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.said_to_others import said_to
from roadmapfinder.planning.schedule import WeekItem, session_hours
from roadmapfinder.planning.weeks import WeekStart
from roadmapfinder.understanding.known import Understood


class PlanTopicOut(BaseModel):
    id: str
    name: str
    hours: float
    variant: str | None
    note: str | None


class PlanProjectOut(BaseModel):
    title: str
    description: str
    hours: float
    practises: list[str]


class PlanPhaseOut(BaseModel):
    number: int
    title: str
    level: Level
    goal: str
    source: str
    hours: float
    first_day: date | None = Field(
        default=None, description="the phase's first study session's day; null when nothing of it is left to schedule"
    )
    last_day: date | None = Field(
        default=None,
        description="its last session's day: a phase that ends in a session the next one starts in shares that day",
    )
    dates: str = Field(
        default="",
        description="when it runs as people read it, “4–11 Jan” (the plan page, the CLI and the exports say this, "
        "not a count of weeks, which two phases sharing a week each counted)",
    )
    topics: list[PlanTopicOut]
    projects: list[PlanProjectOut]


class WeekItemOut(BaseModel):
    kind: str
    key: str
    title: str
    phase: int
    hours: float
    part: str
    ref: str


class SessionOut(BaseModel):
    date: date
    start: time
    end: time
    hours: float
    items: list[WeekItemOut]


class WeekOut(BaseModel):
    number: int
    start: date
    end: date
    hours: float
    items: list[WeekItemOut]
    sessions: list[SessionOut]


class AssumedOut(BaseModel):
    """A roadmap the plan assumes done that the learner neither planned nor said they finished."""

    slug: str
    title: str
    assumed_by: str = Field(description="the slug of the planned roadmap that assumes it")
    recaps: int = Field(description="how many of that roadmap's topics it teaches, left out of this plan")
    message: str = Field(description="the sentence the plan page and the command line show")


class SkippedOut(BaseModel):
    id: str
    name: str
    reason: str


class TargetOut(BaseModel):
    date: date
    feasible: bool
    hours_per_week_needed: float | None
    realistic: bool = Field(
        default=True,
        description="false when finishing by the date needs more than full-time study (40 hours a week), or no pace "
        "the study days hold makes it",
    )
    message: str


class RescheduleOut(BaseModel):
    at: datetime
    from_date: date
    finish_before: date
    finish_after: date
    hours_before: float
    hours_after: float
    automatic: bool = Field(default=False, description="made by the plan's automatic weekly mode")
    scheduled_again: list[str] = Field(
        default_factory=list,
        description="the topics and projects (by name) its learner unticked that the plan had left off its schedule "
        "as finished: scheduled again from `from_date`, every session before it as it was planned",
    )
    message: str


def reschedule_out(
    *,
    at: datetime,
    from_date: date,
    finish_before: date,
    finish_after: date,
    hours_before: float,
    hours_after: float,
    automatic: bool = False,
    scheduled_again: Sequence[str] = (),
) -> RescheduleOut:
    """A reschedule as the page, the API and the CLI tell it; work unticked and `scheduled_again` (by name) is said
    as such, by name: the plan put it back, the learner did not re-plan."""
    pace = f" at {hours_after:g} h a week (was {hours_before:g})" if hours_after != hours_before else ""
    moved = (
        f"the finish moved from {long_date(finish_before)} to {long_date(finish_after)}"
        if finish_before != finish_after
        else f"the finish stays {long_date(finish_after)}"
    )
    if scheduled_again:
        quoted = [f"“{name}”" for name in scheduled_again]
        names = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
        verb = "is" if len(quoted) == 1 else "are"
        message = (
            f"On {long_date(day_of(at))} {names}, unticked, {verb} scheduled again from {long_date(from_date)} (the "
            f"plan had left {'it' if len(quoted) == 1 else 'them'} off its schedule as finished): {moved}."
        )
    else:
        how = "automatically rescheduled (you were behind)" if automatic else "rescheduled"
        message = f"On {long_date(day_of(at))} {how} from {long_date(from_date)}{pace}: {moved}."
    return RescheduleOut(
        at=at,
        from_date=from_date,
        finish_before=finish_before,
        finish_after=finish_after,
        hours_before=hours_before,
        hours_after=hours_after,
        automatic=automatic,
        scheduled_again=list(scheduled_again),
        message=message,
    )


class ContentChangeOut(BaseModel):
    """One change of the content since the plan was made, by name."""

    kind: str = Field(description="added, removed, renamed, hours or replaced")
    item: str = Field(description="topic or project")
    ref: str = Field(description="the topic's id or the project's key (for programs; the message names it)")
    name: str = Field(description="its name now (as it was, when removed or replaced)")
    message: str = Field(
        description="the sentence the plan page and the command line say: to the plan's learner (“You had already "
        "finished it”), and to anyone else reading it of its learner (“This plan's learner had already finished it”)"
    )
    undo: str | None = Field(
        default=None,
        description="what undoing it does, when that makes sense: `leave_out` (a topic the change added: it goes "
        "into the request's `drop`) or `keep` (a topic the change took out that the catalog still has: it goes into "
        "`add`); `PUT /api/v1/plans/{id}/content-changes/{ref}` does it; null when there is nothing to undo",
    )
    undone: bool = Field(default=False, description="the learner undid it (the request drops or adds it)")


class ContentUpdateOut(BaseModel):
    """The changes of the content seen on one day."""

    on: date = Field(description="the day the plan first met the new content")
    since: date = Field(description="the first day the plan follows it from; the weeks before stay as they were")
    kept: bool = Field(description="whether weeks before `since` were kept as planned (none when it had not begun)")
    message: str
    changes: list[ContentChangeOut]


def content_updates_out(plan: Plan, catalog: Catalog, *, learner: bool = True) -> list[ContentUpdateOut]:
    """The changes of the content the plan met, newest first, each with its undo where one makes sense: a topic
    added can be left out, one taken out that the catalog still teaches kept. Said to the plan's `learner`, or (False)
    to someone else reading its shared link, who is never told they finished its work."""
    dropped, added = set(plan.request.drop), set(plan.request.add)
    updates = []
    for update in plan.content_updates:
        changes = []
        for change in update.changes:
            undo, undone = None, False
            if change.item == "topic" and change.kind == "added":
                undo, undone = "leave_out", change.ref in dropped
            elif change.item == "topic" and change.kind == "removed" and catalog.has_topic(change.ref):
                undo, undone = "keep", change.ref in added
            changes.append(
                ContentChangeOut(
                    kind=change.kind,
                    item=change.item,
                    ref=change.ref,
                    name=change.name,
                    message=change.said(learner=learner),
                    undo=undo,
                    undone=undone,
                )
            )
        updates.append(
            ContentUpdateOut(
                on=update.on,
                since=update.since,
                kept=update.kept,
                message=update.said(learner=learner),
                changes=changes,
            )
        )
    return updates


class PlanOut(BaseModel):
    id: str | None
    request: PlanRequest
    title: str = Field(default="", description="what the plan is for, by name: its roadmaps' and goal topics' names")
    roadmaps: list[str]
    goals: list[str]
    hours_per_week: float
    study_days: list[str]
    week_start: WeekStart = Field(
        default=WeekStart.MONDAY, description="the day each of `weeks` starts on: monday, sunday or saturday"
    )
    session_time: time
    session_hours: float
    start_date: date
    finish_date: date
    total_hours: float
    scheduled_hours: float | None = Field(
        default=None,
        description="the hours the weeks hold: total_hours less what was already finished when the plan was made, "
        "changed or last rescheduled",
    )
    effort: str = Field(
        default="", description="the hours as the page says them (“210 hours (190 still scheduled: …)”)"
    )
    total_weeks: int
    target: TargetOut | None
    phases: list[PlanPhaseOut]
    weeks: list[WeekOut]
    skipped: list[SkippedOut]
    assumes: list[AssumedOut] = Field(
        default_factory=list,
        description=(
            "roadmaps a planned roadmap assumes that are neither planned nor in `finished`: their topics are left "
            "out (so the hours match the roadmap's page); add one to `targets` to learn it too"
        ),
    )
    understood: list[Understood] = Field(
        default_factory=list, description="how each phrase of `known` was read (“linux” → Linux and the command line)"
    )
    not_understood: list[str] = Field(default_factory=list, description="phrases of `known` the catalog cannot place")
    stack_read: Understood | None = Field(
        default=None,
        description="the language a target names with its role (“python” of “python backend”), read as the plan's "
        "stack when `request.stack` is empty (`how` `stack`): its topics are named as that stack teaches them "
        "(`variant`); give `stack` to choose another language",
    )
    reschedules: list[RescheduleOut] = []
    auto_reschedule: bool = Field(
        default=False, description="each week, if you are behind, what is left moves to start from that week"
    )
    auto_reschedule_blocked: str | None = Field(
        default=None,
        description="with `auto_reschedule` on, why it cannot move the plan (its target date is not after this week's "
        "first day), else null",
    )
    kept_until: date | None = Field(
        default=None,
        description="the first day after the weeks kept as they were planned, when some are: the catalog's content "
        "changed since the plan was made (the plan follows it from that week: the last of `content_changes` that "
        "kept weeks says from when), the plan was rescheduled (`history_until`), or work its learner unticked was "
        "scheduled again from that day (`reschedules[].scheduled_again`)",
    )
    history_until: date | None = Field(
        default=None,
        description="after a reschedule (manual, automatic, or a change applied from today): the first day of the "
        "week its schedule starts in (`start_date`'s); the weeks before it are kept as they were planned, with what "
        "the learner did then, and count neither for nor against them (what they left undone is scheduled again); "
        "null when there are none",
    )
    began: date | None = Field(
        default=None,
        description="the plan's first day as `weeks` show it: `start_date`, or the first session of the weeks kept "
        "from before a reschedule",
    )
    kept_note: str = Field(
        default="",
        description="what the plan's pages say of the weeks kept as they were planned (before a reschedule, before "
        "a change of the content); empty when none are",
    )
    content_changes: list[ContentUpdateOut] = Field(
        default_factory=list,
        description="what changed in the catalog's content of this plan since it was made, newest first: the weeks "
        "before each change's `since` stay as they were planned, the plan follows the new content from then on",
    )
    notes: list[str] = Field(
        default_factory=list,
        description="said when a plan is made or changed (not when a saved one is read): a start date more than a week "
        "past or more than a year ahead, and how to start today instead (planning/start_date.py); a change of a plan "
        "under way applied from today (planning/replan.py)",
    )


def plan_out(
    plan: Plan,
    plan_id: str | None = None,
    reschedules: list[RescheduleOut] | None = None,
    *,
    auto_reschedule: bool = False,
    notes: Sequence[str] = (),
    today: date | None = None,
    catalog: Catalog | None = None,
    learner: bool = True,
) -> PlanOut:
    """The plan as JSON-ready data (with a saved plan's reschedules, newest first, its automatic mode, and what to
    say of it as it is made: `notes`). With `today`, an automatic mode that cannot move the plan says why
    (`replan.auto_blocked`). With the `catalog`, what changed in the content since the plan was made
    (`content_updates_out`). Said to the plan's `learner`, or (False) to another reader of its link, who reads what
    it says of its learner in the third person (`said_to_others`): its target, its reschedules, why topics left it
    or are in it, the roadmaps it assumes, its weeks kept."""

    def said(sentence: str) -> str:
        return said_to(sentence, learner=learner)

    blocked = auto_blocked(plan, today=today) if auto_reschedule and today else None
    return PlanOut(
        id=plan_id,
        notes=list(notes),
        request=plan.request,
        title=plan.title,
        roadmaps=list(plan.roadmaps),
        goals=list(plan.goals),
        hours_per_week=plan.request.hours_per_week,
        study_days=[d.value for d in plan.request.days],
        week_start=plan.request.week_start,
        session_time=plan.request.time_of_day,
        session_hours=round(
            session_hours(plan.request.hours_per_week, plan.request.days, plan.request.session_minutes), 2
        ),
        start_date=plan.start,
        finish_date=plan.finish_date,
        total_hours=plan.total_hours,
        scheduled_hours=plan.scheduled_hours,
        effort=plan.effort,
        total_weeks=plan.total_weeks,
        target=(
            TargetOut(
                date=plan.target.target_date,
                feasible=plan.target.feasible,
                hours_per_week_needed=plan.target.hours_per_week_needed,
                realistic=plan.target.realistic,
                message=said(plan.target.message),
            )
            if plan.target
            else None
        ),
        phases=[
            PlanPhaseOut(
                number=p.number,
                title=said(p.title),
                level=p.level,
                goal=said(p.goal),
                source=p.source,
                hours=p.hours,
                first_day=plan.phase_days[p.number][0] if p.number in plan.phase_days else None,
                last_day=plan.phase_days[p.number][1] if p.number in plan.phase_days else None,
                dates=plan.phase_dates(p.number),
                topics=[
                    PlanTopicOut(
                        id=t.id, name=t.name, hours=t.hours, variant=t.variant, note=said(t.note) if t.note else t.note
                    )
                    for t in p.topics
                ],
                projects=[
                    PlanProjectOut(title=j.title, description=j.description, hours=j.hours, practises=list(j.practises))
                    for j in p.projects
                ],
            )
            for p in plan.phases
        ],
        weeks=[
            WeekOut(
                number=w.number,
                start=w.start,
                end=w.end,
                hours=w.hours,
                items=[_item(i) for i in w.items],
                sessions=[
                    SessionOut(date=s.day, start=s.start, end=s.end, hours=s.hours, items=[_item(i) for i in s.items])
                    for s in w.sessions
                ],
            )
            for w in plan.weeks
        ],
        skipped=[SkippedOut(id=s.id, name=s.name, reason=said(s.reason)) for s in plan.skipped],
        assumes=[
            AssumedOut(slug=a.slug, title=a.title, assumed_by=a.by_slug, recaps=a.recaps, message=said(a.message))
            for a in plan.assumed
        ],
        understood=list(plan.understood),
        not_understood=list(plan.not_understood),
        stack_read=plan.stack_read,
        reschedules=[r.model_copy(update={"message": said(r.message)}) for r in reschedules or []],
        auto_reschedule=auto_reschedule,
        auto_reschedule_blocked=said(blocked) if blocked else None,
        kept_until=plan.kept_until,
        history_until=plan.history_until,
        began=plan.began,
        kept_note=said(plan.kept_note),
        content_changes=content_updates_out(plan, catalog, learner=learner) if catalog is not None else [],
    )


def _item(i: WeekItem) -> WeekItemOut:
    return WeekItemOut(kind=i.kind, key=i.key, title=i.title, phase=i.phase, hours=i.hours, part=i.part, ref=i.ref)
