"""The one date reader, rule by rule (README, "Dates as you write them"): each phrase as a start and as a deadline or
target, typed on a Monday, a Friday and a Sunday; a goal's deadline reads the same phrase to the same day."""

from __future__ import annotations

from datetime import date

import pytest

from roadmapfinder.understanding.dates import written_date
from roadmapfinder.understanding.timeframe import read_time_frame

MONDAY, FRIDAY, SUNDAY = date(2026, 12, 7), date(2026, 12, 11), date(2026, 12, 13)


@pytest.mark.parametrize(
    ("typed", "today", "start", "end"),
    [
        ("june 2027", MONDAY, date(2027, 6, 1), date(2027, 6, 30)),
        ("by june 2027", MONDAY, date(2027, 6, 1), date(2027, 6, 30)),
        ("end of june 2027", MONDAY, date(2027, 6, 30), date(2027, 6, 30)),
        ("december", MONDAY, MONDAY, date(2026, 12, 31)),  # begun: a start is today
        ("march", MONDAY, date(2027, 3, 1), date(2027, 3, 31)),  # passed this year: next year's
        ("before june 2027", MONDAY, date(2027, 6, 1), date(2027, 6, 1)),
        ("next friday", MONDAY, date(2026, 12, 11), date(2026, 12, 11)),
        ("friday", MONDAY, date(2026, 12, 11), date(2026, 12, 11)),
        ("next friday", FRIDAY, date(2026, 12, 18), date(2026, 12, 18)),  # never today
        ("this fri", FRIDAY, date(2026, 12, 18), date(2026, 12, 18)),
        ("next month", MONDAY, date(2027, 1, 1), date(2027, 1, 31)),
        ("next week", MONDAY, date(2026, 12, 14), date(2026, 12, 20)),
        ("next week", SUNDAY, date(2026, 12, 14), date(2026, 12, 20)),
        ("this week", MONDAY, MONDAY, SUNDAY),
        ("this weekend", MONDAY, date(2026, 12, 12), SUNDAY),
        ("in 3 months", MONDAY, date(2027, 3, 7), date(2027, 3, 7)),
        ("in 2 weeks", MONDAY, date(2026, 12, 21), date(2026, 12, 21)),
        ("2027", MONDAY, date(2027, 1, 1), date(2027, 12, 31)),
        ("tomorrow", SUNDAY, date(2026, 12, 14), date(2026, 12, 14)),
        ("christmas", MONDAY, date(2026, 12, 25), date(2026, 12, 25)),
        ("1 march 2027", MONDAY, date(2027, 3, 1), date(2027, 3, 1)),
        ("march 1st, 2027", MONDAY, date(2027, 3, 1), date(2027, 3, 1)),
        ("2027/03/01", MONDAY, date(2027, 3, 1), date(2027, 3, 1)),
        ("7 december", MONDAY, MONDAY, MONDAY),  # a day without a year: today included
        ("starting on the 1st of march", MONDAY, date(2027, 3, 1), date(2027, 3, 1)),
    ],
)
def test_a_phrase_is_its_first_day_as_a_start_and_its_last_as_a_target(
    typed: str, today: date, start: date, end: date
) -> None:
    assert written_date(typed, today=today, role="start") == start
    assert written_date(typed, today=today, role="end") == end


@pytest.mark.parametrize("typed", ["03/04/2027", "soon", "the 31st", "june and july", "monday 2027-03-01"])
def test_what_is_no_one_date_is_refused(typed: str) -> None:
    assert written_date(typed, today=MONDAY, role="end") is None


@pytest.mark.parametrize(
    ("typed", "today"),
    [
        ("by june 2027", MONDAY),
        ("by next friday", MONDAY),
        ("by next friday", FRIDAY),
        ("by next month", MONDAY),
        ("by next week", SUNDAY),
        ("in 3 months", MONDAY),
        ("by 2027", MONDAY),
        ("this weekend", MONDAY),
    ],
)
def test_a_goals_deadline_is_the_target_box_day_for_the_same_words(typed: str, today: date) -> None:
    frame, _ = read_time_frame(f"learn sql {typed}", today=today)
    assert frame is not None
    assert frame.by == written_date(typed, today=today, role="end")
