"""The days a learner says they study on are their plan's days.

"python, only on weekends" answered "Not understood: “only”, “weekends”", and "Make a dated plan" then opened a plan
on weekday evenings, the days a plan takes when none are given: the one thing the learner said about their week was
lost on the way to the plan. Now the days are read (“only on weekends” → your study days: Saturday and Sunday),
listed with their Undo, kept on the roadmap (`study_days`) and carried into its dated plan's form; a pace said with
its days ("an hour on weekends") carries them too. "this weekend" is still a date, and a job's weekends are no
study days.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client

from tests.helpers import generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("goal", "said", "days"),
    [
        ("python, only on weekends", "only on weekends", ["sat", "sun"]),
        ("learn sql on saturdays and sundays", "on saturdays and sundays", ["sat", "sun"]),
        ("react, weekdays only", "weekdays only", ["mon", "tue", "wed", "thu", "fri"]),
    ],
)
def test_the_days_a_goal_names_are_read_as_study_days(goal: str, said: str, days: list[str]) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["not_understood"] == []
    (reading,) = [u for u in body["understood"] if u["how"] == "days"]
    assert reading["said"] == said
    assert reading["means"][0]["name"].startswith("your study days: ")
    assert body["study_days"] == days


def test_a_pace_said_with_its_days_carries_them() -> None:
    status, body = generate_answer("python, an hour on weekends")
    assert status == 201, body
    assert body["hours_per_week"] == 2
    assert body["study_days"] == ["sat", "sun"]


def test_the_dated_plan_starts_on_those_days() -> None:
    client = Client()
    page = client.get(client.get("/roadmaps/generate", {"goal": "python, only on weekends"})["Location"])
    link = unescape(re.search(r'<a href="([^"]+)">Make a dated plan', page.content.decode())[1])  # type: ignore[index]
    assert "days=sat&days=sun" in link, link
    form = client.get(link).content.decode()
    checked = re.findall(r'name="days" value="(\w+)" checked', form)
    assert checked == ["sat", "sun"], checked


@pytest.mark.parametrize("goal", ["learn python this weekend", "i work on weekends, learn python"])
def test_a_date_or_a_jobs_weekend_is_no_study_days(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert not body.get("study_days")
    assert [u for u in body["understood"] if u["how"] == "days"] == []


def test_undone_the_days_are_read_as_typed() -> None:
    status, body = generate_answer("python, only on weekends", plain=["only on weekends"])
    assert status == 201, body
    assert body["study_days"] == []
    assert [u for u in body["understood"] if u["how"] == "days"] == []
