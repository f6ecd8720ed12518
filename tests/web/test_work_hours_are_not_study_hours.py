"""The hours of a learner's job are what their week already holds, never their study pace.

"learn react in 3 months while working full time" was planned at 40 hours of study a week ("full time" → your
pace), "i work 40 hours a week and want to learn python" at 40 h a week too, and "learn python, i have a full time
job" cut Python to its Junior level "for your job" with "full" not understood: the busiest learners got the most
wrongly hopeful plans. Now such a clause is read as the hours of their job, listed with its Undo as their
background is, and the estimates stay at the hours they give (10 a week when they give none); "python full time"
still means studying full time.
"""

from __future__ import annotations

import pytest

from tests.helpers import finder_answer, generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("learn react while working full time", "while working full time"),
        ("i work 40 hours a week and want to learn python", "i work 40 hours a week"),
        ("learn python, i have a full time job", "i have a full time job"),
        ("i work full-time, learn sql", "i work full-time"),
        ("im working full time but want to become a data analyst", "im working full time"),
    ],
)
def test_the_hours_of_a_job_are_read_as_such_and_never_as_a_pace(goal: str, said: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["hours_per_week"] == 10, body["hours_per_week"]
    readings = {u["said"]: u for u in body["understood"]}
    assert readings[said]["how"] == "background", readings
    assert "the hours of your job" in readings[said]["means"][0]["name"]
    assert not [u for u in body["understood"] if u["how"] == "pace"], body["understood"]
    inside = [u["said"] for u in body["understood"] if u["said"] != said and u["said"] in said]
    assert inside == [], inside  # "job" of "a full time job" is no milestone "for your job"
    assert body["not_understood"] == []
    found = finder_answer(goal)
    assert found["pace"] is None
    assert "40 h" not in found["message"].replace(said, "")
    assert said in [u["said"] for u in found["goal_known"]], found["goal_known"]


def test_undone_the_clause_is_read_as_typed() -> None:
    status, body = generate_answer("learn sql while working full time", plain=["while working full time"])
    assert status == 201, body
    assert "while working full time" not in [u["said"] for u in body["understood"]]


def test_studying_full_time_is_still_a_pace() -> None:
    status, body = generate_answer("python full time")
    assert status == 201, body
    assert body["hours_per_week"] == 40
