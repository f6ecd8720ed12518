"""The boundary checks every surface applies to what people send: text without control characters, dates in a sane
range, JSON documents of a sane depth.

One rule for each, in one place (plain Python), so the web forms, the API, URL segments and the learner data file
refuse the same things with the same message, before anything reaches the planner or the database. PostgreSQL
refuses NUL in text and JSON, and dates near year 9999 overflow as soon as a schedule adds weeks to them: both
used to surface as 500s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

from roadmapfinder.errors import InvalidInput

#: The first and last day a plan may start, end or aim at; anything outside is a typo (or a probe).
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)
#: The deepest JSON document accepted (the learner data file is 4 levels deep; API bodies fewer).
MAX_JSON_DEPTH = 32

#: C0 controls except tab, line feed and carriage return (which forms and notes use), DEL, C1 controls, and lone
#: surrogates (JSON can escape half a character, "\ud800", which no database can store as text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: In a single-line value (a URL segment, a name) line breaks and tabs are refused too.
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control(text: str, *, single_line: bool = False) -> bool:
    """Whether `text` holds a control character (NUL and the like; line breaks only for single-line values)."""
    return bool((_CONTROL_OR_BREAK if single_line else _CONTROL).search(text))


def check_text(text: str, *, field: str, single_line: bool = False) -> None:
    """`InvalidInput` when `text` holds a control character."""
    if has_control(text, single_line=single_line):
        raise InvalidInput(
            f"{field} contains control or binary characters",
            hint="remove invisible characters such as NUL and type it again",
        )


def check_date(value: date, *, field: str) -> None:
    """`InvalidInput` for a date outside EARLIEST_DATE..LATEST_DATE."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidInput(
            f"the {field} {value.isoformat()} is out of range",
            hint=f"choose a date from {EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}",
        )


def check_timestamp(value: datetime, *, field: str) -> None:
    """`InvalidInput` for a timestamp outside the date range, in UTC or in its own offset (so storing it, which
    converts to UTC, cannot overflow)."""
    try:
        in_utc = value.astimezone(UTC) if value.tzinfo is not None else value
    except OverflowError:
        raise InvalidInput(f"the {field} {value.isoformat()} is out of range", hint="use a real date") from None
    check_date(value.date(), field=field)
    check_date(in_utc.date(), field=field)


def json_strings(document: object, *, max_depth: int = MAX_JSON_DEPTH) -> Iterator[str]:
    """Every string (keys too) in a parsed JSON document; `InvalidInput` when it is nested deeper than `max_depth`.

    Iterative, so a document nested thousands of levels deep is refused rather than exhausting the stack.
    """
    stack: list[tuple[object, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict | list):
            if depth > max_depth:
                raise InvalidInput(f"the JSON is nested too deeply (over {max_depth} levels)", hint="send flat data")
            items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
            for key, item in items:
                if isinstance(key, str):
                    yield key
                stack.append((item, depth + 1))


def load_json(raw: bytes | str, *, field: str = "the JSON") -> object:
    """Parse JSON people sent: `InvalidInput` for text that is not JSON, nested too deeply (the parser's own
    recursion included) or holding a control character in any string."""
    try:
        document = json.loads(raw)
    except RecursionError:
        raise InvalidInput(f"{field} is nested too deeply", hint=f"at most {MAX_JSON_DEPTH} levels") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidInput(f"{field} is not JSON: {error}", hint="send a JSON document") from None
    check_json_text(document, field=field)
    return document


def check_json_text(document: object, *, field: str = "the JSON") -> None:
    """`InvalidInput` when a parsed JSON document is too deep or holds a control character in any string."""
    for text in json_strings(document):
        check_text(text, field=field)
