"""JSON shapes of a learner's progress, shared by the API (`/api/v1/me/progress`) and the CLI's output."""

from __future__ import annotations

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Roadmap
from roadmapfinder.progress.status import ProgressState, TopicStatus
from roadmapfinder.progress.summary import (
    Tally,
    next_topics,
    roadmap_progress,
    roadmaps_followed,
    roadmaps_sharing,
)


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
    slug: str
    title: str
    progress: TallyOut
    phases: list[PhaseProgressOut]
    next_topics: list[str]


class SharingOut(BaseModel):
    """A roadmap the learner does not follow on which their progress counts too."""

    slug: str
    title: str
    progress: TallyOut


class ProgressOut(BaseModel):
    """The learner's statuses, finished projects and followed roadmaps, and progress on the roadmaps asked for
    (or the followed ones), with the other roadmaps it counts on."""

    topics: dict[str, TopicStatus]
    projects: list[str]
    following: list[str]
    roadmaps: list[RoadmapProgressOut]
    also_counts_on: list[SharingOut] = Field(default_factory=list)


class FollowIn(BaseModel):
    following: bool = Field(default=True, description="false stops following (progress is kept)")


class FollowOut(BaseModel):
    roadmap: str
    following: bool


class TopicProgressOut(BaseModel):
    topic: str
    status: TopicStatus | None


class ProjectProgressOut(BaseModel):
    project: str
    done: bool


class ProgressIn(BaseModel):
    """The whole set of topic statuses (topics not listed are cleared) and, if given, of finished projects."""

    topics: dict[str, str] = Field(default_factory=dict)
    projects: list[str] | None = Field(
        default=None,
        description="Every finished project's key (`<roadmap>/<project>`); omit it to leave projects unchanged",
    )


class TopicProgressIn(BaseModel):
    status: str | None = Field(description="done, in_progress, skipped, or null to clear")


class ProjectProgressIn(BaseModel):
    done: bool = Field(description="true marks the project finished, false unmarks it")


def tally_out(tally: Tally) -> TallyOut:
    return TallyOut(
        percent=tally.percent,
        finished=tally.finished,
        total=tally.total,
        done=tally.done,
        in_progress=tally.in_progress,
        skipped=tally.skipped,
    )


def roadmap_progress_out(roadmap: Roadmap, state: ProgressState) -> RoadmapProgressOut:
    track = roadmap_progress(roadmap, state)
    return RoadmapProgressOut(
        slug=roadmap.slug,
        title=roadmap.title,
        progress=tally_out(track.overall),
        phases=[PhaseProgressOut(number=s.number, title=s.title, progress=tally_out(s.tally)) for s in track.sections],
        next_topics=next_topics(roadmap.topic_ids, state),
    )


def progress_out(catalog: Catalog, state: ProgressState, roadmap_slug: str | None = None) -> ProgressOut:
    """Everything `GET /me/progress` answers: one roadmap when `roadmap_slug` is given, else the followed ones
    and the others the progress counts on."""
    if roadmap_slug:
        roadmaps, sharing = [catalog.roadmap(roadmap_slug)], []
    else:
        roadmaps = [s.roadmap for s in roadmaps_followed(catalog, state)]
        sharing = roadmaps_sharing(catalog, state)
    return ProgressOut(
        topics=dict(sorted(state.topics.items())),
        projects=sorted(state.projects),
        following=sorted(state.roadmaps),
        roadmaps=[roadmap_progress_out(r, state) for r in roadmaps],
        also_counts_on=[
            SharingOut(slug=s.roadmap.slug, title=s.roadmap.title, progress=tally_out(s.progress.overall))
            for s in sharing
        ],
    )
