"""Tallies of progress: per phase (any titled list of topics and projects) and overall, for roadmaps and plans.

Pure functions of the catalog and a `ProgressState`; the web page, the dashboard, the API and the CLI all read
these, so a percentage is computed in one place only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Roadmap, project_key
from roadmapfinder.progress.status import ProgressState, TopicStatus


@dataclass(frozen=True)
class Section:
    """A titled list of things to learn: a roadmap phase or a plan phase."""

    number: int
    title: str
    topic_ids: tuple[str, ...]
    project_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tally:
    """Counts over a list of items. Skipped topics count as finished: nothing is left to do for them."""

    total: int
    done: int = 0
    in_progress: int = 0
    skipped: int = 0

    @property
    def finished(self) -> int:
        return self.done + self.skipped

    @property
    def percent(self) -> int:
        """Whole percent finished, rounded down so 100 means everything is finished."""
        return (self.finished * 100) // self.total if self.total else 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            total=self.total + other.total,
            done=self.done + other.done,
            in_progress=self.in_progress + other.in_progress,
            skipped=self.skipped + other.skipped,
        )


@dataclass(frozen=True)
class SectionProgress:
    number: int
    title: str
    tally: Tally


@dataclass(frozen=True)
class TrackProgress:
    """Progress through a roadmap or plan: each phase and the whole (topics and projects counted alike)."""

    sections: tuple[SectionProgress, ...]
    overall: Tally

    @property
    def started(self) -> bool:
        return self.overall.finished + self.overall.in_progress > 0


def _tally(section: Section, state: ProgressState) -> Tally:
    status = state.topics.get
    statuses = [status(t) for t in section.topic_ids]
    projects_done = sum(1 for key in section.project_keys if key in state.projects)
    return Tally(
        total=len(section.topic_ids) + len(section.project_keys),
        done=statuses.count(TopicStatus.DONE) + projects_done,
        in_progress=statuses.count(TopicStatus.IN_PROGRESS),
        skipped=statuses.count(TopicStatus.SKIPPED),
    )


def sections_progress(sections: Iterable[Section], state: ProgressState) -> TrackProgress:
    """Per-section and overall progress for any list of sections (a topic in two sections counts in both)."""
    parts = tuple(SectionProgress(s.number, s.title, _tally(s, state)) for s in sections)
    overall = sum((p.tally for p in parts), Tally(total=0))
    return TrackProgress(sections=parts, overall=overall)


def roadmap_sections(roadmap: Roadmap) -> tuple[Section, ...]:
    """A roadmap's phases as sections, numbered from 1."""
    return _parts(roadmap).sections


@dataclass(frozen=True)
class _RoadmapParts:
    """What progress counts on a roadmap: its sections, and all of them as one (every topic and project in order),
    with how many times each topic and project counts in the whole (a topic in two phases counts twice)."""

    sections: tuple[Section, ...]
    whole: Section
    topic_counts: Mapping[str, int]
    project_counts: Mapping[str, int]


def _parts(roadmap: Roadmap) -> _RoadmapParts:
    """Made once per roadmap object: /me counts progress on most of the catalog per visit, and a loaded roadmap
    never changes."""
    kept = _PARTS.get(id(roadmap))
    if kept is not None and kept[0] is roadmap:  # the same object, not a new one that reuses a freed id
        return kept[1]
    if len(_PARTS) >= _PARTS_KEPT:
        _PARTS.clear()
    sections = tuple(
        Section(
            number=number,
            title=phase.title,
            topic_ids=phase.topic_ids,
            project_keys=tuple(project_key(roadmap.slug, p.title) for p in phase.projects),
        )
        for number, phase in enumerate(roadmap.phases, start=1)
    )
    whole = Section(
        number=0,
        title=roadmap.title,
        topic_ids=tuple(t for s in sections for t in s.topic_ids),
        project_keys=tuple(k for s in sections for k in s.project_keys),
    )
    parts = _RoadmapParts(
        sections=sections,
        whole=whole,
        topic_counts=Counter(whole.topic_ids),
        project_counts=Counter(whole.project_keys),
    )
    _PARTS[id(roadmap)] = (roadmap, parts)
    return parts


#: id(roadmap) -> (the roadmap, its parts); the roadmap is kept so its id cannot be reused while cached.
_PARTS: dict[int, tuple[Roadmap, _RoadmapParts]] = {}
_PARTS_KEPT = 1024  # a few catalogs' worth (tests load several)


def roadmap_progress(roadmap: Roadmap, state: ProgressState) -> TrackProgress:
    """Progress through one roadmap."""
    return sections_progress(roadmap_sections(roadmap), state)


def next_topics(topic_ids: Sequence[str], state: ProgressState, *, limit: int = 3) -> list[str]:
    """What to do next, in learning order: topics in progress first, then the first ones not started."""
    doing = [t for t in topic_ids if state.status(t) is TopicStatus.IN_PROGRESS]
    fresh = [t for t in topic_ids if state.status(t) is None]
    ordered = list(dict.fromkeys([*doing, *fresh]))
    return ordered[:limit]


@dataclass(frozen=True)
class RoadmapStanding:
    """A roadmap the learner has started: its progress and what to do next on it."""

    roadmap: Roadmap
    progress: TrackProgress
    next_topic_ids: list[str]


def roadmaps_followed(catalog: Catalog, state: ProgressState, *, next_limit: int = 3) -> list[RoadmapStanding]:
    """The roadmaps the learner follows, furthest along first (then by catalog order)."""
    standings = [
        RoadmapStanding(r, roadmap_progress(r, state), next_topics(r.topic_ids, state, limit=next_limit))
        for r in catalog.roadmaps
        if r.slug in state.roadmaps
    ]
    return sorted(standings, key=lambda s: -s.progress.overall.percent)


def roadmaps_sharing(catalog: Catalog, state: ProgressState, *, limit: int = 5) -> list[RoadmapStanding]:
    """Roadmaps the learner does not follow on which their progress counts too, furthest along first (then by
    catalog order).

    Every roadmap holding a marked topic is a candidate (shared topics such as Git sit on most of the catalog), so
    each is ranked by its overall count alone, and only the few shown get their progress phase by phase: /me asks
    this on every visit."""
    ranked = []
    for roadmap in _marked_roadmaps(catalog, state):
        if roadmap.slug in state.roadmaps:
            continue
        overall = _overall(roadmap, state)
        if overall.finished + overall.in_progress:
            ranked.append((roadmap, overall))
    ranked.sort(key=lambda pair: -pair[1].percent)
    return [RoadmapStanding(roadmap, roadmap_progress(roadmap, state), []) for roadmap, _ in ranked[:limit]]


def roadmaps_started(catalog: Catalog, state: ProgressState, *, next_limit: int = 3) -> list[RoadmapStanding]:
    """Every roadmap with at least one item marked, furthest along first (then by catalog order)."""
    standings = []
    for roadmap in _marked_roadmaps(catalog, state):
        progress = roadmap_progress(roadmap, state)
        if progress.started:
            following = next_topics(roadmap.topic_ids, state, limit=next_limit) if next_limit else []
            standings.append(RoadmapStanding(roadmap, progress, following))
    return sorted(standings, key=lambda s: -s.progress.overall.percent)


def _marked_roadmaps(catalog: Catalog, state: ProgressState) -> list[Roadmap]:
    """The roadmaps holding one of the learner's marked topics or finished projects (the others have not started)."""
    marked = state.topics.keys()
    with_projects = {key.partition("/")[0] for key in state.projects}
    return [
        roadmap
        for roadmap in catalog.roadmaps
        if roadmap.slug in with_projects or not marked.isdisjoint(_parts(roadmap).topic_counts.keys())
    ]


def _overall(roadmap: Roadmap, state: ProgressState) -> Tally:
    """The roadmap's overall count (the sum of its phases' counts, a topic in two phases counted twice), from the
    learner's marks on it alone: /me ranks every roadmap holding a mark, and walking each one's topics cost a
    millisecond for a learner with a few marks."""
    parts = _parts(roadmap)
    counted = {TopicStatus.DONE: 0, TopicStatus.IN_PROGRESS: 0, TopicStatus.SKIPPED: 0}
    for topic_id in state.topics.keys() & parts.topic_counts.keys():
        counted[state.topics[topic_id]] += parts.topic_counts[topic_id]
    projects_done = sum(parts.project_counts[key] for key in state.projects & parts.project_counts.keys())
    return Tally(
        total=len(parts.whole.topic_ids) + len(parts.whole.project_keys),
        done=counted[TopicStatus.DONE] + projects_done,
        in_progress=counted[TopicStatus.IN_PROGRESS],
        skipped=counted[TopicStatus.SKIPPED],
    )
