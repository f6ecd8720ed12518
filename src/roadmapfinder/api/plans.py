"""Plan routes: create, read and regenerate personal plans, and export them (Markdown, iCalendar, PDF)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date

from django.http import HttpRequest, HttpResponse
from ninja import Router, Status
from pydantic import BaseModel, ConfigDict, Field

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.api.export_limits import Busy, busy_response, export_key, made_once
from roadmapfinder.api.progress import OptionalToken
from roadmapfinder.clock import today
from roadmapfinder.config import config
from roadmapfinder.exporters.document import Document
from roadmapfinder.exporters.ical import calendar_draft, render_ics
from roadmapfinder.exporters.markdown import render_markdown
from roadmapfinder.exporters.plan_document import document_from_plan, progress_marks
from roadmapfinder.planning import PlanRequest
from roadmapfinder.planning.replan import from_today_note
from roadmapfinder.planning.shapes import PlanOut, plan_out
from roadmapfinder.planning.start_date import start_notes
from roadmapfinder.plans.selectors import (
    calendar_reader,
    calendar_reader_expiry,
    plan_can_edit,
    plan_feed_get,
    plan_get,
    plan_saved,
    plan_shown,
)
from roadmapfinder.plans.services import (
    plan_auto_set,
    plan_calendar_versions,
    plan_content_change_undo,
    plan_create,
    plan_delete,
    plan_reschedule,
    plan_update,
)
from roadmapfinder.progress.tracks import finished_refs
from roadmapfinder.site_url import site_url
from roadmapfinder.tracking.selectors import learner_state, progress_state
from roadmapfinder.tracking.services import plan_kept_current

router = Router(tags=["plans"])

#: A subscribed calendar reminds the learner this long before each session.
FEED_REMINDER_MINUTES = 15


@router.post(
    "/plans",
    response={201: PlanOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    description="Open to everyone. With a personal token (`Authorization: Bearer rf_...`) the plan is the learner's. "
    "What the caller already marked done or skipped (topics) or finished (projects) stays on the plan but off the "
    "schedule, listed in `request.finished_work`, unless `schedule_finished` is true; a plan that starts before "
    "today keeps it in its place in the plan's weeks, where it counts as done.",
    summary="Generate and save a personal plan",
)
def create_plan(request: HttpRequest, body: PlanRequest) -> Status[PlanOut]:
    state = learner_state(user=request.user, session=request.session)
    saved, plan = plan_create(plan_request=body, user=request.user, session=request.session, state=state)
    notes = start_notes(plan, today=today())  # "start": "2024-01-06" for 2026: said, not saved silently
    return Status(201, plan_out(plan, saved.id, auto_reschedule=saved.auto_reschedule, today=today(), notes=notes))


def _current(request: HttpRequest, plan_id: str) -> None:
    """Apply the plan's automatic weekly reschedule first, when it is due (tracking/services.plan_kept_current)."""
    plan_kept_current(plan_id=plan_id, user=request.user, session=request.session)


def _learner(request: HttpRequest, plan_id: str) -> bool:
    """Whether the caller is the plan's learner (its owner, or the visitor who made it): what the plan says of its
    learner is said to them as theirs, and of its learner to anyone else (planning/said_to_others.py)."""
    saved = plan_saved(plan_id=plan_id)
    return plan_can_edit(saved, session_key=request.session.session_key or "", user=request.user)


def _document(request: HttpRequest, plan_id: str) -> Document:
    """The plan as a document, with the caller's progress marks (none for a visitor who tracks nothing)."""
    saved, plan = plan_get(plan_id=plan_id)
    state = learner_state(user=request.user, session=request.session)
    return document_from_plan(
        plan,
        plan_id=saved.id,
        base_url=site_url(request),
        learner=_learner(request, saved.id),
        # a retired topic's mark too: a week kept as planned may still name it (ProgressState.retired)
        progress=progress_marks({topic: status.value for topic, status in {**state.retired, **state.topics}.items()}),
        finished_projects=state.projects | state.retired_projects,  # a renamed project's old key too
    )


#: Reading a plan is open to everyone; a personal token, as on every other plan route, makes the caller its learner
#: when it is theirs (their marks in its files, what they finished said as theirs), and a wrong one is refused (401).
_READ_WITH_TOKEN = (
    "Open to everyone. With a personal token (`Authorization: Bearer rf_...`) the caller is that learner: their "
    "plan reads as theirs, with their marks."
)


@router.get(
    "/plans/{plan_id}.md",
    response={200: str, 401: ErrorOut, 404: ErrorOut},
    summary="A plan as Markdown",
    auth=OptionalToken(),
    description=_READ_WITH_TOKEN,
)
def plan_markdown(request: HttpRequest, plan_id: str) -> HttpResponse:
    _current(request, plan_id)
    return HttpResponse(render_markdown(_document(request, plan_id)), content_type="text/markdown; charset=utf-8")


def _made_once(
    request: HttpRequest, fmt: str, plan_id: str, make: Callable[[], bytes], *, personal: Iterable[str] = ()
) -> bytes:
    """The export from the cache, else made in a free export slot (api/export_limits.py).

    Files carry the caller's own marks (what they finished is ticked or left out), so those marks are part of the
    version: one learner's file is never handed to another.
    """
    saved = plan_saved(plan_id=plan_id)
    version = "|".join((saved.updated.isoformat(), *sorted(personal)))
    return made_once(export_key(fmt, saved.id, version, site_url(request)), make)


def _marks(request: HttpRequest, plan_id: str) -> list[str]:
    """The caller's statuses and finished projects, and whether they are the plan's learner (its words to them
    differ: `_learner`), as the part of an export's version that is theirs."""
    state = learner_state(user=request.user, session=request.session)
    learner = _learner(request, plan_id)
    marks = [f"{topic}={status.value}" for topic, status in state.topics.items()] + sorted(state.projects)
    return [f"learner={learner}", *marks]


@router.get(
    "/plans/{plan_id}.ics",
    response={200: str, 401: ErrorOut, 404: ErrorOut},
    summary="A plan as an iCalendar file",
    auth=OptionalToken(),
    description=_READ_WITH_TOKEN,
)
def plan_calendar(request: HttpRequest, plan_id: str) -> HttpResponse:
    _current(request, plan_id)
    saved, plan = plan_get(plan_id=plan_id)
    state = learner_state(user=request.user, session=request.session)  # what the caller finished is left out
    finished = finished_refs(plan, state)
    draft = calendar_draft(
        plan,
        plan_id=saved.id,
        base_url=site_url(request),
        time_zone=config().time_zone,
        finished=finished,
        learner=_learner(request, saved.id),
    )
    reader = calendar_reader(user=request.user, session=request.session)
    expires = calendar_reader_expiry(reader=reader, session=request.session)
    versions = plan_calendar_versions(saved=saved, reader=reader, contents=draft.contents, expires=expires)
    # What the events say and their versions make the file's: a tick undone says what an earlier file said, at
    # higher versions, and two readers' events may share versions while saying different things.
    said = hashlib.sha256(repr((sorted(draft.contents.items()), sorted(versions.items()))).encode()).hexdigest()

    try:
        body = _made_once(request, "ics", plan_id, lambda: render_ics(draft, versions=versions), personal=[said])
    except Busy:
        return busy_response()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="roadmapfinder-plan-{plan_id}.ics"'
    return response


@router.get(
    "/plans/{plan_id}.pdf",
    response={200: bytes, 401: ErrorOut, 404: ErrorOut},
    summary="A plan as a printable PDF",
    auth=OptionalToken(),
    description=_READ_WITH_TOKEN,
)
def plan_pdf(request: HttpRequest, plan_id: str) -> HttpResponse:
    from roadmapfinder.exporters.pdf import render_pdf  # heavy to load: only when a PDF is asked

    _current(request, plan_id)

    try:
        make = lambda: render_pdf(_document(request, plan_id))  # noqa: E731
        body = _made_once(request, "pdf", plan_id, make, personal=_marks(request, plan_id))
    except Busy:
        return busy_response()
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="roadmapfinder-plan-{plan_id}.pdf"'
    return response


@router.get(
    "/plans/{plan_id}/feed/{token}.ics",
    response={200: str, 304: None, 404: ErrorOut},
    summary="A plan's calendar feed (subscribe to it; its secret address is on the plan page)",
    description="Always the current schedule: reschedules move the events (same UIDs), finished topics drop out. "
    "Answers 304 to a matching If-None-Match.",
)
def plan_feed(request: HttpRequest, plan_id: str, token: str) -> HttpResponse:
    plan_feed_get(plan_id=plan_id, token=token)  # a wrong token learns nothing, not even the mode
    _current(request, plan_id)
    saved, plan = plan_feed_get(plan_id=plan_id, token=token)
    state = progress_state(user=saved.owner) if saved.owner else None
    draft = calendar_draft(
        plan,
        plan_id=saved.id,
        base_url=site_url(request),
        time_zone=config().time_zone,
        finished=finished_refs(plan, state) if state else (),
        reminder_minutes=FEED_REMINDER_MINUTES,
    )
    # Versioned events: an unchanged schedule gives the same bytes and the same ETag.
    body = render_ics(draft, versions=plan_calendar_versions(saved=saved, reader="feed", contents=draft.contents))
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if etag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"
    return response


# Registered after the exports so `/plans/<id>.md` is not read as a plan id.
@router.get(
    "/plans/{plan_id}",
    response={200: PlanOut, 401: ErrorOut, 404: ErrorOut},
    summary="A saved plan",
    auth=OptionalToken(),
    description=_READ_WITH_TOKEN,
)
def get_plan(request: HttpRequest, plan_id: str) -> PlanOut:
    _current(request, plan_id)
    saved, plan = plan_get(plan_id=plan_id)
    reader_is_learner = plan_can_edit(saved, session_key=request.session.session_key or "", user=request.user)
    return plan_shown(saved, plan, learner=reader_is_learner)


class RescheduleIn(BaseModel):
    """What a reschedule may change: the first day of the new schedule and the pace."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_date: date | None = Field(default=None, alias="from", description="First day of the new schedule (today).")
    hours_per_week: float | None = Field(default=None, description="A new pace, 1-80 (default: the plan's).")


@router.post(
    "/plans/{plan_id}/reschedule",
    response={200: PlanOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    summary="Reschedule what is left of a plan from a date (its creator or owner only)",
    description="What the caller has finished stays on the plan but off the schedule; the target date is checked "
    "again. The plan keeps its id; the reschedule is recorded in `reschedules`.",
)
def reschedule_plan(request: HttpRequest, plan_id: str, body: RescheduleIn) -> PlanOut:
    saved, plan, _ = plan_reschedule(
        plan_id=plan_id,
        state=learner_state(user=request.user, session=request.session),
        session_key=request.session.session_key or "",
        user=request.user,
        start=body.from_date,
        hours_per_week=body.hours_per_week,
    )
    return plan_shown(saved, plan, learner=True)  # its creator or owner: others are refused


class AutoRescheduleIn(BaseModel):
    """The plan's automatic mode: on, each week the plan is behind, what is left moves to start from that week."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool


@router.put(
    "/plans/{plan_id}/auto-reschedule",
    response={200: PlanOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    summary="Turn a plan's automatic weekly reschedule on or off (its creator or owner only)",
    description="When on, once a week (when the plan is next read, or by `manage.py plans_auto_reschedule`), if "
    "its learner was behind when the week began, what is left moves to start on that week's first day; it is "
    "recorded in `reschedules` with `automatic: true`.",
)
def set_auto_reschedule(request: HttpRequest, plan_id: str, body: AutoRescheduleIn) -> PlanOut:
    session_key = request.session.session_key or ""
    plan_auto_set(plan_id=plan_id, enabled=body.enabled, session_key=session_key, user=request.user)
    _current(request, plan_id)
    saved, plan = plan_get(plan_id=plan_id)
    return plan_shown(saved, plan, learner=True)  # its creator or owner: others are refused


@router.put(
    "/plans/{plan_id}",
    response={200: PlanOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    summary="Change a plan's inputs and regenerate it (its creator or owner only)",
    description="What the caller already finished stays off the schedule, as when the plan was made, unless "
    "`schedule_finished` is true; a plan under way (its start before today) keeps it where its weeks hold it, ticked. "
    "A change of a plan under way that would rewrite its past weeks (pace, study days, order) or asks to study "
    "finished work again applies from today: recorded in `reschedules` and said in `notes`.",
)
def update_plan(request: HttpRequest, plan_id: str, body: PlanRequest) -> PlanOut:
    state = learner_state(user=request.user, session=request.session)
    saved, plan, moved, from_today = plan_update(
        plan_id=plan_id,
        plan_request=body,
        session_key=request.session.session_key or "",
        user=request.user,
        state=state,
    )
    notes = start_notes(plan, today=today()) if moved else []  # a start typed anew: said as on create
    if from_today:  # a plan under way changed from today rather than in the weeks already past
        notes.append(from_today_note(today()))
    return plan_shown(saved, plan, learner=True, notes=notes)


class ContentChangeIn(BaseModel):
    """Whether a change of the plan's content is undone (see `content_changes[].changes[].undo`)."""

    model_config = ConfigDict(extra="forbid")

    undone: bool = Field(description="true: undo it (leave the added topic out, keep the removed one); false: apply it")


@router.put(
    "/plans/{plan_id}/content-changes/{ref}",
    response={200: PlanOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    summary="Undo a change of a plan's content, or apply it again (its creator or owner only)",
    description="`ref` is a change's `ref` in `content_changes`. Only a change with an `undo` can be undone: a topic "
    "the content added is left out (`request.drop`), one it took out that the catalog still teaches is kept "
    "(`request.add`). Applied as a change of the plan's inputs, so its weeks already past stay as they were.",
)
def undo_content_change(request: HttpRequest, plan_id: str, ref: str, body: ContentChangeIn) -> PlanOut:
    _current(request, plan_id)
    (saved, plan, _, from_today), _ = plan_content_change_undo(
        plan_id=plan_id,
        ref=ref,
        undone=body.undone,
        session_key=request.session.session_key or "",
        user=request.user,
        state=learner_state(user=request.user, session=request.session),
    )
    return plan_shown(saved, plan, learner=True, notes=[from_today_note(today())] if from_today else ())


@router.delete(
    "/plans/{plan_id}",
    response={204: None, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=OptionalToken(),
    summary="Delete a plan (its creator or owner only); progress is kept",
)
def delete_plan(request: HttpRequest, plan_id: str) -> Status[None]:
    plan_delete(plan_id=plan_id, session_key=request.session.session_key or "", user=request.user)
    return Status(204, None)
