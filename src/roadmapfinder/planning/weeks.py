"""The first day of a plan's weeks, and where its default comes from: the learner's locale.

A plan groups its sessions by week, and a week starts on the day the learner counts from: Monday in most of Europe,
Sunday in the United States, Brazil or Japan, Saturday in Egypt or Iran. The value is part of the plan's request,
so the schedule, the page, This week, the standing, the reschedules and the exports all cut weeks the same way.

The default is CLDR's (through Babel, which ships its data): the web reads the browser's Accept-Language, the CLI
the POSIX locale (LC_ALL, LC_TIME, then LANG). A locale whose weeks start on another day (Friday in the Maldives)
or that cannot be read falls back to Monday, ISO 8601's week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from roadmapfinder.errors import InvalidInput


class WeekStart(StrEnum):
    """The day a plan's weeks start on (its value is what the request, the form, the API and the CLI carry)."""

    MONDAY = "monday"
    SUNDAY = "sunday"
    SATURDAY = "saturday"

    @property
    def weekday(self) -> int:
        """Python's number of the day (`date.weekday()`: Monday 0 ... Sunday 6)."""
        return _WEEKDAY[self]

    @property
    def label(self) -> str:
        """The day's name, capitalised: "Sunday"."""
        return self.value.capitalize()

    @property
    def last_label(self) -> str:
        """The name of the week's last day: "Saturday" for a week that starts on Sunday."""
        return _DAY_NAMES[(self.weekday + 6) % 7]


_WEEKDAY = {WeekStart.MONDAY: 0, WeekStart.SUNDAY: 6, WeekStart.SATURDAY: 5}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_BY_WEEKDAY = {number: start for start, number in _WEEKDAY.items()}
ALLOWED = ", ".join(s.value for s in WeekStart)


def week_start_of(day: date, week_start: WeekStart = WeekStart.MONDAY) -> date:
    """The first day of the week (as the plan counts weeks) that holds `day`."""
    return day - timedelta(days=(day.weekday() - week_start.weekday) % 7)


def weeks_spanned(first: date, last: date, week_start: WeekStart = WeekStart.MONDAY) -> int:
    """How many of the plan's weeks the days from `first` to `last` touch (partial weeks count whole)."""
    return (week_start_of(last, week_start) - week_start_of(first, week_start)).days // 7 + 1


def parse_week_start(value: str | None) -> WeekStart:
    """The first day of the week as written ("sunday", "Sun", "SAT"); Monday when empty; `InvalidInput` naming the
    field and the allowed values otherwise."""
    word = (value or "").strip().lower()
    if not word:
        return WeekStart.MONDAY
    found = next((s for s in WeekStart if len(word) >= 2 and s.value.startswith(word)), None)
    if found is None:
        raise InvalidInput(
            f"week start `{(value or '').strip()}` is not a day a week can start on",
            hint=f"choose one of: {ALLOWED}",
            field="week_start",
        )
    return found


def week_start_for_locale(tag: str) -> WeekStart | None:
    """CLDR's first day of the week for a locale tag ("en-US", "de", "fa_IR"); None for a tag Babel cannot read.

    A tag without a country takes its language's likely one ("fa" is Iran's Persian, "en" American English), as
    CLDR's likely subtags say; a first day other than Monday, Sunday or Saturday reads as Monday.
    """
    cleaned = tag.strip().replace("-", "_")
    if not cleaned or not _TAG.fullmatch(cleaned):
        return None
    try:
        locale = Locale.parse(cleaned)
        if locale.territory is None:
            likely = get_global("likely_subtags")
            full = likely.get(str(locale)) or likely.get(locale.language)
            if full:
                locale = Locale.parse(full)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return _BY_WEEKDAY.get(locale.first_week_day, WeekStart.MONDAY)


_TAG = re.compile(r"[A-Za-z]{2,8}(?:_[A-Za-z0-9]{1,8})*")
_ACCEPT_ITEM = re.compile(r"^\s*([A-Za-z0-9_*-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def week_start_from_accept_language(header: str | None) -> WeekStart:
    """The first day of the week for a browser's Accept-Language ("en-US,en;q=0.9"): its most preferred language
    Babel knows; Monday when none is known or the header is missing."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "")[:500].split(",")[:20]):
        match = _ACCEPT_ITEM.match(item)
        if not match or match[1] == "*":
            continue
        try:
            quality = float(match[2]) if match[2] is not None else 1.0
        except ValueError:
            continue
        if quality > 0:
            ranked.append((-quality, position, match[1]))
    for _, _, tag in sorted(ranked):
        found = week_start_for_locale(tag)
        if found is not None:
            return found
    return WeekStart.MONDAY


def week_start_from_posix_locale(value: str | None) -> WeekStart:
    """The first day of the week for a POSIX locale ("en_US.UTF-8", "de_DE@euro"); Monday for C, POSIX, empty or
    unknown locales."""
    name = re.split(r"[.@]", (value or "").strip(), maxsplit=1)[0]
    if name in ("", "C", "POSIX"):
        return WeekStart.MONDAY
    return week_start_for_locale(name) or WeekStart.MONDAY
