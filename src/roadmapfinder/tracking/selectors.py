"""Reads of a learner's records, returned as the progress domain's plain values."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable

from django.contrib.auth.models import User
from django.contrib.sessions.backends.base import SessionBase
from django.db import DatabaseError

from roadmapfinder.answers.selectors import answers_of, checks_of
from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.shapes import LearnedHours
from roadmapfinder.config import config
from roadmapfinder.db_rows import column, fetch_all, is_in, table, values
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.progress import ProgressState, TopicStatus, carry_retired
from roadmapfinder.progress.estimates import LearnedEstimatesOut, learned_estimates, learned_hours
from roadmapfinder.progress.learner_data import (
    FollowRecord,
    GeneratedFollowRecord,
    LearnerData,
    NoteRecord,
    PlanRecord,
    ProjectRecord,
    TopicRecord,
)
from roadmapfinder.tracking.models import (
    ApiToken,
    FollowedGenerated,
    FollowedRoadmap,
    ProjectProgress,
    TopicNote,
    TopicProgress,
)

logger = logging.getLogger(__name__)


def learner_state(*, user: object, session: SessionBase) -> ProgressState:
    """The progress of whoever calls: the account's when signed in (token or cookie), else the visitor's session."""
    if isinstance(user, User) and user.is_authenticated:
        return progress_state(user=user)
    from roadmapfinder.tracking.trackers import session_state  # trackers read these selectors: import when called

    return session_state(session)


def progress_state(*, user: User) -> ProgressState:
    """Everything the learner has marked, as one value the progress functions read.

    One statement rather than a query per table: every personal page starts with this read, and building four ORM
    queries cost about as much as the rest of a signed-in roadmap page (`make bench`, issue 17).
    """
    return _progress(user, with_notes=False)[0]


def progress_and_notes(*, user: User) -> tuple[ProgressState, dict[str, str]]:
    """The learner's progress and their notes (topic id -> Markdown) in the same statement: a roadmap or plan page
    shows both, and a statement of its own for the notes was a twentieth of such a page's first view (issue 17)."""
    return _progress(user, with_notes=True)


def _progress(user: User, *, with_notes: bool) -> tuple[ProgressState, dict[str, str]]:
    topics: dict[str, TopicStatus] = {}
    projects: set[str] = set()
    roadmaps: set[str] = set()
    generated: set[str] = set()
    notes: dict[str, str] = {}
    sql = _PROGRESS_AND_NOTES_SQL() if with_notes else _PROGRESS_SQL()
    for kind, key, value in fetch_all(sql, [user.pk] * (5 if with_notes else 4)):
        if kind == "t":
            topics[key] = TopicStatus(value)
        elif kind == "n":
            notes[key] = value
        else:
            {"p": projects, "r": roadmaps, "g": generated}[kind].add(key)
    state = ProgressState(
        topics=topics, projects=frozenset(projects), roadmaps=frozenset(roadmaps), generated=frozenset(generated)
    )
    return carry_retired(state, default_catalog()), notes


_EMPTY = "''"


@functools.cache
def _PROGRESS_SQL() -> str:  # noqa: N802  a constant, built once the models are loaded
    """The learner's rows of the four progress tables as (kind, key, status), parameters the user's id four times."""
    parts = (
        ("t", TopicProgress, "topic_id", "status"),
        ("p", ProjectProgress, "project_key", None),
        ("r", FollowedRoadmap, "roadmap_slug", None),
        ("g", FollowedGenerated, "generated_id", None),
    )
    return " UNION ALL ".join(
        f"SELECT '{kind}', {column(model, key)}, {column(model, status) if status else _EMPTY} FROM {table(model)} "
        f"WHERE {column(model, 'user')} = %s"
        for kind, model, key, status in parts
    )


@functools.cache
def _PROGRESS_AND_NOTES_SQL() -> str:  # noqa: N802  a constant, as _PROGRESS_SQL
    """As `_PROGRESS_SQL`, then the notes as ("n", topic id, text): parameters the user's id five times."""
    notes = (
        f"SELECT 'n', {column(TopicNote, 'topic_id')}, {column(TopicNote, 'text')} FROM {table(TopicNote)} "
        f"WHERE {column(TopicNote, 'user')} = %s"
    )
    return f"{_PROGRESS_SQL()} UNION ALL {notes}"


def notes_of(*, user: User, topic_ids: Iterable[str] | None = None) -> dict[str, str]:
    """The learner's notes (topic id -> Markdown), all of them or those of some topics."""
    where, params = f"{column(TopicNote, 'user')} = %s", list[object]([user.pk])
    if topic_ids is not None:
        wanted = list(topic_ids)
        if not wanted:
            return {}
        where += f" AND {is_in(TopicNote, 'topic_id', len(wanted))}"
        params += wanted
    return dict(values(TopicNote, ("topic_id", "text"), where, params))


def tokens_of(*, user: User) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=user))


def learner_data_export(*, user: User) -> LearnerData:
    """Everything stored for the learner except secrets, in a stable order (so exports compare equal)."""
    return LearnerData(
        username=user.get_username(),
        topics=[
            TopicRecord(
                topic=t.topic_id,
                status=TopicStatus(t.status),
                updated=t.updated,
                started=t.started,
                finished=t.finished,
                hours=t.hours,
            )
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
        generated=[
            GeneratedFollowRecord(id=f.generated_id, since=f.since)
            for f in FollowedGenerated.objects.filter(user=user).order_by("generated_id")
        ],
        notes=[
            NoteRecord(topic=n.topic_id, text=n.text, updated=n.updated)
            for n in TopicNote.objects.filter(user=user).order_by("topic_id")
        ],
        plans=[
            PlanRecord(id=p.id, title=p.title, request=p.request, created=p.created, laid_out=p.laid_out)
            for p in SavedPlan.objects.filter(owner=user).order_by("id")
        ],
        answers=answers_of(user=user),
        checks=checks_of(user=user),
    )


def _reported_hours(topic_ids: Iterable[str] | None = None) -> dict[str, list[float]]:
    """The hours learners said finished topics took, per topic: values only, never who said them."""
    rows = TopicProgress.objects.filter(status=TopicStatus.DONE.value, hours__isnull=False)
    if topic_ids is not None:
        rows = rows.filter(topic_id__in=list(topic_ids))
    reported: dict[str, list[float]] = {}
    for topic_id, hours in rows.values_list("topic_id", "hours").order_by("topic_id", "hours").iterator():
        if hours is not None:  # filtered out above; the check is for the type checker
            reported.setdefault(topic_id, []).append(float(hours))
    return reported


def learned_estimates_of(*, min_learners: int | None = None) -> LearnedEstimatesOut:
    """The catalog's hours beside learners' medians for every topic at least `min_learners` learners reported
    (default: `LEARNED_ESTIMATE_MIN_LEARNERS`). Aggregates only; the same on SQLite and PostgreSQL (the median is
    taken in Python, since SQLite has no percentile function)."""
    threshold = config().learned_estimate_min_learners if min_learners is None else min_learners
    return learned_estimates(default_catalog(), _reported_hours(), min_learners=threshold)


def topic_learned_hours(*, topic_id: str, min_learners: int | None = None) -> LearnedHours | None:
    """The learners' median for one topic, or None until enough learners reported it.

    Topic pages and JSON are content and must answer while the database is down: then there is no median to show.
    """
    threshold = config().learned_estimate_min_learners if min_learners is None else min_learners
    try:
        reported = _reported_hours([topic_id]).get(topic_id, [])
    except DatabaseError:
        logger.warning("learners' hours unavailable for %s: the database did not answer", topic_id)
        return None
    return learned_hours(reported, min_learners=threshold)


def reported_hours_of(*, user: User, topic_id: str) -> float | None:
    """The hours this learner said a topic took (shown back to them only)."""
    return TopicProgress.objects.filter(user=user, topic_id=topic_id).values_list("hours", flat=True).first()
