"""A goal that only says how the learner feels about maths, coding or a subject: "i hate math", "math scares me", "im
bad at math", "i'm not good at math, what can i learn", "i hate coding", "i hate yaml", "css is boring".

Read whole, "math" was a field the catalog has no roadmap for, so the answer named the roadmaps that use maths most
(Data Scientist, Machine Learning Engineer, Data Structures and Algorithms) to a learner who had just said they hate
it, and "hate" was not understood. The feeling is read apart from the goal as everywhere (feelings.py, struggles.py:
`GoalKnown.felt_alone`, said with its Undo), and nothing is left to learn: how they feel is said, not something to
learn, and the answer is a choice among the roadmaps that need little of it (`lexicon.AWAY_FROM`: the usual ways into
a first tech job with no maths topic of their own; the roles beyond code), never the ones that use it most. A feeling
about a subject the catalog teaches ("i hate yaml") built that subject, JSON and YAML, for a learner who had just
said they hate it: it is answered the same way, with the usual ways into a first job that never use it
(`AWAY_FROM["subject"]`), and how to say more (a role added, "i hate yaml, frontend developer"); to learn it anyway,
the Undo reads the words as typed. The generator refuses with that choice (`felt_alone_refusal`); the finder picks
the same roadmaps (`FeltAlone.slugs`), so the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import RoadmapKind
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.errors import NotFound
from roadmapfinder.understanding.feelings import Feeling, maths_taught
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
#: Roadmaps offered for a feeling about a subject ("i hate yaml"): never more than the maths and coding choices offer.
_OFFERED = 3


@dataclass(frozen=True)
class FeltAlone:
    """What a goal of only a feeling is about ("maths", "coding", or the subject's names: "JSON and YAML"), the
    clause that says it, and the roadmaps that need little of it (slugs, in the order offered)."""

    about: str
    said: str
    slugs: tuple[str, ...]
    subject: bool = False  # about a subject the catalog teaches ("i hate yaml"), not maths or coding
    aim: str = ""  # for a subject, the first roadmap offered as the goal's words ("frontend developer")

    @property
    def said_so(self) -> str:
        """What is said of the clause, the same on every surface (the finder, which quotes the clause just before,
        says it without it)."""
        return f"how you feel about {self.about} is said, not something to learn"

    @property
    def why(self) -> str:
        """Why the roadmaps offered are offered, said of them together ("need little maths, ...")."""
        return f"never use {self.about}" if self.subject else _WHY[self.about][0]

    @property
    def reason(self) -> str:
        """Why one roadmap offered is here, as the finder's pick says it."""
        return f"It never uses {self.about}" if self.subject else _WHY[self.about][1]

    @property
    def example(self) -> str:
        """The clause with an aim added, as a goal to type instead."""
        if self.subject:  # "i hate yaml, frontend developer"; to learn it anyway, the Undo reads it as typed
            return f"{self.said}, {self.aim}" if self.aim else self.said
        return f"{self.said} {_AIM[self.about]}"


def felt_alone(catalog: Catalog, stated: GoalKnown) -> FeltAlone:
    """What the goal of only a feeling (`stated.felt_alone`) is about, its clause and the roadmaps offered: those
    of `AWAY_FROM` the catalog has, each checked to need little of it (no maths topic of its own; a role beyond
    code; for a subject, none of its topics, prerequisites counted), so a catalog that changes one never has it
    offered untrue."""
    if stated.feelings:
        feeling = stated.feelings[-1]  # the clause that is the whole goal, after any said beside it
        if not (feeling.maths or feeling.coding):  # "i hate yaml": the roadmaps that never use it
            slugs = tuple(
                slug for slug in AWAY_FROM["subject"] if catalog.has_roadmap(slug) and _unused(catalog, slug, feeling)
            )
            aim = catalog.roadmap(slugs[0]).title.lower() if slugs else ""
            return FeltAlone(about=feeling.about, said=feeling.said, slugs=slugs[:_OFFERED], subject=True, aim=aim)
        about, said = ("maths" if feeling.maths else "coding"), feeling.said
    else:  # "im bad at math": a struggle with maths
        about, said = "maths", stated.struggles[0]
    slugs = tuple(slug for slug in AWAY_FROM[about] if catalog.has_roadmap(slug) and _little_of(catalog, slug, about))
    return FeltAlone(about=about, said=said, slugs=slugs)


def little_maths_among(catalog: Catalog, stated: GoalKnown, slugs: Iterable[str]) -> tuple[str, ...]:
    """Of the roadmaps a choice offers (`slugs`: "i hate math but want to code", Python, JavaScript or Computer
    Science), those with no maths topic of their own, when the goal says how the learner feels about maths or that
    it is hard for them; none otherwise. The finder picks them (with `FeltAlone.reason`'s words), as it picks the
    roadmaps that need little maths for "i hate math" alone; it used to pick nothing and ask for a field."""
    if not (stated.struggles or any(f.maths for f in stated.feelings)):
        return ()
    offered = (slug for slug in dict.fromkeys(slugs) if catalog.has_roadmap(slug))
    return tuple(slug for slug in offered if _little_of(catalog, slug, "maths"))


#: Why a roadmap with no maths topic of its own is picked for a learner who said how they feel about maths.
NO_MATHS_TOPIC = _WHY["maths"][1]


def _unused(catalog: Catalog, slug: str, feeling: Feeling) -> bool:
    """Whether the roadmap never teaches what the feeling is about, nor needs it first."""
    return feeling.topics.isdisjoint(catalog.with_prerequisites(catalog.roadmap(slug).topic_ids))


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
