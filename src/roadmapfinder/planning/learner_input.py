"""From what a learner typed to a `PlanRequest`: the one parser the generate form, the plan page and the CLI share.

Adapters only collect strings (form fields, command-line options) and hand them here, so every surface accepts
the same separators (commas, semicolons, new lines), the same day names and the same dates, and refuses bad input
with the same plain message naming the field. Matching the names themselves to topics and roadmaps happens later,
when the plan is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, time

from pydantic import ValidationError

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.clock import today
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.request import (
    DEFAULT_STUDY_DAYS,
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
    PhaseRequest,
    PlanRequest,
    Weekday,
    count_said,
    minutes_said,
)
from roadmapfinder.planning.weeks import parse_week_start
from roadmapfinder.understanding.dates import DAY_GROUPS, Role, long_date, weekday_of, written_date
from roadmapfinder.understanding.shapes import GeneratedRoadmap

#: What separates the names in one box: commas, semicolons and line breaks (a learner pastes lists of any kind).
_SEPARATORS = re.compile(r"[,;\n\r]+")
_WEEK = (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT, Weekday.SUN)
_LABELS = {
    "targets": "roadmaps and goals",
    "hours_per_week": "hours per week",
    "study_days": "study days",
    "known": "what you know",
    "finished": "roadmaps you finished",
    "level": "level",
    "stack": "stack",
    "start": "start date",
    "target_date": "target date",
    "drop": "topics to leave out",
    "add": "topics to add",
    "order": "topics to learn first",
    "session_time": "session time",
    "session_minutes": "session length",
    "week_start": "first day of the week",
    "refresh": "finished topics to study again",
}
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$")

Text = str | Sequence[str] | None


def split_names(value: Text, whole: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names in a box or a list of boxes, trimmed, empty ones dropped, order kept.

    `whole` holds names (lower case) that contain a separator themselves ("Data ingestion and extraction, batch
    and streaming" style titles, about 140 topics): pieces that together spell one are kept as that one name,
    longest first, so a box of names round-trips.
    """
    parts = [value] if isinstance(value, str) else list(value or ())
    names: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in _SEPARATORS.split(part)]
        i = 0
        while i < len(pieces):
            end = (
                next((j for j in range(len(pieces), i + 1, -1) if _joined(pieces[i:j]) in whole), i + 1)
                if whole
                else i + 1
            )
            name = ", ".join(pieces[i:end]) if end > i + 1 else pieces[i]
            if name:
                names.append(name)
            i = end
    return tuple(names)


def _joined(pieces: list[str]) -> str:
    return ", ".join(" ".join(p.split()) for p in pieces).lower()


def names_with_separators(catalog: Catalog) -> frozenset[str]:
    """The catalog's roadmap titles and topic names that hold a comma or semicolon, lower case (see `split_names`)."""
    return catalog.derived(_names_with_separators)


def _names_with_separators(catalog: Catalog) -> frozenset[str]:
    names = [r.title for r in catalog.roadmaps] + [t.name for t in catalog.topics]
    return frozenset(_joined([p.strip() for p in _SEPARATORS.split(n)]) for n in names if _SEPARATORS.search(n))


def parse_days(value: Text) -> tuple[Weekday, ...]:
    """Study days as written: "mon,wed", "Monday Wednesday", "mon and wed", "mon-fri", "mon to thu", "weekdays",
    "weekends", "every day", or checkbox values; `InvalidInput` for a non-day."""
    days: list[Weekday] = []
    for part in split_names(value):
        for day in _days_in(part):
            if day not in days:
                days.append(day)
    return tuple(days)


#: Words that name several days at once, as learners write their week: the date reader's table (`dates.DAY_GROUPS`).
_DAY_GROUPS = {words: tuple(_WEEK[d] for d in days) for words, days in DAY_GROUPS.items()}
_DAY_RANGE = re.compile(r"^([a-z.]+)\s*(?:-|–|to|through|thru|until|till)\s*([a-z.]+)$")
_DAY_FILLER = {"and", "&", "+", "on", "every", "each", "the"}


def _days_in(part: str) -> tuple[Weekday, ...]:
    """The days one piece of the box names: a group ("weekends"), a range ("mon-fri", wrapping "fri to mon"), or
    day names with "and", "on", "every" between them ("every mon and wed")."""
    text = " ".join(part.lower().replace("&", " & ").split())
    if text in _DAY_GROUPS:
        return _DAY_GROUPS[text]
    if (match := _DAY_RANGE.match(text)) and (first := _day(match[1])) and (last := _day(match[2])):
        start, end = _WEEK.index(first), _WEEK.index(last)
        return tuple(_WEEK[(start + i) % 7] for i in range((end - start) % 7 + 1))
    days: list[Weekday] = []
    for word in text.split():
        if word in _DAY_FILLER:
            continue
        if (group := _DAY_GROUPS.get(word)) is not None:
            days += group
        elif (day := _day(word) or _day(word.removesuffix("s"))) is not None:  # "mondays" is every Monday
            days.append(day)
        else:
            raise InvalidInput(
                f"`{word}` is not a day of the week", hint="write days like mon, wed, sat, or mon-fri, or weekends"
            )
    return tuple(days)


def _day(name: str) -> Weekday | None:
    """A day from its name or an abbreviation of two letters or more ("we", "weds", "Wednesday")."""
    number = weekday_of(name)
    return None if number is None else _WEEK[number]


def parse_date(value: str | None, field: str) -> date | None:
    """A date written as YYYY-MM-DD or as people write one ("next friday", "1 march 2027", "june 2027", "in 3
    months"), read by the goal's deadline reader (`understanding/dates.py`), so the same words are the same day
    in both: a month is its first day for a start and its last for a target. None when left empty; `InvalidInput`
    naming the field otherwise."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    role: Role = "end" if field == "target_date" else "start"
    if (found := written_date(value, today=today(), role=role)) is not None:
        return found
    raise InvalidInput(
        f"the {_LABELS[field]} `{value.strip()}` is not a date",
        hint="write it as YYYY-MM-DD (2027-01-31), or like 31 january 2027, next monday or june 2027",
    )


def sessions_hours(days: Sequence[Weekday], minutes: int | None) -> float | None:
    """The hours a week that sessions of `minutes` on the study days hold (weekday evenings when none were chosen),
    up to 80: the pace of a learner who gave a session length and no hours. It was 10 whatever the sessions, so "an
    hour a session" was refused ("5 sessions of 1 hour a week hold 5 hours, fewer than the plan's 10 hours a week")
    for a pace the learner never chose. None without a session length."""
    if minutes is None:
        return None
    return min(round(len(days or DEFAULT_STUDY_DAYS) * minutes / 60, 2), 80.0)


def hours_read(*, hours: str | float | None, days: Sequence[Weekday], minutes: int | None) -> list[str]:
    """The pace read from the sessions when no hours were given ("Hours a week: 5 sessions of 1 hour, 5 hours."),
    for the surfaces to echo as they echo dates (`dates_read`): the learner sees the pace taken and can set another."""
    if minutes is None or parse_hours_per_week(hours):
        return []
    sessions = count_said(len(days or DEFAULT_STUDY_DAYS), "session")
    return [f"Hours a week: {sessions} of {minutes_said(minutes)}, {sessions_hours(days, minutes):g} hours."]


def dates_read(*, start: str | None = None, target_date: str | None = None) -> list[str]:
    """The day each date box written in words was read as ("Target date “june 2027”: 30 June 2027."), for the
    surfaces to echo, so the learner sees the day taken and can change it; a YYYY-MM-DD date, as date pickers
    send, is its own echo. Read as `plan_request_from_input` reads them (call it after, for its errors)."""
    lines = []
    for field, value in (("start", start), ("target_date", target_date)):
        if not (value and value.strip()) or _is_iso(value.strip()):
            continue
        if (day := parse_date(value, field)) is not None:
            lines.append(f"{_LABELS[field].capitalize()} “{' '.join(value.split())}”: {day:%A} {long_date(day)}.")
    return lines


def _is_iso(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse_time(value: str | None) -> time | None:
    """A time of day as written: "19:00", "7pm", "7.30 pm", "18h30"; None when empty, `InvalidInput` otherwise."""
    text = (value or "").strip().lower()
    if not text:
        return None
    match = _TIME.match(text)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        if match[3]:
            hour = hour % 12 + (12 if match[3] == "pm" else 0) if 1 <= hour <= 12 else 99
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise InvalidInput(f"the session time `{value}` is not a time of day", hint="write it like 19:00 or 7pm")


#: Length words as learners write them, to the units `parse_minutes` reads ("2 hours", "90 minutes", "an hour").
_LENGTH_WORDS = (
    (re.compile(r"\bhalf an? hour\b"), "30m"),
    (re.compile(r"\b(?:an|one) hour and a half\b"), "90m"),
    (re.compile(r"\b(?:an|one) hour\b"), "1h"),
    (re.compile(r"(\d)\s*(?:hours|hour|hrs|hr)\b"), r"\1h"),
    (re.compile(r"(\d)\s*(?:minutes|minute|mins|min)\b"), r"\1m"),
    (re.compile(r"\band\b"), ""),
)


def parse_minutes(value: str | float | None) -> int | None:
    """A session length: minutes ("90", "90 minutes"), hours ("1.5h", "2 hours", "an hour"), "1h30" or "1 hour 30
    minutes"; None when empty."""
    text = str(value if value is not None else "").strip().lower()
    for pattern, unit in _LENGTH_WORDS:
        text = pattern.sub(unit, text)
    text = text.replace(" ", "")
    if not text:
        return None
    match = re.fullmatch(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+)(?:m|min|mins|minutes)?)?", text)
    if match and (match[1] or match[2]):
        minutes = round(float(match[1] or 0) * 60) + int(match[2] or 0)
        if MIN_SESSION_MINUTES <= minutes <= MAX_SESSION_MINUTES:
            return minutes
    raise InvalidInput(
        f"the session length `{value}` is not a length from 15 minutes to 12 hours",
        hint="write 90, 1.5h, 1h30 or 2 hours",
    )


def plan_request_from_input(
    *,
    targets: Text = (),
    hours: str | float | None = None,
    days: Text = (),
    known: Text = (),
    finished: Text = (),
    level: str | None = None,
    stack: str | None = None,
    start: str | None = None,
    target_date: str | None = None,
    drop: Text = (),
    add: Text = (),
    order: Text = (),
    session_time: str | None = None,
    session_minutes: str | float | None = None,
    week_start: str | None = None,
    generated: str | None = None,
    schedule_finished: bool = False,
    refresh: Text = (),
    catalog: Catalog | None = None,
) -> PlanRequest:
    """The plan request a learner's answers describe; `InvalidInput` naming the first field that is wrong.

    Every argument is what the learner typed (or chose): names may be separated by commas, semicolons or lines.
    With the `catalog`, a roadmap or topic name that holds a comma stays one name in the topic boxes. `generated`
    is the id of a generated roadmap the plan follows (its phases are read where roadmaps are stored).
    """
    whole = names_with_separators(catalog) if catalog is not None else frozenset()
    with _about("hours_per_week"):
        given_hours = parse_hours_per_week(hours)
    with _about("study_days"):
        study_days = parse_days(days)
    with _about("start"):
        start_date = parse_date(start, "start")
    with _about("target_date"):
        finish_by = parse_date(target_date, "target_date")
    with _about("session_time"):
        time_of_day = parse_time(session_time)
    with _about("session_minutes"):
        minutes = parse_minutes(session_minutes)
    hours_per_week = given_hours or sessions_hours(study_days, minutes) or REFERENCE_HOURS_PER_WEEK
    first_day = parse_week_start(week_start)
    try:
        return PlanRequest(
            targets=split_names(targets, whole),
            hours_per_week=hours_per_week,
            study_days=study_days,
            known=split_names(known),
            finished=split_names(finished),
            level=(level or "").strip().lower() or "beginner",
            stack=stack or None,
            start=start_date,
            target_date=finish_by,
            drop=split_names(drop, whole),
            add=split_names(add, whole),
            order=split_names(order, whole),
            session_time=time_of_day,
            session_minutes=minutes,
            week_start=first_day,
            generated=(generated or "").strip()[:32],
            schedule_finished=schedule_finished,
            refresh=split_names(refresh),
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        label = _LABELS.get(field, "input")
        if field == "level":
            raise InvalidInput(
                f"`{level}` is not a level", hint="choose beginner, junior, mid or senior", field="level"
            ) from None
        raise InvalidInput(f"{label}: {first['msg']}", hint="correct it and try again", field=field) from None


@contextmanager
def _about(field: str) -> Iterator[None]:
    """Name `field` on an `InvalidInput` raised inside, so a form can show the message beside that input."""
    try:
        yield
    except InvalidInput as error:
        error.field = error.field or field
        raise


#: The words that join an undone phrase to the rest of its sentence, and go with it.
_JOINING = r"(?:and|or|&)"


def names_choosing(names: Text, said: str, chosen: str, catalog: Catalog) -> str:
    """A box of names (a plan form's goal topics, leave-out, add or order) with the name several topics share
    (`said`, “accessibility”) replaced by the one the learner chose by its own name (“Web accessibility (a11y)”):
    the form's "which one?" buttons fill the box so, and the rest stays as typed. Compared as `ExactNames` compares
    typed names (case and spacing aside); a box that does not hold `said` any more is left as it is."""
    typed = " ".join(said.casefold().split())
    kept = split_names(names, names_with_separators(catalog))
    return ", ".join(chosen if " ".join(n.casefold().split()) == typed else n for n in kept)


def known_without(known: Text, said: str) -> str:
    """The "what I know" text with one understood phrase taken back (the generate preview's undo).

    An entry that is just that phrase goes; inside a sentence only the phrase's words go, with the "and" (or "or")
    that joined them to the rest ("i know a bit of python and excel" without “python” is "i know a bit of excel",
    not "... of and excel"), or the slash or plus typed without spaces ("html/css/js" without “html/css” is "js", not
    "/js"), so the rest is read as before and reads as something the learner could have written.
    """
    phrase = " ".join(said.split())
    if not phrase:
        return ", ".join(split_names(known))
    words = rf"(?<!\w){re.escape(phrase)}(?![\w+#])"  # the "c" of "c++" or "c#" is no "c"
    glued = r"(?<=\w)[/+]|[/+](?=\w)"  # a slash or plus typed without spaces: "html/css/js", "python+sql"
    pattern = re.compile(
        rf"{words}\s+{_JOINING}\s+|\s+{_JOINING}\s+{words}|{words}(?:{glued})|(?:{glued}){words}|{words}", re.IGNORECASE
    )
    kept: list[str] = []
    for entry in split_names(known):
        if entry.lower() == phrase.lower():
            continue
        reduced = " ".join(pattern.sub(" ", " ".join(entry.split()), count=1).split())
        if reduced:
            kept.append(reduced)
    return ", ".join(kept)


def following_generated(plan_request: PlanRequest, roadmap: GeneratedRoadmap) -> PlanRequest:
    """The request made to follow a generated roadmap: its phases as they are (their topics in order and the catalog
    projects that close them), its title as the plan's name. What the learner said they know still leaves the
    plan; nothing the roadmap left out comes back as a prerequisite."""
    phases = tuple(
        PhaseRequest(
            title=phase.title[:200],
            level=phase.level,
            goal=phase.goal[:500],
            topics=tuple(skill.topic for skill in phase.core_skills),
            projects=tuple(project.key for project in phase.projects if project.key),
        )
        for phase in roadmap.phases
    )
    stack = plan_request.stack or roadmap.stack  # "python backend": its topics stay Python's in the plan
    update = {"phases": phases, "name": roadmap.title[:200], "generated": roadmap.id, "stack": stack}
    return plan_request.model_copy(update=update)
