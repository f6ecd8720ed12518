"""A goal that says only what the learner knows ("i know a bit of python and excel"): nothing to build, one question.

It used to be read as asking for what it names, so the learner got a roadmap of what they already know. Now nothing
is built; the refusal says what was read as known and asks what to reach with it, and offers the roadmaps that
build on it: a choice to make, not something missing (`NotFound.choice`), as for "learn to code".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.errors import NotFound
from roadmapfinder.understanding.goal_known import GoalKnown

#: How many roadmaps the refusal offers.
OFFERED = 3


def only_known_refusal(
    catalog: Catalog, goal: str, stated: GoalKnown, *, mentioned: Sequence[tuple[str, str]] = ()
) -> NotFound:
    """The refusal of a goal that says only what the learner knows (`stated.only_known`); when the catalog names
    none of it, the finder asks, and the roadmaps `mentioned` (slug, where) mentioning it are said, not offered."""
    if not stated.readings:  # "i know a bit of cooking": the catalog names none of it, so nothing builds on it
        unknown = ", ".join(f"“{w}”" for w in stated.not_understood)
        hint = (
            "you said what you know but not what you want to learn: add that to your goal "
            f"(“{goal} and want to build a website”), or let the finder ask you; the catalog has no roadmap or topic "
            f"named {unknown}"
        )
        if mentioned:
            hint += "; mentioned in " + ", ".join(f"{catalog.roadmap(s).title} ({where})" for s, where in mentioned)
        return NotFound("roadmap for", goal, [], hint=hint, choice=True)  # a mention is no roadmap to start from
    read = and_list([u.line for u in stated.readings])
    offered = building_on(catalog, {*stated.topics, *stated.started})
    hint = (
        f"you said what you know ({read}) but not what you want to learn with it: add that to your goal "
        f"(“{goal} and want to {_aim(catalog, offered)}”), or choose a roadmap that builds on it"
    )
    if stated.not_understood:  # "i know a bit of pyhton and excell": said, never dropped in silence
        hint += "; not understood, so not counted as known: " + and_list([f"“{w}”" for w in stated.not_understood])
    return NotFound("roadmap for", goal, offered, hint=hint, choice=True)


def _aim(catalog: Catalog, offered: list[str]) -> str:
    """An example of an aim for the learner's goal, from the first roadmap offered: "become a Data Analyst"."""
    roadmaps = [catalog.roadmap(slug) for slug in offered]
    if role := next((r for r in roadmaps if r.role), None):
        article = "an" if role.title[:1] in "AEIOU" else "a"
        return f"become {article} {role.title}"
    return f"learn {roadmaps[0].title}" if roadmaps else "build a web app"


def building_on(catalog: Catalog, known: Collection[str], *, count: int = OFFERED) -> list[str]:
    """The roadmaps that go on from these topics, best first: those holding the most of them, roles before skills
    (the skill's own roadmap goes deeper into what they know; a role says what it is for), then those where they
    come earliest (the learner is furthest into it), in catalog order; never one of which they know all."""
    ranked = []
    for place, roadmap in enumerate(catalog.roadmaps):
        topics = roadmap.topic_ids
        held = [index for index, topic_id in enumerate(topics) if topic_id in known]
        if held and len(held) < len(topics):
            ranked.append((-len(held), not roadmap.role, held[0], place, roadmap.slug))
    return [slug for *_, slug in sorted(ranked)[:count]]
