"""Tailoring: from a request to the learner's own phases (merged roadmaps, goal paths, skips, edits, stack).

The rules, in order:
1. Targets resolve to roadmaps and goal topics. Roadmap phases are merged by level, so two roadmaps interleave
   (Beginner phases of both first); a topic shared by several appears once, at the earliest point it is needed.
   Goal topics bring their prerequisite closure, grouped into phases by the level at which the catalog teaches
   each topic. Phases the request gives whole (`phases`: a generated roadmap's) come first at their level, kept
   at any level, and bring no prerequisite of theirs: the generator chose what they leave out.
2. Known topics (read by the interpreter: "linux" is Linux and the command line, never the whole Linux roadmap) and
   what they build on (understanding/beneath.py: knowing Linux system administration is knowing the command line;
   not a goal topic, asked for by its own name), roadmaps finished as a whole (`finished`, their projects too),
   dropped topics and the topics of roadmaps a target assumes (`prerequisite_roadmaps`) leave the plan, each with the
   reason. Known words the catalog has no name for are reported in `not_understood`; they never stop the plan. A
   roadmap a target assumes that the learner neither planned nor finished is said once at the plan's level
   (`assumed`), with how many of the target's topics (its recaps) it takes out, so a learner who has not done it sees
   why the plan is shorter and can add it; the plan's hours then match the roadmap page's, which does not count
   recaps either.
3. Phases wholly below the learner's level are skipped, except the topics that a remaining topic needs.
4. Added topics come with their missing prerequisites, and are planned whatever left them out (knowing React, the
   learner adds JavaScript's syntax back: in its own phase, said "you added it"). Every planned topic's prerequisites
   are planned before it (or known); `order` moves topics earlier as far as prerequisites allow.
5. A stack turns stack-neutral topics into that stack's tool (the ORM topic becomes SQLAlchemy for Python). When the
   request gives none, it is read as the generator reads a goal's (`stacks.plan_stack`, said in `stack_read`): a
   target that names its language with its role ("python backend", an alias of the Backend roadmap), else the one
   language the learner knows with the one role planned (Backend Developer, knowing Python); `none` undoes it. A
   language's own roadmap planned with the role ("backend, python") is the language learnt for it, and the role's
   language topic leaves the plan (`stand_ins`).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.models import NO_STACK, Level, Project, Roadmap, project_key
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.resolve import NameIndex
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.beneath import known_beneath
from roadmapfinder.understanding.known import KnownReading, Understood, finished_roadmaps, known_from
from roadmapfinder.understanding.stacks import plan_stack, stand_ins


@dataclass(frozen=True)
class PlannedTopic:
    id: str
    name: str
    hours: float
    variant: str | None = None
    note: str | None = None  # why it is here when that is not obvious (pulled in as a prerequisite, added)


@dataclass(frozen=True)
class PlannedProject:
    title: str
    description: str
    hours: float
    practises: tuple[str, ...]
    key: str = ""  # the catalog project's key (`<roadmap>/<title slug>`): what progress is kept under


@dataclass(frozen=True)
class PlannedPhase:
    number: int
    title: str
    level: Level
    goal: str
    source: str  # roadmap slug, "phases" (given whole: a generated roadmap's), "goals" or "additions"
    topics: tuple[PlannedTopic, ...]
    projects: tuple[PlannedProject, ...]

    @property
    def hours(self) -> float:
        return sum(t.hours for t in self.topics) + sum(p.hours for p in self.projects)


@dataclass(frozen=True)
class SkippedTopic:
    id: str
    name: str
    reason: str


@dataclass(frozen=True)
class AssumedRoadmap:
    """A roadmap that a planned roadmap assumes (a direct prerequisite), which the learner neither planned nor said
    they finished: the plan leaves its topics out, including `recaps` of the planned roadmap's own list."""

    slug: str
    title: str
    by_slug: str
    by_title: str
    recaps: int

    @property
    def message(self) -> str:
        """What the plan says about it, before each surface's way to add it."""
        if not self.recaps:
            return f"{self.by_title} assumes you have done {self.title}, so this plan starts after it."
        topics = f"the {self.by_title} topic" if self.recaps == 1 else f"the {self.recaps} {self.by_title} topics"
        return (
            f"{self.by_title} assumes you have done {self.title}, so this plan leaves out {topics} "
            f"that {self.title} teaches."
        )


@dataclass(frozen=True)
class Tailored:
    phases: tuple[PlannedPhase, ...]
    skipped: tuple[SkippedTopic, ...]
    roadmaps: tuple[str, ...]
    goals: tuple[str, ...]
    understood: tuple[Understood, ...] = ()  # how each "known" phrase was read
    not_understood: tuple[str, ...] = ()  # "known" phrases the catalog has no name for
    assumed: tuple[AssumedRoadmap, ...] = ()  # roadmaps the plan assumes done, neither planned nor finished
    #: The language a target names with its role ("python" of "python backend"), read as the plan's stack when the
    #: request gives none: said, and a `stack` given chooses another.
    stack_read: Understood | None = None


@dataclass
class _Candidate:
    order: tuple[int, int, int]
    title: str
    level: Level
    goal: str
    source: str
    topic_ids: list[str]
    projects: list[tuple[str, Project]] = field(default_factory=list)  # (key, project)

    @property
    def given(self) -> bool:
        """A phase the request gave whole: kept at any level, its topics' missing prerequisites not added."""
        return self.source == GIVEN


#: The source of the phases a request gives whole (`PlanRequest.phases`).
GIVEN = "phases"


def name_index(catalog: Catalog) -> NameIndex:
    """The name index of a catalog, built once and kept with it."""
    return catalog.derived(NameIndex)


def tailor(catalog: Catalog, request: PlanRequest) -> Tailored:
    """The learner's phases and what was skipped, following the rules in this module's docstring."""
    index = name_index(catalog)
    targets = index.resolve_all(request.targets, "targets", saved_first=request.saved_first)
    roadmaps = list({t.key: catalog.roadmap(t.key) for t in targets if t.kind == "roadmap"}.values())
    goals = list(dict.fromkeys(t.key for t in targets if t.kind == "topic"))
    # The items are one list the learner wrote (a box split at its commas): read as one text, as the generator and
    # the finder read theirs, so "a bit of docker, kubernetes" has started both here too.
    known = known_from(catalog, [", ".join(request.known)] if request.known else [])
    finished = _finished(catalog, request, known)
    excluded = _excluded(catalog, index, request, roadmaps, goals, known, finished)
    # "python backend", or Backend Developer knowing Python: in Python; "backend, python": Python learnt once, in its
    # own roadmap; `none`: the learner undid the reading, no stack
    named = [(t.name, t.key) for t in targets if t.kind == "roadmap"]
    read = None if request.stack else plan_stack(catalog, named, known.topics)
    stack = None if request.stack == NO_STACK else request.stack or (read.stack if read else None)
    for slot, why in stand_ins(catalog, [r.slug for r in roadmaps]).items():
        excluded.setdefault(slot, why)
    additions = [t.key for t in index.resolve_all(request.add, "add", roadmaps=False, saved_first=request.saved_first)]
    # what the learner adds is planned whatever left it out: knowing React, JavaScript's syntax added back
    readded = [t for t in additions if excluded.pop(t, None) is not None]
    given_phases = _given(catalog, index, request)
    candidates = sorted(
        [*given_phases, *_candidates(catalog, roadmaps, goals, excluded, given_phases)], key=lambda c: c.order
    )
    given = {t for c in candidates if c.given for t in c.topic_ids}
    finished_projects = _leave_finished_projects(finished, candidates)

    placement: dict[str, int] = {}
    position: dict[str, tuple[int, int]] = {}
    notes: dict[str, str] = {}
    floor = request.level.floor
    active = [i for i, c in enumerate(candidates) if c.level.rank >= floor.rank or c.given]
    for i in active:
        for j, topic_id in enumerate(candidates[i].topic_ids):
            if topic_id not in excluded and topic_id not in placement:
                placement[topic_id] = i
                position[topic_id] = (i, j)
    skipped: dict[str, str] = {}
    needed = set(catalog.with_prerequisites(list(placement), frozenset(excluded)))
    for i, candidate in enumerate(candidates):
        if candidate.level.rank >= floor.rank or candidate.given:
            continue
        for j, topic_id in enumerate(candidate.topic_ids):
            if topic_id in excluded or topic_id in placement:
                continue
            if topic_id in needed:
                placement[topic_id] = i
                position[topic_id] = (i, j)
                notes[topic_id] = "kept although below your level: a later topic needs it"
            else:
                skipped.setdefault(topic_id, f"below your level ({request.level.value})")

    if additions:
        candidates.append(
            _Candidate(
                order=(99, 99, 99),
                title="Your additions",
                level=max((c.level for c in candidates), key=lambda lv: lv.rank, default=Level.BEGINNER),
                goal="Learn the topics you added to this plan",
                source="additions",
                topic_ids=[],
            )
        )
        last = len(candidates) - 1
        for topic_id in catalog.with_prerequisites(additions, frozenset(excluded) | frozenset(placement)):
            placement[topic_id] = last
            position[topic_id] = (last, len(position))
            notes[topic_id] = "you added it" if topic_id in additions else "a prerequisite of a topic you added"
            skipped.pop(topic_id, None)

    # The prerequisites of a given phase's topics were the generator's to choose: only the others bring theirs.
    for topic_id in catalog.with_prerequisites([t for t in placement if t not in given], frozenset(excluded) | given):
        if topic_id not in placement:  # a prerequisite nothing else brought in: learn it just before it is needed
            placement[topic_id] = len(candidates)
            position[topic_id] = (len(candidates), 0)
            notes[topic_id] = "a prerequisite of a later topic"
            skipped.pop(topic_id, None)
    for topic_id in readded:  # back in its own phase, or in the additions
        notes.setdefault(topic_id, "you added it")
    _move_to_earliest_need(catalog, placement)

    order_rank = {
        t.key: n
        for n, t in enumerate(
            index.resolve_all(request.order, "order", roadmaps=False, saved_first=request.saved_first)
        )
    }
    sequence = _topological(catalog, placement, position, order_rank)
    phases = _assemble(catalog, candidates, placement, sequence, notes, stack, floor)
    skipped_topics = [SkippedTopic(t, catalog.topic(t).name, reason) for t, reason in excluded.items()]
    skipped_topics += [
        SkippedTopic(t, catalog.topic(t).name, reason) for t, reason in skipped.items() if t not in placement
    ]
    skipped_topics += finished_projects
    return Tailored(
        phases=phases,
        skipped=tuple(skipped_topics),
        roadmaps=tuple(r.slug for r in roadmaps),
        goals=tuple(goals),
        understood=tuple(known.understood),
        not_understood=tuple(known.not_understood),
        assumed=_assumed(catalog, roadmaps, {r.slug for r in finished}),
        stack_read=read.understood(catalog) if read else None,
    )


def _finished(catalog: Catalog, request: PlanRequest, known: KnownReading) -> list[Roadmap]:
    """The roadmaps the learner finished as a whole: those of the explicit input (`finished`) and those they said
    they finished in what they know (“i finished the python roadmap”), once each. Said either way, finishing is the
    same: every topic and every project leaves the plan, and nothing says the plan assumes it."""
    found = [*finished_roadmaps(catalog, request.finished), *map(catalog.roadmap, known.finished)]
    return list({r.slug: r for r in found}.values())


def _leave_finished_projects(done: list[Roadmap], candidates: list[_Candidate]) -> list[SkippedTopic]:
    """Take the projects of the roadmaps the learner finished out of the candidates (finishing a roadmap is
    finishing its projects too), each said as skipped with why."""
    finished = {r.slug: r.title for r in done}
    left: list[SkippedTopic] = []
    for candidate in candidates:
        kept = []
        for key, project in candidate.projects:
            if (slug := key.split("/", 1)[0]) in finished:
                left.append(
                    SkippedTopic(key, f"{project.title} (project)", f"you finished the {finished[slug]} roadmap")
                )
            else:
                kept.append((key, project))
        candidate.projects = kept
    return left


def _given(catalog: Catalog, index: NameIndex, request: PlanRequest) -> list[_Candidate]:
    """The phases the request gives whole, in their order (a level never goes back down the ladder, so they merge
    with roadmaps' phases by level as those do), each topic read forgivingly (a retired id is its replacements)."""
    candidates = []
    rank = 0
    projects = catalog.derived(projects_by_key)
    for number, phase in enumerate(request.phases):
        rank = max(rank, phase.level.rank)
        unknown = [key for key in phase.projects if key not in projects]
        if unknown:
            raise InvalidInput(
                f"unknown project in phases: {', '.join(f'`{k}`' for k in unknown)}: not in the catalog",
                hint="generate the roadmap again and make the plan from it",
                field="phases",
            )
        candidates.append(
            _Candidate(
                order=(rank, -1, number),
                title=phase.title,
                level=phase.level,
                goal=phase.goal,
                source=GIVEN,
                topic_ids=list(
                    dict.fromkeys(
                        t.key
                        for t in index.resolve_all(
                            phase.topics, "phases", roadmaps=False, saved_first=request.saved_first
                        )
                    )
                ),
                projects=[(key, projects[key]) for key in phase.projects],
            )
        )
    return candidates


def projects_by_key(catalog: Catalog) -> dict[str, Project]:
    """Every catalog project by its key (the first roadmap's, should two share a title)."""
    found: dict[str, Project] = {}
    for roadmap in catalog.roadmaps:
        for phase in roadmap.phases:
            for project in phase.projects:
                found.setdefault(project_key(roadmap.slug, project.title), project)
    return found


def _assumed(catalog: Catalog, roadmaps: list[Roadmap], finished: set[str]) -> tuple[AssumedRoadmap, ...]:
    """The direct prerequisite roadmaps of the planned ones that are neither planned nor finished, once each."""
    planned = {r.slug for r in roadmaps}
    out: dict[str, AssumedRoadmap] = {}
    for roadmap in roadmaps:
        for slug in roadmap.prerequisite_roadmaps:
            if slug in planned or slug in finished or slug in out:
                continue
            assumed = catalog.roadmap(slug)
            recaps = sum(1 for t in catalog.recaps(roadmap) if catalog.recap_of(roadmap, t) == assumed)
            out[slug] = AssumedRoadmap(slug, assumed.title, roadmap.slug, roadmap.title, recaps)
    return tuple(out.values())


def _excluded(
    catalog: Catalog,
    index: NameIndex,
    request: PlanRequest,
    roadmaps: list[Roadmap],
    goals: list[str],
    known: KnownReading,
    done: list[Roadmap],
) -> dict[str, str]:
    """Topics that leave the plan, with the reason the learner sees."""
    excluded: dict[str, str] = {}
    for topic_id, said in known.topics.items():
        excluded[topic_id] = _known_reason(catalog, topic_id, said)
    for finished in done:
        for topic_id in finished.topic_ids:
            excluded.setdefault(topic_id, f"you finished the {finished.title} roadmap")
    for item in index.resolve_all(request.drop, "drop", roadmaps=False, saved_first=request.saved_first):
        excluded.setdefault(item.key, "you dropped it from the plan")
    for topic_id, why in known_beneath(catalog, known.topics, known.understood).items():  # "linux admin": the shell
        if topic_id not in goals:  # a topic planned by its own name is asked for, whatever builds on it
            excluded.setdefault(topic_id, why)
    targeted = {r.slug for r in roadmaps}
    for roadmap in roadmaps:
        pending, seen = list(roadmap.prerequisite_roadmaps), set(targeted)
        while pending:
            slug = pending.pop()
            if slug in seen:
                continue
            seen.add(slug)
            assumed = catalog.roadmap(slug)
            pending.extend(assumed.prerequisite_roadmaps)
            for topic_id in assumed.topic_ids:
                excluded.setdefault(topic_id, f"{roadmap.title} assumes the {assumed.title} roadmap")
    return excluded


def _known_reason(catalog: Catalog, topic_id: str, said: str) -> str:
    """Why a known topic left the plan, quoting the learner's words when they were not the topic's own name."""
    if normalize(said) in (normalize(catalog.topic(topic_id).name), normalize(topic_id)):
        return "you already know it"
    return f"you know it (you said “{said}”)"


def _candidates(
    catalog: Catalog,
    roadmaps: list[Roadmap],
    goals: list[str],
    excluded: dict[str, str],
    request_phases: list[_Candidate],
) -> list[_Candidate]:
    labelled = len(roadmaps) > 1 or bool(goals)
    candidates = [
        _Candidate(
            order=(phase.level.rank, r, p),
            title=f"{roadmap.title}: {phase.title}" if labelled else phase.title,
            level=phase.level,
            goal=phase.goal,
            source=roadmap.slug,
            topic_ids=list(phase.topic_ids),
            projects=[(project_key(roadmap.slug, p.title), p) for p in phase.projects],
        )
        for r, roadmap in enumerate(roadmaps)
        for p, phase in enumerate(roadmap.phases)
    ]
    if goals:
        in_roadmaps = {t for c in candidates for t in c.topic_ids} | {t for p in request_phases for t in p.topic_ids}
        by_level: dict[Level, list[str]] = {}
        for topic_id in catalog.with_prerequisites(goals, frozenset(excluded)):
            if topic_id not in in_roadmaps:
                by_level.setdefault(_level_of(catalog, topic_id), []).append(topic_id)
        names = ", ".join(catalog.topic(g).name for g in goals)
        for level, topic_ids in by_level.items():
            candidates.append(
                _Candidate(
                    order=(level.rank, len(roadmaps), 0),
                    title=f"Towards {names}: {level.value}",
                    level=level,
                    goal=f"Learn the {level.value.lower()} topics on the way to {names}",
                    source="goals",
                    topic_ids=topic_ids,
                )
            )
    candidates.sort(key=lambda c: c.order)
    return candidates


def _level_of(catalog: Catalog, topic_id: str) -> Level:
    """The lowest level at which any roadmap teaches the topic (Beginner for a topic no roadmap uses)."""
    levels = [use.phase.level for use in catalog.uses_of(topic_id)]
    return min(levels, key=lambda level: level.rank) if levels else Level.BEGINNER


def _move_to_earliest_need(catalog: Catalog, placement: dict[str, int]) -> None:
    """Pull each prerequisite into the earliest phase of a topic that needs it (merges can order them late)."""
    changed = True
    while changed:
        changed = False
        for topic_id, phase in list(placement.items()):
            for prerequisite in catalog.topic(topic_id).prerequisites:
                if prerequisite in placement and placement[prerequisite] > phase:
                    placement[prerequisite] = phase
                    changed = True


def _topological(
    catalog: Catalog,
    placement: dict[str, int],
    position: dict[str, tuple[int, int]],
    order_rank: dict[str, int],
) -> list[str]:
    """All placed topics, prerequisites first; otherwise by phase, the learner's order, then content order."""

    def key(topic_id: str) -> tuple[int, int, tuple[int, int], str]:
        return (placement[topic_id], order_rank.get(topic_id, len(order_rank)), position[topic_id], topic_id)

    waiting = {t: {p for p in catalog.topic(t).prerequisites if p in placement and p != t} for t in placement}
    dependents: dict[str, list[str]] = {}
    for topic_id, prerequisites in waiting.items():
        for prerequisite in prerequisites:
            dependents.setdefault(prerequisite, []).append(topic_id)
    ready = [key(t) for t, prerequisites in waiting.items() if not prerequisites]
    heapq.heapify(ready)
    sequence: list[str] = []
    while ready:
        topic_id = heapq.heappop(ready)[-1]
        sequence.append(topic_id)
        for dependent in dependents.get(topic_id, ()):
            waiting[dependent].discard(topic_id)
            if not waiting[dependent]:
                heapq.heappush(ready, key(dependent))
    return sequence


def _assemble(
    catalog: Catalog,
    candidates: list[_Candidate],
    placement: dict[str, int],
    sequence: list[str],
    notes: dict[str, str],
    stack: str | None,
    floor: Level,
) -> tuple[PlannedPhase, ...]:
    by_phase: dict[int, list[PlannedTopic]] = {}
    for topic_id in sequence:
        topic = catalog.topic(topic_id)
        variant = next((v.name for v in topic.variants if stack and v.stack == stack), None)
        planned = PlannedTopic(topic.id, topic.name, topic.effort_hours, variant, notes.get(topic_id))
        by_phase.setdefault(placement[topic_id], []).append(planned)
    phases: list[PlannedPhase] = []
    planned_ids = set(placement)
    built: set[str] = set()  # a project both a given phase and a roadmap hold is built once, where it comes first
    for i in sorted(set(by_phase) | set(range(len(candidates)))):
        projects: list[PlannedProject] = []
        if i < len(candidates):
            candidate = candidates[i]
            title, level, goal, source = candidate.title, candidate.level, candidate.goal, candidate.source
            for key, p in candidate.projects if candidate.level.rank >= floor.rank or candidate.given else ():
                if key not in built:
                    built.add(key)
                    practised = tuple(t for t in p.practises if t in planned_ids)
                    projects.append(PlannedProject(p.title, p.description, p.effort_hours, practised, key))
        else:
            title, level, goal, source = "Prerequisites", Level.BEGINNER, "Learn what later topics need", "goals"
        topics = tuple(by_phase.get(i, ()))
        if topics or projects:
            phases.append(PlannedPhase(len(phases) + 1, title, level, goal, source, topics, tuple(projects)))
    return tuple(phases)
