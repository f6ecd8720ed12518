"""`/api/v1/me/progress`: the signed-in learner's progress, by personal token (Bearer) or session cookie.

Without either the answer is 401 JSON. Session calls that change data need the CSRF token, like forms do.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest
from ninja import Router
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.security import SessionAuth as NinjaSessionAuth
from ninja.utils import check_csrf

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import InvalidInput
from roadmapfinder.generated.selectors import generated_found
from roadmapfinder.plans.selectors import plans_of, plans_progress, plans_this_week
from roadmapfinder.progress import TopicStatus, parse_topic_status
from roadmapfinder.progress.shapes import (
    FollowIn,
    FollowOut,
    GeneratedFollowOut,
    ProgressIn,
    ProgressOut,
    ProjectProgressIn,
    ProjectProgressOut,
    TopicProgressIn,
    TopicProgressOut,
    progress_out,
)
from roadmapfinder.progress.this_week import ThisWeekOut
from roadmapfinder.site_url import site_url
from roadmapfinder.tracking import selectors, services
from roadmapfinder.tracking.limits import (
    TOKEN_RATE,
    TOKEN_REQUEST_RATE,
    Budget,
    address_of,
    counted,
    counted_and_over,
)
from roadmapfinder.understanding.shapes import generated_path


class TokenAuth(HttpBearer):
    """A personal API token. Wrong tokens are counted per client address on every method (429 once over
    TOKEN_RATE); right ones per learner (TOKEN_REQUEST_RATE), and refused too while their address is over its
    wrong-token budget, so a guesser who is refused cannot tell a right guess from a wrong one.

    Every token call pays for these counts, so they are kept cheap (tracking/limits.py): the token is looked up
    first, then one round trip to Redis counts the learner and reads the address (or counts the address, for a
    wrong token). Reading the address first would spare a refused guesser's lookup (one indexed read) at the price
    of a second round trip to Redis on every learner's call, under load a sleep and a wake of the server's thread
    each (issue 17)."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = services.token_authenticate(secret=token)
        wrong_tokens = Budget("api-token", address_of(request), TOKEN_RATE)
        if user is None:
            if counted(*wrong_tokens):
                raise HttpError(429, _GUESSING)
            return None
        too_many, guessing = counted_and_over(Budget("api-learner", str(user.pk), TOKEN_REQUEST_RATE), wrong_tokens)
        if guessing:
            raise HttpError(429, _GUESSING)
        if too_many:
            raise HttpError(429, "too many requests with this token; wait a minute")
        request.user = user
        return user


_GUESSING = "too many requests with a wrong token from this address; wait a minute"


class OptionalToken(TokenAuth):
    """For routes open to everyone (plans): without an Authorization header the caller is anonymous; with one, the
    token must be valid (401 otherwise) and its learner is the caller, so the plans they create are theirs."""

    def __call__(self, request: HttpRequest) -> Any:
        if "HTTP_AUTHORIZATION" not in request.META:
            _check_session_csrf(request)
            return True
        return super().__call__(request)


def _check_session_csrf(request: HttpRequest) -> None:
    """A write that a session cookie authenticates (its plans, or the visitor's right to edit theirs) needs the
    CSRF token, as forms do; without the cookie there is nothing a forged request could borrow."""
    if request.method in ("GET", "HEAD", "OPTIONS") or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return
    if check_csrf(request) is not None:
        raise HttpError(403, "CSRF check failed: a write with the session cookie needs the CSRF token")


class SessionAuth(NinjaSessionAuth):
    """The session cookie, CSRF-checked for writes. A request without the cookie is just not signed in (401):
    ninja checks CSRF before looking for the cookie, so a wrong token on a write would read as a CSRF failure."""

    def __call__(self, request: HttpRequest) -> Any:
        if self.param_name not in request.COOKIES:
            return None
        return super().__call__(request)


router = Router(auth=[TokenAuth(), SessionAuth()], tags=["my progress"])


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]  # set by ninja to what the auth returned


@router.get(
    "/me/progress",
    response={200: ProgressOut, 401: ErrorOut, 404: ErrorOut},
    summary="My topic statuses, finished projects, followed roadmaps and progress on them",
    description=(
        "Without `roadmap`: the followed catalog roadmaps (`roadmaps`), the others your progress counts on, the "
        "followed generated roadmaps (`generated`: id, title, url, progress, next topics; one that is no longer "
        "available has `progress: null` and a `note`) and your plans. With `roadmap`: that catalog roadmap only."
    ),
)
def get_progress(request: HttpRequest, roadmap: str | None = None) -> ProgressOut:
    user = _user(request)
    state = selectors.progress_state(user=user)
    followed = generated_found(roadmap_ids=state.generated) if roadmap is None else {}
    out = progress_out(default_catalog(), state, roadmap, generated=followed, base_url=site_url(request))
    if roadmap is None:
        saved = plans_of(user=user)
        services.plans_kept_current(saved, state=state)
        out.plans = plans_progress(saved, state)
    return out


@router.put(
    "/me/progress",
    response={200: ProgressOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    summary="Replace all my topic statuses, and my finished projects if `projects` is given",
    description=(
        "Topics not listed are cleared. With `projects` (a list of project keys, `<roadmap>/<project>`), exactly "
        "those projects are finished afterwards; without it, finished projects are left unchanged. "
        "An unknown topic or project changes nothing (404 with suggestions)."
    ),
)
def put_progress(request: HttpRequest, body: ProgressIn) -> ProgressOut:
    wanted = {topic_id: _listed_status(value) for topic_id, value in body.topics.items()}
    user = _user(request)
    services.progress_replace(user=user, topics=wanted, projects=body.projects)
    state = selectors.progress_state(user=user)
    followed = generated_found(roadmap_ids=state.generated)
    return progress_out(default_catalog(), state, generated=followed, base_url=site_url(request))


def _listed_status(value: str) -> TopicStatus:
    """A status in the whole set: one of the document's three. Clearing is leaving the topic out (a "none" or an
    empty status there had been taken as a clear, unchecked, where the document promises 400 or 404)."""
    try:
        status = parse_topic_status(value)
    except InvalidInput:
        status = None  # said below with this endpoint's hint: here "none" does not clear
    if status is None:
        valid = ", ".join(s.value for s in TopicStatus)
        raise InvalidInput(f"unknown status `{value}`", hint=f"use one of: {valid}; leave a topic out to clear it")
    return status


@router.put(
    "/me/progress/{topic_id}",
    response={200: TopicProgressOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    summary="Set one topic's status (null clears it), and with `done` optionally the hours it took",
)
def put_topic_progress(request: HttpRequest, topic_id: str, body: TopicProgressIn) -> TopicProgressOut:
    status = parse_topic_status(body.status)
    user = _user(request)
    if "hours" in body.model_fields_set and body.hours is not None and status is not TopicStatus.DONE:
        raise InvalidInput("hours go with a done topic", hint='send {"status": "done", "hours": 12}')
    if "hours" not in body.model_fields_set:  # one statement, a transaction of its own (services._one_write)
        hours = services.progress_set(user=user, topic_id=topic_id, status=status)
        return TopicProgressOut(topic=topic_id, name=_topic_name(topic_id), status=status, hours=hours)
    with transaction.atomic():  # a status with hours is saved whole or not at all
        services.progress_set(user=user, topic_id=topic_id, status=status)
        services.progress_hours_set(user=user, topic_id=topic_id, hours=body.hours)
        hours = selectors.reported_hours_of(user=user, topic_id=topic_id)
    return TopicProgressOut(topic=topic_id, name=_topic_name(topic_id), status=status, hours=hours)


def _topic_name(topic_id: str) -> str:
    """The topic's name, or a retired topic's last name (progress on it is kept: services.progress_set)."""
    catalog = default_catalog()
    if catalog.has_topic(topic_id):
        return catalog.topic(topic_id).name
    gone = catalog.retired.get(topic_id)
    return gone.name if gone is not None else topic_id


@router.put(
    "/me/following/{slug}",
    response={200: FollowOut, 401: ErrorOut, 404: ErrorOut},
    summary="Follow a roadmap (or stop following it with `following: false`)",
    description=(
        "Followed roadmaps are the ones `GET /me/progress` reports on; progress itself belongs to the topics and "
        "is never changed by following or not. Marking an item on a roadmap's web page follows it too."
    ),
)
def put_following(request: HttpRequest, slug: str, body: FollowIn) -> FollowOut:
    services.follow_set(user=_user(request), slug=slug, following=body.following)
    return FollowOut(roadmap=slug, following=body.following)


@router.put(
    "/me/following/generated/{roadmap_id}",
    response={200: GeneratedFollowOut, 401: ErrorOut, 404: ErrorOut},
    summary="Follow a generated roadmap (or stop following it with `following: false`)",
    description=(
        "The id is the one `POST /roadmaps/generate` answered (the last part of its page's link). A followed "
        "generated roadmap is listed under `generated` in `GET /me/progress`, like a followed catalog roadmap; "
        "progress itself belongs to the topics and never changes. 404 for an id nobody generated; one you follow "
        "that is no longer available can still be unfollowed."
    ),
)
def put_following_generated(request: HttpRequest, roadmap_id: str, body: FollowIn) -> GeneratedFollowOut:
    roadmap = services.generated_follow_set(user=_user(request), roadmap_id=roadmap_id, following=body.following)
    return GeneratedFollowOut(
        id=roadmap.id if roadmap else roadmap_id,
        title=roadmap.title if roadmap else None,
        url=site_url(request) + generated_path(roadmap.id if roadmap else roadmap_id),
        following=body.following,
    )


@router.put(
    "/me/progress/projects/{roadmap}/{project}",
    response={200: ProjectProgressOut, 401: ErrorOut, 404: ErrorOut},
    summary="Mark one project done or not done",
    description=(
        "The project's key is `{roadmap}/{project}`, as `GET /roadmaps/{slug}` lists it under each phase's "
        "projects; a finished project counts in that roadmap's progress."
    ),
)
def put_project_progress(
    request: HttpRequest, roadmap: str, project: str, body: ProjectProgressIn
) -> ProjectProgressOut:
    key = f"{roadmap}/{project}"
    services.project_set(user=_user(request), key=key, done=body.done)
    return ProjectProgressOut(project=key, done=body.done)


@router.get(
    "/me/this-week",
    response={200: ThisWeekOut, 401: ErrorOut},
    summary="This week across my plans: the sessions due with each topic's mark, and what slipped from last week",
)
def get_this_week(request: HttpRequest) -> ThisWeekOut:
    user = _user(request)
    saved, state = plans_of(user=user), selectors.progress_state(user=user)
    services.plans_kept_current(saved, state=state)
    return plans_this_week(saved, state)
