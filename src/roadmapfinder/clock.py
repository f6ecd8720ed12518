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
    return datetime.now(ZoneInfo(config().time_zone)).date()
