"""Topics no roadmap is built on: taught only in a roadmap's extra section, never as a core skill (Godot, in Game
Developer's "Alternative engine" section, beside its phase on Unity).

A goal about nothing else ("make games in godot", "gdscript") gets the roadmaps that teach the topic, each saying it
teaches it in one section, and no roadmap that only shares other things with them: C# and C++ follow Game Developer
for its Unity and Unreal phases, not for Godot. When the generator builds a path on the topic itself (the Godot
games path), the finder points there (`FinderOut.generate`) rather than filling its picks with unrelated roadmaps.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Category, Roadmap
from roadmapfinder.search.text import words
from roadmapfinder.understanding.goals import GoalReading
from roadmapfinder.understanding.interpret import Interpretation


@dataclass(frozen=True)
class Section:
    """Where a roadmap teaches a topic it is not built on."""

    phase: str  # the phase's title: "First games in Unity"
    title: str  # the extra section's title: "Alternative engine"
    topics: tuple[str, ...]  # the ids of the asked topics it teaches there


def unbuilt_asked(catalog: Catalog, reading: Interpretation) -> list[str]:
    """The topics the goal names that no roadmap is built on, in the goal's order, when the goal is about nothing
    else: every phrase names only such topics (through a roadmap's alias too: "godot" is Game Developer's) or a field
    ("games"), a language said beside them ("godot with c#"), or what to make with them, a topic a roadmap teaching
    them teaches too ("platformer", 2D game development, in "make a 2d platformer in godot"); a word left over must be
    one of such a topic's name ("2d"). Empty otherwise: beside another subject the goal's other words decide. Read
    strictly, "2d platformer" kept "make a 2d platformer in godot" from the Godot path the generator builds."""
    unbuilt = catalog.derived(_unbuilt_topics)
    asked: list[str] = []
    made: list[str] = []  # topics of what the goal makes with them
    for meaning in reading.meanings:
        if meaning.field and not meaning.topics:
            continue
        if meaning.roadmaps and all(_is_language(catalog, r.key) for r in meaning.roadmaps):
            continue  # "godot with c#": the language the tool is used in, said beside it
        keys = [t.key for t in meaning.topics]
        if not keys:
            return []
        if set(keys) <= unbuilt:
            asked += keys
        else:
            made += keys
    if not asked or not _made_with(catalog, asked, made):
        return []
    names = {w for tid in [*asked, *made] for w in words(catalog.topic(tid).name)}
    if any(not set(words(w)) <= names for w in reading.loose_words):
        return []
    return list(dict.fromkeys(asked))


def _made_with(catalog: Catalog, unbuilt: list[str], made: list[str]) -> bool:
    """Whether a roadmap that teaches the unbuilt topics teaches every other topic asked too: then those say what to
    make with them (2D game development beside Godot, both Game Developer's), not another subject."""
    if not made:
        return True
    return any(set(unbuilt) & set(r.topic_ids) and set(made) <= set(r.topic_ids) for r in catalog.roadmaps)


def languages_beside(catalog: Catalog, reading: Interpretation) -> list[str]:
    """The language roadmaps the goal names beside a tool no roadmap is built on ("godot with c#": C# and .NET), by
    slug: the picks are then what teaches the tool, then those languages, and nothing that only shares their words
    (ASP.NET Core)."""
    return [r.key for m in reading.meanings for r in m.roadmaps if _is_language(catalog, r.key)]


def _is_language(catalog: Catalog, slug: str) -> bool:
    return catalog.has_roadmap(slug) and catalog.roadmap(slug).category == Category.LANGUAGES


def generated_on(reading: GoalReading, topic_ids: list[str]) -> bool:
    """Whether the generator builds the goal on the topics themselves, as it reads it (`reading`, from
    `goals.read_goal`): "games in godot" is its Godot games path, "tableau" a path to Tableau; "ccna" is the Network
    Engineer roadmap whole, so a generated roadmap would add nothing the finder's pick does not."""
    built_on = {t.key for m in reading.subjects if not m.roadmaps for t in m.topics}
    return set(topic_ids) <= built_on


def grounds(catalog: Catalog, topic_ids: list[str]) -> set[str]:
    """The topics and what they build on (their prerequisites): what a roadmap must teach to fit a goal about them."""
    return {*topic_ids, *(p for tid in topic_ids for p in catalog.topic(tid).prerequisites)}


def section_teaching(roadmap: Roadmap, topic_ids: list[str]) -> Section | None:
    """The first extra section of the roadmap that teaches one of the topics, if any."""
    for phase in roadmap.phases:
        for section in phase.extra_sections:
            if taught := tuple(t for t in topic_ids if t in section.topics):
                return Section(phase=phase.title, title=section.title, topics=taught)
    return None


def _unbuilt_topics(catalog: Catalog) -> frozenset[str]:
    """The topics that some roadmap teaches in an extra section and none as a core skill. Read once per catalog."""
    core = {tid for roadmap in catalog.roadmaps for phase in roadmap.phases for tid in phase.core_skills}
    extra = {
        tid
        for roadmap in catalog.roadmaps
        for phase in roadmap.phases
        for section in phase.extra_sections
        for tid in section.topics
    }
    return frozenset(extra - core)
