"""Where a request's progress is kept: the account when signed in, else the visitor's session.

Views and the API pick a tracker with `tracker_for(request)` and call the same three methods either way, so the
pages work the same for visitors and learners; signing up or in merges the session into the account.
"""

from __future__ import annotations

from typing import Any, Protocol

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from roadmapfinder.catalog import default_catalog
from roadmapfinder.exporters.document import Status
from roadmapfinder.generated.selectors import generated_found, generated_get
from roadmapfinder.plans.selectors import plans_created_in, plans_of
from roadmapfinder.plans.services import plans_claim
from roadmapfinder.progress import ProgressState, TopicStatus, carry_retired, check_project, check_topic
from roadmapfinder.tracking import selectors, services
from roadmapfinder.understanding import GeneratedRoadmap
from roadmapfinder.understanding.shapes import GENERATED_ID

#: The session key holding a visitor's progress: {"topics": {id: status}, "projects": [keys], "roadmaps": [slugs],
#: "generated": [generated roadmap ids]}.
SESSION_KEY = "rf_progress"


class Tracker(Protocol):
    def state(self) -> ProgressState: ...
    def set_topic(self, topic_id: str, status: TopicStatus | None) -> None: ...
    def set_project(self, key: str, done: bool) -> None: ...
    def follow(self, slug: str, following: bool = True) -> None: ...
    def follow_generated(self, roadmap_id: str, following: bool = True) -> GeneratedRoadmap | None: ...


class AccountTracker:
    """Progress stored in the database for a signed-in learner."""

    def __init__(self, user: User) -> None:
        self.user = user

    def state(self) -> ProgressState:
        return selectors.progress_state(user=self.user)

    def set_topic(self, topic_id: str, status: TopicStatus | None) -> None:
        services.progress_set(user=self.user, topic_id=topic_id, status=status)

    def set_project(self, key: str, done: bool) -> None:
        services.project_set(user=self.user, key=key, done=done)

    def follow(self, slug: str, following: bool = True) -> None:
        services.follow_set(user=self.user, slug=slug, following=following)

    def follow_generated(self, roadmap_id: str, following: bool = True) -> GeneratedRoadmap | None:
        return services.generated_follow_set(user=self.user, roadmap_id=roadmap_id, following=following)


class SessionTracker:
    """Progress kept in a visitor's session until they sign up or log in."""

    def __init__(self, session: SessionBase) -> None:
        self.session = session

    def state(self) -> ProgressState:
        return session_state(self.session)

    def set_topic(self, topic_id: str, status: TopicStatus | None) -> None:
        check_topic(default_catalog(), topic_id)
        record = self._load()
        if status is None:
            record["topics"].pop(topic_id, None)
        else:
            record["topics"][topic_id] = status.value
        self._save(record)
        if status not in (TopicStatus.DONE, TopicStatus.SKIPPED):
            self._plans_kept_whole()

    def set_project(self, key: str, done: bool) -> None:
        check_project(default_catalog(), key)
        record = self._load()
        record["projects"] = sorted(_toggled(record["projects"], key, done))
        self._save(record)
        if not done:
            self._plans_kept_whole()

    def _plans_kept_whole(self) -> None:
        """What the visitor unmarked is scheduled again on the plans they made that had it off their schedule as
        finished, as an account's (services.progress_set)."""
        services.plans_unfinished_scheduled(plans_created_in(session=self.session), state=self.state)

    def follow(self, slug: str, following: bool = True) -> None:
        default_catalog().roadmap(slug)
        record = self._load()
        record["roadmaps"] = sorted(_toggled(record["roadmaps"], slug, following))
        self._save(record)

    def follow_generated(self, roadmap_id: str, following: bool = True) -> GeneratedRoadmap | None:
        """As the account's: an unknown id is `NotFound`, except when stopping to follow one that is gone."""
        record = self._load()
        if not following and roadmap_id in record["generated"]:
            roadmap = generated_found(roadmap_ids=[roadmap_id])[roadmap_id]
        else:
            roadmap = generated_get(roadmap_id=roadmap_id)
            roadmap_id = roadmap.id
        record["generated"] = sorted(_toggled(record["generated"], roadmap_id, following))
        self._save(record)
        return roadmap

    def _load(self) -> dict[str, Any]:
        raw = self.session.get(SESSION_KEY) or {}
        return {
            "topics": dict(raw.get("topics", {})),
            "projects": list(raw.get("projects", [])),
            "roadmaps": list(raw.get("roadmaps", [])),
            "generated": list(raw.get("generated", [])),
        }

    def _save(self, record: dict[str, Any]) -> None:
        self.session[SESSION_KEY] = record


def _toggled(items: list[str], item: str, present: bool) -> set[str]:
    return set(items) | {item} if present else set(items) - {item}


def session_state(session: SessionBase) -> ProgressState:
    """A visitor's session progress; entries that no longer parse (old content, tampering) are ignored."""
    raw = session.get(SESSION_KEY) or {}
    topics: dict[str, TopicStatus] = {}
    for topic_id, value in dict(raw.get("topics", {})).items():
        try:
            topics[str(topic_id)] = TopicStatus(value)
        except ValueError:
            continue
    state = ProgressState(
        topics=topics,
        projects=frozenset(str(k) for k in raw.get("projects", [])),
        roadmaps=frozenset(str(s) for s in raw.get("roadmaps", [])),
        generated=frozenset(str(i) for i in raw.get("generated", []) if GENERATED_ID.fullmatch(str(i))),
    )
    return carry_retired(state, default_catalog())


def tracking_active(request: HttpRequest | None) -> bool:
    """Signed in, or a visitor who already has a session (so the page is personal and never shared-cached)."""
    if request is None:
        return False
    return bool(request.user.is_authenticated or settings.SESSION_COOKIE_NAME in request.COOKIES)


def reader_state(request: HttpRequest) -> ProgressState:
    """The reader's progress, read once per request however many controls and bars a page draws."""
    state: ProgressState | None = getattr(request, "_rf_progress_state", None)
    if state is None:
        state, _ = _read_reader(request)
    return state


def reader_notes(request: HttpRequest) -> dict[str, str]:
    """The signed-in reader's notes (topic id -> Markdown), read with their progress; a visitor keeps none."""
    notes: dict[str, str] | None = getattr(request, "_rf_notes", None)
    if notes is None:
        _, notes = _read_reader(request)
    return notes


def _read_reader(request: HttpRequest) -> tuple[ProgressState, dict[str, str]]:
    """The reader's progress and notes in one read (a page showing either mostly shows both), kept on the request."""
    if request.user.is_authenticated:
        state, notes = selectors.progress_and_notes(user=learner(request))
    else:
        state, notes = session_state(request.session), {}
    request._rf_progress_state = state  # type: ignore[attr-defined]
    request._rf_notes = notes  # type: ignore[attr-defined]
    return state, notes


#: How a learner's topic status reads in the exporters' vocabulary (the diagram draws each differently).
_EXPORT_STATUS = {
    TopicStatus.DONE: Status.DONE,
    TopicStatus.IN_PROGRESS: Status.IN_PROGRESS,
    TopicStatus.SKIPPED: Status.SKIPPED,
}


def reader_progress(request: HttpRequest) -> dict[str, Status]:
    """The reader's topic statuses for the diagram and the downloads; empty for a visitor not tracking."""
    if not tracking_active(request):
        return {}
    return {topic_id: _EXPORT_STATUS[status] for topic_id, status in reader_state(request).topics.items()}


def tracker_for(request: HttpRequest) -> Tracker:
    """The account's tracker when signed in, else the session's."""
    if request.user.is_authenticated:
        return AccountTracker(learner(request))
    return SessionTracker(request.session)


def visitor_joins_account(*, session: SessionBase, user: User) -> None:
    """At sign-up or log-in: the visitor's marks join the account's (`merge_session_into_account`) and the plans they
    made become its (plans_claim). Joined, a status may be one that is no longer finished (in progress on one side
    beats skipped on the other), so each of the account's plans that keeps such work off its schedule as finished
    schedules it again from today, as an untick does (services.plans_unfinished_scheduled): the plans already the
    account's and those the visitor brings alike."""
    merged = merge_session_into_account(session=session, user=user)
    plans_claim(session=session, user=user)
    if merged:
        services.plans_unfinished_scheduled(plans_of(user=user), state=lambda: selectors.progress_state(user=user))


def merge_session_into_account(*, session: SessionBase, user: User) -> bool:
    """Move a visitor's session progress into their account (at sign-up or log-in), then forget the session copy;
    answers whether there was any."""
    state = session_state(session)
    if state.is_empty:
        return False
    services.progress_merge(user=user, state=state)
    del session[SESSION_KEY]
    return True


def learner(request: HttpRequest) -> User:
    """The signed-in learner of a view that requires one (`login_required` runs first)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user
