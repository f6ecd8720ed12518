"""A plan as an iCalendar file (RFC 5545, built with the icalendar library): one all-day event per study week
and one per phase milestone, so the plan sits in the learner's own calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from roadmapfinder import __version__
from roadmapfinder.planning.plan import Plan


def render_ics(plan: Plan, *, plan_id: str | None = None, base_url: str = "", now: datetime | None = None) -> bytes:
    """The calendar as bytes; UIDs are stable per plan so re-importing updates rather than duplicates."""
    stamp = now or datetime.now(UTC)
    uid_base = plan_id or f"plan-{plan.start:%Y%m%d}"
    link = f"{base_url.rstrip('/')}/plans/{plan_id}" if plan_id and base_url else ""
    calendar = Calendar()
    calendar.add("prodid", f"-//RoadmapFinder//roadmapfinder {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Learning plan: {', '.join([*plan.roadmaps, *plan.goals])}")
    for week in plan.weeks:
        titles = list(dict.fromkeys(item.title for item in week.items))
        lines = [f"{item.title} ({item.kind}, {item.hours:g} h, {item.part})" for item in week.items]
        calendar.add_component(
            _all_day(
                uid=f"{uid_base}-week-{week.number}@roadmapfinder",
                stamp=stamp,
                first=week.start,
                last=week.end,
                summary=f"Week {week.number}: {', '.join(titles)}",
                description="\n".join([f"{week.hours:g} hours this week:", *lines, link]).strip(),
            )
        )
    for phase in plan.phases:
        last_week = max(
            (w for w in plan.weeks if any(i.phase == phase.number for i in w.items)), key=lambda w: w.number
        )
        calendar.add_component(
            _all_day(
                uid=f"{uid_base}-phase-{phase.number}@roadmapfinder",
                stamp=stamp,
                first=last_week.end,
                last=last_week.end,
                summary=f"Milestone: phase {phase.number} done ({phase.title})",
                description=phase.goal,
            )
        )
    ical: bytes = calendar.to_ical()
    return ical


def _all_day(*, uid: str, stamp: datetime, first: date, last: date, summary: str, description: str) -> Event:
    """An all-day event from `first` to `last` inclusive (DTEND is exclusive in RFC 5545), shown as free time."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", first)
    event.add("dtend", last + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event
