"""JSON shapes of a learner's progress, shared by the API (`/api/v1/me/progress`) and the CLI's output."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Roadmap
from roadmapfinder.planning.plan import Plan
from roadmapfinder.progress.estimates import MAX_REPORTED_HOURS
from roadmapfinder.progress.status import ProgressState, TopicStatus
from roadmapfinder.progress.summary import (
    Tally,
    next_topics,
    roadmap_progress,
    roadmaps_followed,
    roadmaps_sharing,
)
from roadmapfinder.progress.tracks import generated_standings, plan_track, schedule_standing
from roadmapfinder.understanding.shapes import GeneratedRoadmap, generated_path

#: What /me, the API and the CLI say of a followed generated roadmap that is gone or no longer reads.
GENERATED_GONE = "This generated roadmap is no longer available; stop following it, or generate it again."

#: The two ways an answer says what to do next: ids for programs, names for people.
NEXT_TOPICS = (
    "the ids of up to three topics to do next, those in progress first, then in learning order: for programs (to "
    "mark one, or open `/api/v1/topics/{id}`); `next_topic_names` has what to show people"
)
NEXT_TOPIC_NAMES = "the names of `next_topics`, in the same order, as the topics' pages name them: what to show people"
#: The server always answers every field of a progress answer, defaults included: the document says them required.
_ANSWERED_WHOLE = ConfigDict(json_schema_serialization_defaults_required=True)


class TallyOut(BaseModel):
    percent: int
    finished: int
    total: int
    done: int
    in_progress: int
    skipped: int


class PhaseProgressOut(BaseModel):
    number: int
    title: str
    progress: TallyOut


class RoadmapProgressOut(BaseModel):
    model_config = _ANSWERED_WHOLE

    slug: str
    title: str
    progress: TallyOut
    phases: list[PhaseProgressOut]
    next_topics: list[str] = Field(description=NEXT_TOPICS)
    #: Empty only in an older server's answer, which sent ids alone: the CLI names them from its own catalog then.
    next_topic_names: list[str] = Field(default_factory=list, description=NEXT_TOPIC_NAMES)


class SharingOut(BaseModel):
    """A roadmap the learner does not follow on which their progress counts too."""

    slug: str
    title: str
    progress: TallyOut


class GeneratedProgressOut(BaseModel):
    """A generated roadmap the learner follows: its progress phase by phase and what to do next on it."""

    model_config = _ANSWERED_WHOLE

    id: str
    title: str | None = Field(description="its generated title; null when it is no longer available")
    url: str = Field(description="its page")
    progress: TallyOut | None = Field(description="null when it is no longer available")
    phases: list[PhaseProgressOut] = Field(default_factory=list)
    next_topics: list[str] = Field(default_factory=list, description=NEXT_TOPICS)
    next_topic_names: list[str] = Field(default_factory=list, description=NEXT_TOPIC_NAMES)
    note: str | None = Field(default=None, description="why it has no progress, when it is no longer available")


class PlanProgressOut(BaseModel):
    """A saved plan's progress, what to do next on it and where the learner stands against its dates."""

    model_config = _ANSWERED_WHOLE

    id: str
    title: str
    updated: datetime
    progress: TallyOut | None = Field(description="null when today's catalog no longer builds the plan")
    next_topics: list[str] = Field(default_factory=list, description=NEXT_TOPICS)
    next_topic_names: list[str] = Field(default_factory=list, description=NEXT_TOPIC_NAMES)
    schedule: str | None = Field(
        default=None, description="on schedule, ahead or behind; null before the plan's first session has passed"
    )
    weeks_ahead: float | None = Field(
        default=None,
        description="negative when behind schedule: the hours done (finished items, and the passed sessions of "
        "topics in progress) less the hours of the sessions passed, in weeks at the plan's pace",
    )
    behind: bool = Field(default=False, description="behind schedule by half a week or more (said as a week)")


class ProgressOut(BaseModel):
    """The learner's statuses, finished projects and followed roadmaps, and progress on the roadmaps asked for
    (or the followed ones), with the other roadmaps it counts on."""

    topics: dict[str, TopicStatus]
    projects: list[str]
    following: list[str]
    roadmaps: list[RoadmapProgressOut]
    also_counts_on: list[SharingOut] = Field(default_factory=list)
    generated: list[GeneratedProgressOut] = Field(
        default_factory=list, description="the generated roadmaps the learner follows, furthest along first"
    )
    plans: list[PlanProgressOut] = Field(default_factory=list, description="the learner's saved plans")


class FollowIn(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown field is a mistake: 422, never ignored

    following: bool = Field(default=True, description="false stops following (progress is kept)")


class FollowOut(BaseModel):
    roadmap: str
    following: bool


class GeneratedFollowOut(BaseModel):
    """Whether the learner now follows a generated roadmap."""

    id: str
    title: str | None = Field(description="its generated title; null when it is no longer available")
    url: str
    following: bool


class TopicProgressOut(BaseModel):
    topic: str
    #: For people ("HTTP and HTTPS"): what a client shows, never the id. Empty only from a server before it was sent.
    name: str = Field(default="", description="the topic's name, as its page shows it")
    status: TopicStatus | None
    hours: float | None = Field(default=None, description="the hours you said it took (only on a done topic)")


class ProjectProgressOut(BaseModel):
    project: str
    done: bool


class ProgressIn(BaseModel):
    """The whole set of topic statuses (topics not listed are cleared) and, if given, of finished projects."""

    model_config = ConfigDict(extra="forbid")  # an unknown field is a mistake: 422, never ignored

    topics: dict[str, str] = Field(
        default_factory=dict,
        json_schema_extra={"additionalProperties": {"type": "string", "enum": ["done", "in_progress", "skipped"]}},
    )
    projects: list[str] | None = Field(
        default=None,
        description="Every finished project's key (`<roadmap>/<project>`); omit it to leave projects unchanged",
    )


class TopicProgressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown field is a mistake: 422, never ignored

    status: str | None = Field(
        description="done, in_progress, skipped, or null to clear",
        json_schema_extra={"enum": ["done", "in_progress", "skipped", None]},
    )
    hours: float | None = Field(
        default=None,
        gt=0,
        le=MAX_REPORTED_HOURS,
        description=(
            "optional, with `done`: how many hours the topic took you (null forgets it; left out, it is unchanged). "
            "Only medians over many learners are ever shown to others"
        ),
    )


class ProjectProgressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown field is a mistake: 422, never ignored

    done: bool = Field(description="true marks the project finished, false unmarks it")


def plan_progress_out(
    catalog: Catalog,
    *,
    plan_id: str,
    title: str,
    updated: datetime,
    plan: Plan | None,
    state: ProgressState,
    today: date,
) -> PlanProgressOut:
    """A saved plan's standing; `plan` is None when today's catalog can no longer build it."""
    if plan is None:
        return PlanProgressOut(id=plan_id, title=title, updated=updated, progress=None)
    track = plan_track(catalog, plan, plan_id)
    standing = schedule_standing(plan, track, state, today)
    upcoming = track.next_topic_ids(state)
    return PlanProgressOut(
        id=plan_id,
        title=title,
        updated=updated,
        progress=tally_out(track.progress(state).overall),
        next_topics=upcoming,
        next_topic_names=topic_names(catalog, upcoming),
        schedule=standing.message if standing else None,
        weeks_ahead=round(standing.weeks_ahead, 1) if standing else None,
        behind=bool(standing and standing.behind),
    )


def tally_out(tally: Tally) -> TallyOut:
    return TallyOut(
        percent=tally.percent,
        finished=tally.finished,
        total=tally.total,
        done=tally.done,
        in_progress=tally.in_progress,
        skipped=tally.skipped,
    )


def topic_names(catalog: Catalog, topic_ids: Sequence[str], *, own: Mapping[str, str] | None = None) -> list[str]:
    """Each topic's name as its page shows it, for `next_topic_names`; `own` are a generated roadmap's names, for a
    topic today's catalog no longer has (else its id stays, so the list keeps `next_topics`' length and order)."""
    known = own or {}
    return [catalog.topic(t).name if catalog.has_topic(t) else known.get(t, t) for t in topic_ids]


def roadmap_progress_out(catalog: Catalog, roadmap: Roadmap, state: ProgressState) -> RoadmapProgressOut:
    track = roadmap_progress(roadmap, state)
    upcoming = next_topics(roadmap.topic_ids, state)
    return RoadmapProgressOut(
        slug=roadmap.slug,
        title=roadmap.title,
        progress=tally_out(track.overall),
        phases=[PhaseProgressOut(number=s.number, title=s.title, progress=tally_out(s.tally)) for s in track.sections],
        next_topics=upcoming,
        next_topic_names=topic_names(catalog, upcoming),
    )


def generated_progress_out(
    catalog: Catalog,
    state: ProgressState,
    followed: Mapping[str, GeneratedRoadmap | None],
    *,
    base_url: str = "",
) -> list[GeneratedProgressOut]:
    """The followed generated roadmaps (id -> the roadmap, or None when it no longer exists or reads), furthest
    along first; the ones gone come last, with a note instead of progress."""
    found = [r for r in followed.values() if r is not None]
    listed = [
        GeneratedProgressOut(
            id=s.roadmap.id,
            title=s.roadmap.title,
            url=base_url.rstrip("/") + generated_path(s.roadmap.id),
            progress=tally_out(s.progress.overall),
            phases=[
                PhaseProgressOut(number=p.number, title=p.title, progress=tally_out(p.tally))
                for p in s.progress.sections
            ],
            next_topics=s.next_topic_ids,
            next_topic_names=topic_names(
                catalog, s.next_topic_ids, own={k.topic: k.name for p in s.roadmap.phases for k in p.core_skills}
            ),
        )
        for s in generated_standings(catalog, found, state)
    ]
    gone = sorted(roadmap_id for roadmap_id, roadmap in followed.items() if roadmap is None)
    return listed + [
        GeneratedProgressOut(
            id=roadmap_id,
            title=None,
            url=base_url.rstrip("/") + generated_path(roadmap_id),
            progress=None,
            note=GENERATED_GONE,
        )
        for roadmap_id in gone
    ]


def progress_out(
    catalog: Catalog,
    state: ProgressState,
    roadmap_slug: str | None = None,
    *,
    generated: Mapping[str, GeneratedRoadmap | None] | None = None,
    base_url: str = "",
) -> ProgressOut:
    """Everything `GET /me/progress` answers: one roadmap when `roadmap_slug` is given, else the followed ones,
    the others the progress counts on and the followed generated roadmaps (`generated`: id -> roadmap, or None
    for one that no longer exists; the caller reads them, since they live in the database)."""
    listed: list[GeneratedProgressOut] = []
    if roadmap_slug:
        roadmaps, sharing = [catalog.roadmap(roadmap_slug)], []
    else:
        roadmaps = [s.roadmap for s in roadmaps_followed(catalog, state)]
        sharing = roadmaps_sharing(catalog, state)
        listed = generated_progress_out(catalog, state, generated or {}, base_url=base_url)
    return ProgressOut(
        topics=dict(sorted(state.topics.items())),
        projects=sorted(state.projects),
        following=sorted(state.roadmaps),
        roadmaps=[roadmap_progress_out(catalog, r, state) for r in roadmaps],
        also_counts_on=[
            SharingOut(slug=s.roadmap.slug, title=s.roadmap.title, progress=tally_out(s.progress.overall))
            for s in sharing
        ],
        generated=listed,
    )
