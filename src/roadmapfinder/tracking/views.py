"""Progress, notes, the dashboard and the learner's data: parse the request, call one service, render."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import InvalidInput
from roadmapfinder.generated.selectors import generated_get
from roadmapfinder.plans.selectors import (
    plan_can_edit,
    plan_get,
    plan_saved,
)
from roadmapfinder.progress import TopicStatus, parse_topic_status
from roadmapfinder.progress.estimates import parse_reported_hours
from roadmapfinder.progress.learner_data import learner_data_json, parse_learner_data
from roadmapfinder.progress.tracks import (
    Track,
    TrackKind,
    generated_track,
    parse_track_token,
    plan_track,
    roadmap_track_of,
)
from roadmapfinder.tracking import selectors, services
from roadmapfinder.tracking.plan_pages import weeks_on_page
from roadmapfinder.tracking.trackers import SESSION_KEY, Tracker, learner, tracker_for

MAX_IMPORT_BYTES = 5_000_000


def _safe_next(request: HttpRequest, fallback: str = "/me") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if allowed else fallback


def _phase_number(request: HttpRequest) -> int:
    try:
        phase = int(request.POST.get("phase", "1"))
    except ValueError:
        raise InvalidInput("the phase must be a number", hint="reload the page and mark it again") from None
    return max(1, phase)


@require_POST
def mark_topic(request: HttpRequest) -> HttpResponseBase:
    """Set a topic's status. htmx gets the updated control and bars; a plain form post goes back to the page."""
    topic_id = request.POST.get("topic", "").strip()
    status = parse_topic_status(request.POST.get("status"))
    return _mark(request, "topic", topic_id, lambda tracker: tracker.set_topic(topic_id, status))


@require_POST
def mark_project(request: HttpRequest) -> HttpResponseBase:
    """Mark a project done or not done (a checkbox)."""
    key = request.POST.get("project", "").strip()
    done = "true" in request.POST.getlist("done")
    return _mark(request, "project", key, lambda tracker: tracker.set_project(key, done))


def _mark(request: HttpRequest, kind: str, key: str, change: Callable[[Tracker], None]) -> HttpResponseBase:
    """Apply one mark for the page it came from; marking on a roadmap's page (catalog or generated) also follows
    that roadmap.

    The page's track and phase are checked before anything changes, so a bad one is refused with nothing saved.
    """
    track = _page_track(request)
    phase = _phase_number(request)
    plan_version = _plan_version(track)
    tracker = tracker_for(request)
    change(tracker)
    if track is not None and track.kind is TrackKind.ROADMAP:
        tracker.follow(track.key)
    if track is not None and track.kind is TrackKind.GENERATED:
        tracker.follow_generated(track.key)
    if request.headers.get("HX-Request"):
        if plan_version is not None and plan_version != _plan_version(track):
            # The mark changed the plan's dates (work unticked is scheduled again): its whole page is loaded again.
            response = HttpResponse(status=200)
            response["HX-Refresh"] = "true"
            return response
        return _marked_fragment(request, track, kind, key, phase)
    return HttpResponseRedirect(_safe_next(request))


def _plan_version(track: Track | None) -> object:
    """When the page's plan was last saved (None for a roadmap's page): a mark that changes it reloads the page."""
    if track is None or track.kind is not TrackKind.PLAN:
        return None
    return plan_saved(plan_id=track.key).updated


@login_required
@require_POST
def save_hours(request: HttpRequest) -> HttpResponseBase:
    """Say how many hours a topic took: the topic is marked done and the hours kept (empty forgets them).

    htmx gets the form back with what was saved, or the reason nothing was; a plain post goes back to the page.
    """
    topic_id = request.POST.get("topic", "").strip()
    user = learner(request)
    try:
        hours = parse_reported_hours(request.POST.get("hours"))
        with transaction.atomic():
            if hours is not None:
                services.progress_set(user=user, topic_id=topic_id, status=TopicStatus.DONE)
            services.progress_hours_set(user=user, topic_id=topic_id, hours=hours)
    except InvalidInput as error:
        if not request.headers.get("HX-Request"):
            raise
        failed = {"topic_id": topic_id, "hours": request.POST.get("hours", ""), "error": _sentence(error)}
        return render(request, "tracking/_hours.html", failed | {"next": _safe_next(request)}, status=400)
    if request.headers.get("HX-Request"):
        shown = f"{hours:g}" if hours is not None else ""
        context: dict[str, object] = {"topic_id": topic_id, "hours": shown, "saved": True}
        context["next"] = _safe_next(request)
        return render(request, "tracking/_hours.html", context)
    messages.success(request, "Hours saved; the topic is marked done." if hours else "Hours forgotten.")
    return HttpResponseRedirect(_safe_next(request))


def _sentence(error: InvalidInput) -> str:
    return f"{error.message[:1].upper()}{error.message[1:]}. {error.hint[:1].upper()}{error.hint[1:]}.".strip()


@require_POST
def follow_roadmap(request: HttpRequest, slug: str) -> HttpResponseBase:
    """Follow a roadmap, or stop following it (`follow=false`); its progress stays either way."""
    following = request.POST.get("follow", "true") != "false"
    tracker_for(request).follow(slug, following)
    title = default_catalog().roadmap(slug).title
    messages.success(request, f"You follow {title}." if following else f"You no longer follow {title}.")
    return HttpResponseRedirect(_safe_next(request))


@require_POST
def follow_generated(request: HttpRequest, roadmap_id: str) -> HttpResponseBase:
    """Follow a generated roadmap, or stop following it (`follow=false`); its progress stays either way."""
    following = request.POST.get("follow", "true") != "false"
    roadmap = tracker_for(request).follow_generated(roadmap_id, following)
    title = roadmap.title if roadmap else "that generated roadmap"
    messages.success(request, f"You follow {title}." if following else f"You no longer follow {title}.")
    return HttpResponseRedirect(_safe_next(request))


def _page_track(request: HttpRequest) -> Track | None:
    """The roadmap or plan the page shows (htmx redraws its bars), from the form's `track`; None from a topic's own
    page, which has no bars."""
    if not request.POST.get("track"):
        return None
    kind, key = parse_track_token(request.POST["track"])
    if kind is TrackKind.ROADMAP:
        return roadmap_track_of(default_catalog(), key)
    if kind is TrackKind.GENERATED:
        return generated_track(generated_get(roadmap_id=key))
    _, plan = plan_get(plan_id=key)
    return plan_track(default_catalog(), plan, key)


def _marked_fragment(request: HttpRequest, track: Track | None, kind: str, key: str, phase: int) -> HttpResponse:
    """The changed control, plus out-of-band bars (and the topic's other places) on the same page; the control alone
    on a topic's own page."""
    if track is None:
        return render(request, "tracking/_marked.html", {"kind": kind, "track": None, "phase": 0, "key": key})
    context = {
        "kind": kind,
        "track": track,
        "phase": phase,
        "key": key,
        "project_title": track.project_titles.get(key, ""),
        "other_phases": [n for n in track.sections_with(key) if n != phase],
        "phase_numbers": [s.number for s in track.sections],
        "control": request.POST.get("control", "select"),
        "scope": request.POST.get("scope", ""),
    }
    if track.kind is TrackKind.PLAN:  # every place of the plan page the mark changes, redrawn out of band
        saved, plan = plan_get(plan_id=track.key)
        session_key = request.session.session_key or ""
        context |= {
            "plan": plan,
            "can_edit": plan_can_edit(saved, session_key=session_key, user=request.user),
            # the schedule's ticks are on the page only when it lists its weeks (else on the weeks page)
            "tick_days": [s.day for s in plan.sessions if any(i.ref == key for i in s.items)]
            if weeks_on_page(plan)
            else [],
            "all_phases": track.sections_with(key),
        }
    return render(request, "tracking/_marked.html", context)


@require_GET
def start_tracking(request: HttpRequest) -> HttpResponseBase:
    """Give a visitor a session to keep progress in, then go back to the page they came from."""
    if not request.user.is_authenticated and SESSION_KEY not in request.session:
        request.session[SESSION_KEY] = {"topics": {}, "projects": [], "roadmaps": []}
    return redirect(_safe_next(request, fallback="/"))


@login_required
@require_POST
def save_note(request: HttpRequest, topic_id: str) -> HttpResponseBase:
    """Save (or with empty text, delete) the learner's private note on a topic."""
    services.note_set(user=learner(request), topic_id=topic_id, text=request.POST.get("text", ""))
    messages.success(request, "Note saved.")
    return redirect("topic", topic_id=topic_id)


@login_required
@require_GET
def export_data(request: HttpRequest) -> HttpResponse:
    """Everything stored for the learner, as a JSON file to keep or import elsewhere."""
    data = selectors.learner_data_export(user=learner(request))
    response = HttpResponse(learner_data_json(data), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="roadmapfinder-my-data.json"'
    return response


@login_required
@require_POST
def import_data(request: HttpRequest) -> HttpResponseBase:
    """Replace the learner's data with an exported file; a bad file changes nothing and says why."""
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise InvalidInput("choose a file to import", hint="a file made by Export my data")
        if upload.size is not None and upload.size > MAX_IMPORT_BYTES:
            raise InvalidInput("the file is too large", hint=f"at most {MAX_IMPORT_BYTES} bytes")
        data = parse_learner_data(upload.read(), default_catalog())
        services.learner_data_import(user=learner(request), data=data)
    except InvalidInput as error:
        messages.error(request, f"Nothing was imported: {error.message}. {error.hint}".strip())
        return render(request, "tracking/account.html", _account_context(request), status=400)
    messages.success(request, "Your data was imported.")
    return redirect("account")


def _account_context(request: HttpRequest) -> dict[str, object]:
    return {"tokens": selectors.tokens_of(user=learner(request))}
