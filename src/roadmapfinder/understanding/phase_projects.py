"""The catalog projects a generated roadmap's phases practise: one or two per phase, each shown once.

A generated phase is a slice of the topic graph, so its projects come from the catalog's: those that practise the
phase's topics, doable with what is learnt by the end of it first. A project an earlier phase already has is taken
again only when no other practises the topics, which `repeated` counts: the layout (`generate._group`) never cuts a
phase where that would show one project in two phases ("Finished 2D platformer" after the engine's fundamentals, and
again after 2D game development, which it needs).

A goal that learns a topic another way (`GoalSense.instead`: Godot's fundamentals in Unity's place) practises it
that way too: the Unity platformer practises Godot's fundamentals in a Godot roadmap (`practised`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Project, project_key


@dataclass(frozen=True)
class CatalogProject:
    """A project of the catalog, with the roadmap it is written in (its key is unique across the catalog)."""

    roadmap: str
    project: Project

    @property
    def key(self) -> str:
        return project_key(self.roadmap, self.project.title)


def catalog_projects(catalog: Catalog) -> tuple[CatalogProject, ...]:
    """Every project of the catalog once, by key, in catalog order (worked out once, kept with the catalog)."""
    return catalog.derived(_projects_of)


def practised(practises: Iterable[str], instead: dict[str, str]) -> list[str]:
    """A project's topics as this roadmap teaches them: the Unity platformer practises Godot's fundamentals in a
    Godot goal, which learns them in Unity's place."""
    return list(dict.fromkeys(instead.get(t, t) for t in practises))


def phase_projects(
    catalog: Catalog, groups: Sequence[Sequence[str]], known: Collection[str], instead: dict[str, str]
) -> list[list[CatalogProject]]:
    """The projects of each phase (a group of topics, in learning order), for a learner who knows `known`."""
    learnt = set(known)
    used: set[str] = set()
    chosen: list[list[CatalogProject]] = []
    for group in groups:
        projects = _projects(catalog, group, learnt, used, instead)
        used.update(p.key for p in projects)
        learnt.update(group)
        chosen.append(projects)
    return chosen


def repeated(chosen: Sequence[Sequence[CatalogProject]]) -> int:
    """How many projects are shown in more than one phase."""
    return sum(1 for count in Counter(p.key for projects in chosen for p in projects).values() if count > 1)


def _projects(
    catalog: Catalog, group: Sequence[str], learnt: set[str], used: set[str], instead: dict[str, str]
) -> list[CatalogProject]:
    """One or two catalog projects that practise this phase's topics, doable with what is learnt by then.

    A project an earlier phase already has is taken again only when no other practises these topics.
    """
    here = set(group)
    scored: list[tuple[tuple[int, int, int, float, str], CatalogProject]] = []
    for entry in _practising(catalog, here, instead):
        practises = set(practised(entry.project.practises, instead))
        overlap = len(practises & here)
        if not overlap:
            continue
        doable = practises <= here | learnt
        rank = (int(entry.key in used), -int(doable), -overlap, entry.project.effort_hours, entry.key)
        scored.append((rank, entry))
    scored.sort(key=lambda item: item[0])
    if not scored:
        return _fallback_project(catalog, group, used)
    chosen = [scored[0][1]]
    covered = set(practised(chosen[0].project.practises, instead))
    for rank, entry in scored[1:]:
        if not rank[0] and len((set(practised(entry.project.practises, instead)) & here) - covered) >= 2:
            chosen.append(entry)
            break
    return chosen


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


def _fallback_project(catalog: Catalog, group: Sequence[str], used: set[str]) -> list[CatalogProject]:
    """A project of a catalog phase that teaches one of these topics, when no project names them (one an
    earlier phase has only when there is no other)."""
    entries = [
        CatalogProject(use.roadmap.slug, project)
        for topic_id in group
        for use in catalog.uses_of(topic_id)
        for project in use.phase.projects
    ]
    fresh = [e for e in entries if e.key not in used]
    return (fresh or entries)[:1]


def _projects_of(catalog: Catalog) -> tuple[CatalogProject, ...]:
    """Every project of the catalog once, by key, in catalog order."""
    found: dict[str, CatalogProject] = {}
    for roadmap in catalog.roadmaps:
        for phase in roadmap.phases:
            for project in phase.projects:
                entry = CatalogProject(roadmap.slug, project)
                found.setdefault(entry.key, entry)
    return tuple(found.values())
