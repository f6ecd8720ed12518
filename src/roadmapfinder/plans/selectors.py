"""Reads of saved plans: one plan (its record, or rebuilt), a learner's plans, a visitor's plans, who may edit.

A saved plan stores its request and what its weeks were laid out with (`laid_out`: planning/laid_out.py);
`plan_build` rebuilds the plan against today's catalog on every read, so content fixes reach old plans from the
current week on (the weeks already past stay as they were planned) and creating, reading and regenerating share
one code path. A build takes a few
milliseconds and /me builds every plan of the learner, so each process keeps the last builds (plans are frozen
values: the same request, catalog and day always build the same plan).
"""

from __future__ import annotations

import functools
import hashlib
import json
import secrets
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.sessions.backends.base import SessionBase
from pydantic import ValidationError

from roadmapfinder.catalog import Catalog, default_catalog
from roadmapfinder.clock import today
from roadmapfinder.db_rows import column, one_row, rows
from roadmapfinder.errors import InvalidInput, NotFound, RoadmapFinderError
from roadmapfinder.generated.selectors import generated_get
from roadmapfinder.planning import Plan, PlanRequest, build_plan
from roadmapfinder.planning.already_finished import work_name
from roadmapfinder.planning.laid_out import LaidOut, laid_out_from_json
from roadmapfinder.planning.learner_input import following_generated
from roadmapfinder.planning.shapes import PlanOut, RescheduleOut, plan_out, reschedule_out
from roadmapfinder.plans.models import PlanReschedule, SavedPlan
from roadmapfinder.progress import ProgressState
from roadmapfinder.progress.shapes import PlanProgressOut, plan_progress_out
from roadmapfinder.progress.this_week import ThisWeekOut, WeekStandings, this_week, week_standings

#: The session key listing the plans a visitor without an account created, claimed when they sign up or log in.
CREATED_PLANS_KEY = "rf_plans"


def plan_saved(*, plan_id: str) -> SavedPlan:
    """A saved plan's record, without building it; `NotFound` for an unknown id (no suggestions: ids are secret)."""
    saved = one_row(SavedPlan, f"{column(SavedPlan, 'id')} = %s", [plan_id])
    if saved is None:
        raise NotFound("plan", plan_id, [], hint="check the link: plan ids are long and case-sensitive")
    return saved


def plan_version(saved: SavedPlan) -> str:
    """What, besides the reader's progress and the day, decides a saved plan's page: it changes with every change.

    Its inputs and their last change (a regenerate or reschedule saves `updated`), the automatic mode and the
    calendar feed's address (neither of which saves `updated`), the owner (who may edit it), and what its weeks
    were laid out with (kept weeks and changes of the content said: `laid_out`).
    """
    laid_out = saved.laid_out.get("key") if isinstance(saved.laid_out, dict) else None
    parts = [
        saved.updated.isoformat(),
        saved.feed_token,
        saved.auto_reschedule,
        saved.owner_id,
        saved.creator_session,
        laid_out,
    ]
    record = json.dumps([parts, saved.request], sort_keys=True, default=str)
    return hashlib.sha256(record.encode()).hexdigest()[:24]


def plan_build(saved: SavedPlan) -> Plan:
    """The plan a saved request describes, against today's catalog (`InvalidInput` if it no longer builds, or if
    the stored record itself is damaged: a bad row must never make a page fail), its weeks laid out as its
    `laid_out` record keeps them: when the catalog changed since, the weeks before this one as they were planned.

    A read writes nothing: when the plan's record is due to change (`laid_out_due`), the plan built here already
    is the one it describes, and `plans.services.plan_laid_out_keep` (called where plans are kept current) stores
    it."""
    return _built(default_catalog(), saved_request(saved), today(), saved_laid_out(saved))


@functools.lru_cache(maxsize=64)  # a big plan holds ~750 sessions: keep a few dozen, not thousands
def _built(catalog: Catalog, request: PlanRequest, day: date, laid_out: LaidOut | None) -> Plan:
    """One build per request (frozen, so it is its own key), catalog, day and laid-out record (compared by its
    digest) in this process; an error is raised again, never kept."""
    return build_plan(catalog, request, today=day, laid_out=laid_out)


def saved_laid_out(saved: SavedPlan) -> LaidOut | None:
    """The stored record of what the plan's weeks were laid out with; None for a plan saved before it was kept,
    or one that does not read (laid out from today's content, as before). Read once per stored value, as
    `saved_request`."""
    kept: tuple[object, LaidOut | None] | None = saved.__dict__.get(_LAID_OUT)
    if kept is not None and kept[0] is saved.laid_out:
        return kept[1]
    stored = saved.laid_out
    key = stored.get("key") if isinstance(stored, dict) else None
    laid_out = _read_laid_out.get(key) if isinstance(key, str) else None
    if laid_out is None:
        laid_out = laid_out_from_json(stored)
        if laid_out is not None:
            if len(_read_laid_out) >= _READ_KEPT:
                _read_laid_out.clear()
            _read_laid_out[laid_out.key] = laid_out
    saved.__dict__[_LAID_OUT] = (saved.laid_out, laid_out)
    return laid_out


_LAID_OUT = "_rf_saved_laid_out"
#: Records read in this process, by key (a digest of all they hold): every read of a plan reads its record, and
#: making its phases again each time was a third of a millisecond per plan (the Backend and Frontend roadmaps).
_read_laid_out: dict[str, LaidOut] = {}
_READ_KEPT = 256


def laid_out_due(saved: SavedPlan, plan: Plan) -> bool:
    """Whether the record stored with the plan is not the one its weeks are laid out with today: none stored yet,
    or the catalog changed since (then the weeks before this one must be kept before they are laid out again)."""
    stored = saved_laid_out(saved)
    return stored is None or stored.key != plan.laid_out.key


def saved_request(saved: SavedPlan) -> PlanRequest:
    """The stored request, read defensively; `InvalidInput` for a record that no longer reads as one. Read as a
    saved plan's (`PlanRequest.as_saved`): a name several topics share that it holds is the first, as when it was
    saved, where a request sent anew is asked which one.

    Read once per stored value (a plan page asks for it to check the automatic reschedule, then to build the plan;
    every read of an unchanged row gets the same value: `_read_requests`): kept with the very dict it was read
    from, so a request assigned anew is read anew.
    """
    stored = saved.request
    kept: tuple[object, PlanRequest] | None = saved.__dict__.get(_READ) or _read_requests.get(id(stored))
    if kept is not None and kept[0] is stored:
        request = kept[1]
    else:
        try:
            request = PlanRequest.model_validate(stored).as_saved()  # its names read as when it was saved
        except (ValidationError, TypeError, ValueError):
            raise InvalidInput(
                "this plan's saved inputs are damaged", hint="change its inputs and save it again"
            ) from None
        if len(_read_requests) >= _READ_KEPT:
            _read_requests.clear()
        _read_requests[id(stored)] = (stored, request)
    saved.__dict__[_READ] = (stored, request)
    return request


_READ = "_rf_saved_request"
#: Requests read in this process, by the identity of the value they were read from: a row's request is decoded
#: once per stored text and shared by every read of it (`ReadOnlyJSONField`), so each page showing a plan, which
#: has an object of its own, need not validate it again (a twentieth of a millisecond). The value is kept with its
#: request, so its identity is never another's while it is here.
_read_requests: dict[int, tuple[object, PlanRequest]] = {}


def plan_request_resolved(*, plan_request: PlanRequest) -> PlanRequest:
    """The request with the phases of the generated roadmap it names (`generated`) when it does not give them: the
    plan form and the API may send only the roadmap's id. `InvalidInput` for an id nobody generated."""
    if not plan_request.generated or plan_request.phases:
        return plan_request
    try:
        roadmap = generated_get(roadmap_id=plan_request.generated)
    except NotFound:
        raise InvalidInput(
            f"no generated roadmap `{plan_request.generated}`",
            hint="generate the roadmap again, then make the plan from its page",
            field="generated",
        ) from None
    return following_generated(plan_request, roadmap)


def plan_get(*, plan_id: str) -> tuple[SavedPlan, Plan]:
    """A saved plan and the plan rebuilt from it; `NotFound` for an unknown id."""
    saved = plan_saved(plan_id=plan_id)
    return saved, plan_build(saved)


def plan_reschedules(saved: SavedPlan) -> list[RescheduleOut]:
    """The plan's reschedules, newest first, as the page, the API and the CLI show them."""
    return [reschedule_shape(r) for r in saved.reschedules.all()]


def plan_shown(saved: SavedPlan, plan: Plan, *, learner: bool, notes: Sequence[str] = ()) -> PlanOut:
    """A saved plan as its pages and the API show it: with its reschedules, its automatic mode and what changed in
    its content since it was made (with the undo each change has, read against today's catalog). `learner`: the
    reader is the plan's learner (`plan_can_edit`); anyone else opening its link reads what its learner had
    finished said of them, not of the reader."""
    return plan_out(
        plan,
        saved.id,
        plan_reschedules(saved),
        auto_reschedule=saved.auto_reschedule,
        today=today(),
        notes=notes,
        catalog=default_catalog(),
        learner=learner,
    )


def reschedule_shape(record: PlanReschedule) -> RescheduleOut:
    return reschedule_out(
        at=record.at,
        from_date=record.from_date,
        finish_before=record.finish_before,
        finish_after=record.finish_after,
        hours_before=record.hours_before,
        hours_after=record.hours_after,
        automatic=record.automatic,
        scheduled_again=[work_name(default_catalog(), str(ref)) for ref in record.scheduled_again or ()],
    )


def plan_feed_get(*, plan_id: str, token: str) -> tuple[SavedPlan, Plan]:
    """The plan behind a calendar feed address; `NotFound` for a wrong or revoked token, as for an unknown plan."""
    saved = SavedPlan.objects.filter(pk=plan_id).first()
    if saved is None or not saved.feed_token or not secrets.compare_digest(saved.feed_token, token):
        raise NotFound("calendar feed", plan_id, [], hint="the feed's address was revoked or mistyped")
    return saved, plan_build(saved)


def plan_can_edit(saved: SavedPlan, *, session_key: str, user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """The owner, or the visitor whose session created it, may change the inputs."""
    if saved.owner_id is not None:
        return user is not None and user.is_authenticated and user.pk == saved.owner_id
    return bool(session_key) and session_key == saved.creator_session


def plans_of(*, user: User) -> list[SavedPlan]:
    """The learner's saved plans, newest first."""
    return rows(SavedPlan, f"{column(SavedPlan, 'owner')} = %s", [user.pk], order_by=_NEWEST_FIRST())


_NEWEST_FIRST = functools.cache(lambda: f"{column(SavedPlan, 'updated')} DESC")


def plans_created_in(*, session: SessionBase) -> list[SavedPlan]:
    """The plans a visitor created in this session and nobody owns yet, newest first."""
    ids = session.get(CREATED_PLANS_KEY, [])
    return list(SavedPlan.objects.filter(pk__in=ids, owner=None).order_by("-updated")) if ids else []


def plans_progress(saved_plans: Iterable[SavedPlan], state: ProgressState) -> list[PlanProgressOut]:
    """Each saved plan's progress and standing against its dates (plans today's catalog cannot build get none)."""
    return _progress_of(_builds(saved_plans), state)


def plans_overview(
    saved_plans: Iterable[SavedPlan], state: ProgressState
) -> tuple[list[PlanProgressOut], WeekStandings, dict[str, Plan]]:
    """`plans_progress` and this week's standing on each (`week_standings`: `plans_this_week` without the sessions
    written out, which /me lays out once per plan and day) together, each plan built once for both, and the plans
    that build by id (/me lays out each one's week from its plan)."""
    built = _builds(saved_plans)
    plans = {saved.id: plan for saved, plan in built if plan is not None}
    return _progress_of(built, state), week_standings(_titled(built), state, today()), plans


def _builds(saved_plans: Iterable[SavedPlan]) -> list[tuple[SavedPlan, Plan | None]]:
    """Each saved plan with the plan it builds against today's catalog, or None when it no longer builds."""
    built: list[tuple[SavedPlan, Plan | None]] = []
    for saved in saved_plans:
        try:
            built.append((saved, plan_build(saved)))
        except RoadmapFinderError:
            built.append((saved, None))
    return built


def _progress_of(built: Iterable[tuple[SavedPlan, Plan | None]], state: ProgressState) -> list[PlanProgressOut]:
    catalog, day = default_catalog(), today()
    return [
        plan_progress_out(
            catalog,
            plan_id=saved.id,
            title=_title_of(saved, plan),
            updated=saved.updated,
            plan=plan,
            state=state,
            today=day,
        )
        for saved, plan in built
    ]


def _title_of(saved: SavedPlan, plan: Plan | None) -> str:
    """A saved plan's title by name, from the rebuilt plan (so rows saved when titles were made of slugs and ids
    read right, and renamed content shows its new name); the stored title when the plan no longer builds."""
    return (plan.title if plan is not None else "") or saved.title or "Learning plan"


def plans_this_week(saved_plans: Iterable[SavedPlan], state: ProgressState) -> ThisWeekOut:
    """This week across the learner's plans (plans today's catalog cannot build are left out)."""
    return _this_week_of(_builds(saved_plans), state)


def _this_week_of(built: Iterable[tuple[SavedPlan, Plan | None]], state: ProgressState) -> ThisWeekOut:
    return this_week(_titled(built), state, today())


def _titled(built: Iterable[tuple[SavedPlan, Plan | None]]) -> list[tuple[str, str, Plan]]:
    """The plans that build, each with its id and title."""
    return [(saved.id, _title_of(saved, plan), plan) for saved, plan in built if plan is not None]


def calendar_reader(*, user: object, session: SessionBase) -> str:
    """Whose calendar file a request gets, as `CalendarEventVersion.reader`: the account's, else the visitor
    session's (its key hashed: the table never holds a session's secret), else anyone's (no marks)."""
    if isinstance(user, AbstractBaseUser) and user.is_authenticated:
        return account_reader(user)
    key = session.session_key
    return f"{_SESSION_READER}{hashlib.sha256(key.encode()).hexdigest()[:32]}" if key else ""


_SESSION_READER = "session:"


def calendar_reader_expiry(*, reader: str, session: SessionBase) -> datetime | None:
    """Until when `reader` (`calendar_reader`) can come back for its calendar: a visitor session until it ends
    (its expiry as of this request; a later request may extend it, and forgetting it early is safe, only higher
    numbers); None for the feed, an account and anyone, whose versions last as long as the plan or account."""
    return session.get_expiry_date() if reader.startswith(_SESSION_READER) else None


def account_reader(user: AbstractBaseUser) -> str:
    """An account as a calendar's reader (`CalendarEventVersion.reader`)."""
    return f"user:{user.pk}"
