"""Progress on content pages: bars and in-place marking for roadmaps and plans, notes for topics.

The roadmap, plan and topic views stay unaware of tracking: their templates call these tags with the page's
*track* (a roadmap slug, or the `Track` of a plan), and the tags read the request's progress once (account or
session) and render small fragments. A visitor without a session gets a plain "start tracking" link instead, so
the anonymous page carries no CSRF token and stays cacheable for everyone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from django import template
from django.contrib.messages import get_messages
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.addresses import address, addresses
from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import Topic
from roadmapfinder.exporters.document import Status
from roadmapfinder.generated.selectors import generated_found
from roadmapfinder.progress import RoadmapStanding, Tally, TopicStatus, TrackProgress, roadmaps_followed
from roadmapfinder.progress.tracks import GeneratedStanding, Track, TrackKind, generated_standings, roadmap_track_of
from roadmapfinder.tracking import selectors
from roadmapfinder.tracking.markdown import render_note
from roadmapfinder.tracking.slots import (
    csrf_field,
    filler,
    items_of_reader,
    many_filler,
    page_parts,
    request_is_skeleton,
    slot,
)
from roadmapfinder.tracking.trackers import reader_notes, reader_progress, reader_state, tracking_active

register = template.Library()

STATUS_OPTIONS = [("none", "Not started"), *((s.value, s.label) for s in TopicStatus)]
_NOTHING = mark_safe("")


def _track(track: Track | str) -> Track:
    """The page's track: a plan page passes its `Track`, a roadmap page just its slug."""
    return track if isinstance(track, Track) else roadmap_track_of(default_catalog(), track)


@items_of_reader
def _reader_items(request: HttpRequest) -> list[str]:
    """The items whose slots are this reader's to fill: the topics they marked, the projects they finished, the
    topics they keep a note on. Every other item's slots show their kind's blank (tracking/slots.py)."""
    state = reader_state(request)
    return [*state.topics, *state.projects, *reader_notes(request)]


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
    if request_is_skeleton(request) and not oob:
        return slot("overall", _slot_key(track))
    return _overall(request, track, oob)


def _slot_key(track: Track | str) -> str:
    """How a slot names its track: a roadmap by its slug, a plan by its token (the page's parts hold the plan)."""
    return track.token if isinstance(track, Track) else track


def _slot_track(request: HttpRequest, key: str) -> Track | str:
    """The track a slot names: the page's plan (see `_slot_key`), else a roadmap's slug."""
    if key.startswith(f"{TrackKind.PLAN.value}:"):
        return page_parts(request).track
    return key


@filler("overall")
def _overall_slot(request: HttpRequest, args: list[str]) -> str:
    return _overall(request, _slot_track(request, args[0]), False)


def _overall(request: HttpRequest, track: Track | str, oob: bool) -> SafeString:
    if not tracking_active(request):
        return _render("_start_tracking.html", {"next": request.get_full_path()}, request)
    followed = _track(track)
    tally = _progress(request, followed).overall
    if followed.kind is TrackKind.ROADMAP:
        action, following = address("follow-roadmap", followed.key), reader_state(request).roadmaps
    elif followed.kind is TrackKind.GENERATED:  # followed like a catalog roadmap, by its id
        action, following = address("follow-generated", followed.key), reader_state(request).generated
    else:
        return _bar(key="overall", label="Your progress", tally=tally, oob=oob)
    follow = format_html(
        '<form method="post" action="{}" class="inline-form follow">{}'
        '<input type="hidden" name="next" value="{}">{}</form>',
        action,
        csrf_field(request),
        _next(request),
        _STOP_FOLLOWING if followed.key in following else _START_FOLLOWING,
    )
    return _bar(key="overall", label="Your progress", tally=tally, oob=oob, follow=follow)


@register.simple_tag(takes_context=True)
def progress_phase(context: dict[str, Any], track: Track | str, number: int, oob: bool = False) -> SafeString:
    """One phase's bar (nothing for a visitor who has not started tracking)."""
    request: HttpRequest | None = context.get("request")
    if request_is_skeleton(request) and not oob:
        return slot("phase", _slot_key(track), number)
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    return _phase_bar(request, track, number, oob)


@many_filler("phase")
def _phase_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    """Every phase bar of the page, its track looked up once (a page draws one bar per phase)."""
    if not tracking_active(request):
        return [""] * len(slots)
    tracks: dict[str, Track] = {}
    bars: list[str] = []
    for key, number in slots:
        if (track := tracks.get(key)) is None:
            track = tracks[key] = _track(_slot_track(request, key))
        bars.append(_phase_bar(request, track, int(number), False))
    return bars


def _phase_bar(request: HttpRequest, track: Track | str, number: int, oob: bool) -> SafeString:
    tally = _progress(request, _track(track)).sections[number - 1].tally
    return _bar(key=f"phase-{number}", label=f"Phase {number}", tally=tally, oob=oob)


def _bar(*, key: str, label: str, tally: Tally, oob: bool, follow: SafeString = _NOTHING) -> SafeString:
    """A progress bar with its words. Built in Python, not a template: a roadmap page draws one per phase."""
    if follow is _NOTHING:
        return _plain_bar(key, label, tally, oob)
    return _bar_html(key, label, tally, oob, follow)


@functools.lru_cache(maxsize=4096)
def _plain_bar(key: str, label: str, tally: Tally, oob: bool) -> SafeString:
    """A bar without a follow form, kept: its words depend on nothing but its arguments, and readers' phase bars
    repeat (most phases are at 0 % for most readers)."""
    return _bar_html(key, label, tally, oob, _NOTHING)


def _bar_html(key: str, label: str, tally: Tally, oob: bool, follow: SafeString) -> SafeString:
    in_progress = f", {tally.in_progress} in progress" if tally.in_progress else ""
    # str.format, not format_html: every value is a number, our own word or already-safe HTML (the follow form),
    # and escaping each of them again cost a personal page more than the rest of its bars.
    return mark_safe(
        _BAR.format(
            key=key,
            oob=_SWAP_OOB if oob else "",
            percent=tally.percent,
            label=label,
            finished=tally.finished,
            total=tally.total,
            in_progress=in_progress,
            follow=follow,
        )
    )


_BAR = (
    '<div class="progress" id="progress-{key}"{oob}>\n'
    '  <progress max="100" value="{percent}" aria-labelledby="progress-{key}-text">{percent}%</progress>\n'
    '  <span class="progress-text" id="progress-{key}-text">{label}: <strong class="percent">{percent}%</strong> '
    '<span class="muted">· {finished} of {total} finished{in_progress}</span></span>\n'
    "  {follow}\n"
    "</div>"
)
_STOP_FOLLOWING = mark_safe(
    '<span class="muted">On your dashboard ·</span> <input type="hidden" name="follow" value="false">'
    '<button type="submit" class="link-button">Stop following</button>'
)
_START_FOLLOWING = mark_safe('<button type="submit" class="link-button">Follow this roadmap on my dashboard</button>')


@register.simple_tag(takes_context=True)
def topic_marker(
    context: dict[str, Any], track: Track | str | None, phase: int, topic_id: str, oob: bool = False
) -> SafeString:
    """The topic's status control: htmx marks in place, and without JavaScript the form posts and comes back.

    On a topic's own page there is no track (None, phase 0): the control stands alone, with no bars to redraw.
    """
    request: HttpRequest | None = context.get("request")
    if request_is_skeleton(request) and not oob:
        assert request is not None
        # The form is shared; only the status (its class and chosen option) and the CSRF field are the reader's.
        return _topic_marker_html(request, track, phase, topic_id, slot("status", topic_id), slot("options", topic_id))
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    chosen = _status(request, topic_id)
    return _topic_marker_html(request, track, phase, topic_id, chosen, _OPTIONS[chosen], oob=oob)


def _status(request: HttpRequest, topic_id: str) -> str:
    return _statuses(request).get(topic_id, "none")


def _statuses(request: HttpRequest) -> dict[str, str]:
    """The reader's statuses as the forms write them, worked out once per request and state: a roadmap page asks
    for each of its topics twice (the form's class and its chosen option)."""
    state = reader_state(request)
    memo: tuple[object, dict[str, str]] | None = getattr(request, "_rf_statuses", None)
    if memo is None or memo[0] is not state:
        memo = (state, {topic: status.value for topic, status in state.topics.items()})
        request._rf_statuses = memo  # type: ignore[attr-defined]
    return memo[1]


def _topic_marker_html(
    request: HttpRequest,
    track: Track | str | None,
    phase: int,
    topic_id: str,
    status: str,
    options: SafeString,
    *,
    oob: bool = False,
) -> SafeString:
    return format_html(
        _TOPIC_MARKER,
        status=status,
        phase=phase,
        id=topic_id,
        name=default_catalog().topic(topic_id).name,
        action=_mark_topic_url(),
        oob=_SWAP_OOB if oob else "",
        csrf=slot("csrf") if request_is_skeleton(request) else csrf_field(request),
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


def _mark_topic_url() -> str:
    return address("progress-topic")


#: The status menu's options with each status chosen: the same five strings for every topic.
_OPTIONS = {
    chosen: format_html_join(
        "", '<option value="{}"{}>{}</option>', ((v, _SELECTED if v == chosen else "", n) for v, n in STATUS_OPTIONS)
    )
    for chosen, _ in STATUS_OPTIONS
}


@many_filler("status", item=0, blank="none")
def _status_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    statuses = _statuses(request)
    return [statuses.get(args[0], "none") for args in slots]


@many_filler("options", item=0, blank=_OPTIONS["none"])
def _options_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    statuses = _statuses(request)
    return [_OPTIONS[statuses.get(args[0], "none")] for args in slots]


@register.simple_tag(takes_context=True)
def project_marker(
    context: dict[str, Any], track: Track | str | None, phase: int, title: str, oob: bool = False
) -> SafeString:
    """A project's "done" checkbox (nothing for a plan project the track does not count, or without a track)."""
    request: HttpRequest | None = context.get("request")
    skeleton = request_is_skeleton(request) and not oob
    if not (skeleton or tracking_active(request)) or not track:
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
        "checked": slot("checked", key) if skeleton else _checked(request, [key]),
        "next": _next(request, phase),
        "oob": oob,
    }
    return _render("_project_marker.html", data, request)


@filler("checked", item=0)
def _checked(request: HttpRequest, args: list[str]) -> SafeString:
    return _CHECKED if args[0] in reader_state(request).projects else _NOTHING


_CHECKED = mark_safe(" checked")


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


@register.simple_tag(takes_context=True)
def topic_note_inline(context: dict[str, Any], topic_id: str) -> SafeString:
    """The learner's note under a topic on a roadmap or plan page, folded; nothing when there is none."""
    request: HttpRequest | None = context.get("request")
    if request_is_skeleton(request):
        return slot("note", topic_id)
    return _note_inline(request, topic_id) if request is not None else mark_safe("")


@many_filler("note", item=0)
def _note_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    notes = reader_notes(request)  # read with the progress; most topics have none: nothing to build
    return [_note_inline(request, args[0]) if notes.get(args[0]) else _NOTHING for args in slots]


def _note_inline(request: HttpRequest, topic_id: str) -> SafeString:
    if not (text := reader_notes(request).get(topic_id)):
        return _NOTHING
    return format_html(_NOTE_INLINE, html=render_note(text), url=address("topic", topic_id), id=topic_id)


#: A note under its topic, folded. Built in Python, not a template: a roadmap page fills one slot per topic.
_NOTE_INLINE = (
    '<details class="note-inline"><summary>My note</summary><div class="note-body">{html}</div>'
    '<p><a href="{url}#note-{id}">Edit my note</a></p></details>'
)


@register.simple_tag(takes_context=True)
def page_messages(context: dict[str, Any]) -> SafeString:
    """The messages left for the reader by their last action ("Rescheduled. ..."), shown once."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return _NOTHING
    if request_is_skeleton(request):
        return slot("messages")
    return _messages(request, [])


@filler("messages")
def _messages(request: HttpRequest, args: list[str]) -> SafeString:
    waiting = get_messages(request)
    if not len(waiting):  # as the template's `{% if messages %}`: most pages have none to show
        return _NOTHING
    return _render("_messages.html", {"messages": waiting}, request)


@register.simple_tag(takes_context=True)
def account_links(context: dict[str, Any]) -> SafeString:
    """The site menu's account entries: "Me" and "Log out" when signed in, else "Log in" and "Sign up"."""
    request: HttpRequest | None = context.get("request")
    if request_is_skeleton(request):
        return slot("account")
    return _account_links(request, []) if request is not None else _signed_out_links()


@filler("account")
def _account_links(request: HttpRequest, args: list[str]) -> SafeString:
    user = getattr(request, "user", None)  # none on a request refused before authentication (a 400 page)
    if user is None or not user.is_authenticated:
        return _signed_out_links()
    link = addresses()
    before, after = _signed_in_links(link("dashboard"), link("logout"))
    return mark_safe(before + csrf_field(request) + after)


@functools.lru_cache(maxsize=64)
def _signed_in_links(dashboard: str, logout: str) -> tuple[str, str]:
    """The signed-in entries, their addresses escaped, before and after the CSRF field: made once per address
    (every personal page has them, and escaping them again was most of their cost)."""
    before = format_html(
        '<li><a href="{}">Me</a></li>\n          <li><form method="post" action="{}" class="inline-form">',
        dashboard,
        logout,
    )
    return before, '<button type="submit" class="link-button">Log out</button></form></li>'


def _signed_out_links() -> SafeString:
    return format_html(
        '<li><a href="{}">Log in</a></li>\n          <li><a href="{}">Sign up</a></li>',
        address("login"),
        address("signup"),
    )


@register.simple_tag(takes_context=True)
def continue_learning(context: dict[str, Any], limit: int = 3) -> SafeString:
    """On the home page, for a returning learner: the followed roadmaps (catalog and generated), furthest along
    first, with what is next."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    catalog, state = default_catalog(), reader_state(request)
    rows = [
        _continue_row(s.roadmap.slug, s.roadmap.title, reverse("roadmap", args=[s.roadmap.slug]), s)
        for s in roadmaps_followed(catalog, state, next_limit=1)
    ]
    if state.generated:  # stored in the database: read only for a learner who follows one
        found = [r for r in generated_found(roadmap_ids=state.generated).values() if r is not None]
        rows += [
            _continue_row(s.roadmap.id, s.roadmap.title, reverse("generated", args=[s.roadmap.id]), s)
            for s in generated_standings(catalog, found, state, next_limit=1)
        ]
    if not rows:
        return mark_safe("")
    rows.sort(key=lambda row: -row.percent)  # stable: catalog roadmaps first on a tie
    return _render("_continue.html", {"rows": rows[:limit]}, request)


@dataclass(frozen=True)
class _ContinueRow:
    """One line of "Continue where you left off": a followed roadmap, its percentage and its next topic, if any."""

    key: str
    title: str
    url: str
    percent: int
    next: Topic | None


def _continue_row(key: str, title: str, url: str, standing: RoadmapStanding | GeneratedStanding) -> _ContinueRow:
    upcoming = default_catalog().topic(standing.next_topic_ids[0]) if standing.next_topic_ids else None
    return _ContinueRow(key, title, url, standing.progress.overall.percent, upcoming)


@register.simple_tag(takes_context=True)
def diagram_progress(context: dict[str, Any]) -> dict[str, Status]:
    """The reader's topic statuses for the roadmap diagram; empty for a visitor who has not started tracking."""
    request = context.get("request")
    return reader_progress(request) if request is not None else {}
