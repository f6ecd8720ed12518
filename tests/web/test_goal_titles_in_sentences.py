"""A generated roadmap's title inside its own sentences reads as English.

"i want to make mobile apps" is titled "A mobile app" and "make a game" "Your first game": its phases said "on the
way to A mobile app", "and reach your goal: A mobile app", and its deadline "at 10 h a week, Your first game (260 h)
takes 20–33 weeks": a capital in mid-sentence, as if the title were a name. A title that starts with an article or
"your" reads in lower case inside a sentence; the title itself, and names (Linux, Backend Developer), stay as they
are.
"""

from __future__ import annotations

import pytest

from tests.helpers import generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("goal", "title", "in_a_sentence"),
    [
        ("i want to make mobile apps", "A mobile app", "a mobile app"),
        ("make a game by june", "Your first game", "your first game"),
    ],
)
def test_a_title_with_an_article_is_lower_case_in_its_sentences(goal: str, title: str, in_a_sentence: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title  # the heading keeps its capital
    goals = [phase["goal"] for phase in body["phases"]]
    assert f"on the way to {in_a_sentence}." in goals[0], goals
    assert f"reach your goal: {in_a_sentence}." in goals[-1], goals
    assert title not in " ".join(goals), goals
    if body["deadline"]:
        assert f", {in_a_sentence} (" in body["deadline"]["message"], body["deadline"]["message"]


def test_a_roadmaps_name_keeps_its_capital_in_a_sentence() -> None:
    status, body = generate_answer("linux")
    assert status == 201, body
    assert any("on the way to Linux." in phase["goal"] for phase in body["phases"])


def test_a_topic_named_as_a_phrase_is_lower_case_in_a_phases_goal() -> None:
    """ "Learn How games work, C# basics ..." and "Learn The DOM and browser events, React ...": a topic's name written
    as a phrase reads in lower case after "Learn"; names keep their capitals."""
    goals = [phase["goal"] for phase in generate_answer("make a game")[1]["phases"]]
    assert goals[0].startswith("Learn how games work, C# basics"), goals[0]
    goals = [phase["goal"] for phase in generate_answer("i want to make mobile apps")[1]["phases"]]
    assert "the DOM and browser events" in goals[1], goals[1]
    assert not [g for g in goals if "The DOM" in g or "How the web" in g], goals
