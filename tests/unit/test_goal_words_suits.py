"""Who each roadmap of a choice suits is said beside it, in the very words the whole sentence (the hint) says it in."""

from __future__ import annotations

import pytest

from roadmapfinder.understanding.goal_words import SENSES, GoalSense


@pytest.mark.parametrize("sense", [s for s in SENSES if s.suits], ids=lambda s: s.key)
def test_each_line_of_who_a_choice_suits_is_in_its_whole_sentence(sense: GoalSense) -> None:
    assert sense.choice
    assert sense.choosing, "said beside each choice, with what needs choosing above them"
    for slug, line in sense.suits:
        assert slug in sense.suggestions
        assert line in sense.not_covered, (slug, line)  # the hint keeps it for a client that shows no `suits`
