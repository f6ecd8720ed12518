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
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.shapes import DeadlineOut, GeneratedPhaseOut

#: More than this many hours a week is beyond full-time study: a deadline that needs more is not realistic.
REALISTIC_HOURS_PER_WEEK = 40

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
_DAYS = {"day": 1, "week": 7, "month": 365.25 / 12, "year": 365.25, "weekend": 2}
_MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS += ("september", "october", "november", "december")
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_COUNT = r"(?P<count>\d{1,3}(?:\.\d)?|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|weekend)"
_RELATIVE = re.compile(
    r"\b(?P<lead>in|within|under|over|inside|in less than|in under|in the next|within the next|for the next)\s+"
    rf"{_COUNT}\s*-?\s*{_UNIT}\b",
    re.IGNORECASE,
)
_BY = r"(?P<lead>by|before|until|till|by the end of|before the end of)\s+"
_BY_SEASON = re.compile(_BY + r"(?P<next>next|this)?\s*(?P<season>" + "|".join(_SEASONS) + r")\b", re.IGNORECASE)
_BY_MONTH = re.compile(_BY + r"(?P<next>next|this)?\s*(?P<month>" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_BY_YEAR = re.compile(_BY + r"(?:(?P<next>next|this|the)\s+year|(?P<year>20\d\d))\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?P<lead>this|next|within a|in a)\s+year\b", re.IGNORECASE)


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
        weeks = f"about {whole} week{'s' if whole != 1 else ''}" if self.weeks >= 1 else "under a week"
        return f"a deadline: {weeks}, by {long_date(self.by)}"


def long_date(day: date) -> str:
    """A date as people write it: 1 December 2027."""
    return f"{day.day} {day:%B %Y}"


def read_time_frame(text: str, *, today: date, plain: Collection[str] = ()) -> tuple[TimeFrame | None, str]:
    """The deadline the goal names (the first one) and the goal without its words; (None, text) when it names none
    or the learner undid that reading (`plain`). A date that is not after `today` is no deadline."""
    undone = {normalize(p) for p in plain}
    for pattern, when in (
        (_RELATIVE, _relative),
        (_BY_SEASON, _season),
        (_BY_MONTH, _month),
        (_BY_YEAR, _year),
        (_THIS_YEAR, _this_year),
    ):
        for found in pattern.finditer(text):
            said = found.group().strip()
            if normalize(said) in undone:
                continue
            by = when(found, today)
            if by is None or by <= today:
                continue
            rest = " ".join((text[: found.start()] + " " + text[found.end() :]).split())
            return TimeFrame(said, by, round((by - today).days / 7, 1)), rest
    return None, text


def _relative(found: re.Match[str], today: date) -> date | None:
    count_text = found.group("count").lower()
    count = _NUMBERS.get(count_text) or float(count_text)
    unit = found.group("unit").lower().removesuffix("s")
    return today + timedelta(days=max(1, round(count * _DAYS[unit])))


def _season(found: re.Match[str], today: date) -> date:
    month = _SEASONS[found.group("season").lower()]
    this_year = date(today.year, month, 1)
    return this_year if this_year > today and found.group("next") is None else date(today.year + 1, month, 1)


def _month(found: re.Match[str], today: date) -> date:
    month = _MONTHS.index(found.group("month").lower()) + 1
    this_year = date(today.year, month, 1)
    return this_year if this_year > today else date(today.year + 1, month, 1)


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
    budget = pace * frame.weeks
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
        return f"make a start on {first.title} ({budget:g} of its {first.hours:g} h)"
    return f"get through the start of phase 1, {first.title}: {', '.join(names)} ({budget:g} of its {first.hours:g} h)"
