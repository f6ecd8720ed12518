"""Marking on a plan, in place: a done checkbox per topic, the schedule's ticks, the standing and "This week".

Every fragment here has a stable id, so the answer to a mark (`tracking/_marked.html`) can redraw each place of the
page that depends on it out of band (htmx), and the same tags draw the page in the first place. Without
JavaScript the checkbox forms post and come back to the page.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django import template
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.template.defaultfilters import floatformat
from django.urls import get_script_prefix
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.addresses import Link, address, addresses
from roadmapfinder.catalog import Catalog, default_catalog
from roadmapfinder.clock import today
from roadmapfinder.planning.plan import Plan, TargetCheck, short_date
from roadmapfinder.planning.said_to_others import said_to
from roadmapfinder.planning.shapes import WeekOut
from roadmapfinder.plans.selectors import plans_created_in, plans_of, plans_this_week
from roadmapfinder.progress import ProgressState, TopicStatus
from roadmapfinder.progress.this_week import (
    DueItemOut,
    PlanWeekOut,
    WeekStanding,
    finished_hours,
    plan_week,
    slipped_items,
    streak,
)
from roadmapfinder.progress.tracks import Track, item_finished, schedule_standing, target_for_reader
from roadmapfinder.tracking.slots import (
    Filler,
    Skeleton,
    assemble,
    compile_skeleton,
    csrf_field,
    filler,
    many_filler,
    page_parts,
    request_is_skeleton,
    slot,
)
from roadmapfinder.tracking.templatetags.tracking_tags import _next, topic_marker
from roadmapfinder.tracking.trackers import reader_state, tracking_active

register = template.Library()

_CHECK = (
    '<form class="check check-{state}" id="check-{scope}-{id}" method="post" action="{action}" hx-post="{action}" '
    'hx-trigger="change" hx-target="this" hx-swap="{swap}"{oob}>{csrf}'
    '<input type="hidden" name="topic" value="{id}"><input type="hidden" name="track" value="{track}">'
    '<input type="hidden" name="phase" value="{phase}"><input type="hidden" name="next" value="{next}">'
    '<input type="hidden" name="control" value="check"><input type="hidden" name="scope" value="{scope}">'
    '<input type="hidden" name="status" value="none">'
    '<label class="check-box"><input type="checkbox" name="status" value="done"{checked}>'
    '<span class="visually-hidden">{name} done</span></label>'
    '<noscript><button type="submit" class="link-button">Save</button></noscript></form>'
)

_FINISHED = {TopicStatus.DONE, TopicStatus.SKIPPED}


@register.simple_tag(takes_context=True)
def topic_check(
    context: dict[str, Any], track_token: str, phase: int, topic_id: str, scope: str = "", oob: bool = False
) -> SafeString:
    """A one-click "done" box for a topic of a plan (`scope` keeps ids apart where the topic shows twice).

    Boxes in "This week" swap nothing themselves: the answer redraws the whole panel out of band."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    skeleton = request_is_skeleton(request) and not oob
    scope = scope or f"p{phase}"
    box = _Box(track_token, phase, topic_id, scope, _next(request, phase) if scope[0] != "w" else _next(request), oob)
    if skeleton:
        return box.in_skeleton()
    return _reader_box(request, box, address("progress-topic"))


def _reader_box(request: HttpRequest, box: _Box, action: str) -> SafeString:
    """The box for this reader: its frame (kept, `_box_frames`) with their status, CSRF field and `checked`."""
    frames = default_catalog().derived(_box_frames)
    key = (action, box)
    frame = frames.get(key)
    if frame is None:
        if len(frames) >= _FRAMES_KEPT:  # many addresses (queries typed into a page's address): start again
            frames.clear()
        frame = frames[key] = box.frame()
    status = reader_state(request).status(box.topic_id)
    head, middle, tail, end = frame
    state = status.value if status else "none"
    return mark_safe(f"{head}{state}{middle}{csrf_field(request)}{tail}{_checked(status)}{end}")


@dataclass(frozen=True)
class _Box:
    """What a done box shows that is not the reader's: its plan, phase, topic, where it sits and where it returns."""

    track_token: str
    phase: int
    topic_id: str
    scope: str
    next_address: str
    oob: bool

    def markup(self, state: str, csrf: str, checked: str) -> SafeString:
        """The box (`_CHECK`), every value escaped but the reader's three: its state, CSRF field and `checked`."""
        return _format(
            _CHECK,
            state=mark_safe(state),
            scope=self.scope,
            id=self.topic_id,
            action=address("progress-topic"),
            swap="none" if self.scope.startswith("w") else "outerHTML",
            oob=mark_safe(' hx-swap-oob="true"') if self.oob else "",
            csrf=mark_safe(csrf),
            track=self.track_token,
            phase=self.phase,
            next=self.next_address,
            checked=mark_safe(checked),
            name=default_catalog().topic(self.topic_id).name,
        )

    def in_skeleton(self) -> SafeString:
        """The box in a page's skeleton: the reader's three values are slots, filled per reader."""
        return self.markup(slot("status", self.topic_id), slot("csrf"), slot("finished", self.topic_id))

    def frame(self) -> tuple[str, str, str, str]:
        """The box's markup cut where the reader's three values go (`_CUTS`)."""
        head, rest = self.markup(*_CUTS).split(_CUTS[0])
        middle, rest = rest.split(_CUTS[1])
        tail, end = rest.split(_CUTS[2])
        return head, middle, tail, end


#: Where a box's frame is cut (`_Box.frame`): no escaped text holds a NUL (`_format` escapes every other value, and
#: neither the content nor an address has one).
_CUTS = ("\x00state\x00", "\x00csrf\x00", "\x00checked\x00")


def _box_frames(catalog: Catalog) -> dict[tuple[str, _Box], tuple[str, str, str, str]]:
    """The done boxes' frames made so far, by form address and box (`topic_check`), kept per catalog: a box holds
    its topic's name.

    Why: /me and the home page write each box of "This week" on every view, and escaping its dozen values was half
    of the panel's time; only three parts of a box are the reader's."""
    return {}


_FRAMES_KEPT = 4_096  # about 4 MB of frames at most


@filler("finished", item=0)
def _finished(request: HttpRequest, args: list[str]) -> SafeString:
    """A done box's `checked` slot (`_checked`)."""
    return _checked(reader_state(request).status(args[0]))


@many_filler("finished", item=0)
def _finished_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    """Every done box's `checked` on the page at once (a plan page holds one per topic)."""
    status = reader_state(request).topics.get
    return [_checked(status(args[0])) for args in slots]


def _checked(status: TopicStatus | None) -> SafeString:
    """A done box's `checked`: done and skipped both count as finished."""
    return _CHECKED if status in _FINISHED else _NOTHING


_CHECKED = mark_safe(" checked")
_NOTHING = mark_safe("")


@register.simple_tag(takes_context=True)
def topic_menu(context: dict[str, Any], track: Track, phase: int, topic_id: str) -> SafeString:
    """The topic's other statuses (in progress, skipped, not started) folded in a small menu beside its box."""
    if not tracking_active(context.get("request")):
        return mark_safe("")
    return format_html(
        '<details class="status-menu"><summary title="Other statuses"><span class="visually-hidden">Other statuses '
        'for {}</span><span aria-hidden="true">⋯</span></summary>{}</details>',
        default_catalog().topic(topic_id).name,
        topic_marker(context, track, phase, topic_id),
    )


@register.simple_tag(takes_context=True)
def schedule_tick(context: dict[str, Any], kind: str, ref: str, day: Any, oob: bool = False) -> SafeString:
    """A session item's tick (✓ finished, … in progress), with an id so a mark can redraw it in place."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request) or not ref:
        return mark_safe("")
    assert request is not None
    return _tick(reader_state(request), kind, ref, day, oob=oob)


#: What a session item's hours are followed by, by the part of the item the session holds.
_PART_WORDS = {"start": "begin, ", "continue": "continue, ", "finish": "finish, "}
_SESSION_ITEM = (
    '<span class="session-item" data-ref="{ref}">{tick}{what} <span class="muted">({part}{hours} h)</span></span>'
)


@register.simple_tag(takes_context=True)
def week_sessions(context: dict[str, Any], week: WeekOut) -> SafeString:
    """A week's sessions, each with its items and their ticks: the plan page's longest list (a 150-week plan holds
    about 750 sessions), built here in one pass rather than by nested template loops with a filter per date, which
    took most of a signed-in plan page's time. The HTML is the same the template wrote."""
    request: HttpRequest | None = context.get("request")
    tracking = request is not None and tracking_active(request)
    skeleton = tracking and request_is_skeleton(request)
    state = reader_state(request) if tracking and not skeleton and request is not None else None
    day_today = context["today"]
    has_topic = default_catalog().has_topic  # a week kept as planned may hold a topic the catalog dropped since
    rows = []
    for session in week.sessions:
        items = mark_safe(  # every part is format_html's output, so the joined text is as safe
            "; ".join(
                format_html(
                    _SESSION_ITEM,
                    ref=item.ref,
                    tick=_tick_or_slot(state, item.kind, item.ref, session.date) if tracking and item.ref else "",
                    what=format_html('<a href="{}">{}</a>', address("topic", item.ref), item.title)
                    if item.kind == "topic" and has_topic(item.ref)
                    else item.title
                    if item.kind == "topic"
                    else format_html('{} <span class="badge">project</span>', item.title),
                    part=_PART_WORDS.get(item.part, ""),
                    hours=floatformat(item.hours, "-1"),
                )
                for item in session.items
            )
        )
        day, start = session.date, f"{session.start:%H:%M}"
        rows.append(
            format_html(
                '<li class="session{past}"><time datetime="{iso}T{start}">{shown}, {start}–{end}</time>:'
                "\n    {items}</li>",
                past=" past" if day < day_today else "",
                iso=day.isoformat(),
                shown=f"{day:%a} {day.day} {day:%b}",
                start=start,
                end=f"{session.end:%H:%M}",
                items=items,
            )
        )
    return format_html('<ul class="sessions">{}</ul>', mark_safe("".join(rows)))


def _tick_or_slot(state: ProgressState | None, kind: str, ref: str, day: date) -> SafeString:
    """The tick from the reader's progress, or in a page's shared skeleton (no state) with slots for its status.

    The slots name the item, not the day, so a topic ticked in ten sessions is looked up once per request."""
    if state is not None:
        return _tick(state, kind, ref, day)
    return _tick_html(slot("tick-state", kind, ref), day, ref, slot("tick-mark", kind, ref), oob=False)


def _tick_status(state: ProgressState, kind: str, ref: str) -> TopicStatus | None:
    if kind == "project":
        return TopicStatus.DONE if ref in state.projects or ref in state.retired_projects else None
    return state.status(ref)


@filler("tick-state", item=1, blank="none")
def _tick_state_slot(request: HttpRequest, args: list[str]) -> str:
    status = _tick_status(reader_state(request), args[0], args[1])
    return status.value if status else "none"


@filler("tick-mark", item=1)
def _tick_mark_slot(request: HttpRequest, args: list[str]) -> SafeString:
    return _TICK_MARKS[_tick_status(reader_state(request), args[0], args[1])]


@many_filler("tick-state", item=1, blank="none")
def _tick_state_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    """Every tick's state on the page at once (a plan page holds one per item it schedules)."""
    state = reader_state(request)
    return [_TICK_STATES[_tick_status(state, kind, ref)] for kind, ref in slots]


@many_filler("tick-mark", item=1)
def _tick_mark_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    state = reader_state(request)
    return [_TICK_MARKS[_tick_status(state, kind, ref)] for kind, ref in slots]


def _tick(state: ProgressState, kind: str, ref: str, day: Any, *, oob: bool = False) -> SafeString:
    """The tick of `schedule_tick` from the reader's progress, read once per page by the caller."""
    status = _tick_status(state, kind, ref)
    return _tick_html(status.value if status else "none", day, ref, _TICK_MARKS[status], oob=oob)


def _tick_html(state: str, day: date, ref: str, mark: str, *, oob: bool) -> SafeString:
    """A tick's HTML. Plain formatting, not format_html: a plan page holds hundreds, and every part is a status
    word, a date, an id the catalog validated (escaped anyway) or one of the marks below."""
    oob_attribute = ' hx-swap-oob="true"' if oob else ""
    return mark_safe(
        f'<span class="item-mark item-{state}" id="tick-{day:%Y%m%d}-{html.escape(ref.replace("/", "--"))}"'
        f"{oob_attribute}>{mark}</span>"
    )


#: A tick's state word by the item's status (its class).
_TICK_STATES: dict[TopicStatus | None, str] = {None: "none", **{status: status.value for status in TopicStatus}}
#: What a tick shows by the item's status: a symbol and the status in words for screen readers.
_TICK_MARKS: dict[TopicStatus | None, SafeString] = {
    None: mark_safe(""),
    **{
        status: format_html(
            '{}<span class="visually-hidden"> ({})</span>',
            "✓" if status in _FINISHED else "…",
            status.label.lower(),
        )
        for status in TopicStatus
    },
}


@register.simple_tag(takes_context=True)
def plan_standing(context: dict[str, Any], plan: Plan, track: Track, oob: bool = False) -> SafeString:
    """Ahead of, on or behind the schedule (from the sessions that have passed), with the streak of kept weeks."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    if request_is_skeleton(request) and not oob:
        return slot("standing")
    return _standing(request, plan, track, bool(context.get("can_edit")), oob=oob)


@filler("standing")
def _standing_slot(request: HttpRequest, args: list[str]) -> SafeString:
    parts = page_parts(request)
    return _standing(request, parts.plan, parts.track, parts.can_edit, oob=False)


def _standing(request: HttpRequest, plan: Plan, track: Track, can_edit: bool, *, oob: bool) -> SafeString:
    state = reader_state(request)
    standing = schedule_standing(plan, track, state, today())
    kept = streak(plan, state, today())
    parts = [f'<div id="plan-standing" class="plan-standing"{_OOB if oob else ""}>']
    if standing is not None:
        warn, replan = (" warn", _REPLAN if can_edit else "") if standing.behind else ("", "")
        parts.append(f'<p class="schedule-standing{warn}">{html.escape(standing.message)}{replan}</p>')
    if kept:
        parts.append(_STREAK.format(weeks=kept, s="" if kept == 1 else "s"))
    parts.append("</div>\n")  # the template this replaced ended with a new line
    return mark_safe("".join(parts))


@register.simple_tag(takes_context=True)
def plan_target(context: dict[str, Any], plan: Plan, track: Track, oob: bool = False) -> SafeString:
    """The line under the plan's facts that says whether it meets its target date. The plan's own check for a
    reader who tracks nothing; for one who does, what their progress leaves of it (`target_for_reader`): a slot,
    since it is theirs, redrawn with the standing when they mark something. Said to the plan's learner (`can_edit`),
    or of its learner to anyone else who opens its link (`said_to_others`)."""
    request: HttpRequest | None = context.get("request")
    learner = bool(context.get("can_edit"))
    if plan.target is None:
        return mark_safe("")
    if not tracking_active(request):
        return _target_line(plan.target, oob=oob, learner=learner)
    assert request is not None
    if request_is_skeleton(request) and not oob:
        return slot("target")
    return _target(request, plan, track, oob=oob, learner=learner)


@filler("target")
def _target_slot(request: HttpRequest, args: list[str]) -> SafeString:
    parts = page_parts(request)
    return _target(request, parts.plan, parts.track, oob=False, learner=parts.can_edit)


def _target(request: HttpRequest, plan: Plan, track: Track, *, oob: bool, learner: bool) -> SafeString:
    standing = schedule_standing(plan, track, reader_state(request), today())
    return _target_line(target_for_reader(plan, standing, today=today()), oob=oob, learner=learner)


def _target_line(check: TargetCheck | None, *, oob: bool, learner: bool) -> SafeString:
    """The target line in its place (kept empty when there is nothing to say, so a mark can fill it again), said to
    the plan's `learner` or of its learner (`said_to_others`)."""
    said = "" if check is None else html.escape(said_to(check.message, learner=learner))
    line = "" if check is None else f'<p class="{"ok" if check.feasible else "warn"}">{said}</p>'
    return mark_safe(f'<div id="plan-target" class="plan-target"{_OOB if oob else ""}>{line}</div>')


# The standing's words, built in Python rather than by a template per request; the message is escaped, the streak
# is a number.
_REPLAN = ' <a href="#reschedule">Re-plan what is left from today</a>'
_STREAK = (
    '<p class="streak">Streak: <strong>{weeks} week{s}</strong> kept <span class="muted">(everything scheduled up to '
    "then finished; one missed week a month forgiven)</span></p>"
)


@register.simple_tag(takes_context=True)
def plan_this_week(context: dict[str, Any], plan: Plan, track: Track, oob: bool = False) -> SafeString:
    """The plan's "This week" and "Next week": sessions with a done box per topic, and last week's slipped work."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return mark_safe("")
    return _this_week(request, plan, track, oob=oob)


def _this_week(request: HttpRequest, plan: Plan, track: Track, *, oob: bool) -> SafeString:
    """The plan page's panel; in the page's skeleton, the plan's weeks laid out with slots for what is the
    reader's (`_panel`)."""
    skeleton = request_is_skeleton(request) and not oob
    state = reader_state(request) if tracking_active(request) and not skeleton else ProgressState()
    now = today()
    data = {
        "week": plan_week(plan, plan_id=track.key, title="", state=state, today=now),
        "next": plan_week(plan, plan_id=track.key, title="", state=state, today=now + timedelta(days=7)),
        "on_plan": True,
        "oob": oob,
    }
    return _panel(request, data, skeleton=skeleton)


@many_filler("if-finished", item=1)
def _if_finished_slots(request: HttpRequest, slots: list[tuple[str, ...]]) -> list[str]:
    """A panel's words for a finished item (a class, a tick), shown when the reader has finished it."""
    state = reader_state(request)
    return [text if item_finished(kind, ref, state) else "" for kind, ref, text in slots]


@filler("session-finished")
def _session_finished(request: HttpRequest, args: list[str]) -> str:
    """A session's class when the reader has finished all its items (given as kind, ref, kind, ref, ...)."""
    state = reader_state(request)
    pairs = zip(args[0::2], args[1::2], strict=True)
    return " finished" if all(item_finished(kind, ref, state) for kind, ref in pairs) else ""


@filler("week-done")
def _week_done(request: HttpRequest, args: list[str]) -> str:
    """How much of the plan page's week (starting args[0]) the reader has finished, and their streak."""
    plan, state = page_parts(request).plan, reader_state(request)
    planned = plan.week_starting(date.fromisoformat(args[0]))
    week = plan.counted_week(planned) if planned else None  # rescheduled mid-week: the days from then, as This week
    return _week_hours(finished_hours(week, state), week.hours if week else 0.0, streak(plan, state, today()))


@filler("slipped")
def _slipped_slot(request: HttpRequest, args: list[str]) -> str:
    """What the reader left open in the week before the plan page's week (starting args[0])."""
    parts = page_parts(request)
    items = slipped_items(parts.plan, date.fromisoformat(args[0]), reader_state(request))
    checks = _WeekChecks(request, parts.track.token) if tracking_active(request) else None
    return _slipped_html(items, checks, addresses())


@register.simple_tag(takes_context=True)
def this_week_panel(context: dict[str, Any], week: PlanWeekOut) -> SafeString:
    """One plan's week on /me or the home page, with its done boxes (the same fragment as on the plan page)."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return mark_safe("")
    return _panel(request, {"week": week, "next": None, "on_plan": False, "oob": False})


def kept_week_panel(request: HttpRequest, plan: Plan, week: WeekStanding) -> str:
    """`this_week_panel` for one plan of /me (`week`: this reader's standing on `plan`'s week): the same
    bytes, from a layout kept per plan and day and filled for this reader.

    Why: the panel's markup (each session's day and times, each item's link, name, hours and done box) is the
    plan's, not the reader's, and writing it out on every view was a seventh of /me's first view (issue 17). It is
    laid out as the plan page's skeleton lays out its week (`_panel` with `skeleton`), and each view fills only
    what is the reader's: which items and sessions are finished, the boxes' states and CSRF field, with the
    fillers the plan page uses; and the hours done, the streak and last week's slipped work from `week`, which
    holds them already.
    """
    now, next_address, tracking = today(), _next(request), tracking_active(request)
    key = (week.plan_id, week.title, id(plan), now, get_script_prefix(), next_address, tracking)
    kept = _kept_panels.get(key)
    if kept is None or kept[0] is not plan:  # none yet, or another plan now at a freed plan's id
        blank = plan_week(plan, plan_id=week.plan_id, title=week.title, state=ProgressState(), today=now)
        data = {"week": blank, "next": None, "on_plan": False, "oob": False}
        kept = (plan, compile_skeleton(_panel(request, data, skeleton=True)))
        if len(_kept_panels) >= _PANELS_KEPT:
            _kept_panels.clear()
        _kept_panels[key] = kept
    checks = _WeekChecks(request, f"plan:{week.plan_id}") if tracking else None
    given: dict[str, Filler] = {
        "week-done": lambda _request, _args: _week_hours(week.finished_hours, week.hours, week.streak_weeks),
        "slipped": lambda _request, _args: _slipped_html(week.slipped, checks, addresses()),
    }
    return assemble(kept[1], request, given).decode()


#: /me's panels laid out so far (`kept_week_panel`), by plan, title, day, script prefix, return address and whether
#: the reader tracks; each holds its plan, so that its id cannot be reused while it is kept.
_kept_panels: dict[tuple[str, str, int, date, str, str, bool], tuple[Plan, Skeleton]] = {}
_PANELS_KEPT = 64  # as many as built plans are kept (plans/selectors.py): a panel holds its plan alive too


def _panel(request: HttpRequest, data: dict[str, Any], *, skeleton: bool = False) -> SafeString:
    """A plan's week: its sessions with a done box per topic, last week's slipped work and, on the plan's own page,
    next week.

    Built in Python, not a template: the panel leads /me and the home page of every learner with a plan and sits on
    each plan page, and the template's tags per item (an address, two numbers, a date, the done box) made it a
    quarter of a plan page's time. Every text from the plan is escaped; numbers and dates are written as the
    template filters wrote them (`floatformat:"-1"`, `date:"D j M"`, `time:"H:i"`).

    In a plan page's skeleton (`skeleton`), the week is laid out as for a reader with no progress, and what
    depends on theirs is a slot: each finished item's class and tick (an item slot, tracking/slots.py), each
    session's class, the hours done and the streak, and last week's slipped work.
    """
    week: PlanWeekOut = data["week"]
    next_week: PlanWeekOut | None = data["next"]
    on_plan, oob = bool(data["on_plan"]), bool(data["oob"])
    link = addresses()  # the script prefix read once for the panel's links
    checks = _WeekChecks(request, f"plan:{week.plan_id}", skeleton=skeleton) if tracking_active(request) else None
    plan_id, now = html.escape(week.plan_id), today()
    number = f' <span class="muted">· week {week.week_number}</span>' if week.week_number else ""
    title = (
        f"This week{number}"
        if on_plan
        else f'<a href="{_href(link, "plan", week.plan_id)}">{html.escape(week.title)}</a>{number}'
    )
    out = [
        f'<section class="week-panel" id="this-week-{plan_id}" aria-labelledby="this-week-{plan_id}-heading"'
        f'{_OOB if oob else ""}>\n  <h2 id="this-week-{plan_id}-heading" class="{"" if on_plan else "small-heading"}">'
        f"{title}</h2>\n  "
    ]
    finished = _if_finished_slot if skeleton else _if_finished
    if week.sessions:
        if skeleton:
            out.append(str(slot("week-done", f"{week.week_start:%Y-%m-%d}")))
        else:
            out.append(_week_hours(week.finished_hours, week.hours, week.streak_weeks))
        out.append('\n  <ul class="due-sessions">')
        for session in week.sessions:
            is_today = session.date == now
            session_class: str = " finished" if session.finished else ""
            if skeleton:
                session_class = slot("session-finished", *(part for i in session.items for part in (i.kind, i.ref)))
            out.append(
                f'<li class="due-session{session_class}{" today" if is_today else ""}">'
                f'<span class="when">{short_date(session.date)}, {session.start:%H:%M}–{session.end:%H:%M}'
                f"{_TODAY if is_today else ''}</span>\n    <ul>"
            )
            for item in session.items:
                part = f"{html.escape(item.part)}, " if item.part else ""
                tick = finished(item, "✓ ") if item.kind != "topic" else ""
                out.append(
                    f'<li class="due-item{finished(item, " finished")}">'
                    f"{tick}{_item_html(item, checks, f'w{session.date:%Y%m%d}', link)}"
                    f' <span class="muted">({part}{_hours(item.hours)} h)</span></li>'
                )
            out.append("</ul></li>")
        out.append("</ul>\n  ")
    else:
        out.append('<p class="muted">No session this week.</p>')
    out.append("\n  ")
    if skeleton:
        out.append(str(slot("slipped", f"{week.week_start:%Y-%m-%d}")))
    else:
        out.append(_slipped_html(week.slipped, checks, link))
    out.append("\n  ")
    if next_week and next_week.sessions:
        number = f' <span class="muted">· week {next_week.week_number}</span>' if next_week.week_number else ""
        out.append(f'<h3 class="small-heading">Next week{number}</h3>\n  <ul class="due-sessions next">')
        for session in next_week.sessions:
            items = "; ".join(
                (
                    f'<a href="{_href(link, "topic", item.ref)}">{html.escape(item.name)}</a>'
                    if item.kind == "topic"
                    else html.escape(item.name)
                )
                + finished(item, " ✓")
                for item in session.items
            )
            out.append(
                f'<li class="due-session"><span class="when">{short_date(session.date)}, {session.start:%H:%M}</span> '
                f"{items}</li>"
            )
        out.append("</ul>")
    out.append("\n</section>\n")
    return mark_safe("".join(out))


def _week_hours(finished: float, hours: float, streak_weeks: int) -> str:
    """A week's hours done, of its hours, and the streak."""
    kept = f" · streak {streak_weeks} week{'' if streak_weeks == 1 else 's'}" if streak_weeks else ""
    return f'<p class="muted week-hours">{_hours(finished)} of {_hours(hours)} h done{kept}</p>'


def _slipped_html(items: list[DueItemOut], checks: _WeekChecks | None, link: Link) -> str:
    """Last week's work still open, with the topics' done boxes; nothing when all of it is finished."""
    if not items:
        return ""
    out = ['<div class="slipped"><h3 class="small-heading">Slipped from last week</h3>\n    <ul>']
    for item in items:
        out.append(
            f'<li class="due-item">{_item_html(item, checks, "wslipped", link)}'
            f' <span class="muted">({_hours(item.hours)} h)</span></li>'
        )
    out.append("</ul></div>")
    return "".join(out)


def _if_finished(item: DueItemOut, text: str) -> str:
    """`text` when the reader has finished the item."""
    return text if item.finished else ""


def _if_finished_slot(item: DueItemOut, text: str) -> str:
    """The slot that shows `text` when the reader has finished the item (`_if_finished_slots`)."""
    return str(slot("if-finished", item.kind, item.ref, text))


class _WeekChecks:
    """The done boxes of one panel, for a reader who tracks progress: what `topic_check` reads of the request
    (whether it is a skeleton, where a box returns, the form's address), read once for the panel."""

    def __init__(self, request: HttpRequest, track_token: str, *, skeleton: bool = False) -> None:
        self.request = request
        self.track_token = track_token
        self.skeleton = skeleton
        self.next_address = _next(request)
        self.action = address("progress-topic")

    def box(self, item: DueItemOut, scope: str) -> str:
        box = _Box(self.track_token, item.phase, item.ref, scope, self.next_address, False)
        if self.skeleton:
            return str(box.in_skeleton())
        return _reader_box(self.request, box, self.action)


def _item_html(item: DueItemOut, checks: _WeekChecks | None, scope: str, link: Link) -> str:
    """A topic (its done box, then its link) or a project (its name; a session's tick comes before it). A topic the
    catalog retired since a week kept as planned held it is its name alone: nothing can mark or open it."""
    if item.kind == "topic" and default_catalog().has_topic(item.ref):
        box = checks.box(item, scope) if checks else ""
        return f'{box}<a href="{_href(link, "topic", item.ref)}">{html.escape(item.name)}</a>'
    if item.kind == "topic":
        return html.escape(item.name)
    return f'{html.escape(item.name)} <span class="badge">project</span>'


@functools.lru_cache(maxsize=1024)
def _hours(value: float) -> str:
    """Hours as `floatformat:"-1"` writes them, kept: the filter costs a panel more than its HTML, and its answer
    depends only on the number (the site is in one language, `USE_I18N = False`)."""
    return str(floatformat(value, "-1"))


_OOB = ' hx-swap-oob="true"'
_TODAY = ' <span class="badge">today</span>'


def _href(link: Link, name: str, key: str) -> str:
    """An address for an attribute, escaped as `{% url %}` writes it (`link` from roadmapfinder/addresses.py)."""
    return html.escape(link(name, key))


def _format(template: str, **values: object) -> SafeString:
    """What `format_html(template, **values)` answers: safe values as they are, every other one escaped.

    Without format_html's per-value checks for lazy text (none here): a panel's done boxes cost it most of its time.
    """
    return mark_safe(
        template.format(
            **{k: v.__html__() if hasattr(v, "__html__") else html.escape(str(v)) for k, v in values.items()}
        )
    )


@register.simple_tag(takes_context=True)
def this_week_home(context: dict[str, Any]) -> SafeString:
    """On the home page of a returning learner: "This week" across their plans first (nothing when none is due)."""
    request: HttpRequest | None = context.get("request")
    if not tracking_active(request):
        return mark_safe("")
    assert request is not None
    user = request.user
    saved = plans_of(user=user) if isinstance(user, User) else plans_created_in(session=request.session)
    week = plans_this_week(saved, reader_state(request))
    if not week.plans:
        return mark_safe("")
    panels = mark_safe("".join(this_week_panel(context, w) for w in week.plans))
    return format_html(
        '<section class="this-week home-this-week" aria-labelledby="this-week-heading"><h2 id="this-week-heading">'
        'This week <span class="muted">· {} – {}</span></h2><div class="week-panels">{}</div>'
        '<p><a href="/me">All my progress</a></p></section>',
        f"{week.week_start:%a} {week.week_start.day} {week.week_start:%b}",
        f"{week.week_end:%a} {week.week_end.day} {week.week_end:%b}",
        panels,
    )
