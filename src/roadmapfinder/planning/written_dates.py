"""Dates as learners write them in a start or target box: "tomorrow", "next monday", "1 march 2027", "june 2027".

The plan form's date inputs send YYYY-MM-DD, but the command line and a form without a date picker get what people
type. Each of these forms means one day, and the plan says the day it took (its start and its target are shown on
every surface), so nothing is read silently. A month without a day is its first day for a start and its last for a
target ("by june 2027" is done by the end of June). A day without a year is the next one to come. What reads two
ways ("03/04/2027": March or April) is refused with the way to write it, never guessed.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

#: Which end of a month a month without a day means: a start begins on its first day, a target ends on its last.
MonthEnd = Literal["first", "last"]

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name} | {
    name.lower(): number for number, name in enumerate(calendar.month_abbr) if name
}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)} | {
    name.lower(): number for number, name in enumerate(calendar.day_abbr)
}
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)\b")
_FILLER = re.compile(r"\b(?:on|the|of|by|from|starting|start|in)\b")


def written_date(text: str, *, today: date, month_end: MonthEnd) -> date | None:
    """The day `text` names, or None when it is not one of the written forms (the caller then says how to write
    it). `text` is lower case and trimmed."""
    words = " ".join(_FILLER.sub(" ", _ORDINAL.sub(r"\1", text.replace(",", " "))).split())
    if words in ("today", "now"):
        return today
    if words == "tomorrow":
        return today + timedelta(days=1)
    if (weekday := _next_weekday(words, today)) is not None:
        return weekday
    if words in ("next week", "next month"):
        return _next_week(today) if words == "next week" else _month_day(*_month_after(today), month_end)
    return _calendar_date(words, today, month_end)


def _next_weekday(words: str, today: date) -> date | None:
    """ "monday", "next monday", "this friday": the first such day after today."""
    name = words.removeprefix("next ").removeprefix("this ")
    if name not in _WEEKDAYS:
        return None
    ahead = (_WEEKDAYS[name] - today.weekday() - 1) % 7 + 1
    return today + timedelta(days=ahead)


def _next_week(today: date) -> date:
    """The Monday after today: where "next week" starts."""
    return today + timedelta(days=7 - today.weekday())


def _month_after(today: date) -> tuple[int, int]:
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


def _calendar_date(words: str, today: date, month_end: MonthEnd) -> date | None:
    """ "1 march 2027", "march 1 2027", "2027/03/01", "march 2027", "march 1", "1 march"."""
    if match := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", words):
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    parts = words.split()
    months = [p for p in parts if p in _MONTHS]
    numbers = [p for p in parts if p.isdigit()]
    if len(months) != 1 or len(months) + len(numbers) != len(parts) or len(numbers) > 2:
        return None
    month = _MONTHS[months[0]]
    years = [int(n) for n in numbers if len(n) == 4]
    days = [int(n) for n in numbers if len(n) <= 2]
    if len(years) > 1 or len(days) > 1 or len(years) + len(days) != len(numbers):
        return None
    if not days:  # a month: its first or last day, this year's unless it has passed
        year = years[0] if years else today.year + (1 if month < today.month else 0)
        return _month_day(year, month, month_end)
    if years:
        return _valid(years[0], month, days[0])
    this_year = _valid(today.year, month, days[0])
    return this_year if this_year is None or this_year >= today else _valid(today.year + 1, month, days[0])


def _month_day(year: int, month: int, month_end: MonthEnd) -> date:
    return date(year, month, 1 if month_end == "first" else calendar.monthrange(year, month)[1])


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
