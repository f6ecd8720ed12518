"""From what a learner typed to a `PlanRequest`: the one parser the generate form, the plan page and the CLI share.

Adapters only collect strings (form fields, command-line options) and hand them here, so every surface accepts
the same separators (commas, semicolons, new lines), the same day names and the same dates, and refuses bad input
with the same plain message naming the field. Matching the names themselves to topics and roadmaps happens later,
when the plan is built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pydantic import ValidationError

from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.request import PlanRequest, Weekday

#: What separates the names in one box: commas, semicolons and line breaks (a learner pastes lists of any kind).
_SEPARATORS = re.compile(r"[,;\n\r]+")
_DAY_NAMES = {
    Weekday.MON: "monday",
    Weekday.TUE: "tuesday",
    Weekday.WED: "wednesday",
    Weekday.THU: "thursday",
    Weekday.FRI: "friday",
    Weekday.SAT: "saturday",
    Weekday.SUN: "sunday",
}
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
}

Text = str | Sequence[str] | None


def split_names(value: Text) -> tuple[str, ...]:
    """The names in a box or a list of boxes, trimmed, empty ones dropped, order kept."""
    parts = [value] if isinstance(value, str) else list(value or ())
    return tuple(n for part in parts for n in (p.strip() for p in _SEPARATORS.split(part)) if n)


def parse_days(value: Text) -> tuple[Weekday, ...]:
    """Study days as written: "mon,wed", "Monday Wednesday", or checkbox values; `InvalidInput` for a non-day."""
    days: list[Weekday] = []
    for name in (word for part in split_names(value) for word in part.split()):
        day = _day(name)
        if day is None:
            raise InvalidInput(f"`{name}` is not a day of the week", hint="write days like mon, wed, sat")
        if day not in days:
            days.append(day)
    return tuple(days)


def _day(name: str) -> Weekday | None:
    """A day from its name or an abbreviation of two letters or more ("we", "weds", "Wednesday")."""
    word = name.strip(".").lower().replace("weds", "wed")
    if len(word) < 2:
        return None
    return next((day for day, full in _DAY_NAMES.items() if full.startswith(word)), None)


def parse_date(value: str | None, field: str) -> date | None:
    """A date written as YYYY-MM-DD, or None when left empty; `InvalidInput` naming the field otherwise."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"the {_LABELS[field]} `{value.strip()}` is not a date", hint="write it as YYYY-MM-DD, e.g. 2027-01-31"
        ) from None


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
) -> PlanRequest:
    """The plan request a learner's answers describe; `InvalidInput` naming the first field that is wrong.

    Every argument is what the learner typed (or chose): names may be separated by commas, semicolons or lines.
    """
    try:
        return PlanRequest(
            targets=split_names(targets),
            hours_per_week=parse_hours_per_week(hours) or REFERENCE_HOURS_PER_WEEK,
            study_days=parse_days(days),
            known=split_names(known),
            finished=split_names(finished),
            level=(level or "").strip().lower() or "beginner",
            stack=stack or None,
            start=parse_date(start, "start"),
            target_date=parse_date(target_date, "target_date"),
            drop=split_names(drop),
            add=split_names(add),
            order=split_names(order),
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        label = _LABELS.get(field, "input")
        if field == "level":
            raise InvalidInput(f"`{level}` is not a level", hint="choose beginner, junior, mid or senior") from None
        raise InvalidInput(f"{label}: {first['msg']}", hint="correct it and try again") from None


def known_without(known: Text, said: str) -> str:
    """The "what I know" text with one understood phrase taken back (the generate preview's undo).

    An entry that is just that phrase goes; inside a sentence only the phrase's words go ("i know a bit of
    python and excel" without “python” keeps “excel”), so the rest is read as before.
    """
    phrase = " ".join(said.split())
    if not phrase:
        return ", ".join(split_names(known))
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
    kept: list[str] = []
    for entry in split_names(known):
        if entry.lower() == phrase.lower():
            continue
        reduced = " ".join(pattern.sub(" ", " ".join(entry.split()), count=1).split())
        if reduced:
            kept.append(reduced)
    return ", ".join(kept)
