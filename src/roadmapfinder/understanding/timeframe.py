"""`read_time_frame`: the deadline in a goal ("data analyst job in 6 months", "learn react in 2 weeks", "by next
summer"), taken out of the words the generator builds from and reported as a reading the learner can undo.

A deadline used to reach the interpreter as words: "march" became the MongoDB aggregation pipeline, "summer" and
"within" were searched for. Now the phrase is read first, turned into weeks and a date, and `generate.py` makes it
count: the hours a week it needs at the roadmap's estimate, whether that is realistic, and what part fits (see
`deadline_reading`). A phrase in `plain` is read as typed, as every undone reading is.

Dates are from `today`; a season is its first day in the northern hemisphere ("by next summer": 1 June), a month
its first day, a year its last day. The reading always says the date it chose, so the learner can see it and move
it on the plan form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from math import ceil

from roadmapfinder.catalog.pace import FULL_TIME_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.interpret import Ref
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.shapes import DeadlineOut, GeneratedPhaseOut

#: More than this many hours a week is beyond full-time study: a deadline that needs more is not realistic.
REALISTIC_HOURS_PER_WEEK = FULL_TIME_HOURS_PER_WEEK

_NUMBERS = {
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
_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 365.25 / 12, "year": 365.25, "weekend": 2}
_UNITS = {"hr": "hour", "hrs": "hour", "wk": "week", "wks": "week", "mo": "month", "mos": "month", "mth": "month"}
_UNITS |= {"mths": "month", "yr": "year", "yrs": "year"}
_MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS += ("september", "october", "november", "december")
_MONTH_SHORT = {m[:3]: m for m in _MONTHS if m != "may"} | {"sept": "september"}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_COUNT = r"(?P<count>\d{1,3}(?:\.\d)?|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mos?|mths?|years?|yrs?|weekend)"
_ABOUT = r"(?:(?:about|around|roughly|just|only|less than|under|the next)\s+)?"
_RELATIVE = re.compile(
    r"\b(?P<lead>in|within|under|over|inside|in less than|in under|in the next|within the next|for the next)\s+"
    rf"{_ABOUT}{_COUNT}\s*-?\s*{_UNIT}(?:'?s?\s+time)?\b",
    re.IGNORECASE,
)
_FROM_NOW = re.compile(rf"\b{_COUNT}\s*-?\s*{_UNIT}\s+from\s+(?:now|today)\b", re.IGNORECASE)
#: The words before a date that make it a deadline ("by march"); a month or a season needs one ("learn mongodb march").
_BY = r"(?P<lead>by|before|until|till|til|no later than|ahead of|on|in|during|over)\s+"
_END = r"(?P<end>(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?)?"
_BY_SEASON = re.compile(
    rf"\b(?:{_BY}{_END}|(?P<lead2>this|next|(?:the\s+)?end\s+of)\s+)(?P<next>next|this|the)?\s*"
    r"(?P<season>" + "|".join(_SEASONS) + r")\b(?!\s+(?:boot|framework|mvc|security|cloud|data|batch))",
    re.IGNORECASE,
)
_MONTH_WORD = r"(?P<month>" + "|".join([*_MONTHS, *sorted(_MONTH_SHORT, key=len, reverse=True)]) + r")\.?"
_BY_MONTH = re.compile(
    rf"\b{_BY}{_END}(?P<next>next|this)?\s*(?:the\s+)?(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"{_MONTH_WORD}(?:\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>20\d\d))?\b",
    re.IGNORECASE,
)
_BY_YEAR = re.compile(
    rf"\b{_BY}{_END}(?:(?P<next>next|this|the)\s+year|(?P<year>20\d\d))\b",
    re.IGNORECASE,
)
_END_OF_YEAR = re.compile(
    r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b", re.IGNORECASE
)
_THIS_YEAR = re.compile(r"\b(?P<lead>this|next|within a|in a)\s+year\b", re.IGNORECASE)
#: A day named by a word: "tomorrow", "tonight", "by friday", "next monday" (a weekday needs no "by": no name is one).
_DAY = re.compile(
    r"\b(?:(?:by|before|until|till|for|on|due)\s+)?(?:(?P<which>this coming|this|next|coming)\s+)?"
    r"(?P<day>today|tonight|noon|midday|midnight|this (?:evening|afternoon|morning)|"
    r"the end of (?:the |to)?day|end of (?:the )?day|"
    r"the day after tomorrow|tomorrow(?: (?:morning|evening|night|afternoon))?|" + "|".join(_WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
#: A week, weekend or month named from today: "next week", "this weekend", "by the end of the month".
_PERIOD = re.compile(
    r"\b(?:(?P<lead>by|before|until|till|for|over|during|within|in|on)\s+)?(?P<end>(?:the\s+)?end\s+of\s+)?"
    r"(?:(?P<which>this coming|this|next|the|coming)\s+)?(?P<period>weekend|week|month)\b",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(
    r"\b(?P<lead>by|before|until|till|for|over|on|at|during|ahead of)\s+(?:the\s+)?"
    r"(?P<holiday>christmas(?:\s+eve)?|xmas|new\s+year'?s?(?:\s+(?:eve|day))?|the\s+new\s+year|easter|"
    r"thanksgiving|halloween|valentine'?s?(?:\s+day)?)\b",
    re.IGNORECASE,
)
#: What the deadline is for, written before it ("for an interview tomorrow", "before my exams in may"): part of it.
_OCCASION = re.compile(
    r"\b(?:for|before|ahead of)\s+(?:my|an?|the|our|this|that)\s+"
    r"(?:(?:job|coding|technical|final|big|first|next|upcoming|school|college|university|class)\s+)?"
    r"(?:exams?|tests?|interviews?|finals?|midterms?|quiz|presentation|deadline|hackathon|assessment|"
    r"certification|demo|meeting|placement|internship|job|course|class|bootcamp|start date|first day)"
    r"\s+(?:(?:which|that)\s+is\s+|is\s+)?$",
    re.IGNORECASE,
)
#: Words that hurry without a date ("asap"): said plainly, never a deadline, never a subject.
_HURRY = re.compile(
    r"\b(?:asap|a\.s\.a\.p\.?|as (?:soon|fast|quickly) as (?:possible|i can)|right away|right now|immediately|"
    r"urgently|in a hurry|(?:before|by|for)\s+(?:my|the|a|our)\s+deadline|quickly|"
    r"fast(?=\s*[.!]*$)|soon(?=\s*[.!]*$))(?!\w)",
    re.IGNORECASE,
)


#: Starting is not finishing: "start today" sets no deadline.
_STARTING = re.compile(r"\b(?:start|starting|begin|beginning)\b[^,.;]*$", re.IGNORECASE)
#: What the hurry words resolve to: no date.
_HURRIED = date.min


@dataclass(frozen=True)
class TimeFrame:
    """A deadline read from the goal: the learner's words, the date it means and the weeks until then."""

    said: str
    by: date
    weeks: float

    @property
    def line(self) -> str:
        """How it was read, for people: a deadline: about 26 weeks, by 6 June 2027."""
        whole = round(self.weeks)
        days = round(self.weeks * 7)
        if self.weeks >= 1:
            weeks = f"about {whole} week{'s' if whole != 1 else ''}"
        elif days >= 1:
            weeks = f"{days} day{'s' if days != 1 else ''}"
        else:
            return f"a deadline: today, {long_date(self.by)}"
        return f"a deadline: {weeks}, by {long_date(self.by)}"


@dataclass
class TimeReading:
    """The time words of a goal: the deadline (the earliest date it names), the goal without any time words, and
    what was read but cannot be a deadline, to say plainly: a hurry without a date ("asap"), a date already past,
    and later dates than the deadline."""

    frame: TimeFrame | None
    words: str
    hurry: list[str] = field(default_factory=list)
    past: list[str] = field(default_factory=list)
    later: list[TimeFrame] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        """What the learner is told about time words that set no deadline (the hurry's note needs the roadmap)."""
        notes = [
            f"“{p}” is already past, so it sets no deadline: give a date to come (“in 3 months”)." for p in self.past
        ]
        if self.frame:
            notes += [
                f"“{f.said}” ({long_date(f.by)}) comes after “{self.frame.said}”: the earlier deadline counts."
                for f in self.later
            ]
        return notes


def long_date(day: date) -> str:
    """A date as people write it: 1 December 2027."""
    return f"{day.day} {day:%B %Y}"


def read_time_frame(text: str, *, today: date, plain: Collection[str] = ()) -> tuple[TimeFrame | None, str]:
    """The deadline the goal names (the earliest) and the goal without its time words; (None, text) when it names
    none, or the learner undid that reading (`plain`)."""
    reading = read_time(text, today=today, plain=plain)
    return reading.frame, reading.words


def read_time(text: str, *, today: date, plain: Collection[str] = ()) -> TimeReading:
    """Every time phrase of the goal: the earliest date is the deadline; all of them leave the words the generator
    builds from, so none is ever read as a subject ("friday" is not Frida, "march" not $match). A phrase in `plain`
    is read as typed. A date that is past is said so, never a deadline."""
    undone = {normalize(p) for p in plain}
    found: list[tuple[int, int, int, date]] = []
    readers: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], date], date | None]], ...] = (
        (_RELATIVE, _relative),
        (_FROM_NOW, _relative),
        (_BY_SEASON, _season),
        (_BY_MONTH, _month),
        (_BY_YEAR, _year),
        (_THIS_YEAR, _this_year),
        (_END_OF_YEAR, lambda found, today: date(today.year, 12, 31)),
        (_DAY, _day),
        (_PERIOD, _period),
        (_HOLIDAY, _holiday),
        (_HURRY, lambda found, today: _HURRIED),
    )
    for pattern, when in readers:
        for match in pattern.finditer(text):
            by = when(match, today)
            if by is None or (by == today and pattern is _DAY and _STARTING.search(text[: match.start()])):
                continue  # not a date ("the week"), or when they start ("start today"), not a deadline
            start = match.start()
            if (occasion := _OCCASION.search(text[:start])) and by is not _HURRIED:
                start = occasion.start()
            found.append((start, match.start(), match.end(), by))
    found.sort(key=lambda f: (f[0], -(f[2] - f[0])))
    taken: list[tuple[int, int, int, date]] = []
    for span in found:
        if all(span[0] >= end or span[2] <= start for start, _, end, _ in taken):
            taken.append(span)
    frames: list[TimeFrame] = []
    reading = TimeReading(None, text)
    cut: list[tuple[int, int]] = []
    for start, core, end, by in taken:
        said = text[start:end].strip()
        if normalize(said) in undone or normalize(text[core:end]) in undone:
            continue
        cut.append((start, end))
        if by is _HURRIED:
            reading.hurry.append(said)
        elif by < today:
            reading.past.append(said)
        else:
            days = (by - today).days
            frames.append(TimeFrame(said, by, round(days / 7, 1) if days else 0.0))
    if frames:
        frames.sort(key=lambda f: f.by)
        reading.frame, reading.later = frames[0], frames[1:]
    kept, at = [], 0
    for start, end in sorted(cut):
        kept.append(text[at:start])
        at = end
    reading.words = " ".join(("".join(kept) + text[at:]).split()) if cut else text
    return reading


#: The learner's pace written in the goal: "5 hours a week", "an hour a day", "4hrs per week", "6 h/week",
#: "10 hours weekly", "20 minutes a day", "an hour every other day", "2 hours a month" (outside 1-80 a week: said).
#: Days named after it count those days only: "1 hour a day on weekdays" is 5 hours, "an hour on weekends" one on
#: each of the two days, "3 hours on saturdays" one Saturday's (`_ON_DAYS`); "weekends" alone was not read at all.
#: Read before the deadline, so "in 2 hours a day" is a pace, never a deadline in two hours.
_ON = (
    r"(?:on|at|during|over)\s+(?:the\s+)?"
    r"(?P<on>weekdays|week\s+days|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
)
_PACE = re.compile(
    r"\b(?:(?:at|for|about|around|roughly|only|just|maybe|like|max|up to)\s+)?"
    rf"(?P<count>\d{{1,3}}(?:\.\d+)?|half an?|{'|'.join(n for n in _NUMBERS if ' ' not in n)})"
    r"(?:\s*(?:-|to|or)\s*(?P<upper>\d{1,3}(?:\.\d+)?))?\s*-?\s*(?P<unit>hours?|hrs?|h|minutes?|mins?)"
    r"(?:\s*(?:a|an|per|each|every|/|-)\s*(?P<other>other\s+)?"
    r"(?P<per>week|wk|day|night|evening|weekday|weekend|fortnight|month)s?"
    rf"(?:\s+{_ON})?"
    rf"|\s+(?P<weekly>weekly|daily|monthly)|\s+{_ON.replace('(?P<on>', '(?P<only>')})\b",
    re.IGNORECASE,
)
#: How many of a week's days the days named after a pace are ("on weekdays": five).
_ON_DAYS = {"weekdays": 5, "week days": 5, "weekends": 2}
_PER: dict[str, float] = {"week": 1, "wk": 1, "weekly": 1, "day": 7, "daily": 7, "night": 7, "evening": 7, "weekday": 5}
_PER |= {"weekend": 1, "fortnight": 0.5, "month": 7 / 30.44, "monthly": 7 / 30.44}
#: "full time" as a pace ("python full time"), never a job's hours ("a full-time job"): full-time study.
_FULL_TIME = re.compile(
    r"\bfull[- ]?time\b(?!\s+(?:jobs?|roles?|positions?|work|employment|developer|dev|engineer|student))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PaceReading:
    """The hours a week the goal says the learner studies: their words and the number they mean."""

    said: str
    hours_per_week: float

    @property
    def line(self) -> str:
        """How it was read, for people: your pace: 7 hours a week."""
        return f"your pace: {self.hours_per_week:g} hours a week"

    def understood(self) -> Understood:
        """The reading as the generator and the finder list it beside the goal's other phrases, undone by its words."""
        return Understood(said=self.said, means=[Ref(key=f"{self.hours_per_week:g}", name=self.line)], how="pace")


@dataclass(frozen=True)
class CountedPace:
    """The hours a week the estimates count once the goal's pace is read beside the hours given (`counted_pace`)."""

    hours: float | None  # the hours given, else the goal's pace within 1-80, else None: the default pace
    from_goal: bool  # the goal's pace set them
    note: str  # why the goal's pace does not count ("the 8 hours a week you gave count", "outside 1-80"), or ""


def counted_pace(pace: PaceReading, given: float | None, *, default: float) -> CountedPace:
    """The generator's and the finder's one rule: hours given count (said when the goal states other hours); else
    the goal's pace, within 1-80 (said when it is outside, and `default` counts)."""
    if given is not None:
        note = (
            ""
            if given == pace.hours_per_week
            else f"“{pace.said}” in your goal: the {given:g} hours a week you gave count."
        )
        return CountedPace(given, False, note)
    if MIN_HOURS_PER_WEEK <= pace.hours_per_week <= MAX_HOURS_PER_WEEK:
        return CountedPace(pace.hours_per_week, True, "")
    note = (
        f"“{pace.said}” is {pace.hours_per_week:g} hours a week, outside {MIN_HOURS_PER_WEEK}-{MAX_HOURS_PER_WEEK}: "
        f"the estimates stay at {default:g} hours a week."
    )
    return CountedPace(None, False, note)


def read_pace(text: str, *, plain: Collection[str] = ()) -> tuple[PaceReading | None, str]:
    """The pace the goal states ("data analyst in 6 months, 5 hours a week") and the goal without it; (None, text)
    when it states none, or the learner undid that reading (`plain`). A range ("5-10 hours a week") is read at its
    low end, which a plan can keep; a day is seven of them, a weekday five."""
    undone = {normalize(p) for p in plain}
    for found in _PACE.finditer(text):
        said = found.group(0).strip()
        if normalize(said) in undone:
            continue
        count_text = found.group("count").lower()
        count = 0.5 if count_text.startswith("half") else _NUMBERS.get(count_text) or float(count_text)
        if only := found.group("only"):  # "an hour on weekends": on each of those days
            per = float(_ON_DAYS.get(" ".join(only.lower().split()), 1))
        else:
            per = _PER[(found.group("per") or found.group("weekly")).lower()] / (2 if found.group("other") else 1)
            on = found.group("on")
            if on and (found.group("per") or "").lower() in ("day", "night", "evening"):  # a day on weekdays: five
                per = float(_ON_DAYS.get(" ".join(on.lower().split()), 1))
        hours = count / 60 if found.group("unit").lower().startswith("m") else count
        return PaceReading(said, round(hours * per, 2)), _without(text, found)
    full = _FULL_TIME.search(text)
    if full is not None and normalize(full.group(0)) not in undone:
        return PaceReading(full.group(0), float(FULL_TIME_HOURS_PER_WEEK)), _without(text, full)
    return None, text


def _without(text: str, found: re.Match[str]) -> str:
    return " ".join((text[: found.start()] + " " + text[found.end() :]).split()).strip(" ,;")


def _relative(found: re.Match[str], today: date) -> date | None:
    count_text = found.group("count").lower()
    count = _NUMBERS.get(count_text) or float(count_text)
    unit = found.group("unit").lower()
    unit = _UNITS.get(unit, unit).removesuffix("s")
    if unit in ("month", "year") and count == int(count):  # "in 6 months" from 6 December is 6 June, by the calendar
        return _months_after(today, int(count) * (12 if unit == "year" else 1))
    return today + timedelta(days=max(0, round(count * _DAYS[unit])))


def _months_after(day: date, months: int) -> date:
    """The same day of the month `months` later, or that month's last day when it is shorter (31 August + 6 months
    is 28 or 29 February): what a learner means by "in 6 months", not 6 x 30.44 days, which ended a day late."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (following - timedelta(days=1)).day))


def _season(found: re.Match[str], today: date) -> date:
    month = _SEASONS[found.group("season").lower()]
    lead = (found.group("lead") or found.group("lead2") or "").lower()
    which = (found.group("next") or ("next" if lead == "next" else "")).lower()
    ends = bool(found.group("end")) or lead in ("in", "during", "over", "this", "for") or "end" in lead
    start = date(today.year, month, 1)
    if which == "next" or (start <= today and not (ends and _month_after(start, 3) > today)):
        start = date(start.year + 1, month, 1)
    return _month_after(start, 3) - timedelta(days=1) if ends else start


def _month_after(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def _month(found: re.Match[str], today: date) -> date | None:
    name = found.group("month").lower()
    month = _MONTHS.index(_MONTH_SHORT.get(name, name)) + 1
    day_text = found.group("day1") or found.group("day2")
    year = int(found.group("year")) if found.group("year") else today.year
    try:
        if day_text:
            by = date(year, month, int(day_text))
        elif found.group("end"):
            by = _month_after(date(year, month, 1), 1) - timedelta(days=1)
        else:
            by = date(year, month, 1)
    except ValueError:
        return None
    if by <= today and not found.group("year"):  # "by march" in April: next March
        by = by.replace(year=by.year + 1)
    return by


def _year(found: re.Match[str], today: date) -> date:
    if found.group("year"):
        return date(int(found.group("year")), 12, 31)
    return date(today.year + (found.group("next") or "").lower().startswith("n"), 12, 31)


def _this_year(found: re.Match[str], today: date) -> date:
    lead = found.group("lead").lower()
    if lead == "this":
        return date(today.year, 12, 31)
    if lead == "next":
        return date(today.year + 1, 12, 31)
    return today + timedelta(days=365)


def _day(found: re.Match[str], today: date) -> date:
    day = " ".join(found.group("day").lower().split())
    if day.startswith("tomorrow"):
        return today + timedelta(days=1)
    if day == "the day after tomorrow":
        return today + timedelta(days=2)
    if day not in _WEEKDAYS:  # today, tonight, this evening, the end of the day
        return today
    ahead = (_WEEKDAYS.index(day) - today.weekday()) % 7 or 7  # the coming one; on a Friday, "friday" is next week's
    if (found.group("which") or "").lower() == "next" and today.weekday() + ahead <= 6:
        ahead += 7  # "next friday" on a Monday: the Friday of next week
    return today + timedelta(days=ahead)


def _period(found: re.Match[str], today: date) -> date | None:
    which = " ".join((found.group("which") or "").lower().split())
    period = found.group("period").lower()
    lead = (found.group("lead") or "").lower()
    if not which and not (found.group("end") or lead == "by"):
        return None  # "week" alone says no date
    if which == "the" and not (found.group("end") or lead):
        return None  # "the week" alone says no date
    later = which == "next"
    sunday = today + timedelta(days=6 - today.weekday())
    if period == "weekend":
        return sunday + timedelta(days=7 * later)
    if period == "week":
        if later and not found.group("end"):
            return today + timedelta(days=7)
        return sunday + timedelta(days=7 * later)
    if later and not found.group("end"):
        day = min(today.day, 28)
        return _month_after(today.replace(day=1), 1).replace(day=day)
    return _month_after(today.replace(day=1), 1 + later) - timedelta(days=1)


def _holiday(found: re.Match[str], today: date) -> date:
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
            return day
    return day


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


def hours_needed(total_hours: float, frame: TimeFrame) -> int:
    """The whole hours a week that fit `total_hours` before the deadline."""
    return max(1, ceil(total_hours / max(frame.weeks, 1 / 7) - 1e-9))


def deadline_pace(total_hours: float, frame: TimeFrame, pace: float, *, given: bool) -> float:
    """The pace the roadmap is shown at: the learner's when they gave one, else the hours a week that finish it by
    the deadline when that is more than the default and realistic (never below the default)."""
    needed = hours_needed(total_hours, frame)
    return float(needed) if not given and pace < needed <= REALISTIC_HOURS_PER_WEEK else pace


def deadline_reading(
    frame: TimeFrame, phases: list[GeneratedPhaseOut], pace: float, *, given: bool, title: str
) -> DeadlineOut:
    """What the deadline means for the roadmap at its pace: whether it fits, the hours a week it needs, whether
    that is realistic and, when it is not, what is and what part fits (the phases finished by then)."""
    total = round(sum(p.hours for p in phases), 1)
    needed = hours_needed(total, frame)
    realistic = needed <= REALISTIC_HOURS_PER_WEEK
    budget = pace * max(frame.weeks, 1 / 7)  # a deadline today still has the day's study
    fits = total <= budget + 1e-9
    reachable, running = 0, 0.0
    for phase in phases:
        running += phase.hours
        if running > budget + 1e-9:
            break
        reachable += 1
    when = f"“{frame.said}” (by {long_date(frame.by)})"
    if fits and not given and needed > REALISTIC_HOURS_PER_WEEK / 4 and pace == needed:
        message = (
            f"{when}: {title} is {total:g} h, so it needs {needed} h a week; the estimates here are at that pace. "
            "Studying fewer hours a week? Give them to see what fits by then."
        )
    elif fits:
        message = f"{when}: at {pace:g} h a week, {title} ({total:g} h) takes about {_weeks(total / pace)}, so it fits."
    elif frame.weeks < 1:  # days away: hours a week mean little, what fits by then does
        days = round(frame.weeks * 7)
        left = "only today" if days < 1 else f"only {days} day{'s' if days != 1 else ''}"
        message = (
            f"{when} is not realistic for {title}: it is {total:g} h, and that leaves {left}. What is realistic: "
            f"about {_weeks(total / REALISTIC_HOURS_PER_WEEK)} full-time, or {_weeks(total / pace)} at {pace:g} h a "
            f"week. By then, at {pace:g} h a week, you {_reach(phases, reachable, budget)}."
        )
    elif realistic:
        message = (
            f"{when}: {title} is {total:g} h; finishing by then needs {needed} h a week, more than your {pace:g}. "
            f"At {pace:g} h a week, by then you {_reach(phases, reachable, budget)}."
        )
    else:
        message = (
            f"{when} is not realistic for {title}: it is {total:g} h, which would need {needed} h a week, more "
            f"than full-time study ({REALISTIC_HOURS_PER_WEEK} h). What is realistic: about "
            f"{_weeks(total / REALISTIC_HOURS_PER_WEEK)} full-time, or {_weeks(total / pace)} at {pace:g} h a week. "
            f"By then, at {pace:g} h a week, you {_reach(phases, reachable, budget)}."
        )
    return DeadlineOut(
        said=frame.said,
        by=frame.by,
        weeks=frame.weeks,
        hours_per_week_needed=needed,
        realistic=realistic,
        fits=fits,
        reachable_phases=reachable,
        message=message,
    )


def hurry_note(hurry: list[str], phases: list[GeneratedPhaseOut], pace: float, *, given: bool) -> str:
    """What a hurry without a date ("asap", "quickly") changes: nothing, said plainly, with how long the roadmap
    takes at its pace and how to see what fits by a date."""
    total = round(sum(p.hours for p in phases), 1)
    said = " and ".join(f"“{h}”" for h in dict.fromkeys(hurry))
    more = "" if given else " or more hours a week"
    return (
        f"{said} gives no date, so nothing is left out or sped up: at {pace:g} h a week this roadmap ({total:g} h) "
        f"takes about {_weeks(total / pace)}. Give a date (“in 8 weeks”, “by friday”){more} to see what fits by then."
    )


def _weeks(weeks: float) -> str:
    whole = max(1, ceil(weeks - 1e-9))
    return f"{whole} week{'s' if whole > 1 else ''}"


def _reach(phases: list[GeneratedPhaseOut], reachable: int, budget: float) -> str:
    """The milestone reachable with `budget` hours: the phases finished, else the first topics of the first."""
    if reachable:
        last = phases[reachable - 1]
        done = f"phase 1, {last.title}" if reachable == 1 else f"phases 1–{reachable}, up to {last.title}"
        return f"finish {done} ({sum(p.hours for p in phases[:reachable]):g} h of {sum(p.hours for p in phases):g})"
    first = phases[0]
    names: list[str] = []
    running = 0.0
    for skill in first.core_skills:
        running += skill.hours
        if running > budget + 1e-9:
            break
        names.append(skill.name)
    if not names:
        return f"make a start on {first.title} ({round(budget, 1):g} of its {first.hours:g} h)"
    done = f"{round(budget, 1):g} of its {first.hours:g} h"
    return f"get through the start of phase 1, {first.title}: {', '.join(names)} ({done})"
