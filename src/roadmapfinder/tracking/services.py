"""Writes of a learner's records: the only code that changes progress, notes, tokens and accounts.

Every function takes keyword-only, typed arguments, checks ids against the catalog before writing (an unknown
topic is `NotFound` with suggestions), and writes inside one transaction so concurrent requests lose nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import secrets
from collections.abc import Callable, Collection, Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.backends.base import SessionBase
from django.db import connection, transaction
from django.utils import timezone

from roadmapfinder.answers.services import answers_replace
from roadmapfinder.catalog import default_catalog
from roadmapfinder.db_rows import column, fetch_all, from_row, one_row, read_ahead, select_list, table
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.generated.selectors import generated_found, generated_get
from roadmapfinder.planning.laid_out import laid_out_from_json, laid_out_json
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.plans.selectors import plans_of
from roadmapfinder.plans.services import (
    auto_reschedule_week,
    plan_auto_reschedule,
    plan_calendar_reader_forget,
    plan_laid_out_keep,
    plan_unfinished_scheduled,
)
from roadmapfinder.progress import ProgressState, TopicStatus, check_project, check_topic, merge_states
from roadmapfinder.progress.learner_data import MAX_NOTE_CHARS, LearnerData
from roadmapfinder.tracking.models import (
    ApiToken,
    FollowedGenerated,
    FollowedRoadmap,
    ProjectProgress,
    TopicNote,
    TopicProgress,
)
from roadmapfinder.tracking.selectors import learner_state, progress_state
from roadmapfinder.understanding import GeneratedRoadmap

TOKEN_PREFIX = "rf_"


def progress_set(*, user: User, topic_id: str, status: TopicStatus | None) -> float | None:
    """Set one topic's status for the learner (None clears it); answers the hours they said the topic took, which
    a status change keeps (None when they said none, or the status was cleared). A topic no longer finished (not
    done nor skipped) is scheduled again on the learner's plans that had it off their schedule as finished
    (`plans_unfinished_scheduled`)."""
    check_topic(default_catalog(), topic_id)
    with _one_write():
        if status is None:
            TopicProgress.objects.filter(user=user, topic_id=topic_id).delete()
            hours = None
        else:
            hours = _put_status(user=user, topic_id=topic_id, status=status, now=timezone.now())
    if status not in (TopicStatus.DONE, TopicStatus.SKIPPED):
        plans_unfinished_scheduled(plans_of(user=user), state=lambda: progress_state(user=user))
    return hours


def plans_unfinished_scheduled(saved_plans: Iterable[SavedPlan], *, state: Callable[[], ProgressState]) -> list[str]:
    """After a learner unmarks work (a topic unticked or marked in progress, a project not done any more): each of
    their plans that had it off its schedule as finished schedules it again from today
    (plans/services.plan_unfinished_scheduled), so no plan is left with work and no session for it. `state`, the
    learner's progress as it is now, is read only when a plan keeps some work off its schedule. Answers the ids of
    the plans changed."""
    candidates = [saved for saved in saved_plans if _keeps_work_off_schedule(saved)]
    if not candidates:
        return []
    progress = state()
    return [saved.pk for saved in candidates if plan_unfinished_scheduled(saved=saved, state=progress) is not None]


def _keeps_work_off_schedule(saved: SavedPlan) -> bool:
    kept = saved.request.get("finished_work") if isinstance(saved.request, dict) else None
    return bool(kept)


def _one_write() -> AbstractContextManager[object]:
    """What a write of one statement runs in. On SQLite a transaction (joining the caller's, if any): writers queue
    for the write lock in the kernel only from a transaction's BEGIN (web/sqlite_queue), and outside one SQLite's
    busy handler polls. Elsewhere nothing: the statement is a transaction of its own, and BEGIN and COMMIT would be
    two more round trips to PostgreSQL on every status a learner marks."""
    return transaction.atomic(savepoint=False) if connection.vendor == "sqlite" else contextlib.nullcontext()


def _put_status(*, user: User, topic_id: str, status: TopicStatus, now: datetime) -> float | None:
    """Write one status and keep its times: `started` the first time it goes in progress, `finished` when it is
    done (kept while it stays done, cleared when it is reopened). The hours a learner said stay as they are, and
    the statement answers them (`RETURNING`), so the API need not read the row again.

    One upsert statement (SQLite and PostgreSQL both have `ON CONFLICT ... DO UPDATE`) instead of a read and up to
    three writes: marking progress is the write every learner makes, and on SQLite each statement holds the one
    write lock that all the other writers queue for (`make bench`, issue 17)."""
    adapt = connection.ops.adapt_datetimefield_value
    started = adapt(now) if status is TopicStatus.IN_PROGRESS else None
    finished = adapt(now) if status is TopicStatus.DONE else None
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT_STATUS(), [user.pk, topic_id, status.value, adapt(now), started, finished])
        (hours,) = cursor.fetchone()
    return None if hours is None else float(hours)


@functools.cache
def _UPSERT_STATUS() -> str:  # noqa: N802  a constant, built once the models are loaded
    progress = table(TopicProgress)
    user, topic, status, updated, started, finished = (
        column(TopicProgress, name) for name in ("user", "topic_id", "status", "updated", "started", "finished")
    )
    return (
        f"INSERT INTO {progress} ({user}, {topic}, {status}, {updated}, {started}, {finished}) "
        f"VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT ({user}, {topic}) DO UPDATE SET "
        f"{status} = excluded.{status}, {updated} = excluded.{updated}, "
        f"{started} = COALESCE({progress}.{started}, excluded.{started}), "
        f"{finished} = CASE WHEN excluded.{status} = '{TopicStatus.DONE.value}' "
        f"THEN COALESCE({progress}.{finished}, excluded.{finished}) ELSE NULL END "
        f"RETURNING {column(TopicProgress, 'hours')}"
    )


def progress_hours_set(*, user: User, topic_id: str, hours: float | None) -> None:
    """Record how many hours a finished topic took the learner (None forgets it).

    Only a topic marked done has hours: they are what the learner took to finish it, and what the learners'
    medians are made of. `InvalidInput` for a topic that is not done, saying to mark it first.
    """
    topic = default_catalog().topic(topic_id)
    done = TopicProgress.objects.filter(user=user, topic_id=topic.id, status=TopicStatus.DONE.value)
    if hours is None:
        done.update(hours=None)
        return
    if not done.update(hours=round(hours, 1)):  # a tenth of an hour is finer than anyone remembers
        raise InvalidInput(
            f"{topic.name} is not marked done", hint="mark it done first, then say how many hours it took"
        )


def progress_replace(*, user: User, topics: Mapping[str, TopicStatus], projects: Collection[str] | None = None) -> None:
    """Make the learner's topic statuses exactly `topics` (the bulk PUT), and their finished projects exactly
    `projects` when given (None leaves projects as they are); all or nothing: an unknown id changes nothing."""
    catalog = default_catalog()
    for topic_id in topics:
        check_topic(catalog, topic_id)
    for key in projects or ():
        check_project(catalog, key)
    now = timezone.now()
    with transaction.atomic():
        TopicProgress.objects.filter(user=user).exclude(topic_id__in=list(topics)).delete()
        for topic_id, status in topics.items():
            _put_status(user=user, topic_id=topic_id, status=status, now=now)
        if projects is not None:
            ProjectProgress.objects.filter(user=user).exclude(project_key__in=list(projects)).delete()
            for key in projects:  # a project already finished keeps the date it was finished
                ProjectProgress.objects.get_or_create(user=user, project_key=key, defaults={"updated": now})
    plans_unfinished_scheduled(plans_of(user=user), state=lambda: progress_state(user=user))


def project_set(*, user: User, key: str, done: bool) -> None:
    """Mark a project done (or not done any more)."""
    check_project(default_catalog(), key)
    if not done:
        ProjectProgress.objects.filter(user=user, project_key=key).delete()
        plans_unfinished_scheduled(plans_of(user=user), state=lambda: progress_state(user=user))
        return
    ProjectProgress.objects.update_or_create(user=user, project_key=key, defaults={"updated": timezone.now()})


def follow_set(*, user: User, slug: str, following: bool) -> None:
    """Follow a roadmap (or stop following it); its progress stays, since progress belongs to the topics."""
    default_catalog().roadmap(slug)
    if not following:
        FollowedRoadmap.objects.filter(user=user, roadmap_slug=slug).delete()
        return
    FollowedRoadmap.objects.get_or_create(user=user, roadmap_slug=slug)


def generated_follow_set(*, user: User, roadmap_id: str, following: bool) -> GeneratedRoadmap | None:
    """Follow a generated roadmap (or stop following it); its progress stays, since progress belongs to the topics.

    Returns the roadmap, or None when stopping to follow one that no longer exists (so a follow left behind by a
    removed roadmap can always be dropped). `NotFound` with a hint for an id nobody generated.
    """
    if not following:
        if FollowedGenerated.objects.filter(user=user, generated_id=roadmap_id).delete()[0]:
            return generated_found(roadmap_ids=[roadmap_id])[roadmap_id]
        return generated_get(roadmap_id=roadmap_id)
    roadmap = generated_get(roadmap_id=roadmap_id)
    FollowedGenerated.objects.get_or_create(user=user, generated_id=roadmap.id)
    return roadmap


def progress_merge(*, user: User, state: ProgressState) -> None:
    """Fold a visitor's session progress into the account, losing neither side (see `merge_states`)."""
    if state.is_empty:
        return
    with transaction.atomic():
        current = progress_state(user=user)
        merged = merge_states(current, state)
        now = timezone.now()
        for topic_id, status in merged.topics.items():
            if current.status(topic_id) != status:
                _put_status(user=user, topic_id=topic_id, status=status, now=now)
        for key in merged.projects - current.projects:
            ProjectProgress.objects.get_or_create(user=user, project_key=key, defaults={"updated": now})
        for slug in merged.roadmaps - current.roadmaps:
            FollowedRoadmap.objects.get_or_create(user=user, roadmap_slug=slug, defaults={"since": now})
        for roadmap_id in merged.generated - current.generated:
            FollowedGenerated.objects.get_or_create(user=user, generated_id=roadmap_id, defaults={"since": now})


def note_set(*, user: User, topic_id: str, text: str) -> None:
    """Save the learner's private Markdown note on a topic; an empty note deletes it."""
    check_topic(default_catalog(), topic_id)
    text = text.replace("\r\n", "\n").strip()
    if len(text) > MAX_NOTE_CHARS:
        raise InvalidInput(f"the note is too long ({len(text)} characters)", hint=f"keep it under {MAX_NOTE_CHARS}")
    if not text:
        TopicNote.objects.filter(user=user, topic_id=topic_id).delete()
        return
    TopicNote.objects.update_or_create(user=user, topic_id=topic_id, defaults={"text": text, "updated": timezone.now()})


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """A new personal token; returns the record and the secret, which is never stored nor shown again."""
    name = name.strip()[:100]
    if not name:
        raise InvalidInput("a token needs a name", hint="for example the machine it is for: laptop")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, key_hash=_hash(secret), prefix=secret[:10])
    return token, secret


def token_revoke(*, user: User, token_id: int) -> None:
    """Delete one of the learner's own tokens; someone else's token is `NotFound`, exactly like a missing one."""
    deleted, _ = ApiToken.objects.filter(user=user, pk=token_id).delete()
    if not deleted:
        raise NotFound("token", str(token_id), [])


def token_authenticate(*, secret: str) -> User | None:
    """The active user owning this token secret, or None; records when the token was last used (once a minute).

    One statement, asked whether the stamp is due too: every API call with a token comes through here, and the
    ORM's query with `select_related` cost about as much as the whole status write it authenticates. The row
    becomes a User as the ORM would make it (db_rows.from_row), without a raw queryset: resolving a raw query's
    columns to the model's fields again on every call was 0.14 of the lookup's 0.34 ms of CPU.
    """
    if not secret.startswith(TOKEN_PREFIX):
        return None
    now = timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    found = fetch_all(_TOKEN_LOOKUP(), [adapt(now - _STAMP_EVERY), _hash(secret)])  # the driver's cursor
    if not found:
        return None
    *values, token_id, stamp_due = found[0]
    user = from_row(User, values)
    if not user.is_active:
        return None
    if stamp_due:
        ApiToken.objects.filter(pk=token_id).update(last_used=now)
    return user


#: How often a token's `last_used` is written at most (it is shown to the learner to the minute).
_STAMP_EVERY = timedelta(seconds=60)


@functools.cache
def _TOKEN_LOOKUP() -> str:  # noqa: N802  a constant, built once the models are loaded
    """The token lookup's statement: the User's columns (db_rows.select_list), the token's id, whether its stamp is
    due."""
    last_used = column(ApiToken, "last_used")
    return (
        f"SELECT {select_list(User, 'u')}, t.{column(ApiToken, 'id')}, "
        f"(t.{last_used} IS NULL OR t.{last_used} < %s) "
        f"FROM {table(ApiToken)} t JOIN {table(User)} u ON u.{column(User, 'id')} = t.{column(ApiToken, 'user')} "
        f"WHERE t.{column(ApiToken, 'key_hash')} = %s"
    )


def learner_data_import(*, user: User, data: LearnerData) -> None:
    """Replace the learner's progress, follows (catalog and generated roadmaps), notes, plans, answers and checks
    with a (parsed, checked) data file; all or nothing. Then each imported plan whose finished work the imported
    progress no longer has finished schedules it again (`plans_unfinished_scheduled`).

    Plan ids are never chosen by the file: a plan that is already this learner's keeps its id (re-importing an
    export keeps shared links working), every other plan gets a new unguessable id.
    """
    with transaction.atomic():
        own_ids = set(SavedPlan.objects.filter(owner=user).values_list("pk", flat=True))
        TopicProgress.objects.filter(user=user).delete()
        ProjectProgress.objects.filter(user=user).delete()
        FollowedRoadmap.objects.filter(user=user).delete()
        FollowedGenerated.objects.filter(user=user).delete()
        TopicNote.objects.filter(user=user).delete()
        SavedPlan.objects.filter(owner=user).delete()
        TopicProgress.objects.bulk_create(
            TopicProgress(
                user=user,
                topic_id=r.topic,
                status=r.status.value,
                updated=r.updated,
                started=r.started,
                finished=r.finished,
                hours=r.hours,
            )
            for r in data.topics
        )
        ProjectProgress.objects.bulk_create(
            ProjectProgress(user=user, project_key=r.project, updated=r.updated) for r in data.projects
        )
        FollowedRoadmap.objects.bulk_create(
            FollowedRoadmap(user=user, roadmap_slug=r.roadmap, since=r.since) for r in data.roadmaps
        )
        FollowedGenerated.objects.bulk_create(
            FollowedGenerated(user=user, generated_id=r.id, since=r.since) for r in data.generated
        )
        TopicNote.objects.bulk_create(
            TopicNote(user=user, topic_id=r.topic, text=r.text, updated=r.updated) for r in data.notes
        )
        answers_replace(user=user, answers=data.answers, checks=data.checks)
        for plan in data.plans:
            kept = {"id": plan.id} if plan.id in own_ids else {}
            laid_out = laid_out_from_json(plan.laid_out)  # read as written, its key worked out here, never taken
            record = laid_out_json(laid_out) if laid_out is not None else None
            saved = SavedPlan.objects.create(
                **kept, owner=user, title=plan.title, request=plan.request, laid_out=record
            )
            SavedPlan.objects.filter(pk=saved.pk).update(created=plan.created)
    # A file's plan may keep off its schedule as finished what the file's progress no longer has finished (a tick
    # taken out of the file): scheduled again from today, as an untick would, never left with no session.
    plans_unfinished_scheduled(plans_of(user=user), state=lambda: progress_state(user=user))


def account_delete(*, user: User) -> None:
    """Delete the account and, by cascade, all its progress (with the hours it reported), follows (catalog and
    generated roadmaps), notes, tokens, saved plans, answers and checks, and which calendar events it was given."""
    with transaction.atomic():
        plan_calendar_reader_forget(user=user)
        user.delete()


def _plan_learner_state(saved: SavedPlan, *, user: object, session: SessionBase) -> ProgressState | None:
    """Whose progress a plan's automatic mode reads: its owner's, or (a plan nobody owns) its creator's session's
    when the creator is the one reading; None when neither is at hand (it waits for them)."""
    if saved.owner is not None:
        return progress_state(user=saved.owner)
    if session.session_key and session.session_key == saved.creator_session:
        return learner_state(user=user, session=session)
    return None


def plan_kept_current(*, plan_id: str, user: object, session: SessionBase) -> SavedPlan | None:
    """Before a plan is read or written: apply its automatic weekly reschedule if it is due, and keep what its
    weeks are laid out with when the catalog changed since (plans/services.py `plan_laid_out_keep`: the weeks
    already past stay as they were planned).

    Answers the plan's row as it is now (None for an unknown id), so a page need not read it again: the row read
    here, or, when this week's reschedule was due (this request or another server may just have stored one), the
    row read again."""
    where = f"{column(SavedPlan, 'id')} = %s"
    # Every plan page reads this first: the row its personal key read, if there is one (db_rows.read_ahead).
    saved = read_ahead(SavedPlan, plan_id) or one_row(SavedPlan, where, [plan_id])
    if saved is not None and auto_reschedule_week(saved) is not None:
        state = _plan_learner_state(saved, user=user, session=session)
        if state is not None:
            plan_auto_reschedule(saved=saved, state=state)
            saved = one_row(SavedPlan, where, [plan_id])
    if saved is not None:
        found = saved
        plan_laid_out_keep(
            saved,
            learner=lambda: _plan_learner_state(found, user=user, session=session) or _plan_creator_state(found),
        )
    return saved


def _plan_creator_state(saved: SavedPlan) -> ProgressState | None:
    """The progress of a plan's creator, read from their stored session, for a plan nobody owns that someone else
    reads first after a change of its content: the record kept then is the creator's plan, so what they had
    finished gets none of the hours the content added, whoever reads it first (it got them when a stranger did).
    Never shown to the reader as such: it only decides what the weeks after the kept ones schedule. None when the
    plan has no creator session or it has ended (then the change is laid out without it, as before)."""
    if saved.owner_id is not None or not saved.creator_session:
        return None
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not store().exists(saved.creator_session):
        return None
    from roadmapfinder.tracking.trackers import session_state  # trackers read these services: import when called

    return session_state(store(session_key=saved.creator_session))


def plans_kept_current(saved_plans: Iterable[SavedPlan], *, state: ProgressState) -> None:
    """The same for the plans of one learner (their dashboard, This week), whose progress is `state`."""
    for saved in saved_plans:
        if saved.auto_reschedule:
            plan_auto_reschedule(saved=saved, state=state)
        plan_laid_out_keep(saved, learner=lambda: state)
