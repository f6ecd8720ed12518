"""A goal that only says how the learner feels about maths or coding: "i hate math", "math scares me", "im bad at
math", "i'm not good at math, what can i learn", "i hate coding".

Read whole, "math" was a field the catalog has no roadmap for, so the answer named the roadmaps that use maths most
(Data Scientist, Machine Learning Engineer, Data Structures and Algorithms) to a learner who had just said they hate
it, and "hate" was not understood. The feeling is read apart from the goal as everywhere (feelings.py,
struggles.py: `GoalKnown.felt_alone`, said with its Undo), and nothing is left to learn: how they feel is said, not
something to learn, and the answer is a choice among the roadmaps that need little of it (`lexicon.AWAY_FROM`: the
usual ways into a first tech job with no maths topic of their own; the roles beyond code), never the ones that
use it most. The generator refuses with that choice (`felt_alone_refusal`); the finder picks the same roadmaps
(`FeltAlone.slugs`), so the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import RoadmapKind
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.errors import NotFound
from roadmapfinder.understanding.feelings import maths_taught
from roadmapfinder.understanding.goal_known import GoalKnown
from roadmapfinder.understanding.lexicon import AWAY_FROM

#: Why the roadmaps offered fit, by what the feeling is about: said of them together, and of each pick.
_WHY = {
    "maths": ("need little maths, with no maths topic of their own", "It has no maths topic of its own"),
    "coding": (
        "are roles beyond code, whose work is design, product and writing rather than code",
        "It is a role beyond code",
    ),
}
#: An aim to add to the goal, by what the feeling is about, as the hint's example.
_AIM = {"maths": "but want to build websites", "coding": "but want to design apps"}


@dataclass(frozen=True)
class FeltAlone:
    """What a goal of only a feeling is about ("maths", "coding"), the clause that says it, and the roadmaps that
    need little of it (slugs, in the order offered)."""

    about: str
    said: str
    slugs: tuple[str, ...]

    @property
    def said_so(self) -> str:
        """What is said of the clause, the same on every surface (the finder, which quotes the clause just before,
        says it without it)."""
        return f"how you feel about {self.about} is said, not something to learn"

    @property
    def why(self) -> str:
        """Why the roadmaps offered are offered, said of them together ("need little maths, ...")."""
        return _WHY[self.about][0]

    @property
    def reason(self) -> str:
        """Why one roadmap offered is here, as the finder's pick says it."""
        return _WHY[self.about][1]

    @property
    def example(self) -> str:
        """The clause with an aim added, as a goal to type instead."""
        return f"{self.said} {_AIM[self.about]}"


def felt_alone(catalog: Catalog, stated: GoalKnown) -> FeltAlone:
    """What the goal of only a feeling (`stated.felt_alone`) is about, its clause and the roadmaps offered: those
    of `AWAY_FROM` the catalog has, each checked to need little of it (no maths topic of its own; a role beyond
    code), so a catalog that changes one never has it offered untrue."""
    if stated.feelings:
        feeling = stated.feelings[0]
        about, said = ("maths" if feeling.maths else "coding"), feeling.said
    else:  # "im bad at math": a struggle with maths
        about, said = "maths", stated.struggles[0]
    slugs = tuple(slug for slug in AWAY_FROM[about] if catalog.has_roadmap(slug) and _little_of(catalog, slug, about))
    return FeltAlone(about=about, said=said, slugs=slugs)


def _little_of(catalog: Catalog, slug: str, about: str) -> bool:
    """Whether the roadmap needs little of what the learner said they feel so about."""
    roadmap = catalog.roadmap(slug)
    if about == "maths":
        return not maths_taught(catalog, roadmap.topic_ids)
    return roadmap.kind is RoadmapKind.NON_CODING_ROLE


def felt_alone_refusal(catalog: Catalog, goal: str, stated: GoalKnown) -> NotFound:
    """The generator's answer to a goal of only a feeling: a choice among the roadmaps that need little of it, what
    is said, and how to ask for something else (an aim added to the clause)."""
    found = felt_alone(catalog, stated)
    hint = f"“{found.said}”: {found.said_so}"
    if found.slugs:
        hint += f". These {found.why}: {and_list([catalog.roadmap(slug).title for slug in found.slugs])}"
    hint += f". Add what you want to learn to your goal (“{found.example}”), or choose one"
    return NotFound("roadmap for", goal, list(found.slugs), hint=hint, choice=True)
