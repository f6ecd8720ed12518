"""Plan pages: /generate (form with a live preview) and /plans/<id> (the shareable plan, editable by its creator)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import cast
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import NO_STACK, Category, Roadmap
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.checking import PLACEMENT_TOPICS, TopicDecision, Verdict
from roadmapfinder.clock import today
from roadmapfinder.errors import InvalidInput, NotFound, RoadmapFinderError, SharedNames
from roadmapfinder.exporters.timeline import render_timeline_svg
from roadmapfinder.generated.selectors import generated_get
from roadmapfinder.planning import Plan
from roadmapfinder.planning.already_finished import (
    IsFinished,
    counted,
    finished_work_of,
    off_schedule,
    plan_for_learner,
    under_way,
)
from roadmapfinder.planning.learner_input import dates_read, known_without, names_choosing, parse_date
from roadmapfinder.planning.replan import auto_blocked, from_today_note
from roadmapfinder.planning.request import MAX_TARGETS, STACKS, CurrentLevel, PlanRequest, Weekday
from roadmapfinder.planning.schedule import Work
from roadmapfinder.planning.shapes import AssumedOut, PlanOut, plan_out
from roadmapfinder.planning.start_date import start_notes
from roadmapfinder.planning.weeks import WeekStart, week_start_from_accept_language, week_start_of
from roadmapfinder.plans import selectors, services
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.progress.tracks import finished_in
from roadmapfinder.site_url import site_url
from roadmapfinder.tracking.plan_pages import plan_page_parts, weeks_on_page
from roadmapfinder.tracking.selectors import learner_state
from roadmapfinder.tracking.services import plan_kept_current
from roadmapfinder.tracking.slots import set_page_parts
from roadmapfinder.tracking.trackers import tracking_active
from roadmapfinder.web.personal_pages import assembled, plan_page_key, render_skeleton
from roadmapfinder.web.plan_form import form_initial, request_from_form

#: The form's input for each field of a plan request, where an error about that field is shown.
FORM_INPUTS = {
    "targets": "goals",
    "hours_per_week": "hours",
    "study_days": "days",
    "known": "known",
    "finished": "finished",
    "level": "level",
    "stack": "stack",
    "start": "start",
    "target_date": "target_date",
    "drop": "drop",
    "add": "add",
    "order": "order",
    "session_time": "session_time",
    "session_minutes": "session_minutes",
    "week_start": "week_start",
}


@dataclass(frozen=True)
class RoadmapGroup:
    """One category of the form's roadmap checkboxes, folded unless it holds a chosen roadmap."""

    label: str
    roadmaps: list[Roadmap]
    open: bool


def _roadmap_groups(chosen: object) -> tuple[list[RoadmapGroup], list[str]]:
    """The catalog's roadmaps by category (eighty checkboxes in one list pushed the rest of the form a phone's
    height down), and the titles of those already chosen."""
    picked = set(chosen) if isinstance(chosen, list | tuple | set) else set()
    by_category: dict[Category, list[Roadmap]] = {}
    for roadmap in default_catalog().roadmaps:
        by_category.setdefault(roadmap.category, []).append(roadmap)
    groups = [
        RoadmapGroup(category.label, members, any(r.slug in picked for r in members))
        for category, members in by_category.items()
    ]
    titles = [r.title for members in by_category.values() for r in members if r.slug in picked]
    return groups, titles


def _generator_url(initial: dict[str, object], error: InvalidInput | None) -> str:
    """The roadmap generator given the goal topics box's words as a goal, when the catalog names none of them: a
    learner who types "i want to get promoted to senior backend engineer" there wrote a goal, which it reads."""
    typed = str(initial.get("goals") or "").strip()
    if error is None or error.field != "targets" or not typed or isinstance(error, SharedNames):  # a name, shared
        return ""
    return f"{reverse('generated-start')}?{urlencode({'goal': typed})}"


def _form_context(initial: dict[str, object], error: InvalidInput | None = None) -> dict[str, object]:
    groups, titles = _roadmap_groups(initial.get("roadmaps"))
    return {
        "roadmap_groups": groups,
        "chosen_titles": titles,
        "initial": initial,
        "error": error,
        "error_at": FORM_INPUTS.get(error.field, "") if error else "",
        "generator_url": _generator_url(initial, error),
        "roadmaps": default_catalog().roadmaps,
        "levels": list(CurrentLevel),
        "stacks": STACKS,
        "no_stack": NO_STACK,
        "weekdays": list(Weekday),
        "week_starts": list(WeekStart),
    }


@require_http_methods(["GET", "POST"])
def generate(request: HttpRequest) -> HttpResponse:
    """The generate form; a valid submission saves the plan and opens its page.

    An "Undo" under the preview is a submit button too: without JavaScript it comes here, and the form is shown
    again without that phrase in "what you know" instead of saving the plan.
    """
    slugs = {r.slug for r in default_catalog().roadmaps}
    if request.method == "POST" and "undo" in request.POST:
        return generate_page(request, _undone(request.POST))
    if request.method == "POST" and "undo_stack" in request.POST:  # the stack read from the answers, undone
        return generate_page(request, _stack_undone(request.POST))
    if request.method == "POST" and "pick" in request.POST:  # a "which one?" button: the form filled, not sent
        return generate_page(request, _picked(request.POST))
    if request.method == "POST":
        try:
            plan_request = request_from_form(request.POST)
            state = learner_state(user=request.user, session=request.session)
            saved, plan = services.plan_create(
                plan_request=plan_request, user=request.user, session=request.session, state=state
            )
        except InvalidInput as error:
            context = _form_context(_posted(request.POST), error) | _handoff(request.POST.get("from", ""))
            return render(request, "roadmapfinder/generate.html", context, status=400)
        for line in _dates_read(request.POST):  # "june 2027": the day it was read as, on the plan's page
            messages.info(request, line)
        if left_out := off_schedule(plan):
            messages.info(request, _left_out_message(left_out))
        return redirect("plan", plan_id=saved.id)
    # One roadmap from its page, or several (a plan page's "plan it with the roadmap it assumes").
    chosen = list(dict.fromkeys(r for r in request.GET.getlist("roadmap")[:MAX_TARGETS] if r in slugs))
    initial = form_initial(None, slugs, chosen, accept_language=request.headers.get("Accept-Language"))
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", request.GET.get("hours", "")):  # the learner's pace, from the finder
        initial["hours"] = request.GET["hours"]  # or a generated roadmap ("half an hour a day" is 3.5)
    if known := request.GET.get("known", "").strip():  # and what it understood they know
        initial["known"] = known[:500]
    if request.GET.get("level", "") in {lvl.value for lvl in CurrentLevel}:  # a generated roadmap passes its level
        initial["level"] = request.GET["level"]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", target := request.GET.get("target_date", "")):  # and its goal's deadline
        initial["target_date"] = target
    if days := [d for d in request.GET.getlist("days") if d in {w.value for w in Weekday}]:  # "only on weekends"
        initial["days"] = list(dict.fromkeys(days))
    if request.GET.get("stack", "") in (*STACKS, NO_STACK):  # the finder's pick in the language it read
        initial["stack"] = request.GET["stack"]  # ("python backend"): shown in "Your stack", the plan in it
    context = _form_context(initial) | _handoff(request.GET.get("from", ""))
    if chosen:
        data = request.GET.copy()
        data.setlist("roadmap", chosen)
        data.setdefault("week_start", str(initial["week_start"]))  # the guess the form shows
        context |= _preview(data, reader_finished(request))
    elif isinstance(handoff := context.get("handoff"), Handoff):  # its phases, as the form will send them
        data = QueryDict(mutable=True)
        for key in ("hours", "level", "known", "target_date"):
            data[key] = str(initial.get(key, ""))
        chosen_days = initial.get("days")
        data.setlist("days", [str(d) for d in chosen_days] if isinstance(chosen_days, list) else [])
        data["from"] = handoff.id
        data["week_start"] = str(initial["week_start"])
        context |= _preview(data, reader_finished(request))
    response = render(request, "roadmapfinder/generate.html", context)
    patch_vary_headers(response, ["Accept-Language"])  # the form's first day of the week is guessed from it
    return response


def generate_page(
    request: HttpRequest, data: QueryDict, *, error: InvalidInput | None = None, status: int = 200
) -> HttpResponse:
    """The plan form filled in with `data`, its preview, and the generated roadmap it came from (if any): after an
    undo without JavaScript, and at the end of a placement check (which the finder may have opened without the
    form's fields: then the first day of the week is guessed from the browser's languages, as on a new form)."""
    initial = _posted(data)
    if not initial["week_start"]:
        guessed = week_start_from_accept_language(request.headers.get("Accept-Language"))
        initial |= {"week_start": guessed.value, "week_start_guessed": True}
        data = data.copy()
        data["week_start"] = guessed.value
    context = _form_context(initial, error) | _handoff(data.get("from", ""))
    if error is None:
        context |= _preview(data, reader_finished(request))
    response = render(request, "roadmapfinder/generate.html", context, status=status)
    patch_vary_headers(response, ["Accept-Language"])
    return response


@dataclass(frozen=True)
class Handoff:
    """A generated roadmap handed to the plan form: the form sends its id, and the plan follows its phases (their
    topics, shown by name, and projects)."""

    id: str
    title: str
    names: list[str]
    projects: int


def _handoff(roadmap_id: str) -> dict[str, object]:
    """The generated roadmap the form was opened from (`?from=<id>`), if it exists."""
    if not roadmap_id:
        return {}
    try:
        roadmap = generated_get(roadmap_id=roadmap_id[:32])
    except NotFound:
        return {}
    names = [s.name for p in roadmap.phases for s in p.core_skills]
    return {"handoff": Handoff(roadmap.id, roadmap.title, names, sum(len(p.projects) for p in roadmap.phases))}


def _picked(data: QueryDict) -> QueryDict:
    """The form's data with the name several topics share replaced, in the box it was typed in, by the one the
    learner picked from the "which one?" buttons (`pick`: the box's input, the name as typed and the one chosen)."""
    at, _, rest = data.get("pick", "").partition("|")
    said, _, chosen = rest.partition("|")
    changed = data.copy()
    if at in FORM_INPUTS.values() and at != "known" and said and chosen:
        changed[at] = names_choosing(data.get(at, ""), said, chosen, default_catalog())
    return changed


def _stack_undone(data: QueryDict) -> QueryDict:
    """The form's data with no stack (`NO_STACK`): the learner undid the one read from their answers."""
    changed = data.copy()
    changed["stack"] = NO_STACK
    return changed


def _undone(data: QueryDict) -> QueryDict:
    """The form's data with the phrase the learner undid taken out of "what you know"."""
    changed = data.copy()
    changed["known"] = known_without(data.get("known", ""), data.get("undo", ""))
    return changed


def _posted(data: QueryDict) -> dict[str, object]:
    return {
        "roadmaps": data.getlist("roadmap"),
        "days": data.getlist("days"),
        **{
            k: data.get(k, "")
            for k in (
                "goals",
                "hours",
                "known",
                "finished",
                "level",
                "stack",
                "start",
                "target_date",
                "drop",
                "add",
                "order",
                "session_time",
                "session_minutes",
                "week_start",
                "schedule_finished",
            )
        },
    }


@require_http_methods(["GET", "POST"])
def generate_preview(request: HttpRequest) -> HttpResponse:
    """The live summary under the form (htmx): total hours, weeks and finish date, or what is wrong; what it read in
    "what you know", each with an undo, and every skipped topic with its reason.

    After an undo the answer also replaces the "what you know" box (out of band), without the undone phrase.
    """
    data = request.POST or request.GET
    if "undo_stack" in data:  # the "Your stack" select answers with no stack, out of band, so it stays undone
        undone = _stack_undone(data)
        context = _preview(undone, reader_finished(request)) | {
            "stack_now": NO_STACK,
            "stacks": STACKS,
            "no_stack": NO_STACK,
        }
        return render(request, "roadmapfinder/_plan_preview.html", context)
    if "undo" in data:
        undone = _undone(data)
        context = _preview(undone, reader_finished(request)) | {"known_now": undone["known"]}
        return render(request, "roadmapfinder/_plan_preview.html", context)
    return render(request, "roadmapfinder/_plan_preview.html", _preview(data, reader_finished(request)))


def reader_finished(request: HttpRequest) -> IsFinished:
    """Whether this reader finished a topic or project, from their progress (a learner's or their session's)."""
    return finished_in(learner_state(user=request.user, session=request.session))


def _preview(data: QueryDict, is_finished: IsFinished) -> dict[str, object]:
    """The summary of the plan the form describes so far, or the reason it cannot be built yet (`preview_error`,
    said in the preview, apart from the form's own `error`: what a sent form got wrong is said beside its answer,
    and the preview does not say it again); after a placement check, its decisions (`placed` fields), each known one
    with an Undo while it is still counted as known; what the reader already finished of it, off the schedule
    unless they asked for it (`schedule_finished`)."""
    try:
        _, plan = plan_for_learner(default_catalog(), request_from_form(data), is_finished=is_finished, today=today())
    except InvalidInput as error:
        return {"preview_error": error, "preview_error_at": FORM_INPUTS.get(error.field, "")}
    shaped = plan_out(plan, notes=start_notes(plan, today=today()))
    finished = finished_work_of(plan, is_finished)
    decisions = placed_decisions(data.getlist("placed"))
    still_known = {ref.key for u in plan.understood for ref in u.means}
    proven = {d.topic for d in decisions if d.known}
    return {
        "plan": shaped,
        "no_stack": NO_STACK,
        "dates_read": _dates_read(data),
        "placed": [(d, d.known and d.topic in still_known) for d in decisions],
        # a phrase that only names topics the check proved is listed (with its Undo) under the check's decisions
        "understood": [u for u in shaped.understood if not (u.means and {r.key for r in u.means} <= proven)],
        "finished": _finished_summary(finished, plan.request, kept_in_place=under_way(plan, today=today())),
    }


def _dates_read(data: QueryDict) -> list[str]:
    """The start and target dates the form's boxes hold in words, each with the day it was read as (a date picker's
    YYYY-MM-DD is its own echo)."""
    return dates_read(start=data.get("start"), target_date=data.get("target_date"))


#: How many finished topics and projects the preview lists before the rest fold under "N more".
_FINISHED_NAMED = 8


def _finished_summary(
    finished: list[Work], plan_request: PlanRequest, *, kept_in_place: bool = False
) -> dict[str, object] | None:
    """What the reader already finished of the plan, as the preview says it: each item with whether it is scheduled
    again (a box to tick: `refresh`), the counts, and whether all of it is (`schedule_finished`); of a plan that
    starts before today (`kept_in_place`), that it keeps its place in the weeks, ticked (`plan_for_learner`)."""
    if not finished:
        return None
    if kept_in_place and not plan_request.schedule_finished:
        return {"counts": counted(finished), "in_place": True}
    off = frozenset(plan_request.finished_work)
    items = [{"ref": w.ref, "title": w.title, "again": w.ref not in off} for w in finished]
    return {
        "names": [w.title for w in finished],
        "named": items[:_FINISHED_NAMED],
        "more": items[_FINISHED_NAMED:],
        "more_open": any(item["again"] for item in items[_FINISHED_NAMED:]),
        "counts": counted(finished),
        "again": counted([w for w in finished if w.ref not in off]),
        "scheduled": plan_request.schedule_finished,
    }


def _left_out_message(left_out: list[Work]) -> str:
    """The note a new plan's page opens with when it left finished work off the schedule."""
    return (
        f"You had already marked {counted(left_out)} of this plan done or skipped: they stay on it, off the "
        "schedule. To study them again, tick “Schedule what I already marked done or skipped” under “Change this "
        "plan” and regenerate."
    )


def placed_decisions(values: list[str]) -> list[TopicDecision]:
    """A placement check's decisions as the form carries them (`topic:verdict:right:asked`); the names come from
    the catalog, and entries that do not read (an old form, a hand-made address) are left out."""
    catalog = default_catalog()
    decisions = []
    for value in values[:PLACEMENT_TOPICS]:
        topic_id, verdict, right, asked = ([*value.split(":"), "", "", ""])[:4]
        if not (catalog.has_topic(topic_id) and right.isdigit() and asked.isdigit()):
            continue
        try:
            decisions.append(
                TopicDecision(
                    topic=topic_id,
                    name=catalog.topic(topic_id).name,
                    verdict=Verdict(verdict),
                    right=int(right),
                    asked=int(asked),
                )
            )
        except ValueError:
            continue
    return decisions


@require_POST
def plan_delete(request: HttpRequest, plan_id: str) -> HttpResponse:
    """Delete the plan (its creator or owner only), then go to the dashboard."""
    saved = services.plan_delete(plan_id=plan_id, session_key=request.session.session_key or "", user=request.user)
    messages.success(request, f"Plan “{saved.title or plan_id}” deleted. Your progress is kept.")
    return redirect("dashboard")


def _open_phases(plan: Plan) -> set[int]:
    """The phases the page shows unfolded: those with work this week or next, else the first one."""
    first_day = week_start_of(today(), plan.request.week_start)
    near = [w for w in plan.weeks if first_day <= w.start <= first_day + timedelta(days=7)]
    numbers = {item.phase for week in near for item in week.items}
    return numbers or {plan.phases[0].number}


@require_POST
def plan_reschedule(request: HttpRequest, plan_id: str) -> HttpResponse:
    """Reschedule what is left from a date (default today), at the same or a new pace; back to the plan."""
    try:
        start = parse_date(request.POST.get("from"), "start")
        hours = parse_hours_per_week(request.POST.get("hours"))
        _, plan, record = services.plan_reschedule(
            plan_id=plan_id,
            state=learner_state(user=request.user, session=request.session),
            session_key=request.session.session_key or "",
            user=request.user,
            start=start,
            hours_per_week=hours,
        )
    except InvalidInput as problem:
        hint = f" {problem.hint[0].upper()}{problem.hint[1:]}." if problem.hint else ""
        messages.error(request, f"Not rescheduled: {problem.message}.{hint}")
        return redirect("plan", plan_id=plan_id)
    message = selectors.reschedule_shape(record).message
    target = f" {plan.target.message}" if plan.target else ""
    messages.success(request, f"Rescheduled. {message}{target}")
    return redirect("plan", plan_id=plan_id)


@require_POST
def plan_content_change(request: HttpRequest, plan_id: str) -> HttpResponse:
    """Undo a change of the plan's content (or apply it again): the buttons beside what changed; back to the plan."""
    plan_kept_current(plan_id=plan_id, user=request.user, session=request.session)
    undone = request.POST.get("undone") == "yes"
    try:
        changed, said = services.plan_content_change_undo(
            plan_id=plan_id,
            ref=request.POST.get("ref", "")[:100],
            undone=undone,
            session_key=request.session.session_key or "",
            user=request.user,
            state=learner_state(user=request.user, session=request.session),
        )
    except InvalidInput as problem:
        hint = f" {problem.hint[0].upper()}{problem.hint[1:]}." if problem.hint else ""
        messages.error(request, f"Nothing changed: {problem.message}.{hint}")
        return redirect("plan", plan_id=plan_id)
    if changed.from_today:
        messages.info(request, from_today_note(today()))
    messages.success(request, said)
    return redirect(reverse("plan", kwargs={"plan_id": plan_id}) + "#content-changes")


@require_POST
def plan_auto(request: HttpRequest, plan_id: str) -> HttpResponse:
    """Turn the automatic weekly reschedule on or off (the box's form); back to the plan."""
    enabled = request.POST.get("auto") == "on"
    session_key = request.session.session_key or ""
    services.plan_auto_set(plan_id=plan_id, enabled=enabled, session_key=session_key, user=request.user)
    saved = plan_kept_current(plan_id=plan_id, user=request.user, session=request.session)
    if not enabled:
        messages.success(request, "Automatic rescheduling is off: the dates move only when you reschedule.")
    elif blocked := _auto_blocked(saved):  # on, but a target date gone by stops it: said as the page says it
        messages.warning(request, blocked)
    else:
        messages.success(
            request,
            "Automatic rescheduling is on: each week you are behind, what is left moves to start from that week.",
        )
    return redirect("plan", plan_id=plan_id)


def _auto_blocked(saved: SavedPlan | None) -> str | None:
    """Why the automatic mode cannot move the saved plan (`planning.replan.auto_blocked`); None when it can or when
    the plan no longer builds (its page says why)."""
    try:
        return auto_blocked(selectors.plan_build(saved), today=today()) if saved is not None else None
    except RoadmapFinderError:
        return None


@require_POST
def plan_feed(request: HttpRequest, plan_id: str) -> HttpResponse:
    """Make (or, with `revoke`, end) the plan's calendar feed address; back to the plan's calendar section."""
    session_key = request.session.session_key or ""
    if request.POST.get("revoke"):
        services.plan_feed_revoke(plan_id=plan_id, session_key=session_key, user=request.user)
        messages.success(request, "The calendar feed's address is revoked: calendars subscribed to it stop updating.")
    else:
        services.plan_feed_open(plan_id=plan_id, session_key=session_key, user=request.user)
    return redirect(reverse("plan", kwargs={"plan_id": plan_id}) + "#calendar")


def _feed_urls(request: HttpRequest, plan_id: str, token: str) -> dict[str, str]:
    """The feed's https:// address and the same as webcal://, which opens the calendar app to subscribe."""
    if not token:
        return {}
    url = f"{site_url(request)}/api/v1/plans/{plan_id}/feed/{token}.ics"
    return {"feed_url": url, "feed_webcal": "webcal" + url[url.index("://") :]}


def _plan_with_assumed(plan: PlanOut) -> list[tuple[AssumedOut, str]]:
    """Each roadmap the plan assumes, with the address of a new plan's form holding it and the plan's roadmaps (at
    the same pace), for a learner who has not done it."""
    links = []
    for assumed in plan.assumes:
        query = [("roadmap", s) for s in (assumed.slug, *plan.roadmaps)] + [("hours", f"{plan.hours_per_week:g}")]
        links.append((assumed, f"{reverse('generate')}?{urlencode(query)}"))
    return links


def _plan_shown(plan: Plan, saved: SavedPlan, *, can_edit: bool) -> PlanOut:
    """The saved plan as its pages show it, with its reschedules, automatic mode and content changes, said to its
    learner (`can_edit`) or to someone else who opened its link."""
    return selectors.plan_shown(saved, plan, learner=can_edit)


@require_http_methods(["GET", "POST"])
def plan_page(request: HttpRequest, plan_id: str) -> HttpResponse:
    """A saved plan; its creator (or owner) can change the inputs and regenerate it here."""
    session_key = request.session.session_key or ""
    kept = plan_kept_current(plan_id=plan_id, user=request.user, session=request.session)
    error: InvalidInput | None = None
    status = 200
    if request.method == "POST":
        try:
            plan_request = request_from_form(_picked(request.POST))  # a "which one?" button: that one, sent
            state = learner_state(user=request.user, session=request.session)
            changed = services.plan_update(
                plan_id=plan_id, plan_request=plan_request, session_key=session_key, user=request.user, state=state
            )
            if changed.start_moved:  # a start typed anew, long past or far ahead: said as the API says it
                for note in start_notes(changed.plan, today=today()):
                    messages.info(request, note)
            if changed.from_today:  # a plan under way changed from today rather than in the weeks already past
                messages.info(request, from_today_note(today()))
            return redirect("plan", plan_id=plan_id)
        except InvalidInput as problem:
            error, status = problem, 400  # nothing was saved: the row kept current above is the plan's
    saved = kept or selectors.plan_saved(plan_id=plan_id)  # an unknown id: NotFound, the 404 page
    slugs = {r.slug for r in default_catalog().roadmaps}
    can_edit = selectors.plan_can_edit(saved, session_key=session_key, user=request.user)
    try:
        initial = form_initial(selectors.saved_request(saved), slugs)
    except InvalidInput:  # a damaged record: an empty form lets its creator start again
        initial = form_initial(None, slugs)
    form = _form_context(initial, error)
    try:
        parts = plan_page_parts(saved, can_edit=can_edit)
    except RoadmapFinderError as problem:  # the catalog changed under the saved inputs: say why, let them be fixed
        context = {"saved": saved, "problem": problem, "can_edit": can_edit, **form}
        return render(request, "roadmapfinder/plan_outdated.html", context, status=status)
    plan, track = parts.plan, parts.track  # the plan built for today; what its progress bars and marks count

    def page() -> HttpResponse:
        shaped = _plan_shown(plan, saved, can_edit=can_edit)
        context = {
            "plan": shaped,
            "plan_with_assumed": _plan_with_assumed(shaped),
            "track": track,
            "planned": plan,  # the domain plan, for the learner's standing against its schedule
            "timeline": mark_safe(render_timeline_svg(plan)),  # built by our exporter; every text in it is escaped
            "can_edit": can_edit,
            **form,
            **(_feed_urls(request, saved.id, saved.feed_token) if can_edit else {}),
            "today": today(),
            "open_phases": _open_phases(plan),
            "weeks_on_page": weeks_on_page(plan),
            "content_news": plan.content_news(today()),
            "content_said": plan.content_said,
        }
        return render(request, "roadmapfinder/plan.html", context, status=status)

    if error is None and tracking_active(request):  # a reader's page from the plan's shared skeleton
        set_page_parts(request, parts)
        key = plan_page_key(request, plan_version=selectors.plan_version(saved), can_edit=can_edit)
        if (assembled_page := assembled(request, key, lambda: render_skeleton(request, page))) is not None:
            return cast(HttpResponse, assembled_page)
    return page()


@require_GET
def plan_weeks(request: HttpRequest, plan_id: str) -> HttpResponse:
    """A saved plan's schedule week by week, each session with its items and the reader's ticks: its own page, for a
    plan too long to list on its page (tracking/plan_pages.py). Rendered whole: it is read now and then, not
    reloaded like the plan page."""
    saved = plan_kept_current(plan_id=plan_id, user=request.user, session=request.session)
    saved = saved or selectors.plan_saved(plan_id=plan_id)  # an unknown id: NotFound, the 404 page
    can_edit = selectors.plan_can_edit(saved, session_key=request.session.session_key or "", user=request.user)
    try:
        parts = plan_page_parts(saved, can_edit=can_edit)
    except RoadmapFinderError:  # the plan's page says why it no longer builds, and lets its creator fix it
        return redirect("plan", plan_id=plan_id)
    context = {"plan": _plan_shown(parts.plan, saved, can_edit=can_edit), "track": parts.track, "today": today()}
    return render(request, "roadmapfinder/plan_weeks.html", context)
