"""What a learner says they lack ("without a computer science degree", "without experience") is where they start
from, said as their background with its Undo, never the subject: "learn to code without a computer science degree"
built the Computer Science roadmap, and "without a degree" was dropped unsaid."""

from __future__ import annotations

import pytest

from tests.helpers import generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def test_a_degree_they_lack_is_no_computer_science_roadmap() -> None:
    goal = "learn to code without a computer science degree"
    status, body = generate_answer(goal)
    assert status == 404, body  # the choice of a first language, as "learn to code" alone
    assert body["choices"][0]["name"] == "Python"
    assert "“without a computer science degree”: your background" in body["hint"]
    assert [r["how"] for r in body["readings"]] == ["background"]
    undone_status, undone = generate_answer(goal, plain=["without a computer science degree"])
    assert undone_status == 201, undone  # as typed: as before
    assert undone["title"] == "Computer Science"


@pytest.mark.parametrize(
    ("goal", "title", "lacks"),
    [
        ("learn python without a degree", "Python", "without a degree"),
        ("become a data analyst without experience", "Data Analyst", "without experience"),
    ],
)
def test_what_they_lack_is_said_beside_the_roadmap(goal: str, title: str, lacks: str) -> None:
    status, roadmap = generate_answer(goal)
    assert status == 201, roadmap
    assert roadmap["title"] == title
    assert [u["said"] for u in roadmap["understood"] if u["how"] == "background"] == [lacks]  # before: unsaid
