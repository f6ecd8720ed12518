"""Reads of a learner's records, returned as the progress domain's plain values."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import User
from django.contrib.sessions.backends.base import SessionBase

from roadmapfinder.answers.selectors import answers_of, checks_of
from roadmapfinder.catalog import default_catalog
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.progress import ProgressState, TopicStatus, carry_retired
from roadmapfinder.progress.learner_data import (
    FollowRecord,
    LearnerData,
    NoteRecord,
    PlanRecord,
    ProjectRecord,
    TopicRecord,
)
from roadmapfinder.tracking.models import ApiToken, FollowedRoadmap, ProjectProgress, TopicNote, TopicProgress


def learner_state(*, user: object, session: SessionBase) -> ProgressState:
    """The progress of whoever calls: the account's when signed in (token or cookie), else the visitor's session."""
    if isinstance(user, User) and user.is_authenticated:
        return progress_state(user=user)
    from roadmapfinder.tracking.trackers import session_state  # trackers read these selectors: import when called

    return session_state(session)


def progress_state(*, user: User) -> ProgressState:
    """Everything the learner has marked, as one value the progress functions read."""
    topics = {t: TopicStatus(s) for t, s in TopicProgress.objects.filter(user=user).values_list("topic_id", "status")}
    projects = frozenset(ProjectProgress.objects.filter(user=user).values_list("project_key", flat=True))
    roadmaps = frozenset(FollowedRoadmap.objects.filter(user=user).values_list("roadmap_slug", flat=True))
    return carry_retired(ProgressState(topics=topics, projects=projects, roadmaps=roadmaps), default_catalog())


def notes_of(*, user: User, topic_ids: Iterable[str] | None = None) -> dict[str, str]:
    """The learner's notes (topic id -> Markdown), all of them or those of some topics."""
    notes = TopicNote.objects.filter(user=user)
    if topic_ids is not None:
        notes = notes.filter(topic_id__in=list(topic_ids))
    return dict(notes.values_list("topic_id", "text"))


def tokens_of(*, user: User) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=user))


def learner_data_export(*, user: User) -> LearnerData:
    """Everything stored for the learner except secrets, in a stable order (so exports compare equal)."""
    return LearnerData(
        username=user.get_username(),
        topics=[
            TopicRecord(topic=t.topic_id, status=TopicStatus(t.status), updated=t.updated)
            for t in TopicProgress.objects.filter(user=user).order_by("topic_id")
        ],
        projects=[
            ProjectRecord(project=p.project_key, updated=p.updated)
            for p in ProjectProgress.objects.filter(user=user).order_by("project_key")
        ],
        roadmaps=[
            FollowRecord(roadmap=f.roadmap_slug, since=f.since)
            for f in FollowedRoadmap.objects.filter(user=user).order_by("roadmap_slug")
        ],
        notes=[
            NoteRecord(topic=n.topic_id, text=n.text, updated=n.updated)
            for n in TopicNote.objects.filter(user=user).order_by("topic_id")
        ],
        plans=[
            PlanRecord(id=p.id, title=p.title, request=p.request, created=p.created)
            for p in SavedPlan.objects.filter(owner=user).order_by("id")
        ],
        answers=answers_of(user=user),
        checks=checks_of(user=user),
    )
