"""A plan as an iCalendar file or feed (RFC 5545, built with the icalendar library): one timed event per study
session, at the learner's time of day, so the plan sits in their own calendar and stays true when it changes.

Each session's UID is the plan id and the session's date (a plan has at most one session a day), so importing the
calendar again after a reschedule, or a subscribed feed refreshing, moves the events instead of duplicating them.
Sessions that no longer exist get no event; a feed drops them, a re-import leaves the old ones (RFC 5545 has no
"delete" in a published file), which is why the page offers the feed first.

A calendar that already holds an event keeps it unless the new one's SEQUENCE is higher (RFC 5545 wants it raised
whenever DTSTART or DTEND change), so the caller passes a number that grows whenever the schedule moves
(`schedule_times` is what it compares) and stays put while it does not, so a re-import of an unchanged plan changes
nothing: plans/services.py `plan_calendar_sequence`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from roadmapfinder import __version__
from roadmapfinder.exporters.document import topic_path
from roadmapfinder.planning.plan import Plan
from roadmapfinder.planning.schedule import Session

PART_WORDS = {"whole": "", "start": "begin", "continue": "continue", "finish": "finish"}


def render_ics(
    plan: Plan,
    *,
    plan_id: str | None = None,
    base_url: str = "",
    now: datetime | None = None,
    time_zone: str = "UTC",
    finished: Collection[str] = (),
    reminder_minutes: int | None = None,
    name: str = "",
    sequence: int = 0,
) -> bytes:
    """The calendar as bytes: one event per session still holding unfinished work (`finished`: topic ids and
    project keys the learner has finished, dropped from the events), with an optional reminder before each."""
    stamp = now or datetime.now(UTC)
    zone = ZoneInfo(time_zone)
    uid_base = plan_id or f"plan-{plan.start:%Y%m%d}"
    base = base_url.rstrip("/")
    link = f"{base}/plans/{plan_id}" if plan_id and base else ""
    calendar = Calendar()
    calendar.add("prodid", f"-//RoadmapFinder//roadmapfinder {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name or f"Learning plan: {plan.title or ', '.join([*plan.roadmaps, *plan.goals])}")
    calendar.add("x-wr-timezone", time_zone)
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    done = set(finished)
    for week in plan.weeks:
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
                stamp=stamp,
                zone=zone,
                week=week.number,
                link=link,
            )
            event.add("sequence", sequence)
            if reminder_minutes:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", event["summary"])
                alarm.add("trigger", timedelta(minutes=-reminder_minutes))
                event.add_component(alarm)
            calendar.add_component(event)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical


def schedule_times(plan: Plan, *, time_zone: str = "UTC") -> str:
    """A short digest of when every session of the plan starts and how long it lasts (its whole work, before a
    reader's marks) in `time_zone`: two schedules with the same digest give every event the same DTSTART and
    DTEND."""
    times = (
        time_zone
        + "\n"
        + "\n".join(
            f"{s.day:%Y%m%d} {s.start:%H%M} {round(s.hours, 2):g}" for week in plan.weeks for s in week.sessions
        )
    )
    return hashlib.sha256(times.encode()).hexdigest()[:32]


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
    stamp: datetime,
    zone: ZoneInfo,
    week: int,
    link: str,
) -> Event:
    """A timed event for one session: titled with its topics, described with what to do and where to read."""
    begin = datetime.combine(session.day, session.start, tzinfo=zone)
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", begin)
    event.add("dtend", begin + timedelta(hours=hours))
    event.add("summary", f"Study: {', '.join(dict.fromkeys(left_titles))}")
    description = [f"Week {week} of your plan, {hours:g} hours:", *lines]
    if link:
        description += ["", f"Your plan: {link}"]
    event.add("description", "\n".join(description))
    if link:
        event.add("url", link)
    event.add("categories", ["Study"])
    return event
