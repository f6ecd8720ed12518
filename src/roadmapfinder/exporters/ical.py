"""A plan as an iCalendar file or feed (RFC 5545, built with the icalendar library): one timed event per study
session, at the learner's time of day, so the plan sits in their own calendar and stays true when it changes.

Each session's UID is the plan id and the session's date (a plan has at most one session a day), so importing the
calendar again after a reschedule, or a subscribed feed refreshing, moves the events instead of duplicating them.
Sessions that no longer exist get no event; a feed drops them, a re-import leaves the old ones (RFC 5545 has no
"delete" in a published file), which is why the page offers the feed first.

A calendar that already holds an event keeps it unless the new one's SEQUENCE is higher (RFC 5545 has it rise with
every significant revision), and it keys nothing else. So each event's version is its own: `calendar_draft`
builds the events and says what each one says (`CalendarDraft.contents`, a digest of every property but SEQUENCE
and the stamps), the caller keeps a version per event and raises it when that digest differs from the one it last
handed out (plans/services.py `plan_calendar_versions`), and `render_ics` writes SEQUENCE, and DTSTAMP and
LAST-MODIFIED as the time of that change. The same plan state then always gives the same bytes, and an event
changes version when, and only when, what it says changes: its start or end (an edit, a reschedule, an estimate,
a finished topic shortening it), its title or description (a finished topic, a renamed topic, the week it falls
in), its link or its reminder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from roadmapfinder import __version__
from roadmapfinder.exporters.document import topic_path
from roadmapfinder.planning.plan import Plan
from roadmapfinder.planning.schedule import Session

PART_WORDS = {"whole": "", "start": "begin", "continue": "continue", "finish": "finish"}


class EventVersion(NamedTuple):
    """Which version of an event a calendar gets: its SEQUENCE, and when what it says last changed (its DTSTAMP and
    LAST-MODIFIED)."""

    sequence: int
    modified: datetime


@dataclass(frozen=True)
class CalendarDraft:
    """A reader's calendar before its events have versions: the calendar's name and time zone, the events without
    SEQUENCE, DTSTAMP or LAST-MODIFIED, and what each event says (UID → digest) for the caller to compare."""

    name: str
    time_zone: str
    events: tuple[Event, ...]
    contents: Mapping[str, str]


def calendar_draft(
    plan: Plan,
    *,
    plan_id: str | None = None,
    base_url: str = "",
    time_zone: str = "UTC",
    finished: Collection[str] = (),
    reminder_minutes: int | None = None,
    name: str = "",
    learner: bool = True,
) -> CalendarDraft:
    """One event per session still holding unfinished work (`finished`: topic ids and project keys the learner has
    finished, dropped from the events), with an optional reminder before each. The weeks kept from before a
    reschedule are not events: a calendar holds when to study, and what they left undone is in the weeks after.
    `learner` False: for someone other than the plan's learner, whose events say "this plan", not "your plan"."""
    zone = ZoneInfo(time_zone)
    uid_base = plan_id or f"plan-{plan.start:%Y%m%d}"
    base = base_url.rstrip("/")
    link = f"{base}/plans/{plan_id}" if plan_id and base else ""
    done = set(finished)
    events = []
    for week in plan.counted_weeks:
        for session in week.sessions:
            left = [i for i in session.items if not (i.ref and i.ref in done)]
            if not left:
                continue
            event = _session_event(
                session,
                hours=round(sum(i.hours for i in left), 2),
                left_titles=[i.title for i in left],
                lines=[_line(i.title, i.kind, i.hours, i.part, base, i.kind == "topic" and i.ref) for i in left],
                uid=f"{uid_base}-{session.day:%Y%m%d}@roadmapfinder",
                zone=zone,
                week=week.number,
                link=link,
                whose="your" if learner else "this",
            )
            if reminder_minutes:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", event["summary"])
                alarm.add("trigger", timedelta(minutes=-reminder_minutes))
                event.add_component(alarm)
            events.append(event)
    return CalendarDraft(
        name=name or f"Learning plan: {plan.title or ', '.join([*plan.roadmaps, *plan.goals])}",
        time_zone=time_zone,
        events=tuple(events),
        contents={str(e["uid"]): hashlib.sha256(e.to_ical()).hexdigest()[:32] for e in events},
    )


def render_ics(
    draft: CalendarDraft, *, versions: Mapping[str, EventVersion] | None = None, now: datetime | None = None
) -> bytes:
    """The calendar as bytes, each event at its version (`versions`, by UID); an event without one is version 0,
    stamped `now` (a one-off file, as the command line writes)."""
    fresh = EventVersion(0, now or datetime.now(UTC))
    calendar = Calendar()
    calendar.add("prodid", f"-//RoadmapFinder//roadmapfinder {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", draft.name)
    calendar.add("x-wr-timezone", draft.time_zone)
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for drafted in draft.events:
        version = (versions or {}).get(str(drafted["uid"]), fresh)
        event = drafted.copy()  # the draft stays as it was (it may be rendered again); copy() drops the alarm
        event.subcomponents = list(drafted.subcomponents)
        event.add("dtstamp", version.modified)
        event.add("last-modified", version.modified)
        event.add("sequence", version.sequence)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical


def _line(title: str, kind: str, hours: float, part: str, base: str, topic_id: str | bool) -> str:
    verb = PART_WORDS[part]
    what = f"{verb} {title}" if verb else title
    label = "project" if kind == "project" else "topic"
    url = f" {base}{topic_path(topic_id)}" if base and isinstance(topic_id, str) and topic_id else ""
    return f"- {what[0].upper()}{what[1:]} ({label}, {hours:g} h){url}"


def _session_event(
    session: Session,
    *,
    hours: float,
    left_titles: list[str],
    lines: list[str],
    uid: str,
    zone: ZoneInfo,
    week: int,
    link: str,
    whose: str = "your",
) -> Event:
    """A timed event for one session: titled with its topics, described with what to do and where to read."""
    begin = datetime.combine(session.day, session.start, tzinfo=zone)
    event = Event()
    event.add("uid", uid)
    event.add("dtstart", begin)
    event.add("dtend", begin + timedelta(hours=hours))
    event.add("summary", f"Study: {', '.join(dict.fromkeys(left_titles))}")
    description = [f"Week {week} of {whose} plan, {hours:g} hours:", *lines]
    if link:
        description += ["", f"{whose.capitalize()} plan: {link}"]
    event.add("description", "\n".join(description))
    if link:
        event.add("url", link)
    event.add("categories", ["Study"])
    return event
