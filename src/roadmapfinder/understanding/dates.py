"""The one reader of dates as learners write them: a goal's deadline ("learn sql by june 2027", `timeframe.py`) and
a plan's start and target boxes ("next friday", "june 2027", `planning/learner_input.py`).

The two used to be read by two readers with their own tables, and gave the same words different days: "by june
2027" was 1 June in a goal and 30 June as a plan's target; "next friday" on a Monday was next week's Friday in a
goal and this week's in the plan box; "next month" was a month from today in a goal and the first or last day of
next month in the box. Now every phrase is read here, once, to the span of days it names (`DatePhrase.first` to
`DatePhrase.last`), and the role it plays picks the day (`DatePhrase.day`):

- a deadline or a target ("end") is the span's last day: "by june 2027" and "june 2027" are 30 June 2027, "next
  month" the last day of next month, "next week" its Sunday, "by 2027" 31 December 2027;
- a start, and a deadline said with "before" ("before june": 1 June) or for an occasion in that span ("before my
  exams in may": 1 May, the first day the exams may be), is its first day, or today when the span has begun;
- a day is itself in every role: "friday", "this friday" and "next friday" are the coming Friday after today
  (never today: on a Friday, a week later); "today", "tomorrow", "christmas", "15 june";
- a time from today is that time from today: "in 3 months" is today + 3 months by the calendar (31 August + 6
  months is the end of February), "in 2 weeks" 14 days;
- a season said with "by" is when it begins ("by summer": 1 June, be ready for it), said with "this", "in",
  "during" or "over" its whole span in the northern hemisphere (to 31 August);
- without a year, a month or a day is the next one that has not ended, this year's included;
- a day already past ("3 weeks ago", "yesterday", "last monday", "last week", "last month") is a start box's for a
  learner who began then (a week or month is its first day); a target box's is refused as before the start, and a
  goal never takes one as its deadline (`timeframe.read_time` says which it was: when they began, a deadline already
  past, or when they did something they know).

Every surface echoes the day it took, written out ("a deadline: about 26 weeks, by 30 June 2027"; "Target date
“june 2027”: 30 June 2027"), so the learner sees it and can change it. What reads two ways ("03/04/2027") is no
date here: the box refuses it with the way to write it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

#: What a date is for: the day something starts, or the day it must be done by (a deadline, a target).
Role = Literal["start", "end"]

#: Count words learners write before a unit ("in a couple of weeks", "five hours a week").
NUMBERS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple": 2,
    "couple of": 2,
    "few": 3,
    "a few": 3,
    "a couple of": 2,
    "half a": 0.5,
}
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The short names learners write for days ("next fri", "mon-fri"), Monday 0.
WEEKDAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}
WEEKDAY_SHORT |= {"sat": 5, "sun": 6}
MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july", "august")
MONTHS += ("september", "october", "november", "december")
#: Short month names ("jan", "sept"); "may" is its own.
MONTH_SHORT = {m[:3]: m for m in MONTHS if m != "may"} | {"sept": "september"}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_ALL_WEEK = tuple(range(7))
#: Words that name several days of the week at once, Monday 0: the study-days box reads them ("weekends"), and a
#: pace counts them ("an hour on weekends" is two hours a week).
DAY_GROUPS: dict[str, tuple[int, ...]] = {
    "weekdays": _ALL_WEEK[:5],
    "weekday": _ALL_WEEK[:5],
    "week days": _ALL_WEEK[:5],
    "weekends": _ALL_WEEK[5:],
    "weekend": _ALL_WEEK[5:],
    "daily": _ALL_WEEK,
    "everyday": _ALL_WEEK,
    "every day": _ALL_WEEK,
    "all week": _ALL_WEEK,
}
#: The words before a span that make its first day the deadline: "before june" is done when June begins.
_BEFORE = frozenset({"before", "ahead of"})
#: Words a start or target box may hold around its date ("starting on the 1st of march", "by june 2027").
_BOX_FILLER = frozenset({"on", "the", "of", "by", "from", "starting", "start", "in", "at", "until", "till", "before"})
_BOX_FILLER |= {"since", "started", "began", "i"}  # a start box's past: "i started 3 weeks ago", "since last monday"


def weekday_of(word: str) -> int | None:
    """A day of the week (Monday 0) from its name, a short name or its first two letters or more ("we", "weds",
    "Wednesday"), as the study-days box reads them; None for anything else."""
    name = word.strip(".").lower()
    if name in WEEKDAY_SHORT:
        return WEEKDAY_SHORT[name]
    if len(name) < 2:
        return None
    return next((number for number, full in enumerate(WEEKDAYS) if full.startswith(name)), None)


def long_date(day: date) -> str:
    """A date as people write it: 1 December 2027."""
    return f"{day.day} {MONTHS[day.month - 1].title()} {day.year}"


def short_date(day: date) -> str:
    """A day in a week's list: Sat 5 Dec, as Django's `date:"D j M"` writes it. From the tables the reader reads
    days and months with, never the machine's locale (`%a`, `%b`): the plan panels' tags and the exporters each
    kept their own."""
    return f"{_DAY_ABBREVIATIONS[day.weekday()]} {day.day} {_MONTH_ABBREVIATIONS[day.month - 1]}"


def date_span(first: date, last: date) -> str:
    """The days from `first` to `last` as a plan's phase says when it runs: "4–11 Jan", "28 Jan – 3 Feb",
    "28 Dec 2026 – 5 Jan 2027" (the years only when they differ), "4 Jan" for one day. Dates, not a count of weeks:
    two phases that share a week each counted it, and a plan's phases added up to more weeks than the plan."""
    month = _MONTH_ABBREVIATIONS[last.month - 1]
    if first == last:
        return f"{last.day} {month}"
    if first.year != last.year:
        return f"{first.day} {_MONTH_ABBREVIATIONS[first.month - 1]} {first.year} – {last.day} {month} {last.year}"
    if first.month != last.month:
        return f"{first.day} {_MONTH_ABBREVIATIONS[first.month - 1]} – {last.day} {month}"
    return f"{first.day}–{last.day} {month}"


_DAY_ABBREVIATIONS = tuple(name[:3].title() for name in WEEKDAYS)
_MONTH_ABBREVIATIONS = tuple(name[:3].title() for name in MONTHS)


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase found in a text: where it is, the word before it, and the span of days it names."""

    start: int
    end: int
    lead: str  # "by", "before", "in" ... or "" when none was written
    kind: str  # "relative", "season", "month", "year", "day", "period", "holiday" or "numeric"
    first: date
    last: date

    def day(self, role: Role, today: date) -> date:
        """The day the phrase means as a start or as a deadline (see the module docstring): a deadline is the last
        day, unless said with "before"; a start is the first day, or today while the span runs."""
        if role == "end" and self.lead not in _BEFORE:
            return self.last
        return self.first if self.first >= today or self.last < today else today


def written_date(text: str, *, today: date, role: Role) -> date | None:
    """The day a start or target box names ("next friday", "1 march 2027", "june 2027", "in 3 months"), or None
    when the box holds no date, or more than one phrase (the caller says how to write it)."""
    words = " ".join(text.lower().split())
    if words == "now":  # a start box's "now": today ("right now" in a goal is a hurry, not a date)
        return today
    best: DatePhrase | None = None
    for phrase in date_phrases(words, today=today, bare=True):
        rest = re.findall(r"[^\s,.]+", words[: phrase.start] + " " + words[phrase.end :])
        if all(w in _BOX_FILLER for w in rest) and (best is None or phrase.end - phrase.start > best.end - best.start):
            best = phrase
    return best.day(role, today) if best else None


def date_phrases(text: str, *, today: date, bare: bool = False) -> Iterator[DatePhrase]:
    """Every date phrase in `text`, overlapping ones included (the caller keeps the longest). In a goal (`bare`
    False) a month, a year or a holiday needs a word before it ("by march"; "learn mongodb march" names none); a
    box holds a date alone ("june 2027")."""
    for pattern, kind, read in _READERS:
        for found in pattern.finditer(text):
            span = read(found, today, bare)
            if span is not None:
                lead = " ".join((found.groupdict().get("lead") or "").lower().split())
                yield DatePhrase(found.start(), found.end(), lead, kind, span[0], span[1])


_COUNT = r"(?P<count>\d{1,3}(?:\.\d)?|" + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mos?|mths?|years?|yrs?|weekend)"
_UNITS = {"hr": "hour", "hrs": "hour", "wk": "week", "wks": "week", "mo": "month", "mos": "month", "mth": "month"}
_UNITS |= {"mths": "month", "yr": "year", "yrs": "year"}
_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 365.25 / 12, "year": 365.25, "weekend": 2}
_ABOUT = r"(?:(?:about|around|roughly|just|only|less than|under|the next)\s+)?"
_RELATIVE = re.compile(
    r"\b(?P<lead>in|within|under|over|inside|in less than|in under|in the next|within the next|for the next)\s+"
    rf"{_ABOUT}{_COUNT}\s*-?\s*{_UNIT}(?:'?s?\s+time)?\b",
    re.IGNORECASE,
)
_FROM_NOW = re.compile(rf"\b{_COUNT}\s*-?\s*{_UNIT}\s+from\s+(?:now|today)\b", re.IGNORECASE)
#: A day or longer, for the time a learner has or means to learn (`_HAVE`, `_FOR`): hours are a day's time.
_SPAN = rf"{_ABOUT}{_COUNT}\s*-?\s*(?P<unit>days?|weeks?|wks?|fortnights?|months?|mos?|mths?|years?|yrs?)"
#: Words after such a time that make it how often, not how long ("2 days a week", "1 day per week").
_HOW_OFTEN = r"a|an|per|each|every"
#: The time the learner says they have ("i have 3 months to become a data analyst", "i've got 2 months", "i only have 4
#: weeks", "a few weeks off"): read as "in 3 months" is. Days and longer only (`_SPAN`), never what they have done for
#: that long ("i have 3 years of experience", "2 years in java", "5 years as a ...") nor how often they study ("i have 2
#: days a week", "1 day per week").
_HAVE = re.compile(
    r"\b(?P<lead>i\s+(?:only\s+|just\s+)?(?:have|got)(?:\s+got)?|i['’]ve\s+(?:only\s+|just\s+)?got)\s+"
    rf"{_SPAN}(?:\s+(?:left|off|free))?\b"
    rf"(?!\s+(?:of|experience|exp|as|in|with|working|doing|using|at|ago|coding|programming|{_HOW_OFTEN})\b)",
    re.IGNORECASE,
)
_BY = r"(?:(?P<lead>by|before|until|till|til|no later than|ahead of|on|in|during|over)\s+)?"
_END = r"(?P<end>(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?)?"
_SEASON = re.compile(
    rf"\b{_BY}{_END}(?P<next>next|this|the)?\s*"
    r"(?P<season>" + "|".join(SEASONS) + r")\b(?!\s+(?:boot|framework|mvc|security|cloud|data|batch))",
    re.IGNORECASE,
)
_MONTH_WORD = r"(?P<month>" + "|".join([*MONTHS, *sorted(MONTH_SHORT, key=len, reverse=True)]) + r")\.?"
_MONTH = re.compile(
    rf"\b{_BY}{_END}(?P<next>next|this)?\s*(?:the\s+)?(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"{_MONTH_WORD}(?:\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>20\d\d))?\b",
    re.IGNORECASE,
)
_YEAR = re.compile(rf"\b{_BY}{_END}(?:(?P<next>next|this|the)\s+year|(?P<year>20\d\d))\b(?![-/.]\d)", re.IGNORECASE)
_END_OF_YEAR = re.compile(
    r"\b(?:(?P<lead>by|before|until|till)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b", re.IGNORECASE
)
_DAY_WORDS = [*WEEKDAYS, *sorted(WEEKDAY_SHORT, key=len, reverse=True)]
_DAY = re.compile(
    r"\b(?:(?P<lead>by|before|until|till|for|on|due)\s+)?(?:(?P<which>this coming|this|next|coming)\s+)?"
    r"(?P<day>today|tonight|noon|midday|midnight|this (?:evening|afternoon|morning)|"
    r"the end of (?:the |to)?day|end of (?:the )?day|"
    r"the day after tomorrow|tomorrow(?: (?:morning|evening|night|afternoon))?|" + "|".join(_DAY_WORDS) + r")\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?:(?P<lead>by|before|until|till|for|over|during|within|in|on)\s+)?(?P<end>(?:the\s+)?end\s+of\s+)?"
    r"(?:(?P<which>this coming|this|next|the|coming)\s+)?(?P<period>weekend|week|month)\b",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(
    r"\b(?:(?P<lead>by|before|until|till|for|over|on|at|during|ahead of)\s+)?(?:the\s+)?"
    r"(?P<holiday>christmas(?:\s+eve)?|xmas|new\s+year'?s?(?:\s+(?:eve|day))?|the\s+new\s+year|easter|"
    r"thanksgiving|halloween|valentine'?s?(?:\s+day)?)\b",
    re.IGNORECASE,
)
#: A day before today ("3 weeks ago", "last monday"): in a start box, a learner who began then; in a goal never a
#: deadline (`timeframe.read_time` says whether it is when they began, a deadline already past, or when they did
#: something they know).
_PAST = re.compile(
    rf"\b(?:(?P<lead>since)\s+)?(?:(?P<ago>{_COUNT}\s*-?\s*{_UNIT}\s+ago)|(?P<yesterday>(?:the\s+day\s+before\s+)?yesterday)|"
    r"last\s+(?P<last>week|weekend|month|year|" + "|".join(_DAY_WORDS) + r"))\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"\b(?:(?P<lead>by|before|until|till|on)\s+)?(?P<year>20\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b"
)

Span = tuple[date, date]


def _relative(found: re.Match[str], today: date, bare: bool) -> Span:
    day = _moved(found, today, 1)
    return day, day


def _moved(found: re.Match[str], today: date, direction: Literal[1, -1]) -> date:
    """Today moved by the count and unit `found` holds, forwards ("in 3 months") or back ("3 months ago")."""
    count_text = found.group("count").lower()
    count = NUMBERS.get(count_text) or float(count_text)
    unit = found.group("unit").lower()
    unit = _UNITS.get(unit, unit).removesuffix("s")
    if unit in ("month", "year") and count == int(count):  # "in 6 months" from 6 December is 6 June, by the calendar
        return months_after(today, direction * int(count) * (12 if unit == "year" else 1))
    return today + direction * timedelta(days=max(0, round(count * _DAYS[unit])))


def months_after(day: date, months: int) -> date:
    """The same day of the month `months` later, or that month's last day when it is shorter (31 August + 6 months
    is 28 or 29 February): what a learner means by "in 6 months", not 6 x 30.44 days, which ended a day late."""
    first = _first_of_month_after(day.replace(day=1), months)
    return first.replace(day=min(day.day, _month_end(first).day))


def _first_of_month_after(first: date, months: int) -> date:
    index = first.month - 1 + months
    return date(first.year + index // 12, index % 12 + 1, 1)


def _month_end(first: date) -> date:
    return _first_of_month_after(first.replace(day=1), 1) - timedelta(days=1)


def _season(found: re.Match[str], today: date, bare: bool) -> Span | None:
    lead = (found.group("lead") or "").lower()
    which = (found.group("next") or "").lower()
    if not lead and not found.group("end") and which in ("this", "next"):
        lead, which = which, which if which == "next" else ""  # "this summer", "next summer": the word before it
    if not (bare or lead or found.group("end")):
        return None  # "summer" alone ("summer internship") names no date in a goal
    month = SEASONS[found.group("season").lower()]
    whole = bool(found.group("end")) or lead in ("in", "during", "over", "this", "for")
    start = date(today.year, month, 1)
    if which == "next" or (start <= today and not (whole and _first_of_month_after(start, 3) > today)):
        start = date(start.year + 1, month, 1)
    end = _first_of_month_after(start, 3) - timedelta(days=1)
    if found.group("end"):
        return end, end
    return (start, end) if whole else (start, start)


def _month(found: re.Match[str], today: date, bare: bool) -> Span | None:
    if not (bare or found.group("lead") or found.group("end") or found.group("next")):
        return None  # "learn mongodb march": no date
    name = found.group("month").lower()
    month = MONTHS.index(MONTH_SHORT.get(name, name)) + 1
    day_text = found.group("day1") or found.group("day2")
    year = int(found.group("year")) if found.group("year") else today.year
    try:
        if day_text:
            day = date(year, month, int(day_text))
            if day < today and not found.group("year"):  # "by march 15" in April: next March's
                day = date(year + 1, month, int(day_text))
            return day, day
    except ValueError:
        return None
    first = date(year, month, 1)
    if not found.group("year") and (
        _month_end(first) < today or ((found.group("next") or "").lower() == "next" and first <= today)
    ):
        first = date(year + 1, month, 1)  # "by march" in April: next March
    last = _month_end(first)
    return (last, last) if found.group("end") else (first, last)


def _year(found: re.Match[str], today: date, bare: bool) -> Span | None:
    said = bool(found.group("lead") or found.group("end"))
    if found.group("year"):
        if not (bare or said):
            return None  # "python 2027" names no date in a goal
        year = int(found.group("year"))
    else:
        which = found.group("next").lower()
        if which == "the" and not said:
            return None
        year = today.year + (which == "next")
    last = date(year, 12, 31)
    return (last, last) if found.group("end") else (date(year, 1, 1), last)


def _end_of_year(found: re.Match[str], today: date, bare: bool) -> Span:
    return date(today.year, 12, 31), date(today.year, 12, 31)


def _day(found: re.Match[str], today: date, bare: bool) -> Span | None:
    day = " ".join(found.group("day").lower().split())
    lead = (found.group("lead") or "").lower()
    if day in WEEKDAY_SHORT and not (bare or found.group("which") or lead not in ("", "for")):
        return None  # "sat" or "sun" alone in a goal is a word ("for sat prep"), not a day
    if day.startswith("tomorrow"):
        when = today + timedelta(days=1)
    elif day == "the day after tomorrow":
        when = today + timedelta(days=2)
    elif day in WEEKDAY_SHORT or day in WEEKDAYS:  # the coming one after today: on a Friday, "friday" is next week's
        number = WEEKDAYS.index(day) if day in WEEKDAYS else WEEKDAY_SHORT[day]
        when = today + timedelta(days=(number - today.weekday() - 1) % 7 + 1)
    else:  # today, tonight, this evening, the end of the day
        when = today
    return when, when


def _period(found: re.Match[str], today: date, bare: bool) -> Span | None:
    which = " ".join((found.group("which") or "").lower().split())
    period = found.group("period").lower()
    lead = (found.group("lead") or "").lower()
    end = bool(found.group("end"))
    if not which and not (end or lead == "by"):
        return None  # "week" alone says no date
    if which == "the" and not (end or lead):
        return None  # "the week" alone says no date
    later = which == "next"
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=later)
    if period == "weekend":
        first, last = monday + timedelta(days=5), monday + timedelta(days=6)
    elif period == "week":
        first, last = monday, monday + timedelta(days=6)
    else:
        first = _first_of_month_after(today.replace(day=1), later)
        last = _month_end(first)
    return (last, last) if end else (first, last)


def _holiday(found: re.Match[str], today: date, bare: bool) -> Span | None:
    if not (bare or found.group("lead")):
        return None
    name = " ".join(found.group("holiday").lower().replace("'", "").split()).removeprefix("the ")
    for year in (today.year, today.year + 1):
        if name.startswith(("christmas eve",)):
            day = date(year, 12, 24)
        elif name.startswith(("christmas", "xmas")):
            day = date(year, 12, 25)
        elif name in ("new year", "new years", "new years day"):
            day = date(year + 1, 1, 1) if year == today.year else date(year, 1, 1)
        elif name.startswith("new year"):  # new year's eve
            day = date(year, 12, 31)
        elif name == "easter":
            day = _easter(year)
        elif name == "thanksgiving":
            first = date(year, 11, 1)
            day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        elif name == "halloween":
            day = date(year, 10, 31)
        else:  # valentine's day
            day = date(year, 2, 14)
        if day >= today:
            break
    return day, day


def _easter(year: int) -> date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _past(found: re.Match[str], today: date, bare: bool) -> Span | None:
    """Days before today (`_PAST`): "3 weeks ago" (by the calendar for months and years, as "in 3
    months" is), "yesterday", "last monday" (the one before today: on a Monday, a week ago), "last week" or "last
    month" (the whole span before this one: a start is its first day)."""
    if found.group("ago"):
        day = _moved(found, today, -1)
        return day, day
    if yesterday := found.group("yesterday"):
        day = today - timedelta(days=2 if yesterday.lower().startswith("the") else 1)
        return day, day
    last = found.group("last").lower()
    monday = today - timedelta(days=today.weekday())
    if last in ("week", "weekend"):
        first = monday - timedelta(weeks=1) + timedelta(days=5 if last == "weekend" else 0)
        return first, monday - timedelta(days=1)
    if last == "month":
        first = _first_of_month_after(today.replace(day=1), -1)
        return first, _month_end(first)
    if last == "year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    number = WEEKDAYS.index(last) if last in WEEKDAYS else WEEKDAY_SHORT[last]
    day = today - timedelta(days=(today.weekday() - number - 1) % 7 + 1)
    return day, day


def _numeric(found: re.Match[str], today: date, bare: bool) -> Span | None:
    """2027-03-01, 2027/03/01 or 2027.03.01: the year first, so it reads one way only."""
    try:
        day = date(int(found.group("year")), int(found.group("month")), int(found.group("day")))
    except ValueError:
        return None
    return day, day


#: How long the learner means to learn ("learn python for 6 months"): today + that time, as "in 6 months" is. In a goal
#: only after a verb of learning (`timeframe._LEARNING_FOR`): "i've been coding python for 6 months" is experience.
_FOR = re.compile(
    rf"\b(?P<lead>for)\s+{_SPAN}\b(?!\s+(?:{_HOW_OFTEN}|of)\b)",
    re.IGNORECASE,
)


_READERS: tuple[tuple[re.Pattern[str], str, Callable[[re.Match[str], date, bool], Span | None]], ...] = (
    (_RELATIVE, "relative", _relative),
    (_FROM_NOW, "relative", _relative),
    (_HAVE, "relative", _relative),
    (_FOR, "relative", _relative),
    (_SEASON, "season", _season),
    (_MONTH, "month", _month),
    (_YEAR, "year", _year),
    (_END_OF_YEAR, "year", _end_of_year),
    (_DAY, "day", _day),
    (_PERIOD, "period", _period),
    (_HOLIDAY, "holiday", _holiday),
    (_NUMERIC, "numeric", _numeric),
    (_PAST, "past", _past),
)
