"""The catalog projects a generated roadmap's phases practise: one or two per phase, each shown once, each doable
with what the learner has by then, or saying what else it uses.

A generated phase is a slice of the topic graph, so its projects come from the catalog's: those that practise the
phase's topics. A catalog project was written for a catalog phase, so it may practise topics this roadmap does not
teach by then: a robotics goal's first phase got a "Proofs and experiments notebook" (discrete maths, probability),
an Arduino goal a bare-metal blinky that writes the linker script the roadmap says it leaves out, a Discord bot
"Secure the booking API". So a project is chosen by what it uses beyond what is learnt by the end of its phase or
what the learner has (`beyond`, `Reach`):

1. the fewest topics beyond first (none, then one...), then the most of the phase's topics practised;
2. never one mostly beyond (`mostly_beyond`: more than half of what it practises), nor one that practises a topic the
   roadmap leaves out on purpose (`Reach.left_out`: Arduino's linker scripts, a hobby's career preparation), nor a
   tangent: one of a roadmap this one is not drawn from that uses more than `TANGENT_BEYOND` topics beyond (the
   platformer of Game Developer may in a Godot goal; Embedded Systems' C++ sensor driver, with its toolchains and
   drivers, may not in an Unreal one), nor one an earlier phase shows already;
3. a chosen project that still uses something untaught says so, by name (`also_uses_line`: "Also uses: Git version
   control (not in this roadmap)."), and a phase no project fits has none and says why (`no_project_reason`).

Ranking by what is beyond the *whole roadmap* was tried and reverted: it moved the Arduino night light (C, taught in
phase 2) into phase 1 and gave phase 2 "Exploits and a public disclosure". Counting what is learnt *by this phase*
keeps each project where its topics are. The layout (`generate._cut`) never cuts a phase where one project's topics
would be split (`unpractised`: not between a game engine's fundamentals and 2D game development, which the Finished
2D platformer both needs), and where it can, where no phase is then left without a project.

A goal that learns a topic another way (`GoalSense.instead`: Godot's fundamentals in Unity's place) practises it
that way too: the Unity platformer practises Godot's fundamentals in a Godot roadmap (`practised`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Project, project_key
from roadmapfinder.catalog.shapes import and_list


@dataclass(frozen=True)
class CatalogProject:
    """A project of the catalog, with the roadmap it is written in (its key is unique across the catalog)."""

    roadmap: str
    project: Project

    @property
    def key(self) -> str:
        return project_key(self.roadmap, self.project.title)


@dataclass(frozen=True)
class Reach:
    """What a project may rely on besides what the roadmap teaches by its phase (`usable`: what the learner knows,
    with what that needs first, and what is below their level), and what it may never need (`left_out`: topics the
    roadmap leaves out on purpose, with a reason the learner reads)."""

    usable: frozenset[str] = field(default_factory=frozenset)
    left_out: frozenset[str] = field(default_factory=frozenset)
    #: Projects never handed over, by key: written for another cloud than the one the roadmap is on
    #: (`counterparts.barred`: "GitOps on EKS" practises AWS's containers, whose place Azure's took).
    barred: frozenset[str] = field(default_factory=frozenset)


def catalog_projects(catalog: Catalog) -> tuple[CatalogProject, ...]:
    """Every project of the catalog once, by key, in catalog order (worked out once, kept with the catalog)."""
    return catalog.derived(_projects_of)


def practised(practises: Sequence[str], instead: dict[str, str]) -> Sequence[str]:
    """A project's topics as this roadmap teaches them: the Unity platformer practises Godot's fundamentals in a
    Godot goal, which learns them in Unity's place."""
    if not instead:  # most goals: as written (the layout asks this for every project it weighs)
        return practises
    return list(dict.fromkeys(instead.get(t, t) for t in practises))


def beyond(practises: Iterable[str], have: Collection[str]) -> list[str]:
    """The topics a project practises that the learner does not have (`have`: learnt by the end of its phase, or
    known), in the project's order."""
    return [t for t in practises if t not in have]


def mostly_beyond(practises: Sequence[str], missing: Sequence[str]) -> bool:
    """Whether more than half of what a project practises is beyond what the learner has: such a project belongs
    to another roadmap, or a later point of this one, and handing it over would leave most of it unexplained."""
    return len(missing) * 2 > len(practises)


def fits(practises: Sequence[str], have: Collection[str], reach: Reach) -> bool:
    """Whether a project may be handed over at all: not mostly beyond what the learner has, and needing nothing
    the roadmap leaves out on purpose."""
    return not mostly_beyond(practises, beyond(practises, have)) and reach.left_out.isdisjoint(practises)


#: The most topics beyond what the learner has that a project of a roadmap this one is not drawn from may use.
TANGENT_BEYOND = 2


def phase_projects(
    catalog: Catalog, groups: Sequence[Sequence[str]], reach: Reach, instead: dict[str, str], *, again: bool = False
) -> list[list[CatalogProject]]:
    """The projects of each phase (a group of topics, in learning order): one or two, or none when none fits; a
    project is shown in one phase only. With `again` (the layout's question, `unpractised`), a phase no other project
    fits takes one an earlier phase has."""
    home = _home_roadmaps(catalog, {t for group in groups for t in group})
    learnt = set(reach.usable)
    used: set[str] = set()
    chosen: list[list[CatalogProject]] = []
    for group in groups:
        learnt.update(group)
        projects = _projects(catalog, group, learnt, used, instead, reach, home)
        if again and not projects:
            projects = _projects(catalog, group, learnt, set(), instead, reach, home)[:1]
        used.update(p.project.title for p in projects)  # by title: two roadmaps may hold one project
        chosen.append(projects)
    return chosen


def unpractised(chosen: Sequence[Sequence[CatalogProject]]) -> tuple[int, int]:
    """Of `phase_projects(again=True)`: how many projects are wanted in two phases, and how many phases have none
    of their own (none at all, or only one an earlier phase has): without `again`, those have no project."""
    seen: set[str] = set()
    twice = without = 0
    for projects in chosen:
        titles = [p.project.title for p in projects]
        again = [t for t in titles if t in seen]
        twice += len(again)
        without += len(again) == len(titles)
        seen.update(titles)
    return twice, without


def also_uses(
    practises: Sequence[str], groups: Sequence[Sequence[str]], at: int, usable: Collection[str]
) -> list[tuple[str, int | None]]:
    """What the project of phase `at` (0-based) uses beyond what is learnt by then or `usable`: each topic with the
    number of the later phase that teaches it, or None when this roadmap does not teach it."""
    have = set(usable).union(*groups[: at + 1])
    later = {t: number for number, group in enumerate(groups, start=1) if number > at + 1 for t in group}
    return [(t, later.get(t)) for t in beyond(practises, have)]


def also_uses_line(catalog: Catalog, uses: Sequence[tuple[str, int | None]]) -> str:
    """The line a project carries when it uses topics the learner will not have by its phase, by name: "Also uses:
    Git version control (not in this roadmap)."; "" when it uses none."""
    if not uses:
        return ""
    parts = []  # names hold "and" ("Authorization and access control"): listed with commas
    absent = [catalog.topic(t).name for t, number in uses if number is None]
    if absent:
        parts.append(f"{', '.join(absent)} (not in this roadmap)")
    for number in sorted({n for _, n in uses if n is not None}):
        names = [catalog.topic(t).name for t, n in uses if n == number]
        parts.append(f"{', '.join(names)} (taught later, in phase {number})")
    return f"Also uses: {'; '.join(parts)}."


def no_project_reason(
    catalog: Catalog,
    groups: Sequence[Sequence[str]],
    at: int,
    chosen: Sequence[Sequence[CatalogProject]],
    instead: dict[str, str],
) -> str:
    """Why phase `at` (0-based) has no project, for the learner: the catalog's projects for its topics need more
    than the roadmap has taught by then (or there are none); and the phase whose project practises them, if any
    (the nearest later one first: an earlier one says so on it, "Also uses: … (taught later, in phase 4)")."""
    group = groups[at]
    listed = [catalog.topic(t).name for t in group[:3]] + ([f"{len(group) - 3} more"] if len(group) > 3 else [])
    names = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " or " + listed[-1]
    reason = (
        f"No project for this phase: the catalog's projects that practise {names} need more than this roadmap has "
        "taught by here."
        if _practising(catalog, set(group), instead)
        else f"No project for this phase: the catalog has none that practises {names} yet."
    )
    later = [(number, projects) for number, projects in enumerate(chosen, start=1) if number > at + 1]
    earlier = [(number, projects) for number, projects in enumerate(chosen, start=1) if number < at + 1]
    for number, projects in [*later, *reversed(earlier)]:  # the nearest later one, else the nearest earlier one
        for entry in projects:
            if put := [catalog.topic(t).name for t in practised(entry.project.practises, instead) if t in group]:
                return f"{reason} Phase {number}'s project, {entry.project.title}, puts {and_list(put)} to work."
    return reason


#: A project's rank: topics beyond, minus the phase's topics it practises, hours, key.
_Rank = tuple[int, int, float, str]


def _projects(
    catalog: Catalog,
    group: Sequence[str],
    learnt: set[str],
    used: set[str],
    instead: dict[str, str],
    reach: Reach,
    home: frozenset[str],
) -> list[CatalogProject]:
    """One or two catalog projects that practise this phase's topics with what is learnt by its end (`learnt`),
    ranked as the module docstring says, none an earlier phase has (`used`, by title); none when none fits. A second one
    when one practises two more of the phase's topics and uses no more beyond than the first (or one topic)."""
    here = set(group)
    scored: list[tuple[_Rank, CatalogProject]] = []
    for entry in _practising(catalog, here, instead):
        practises = practised(entry.project.practises, instead)
        overlap = len(set(practises) & here)
        missing = _missing(entry, practises, learnt, reach, home)
        if not overlap or missing is None or entry.project.title in used:
            continue
        scored.append(((missing, -overlap, entry.project.effort_hours, entry.key), entry))
    scored.sort(key=lambda item: item[0])
    if not scored:
        return _fallback_project(catalog, group, learnt, used, instead, reach, home)
    (most, _, _, _), first = scored[0]
    chosen = [first]
    covered = set(practised(first.project.practises, instead))
    for rank, entry in scored[1:]:
        adds = (set(practised(entry.project.practises, instead)) & here) - covered
        if len(adds) >= 2 and rank[0] <= max(most, 1):
            chosen.append(entry)
            break
    return chosen


def _missing(
    entry: CatalogProject, practises: Sequence[str], learnt: set[str], reach: Reach, home: frozenset[str]
) -> int | None:
    """How many topics the project uses beyond what is learnt, or None when it may not be handed over: it does not
    fit (`fits`), or it is a tangent (of a roadmap this one is not drawn from, using more than `TANGENT_BEYOND`
    topics beyond)."""
    if entry.key in reach.barred:
        return None
    missing = len(beyond(practises, learnt))
    if missing * 2 > len(practises) or not reach.left_out.isdisjoint(practises):  # `fits`, counted once
        return None
    return None if missing > TANGENT_BEYOND and entry.roadmap not in home else missing


def _home_roadmaps(catalog: Catalog, topics: set[str]) -> frozenset[str]:
    """The roadmaps a generated roadmap is mostly drawn from: each teaches at least half of its topics. A project
    of theirs is about the goal even where it uses a topic more (the Finished 2D platformer of Game Developer, in a
    Godot goal); one of another roadmap is a tangent (Embedded Systems' C++ sensor driver in an Unreal goal)."""
    known = catalog.derived(_home_cache)
    key = frozenset(topics)
    if key not in known:  # the layout asks again for every cut it weighs: worked out once per set of topics
        taught = catalog.derived(_roadmap_topics)
        known[key] = frozenset(slug for slug, own in taught.items() if len(key & own) * 2 >= len(key))
    return known[key]


def _home_cache(catalog: Catalog) -> dict[frozenset[str], frozenset[str]]:
    """Topics of a generated roadmap -> its home roadmaps, kept with the catalog (bounded: `_HOME_CACHE_SIZE`)."""
    return _BoundedDict()


#: How many sets of topics `_home_roadmaps` keeps answers for: every goal asked brings a few.
_HOME_CACHE_SIZE = 512


class _BoundedDict(dict[frozenset[str], frozenset[str]]):
    """A dict that forgets everything once it holds `_HOME_CACHE_SIZE` entries (cheap, and enough for a cache of
    answers worked out in microseconds)."""

    def __setitem__(self, key: frozenset[str], value: frozenset[str]) -> None:
        if len(self) >= _HOME_CACHE_SIZE:
            self.clear()
        super().__setitem__(key, value)


def _roadmap_topics(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Roadmap slug -> every topic its phases teach (worked out once per catalog)."""
    return {r.slug: frozenset(t for phase in r.phases for t in phase.topic_ids) for r in catalog.roadmaps}


def _practising(catalog: Catalog, here: set[str], instead: dict[str, str]) -> list[CatalogProject]:
    """The projects that may practise any of these topics as this roadmap teaches them (from the catalog's index)."""
    table = catalog.derived(_practising_table)
    topics = here | {default for default, chosen in instead.items() if chosen in here}
    return list({entry.key: entry for topic_id in topics for entry in table.get(topic_id, ())}.values())


def _practising_table(catalog: Catalog) -> dict[str, tuple[CatalogProject, ...]]:
    """Topic id -> the projects that practise it (worked out once per catalog, from the projects themselves: a value
    `Catalog.derived` builds must not ask it for another)."""
    table: dict[str, list[CatalogProject]] = {}
    for entry in _projects_of(catalog):
        for topic_id in entry.project.practises:
            table.setdefault(topic_id, []).append(entry)
    return {k: tuple(v) for k, v in table.items()}


def _fallback_project(
    catalog: Catalog,
    group: Sequence[str],
    learnt: set[str],
    used: set[str],
    instead: dict[str, str],
    reach: Reach,
    home: frozenset[str],
) -> list[CatalogProject]:
    """When no project that practises these topics fits: a project of a catalog phase that teaches one of them, by
    the same rule (the fewest topics beyond what is learnt, never one that may not be handed over, nor one an
    earlier phase has); none when none fits."""
    entries = {
        e.key: e
        for e in (
            CatalogProject(use.roadmap.slug, project)
            for topic_id in group
            for use in catalog.uses_of(topic_id)
            for project in use.phase.projects
        )
    }
    scored = [
        ((missing, order), entry)
        for order, entry in enumerate(entries.values())
        if entry.project.title not in used
        and (missing := _missing(entry, practised(entry.project.practises, instead), learnt, reach, home)) is not None
    ]
    return [min(scored, key=lambda item: item[0])[1]] if scored else []


def _projects_of(catalog: Catalog) -> tuple[CatalogProject, ...]:
    """Every project of the catalog once, by key, in catalog order."""
    found: dict[str, CatalogProject] = {}
    for roadmap in catalog.roadmaps:
        for phase in roadmap.phases:
            for project in phase.projects:
                entry = CatalogProject(roadmap.slug, project)
                found.setdefault(entry.key, entry)
    return tuple(found.values())
