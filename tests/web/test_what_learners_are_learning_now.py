"""What a learner is in the middle of learning is no second goal, and a request after what they know is the goal.

"learn rust after i finish my c++ course" built "Rust and C++" ("finish" not understood), "i'm finishing a
javascript course, then i want react" built "JavaScript and React", and "once i finish my html course i want to
learn javascript" made HTML a subject: what they are learning now became a second thing to learn. And "i know java,
teach me spring boot" ran what they know over the request ("what you know: Java basics" and no goal left), and "show"
of "show me django" was not understood. Now a course being finished is read as being learnt (started, or a
foundation's basics known; never asked for), and "teach me", "show me" start the goal as "i want" does.
"""

from __future__ import annotations

import pytest

from tests.helpers import finder_answer, generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("goal", "title", "now"),
    [
        ("learn rust after i finish my c++ course", "Rust", "c++"),
        ("i'm finishing a javascript course, then i want react", "React", "javascript"),
        ("once i finish my html course i want to learn javascript", "JavaScript", "html"),
        ("im taking a python class, want to do data analysis next", "Data Analyst", "python"),
    ],
)
def test_what_they_are_learning_now_is_started_not_a_second_goal(goal: str, title: str, now: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title, body["understood"]
    readings = [u for u in body["understood"] if u["how"] == "known" and now in u["said"].lower()]
    assert readings, body["understood"]
    assert all(u["hedge"] for u in readings), readings  # being learnt: started, or a foundation's basics known
    assert not body["not_understood"], body["not_understood"]


@pytest.mark.parametrize(
    ("goal", "title"),
    [("i know java, teach me spring boot", "Spring Boot"), ("i know python, show me django", "Django")],
)
def test_a_request_after_what_they_know_is_the_goal(goal: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert title in body["title"], body["title"]
    found = finder_answer(goal)
    assert found["recommendations"], found["message"]
