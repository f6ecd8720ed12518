"""The one clock: what "today" is for plans, schedules and standings, on the site, in the API and in the CLI.

Days are counted in the configured time zone (`TIME_ZONE`, UTC by default), the same one Django uses, so a plan
made in the terminal and one made on the site start on the same day, and tests have one function to think about.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from roadmapfinder.config import config


def today() -> date:
    """Today's date in the configured time zone."""
    return now().date()


def now() -> datetime:
    """This moment in the configured time zone, on the day `today` says: what a record of something done on the
    app's day is stamped with (a plan's reschedule), so the day it says is the day the plan's dates were reckoned
    from, not the machine's when the two differ."""
    return datetime.now(ZoneInfo(config().time_zone))


def day_of(moment: datetime) -> date:
    """The day a stamped moment (`now`) fell on in the configured time zone: a database gives it back in UTC, whose
    date is another day for the hours either side of midnight."""
    return moment.astimezone(ZoneInfo(config().time_zone)).date()
