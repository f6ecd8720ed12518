"""The roadmap the generator tailors to a goal, as the finder's first answer.

A curated phrase ("automate boring stuff", "build a discord bot", "a portfolio website") is a common goal the generator
builds from the few topics it needs (`goal_words.GoalSense.topics`), about 130 hours for automating tasks with Python
scripts, where the whole Python roadmap it is made with runs to 500. A mentor names that path first, with its own time
at the learner's pace and how to get it, and then the whole roadmaps, each saying why it is longer: the finder had
recommended only the whole roadmaps, "About 143–223 weeks at 3 h/week", for a goal `generate` answers in a few months.
The generator itself builds it (`generate_roadmap`, with the finder's answers), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from pydantic import BaseModel, Field

# The module, not its function: understanding imports planning, whose tailoring imports search (for `normalize`),
# whose package imports the finder and so this module while understanding.generate is still being imported. Its
# function is looked up when the finder calls it (tests/unit/test_core_imports_alone.py imports each package first).
import roadmapfinder.understanding.generate as generator
from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.estimate import weeks_said
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.understanding.goal_words import GoalSense


class Tailored(BaseModel):
    """The roadmap the generator builds for the goal, which the finder puts before the whole roadmaps."""

    title: str = Field(description="the generated roadmap's title, as `POST /api/v1/roadmaps/generate` names it")
    reason: str = Field(description="why it comes first, and its time at the learner's pace, as a sentence")
    hours: float = Field(description="its hours, less what the learner knows (`total_hours` of the generated roadmap)")
    weeks_min: int = Field(description="at the learner's pace, as the generated roadmap's `estimated_weeks`")
    weeks_max: int
    hours_per_week: float


def tailored_roadmap(
    catalog: Catalog,
    senses: Sequence[GoalSense],
    *,
    said: str,
    goal: str,
    known: str | None,
    hours_per_week: float,
    purpose: str,
    plain: Collection[str],
    aim: str,
) -> Tailored | None:
    """The roadmap the generator tailors to `goal` when the finder reads it as common goals built from their own topics
    (`senses`, read from the learner's phrase `said`); None for one built from whole roadmaps' foundations ("protect
    my company from hackers"), a choice or what the catalog does not cover, and when the generator builds nothing for
    the answers (the learner knows every topic). `aim` says what the time is for ("for the job you have")."""
    if not senses or not all(s.topics and s.build and not s.choice and not s.foundations_only for s in senses):
        return None
    try:
        built = generator.generate_roadmap(
            catalog, goal=goal, known=known, hours_per_week=hours_per_week, purpose=purpose, plain=plain
        )
    except (NotFound, InvalidInput):
        return None
    weeks = built.estimated_weeks  # the generator's own, at the learner's pace
    reason = (
        f"Built for your goal from the topics “{said}” needs and what they build on, so it is the shortest way there. "
        f"About {built.total_hours:g} hours: {weeks_said(weeks)} at {built.hours_per_week:g} h/week {aim}."
    )
    return Tailored(
        title=built.title,
        reason=reason,
        hours=built.total_hours,
        weeks_min=weeks.min,
        weeks_max=weeks.max,
        hours_per_week=built.hours_per_week,
    )
