"""Read models: the JSON shapes of roadmaps and topics, shared by the API and the CLI's `--json`.

Built in one place so every surface says the same thing: the API declares these as its response schemas, the
CLI prints them, and the web templates read the same fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import (
    REFERENCE_HOURS_PER_WEEK,
    Category,
    Level,
    Phase,
    Resource,
    Roadmap,
    RoadmapKind,
    Topic,
    project_key,
)
from roadmapfinder.catalog.questions import QuestionOut, question_out


class Weeks(BaseModel):
    min: int
    max: int


class Days(BaseModel):
    """A range of calendar days a quick (`min`) and a slow (`max`) learner take at a pace, at least one."""

    min: int
    max: int


class TopicRef(BaseModel):
    id: str
    name: str
    effort_hours: float


class RoadmapRef(BaseModel):
    slug: str
    title: str


class SkillRef(TopicRef):
    covers: str = Field(description="One line of what the topic covers, from its first key points")
    recap_of: RoadmapRef | None = Field(
        default=None,
        description=(
            "A recap: the prerequisite roadmap that already teaches this topic. It is shown in place for context, "
            "and its hours are not counted in the phase's `hours` nor in the roadmap's `total_hours` (they are "
            "that roadmap's). Null for the roadmap's own topics."
        ),
    )


class ProjectOut(BaseModel):
    key: str = Field(description="The id to mark the project done with: `<roadmap>/<title as a slug>`")
    title: str
    description: str
    practises: list[TopicRef]
    effort_hours: float


class SectionOut(BaseModel):
    title: str
    topics: list[SkillRef]


class PhaseOut(BaseModel):
    number: int
    title: str
    level: Level
    goal: str
    estimated_weeks: Weeks = Field(
        description="Whole weeks a quick (`min`) and a slow (`max`) learner take at the roadmap's "
        "`reference_hours_per_week` (10 h a week), by the catalog's estimation rule: at least 1–2. At another pace, "
        "scale `hours` (the pages and `roadmapfinder show --hours` say a phase of a week or less in days)"
    )
    hours: float = Field(description="The phase's own topics and its projects, recaps not counted")
    recap_hours: float = Field(description="Hours of the phase's recap topics, which `hours` does not count")
    job_ready: bool = Field(description="After this phase a learner can apply for a first role in the field.")
    job_ready_note: str = Field(description="What the learner can show an employer by then; empty if not job-ready.")
    core_skills: list[SkillRef]
    projects: list[ProjectOut]
    extra_sections: list[SectionOut]


class RoadmapSummary(BaseModel):
    slug: str
    title: str
    category: Category
    category_label: str
    kind: RoadmapKind = Field(
        description=(
            "role: a job building software (Backend Developer); non-coding-role: a job beyond code (Product Manager, "
            "UX Designer, Technical Writer); skill: one skill or tool (React, Docker)"
        )
    )
    kind_label: str
    role: bool = Field(description="A job title of either kind (role or non-coding-role) rather than one skill")
    summary: str
    tagline: str = Field(description="The summary's opening, short enough for one line of a catalog list")
    aliases: list[str]
    phase_count: int
    topic_count: int
    estimated_weeks: Weeks
    total_hours: float = Field(
        description="What a learner who has done the prerequisite roadmaps has left: the sum of the phases' `hours`"
    )
    reference_hours_per_week: int = REFERENCE_HOURS_PER_WEEK


class RoadmapDetail(RoadmapSummary):
    audience: str
    prerequisite_roadmaps: list[str]
    assumes: list[RoadmapRef] = Field(
        description="The prerequisite roadmaps by name: the estimates assume a learner has done them"
    )
    recap_count: int = Field(description="How many topics are recaps (`recap_of` set), not counted in the estimates")
    estimate_note: str = Field(
        description="What the estimates assume, in one sentence as every surface says it; empty when nothing"
    )
    stacks: list[str]
    phases: list[PhaseOut]
    outro: str


class ResourceOut(BaseModel):
    title: str
    url: str
    kind: str
    free: bool


class VariantOut(BaseModel):
    stack: str
    stack_label: str = Field(description="The stack's name as people write it: C#, TypeScript, C++")
    name: str
    note: str
    resources: list[ResourceOut]


class TopicUseOut(BaseModel):
    roadmap: str
    roadmap_title: str
    phase: int
    phase_title: str


class LearnedHours(BaseModel):
    """What learners took for one topic, once enough of them said: the median and how many reported."""

    median_hours: float = Field(description="the median of the hours learners said the topic took")
    learners: int = Field(description="how many learners who finished it said how long it took")


class TopicDetail(BaseModel):
    id: str
    name: str
    summary: str
    aliases: list[str]
    key_points: list[str]
    prerequisites: list[TopicRef]
    effort_hours: float
    resources: list[ResourceOut]
    variants: list[VariantOut]
    used_in: list[TopicUseOut]
    questions: list[QuestionOut] = Field(
        description="its self-check questions as asked (choices in a stable order, the right one not marked); "
        "POST answers to `/api/v1/topics/{id}/check` for the graded result"
    )
    learned_hours: LearnedHours | None = Field(
        default=None,
        description=(
            "the median of the hours learners said it took, beside `effort_hours`; null until enough learners "
            "(LEARNED_ESTIMATE_MIN_LEARNERS) finished it and said, and always null from the command line"
        ),
    )


def roadmap_summary(catalog: Catalog, roadmap: Roadmap) -> RoadmapSummary:
    """A roadmap as a catalog entry."""
    weeks = roadmap.estimated_weeks
    return RoadmapSummary(
        slug=roadmap.slug,
        title=roadmap.title,
        category=roadmap.category,
        category_label=roadmap.category.label,
        kind=roadmap.kind,
        kind_label=roadmap.kind.label,
        role=roadmap.role,
        summary=roadmap.summary,
        tagline=tagline(roadmap.summary),
        aliases=list(roadmap.aliases),
        phase_count=len(roadmap.phases),
        topic_count=len(roadmap.topic_ids),
        estimated_weeks=Weeks(min=weeks.min, max=weeks.max),
        total_hours=catalog.roadmap_hours(roadmap),
    )


def roadmap_detail(catalog: Catalog, roadmap: Roadmap) -> RoadmapDetail:
    """A roadmap with every phase, topic and project, as the roadmap page shows it."""
    stacks = sorted({v.stack for t in roadmap.topic_ids for v in catalog.topic(t).variants})
    assumes = [catalog.roadmap(s) for s in roadmap.prerequisite_roadmaps]
    return RoadmapDetail(
        **roadmap_summary(catalog, roadmap).model_dump(),
        audience=roadmap.audience,
        prerequisite_roadmaps=list(roadmap.prerequisite_roadmaps),
        assumes=[RoadmapRef(slug=r.slug, title=r.title) for r in assumes],
        recap_count=len(catalog.recaps(roadmap)),
        estimate_note=estimate_note(catalog, roadmap),
        stacks=stacks,
        phases=[_phase(catalog, roadmap, number, phase) for number, phase in enumerate(roadmap.phases, start=1)],
        outro=roadmap.outro,
    )


def topic_detail(catalog: Catalog, topic: Topic) -> TopicDetail:
    """A topic with its prerequisites, resources, variants and the roadmaps that teach it."""
    return TopicDetail(
        id=topic.id,
        name=topic.name,
        summary=topic.summary,
        aliases=list(topic.aliases),
        key_points=list(topic.key_points),
        prerequisites=[_ref(catalog.topic(t)) for t in topic.prerequisites],
        effort_hours=topic.effort_hours,
        resources=[_resource(r) for r in topic.resources],
        variants=[
            VariantOut(
                stack=v.stack,
                stack_label=stack_label(v.stack),
                name=v.name,
                note=v.note,
                resources=[_resource(r) for r in v.resources],
            )
            for v in topic.variants
        ],
        used_in=[
            TopicUseOut(
                roadmap=use.roadmap.slug,
                roadmap_title=use.roadmap.title,
                phase=use.phase_number,
                phase_title=use.phase.title,
            )
            for use in catalog.uses_of(topic.id)
        ],
        questions=[question_out(topic, q) for q in topic.questions],
    )


def estimate_note(catalog: Catalog, roadmap: Roadmap) -> str:
    """What a roadmap's estimates assume, in the words every surface uses (page, CLI, exports): its prerequisite
    roadmaps done, and so its recap topics not counted. Empty for a roadmap that assumes none."""
    if not roadmap.prerequisite_roadmaps:
        return ""
    names = and_list([catalog.roadmap(s).title for s in roadmap.prerequisite_roadmaps])
    count = len(catalog.recaps(roadmap))
    if not count:
        return f"Estimates assume you have done {names}."
    if count == 1:
        return (
            f"Estimates assume you have done {names}: the topic marked “Recap” is taught there, "
            "so its hours are not counted here."
        )
    return (
        f"Estimates assume you have done {names}: the {count} topics marked “Recap” are taught there, "
        "so their hours are not counted here."
    )


def recap_label(skill: SkillRef) -> str:
    """How the CLI and the exports mark a recap topic (the page says the same, with a link); empty for the
    roadmap's own topics."""
    return f"Recap · taught in {skill.recap_of.title}, not counted" if skill.recap_of else ""


def and_list(names: list[str]) -> str:
    """Names joined as a sentence says them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class _Reasoned(Protocol):
    """A topic left out of a plan or a generated roadmap, with the reason a person reads."""

    @property
    def reason(self) -> str: ...


_LeftOut = TypeVar("_LeftOut", bound=_Reasoned)


def by_reason(items: Sequence[_LeftOut]) -> list[tuple[str, list[_LeftOut]]]:
    """Items that share a reason, the reason once: the lists a person reads of what was left out and why (the CLI,
    the plan and generated pages), in the order the reasons first come. Item by item, 36 topics a senior skips
    each said "below your level (senior)", 36 lines of one sentence; the API keeps its list item by item."""
    groups: dict[str, list[_LeftOut]] = {}
    for item in items:
        groups.setdefault(item.reason, []).append(item)
    return list(groups.items())


def _phase(catalog: Catalog, roadmap: Roadmap, number: int, phase: Phase) -> PhaseOut:
    hours = catalog.phase_hours(roadmap, phase)

    def skill(topic_id: str) -> SkillRef:
        recap = catalog.recap_of(roadmap, topic_id)
        out = _skill(catalog.topic(topic_id))
        return out.model_copy(update={"recap_of": RoadmapRef(slug=recap.slug, title=recap.title)}) if recap else out

    return PhaseOut(
        number=number,
        title=phase.title,
        level=phase.level,
        goal=phase.goal,
        estimated_weeks=Weeks(min=phase.estimated_weeks.min, max=phase.estimated_weeks.max),
        hours=hours,
        recap_hours=sum(catalog.topic(t).effort_hours for t in phase.topic_ids if catalog.recap_of(roadmap, t)),
        job_ready=phase.job_ready,
        job_ready_note=phase.job_ready_note,
        core_skills=[skill(t) for t in phase.core_skills],
        projects=[
            ProjectOut(
                key=project_key(roadmap.slug, p.title),
                title=p.title,
                description=p.description,
                practises=[_ref(catalog.topic(t)) for t in p.practises],
                effort_hours=p.effort_hours,
            )
            for p in phase.projects
        ],
        extra_sections=[SectionOut(title=s.title, topics=[skill(t) for t in s.topics]) for s in phase.extra_sections],
    )


def _ref(topic: Topic) -> TopicRef:
    return TopicRef(id=topic.id, name=topic.name, effort_hours=topic.effort_hours)


class TopicPlace(BaseModel):
    """Where a topic sits in one roadmap, for the topic page's breadcrumb and its previous/next links."""

    roadmap: str
    roadmap_title: str
    phase: int
    phase_title: str
    position: int = Field(description="1-based place of the topic among the roadmap's topics, in reading order")
    count: int
    previous: TopicRef | None
    next: TopicRef | None


def topic_place(catalog: Catalog, roadmap: Roadmap, topic_id: str) -> TopicPlace | None:
    """The topic's place in the roadmap (its first phase if repeated), or None when the roadmap does not teach it.

    Reading order is the roadmap page's: phase by phase, core skills then the extra sections.
    """
    order = [(number, t) for number, phase in enumerate(roadmap.phases, start=1) for t in phase.topic_ids]
    ids = [t for _, t in order]
    if topic_id not in ids:
        return None
    index = ids.index(topic_id)
    number = order[index][0]
    return TopicPlace(
        roadmap=roadmap.slug,
        roadmap_title=roadmap.title,
        phase=number,
        phase_title=roadmap.phases[number - 1].title,
        position=index + 1,
        count=len(ids),
        previous=_ref(catalog.topic(ids[index - 1])) if index > 0 else None,
        next=_ref(catalog.topic(ids[index + 1])) if index + 1 < len(ids) else None,
    )


#: Stack keys of the content (variants, plan requests) and the names people know them by.
STACK_LABELS = {
    "python": "Python",
    "javascript": "JavaScript",
    "typescript": "TypeScript",
    "java": "Java",
    "kotlin": "Kotlin",
    "go": "Go",
    "csharp": "C#",
    "php": "PHP",
    "ruby": "Ruby",
    "rust": "Rust",
    "swift": "Swift",
    "dart": "Dart",
    "cpp": "C++",
}


def stack_label(stack: str) -> str:
    """A stack's name for people ("csharp" is shown as "C#"); an unlisted key is capitalised."""
    return STACK_LABELS.get(stack, stack.capitalize())


def also_called(topic: Topic, limit: int = 3) -> list[str]:
    """The first few of a topic's other names, for "also known as" (the full alias list is for search).

    Aliases that only repeat the name (its case or a plural) are left out, so the line reads like a sentence.
    """
    seen = {_plain(topic.name)}
    names: list[str] = []
    for alias in topic.aliases:
        if (key := _plain(alias)) not in seen:
            seen.add(key)
            names.append(alias)
        if len(names) == limit:
            break
    return names


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]", "", text.lower()).removesuffix("s")


def _skill(topic: Topic) -> SkillRef:
    return SkillRef(id=topic.id, name=topic.name, effort_hours=topic.effort_hours, covers=covers_line(topic))


#: Characters a one-line text may take before it is cut at a clause or a comma.
ONE_LINE = 110


def tagline(summary: str) -> str:
    """The summary up to its first colon, semicolon or full stop; cut at a comma (with "…") if still too long.

    The home page lists roadmaps one line each; the full summary stays on the roadmap page.
    """
    first = re.split(r"[:;]|\.\s", summary.strip(), maxsplit=1)[0].strip().rstrip(".")
    if len(first) <= ONE_LINE:
        return first
    cut = first.rfind(",", 0, ONE_LINE)
    return (first[:cut] if cut >= ONE_LINE // 2 else first[:ONE_LINE].rsplit(" ", 1)[0].rstrip(",")) + "…"


def covers_line(topic: Topic) -> str:
    """What a topic covers in one line: its first key points, whole, joined while they fit in about a line.

    The seed's list reads "HTTP/HTTPS, methods (GET, POST, ...)": the name, then what it takes in. Points keep
    their own capitals (many start with a name: "Git", "Python"), so they are joined with a middle dot.
    """
    shown: list[str] = []
    length = 0
    for point in topic.key_points:
        if shown and length + len(point) + 2 > ONE_LINE:
            break
        shown.append(point)
        length += len(point) + 2
    return " · ".join(shown)


def _resource(resource: Resource) -> ResourceOut:
    return ResourceOut(title=resource.title, url=resource.url, kind=resource.kind.value, free=resource.free)
