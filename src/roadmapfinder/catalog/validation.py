"""Cross-file content rules, each reported with its file, field and fix.

The rules are listed in content/README.md; their names appear in brackets in every report so an author can look
them up. Rules never stop at the first problem: an author fixes a whole folder in one pass.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from roadmapfinder.catalog.checklists import SourcedChecklist, check_checklist
from roadmapfinder.catalog.estimate import (
    PROJECT_HOUR_BANDS,
    TOPIC_HOUR_BANDS,
    counted_topics,
    job_ready_band,
    nearest_band,
    phase_hours,
    phase_weeks,
    taught_by_prerequisites,
)
from roadmapfinder.catalog.everyday import EVERYDAY_WORDS
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, Question, Resource, Roadmap, Topic
from roadmapfinder.catalog.problems import Problem
from roadmapfinder.catalog.suggest import closest

MIN_PHASES, MAX_PHASES = 4, 8
MIN_CORE_SKILLS = 4
MIN_KEY_POINTS, MAX_KEY_POINTS = 3, 8
MAX_PHASE_WEEKS = 52
MIN_QUESTIONS, MAX_QUESTIONS = 3, 6
MIN_CHOICE_QUESTIONS = 2
MIN_WRONG_CHOICES, MAX_WRONG_CHOICES = 2, 4

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LINK_SHORTENERS = frozenset(
    {
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "lnkd.in",
        "cutt.ly",
    }
)
SEARCH_ENGINE_HOST = re.compile(
    r"^(?:www\.)?(?:google\.[a-z.]+|bing\.com|duckduckgo\.com|search\.yahoo\.com|yandex\.[a-z.]+|baidu\.com)$"
)
TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "igshid")


class SourcedRoadmap(NamedTuple):
    file: str
    model: Roadmap


class SourcedTopic(NamedTuple):
    file: str
    model: Topic


def validate(
    roadmaps: list[SourcedRoadmap], topics: list[SourcedTopic], checklists: Iterable[SourcedChecklist] = ()
) -> list[Problem]:
    """Every cross-file problem of a parsed content folder (an empty list means it is valid)."""
    problems: list[Problem] = []
    problems += _check_names(roadmaps, topics)
    topic_by_id = {t.model.id: t.model for t in topics}
    roadmap_by_slug = {r.model.slug: r.model for r in roadmaps}
    names = {t.id: (t.name, *t.aliases) for t in topic_by_id.values()}
    for topic in topics:
        problems += _check_topic(topic, names)
    problems += _check_cycles(
        {t.model.id: t.model.prerequisites for t in topics},
        {t.model.id: t.file for t in topics},
        "prerequisites",
        "topic",
    )
    problems += _check_cycles(
        {r.model.slug: r.model.prerequisite_roadmaps for r in roadmaps},
        {r.model.slug: r.file for r in roadmaps},
        "prerequisite_roadmaps",
        "roadmap",
    )
    for roadmap in roadmaps:
        problems += _check_roadmap(roadmap, topic_by_id, roadmap_by_slug, names)
    problems += _check_repeated_questions(topics)
    for checklist in checklists:
        problems += check_checklist(checklist, roadmap_by_slug, topic_by_id, link_problem)
    return problems


def _check_names(roadmaps: list[SourcedRoadmap], topics: list[SourcedTopic]) -> Iterator[Problem]:
    yield from _check_aliases_name_others(roadmaps)
    yield from _check_everyday_aliases(
        [(r.file, r.model.aliases) for r in roadmaps] + [(t.file, t.model.aliases) for t in topics]
    )
    for kind, key_field, entries in (
        ("roadmap", "slug", [(r.file, r.model.slug) for r in roadmaps]),
        ("topic", "id", [(t.file, t.model.id) for t in topics]),
    ):
        counts = Counter(key for _, key in entries)
        for file, key in entries:
            stem = file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if not SLUG_PATTERN.match(key):
                yield Problem(
                    file,
                    key_field,
                    "file-name",
                    f"{kind} {key_field} `{key}` is not lowercase-hyphenated",
                    f"use only a-z, 0-9 and single hyphens, e.g. `{_slugify(key)}`",
                )
            elif key != stem:
                yield Problem(
                    file,
                    key_field,
                    "file-name",
                    f"{kind} {key_field} `{key}` differs from the file name",
                    f"rename the file to `{key}.yaml` or set {key_field} to `{stem}`",
                )
            if counts[key] > 1:
                others = [f for f, k in entries if k == key and f != file]
                yield Problem(
                    file,
                    key_field,
                    "duplicate",
                    f"{kind} {key_field} `{key}` is also used by {others[0]}",
                    f"give each {kind} a unique {key_field}, or merge the two files",
                )


def _plain_name(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())  # "c#" and "c++" stay apart


def _check_everyday_aliases(owners: list[tuple[str, tuple[str, ...]]]) -> Iterator[Problem]:
    """An alias may not be one everyday English word by its letters (`catalog/everyday.EVERYDAY_WORDS`): aliases are
    read wherever a learner writes them, and "analyze", "protected", "@model" made "analyze data", "protect my website"
    and "3d modeling" PostgreSQL's EXPLAIN, TypeScript classes and SwiftData."""
    for file, aliases in owners:
        for alias in aliases:
            letters = re.findall(r"[a-z0-9]+", alias.lower())
            if len(letters) == 1 and letters[0] in EVERYDAY_WORDS:
                yield Problem(
                    file,
                    "aliases",
                    "alias-everyday-word",
                    f"alias `{alias}` is the everyday word “{letters[0]}”, which learners write in another sense",
                    "say it as a phrase a learner would write for this (`explain analyze`, `protected members`), "
                    "or remove it",
                )


def _check_aliases_name_others(roadmaps: list[SourcedRoadmap]) -> Iterator[Problem]:
    """A roadmap's alias must not be another roadmap's title or slug: "cloud engineer" on DevOps made the finder offer
    DevOps first to a learner who asked for the cloud, ahead of the Cloud Engineer roadmap itself."""
    owners = {_plain_name(n): r.model.slug for r in roadmaps for n in (r.model.title, r.model.slug.replace("-", " "))}
    for sourced in roadmaps:
        for alias in sourced.model.aliases:
            other = owners.get(_plain_name(alias))
            if other is not None and other != sourced.model.slug:
                yield Problem(
                    sourced.file,
                    "aliases",
                    "alias-names-another",
                    f"alias `{alias}` is the name of the roadmap `{other}`",
                    f"remove it: learners who say it mean `{other}`",
                )


def _check_topic(sourced: SourcedTopic, names: Mapping[str, tuple[str, ...]]) -> Iterator[Problem]:
    file, topic = sourced
    if not topic.summary:
        yield Problem(
            file,
            "summary",
            "topic-text",
            "the topic has no summary",
            "write 1-3 sentences in our own words: what it is and why it matters",
        )
    if not MIN_KEY_POINTS <= len(topic.key_points) <= MAX_KEY_POINTS:
        yield Problem(
            file,
            "key_points",
            "topic-text",
            f"the topic has {len(topic.key_points)} key points; it needs {MIN_KEY_POINTS}-{MAX_KEY_POINTS}",
            "list the concrete things to learn inside the topic, one short line each",
        )
    if not topic.resources:
        yield Problem(
            file,
            "resources",
            "topic-text",
            "the topic has no resource",
            "add at least one resource, official documentation first",
        )
    if topic.effort_hours not in TOPIC_HOUR_BANDS:
        yield Problem(
            file,
            "effort_hours",
            "effort-band",
            f"{topic.effort_hours:g} hours is not one of the topic bands {_bands(TOPIC_HOUR_BANDS)}",
            f"pick the band that fits the topic's breadth and depth (nearest: "
            f"{nearest_band(topic.effort_hours, TOPIC_HOUR_BANDS)}), or split a topic bigger than "
            f"{TOPIC_HOUR_BANDS[-1]} hours",
        )
    for index, prerequisite in enumerate(topic.prerequisites):
        if prerequisite == topic.id:
            yield Problem(
                file,
                f"prerequisites[{index}]",
                "prerequisite-cycle",
                "the topic requires itself",
                "remove it from its own prerequisites",
            )
        elif prerequisite not in names:
            yield _unknown_topic(file, f"prerequisites[{index}]", prerequisite, names)
    yield from _check_links(file, "resources", topic.resources)
    for v_index, variant in enumerate(topic.variants):
        yield from _check_links(file, f"variants[{v_index}].resources", variant.resources)
    yield from _check_questions(file, topic.questions)


def _check_questions(file: str, questions: tuple[Question, ...]) -> Iterator[Problem]:
    """A topic's self-check questions: how many, and each one answerable as its kind says.

    A topic without questions is not reported here (the shipped catalog's coverage is held by a test and shown by
    `roadmapfinder stats`); a topic that has some must have a usable set, so a check never shows two questions.
    """
    if not questions:
        return
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        yield Problem(
            file,
            "questions",
            "questions",
            f"the topic has {len(questions)} questions; it needs {MIN_QUESTIONS}-{MAX_QUESTIONS}",
            "write questions that test understanding and use, one per idea a learner must hold",
        )
    choices = sum(1 for q in questions if not q.kind.is_open)
    if choices < MIN_CHOICE_QUESTIONS:
        yield Problem(
            file,
            "questions",
            "questions",
            f"the topic has {choices} multiple-choice questions; it needs at least {MIN_CHOICE_QUESTIONS}",
            "the placement check and reviews grade choice questions automatically: turn an open one into a choice",
        )
    ids = Counter(q.id for q in questions)
    for index, question in enumerate(questions):
        field = f"questions[{index}]"
        if not SLUG_PATTERN.match(question.id):
            yield Problem(
                file,
                f"{field}.id",
                "questions",
                f"question id `{question.id}` is not lowercase-hyphenated",
                f"use only a-z, 0-9 and single hyphens, e.g. `{_slugify(question.id)}`",
            )
        if ids[question.id] > 1:
            yield Problem(
                file,
                f"{field}.id",
                "questions",
                f"question id `{question.id}` is used twice in this topic",
                "give each question of a topic its own id (answers are recorded by it)",
            )
        yield from _check_question_fields(file, field, question)


def _check_question_fields(file: str, field: str, question: Question) -> Iterator[Problem]:
    if question.kind.is_open:
        if not question.model_answer:
            yield Problem(
                file,
                f"{field}.model_answer",
                "questions",
                f"the {question.kind.value} question has no model answer",
                "write the answer a learner compares theirs with, in two to four sentences",
            )
        if question.answer or question.wrong:
            yield Problem(
                file,
                field,
                "questions",
                f"the {question.kind.value} question has `answer` or `wrong` choices",
                "open questions take only `model_answer`; for choices, set `kind: choice` (the default)",
            )
        return
    if not question.answer or not question.why:
        yield Problem(
            file,
            f"{field}.answer",
            "questions",
            "the choice question needs `answer` and `why` (why the answer is right)",
            "write the right answer and one sentence on why it is right",
        )
    if question.model_answer:
        yield Problem(
            file,
            f"{field}.model_answer",
            "questions",
            "a choice question has a `model_answer`",
            "explain the answer in `why`, or set `kind` to explain, predict or spot-the-bug",
        )
    if not MIN_WRONG_CHOICES <= len(question.wrong) <= MAX_WRONG_CHOICES:
        yield Problem(
            file,
            f"{field}.wrong",
            "questions",
            f"the choice question has {len(question.wrong)} wrong choices; it needs "
            f"{MIN_WRONG_CHOICES}-{MAX_WRONG_CHOICES}",
            "add tempting wrong answers, each with why it is wrong",
        )
    seen: set[str] = set()
    for text in (question.answer, *(w.choice for w in question.wrong)):
        key = " ".join(text.lower().split())  # punctuation kept: `{'ids': 1}` and `{"ids": 1}` are two choices
        if key in seen:
            yield Problem(
                file,
                f"{field}.wrong",
                "questions",
                f"the choice `{text}` appears twice (the answer among the wrong choices, or a repeat)",
                "make every choice different, and the answer only once",
            )
        seen.add(key)


def _check_repeated_questions(topics: list[SourcedTopic]) -> Iterator[Problem]:
    """The same question on two topics means one of them tests the other's ground."""
    first: dict[str, str] = {}
    for file, topic in topics:
        for index, question in enumerate(topic.questions):
            key = _normal_text(question.ask)
            if key in first and first[key] != file:
                yield Problem(
                    file,
                    f"questions[{index}].ask",
                    "questions",
                    f"the same question is asked by {first[key]}",
                    "ask what this topic teaches, or keep the question on one topic only",
                )
            first.setdefault(key, file)


def _normal_text(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())  # "c#" and "c++" stay apart


def _check_links(file: str, field: str, resources: Iterable[Resource]) -> Iterator[Problem]:
    for index, resource in enumerate(resources):
        reason = link_problem(resource.url)
        if reason:
            yield Problem(
                file,
                f"{field}[{index}].url",
                "link",
                f"`{resource.url}` {reason}",
                "link the https page of the official documentation or canonical source directly",
            )


def link_problem(url: str) -> str | None:
    """Why `url` breaks the link rules, or None if it is acceptable."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return "is not an https URL"
    if not host or "." not in host:
        return "has no valid host name"
    if host.removeprefix("www.") in LINK_SHORTENERS:
        return "goes through a link shortener"
    if SEARCH_ENGINE_HOST.match(host) and (parts.path.startswith("/search") or parts.query):
        return "is a search-engine URL"
    if any(key.lower().startswith(TRACKING_PARAMETERS) for key, _ in parse_qsl(parts.query)):
        return "carries tracking parameters"
    return None


def _check_roadmap(
    sourced: SourcedRoadmap,
    topic_by_id: Mapping[str, Topic],
    roadmap_by_slug: Mapping[str, Roadmap],
    names: Mapping[str, tuple[str, ...]],
) -> Iterator[Problem]:
    file, roadmap = sourced
    roadmap_names = {slug: (r.title, *r.aliases) for slug, r in roadmap_by_slug.items()}
    for index, slug in enumerate(roadmap.prerequisite_roadmaps):
        if slug not in roadmap_by_slug:
            hint = _did_you_mean(slug, roadmap_names)
            yield Problem(
                file,
                f"prerequisite_roadmaps[{index}]",
                "unknown-roadmap",
                f"no roadmap `{slug}`",
                f"use the slug of an existing roadmap{hint}",
            )
    if not MIN_PHASES <= len(roadmap.phases) <= MAX_PHASES:
        yield Problem(
            file,
            "phases",
            "phase-count",
            f"the roadmap has {len(roadmap.phases)} phases; it needs {MIN_PHASES}-{MAX_PHASES}",
            "split or merge phases so each is a coherent stage of the path",
        )
    taught_before = taught_by_prerequisites(roadmap, roadmap_by_slug)
    known = set(taught_before)
    topic_hours = {t: topic.effort_hours for t, topic in topic_by_id.items()}
    seen: dict[str, str] = {}
    previous_level = None
    total_hours = hours_to_job_ready = 0.0
    job_ready_phases: list[int] = []
    for p_index, phase in enumerate(roadmap.phases):
        at = f"phases[{p_index}]"
        if len(phase.core_skills) < MIN_CORE_SKILLS:
            yield Problem(
                file,
                f"{at}.core_skills",
                "empty-phase",
                f"phase {p_index + 1} has {len(phase.core_skills)} core skills; it needs {MIN_CORE_SKILLS}",
                "list at least four topic ids in learning order",
            )
        if not phase.projects:
            yield Problem(
                file,
                f"{at}.projects",
                "empty-phase",
                f"phase {p_index + 1} has no project",
                "add a project that practises what the phase teaches",
            )
        weeks = phase.estimated_weeks
        if weeks.min > weeks.max:
            yield Problem(
                file,
                f"{at}.estimated_weeks",
                "week-range",
                f"min {weeks.min} is above max {weeks.max}",
                f"swap them: {{min: {weeks.max}, max: {weeks.min}}}",
            )
        elif weeks.max > MAX_PHASE_WEEKS:
            yield Problem(
                file,
                f"{at}.estimated_weeks.max",
                "week-range",
                f"a phase of {weeks.max} weeks is too long to follow",
                "split the phase in two",
            )
        if previous_level is not None and phase.level.rank < previous_level.rank:
            yield Problem(
                file,
                f"{at}.level",
                "level-order",
                f"level `{phase.level}` comes after `{previous_level}`: levels never go down",
                f"raise it to `{previous_level}` or above, or reorder the phases",
            )
        previous_level = phase.level
        refs = [(f"{at}.core_skills[{i}]", t) for i, t in enumerate(phase.core_skills)] + [
            (f"{at}.extra_sections[{s}].topics[{i}]", t)
            for s, section in enumerate(phase.extra_sections)
            for i, t in enumerate(section.topics)
        ]
        for field, topic_id in refs:
            topic = topic_by_id.get(topic_id)
            if topic is None:
                yield _unknown_topic(file, field, topic_id, names)
                continue
            if topic_id in seen:
                yield Problem(
                    file,
                    field,
                    "repeated-topic",
                    f"`{topic_id}` is already taught at {seen[topic_id]}",
                    "teach each topic once; remove this reference",
                )
                continue
            for prerequisite in topic.prerequisites:
                if prerequisite in topic_by_id and prerequisite not in known:
                    yield Problem(
                        file,
                        field,
                        "prerequisite-order",
                        f"`{topic_id}` needs `{prerequisite}`, which this roadmap has not taught before it",
                        f"teach `{prerequisite}` earlier, or list a roadmap that teaches it in prerequisite_roadmaps",
                    )
            seen[topic_id] = field
            known.add(topic_id)
        for j, project in enumerate(phase.projects):
            for i, topic_id in enumerate(project.practises):
                field = f"{at}.projects[{j}].practises[{i}]"
                if topic_id not in topic_by_id:
                    yield _unknown_topic(file, field, topic_id, names)
                elif topic_id not in known:
                    yield Problem(
                        file,
                        field,
                        "project-topic",
                        f"the project practises `{topic_id}`, which is not taught in this phase or before",
                        "practise only topics taught by now, or move the project to a later phase",
                    )
        for j, project in enumerate(phase.projects):
            if project.effort_hours not in PROJECT_HOUR_BANDS:
                yield Problem(
                    file,
                    f"{at}.projects[{j}].effort_hours",
                    "effort-band",
                    f"{project.effort_hours:g} hours is not one of the project bands {_bands(PROJECT_HOUR_BANDS)}",
                    f"pick the band that fits the project's scope (nearest: "
                    f"{nearest_band(project.effort_hours, PROJECT_HOUR_BANDS)})",
                )
        hours = phase_hours(phase, topic_hours, taught_before)
        expected = phase_weeks(hours)
        if weeks.min <= weeks.max and weeks != expected:
            yield _estimate_problem(file, roadmap, p_index, hours, taught_before, roadmap_by_slug)
        total_hours += hours
        if phase.job_ready and not job_ready_phases:
            hours_to_job_ready = total_hours
        if phase.job_ready:
            job_ready_phases.append(p_index)
            if not roadmap.role:
                yield Problem(
                    file,
                    f"{at}.job_ready",
                    "job-ready",
                    "only a role roadmap has a job-ready milestone",
                    "remove job_ready, or set `kind: role` (or `kind: non-coding-role`) if the roadmap leads to a "
                    "job title",
                )
            if not phase.job_ready_note:
                yield Problem(
                    file,
                    f"{at}.job_ready_note",
                    "job-ready",
                    "a job-ready phase has no note",
                    "say in one line what the learner can show an employer by now",
                )
        elif phase.job_ready_note:
            yield Problem(
                file,
                f"{at}.job_ready_note",
                "job-ready",
                "the phase has a job-ready note but is not marked job_ready",
                "set `job_ready: true` on this phase or remove the note",
            )
    if len(job_ready_phases) > 1:
        yield Problem(
            file,
            f"phases[{job_ready_phases[1]}].job_ready",
            "job-ready",
            "a roadmap has one job-ready milestone; this is the second",
            "keep `job_ready: true` on the first phase after which a learner can apply, and remove the others",
        )
    if roadmap.role and not roadmap.prerequisite_roadmaps:
        yield from _check_role_band(file, roadmap, job_ready_phases, hours_to_job_ready)


def _estimate_problem(
    file: str,
    roadmap: Roadmap,
    p_index: int,
    hours: float,
    taught_before: Mapping[str, str],
    roadmap_by_slug: Mapping[str, Roadmap],
) -> Problem:
    """The `estimate` rule's report: the range written, the hours the rule counts and, when the phase has recaps
    (topics a prerequisite roadmap teaches), that their hours are not counted, naming the roadmaps by title."""
    phase = roadmap.phases[p_index]
    expected = phase_weeks(hours)
    recap_ids = [t for t in phase.topic_ids if t not in counted_topics(phase, taught_before)]
    whose = "its topics"
    if recap_ids:
        teachers = list(dict.fromkeys(roadmap_by_slug[taught_before[t]].title for t in recap_ids))
        count = len(recap_ids)
        ids = ", ".join(f"`{t}`" for t in recap_ids)
        whose = (
            f"its own topics (not its {count} recap topic{'s' if count > 1 else ''} {ids}, taught by the "
            f"prerequisite roadmap{'s' if len(teachers) > 1 else ''} {' and '.join(teachers)})"
        )
    return Problem(
        file,
        f"phases[{p_index}].estimated_weeks",
        "estimate",
        f"phase {p_index + 1} is estimated at {phase.estimated_weeks} but {whose} and projects add up to "
        f"{hours:g} hours, which the rule turns into {expected} at {REFERENCE_HOURS_PER_WEEK} h/week",
        f"set estimated_weeks to {{min: {expected.min}, max: {expected.max}}} "
        "(scripts/recompute_estimates.py does it), or correct the topics' effort_hours",
    )


def _check_role_band(file: str, roadmap: Roadmap, job_ready_phases: list[int], hours: float) -> Iterator[Problem]:
    """A role roadmap that assumes no experience reaches its job-ready milestone within its kind's documented band
    (roles in software 300-500 hours, roles beyond code 200-500)."""
    low, high = job_ready_band(roadmap.kind)
    if not job_ready_phases:
        yield Problem(
            file,
            "phases",
            "role-band",
            "a role roadmap that assumes no experience has no job-ready milestone",
            "set `job_ready: true` and a one-line `job_ready_note` on the phase after which a learner can apply",
        )
    elif not low <= hours <= high:
        yield Problem(
            file,
            f"phases[{job_ready_phases[0]}].job_ready",
            "role-band",
            f"the job-ready milestone comes after {hours:g} hours from no experience; the band is {low}-{high} hours",
            "move the milestone to another phase, or trim or deepen the phases before it",
        )


def _check_cycles(
    graph: Mapping[str, tuple[str, ...]], files: Mapping[str, str], field: str, kind: str
) -> Iterator[Problem]:
    for cycle in find_cycles(graph):
        path = " → ".join([*cycle, cycle[0]])
        yield Problem(
            files[cycle[0]],
            field,
            "prerequisite-cycle",
            f"{kind} prerequisites form a cycle: {path}",
            "remove the prerequisite that is not truly needed first, so the order has a start",
        )


def find_cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Each elementary cycle reachable by depth-first search, once, starting at its smallest node."""
    cycles: set[tuple[str, ...]] = set()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :]
                start = cycle.index(min(cycle))
                cycles.add(tuple(cycle[start:] + cycle[:start]))
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return [list(c) for c in sorted(cycles)]


def _unknown_topic(file: str, field: str, topic_id: str, names: Mapping[str, tuple[str, ...]]) -> Problem:
    return Problem(
        file,
        field,
        "unknown-topic",
        f"no topic `{topic_id}`",
        f"use the id of an existing topic in topics/{_did_you_mean(topic_id, names)}, or create topics/{topic_id}.yaml",
    )


def _did_you_mean(key: str, names: Mapping[str, Iterable[str]]) -> str:
    matches = closest(key, names)
    return f" (did you mean {', '.join(f'`{m}`' for m in matches)}?)" if matches else ""


def _bands(bands: tuple[int, ...]) -> str:
    return ", ".join(str(b) for b in bands)


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "name"
