"""The one date reader, rule by rule (README, "Dates as you write them"): each phrase as a start and as a deadline or
target, typed on a Monday, a Friday and a Sunday; a goal's deadline reads the same phrase to the same day."""

from __future__ import annotations

from datetime import date

import pytest

from roadmapfinder.understanding.dates import written_date
from roadmapfinder.understanding.timeframe import read_time, read_time_frame

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


@pytest.mark.parametrize(
    ("typed", "today", "start"),
    [
        ("3 weeks ago", MONDAY, date(2026, 11, 16)),
        ("i started 3 weeks ago", MONDAY, date(2026, 11, 16)),
        ("started 3 weeks ago", MONDAY, date(2026, 11, 16)),
        ("a couple of weeks ago", FRIDAY, date(2026, 11, 27)),
        ("2 months ago", MONDAY, date(2026, 10, 7)),  # by the calendar, as "in 2 months"
        ("a year ago", MONDAY, date(2025, 12, 7)),
        ("yesterday", MONDAY, date(2026, 12, 6)),
        ("the day before yesterday", MONDAY, date(2026, 12, 5)),
        ("last monday", MONDAY, date(2026, 11, 30)),  # the one before today: on a Monday, a week ago
        ("last monday", SUNDAY, MONDAY),
        ("last fri", SUNDAY, FRIDAY),
        ("since last week", FRIDAY, date(2026, 11, 30)),  # its Monday
        ("last weekend", MONDAY, date(2026, 12, 5)),
        ("last month", MONDAY, date(2026, 11, 1)),
    ],
)
def test_a_start_box_takes_a_day_already_past_for_a_learner_who_began_then(
    typed: str, today: date, start: date | None
) -> None:
    assert written_date(typed, today=today, role="start") == start


@pytest.mark.parametrize(
    ("goal", "began", "words"),
    [
        ("learn sql, i started 3 weeks ago", "3 weeks ago", "learn sql, i started"),
        ("learn go since last monday", "since last monday", "learn go"),
        ("been learning python since last month, data analyst by june 2027", "since last month", None),
    ],
)
def test_a_goals_day_already_past_is_when_they_began_never_a_deadline(goal: str, began: str, words: str | None) -> None:
    # "learn go since last monday" was a deadline next Monday: "monday" read alone, "since last" left over
    reading = read_time(goal, today=MONDAY)
    assert reading.began == [began]
    assert reading.past == []
    assert reading.frame is None or reading.frame.said == "by june 2027"
    assert words is None or reading.words == words
    assert any(note.startswith(f"“{began}” is when you began, so it sets no deadline") for note in reading.notes)


def test_a_past_day_of_what_they_did_stays_for_the_reader_of_what_they_know() -> None:
    # "i learnt html last year": what they know ("learnt html"), read with its time as it was before
    reading = read_time("i learnt html last year, now react by june 2027", today=MONDAY)
    assert (reading.began, reading.past) == ([], [])
    assert reading.words == "i learnt html last year, now react"


def test_a_past_day_set_as_a_deadline_is_said_to_be_past() -> None:
    reading = read_time("learn react by last friday", today=MONDAY)
    assert (reading.frame, reading.past, reading.began) == (None, ["last friday"], [])


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
