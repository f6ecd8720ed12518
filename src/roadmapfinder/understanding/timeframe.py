"""`read_time_frame`: the deadline in a goal ("data analyst job in 6 months", "learn react in 2 weeks", "by next
summer"), taken out of the words the generator builds from and reported as a reading the learner can undo.

A deadline used to reach the interpreter as words: "march" became the MongoDB aggregation pipeline, "summer" and
"within" were searched for. Now the phrase is read first, turned into weeks and a date, and `generate.py` makes it
count: the hours a week it needs at the roadmap's estimate, whether that is realistic, and what part fits (see
`deadline_reading`). A phrase in `plain` is read as typed, as every undone reading is.

The date phrases themselves are read by `dates.py`, the one reader the plan's start and target boxes use too, with
one rule per phrase (there: "by june 2027" is 30 June 2027, "next friday" the coming Friday after today); a
deadline is a phrase's last day, or its first when said "before" it or for an occasion in it ("before my exams in
may": 1 May). The reading always says the date it chose, so the learner can see it and move it on the plan form.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from math import ceil

from roadmapfinder.catalog.estimate import weeks_at_pace
from roadmapfinder.catalog.pace import FULL_TIME_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.dates import DAY_GROUPS, NUMBERS, WEEKDAYS, Role, date_phrases, long_date
from roadmapfinder.understanding.interpret import Ref
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.shapes import DeadlineOut, GeneratedPhaseOut

#: More than this many hours a week is beyond full-time study: a deadline that needs more is not realistic.
REALISTIC_HOURS_PER_WEEK = FULL_TIME_HOURS_PER_WEEK

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
#: A day already past ("3 weeks ago", "last monday", `dates._PAST`) is never a deadline. Said as when the learner
#: began ("i started 3 weeks ago", "learning go since last monday"), it is said so; after a deadline's word ("by last
#: friday") it is said to be past; otherwise it is when they did something ("learned python last year") and stays in
#: the goal for the reader of what they know (`_HISTORY`), as it did before the date reader knew past days.
_BEGAN = re.compile(r"\b(?:started|began|begun|been\s+\w+ing)\b[^,.;]*$", re.IGNORECASE)
#: A verb of learning still to come before "for 6 months" in the same clause ("learn python for 6 months", "i want to
#: study sql for 2 weeks"): how long they mean to learn, a deadline. Never after what they have done ("i've been
#: learning python for 6 months", "i used react for 2 years"): the clause ends at a comma or a sentence's end.
_LEARNING_FOR = re.compile(
    r"\b(?<!been\s)(?:learn|study|practi[cs]e|master)\b(?![^,.;!?]*\b(?:been|used|worked|did|done)\b)[^,.;!?]*$",
    re.IGNORECASE,
)
_DEADLINE_WORD = re.compile(r"\b(?:by|before|until|till|due)\s*$", re.IGNORECASE)
_HISTORY, _WHEN_BEGAN = date.min + timedelta(days=1), date.min + timedelta(days=2)
#: What the hurry words resolve to: no date.
_HURRIED = date.min


@dataclass(frozen=True)
class TimeFrame:
    """A deadline read from the goal: the learner's words, the date it means and the weeks until then."""

    said: str
    by: date
    weeks: float
    since: date  # the day it was read on: the weeks count from it

    @property
    def line(self) -> str:
        """How it was read, for people: a deadline: about 26 weeks, by 6 June 2027; under two weeks in days unless
        whole weeks ("in 10 days": 10 days, never "about 1 week")."""
        whole = round(self.weeks)
        days = round(self.weeks * 7)
        if self.weeks >= 1 and (days >= 14 or days % 7 == 0):
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
    began: list[str] = field(default_factory=list)
    later: list[TimeFrame] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        """What the learner is told about time words that set no deadline (the hurry's note needs the roadmap)."""
        notes = [
            f"“{p}” is already past, so it sets no deadline: give a date to come (“in 3 months”)." for p in self.past
        ]
        notes += [
            f"“{b}” is when you began, so it sets no deadline: the estimates count from today, and what you say you"
            " know (“i know sql basics”) leaves the roadmap."
            for b in self.began
        ]
        if self.frame:
            notes += [
                f"“{f.said}” ({long_date(f.by)}) comes after “{self.frame.said}”: the earlier deadline counts."
                for f in self.later
            ]
        return notes


def read_time_frame(text: str, *, today: date, plain: Collection[str] = ()) -> tuple[TimeFrame | None, str]:
    """The deadline the goal names (the earliest) and the goal without its time words; (None, text) when it names
    none, or the learner undid that reading (`plain`)."""
    reading = read_time(text, today=today, plain=plain)
    return reading.frame, reading.words


def read_time(text: str, *, today: date, plain: Collection[str] = ()) -> TimeReading:
    """Every time phrase of the goal: the earliest date is the deadline; all of them leave the words the generator
    builds from, so none is ever read as a subject ("friday" is not Frida, "march" not $match). A phrase in `plain`
    is read as typed. A date that is past is never a deadline: said as when they began, or as past after "by"."""
    undone = {normalize(p) for p in plain}
    found: list[tuple[int, int, int, date]] = []
    role: Role
    for phrase in date_phrases(text, today=today):
        start, role = phrase.start, "end"
        if occasion := _OCCASION.search(text[: phrase.start]):  # "before my exams in may": the first day it may be
            start, role = occasion.start(), "start"
        by = phrase.day(role, today)
        if by == today and phrase.kind == "day" and _STARTING.search(text[: phrase.start]):
            continue  # when they start ("start today"), not a deadline
        if phrase.lead == "for" and not _LEARNING_FOR.search(text[: phrase.start]):
            continue  # "python for 6 months then ml", "coding python for 6 months": how long, never a deadline
        if phrase.kind == "past" and (phrase.lead or _BEGAN.search(text[:start])):
            by = _WHEN_BEGAN
        elif phrase.kind == "past" and not _DEADLINE_WORD.search(text[:start]):
            by = _HISTORY
        found.append((start, phrase.start, phrase.end, by))
    found += [(m.start(), m.start(), m.end(), _HURRIED) for m in _HURRY.finditer(text)]
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
        if by is _HISTORY or normalize(said) in undone or normalize(text[core:end]) in undone:
            continue
        cut.append((start, end))
        if by is _HURRIED:
            reading.hurry.append(said)
        elif by is _WHEN_BEGAN:
            reading.began.append(said)
        elif by < today:
            reading.past.append(said)
        else:
            days = (by - today).days
            frames.append(TimeFrame(said, by, round(days / 7, 1) if days else 0.0, today))
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
#: each of the two days, "3 hours on saturdays" one Saturday's (`dates.DAY_GROUPS`, the study-days box's own table).
#: Read before the deadline, so "in 2 hours a day" is a pace, never a deadline in two hours.
_ON = (
    r"(?:on|at|during|over)\s+(?:the\s+)?"
    r"(?P<on>weekdays|week\s+days|weekends|" + "|".join(f"{day}s" for day in WEEKDAYS) + ")"
)
_PACE = re.compile(
    r"\b(?:(?:at|for|about|around|roughly|only|just|maybe|like|max|up to)\s+)?"
    rf"(?P<count>\d{{1,3}}(?:\.\d+)?|half an?|{'|'.join(n for n in NUMBERS if ' ' not in n)})"
    r"(?:\s*(?:-|to|or)\s*(?P<upper>\d{1,3}(?:\.\d+)?))?\s*-?\s*(?P<unit>hours?|hrs?|h|minutes?|mins?)"
    r"(?:\s*(?:a|an|per|each|every|/|-)\s*(?P<other>other\s+)?"
    r"(?P<per>week|wk|day|night|evening|weekday|weekend|fortnight|month)s?"
    rf"(?:\s+{_ON})?"
    rf"|\s+(?P<weekly>weekly|daily|monthly)|\s+{_ON.replace('(?P<on>', '(?P<only>')})\b",
    re.IGNORECASE,
)
_PER: dict[str, float] = {"week": 1, "wk": 1, "weekly": 1, "day": 7, "daily": 7, "night": 7, "evening": 7, "weekday": 5}
_PER |= {"weekend": 1, "fortnight": 0.5, "month": 7 / 30.44, "monthly": 7 / 30.44}
#: "full time" as a pace ("python full time"), never a job's hours ("a full-time job"): full-time study.
_FULL_TIME = re.compile(
    r"\bfull[- ]?time\b(?!\s+(?:jobs?|roles?|positions?|work|employment|developer|dev|engineer|student))",
    re.IGNORECASE,
)


#: The hours of the learner's job said beside the goal: "while working full time", "i work 40 hours a week", "i'm
#: employed full time", "i have a full-time job". What their week already holds, never their study pace: read as a
#: pace, "learn react while working full time" was planned at 40 hours of study a week. A job wanted ("get a full
#: time job", "start working full time as a developer") is a goal, and says none of these.
_WORK_HOURS = re.compile(
    r"(?:\b(?:while|as\s+i|i|i'm|im|i\s+am)\s+(?:currently\s+|already\s+|also\s+)?"
    r"(?:work|works|working|employed)\s+(?:(?:about|around|roughly|over|like|at\s+least)\s+)?"
    r"(?:full[- ]?time|\d{1,3}(?:\.\d+)?\s*-?\s*(?:hours?|hrs?|h)(?:\s*(?:a|an|per|each|every|/)\s*(?:week|wk|day))?)"
    r"|\b(?:while\s+)?(?:i\s+)?(?:have|having|hold|holding|with|keep|keeping)\s+an?\s+full[- ]?time\s+"
    r"(?:job|role|position))\b",
    re.IGNORECASE,
)
#: What the job's hours are read as (`work_hours_reading`): a background, so every surface lists it with its Undo.
_WORK_HOURS_MEANT = Ref(
    key="background", name="the hours of your job, not your study time: the estimates stay at your hours a week"
)


def read_work_hours(text: str, *, plain: Collection[str] = ()) -> tuple[list[str], str]:
    """The clauses of the goal saying the hours of the learner's job (`_WORK_HOURS`), as written, and the goal
    without them, so that neither the pace nor the goal reads them; a clause the learner undid (`plain`) stays."""
    undone = {normalize(p) for p in plain}
    said: list[str] = []
    for found in _WORK_HOURS.finditer(text):
        if normalize(found.group(0)) not in undone:
            said.append(found.group(0).strip())
    for phrase in said:
        text = " ".join(text.replace(phrase, " ", 1).split()).strip(" ,;")
    return said, text


def work_hours_reading(said: str) -> Understood:
    """A clause saying the hours of the learner's job as a reading of their words, listed with its Undo (undone, it
    is read as typed: "full time" is then a pace again)."""
    return Understood(said=said, means=[_WORK_HOURS_MEANT], how="background")


@dataclass(frozen=True)
class PaceReading:
    """The hours a week the goal says the learner studies: their words and the number they mean."""

    said: str
    hours_per_week: float
    #: The days it names ("an hour on weekends": Saturday and Sunday, Monday 0), the plan's study days; none: any.
    days: tuple[int, ...] = ()

    @property
    def line(self) -> str:
        """How it was read, for people: your pace: 7 hours a week (on Saturday and Sunday)."""
        on = f", on {_day_names(self.days)}" if self.days else ""
        return f"your pace: {self.hours_per_week:g} hours a week{on}"

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
        count = 0.5 if count_text.startswith("half") else NUMBERS.get(count_text) or float(count_text)
        named = found.group("only") or found.group("on") or ""  # the days it names, the plan's study days
        if only := found.group("only"):  # "an hour on weekends": on each of those days
            per = _days_on(only)
        else:
            per = _PER[(found.group("per") or found.group("weekly")).lower()] / (2 if found.group("other") else 1)
            on = found.group("on")
            if on and (found.group("per") or "").lower() in ("day", "night", "evening"):  # a day on weekdays: five
                per = _days_on(on)
        hours = count / 60 if found.group("unit").lower().startswith("m") else count
        return PaceReading(said, round(hours * per, 2), _days_named(named)), _without(text, found)
    full = _FULL_TIME.search(text)
    if full is not None and normalize(full.group(0)) not in undone:
        return PaceReading(full.group(0), float(FULL_TIME_HOURS_PER_WEEK)), _without(text, full)
    return None, text


#: The days a goal says the learner studies on, with no hours: "python, only on weekends", "on saturdays and
#: sundays", "weekdays only". Said with "on" or "only", so that "this weekend" stays a date; never the days of a job
#: ("i work on weekends"). A pace names its days itself ("an hour on weekends": `PaceReading.days`).
_DAY_NAME = r"(?:weekends|weekdays|week\s+days|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
_STUDY_DAYS = re.compile(
    rf"(?<!work\s)(?<!works\s)(?<!working\s)\b(?:(?:only|just|mostly)\s+)?"
    rf"(?:(?P<on>on)\s+(?:the\s+)?)?(?P<days>{_DAY_NAME}(?:\s*(?:,|and|&|or)\s*{_DAY_NAME})*)"
    r"(?P<only>\s+only)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StudyDays:
    """The days the goal says the learner studies on: their words and the days (Monday 0)."""

    said: str
    days: tuple[int, ...]

    def understood(self) -> Understood:
        """The reading as every surface lists it with its Undo (undone, the words are read as typed)."""
        return Understood(
            said=self.said,
            means=[Ref(key=",".join(short_days(self.days)), name=f"your study days: {_day_names(self.days)}")],
            how="days",
        )


def read_study_days(text: str, *, plain: Collection[str] = ()) -> tuple[StudyDays | None, str]:
    """The study days the goal names without hours (`_STUDY_DAYS`) and the goal without them; (None, text) when it
    names none, or the learner undid that reading (`plain`)."""
    undone = {normalize(p) for p in plain}
    for found in _STUDY_DAYS.finditer(text):
        said = found.group(0).strip()
        if not (found.group("on") or found.group("only") or said.lower().split()[0] in ("only", "just", "mostly")):
            continue  # "weekends" alone may be anything ("my weekends are busy"): said with "on" or "only"
        if normalize(said) in undone:
            continue
        return StudyDays(said, _days_named(found.group("days"))), _without(text, found)
    return None, text


def short_days(days: tuple[int, ...]) -> list[str]:
    """The days as a plan's study days are written ("sat", "sun"), Monday first."""
    return [WEEKDAYS[d][:3] for d in days]


def _days_named(named: str) -> tuple[int, ...]:
    """The days (Monday 0) that the words name: "weekends", "saturdays and sundays", "mondays, wednesdays"."""
    days: set[int] = set()
    for part in re.split(r"\s*(?:,|\band\b|&|\bor\b)\s*", named.lower()):
        part = " ".join(part.split())
        if part in DAY_GROUPS:
            days.update(DAY_GROUPS[part])
        elif part.endswith("s") and part[:-1] in WEEKDAYS:
            days.add(WEEKDAYS.index(part[:-1]))
    return tuple(sorted(days))


def _day_names(days: tuple[int, ...]) -> str:
    """The days for people: "Saturday and Sunday"; "weekdays" for Monday to Friday."""
    if days == tuple(range(5)):
        return "weekdays, Monday to Friday"
    names = [WEEKDAYS[d].capitalize() for d in days]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _days_on(named: str) -> float:
    """How many of a week's days the days named after a pace are: "weekdays" five, "saturdays" one (the days
    `_days_named` reads, the plan's study days; one when the words name none it knows, as before)."""
    return float(len(_days_named(named)) or 1)


def _without(text: str, found: re.Match[str]) -> str:
    return " ".join((text[: found.start()] + " " + text[found.end() :]).split()).strip(" ,;")


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
    that is realistic and, when it is not, what is and what part fits (the phases finished by then).

    The hours a week it needs finish the roadmap's estimated hours by then, as a dated plan of it does; the weeks
    the page shows at that pace are a range around them, from a quick learner to a slow one (`weeks_at_pace`).
    Each message says the same range the page shows, and when the deadline fits the estimate but not the slow end,
    it says so with the day the slow end reaches: the page once said "it needs 35 h a week" above "14-19 weeks at
    35 h/week" for a deadline 13 weeks away."""
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
    takes = _takes(phases, total, pace)
    slow = weeks_at_pace((p.hours for p in phases), pace).max
    slow_end = ""
    if fits and slow > frame.weeks:
        slow_end = (
            f"The deadline fits the estimate and a quicker learner, not a slower one, who takes up to {slow} weeks "
            f"(to {long_date(frame.since + timedelta(weeks=slow))})."
        )
    if fits and not given and needed > REALISTIC_HOURS_PER_WEEK / 4 and pace == needed:
        message = (
            f"{when}: {title} is {total:g} h, so it needs {needed} h a week; the estimates here are at that pace: "
            f"{takes}. {slow_end or 'So it fits even a slower learner.'} "
            "Studying fewer hours a week? Give them to see what fits by then."
        )
    elif fits:
        message = f"{when}: at {pace:g} h a week, {title} ({total:g} h) takes {takes}, so it fits"
        message += f". {slow_end}" if slow_end else ", even for a slower learner."
    elif frame.weeks < 1:  # days away: hours a week mean little, what fits by then does
        days = round(frame.weeks * 7)
        left = "only today" if days < 1 else f"only {days} day{'s' if days != 1 else ''}"
        message = (
            f"{when} is not realistic for {title}: it is {total:g} h, and that leaves {left}. What is realistic: "
            f"about {_weeks(total / REALISTIC_HOURS_PER_WEEK)} full-time, or, at {pace:g} h a week, {takes}. "
            f"By then, at {pace:g} h a week, you {_reach(phases, reachable, budget)}."
        )
    elif realistic:
        message = (
            f"{when}: {title} is {total:g} h; finishing by then needs {needed} h a week, more than your {pace:g}. "
            f"At {pace:g} h a week it takes {takes}; by then you {_reach(phases, reachable, budget)}."
        )
    else:
        message = (
            f"{when} is not realistic for {title}: it is {total:g} h, which would need {needed} h a week, more "
            f"than full-time study ({REALISTIC_HOURS_PER_WEEK} h). What is realistic: about "
            f"{_weeks(total / REALISTIC_HOURS_PER_WEEK)} full-time, or, at {pace:g} h a week, {takes}. "
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
        f"takes {_takes(phases, total, pace)}. Give a date (“in 8 weeks”, “by friday”){more} to see what fits by "
        "then."
    )


def _takes(phases: list[GeneratedPhaseOut], total: float, pace: float) -> str:
    """The weeks the roadmap takes at its pace as its page's total shows them (`estimate.weeks_at_pace`: a quick
    learner to a slow one), and the estimate's own weeks within them: "11–17 weeks (about 13 at the estimate)"."""
    weeks = weeks_at_pace((p.hours for p in phases), pace)
    if weeks.min == weeks.max:
        return _weeks(weeks.min)
    return f"{weeks.min}–{weeks.max} weeks (about {ceil(total / pace - 1e-9)} at the estimate)"


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
