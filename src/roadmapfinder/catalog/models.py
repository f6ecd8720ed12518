"""The content model: roadmaps, phases, projects and shared topics.

These classes describe the shape of the YAML content files and nothing more: they reject unknown keys (so a typo
in a field name is reported rather than ignored) and wrong types. Every rule that needs more than one field or
more than one file (references, estimates, level order, cycles) lives in `validation.py`, where each problem is
reported with its file, field and fix.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from math import floor

from pydantic import BaseModel, ConfigDict, Field

#: Estimates are written at this pace; every surface converts them to the learner's own pace.
REFERENCE_HOURS_PER_WEEK = 10


class Level(StrEnum):
    """The fixed ladder a roadmap climbs; a phase's level never goes down the ladder."""

    BEGINNER = "Beginner"
    BEGINNER_TO_JUNIOR = "Beginner → Junior"
    JUNIOR = "Junior"
    MID = "Mid-Level"
    MID_TO_ADVANCED = "Mid-Level → Advanced"
    ADVANCED = "Advanced"
    SENIOR_PREP = "Senior prep"

    @property
    def rank(self) -> int:
        """Position on the ladder, 0 for Beginner."""
        return _LEVEL_RANKS[self]


#: Each level's position, read once (listing an enum's members on every comparison showed in the generator's time).
_LEVEL_RANKS: dict[Level, int] = {level: position for position, level in enumerate(Level)}


class ResourceKind(StrEnum):
    DOCS = "docs"
    BOOK = "book"
    COURSE = "course"
    VIDEO = "video"
    ARTICLE = "article"
    INTERACTIVE = "interactive"


class RoadmapKind(StrEnum):
    """What a roadmap leads to: a job whose work is building software, a job beyond code, or one skill.

    The home page, the finder and the API separate them; roles (of both kinds) carry the job-ready milestone.
    """

    ROLE = "role"
    NON_CODING_ROLE = "non-coding-role"
    SKILL = "skill"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def is_role(self) -> bool:
        """Whether the roadmap leads to a job title (coding or not) rather than teaching one skill."""
        return self is not RoadmapKind.SKILL


KIND_LABELS: dict[RoadmapKind, str] = {
    RoadmapKind.ROLE: "Roles in software",
    RoadmapKind.NON_CODING_ROLE: "Roles beyond code",
    RoadmapKind.SKILL: "Skills and tools",
}


class Category(StrEnum):
    """Catalog sections by field, in the order the home page shows them (roles beyond code have their own)."""

    WEB = "web"
    MOBILE = "mobile"
    LANGUAGES = "languages"
    DATA_AI = "data-ai"
    CLOUD_OPS = "cloud-ops"
    SECURITY = "security"
    DATABASES = "databases"
    FOUNDATIONS = "foundations"
    BEYOND_CODE = "beyond-code"
    MORE = "more"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: dict[Category, str] = {
    Category.WEB: "Web development",
    Category.MOBILE: "Mobile development",
    Category.LANGUAGES: "Programming languages",
    Category.DATA_AI: "Data & AI",
    Category.CLOUD_OPS: "Cloud & operations",
    Category.SECURITY: "Security",
    Category.DATABASES: "Databases",
    Category.FOUNDATIONS: "Foundations",
    Category.BEYOND_CODE: "Design, product, management & writing",
    Category.MORE: "More specialisations",
}


class _Content(BaseModel):
    """Base for content: immutable once loaded, and strict about unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Resource(_Content):
    """A place to learn a topic: official documentation first, then canonical books and courses."""

    title: str = Field(min_length=1)
    url: str = Field(min_length=1)
    kind: ResourceKind
    free: bool = True
    shared: str = Field(
        default="", description="Set by the loader: the id in resources.yaml when the topic cited `{ref: id}`."
    )


class Variant(_Content):
    """How a stack-neutral topic is learnt in one stack (the ORM topic is SQLAlchemy for Python)."""

    stack: str = Field(min_length=1, description="Stack key such as python, typescript, java, go.")
    name: str = Field(min_length=1)
    note: str = ""
    resources: tuple[Resource, ...] = ()


#: The stack a learner gives for no language at all, never a `Variant.stack`: it undoes the stack read from what
#: they typed ("python backend", or Python known with Backend Developer), in a plan's request (`planning.tailor`,
#: rule 5) and in the finder's picks, which hand it on to their plans (`search.finder.Recommendation.stack`).
NO_STACK = "none"


class QuestionKind(StrEnum):
    """How a self-check question is answered: by picking a choice, or in the learner's own words."""

    CHOICE = "choice"
    EXPLAIN = "explain"
    PREDICT = "predict"
    SPOT_THE_BUG = "spot-the-bug"

    @property
    def is_open(self) -> bool:
        """Open questions have a model answer the learner compares with their own, not a choice to pick."""
        return self is not QuestionKind.CHOICE


class WrongChoice(_Content):
    """A tempting wrong answer, and why it is wrong: the explanation is what a learner learns from."""

    choice: str = Field(min_length=1)
    why: str = Field(min_length=1)


class Question(_Content):
    """A self-check question written for one topic (see content/README.md, "Self-check questions").

    `id` is stable within the topic: a learner's answers and review schedule are keyed by `<topic>/<id>`, so
    rewording a question keeps its history and removing one retires it. Which fields a kind needs (a choice
    question's answer and wrong choices, an open question's model answer) is checked in `validation.py`.
    """

    id: str = Field(min_length=1, max_length=60)
    kind: QuestionKind = QuestionKind.CHOICE
    ask: str = Field(min_length=1)
    answer: str = ""
    why: str = ""
    wrong: tuple[WrongChoice, ...] = ()
    model_answer: str = ""


class Topic(_Content):
    """One thing to learn, shared by every roadmap that teaches it so progress follows the learner."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    summary: str = ""
    aliases: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    prerequisites: tuple[str, ...] = ()
    effort_hours: float = Field(gt=0, le=400)
    resources: tuple[Resource, ...] = ()
    variants: tuple[Variant, ...] = ()
    questions: tuple[Question, ...] = ()


class Project(_Content):
    """Something to build that practises the phase's topics."""

    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    practises: tuple[str, ...] = ()
    effort_hours: float = Field(default=10, gt=0, le=400)


@functools.lru_cache(maxsize=8192)  # the catalog holds about 500 projects; progress pages key them all per visit
def project_key(roadmap_slug: str, project_title: str) -> str:
    """A project's stable id: projects have no id in the content, so it is `<roadmap>/<title as a slug>`.

    Topic ids and roadmap slugs never hold a slash, so a slash always means a project key.
    """
    return f"{roadmap_slug}/{re.sub(r'[^a-z0-9]+', '-', project_title.lower()).strip('-')}"


class RetiredTopic(_Content):
    """A topic id that no longer exists, and the topics that now teach its ground (see content/README.md).

    Learners' statuses, notes, data files and saved plans may still name it; they keep working through this.
    """

    name: str = Field(min_length=1, max_length=120)
    replaced_by: tuple[str, ...] = ()


class ProjectWording(_Content):
    """A project's words on another cloud (`CloudCounterparts.projects`): its description, and its title when that
    names a service too ("GitOps on EKS"); neither when it reads true there as written (`{}`). Its key, and so a
    learner's finished mark, stay the project's."""

    title: str | None = Field(default=None, min_length=1)
    description: str | None = Field(default=None, min_length=1)


class CloudCounterparts(_Content):
    """A roadmap done on another cloud than the one its topics are written for (clouds.yaml, see content/README.md):
    each such topic's counterpart on this cloud, and the projects that name the first cloud, in this cloud's words."""

    name: str = Field(min_length=1, max_length=60)  # the cloud's name for people, as goals say it: "Microsoft Azure"
    topics: dict[str, str] = Field(default_factory=dict)  # topic id -> the id of the topic teaching it on this cloud
    projects: dict[str, ProjectWording] = Field(default_factory=dict)  # project key -> its words on this cloud


class ExtraSection(_Content):
    """A titled list of extra topics in a phase, such as "System Design" or "Soft skills"."""

    title: str = Field(min_length=1)
    topics: tuple[str, ...] = ()


class WeekRange(_Content):
    """An honest estimate in weeks at the reference pace of 10 hours a week."""

    min: int = Field(ge=1)
    max: int = Field(ge=1)

    def __str__(self) -> str:
        return f"{self.min}-{self.max} weeks" if self.min != self.max else f"{self.min} weeks"

    def at_pace(self, hours_per_week: float) -> WeekRange:
        """The same effort at another pace, to the nearest whole week (halves up, as the estimation rule rounds),
        at least one.

        Rounding each end up, as this did, added up to a week to every phase: "learn python in 3 months" needs 35
        h a week (451 h in 12.9 weeks), and its six phases at 35 h a week said 14-19 weeks, a quick learner slower
        than the estimate itself; to the nearest week they say 11-17, around it."""
        factor = REFERENCE_HOURS_PER_WEEK / hours_per_week
        return WeekRange(min=max(1, floor(self.min * factor + 0.5)), max=max(1, floor(self.max * factor + 0.5)))


class Phase(_Content):
    """One stage of a roadmap: a level, a goal, an estimate, core skills in learning order and projects."""

    title: str = Field(min_length=1)
    level: Level
    goal: str = Field(min_length=1)
    estimated_weeks: WeekRange
    core_skills: tuple[str, ...] = ()
    projects: tuple[Project, ...] = ()
    extra_sections: tuple[ExtraSection, ...] = ()
    job_ready: bool = Field(
        default=False, description="On a role roadmap: after this phase a learner can apply for a first role."
    )
    job_ready_note: str = Field(default="", max_length=200, description="One line: what the learner can show by now.")

    @property
    def topic_ids(self) -> tuple[str, ...]:
        """Every topic the phase teaches: core skills first, then extra sections, in order."""
        extra = tuple(t for section in self.extra_sections for t in section.topics)
        return self.core_skills + extra


class Roadmap(_Content):
    """A learning path for one skill or role, in phases from Beginner to Senior prep."""

    slug: str = Field(min_length=1)
    title: str = Field(min_length=1)
    category: Category
    kind: RoadmapKind = Field(
        default=RoadmapKind.SKILL,
        description="role (a job building software), non-coding-role (design, product, management, writing) or skill",
    )
    summary: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    audience: str = Field(min_length=1)
    prerequisite_roadmaps: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    outro: str = Field(min_length=1)

    @property
    def role(self) -> bool:
        """The roadmap leads to a job title (Backend Developer, Product Manager), coding or not."""
        return self.kind.is_role

    @property
    def topic_ids(self) -> tuple[str, ...]:
        """Every topic of the roadmap in learning order."""
        return tuple(t for phase in self.phases for t in phase.topic_ids)

    @property
    def estimated_weeks(self) -> WeekRange:
        """The whole roadmap's range at the reference pace: the sum of its phases' ranges."""
        return WeekRange(
            min=sum(p.estimated_weeks.min for p in self.phases) or 1,
            max=sum(p.estimated_weeks.max for p in self.phases) or 1,
        )


class ChecklistSource(_Content):
    """A public, authoritative list of what a field expects: official docs' contents, a syllabus, a curriculum."""

    title: str = Field(min_length=1)
    url: str = Field(min_length=1)


class Concept(_Content):
    """One thing a competent practitioner is expected to know, and how the roadmap accounts for it.

    Exactly one of `topic`, `key_point`, `variant` or `omitted` is set (the `checklist` rule checks it): the concept
    is a topic of the roadmap, a key point of one of its topics, a stack variant (`<topic id>/<stack>`), or
    deliberately left out for the one-line reason given.
    """

    name: str = Field(min_length=1, max_length=120)
    source: str = Field(min_length=1, description="An id from the checklist's `sources`.")
    topic: str = ""
    key_point: str = Field(default="", description="The id of the topic that holds the concept as a key point.")
    variant: str = Field(default="", description="`<topic id>/<stack>`: the concept is that topic's stack variant.")
    omitted: str = Field(default="", description="One line: why the roadmap deliberately leaves the concept out.")

    @property
    def covered(self) -> bool:
        """The roadmap teaches it (as a topic, a key point or a variant)."""
        return bool(self.topic or self.key_point or self.variant)


class Checklist(_Content):
    """What a competent practitioner of a roadmap's field knows at its exit level, concept by concept.

    A reviewed data file beside the roadmap (`checklists/<slug>.yaml`): it is how we know a roadmap is deep enough,
    and `roadmapfinder stats` reports how much of it is covered and how much deliberately left out.
    """

    roadmap: str = Field(min_length=1, description="The roadmap's slug; equals the file name.")
    exit_level: str = Field(min_length=1, max_length=300, description="Who the practitioner is at the roadmap's end.")
    sources: dict[str, ChecklistSource] = Field(min_length=1)
    concepts: tuple[Concept, ...] = Field(min_length=1)
