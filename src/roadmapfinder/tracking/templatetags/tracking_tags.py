"""Progress on content pages: bars and in-place marking for roadmaps and plans, notes for topics.

The roadmap, plan and topic views stay unaware of tracking: their templates call these tags with the page's
*track* (a roadmap slug, or the `Track` of a plan), and the tags read the request's progress once (account or
session) and render small fragments. A visitor without a session gets a plain "start tracking" link instead, so
the anonymous page carries no CSRF token and stays cacheable for everyone.
"""

from __future__ import annotations

import functools
from typing import Any

from django import template
from django.http import HttpRequest
from django.template.backends.utils import csrf_input
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.catalog import default_catalog
from roadmapfinder.exporters.document import Status
from roadmapfinder.progress import TopicStatus, TrackProgress, roadmaps_followed
from roadmapfinder.progress.tracks import Track, TrackKind, roadmap_track_of
from roadmapfinder.tracking import selectors
from roadmapfinder.tracking.markdown import render_note
from roadmapfinder.tracking.trackers import reader_progress, reader_state, tracking_active

register = template.Library()

STATUS_OPTIONS = [("none", "Not started"), *((s.value, s.label) for s in TopicStatus)]


def _track(track: Track | str) -> Track:
    """The page's track: a plan page passes its `Track`, a roadmap page just its slug."""
    return track if isinstance(track, Track) else roadmap_track_of(default_catalog(), track)


def _progress(request: HttpRequest, track: Track) -> TrackProgress:
    memo: dict[str, TrackProgress] = request.__dict__.setdefault("_rf_track_progress", {})
    if track.token not in memo:  # a page draws one bar per phase plus the overall one: tally once
        memo[track.token] = track.progress(reader_state(request))
    return memo[track.token]


def _render(name: str, context: dict[str, Any], request: HttpRequest) -> SafeString:
    return mark_safe(render_to_string(f"tracking/{name}", context, request=request))


def _next(request: HttpRequest, phase: int | None = None) -> str:
    anchor = f"#phase-{phase}" if phase else ""
    return request.get_full_path() + anchor if request.method == "GET" else request.POST.get("next", "/")


@register.simple_tag(takes_context=True)
def progress_overall(context: dict[str, Any], track: Track | str, oob: bool = False) -> SafeString:
    """The roadmap's or plan's overall bar, or an invitation to start tracking."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return mark_safe("")
    if not tracking_active(request):
        return _render("_start_tracking.html", {"next": request.get_full_path()}, request)
    followed = _track(track)
    data: dict[str, Any] = {"key": "overall", "label": "Your progress", "oob": oob}
    data["tally"] = _progress(request, followed).overall
    if followed.kind is TrackKind.ROADMAP:
        data["follow"] = {"slug": followed.key, "on": followed.key in reader_state(request).roadmaps}
        data["next"] = _next(request)
    return _render("_bar.html", data, request)


@register.simple_tag(takes_context=True)
def progress_phase(context: dict[str, Any], track: Track | str, number: int, oob: bool = False) -> SafeString:
    """One phase's bar (nothing for a visitor who has not started tracking)."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    tally = _progress(request, _track(track)).sections[number - 1].tally
    context_out = {"key": f"phase-{number}", "label": f"Phase {number}", "tally": tally, "oob": oob}
    return _render("_bar.html", context_out, request)


@register.simple_tag(takes_context=True)
def topic_marker(
    context: dict[str, Any], track: Track | str | None, phase: int, topic_id: str, oob: bool = False
) -> SafeString:
    """The topic's status control: htmx marks in place, and without JavaScript the form posts and comes back.

    On a topic's own page there is no track (None, phase 0): the control stands alone, with no bars to redraw.
    """
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    status = reader_state(request).status(topic_id)
    chosen = status.value if status else "none"
    options = format_html_join(
        "", '<option value="{}"{}>{}</option>', ((v, _SELECTED if v == chosen else "", n) for v, n in STATUS_OPTIONS)
    )
    return format_html(
        _TOPIC_MARKER,
        status=chosen,
        phase=phase,
        id=topic_id,
        name=default_catalog().topic(topic_id).name,
        action=_MARK_TOPIC_URL(),
        oob=_SWAP_OOB if oob else "",
        csrf=_csrf_input(request),
        track=_track(track).token if track else "",
        next=_next(request, phase),
        options=options,
    )


#: The topic's status form. Built in Python, not a template: a personal roadmap page holds one per topic (up to
#: about 80), and rendering a template each time made the page four times slower.
_TOPIC_MARKER = (
    '<form class="mark mark-{status}" id="mark-{phase}-{id}" method="post" action="{action}" hx-post="{action}" '
    'hx-trigger="change" hx-target="this" hx-swap="outerHTML"{oob}>{csrf}\n'
    '  <input type="hidden" name="topic" value="{id}"><input type="hidden" name="track" value="{track}">'
    '<input type="hidden" name="phase" value="{phase}"><input type="hidden" name="next" value="{next}">\n'
    '  <label class="visually-hidden" for="status-{phase}-{id}">Status of {name}</label>\n'
    '  <select id="status-{phase}-{id}" name="status">{options}</select>\n'
    '  <noscript><button type="submit">Save</button></noscript>\n'
    "</form>"
)
_SELECTED = mark_safe(" selected")
_SWAP_OOB = mark_safe(' hx-swap-oob="true"')
_MARK_TOPIC_URL = functools.cache(lambda: reverse("progress-topic"))


def _csrf_input(request: HttpRequest) -> SafeString:
    """The hidden CSRF field, made once per request and shared by every form on the page."""
    field: SafeString | None = getattr(request, "_rf_csrf_input", None)
    if field is None:
        field = csrf_input(request)
        request._rf_csrf_input = field  # type: ignore[attr-defined]
    return field


@register.simple_tag(takes_context=True)
def project_marker(
    context: dict[str, Any], track: Track | str | None, phase: int, title: str, oob: bool = False
) -> SafeString:
    """A project's "done" checkbox (nothing for a plan project the track does not count, or without a track)."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request) or not track:
        return mark_safe("")
    assert request is not None
    followed = _track(track)
    key = followed.project_key_in(phase, title)
    if key is None:
        return mark_safe("")
    data = {
        "track": followed.token,
        "phase": phase,
        "key": key,
        "dom_id": key.replace("/", "--"),
        "title": title,
        "done": key in reader_state(request).projects,
        "next": _next(request, phase),
        "oob": oob,
    }
    return _render("_project_marker.html", data, request)


@register.simple_tag(takes_context=True)
def topic_note(context: dict[str, Any], topic_id: str, editable: bool = False) -> SafeString:
    """The signed-in learner's private note on a topic (with an edit form on the topic page)."""
    request: HttpRequest | None = context.get("request")
    if request is None or not request.user.is_authenticated:
        return mark_safe("")
    text = selectors.notes_of(user=request.user, topic_ids=[topic_id]).get(topic_id, "")
    if not text and not editable:
        return mark_safe("")
    data = {"topic_id": topic_id, "text": text, "html": render_note(text), "editable": editable}
    return _render("_note.html", data, request)


@register.simple_tag
def learned_hours(topic_id: str) -> SafeString:
    """ "Learners took a median of X h", once enough learners finished the topic and said; nothing before.

    The same for every reader (an aggregate), so the cached topic page may carry it: its cache key turns over daily
    (web/caching.py), which is how fresh the figure is.
    """
    learned = selectors.topic_learned_hours(topic_id=topic_id)
    if learned is None:
        return mark_safe("")
    return format_html(
        '<p class="meta learned">Learners took a median of <strong>{} h</strong> '
        "({} learners who finished it said).</p>",
        f"{learned.median_hours:g}",
        learned.learners,
    )


@register.simple_tag(takes_context=True)
def topic_hours(context: dict[str, Any], topic_id: str) -> SafeString:
    """For a signed-in learner: say how many hours the topic took (saving it marks the topic done). Optional."""
    request: HttpRequest | None = context.get("request")
    if request is None or not request.user.is_authenticated:
        return mark_safe("")
    hours = selectors.reported_hours_of(user=request.user, topic_id=topic_id)
    data = {"topic_id": topic_id, "hours": f"{hours:g}" if hours is not None else "", "next": _next(request)}
    return _render("_hours.html", data, request)


def _notes(request: HttpRequest) -> dict[str, str]:
    notes: dict[str, str] | None = getattr(request, "_rf_notes", None)
    if notes is None:
        notes = selectors.notes_of(user=request.user) if request.user.is_authenticated else {}
        request._rf_notes = notes  # type: ignore[attr-defined]  # one query for a page with many topics
    return notes


@register.simple_tag(takes_context=True)
def topic_note_inline(context: dict[str, Any], topic_id: str) -> SafeString:
    """The learner's note under a topic on a roadmap or plan page, folded; nothing when there is none."""
    request: HttpRequest | None = context.get("request")
    if request is None or not (text := _notes(request).get(topic_id)):
        return mark_safe("")
    return _render("_note_inline.html", {"topic_id": topic_id, "html": render_note(text)}, request)


@register.simple_tag(takes_context=True)
def continue_learning(context: dict[str, Any], limit: int = 3) -> SafeString:
    """On the home page, for a returning learner: the followed roadmaps, furthest along first, with what is next."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    catalog = default_catalog()
    standings = roadmaps_followed(catalog, reader_state(request), next_limit=1)[:limit]
    if not standings:
        return mark_safe("")
    rows = [(s, catalog.topic(s.next_topic_ids[0]) if s.next_topic_ids else None) for s in standings]
    return _render("_continue.html", {"rows": rows}, request)


@register.simple_tag(takes_context=True)
def diagram_progress(context: dict[str, Any]) -> dict[str, Status]:
    """The reader's topic statuses for the roadmap diagram; empty for a visitor who has not started tracking."""
    request = context.get("request")
    return reader_progress(request) if request is not None else {}
