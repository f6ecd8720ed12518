"""Writes of saved plans: create, update, delete and claim. Views, the API and the log-in signal call these.

Every service takes what it needs as keyword arguments (the plan request, the learner, the session), never an
HttpRequest, so each surface calls the same function the same way. A plan is built before anything is saved, so a
request the planner refuses leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import NamedTuple

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.sessions.backends.base import SessionBase
from django.db import transaction
from django.db.models import F, Max, Q, QuerySet
from django.utils import timezone

from roadmapfinder.bounds import EARLIEST_DATE, LATEST_DATE
from roadmapfinder.catalog import default_catalog
from roadmapfinder.clock import today
from roadmapfinder.errors import InvalidInput, NotAllowed, RoadmapFinderError
from roadmapfinder.exporters.ical import EventVersion
from roadmapfinder.planning import Plan, PlanRequest, build_plan
from roadmapfinder.planning.already_finished import plan_for_learner
from roadmapfinder.planning.laid_out import LaidOut, adopting, keeping_weeks_before, laid_out_json, undo_said
from roadmapfinder.planning.replan import (
    past_rewritten,
    replan_request,
    scheduled_again,
    studied_again,
    unfinished_off_schedule,
)
from roadmapfinder.planning.weeks import week_start_of
from roadmapfinder.plans.models import CalendarEventVersion, PlanReschedule, SavedPlan, new_feed_token
from roadmapfinder.plans.selectors import (
    CREATED_PLANS_KEY,
    account_reader,
    laid_out_due,
    plan_build,
    plan_can_edit,
    plan_request_resolved,
    plan_saved,
    saved_laid_out,
    saved_request,
)
from roadmapfinder.progress import ProgressState
from roadmapfinder.progress.auto_reschedule import auto_reschedule_request, auto_week_due
from roadmapfinder.progress.tracks import finished_in

#: How many plans a visitor's session remembers having created (the newest).
CREATED_PLANS_KEPT = 50

Learner = AbstractBaseUser | AnonymousUser | None


def _title(plan: Plan) -> str:
    """The stored title: the plan's names (lists recompute it from the rebuilt plan; this one is their fallback
    when today's catalog can no longer build the plan, and what the admin and the data file show)."""
    return plan.title[:200]


def plan_create(
    *, plan_request: PlanRequest, user: Learner, session: SessionBase, state: ProgressState | None = None
) -> tuple[SavedPlan, Plan]:
    """Save a plan for whoever asked: owned by a signed-in learner, else remembered in the visitor's session.

    The session key is what lets a visitor edit their plan; logging in gives the session a new key, so the list of
    created plans kept in the session is what lets `plans_claim` hand them to the account afterwards. `state` is
    the asker's progress: what they finished stays on the plan, off the schedule (`plan_for_learner`); the saved
    request's `finished_work` says what. A learner's plan needs no session (their account owns it): a script
    calling the API with a token gets no session row and no cookie for each plan it makes.
    """
    owner = user if isinstance(user, User) else None
    if owner is None and not session.session_key:
        session.save()
    plan_request = plan_request_resolved(plan_request=plan_request)
    fixed = plan_request.model_copy(update={"start": plan_request.start or today()})
    fixed, plan = _built_for(fixed, state)
    saved = SavedPlan.objects.create(
        request=fixed.model_dump(mode="json"),
        owner=owner,
        creator_session=session.session_key or "",
        title=_title(plan),
        laid_out=laid_out_json(plan.laid_out),
    )
    if owner is None:
        session[CREATED_PLANS_KEY] = [*session.get(CREATED_PLANS_KEY, []), saved.id][-CREATED_PLANS_KEPT:]
    return saved, plan


class PlanUpdated(NamedTuple):
    """A changed plan: its row, the plan rebuilt, and whether the change typed a start other than the saved one
    (so the surfaces say a start long past or far ahead, as on a new plan: `planning.start_date.start_notes`)."""

    saved: SavedPlan
    plan: Plan
    start_moved: bool
    #: The change was applied from today (the plan was under way and the change rewrote its past or asked to study
    #: finished work again): recorded as a reschedule (`planning.replan.past_rewritten`, `studied_again`; the
    #: surfaces say `from_today_note`).
    from_today: bool = False


def plan_update(
    *,
    plan_id: str,
    plan_request: PlanRequest,
    session_key: str,
    user: Learner,
    state: ProgressState | None = None,
    from_this_week: bool = False,
) -> PlanUpdated:
    """Regenerate a plan from new inputs; the previous inputs stay saved if the new ones are refused. What the
    learner finished (`state`) stays off the schedule, as in `plan_create`.

    Whether the start moved is read from the row read here, before it is overwritten: the API read the row a second
    time for it, and the page's edit form could not tell at all.

    A change of a plan under way that would rewrite the weeks already past (a new pace, other days, another order),
    with its start kept, applies from today instead: what is left is planned from today, what the learner finished
    off the schedule, recorded as a reschedule (`past_rewritten`). Rebuilt whole from the old start, a learner who
    lowered their pace four weeks in was told they were weeks ahead and given a finish date months off. So does one
    that asks to study finished work again (`studied_again`): in place, the refresher sat in the weeks past.

    `from_this_week`: keep every week before this one as it is planned and apply the change from this week on, as a
    change of the catalog's content applies (`plan_content_change_undo`); its start stays."""
    saved = plan_saved(plan_id=plan_id)  # not built: a plan the catalog no longer builds must stay fixable
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can change it", hint="generate your own copy")
    moved = plan_request.start is not None and plan_request.start.isoformat() != _stored_start(saved)
    start = plan_request.start or _kept_start(saved)
    # What was finished when the plan was made or last rescheduled stays off the schedule (the form and the API do
    # not send it back), unless the learner now asks for what they finished to be scheduled.
    kept = () if plan_request.schedule_finished else _kept_finished_work(saved)
    finished_work = plan_request.finished_work or kept
    fixed = plan_request.model_copy(update={"start": start, "finished_work": finished_work})
    # So do the phases of the generated roadmap it follows (the edit form shows its other inputs).
    fixed = plan_request_resolved(plan_request=_kept_phases(fixed, saved))
    current = _built_or_none(saved)
    # Its weeks kept as planned stay kept (and the content's changes said) unless the change applies from today.
    laid_out = adopting(current.laid_out if current is not None else saved_laid_out(saved))
    if from_this_week and current is not None:
        cut = week_start_of(today(), current.request.week_start)
        laid_out = keeping_weeks_before(current.laid_out, current.weeks, cut)
    elif current is not None and (moved or fixed.week_start != current.request.week_start):
        # A start typed anew, or a new first day of the week: the sessions already lived stay as they went.
        laid_out = _keeping_lived(current, start, rescheduled=False)
    fixed, plan = _built_for(fixed, state, before=_saved_request_or_none(saved), laid_out=laid_out)
    earlier = None if moved or state is None or from_this_week else current
    if earlier is not None and (
        past_rewritten(earlier, plan, today=today()) or studied_again(earlier.request, fixed, today=today())
    ):
        try:  # from today, what the learner finished is off the schedule, as on a new plan
            lived = _keeping_lived(earlier, today())
            fixed, plan = _built_for(fixed.model_copy(update={"start": today()}), state, laid_out=lived)
        except InvalidInput:  # a target date not after today: the change is kept as it was asked
            earlier = None
    else:
        earlier = None
    with transaction.atomic():
        saved.request = fixed.model_dump(mode="json")
        saved.title = _title(plan)
        saved.laid_out = laid_out_json(plan.laid_out)
        saved.save(update_fields=["request", "title", "laid_out", "updated"])
        _calendar_sequence_above_versions(saved)
        if earlier is not None:
            _record_reschedule(saved, before=earlier, after=plan, automatic=False)
    return PlanUpdated(saved, plan, moved, from_today=earlier is not None)


def plan_content_change_undo(
    *, plan_id: str, ref: str, undone: bool, session_key: str, user: Learner, state: ProgressState | None = None
) -> tuple[PlanUpdated, str]:
    """Undo (or, `undone` False, apply again) a change of the plan's content, where that makes sense: a topic the
    change added is left out (the request's `drop`), one it took out that the catalog still teaches is kept (its
    `add`). Applied as the change of the content was, from this week on (`plan_update`'s `from_this_week`): the
    weeks before this one stay as they are planned, whenever the learner undoes it.

    `InvalidInput` for a change that cannot be undone (a new estimate, a new name, a topic the catalog dropped),
    said by its name; `NotAllowed` for anyone but the plan's creator or owner. Answers the changed plan and what
    was done, by name."""
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can change it", hint="generate your own copy")
    plan = plan_build(saved)
    changes = [c for u in plan.content_updates for c in u.changes if c.ref == ref and c.item == "topic"]
    added = next((c for c in changes if c.kind == "added"), None)
    removed = next((c for c in changes if c.kind == "removed" and default_catalog().has_topic(ref)), None)
    change = added or removed
    if change is None:  # nothing to undo: said, by the change's name when there is one
        name = f"“{changes[0].name}”" if changes else "that"
        raise InvalidInput(
            f"there is nothing to undo in the change of {name}"
            if changes
            else "this plan's content had no such change",
            hint="only a topic the content added (left out) or took out while the catalog still teaches it (kept) "
            "can be undone",
            field="ref",
        )
    asked = saved_request(saved)
    field, names = ("drop", asked.drop) if added is not None else ("add", asked.add)
    others = tuple(n for n in names if n != ref)
    update = {field: (*others, ref) if undone else others}
    changed = plan_update(
        plan_id=plan_id,
        plan_request=asked.model_copy(update=update),
        session_key=session_key,
        user=user,
        state=state,
        from_this_week=True,
    )
    return changed, undo_said(change, undone=undone)


def _keeping_lived(before: Plan, start: date, *, rescheduled: bool = True) -> LaidOut:
    """The record a plan rescheduled from `start` is built with: its sessions before `start` (never past today: a
    reschedule to a later day keeps no session ahead) stay as they were planned, with what the learner did then,
    and the new schedule runs from `start` (`Plan.history_until`). Dropped, the weeks a learner had lived vanished
    from the plan at every reschedule, the automatic weekly one too, and a reschedule on a Wednesday dropped that
    week's Monday and Tuesday. A start typed anew and a new first day of the week keep them the same way
    (`rescheduled` False: they keep the request's finished work, so they keep what a content change found finished
    too; a reschedule reads it all from the learner's progress now, `laid_out.keeping_weeks_before`)."""
    cut = min(today(), start)
    return keeping_weeks_before(before.laid_out, before.weeks, cut, keep_finished=not rescheduled)


def _built_or_none(saved: SavedPlan) -> Plan | None:
    """The saved plan as it is now, or None when it no longer builds (then a change has no past to keep)."""
    try:
        return plan_build(saved)
    except RoadmapFinderError:
        return None


def _built_for(
    plan_request: PlanRequest,
    state: ProgressState | None,
    *,
    before: PlanRequest | None = None,
    laid_out: LaidOut | None = None,
) -> tuple[PlanRequest, Plan]:
    """The request to save and its plan: what the learner finished off the schedule when their progress is known
    (on a change, `before` is the saved request: a plan under way keeps its weeks, `plan_for_learner`; `laid_out`
    its record, adopted: the weeks it keeps as planned stay kept)."""
    if state is None:
        return plan_request, build_plan(default_catalog(), plan_request, today=today(), laid_out=laid_out)
    return plan_for_learner(
        default_catalog(),
        plan_request,
        is_finished=finished_in(state),
        today=today(),
        before=before,
        laid_out=laid_out,
    )


def _saved_request_or_none(saved: SavedPlan) -> PlanRequest | None:
    """The saved request, or None when the stored record no longer reads (then the change is read as a new plan)."""
    try:
        return saved_request(saved)
    except InvalidInput:
        return None


def _kept_phases(plan_request: PlanRequest, saved: SavedPlan) -> PlanRequest:
    """The new inputs with the saved plan's given phases (a generated roadmap's), unless they give their own."""
    if plan_request.phases or plan_request.generated:
        return plan_request
    try:
        kept = saved_request(saved)
    except InvalidInput:
        return plan_request
    return plan_request.model_copy(update={"phases": kept.phases, "name": kept.name, "generated": kept.generated})


def _kept_finished_work(saved: SavedPlan) -> tuple[str, ...]:
    """What the last reschedule recorded as finished (nothing if the stored record does not read)."""
    kept = saved.request.get("finished_work", ()) if isinstance(saved.request, dict) else ()
    return tuple(str(item) for item in kept) if isinstance(kept, list | tuple) else ()


def _stored_start(saved: SavedPlan) -> str:
    """The start date as stored (empty when the record has none that is a string)."""
    start = saved.request.get("start") if isinstance(saved.request, dict) else None
    return start if isinstance(start, str) else ""


def _kept_start(saved: SavedPlan) -> date:
    """The start date the plan was saved with (today if the stored record has none that reads, or one out of range)."""
    kept = saved.request.get("start") if isinstance(saved.request, dict) else None
    try:
        start = date.fromisoformat(kept) if isinstance(kept, str) else today()
    except ValueError:
        return today()
    return start if EARLIEST_DATE <= start <= LATEST_DATE else today()


def plan_delete(*, plan_id: str, session_key: str, user: Learner) -> SavedPlan:
    """Delete a saved plan (its creator or owner only); progress is untouched: it belongs to the topics."""
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can delete it", hint="its link stays readable")
    saved.delete()
    return saved


def plans_claim(*, session: SessionBase, user: User) -> int:
    """Give the learner the plans they created before logging in; answers how many changed hands."""
    ids = session.pop(CREATED_PLANS_KEY, [])
    return SavedPlan.objects.filter(pk__in=ids, owner=None).update(owner=user) if ids else 0


def plan_reschedule(
    *,
    plan_id: str,
    state: ProgressState,
    session_key: str,
    user: Learner,
    start: date | None = None,
    hours_per_week: float | None = None,
) -> tuple[SavedPlan, Plan, PlanReschedule]:
    """Reschedule what is left of a plan from `start` (default today), at the same or a new pace.

    `state` is the learner's progress: what they finished (topics done or skipped, projects finished) stays on the
    plan but off the schedule. The plan keeps its id and link; each reschedule is recorded (when, from which
    finish date to which) so the page can show the history. Only the creator or owner may reschedule.
    """
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can reschedule it", hint="generate your own copy")
    before = plan_build(saved)
    rescheduled = replan_request(
        before,
        is_finished=finished_in(state),
        start=start or today(),
        today=today(),
        hours_per_week=hours_per_week,
    )
    laid_out = _keeping_lived(before, rescheduled.start or today())
    plan = build_plan(default_catalog(), rescheduled, today=today(), laid_out=laid_out)
    with transaction.atomic():
        record = _store_reschedule(saved, rescheduled, before=before, after=plan, automatic=False)
    return saved, plan, record


def plan_auto_set(*, plan_id: str, enabled: bool, session_key: str, user: Learner) -> SavedPlan:
    """Turn the automatic weekly reschedule on or off (the creator or owner only)."""
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can change how it is rescheduled", hint="ask them")
    saved.auto_reschedule = enabled
    saved.save(update_fields=["auto_reschedule", "updated"])
    return saved


def plan_auto_reschedule(*, saved: SavedPlan, state: ProgressState) -> PlanReschedule | None:
    """The automatic mode, applied at most once per week: if the plan's owner (whose progress `state` is) was
    behind when this week began, what is left moves to start on this week's first day, recorded as automatic.
    The week is the plan's own (from its `week_start`: Monday, Sunday or Saturday).

    The rule itself is the core's (progress/auto_reschedule.py); this claims the week and stores the result.
    Servers are stateless and many, so there is no scheduler to trust: every read or write of a plan calls this,
    and so does `manage.py plans_auto_reschedule` (for a systemd timer, so a plan nobody opens is moved too).
    Claiming the week is one conditional UPDATE, so of two servers reading the plan at once only one reschedules,
    and the decision is taken as of the week's first day, so whichever day it runs it decides the same. Answers
    the reschedule made, or None (mode off, week already handled, not behind, or the plan no longer builds).
    """
    week = auto_reschedule_week(saved)
    if week is None:
        return None
    with transaction.atomic():
        pending = Q(auto_checked_week__isnull=True) | Q(auto_checked_week__lt=week)
        claimed = SavedPlan.objects.filter(Q(pk=saved.pk, auto_reschedule=True) & pending)
        if not claimed.update(auto_checked_week=week):
            return None  # another request or server handled this week
        saved.auto_checked_week = week
        try:
            before = plan_build(saved)
            rescheduled = auto_reschedule_request(before, state, week=week, today=today())
            if rescheduled is None:
                return None
            laid_out = _keeping_lived(before, week)
            plan = build_plan(default_catalog(), rescheduled, today=today(), laid_out=laid_out)
        except (InvalidInput, RoadmapFinderError):
            return None  # a plan that no longer builds (or whose target is past) waits for its learner
        return _store_reschedule(saved, rescheduled, before=before, after=plan, automatic=True)


def plan_unfinished_scheduled(*, saved: SavedPlan, state: ProgressState) -> PlanReschedule | None:
    """Schedule again, from today, the work the plan keeps off its schedule as finished that its learner (whose
    progress `state` is) no longer has finished: called when a learner unticks a topic or project, or marks a topic
    in progress, so their plans stay complete, dated plans. Left as it was, the work stayed on the plan with no
    session anywhere and its hours counted as "already finished" until the learner happened to reschedule.

    The rule is the core's (`planning.replan.unfinished_off_schedule`, `scheduled_again`): every session before today
    as it was planned, the work unticked whole from today in its place in the plan's order, what follows it later.
    Recorded as a reschedule from today that names it (`PlanReschedule.scheduled_again`), so the plan says so.
    Answers the record, or None when nothing of the plan was off the schedule and is unfinished now, or the plan no
    longer builds at all (its page says why). With the work back it always builds when it built before: the request
    differs only in `finished_work`, and the length a plan is refused at (`planning.plan._check_length`) counts the
    work kept off the schedule as finished too, so putting it back can never make the plan too long
    (tests/web/test_plan_untick_loose_ends.py, a plan of 515 weeks)."""
    if not _kept_finished_work(saved):
        return None  # nothing off the schedule: an untick never changes the plan's dates
    try:
        before = plan_build(saved)
        back = unfinished_off_schedule(before, finished_in(state))
        if not back:
            return None
        request, laid_out = scheduled_again(before, back, today=today())
        plan = build_plan(default_catalog(), request, today=today(), laid_out=laid_out)
    except RoadmapFinderError:
        return None
    with transaction.atomic():
        saved.request = request.model_dump(mode="json")
        saved.laid_out = laid_out_json(plan.laid_out)
        saved.save(update_fields=["request", "laid_out", "updated"])
        _calendar_sequence_above_versions(saved)
        return _record_reschedule(
            saved, before=before, after=plan, automatic=False, scheduled=tuple(w.ref for w in back)
        )


def plan_laid_out_keep(saved: SavedPlan, *, learner: Callable[[], ProgressState | None] | None = None) -> bool:
    """Store what the plan's weeks are laid out with today, when it is not what is stored (`laid_out_due`): a plan
    saved before the record was kept gets it, and one whose content the catalog changed since keeps the weeks
    before this one as they were planned, with the changes said. Answers whether it wrote.

    `learner`: the plan's learner's progress (asked only when a change of the content is laid out, None when it is
    not at hand): what they had finished of the weeks kept gets none of the hours the content added to it.

    Called where plans are kept current (tracking/services.plan_kept_current, `plans_kept_current`): the first
    read after a change of the content keeps the past as the learner last saw it; a later one would lay those
    weeks out again with the new content. One conditional UPDATE on the stored record's key, so of two readers at
    once one writes and the other finds it written (the same record: the same row, content and day)."""
    try:
        plan = plan_build(saved)
    except RoadmapFinderError:
        return False  # a plan today's catalog cannot build keeps its record until its learner fixes it
    if not laid_out_due(saved, plan):
        return False
    state = learner() if learner is not None and plan.laid_out.updates != _stored_updates(saved) else None
    if state is not None:
        catalog, request = default_catalog(), saved_request(saved)
        laid_out = saved_laid_out(saved)
        plan = build_plan(catalog, request, today=today(), laid_out=laid_out, is_finished=finished_in(state))
    stored = saved.laid_out
    rows = SavedPlan.objects.filter(pk=saved.pk)
    if stored is None:
        rows = rows.filter(laid_out__isnull=True)
    elif isinstance(stored, dict) and isinstance(stored.get("key"), str):
        rows = rows.filter(laid_out__key=stored["key"])
    record = laid_out_json(plan.laid_out)
    written = bool(rows.update(laid_out=record))
    if written:
        saved.laid_out = record
    return written


def _stored_updates(saved: SavedPlan) -> tuple[object, ...]:
    """The changes of the content the stored record says (none when there is no record)."""
    stored = saved_laid_out(saved)
    return stored.updates if stored is not None else ()


def auto_reschedule_week(saved: SavedPlan) -> date | None:
    """The week `plan_auto_reschedule` would claim for the plan today, or None when reading the plan changes
    nothing (mode off, week already checked, damaged inputs). A function of the row and the day alone, so a page
    can tell without writing that its plan is current (web/first_views.py)."""
    if not saved.auto_reschedule:
        return None
    try:
        week_start = saved_request(saved).week_start
    except InvalidInput:
        return None  # damaged inputs: nothing to move until its creator saves it again
    return auto_week_due(today=today(), week_start=week_start, checked_week=saved.auto_checked_week)


def plan_feed_open(*, plan_id: str, session_key: str, user: Learner) -> SavedPlan:
    """Give the plan a calendar feed address (its creator or owner only); an existing one is kept."""
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can make its calendar feed", hint="ask them")
    if not saved.feed_token:
        saved.feed_token = new_feed_token()
        saved.save(update_fields=["feed_token"])
    return saved


def plan_feed_revoke(*, plan_id: str, session_key: str, user: Learner) -> SavedPlan:
    """End the calendar feed's address: calendars subscribed to it get 404 from now on."""
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can revoke its calendar feed", hint="ask them")
    saved.feed_token = ""
    saved.save(update_fields=["feed_token"])
    return saved


def plan_calendar_versions(
    *, saved: SavedPlan, reader: str, contents: Mapping[str, str], expires: datetime | None = None
) -> dict[str, EventVersion]:
    """The version of each event of `reader`'s calendar (`contents`: UID → digest of what the event says, from
    exporters/ical.py `calendar_draft`): the one they last got while it says the same, else raised by one and
    stamped now, so a calendar takes every changed event on re-import (RFC 5545) and re-importing an unchanged plan
    changes nothing.

    Compared when a calendar is made, so whatever changes an event is seen: a topic ticked done (the event drops
    it), an edit, a reschedule, an estimate. It was one count per plan, raised when the sessions' times moved, and
    a tick kept it, so calendars kept the old events. Per reader, since each reader's file leaves out what they
    finished: a count shared by the plan would rise for everyone at anyone's tick. An event a reader never had
    starts at every other reader's version of it, one above where it says something else, so a calendar filled
    from another reader's file (a visitor who then signs up) still takes it; with no other reader, at the plan's
    `calendar_sequence`. Two requests at once raise it once: each update is conditional on the digest it
    replaces. `expires`: when a visitor session's reader can no longer come back (`calendar_reader_expiry`),
    moved later as the session goes on, at most once a day. The reader's versions of dates the schedule no longer
    has (moved by an edit or a reschedule) are forgotten here (`_forget_gone`): a reader kept one row per date ever
    scheduled."""
    held = _event_versions(saved, reader)
    now = timezone.now()
    if expires is not None and any(
        row.expires is None or row.expires < expires - _EXPIRY_SLACK for row in held.values()
    ):
        CalendarEventVersion.objects.filter(plan=saved, reader=reader).update(expires=expires)
    _forget_gone(saved, [row for uid, row in held.items() if uid not in contents])
    stale = [(uid, held[uid]) for uid, content in contents.items() if uid in held and held[uid].content != content]
    for uid, row in stale:
        CalendarEventVersion.objects.filter(pk=row.pk, content=row.content).update(
            content=contents[uid], sequence=F("sequence") + 1, modified=now
        )
    new = {uid: content for uid, content in contents.items() if uid not in held}
    if new:
        first = _first_versions(saved, reader, new, now, expires)
        CalendarEventVersion.objects.bulk_create(first, ignore_conflicts=True)
    if stale or new:
        held = _event_versions(saved, reader)
    return {uid: EventVersion(held[uid].sequence, held[uid].modified) for uid in contents if uid in held}


#: How much later a visitor session's end may have moved before its versions' `expires` is written again.
_EXPIRY_SLACK = timedelta(days=1)


def plan_calendar_reader_forget(*, user: User) -> None:
    """Forget which versions of plans' calendar events an account was given (its account is being deleted)."""
    _forget_versions(CalendarEventVersion.objects.filter(reader=account_reader(user)))


def plan_calendar_versions_expire() -> int:
    """Forget the versions of visitor sessions that have ended (run by `clearsessions`: web/sessions); how many.

    A session's reader cannot come back once it has expired (a log-in or log-out starts a new one), and its rows
    were one per event per visitor who ever downloaded a calendar."""
    return _forget_versions(CalendarEventVersion.objects.filter(expires__lt=timezone.now()))


def _forget_versions(rows: QuerySet[CalendarEventVersion]) -> int:
    """Delete these readers' versions, first raising each plan's `calendar_sequence` above the highest of them: a
    calendar may still hold an event at that version (the visitor who signs up, a deleted account's calendar app),
    and an event a reader never had starts at `calendar_sequence` or above, so it is still taken. A version
    raised meanwhile (the reader came back) is above that and stays. How many were deleted."""
    deleted = 0
    for plan_id, top in rows.order_by().values_list("plan").annotate(top=Max("sequence")):
        with transaction.atomic():
            _raise_calendar_sequence(plan_id, top)
            deleted += rows.filter(plan_id=plan_id, sequence__lte=top).delete()[0]
    return deleted


def _forget_gone(saved: SavedPlan, gone: list[CalendarEventVersion]) -> None:
    """Delete a reader's versions of events their calendar no longer has (a date moved, a session all ticked),
    those below the plan's `calendar_sequence` alone: an event a reader did not have starts at that count or above,
    so one that comes back is still above what their calendar may hold, with no count to raise here (one statement,
    none while nothing has gone). The count read with the plan may be behind, never ahead: it only rises. Every
    change of the plan's schedule raises it above every version handed out (`_calendar_sequence_above_versions`),
    so the dates it moved go at the reader's next download; a session ticked away keeps its version until then
    (one per session of the plan at most), and comes back at it if unticked."""
    below = [row.pk for row in gone if row.sequence < saved.calendar_sequence]
    if below:
        CalendarEventVersion.objects.filter(pk__in=below, sequence__lt=saved.calendar_sequence).delete()


def _calendar_sequence_above_versions(saved: SavedPlan) -> None:
    """Raise the plan's `calendar_sequence` above every version of its events handed out, when its schedule changes
    (an edit, a reschedule): the versions of the dates it moved can then go at each reader's next download
    (`_forget_gone`), and an event a reader never had still starts above what any calendar holds of it."""
    top = saved.calendar_events.aggregate(top=Max("sequence"))["top"]
    if top is not None:
        _raise_calendar_sequence(saved.pk, top)


def _raise_calendar_sequence(plan_id: str, top: int) -> None:
    """Raise the plan's `calendar_sequence` above `top`, a version handed out (never lowers it): no reader then
    starts an event at or below it."""
    SavedPlan.objects.filter(pk=plan_id, calendar_sequence__lte=top).update(calendar_sequence=top + 1)


def _event_versions(saved: SavedPlan, reader: str) -> dict[str, CalendarEventVersion]:
    return {row.uid: row for row in CalendarEventVersion.objects.filter(plan=saved, reader=reader)}


def _first_versions(
    saved: SavedPlan, reader: str, contents: Mapping[str, str], now: datetime, expires: datetime | None
) -> list[CalendarEventVersion]:
    """A reader's first versions of events: each above what any other reader has had of it (a calendar may hold
    it from another reader's file), equal, with its stamp, where it says the same."""
    best = dict.fromkeys(contents, (saved.calendar_sequence, False, now))
    others = CalendarEventVersion.objects.filter(plan=saved, uid__in=list(contents)).exclude(reader=reader)
    for other in others.only("uid", "content", "sequence", "modified"):
        same = other.content == contents[other.uid]
        best[other.uid] = max(best[other.uid], (other.sequence + (not same), same, other.modified if same else now))
    return [
        CalendarEventVersion(
            plan=saved, reader=reader, uid=uid, content=content, sequence=seq, modified=modified, expires=expires
        )
        for uid, content in contents.items()
        for seq, _, modified in [best[uid]]
    ]


def _store_reschedule(
    saved: SavedPlan, rescheduled: PlanRequest, *, before: Plan, after: Plan, automatic: bool
) -> PlanReschedule:
    """Save the rescheduled request and the history entry that says what moved (the caller's transaction)."""
    saved.request = rescheduled.model_dump(mode="json")
    saved.laid_out = laid_out_json(after.laid_out)
    saved.save(update_fields=["request", "laid_out", "updated"])
    _calendar_sequence_above_versions(saved)
    return _record_reschedule(saved, before=before, after=after, automatic=automatic)


def _record_reschedule(
    saved: SavedPlan, *, before: Plan, after: Plan, automatic: bool, scheduled: tuple[str, ...] = ()
) -> PlanReschedule:
    """The plan's history entry for a move from `before` to `after`: from when, the finish dates, the paces; work
    unticked and `scheduled` again from today (`plan_unfinished_scheduled`) by its refs."""
    return PlanReschedule.objects.create(
        plan=saved,
        from_date=max(after.start, today()) if scheduled else after.start,
        scheduled_again=list(scheduled),
        finish_before=before.finish_date,
        finish_after=after.finish_date,
        hours_before=before.request.hours_per_week,
        hours_after=after.request.hours_per_week,
        automatic=automatic,
    )
