"""Tallies of progress: per phase (any titled list of topics and projects) and overall, for roadmaps and plans.

Pure functions of the catalog and a `ProgressState`; the web page, the dashboard, the API and the CLI all read
these, so a percentage is computed in one place only.
"""

from __future__ import annotations

import functools
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
    """The learner's counts over one section's topics and projects."""
    statuses = list(map(state.topics.get, section.topic_ids)) if state.topics else []
    projects_done = sum(map(state.projects.__contains__, section.project_keys)) if state.projects else 0
    return Tally(
        total=len(section.topic_ids) + len(section.project_keys),
        done=statuses.count(TopicStatus.DONE) + projects_done,
        in_progress=statuses.count(TopicStatus.IN_PROGRESS),
        skipped=statuses.count(TopicStatus.SKIPPED),
    )


def sections_progress(sections: Iterable[Section], state: ProgressState) -> TrackProgress:
    """Per-section and overall progress for any list of sections (a topic in two sections counts in both)."""
    parts = tuple(SectionProgress(s.number, s.title, _tally(s, state)) for s in sections)
    tallies = [p.tally for p in parts]
    overall = Tally(
        total=sum(t.total for t in tallies),
        done=sum(t.done for t in tallies),
        in_progress=sum(t.in_progress for t in tallies),
        skipped=sum(t.skipped for t in tallies),
    )
    return TrackProgress(sections=parts, overall=overall)


@dataclass(frozen=True)
class SectionsIndex:
    """A list of sections indexed by item: where each topic and project is listed (a section's place in the list,
    once per listing), and how many items each section lists.

    Made once per track: a reader's progress is then tallied by what they marked (a handful of items) rather than
    by everything the sections list (an 80-week plan's every topic, for each of its bars on every view), as
    `_Holders` does for the whole catalog.
    """

    sections: tuple[Section, ...]
    totals: tuple[int, ...]
    topics: Mapping[str, tuple[int, ...]]
    projects: Mapping[str, tuple[int, ...]]


def sections_index(sections: Iterable[Section]) -> SectionsIndex:
    listed = tuple(sections)
    topics: dict[str, list[int]] = {}
    projects: dict[str, list[int]] = {}
    for place, section in enumerate(listed):
        for topic_id in section.topic_ids:
            topics.setdefault(topic_id, []).append(place)
        for key in section.project_keys:
            projects.setdefault(key, []).append(place)
    return SectionsIndex(
        sections=listed,
        totals=tuple(len(s.topic_ids) + len(s.project_keys) for s in listed),
        topics={topic_id: tuple(places) for topic_id, places in topics.items()},
        projects={key: tuple(places) for key, places in projects.items()},
    )


def indexed_progress(index: SectionsIndex, state: ProgressState) -> TrackProgress:
    """What `sections_progress` answers for the index's sections, counted from the reader's marks."""
    counts = _column_counts(index.topics, index.projects, state)
    done, doing, skipped = counts.done, counts.doing, counts.skipped
    parts = tuple(
        _section_progress(s.number, s.title, total, done[place], doing[place], skipped[place])
        for place, (s, total) in enumerate(zip(index.sections, index.totals, strict=True))
    )
    overall = _kept_tally(sum(index.totals), done.total(), doing.total(), skipped.total())
    return TrackProgress(sections=parts, overall=overall)


@functools.lru_cache(maxsize=4096)
def _section_progress(
    number: int, title: str, total: int, done: int, in_progress: int, skipped: int
) -> SectionProgress:
    """A section's progress, made once per figures and kept: it is immutable, most of a track's sections show the
    same figures view after view (nothing marked yet), and a frozen dataclass is slow to make (every field set
    through `object.__setattr__`)."""
    return SectionProgress(number, title, _kept_tally(total, done, in_progress, skipped))


@functools.lru_cache(maxsize=4096)
def _kept_tally(total: int, done: int, in_progress: int, skipped: int) -> Tally:
    """A tally, kept as `_section_progress` is."""
    return Tally(total=total, done=done, in_progress=in_progress, skipped=skipped)


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
    """What to do next, in learning order: topics in progress first, then the first ones not started.

    Read from the learner's marks and the first few topics not started, not from a walk of every topic: /me and a
    plan page ask this for each roadmap and plan they show, and a learner has marked a few topics of the many."""
    doing_marks = {t for t, status in state.topics.items() if status is TopicStatus.IN_PROGRESS}
    listed = topic_ids if len(doing_marks) < 8 else frozenset(topic_ids)  # `in` a few times, or a set once
    ordered = sorted((t for t in doing_marks if t in listed), key=topic_ids.index)[: max(limit, 0)]
    if len(ordered) < limit:
        status_of = state.topics.get
        for topic_id in topic_ids:
            if status_of(topic_id) is None and topic_id not in ordered:
                ordered.append(topic_id)
                if len(ordered) == limit:
                    break
    return ordered


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


@dataclass(frozen=True)
class RoadmapOverall:
    """A roadmap with the learner's overall count on it (no phase by phase) and what to do next on it: what /me
    lists for each roadmap, counted from the learner's marks alone."""

    roadmap: Roadmap
    overall: Tally
    next_topic_ids: list[str]


@dataclass(frozen=True)
class RoadmapsOverall:
    """The roadmaps the learner follows and the others their progress counts on, as /me lists them."""

    followed: list[RoadmapOverall]
    sharing: list[RoadmapOverall]


def roadmaps_overall(
    catalog: Catalog, state: ProgressState, *, next_limit: int = 3, sharing_limit: int = 5
) -> RoadmapsOverall:
    """`roadmaps_followed` and `roadmaps_sharing` without the phases, counted once for both: the followed roadmaps
    furthest along first (then by catalog order) with what to do next, and up to `sharing_limit` roadmaps the
    learner does not follow on which their progress counts, ranked the same way (with no next topics).

    Every roadmap holding a marked topic is a candidate for the second list (shared topics such as Git sit on most
    of the catalog): the counts come from one pass over the learner's marks through the catalog's index of which
    roadmaps hold each topic and project, so a roadmap holding no mark is never looked at, and only the roadmaps
    listed get a Tally."""
    holders = catalog.derived(_holders)
    counts = _column_counts(holders.topics, holders.projects, state)
    roadmaps, totals = holders.roadmaps, holders.totals
    following = {place for slug in state.roadmaps if (place := holders.places.get(slug)) is not None}
    followed = [
        RoadmapOverall(
            roadmaps[place],
            counts.tally(place, totals[place]),
            next_topics(holders.topic_ids[place], state, limit=next_limit),
        )
        for place in sorted(following)
    ]
    followed.sort(key=lambda s: -s.overall.percent)
    # Ranked by whole percentages, furthest along first, then in catalog order; a Tally only for the few listed.
    done, skipped = counts.done.get, counts.skipped.get
    ranked = [(-((done(place, 0) + skipped(place, 0)) * 100 // totals[place]), place) for place in counts.places()]
    ranked.sort()
    sharing = [
        RoadmapOverall(roadmaps[place], counts.tally(place, totals[place]), [])
        for _, place in ranked[: sharing_limit + len(following)]
        if place not in following
    ][:sharing_limit]
    return RoadmapsOverall(followed=followed, sharing=sharing)


def roadmaps_sharing(catalog: Catalog, state: ProgressState, *, limit: int = 5) -> list[RoadmapStanding]:
    """Roadmaps the learner does not follow on which their progress counts too, furthest along first (then by
    catalog order), ranked as `roadmaps_overall` ranks them; only the few shown get their progress phase by
    phase."""
    return [
        RoadmapStanding(s.roadmap, roadmap_progress(s.roadmap, state), [])
        for s in roadmaps_overall(catalog, state, next_limit=0, sharing_limit=limit).sharing
    ]


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
    """The roadmaps holding one of the learner's marked topics or finished projects (the others have not started),
    in catalog order."""
    holders = catalog.derived(_holders)
    marked = _column_counts(holders.topics, holders.projects, state).places()
    return [holders.roadmaps[place] for place in sorted(marked)]


@dataclass(frozen=True)
class _Holders:
    """Which roadmaps hold each topic and project of a catalog, by the roadmap's place in catalog order, that place
    written as many times as the item counts there (a topic in two phases counts twice); with each roadmap's total
    count, its topics in order and each slug's place."""

    roadmaps: tuple[Roadmap, ...]
    totals: tuple[int, ...]
    #: Each roadmap's `topic_ids` (a property that walks its phases on every call), kept.
    topic_ids: tuple[tuple[str, ...], ...]
    places: Mapping[str, int]
    topics: Mapping[str, tuple[int, ...]]
    projects: Mapping[str, tuple[int, ...]]


def _holders(catalog: Catalog) -> _Holders:
    """Built once per catalog (`Catalog.derived`): the catalog never changes while it is loaded."""
    roadmaps = catalog.roadmaps
    topics: dict[str, list[int]] = {}
    projects: dict[str, list[int]] = {}
    for place, roadmap in enumerate(roadmaps):
        parts = _parts(roadmap)
        for topic_id, times in parts.topic_counts.items():
            topics.setdefault(topic_id, []).extend([place] * times)
        for key, times in parts.project_counts.items():
            projects.setdefault(key, []).extend([place] * times)
    return _Holders(
        roadmaps=roadmaps,
        totals=tuple(len(_parts(r).whole.topic_ids) + len(_parts(r).whole.project_keys) for r in roadmaps),
        topic_ids=tuple(r.topic_ids for r in roadmaps),
        places={r.slug: place for place, r in enumerate(roadmaps)},
        topics={topic_id: tuple(held) for topic_id, held in topics.items()},
        projects={key: tuple(held) for key, held in projects.items()},
    )


@dataclass(frozen=True)
class _Counts:
    """How many items are done, in progress and skipped on each place holding one of the learner's marks or finished
    projects: a roadmap by its place in catalog order (the sums of its phases' counts), or a track's section."""

    done: Counter[int]
    doing: Counter[int]
    skipped: Counter[int]

    def tally(self, place: int, total: int) -> Tally:
        get = dict.get
        return Tally(
            total=total,
            done=get(self.done, place, 0),
            in_progress=get(self.doing, place, 0),
            skipped=get(self.skipped, place, 0),
        )

    def places(self) -> set[int]:
        return self.done.keys() | self.doing.keys() | self.skipped.keys()


def _column_counts(
    topics: Mapping[str, tuple[int, ...]], projects: Mapping[str, tuple[int, ...]], state: ProgressState
) -> _Counts:
    """The counts on every place (a roadmap of the catalog, a section of a track) holding a mark, given where each
    topic and project is held, a place written once per time the item counts there: one pass over the marks, never
    over a place's items, each mark counted by `Counter.update` over the places that hold it (a topic such as Git
    sits on most of the catalog)."""
    counts = _Counts(Counter(), Counter(), Counter())
    column = {TopicStatus.DONE: counts.done, TopicStatus.IN_PROGRESS: counts.doing, TopicStatus.SKIPPED: counts.skipped}
    held = topics.get
    for topic_id, status in state.topics.items():
        if places := held(topic_id):
            column[status].update(places)
    for key in state.projects:  # a finished project counts as done
        if places := projects.get(key):
            counts.done.update(places)
    return counts
