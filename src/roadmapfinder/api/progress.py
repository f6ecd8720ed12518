"""`/api/v1/me/progress`: the signed-in learner's progress, by personal token (Bearer) or session cookie.

Without either the answer is 401 JSON. Session calls that change data need the CSRF token, like forms do.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.http import HttpRequest
from ninja import Router
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.catalog import default_catalog
from roadmapfinder.progress import parse_topic_status
from roadmapfinder.progress.shapes import ProgressIn, ProgressOut, TopicProgressIn, TopicProgressOut, progress_out
from roadmapfinder.tracking import selectors, services
from roadmapfinder.tracking.limits import TOKEN_RATE, limited


class TokenAuth(HttpBearer):
    """A personal API token; wrong tokens are rate limited per client address (429 once over the limit)."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = services.token_authenticate(secret=token)
        if user is None:
            if limited(request, group="api-token", rate=TOKEN_RATE):
                raise HttpError(429, "too many attempts with a wrong token; wait a minute")
            return None
        request.user = user
        return user


router = Router(auth=[TokenAuth(), django_auth], tags=["my progress"])


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]  # set by ninja to what the auth returned


@router.get(
    "/me/progress",
    response={200: ProgressOut, 401: ErrorOut, 404: ErrorOut},
    summary="My topic statuses, finished projects and progress per roadmap",
)
def get_progress(request: HttpRequest, roadmap: str | None = None) -> ProgressOut:
    state = selectors.progress_state(user=_user(request))
    return progress_out(default_catalog(), state, roadmap)


@router.put(
    "/me/progress",
    response={200: ProgressOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    summary="Replace all my topic statuses (topics not listed are cleared)",
)
def put_progress(request: HttpRequest, body: ProgressIn) -> ProgressOut:
    wanted = {topic_id: parse_topic_status(value) for topic_id, value in body.topics.items()}
    user = _user(request)
    services.progress_replace(user=user, topics={t: s for t, s in wanted.items() if s is not None})
    return progress_out(default_catalog(), selectors.progress_state(user=user))


@router.put(
    "/me/progress/{topic_id}",
    response={200: TopicProgressOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    summary="Set one topic's status (null clears it)",
)
def put_topic_progress(request: HttpRequest, topic_id: str, body: TopicProgressIn) -> TopicProgressOut:
    status = parse_topic_status(body.status)
    services.progress_set(user=_user(request), topic_id=topic_id, status=status)
    return TopicProgressOut(topic=topic_id, status=status)
