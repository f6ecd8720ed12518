"""What two roadmaps share: the finder's measure of which roadmaps come next after one (its neighbours).

Read both ways, the larger counting: the share of one roadmap's topics the other teaches (Data Analyst and Data
Scientist for Data Engineer), or the share of the other's topics it teaches, how far it takes the learner into it
(Docker is a tenth of DevOps). A topic counts less the more roadmaps teach it (variables and loops make no language a
neighbour of another). A language's own topics count only between that language and another roadmap: two roadmaps
that both teach C++ from its first lessons share a language, not a subject. Counted, Game Developer's Unreal phase and
Embedded Systems' C++ services made each the other's neighbour, and a learner who asked for games in Godot was sent
to microcontrollers.
"""

from __future__ import annotations

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Category, Roadmap

#: A roadmap sharing at least this much with another is its neighbour.
NEIGHBOUR_FLOOR = 0.1
#: ... and one that it builds on or that builds on it counts as sharing at least this much.
BUILDS_ON_SHARE = 0.3


def roadmap_shares(catalog: Catalog, roadmap: Roadmap) -> dict[str, float]:
    """What each other roadmap shares with `roadmap`, by slug, when at least `NEIGHBOUR_FLOOR`: what it builds on
    comes first (`BUILDS_ON_SHARE` more: Backend Developer for System Design), what builds on it shares at least
    `BUILDS_ON_SHARE`."""
    rarity = catalog.derived(_rarity)
    language_of = catalog.derived(language_topics)
    weighed = catalog.derived(_weighed_topics)
    own = set(roadmap.topic_ids)
    own_weight = _weight(rarity, own)
    out: dict[str, float] = {}
    for other in catalog.roadmaps:
        if other.slug == roadmap.slug:
            continue
        theirs, their_weight = weighed[other.slug]
        pair = frozenset((roadmap.slug, other.slug))
        shared = sum(rarity[t] for t in own & theirs if pair & language_of.get(t, pair))
        share = max(shared / own_weight, shared / their_weight)
        if other.slug in roadmap.prerequisite_roadmaps:
            share += BUILDS_ON_SHARE
        elif roadmap.slug in other.prerequisite_roadmaps:
            share = max(share, BUILDS_ON_SHARE)
        if share >= NEIGHBOUR_FLOOR:
            out[other.slug] = share
    return out


def language_topics(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Each topic that is a language's own, with the slugs of the languages it belongs to: a topic of a roadmap of
    the languages section that only it and the roadmaps teaching the language from its first lessons (every core skill
    of its first phase) teach. C++'s RAII is C++'s: only C++, Game Developer and Embedded Systems teach it, and both
    teach C++ from its toolchain and syntax up. A topic others teach too (message brokers, in C# and Backend
    Developer) is no language's. Read once per catalog."""
    teachers: dict[str, set[str]] = {}
    for roadmap in catalog.roadmaps:
        for tid in roadmap.topic_ids:
            teachers.setdefault(tid, set()).add(roadmap.slug)
    out: dict[str, set[str]] = {}
    for language in catalog.roadmaps:
        if language.category != Category.LANGUAGES or not language.phases:
            continue
        first_lessons = set(language.phases[0].core_skills)
        users = {r.slug for r in catalog.roadmaps if first_lessons <= set(r.topic_ids)}
        for tid in language.topic_ids:
            if teachers[tid] <= users:
                out.setdefault(tid, set()).add(language.slug)
    return {tid: frozenset(slugs) for tid, slugs in out.items()}


def _weight(rarity: dict[str, float], topics: set[str] | frozenset[str]) -> float:
    """A roadmap's topics weighed by their rarity (never zero, so a share of them can be taken)."""
    return sum(rarity[t] for t in topics) or 1.0


def _weighed_topics(catalog: Catalog) -> dict[str, tuple[frozenset[str], float]]:
    """Each roadmap's topics and their weight (`_weight`), by slug, read once per catalog: a finder answer compares
    its picks with every roadmap, and gathering each one's topics again was a sixth of its time."""
    rarity = catalog.derived(_rarity)
    out: dict[str, tuple[frozenset[str], float]] = {}
    for roadmap in catalog.roadmaps:
        topics = frozenset(roadmap.topic_ids)
        out[roadmap.slug] = (topics, _weight(rarity, topics))
    return out


def _rarity(catalog: Catalog) -> dict[str, float]:
    """Each topic's weight in what two roadmaps share: one over how many roadmaps teach it. Read once per catalog."""
    teachers: dict[str, int] = {}
    for roadmap in catalog.roadmaps:
        for tid in set(roadmap.topic_ids):
            teachers[tid] = teachers.get(tid, 0) + 1
    return {tid: 1 / count for tid, count in teachers.items()}
