"""The bench's readers and writers, made in the bench's own database before the server starts.

Run as `python -m bench.serving_readers` with the server's environment (a Django process of its own, like
`roadmapfinder serve`'s preparation): creates a signed-in learner part way through the Backend roadmap (statuses,
a finished project, a note, a followed roadmap and a saved plan) with a session, a visitor who tracks in their
session only, and WRITERS learners with API tokens; prints their cookies, the plan's id and the tokens as JSON.
A session is made the way Django's own test client signs in (`force_login`), so no log-in form is needed.
"""

from __future__ import annotations

import json
import sys

WRITERS = 32


def make() -> dict[str, object]:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.cached_db import SessionStore

    from roadmapfinder.planning.request import PlanRequest
    from roadmapfinder.plans.services import plan_create
    from roadmapfinder.progress import TopicStatus
    from roadmapfinder.tracking import services
    from roadmapfinder.tracking.trackers import SESSION_KEY as PROGRESS_KEY

    learner = User.objects.create_user("bench-reader", password="bench-reader-password-1")
    for topic, status in [
        ("how-the-web-works", "done"),
        ("http", "done"),
        ("networking-fundamentals", "in_progress"),
        ("git", "skipped"),
    ]:
        services.progress_set(user=learner, topic_id=topic, status=TopicStatus(status))
    services.note_set(user=learner, topic_id="http", text="**Status codes**: learn 2xx, 3xx, 4xx and 5xx first.")
    services.follow_set(user=learner, slug="backend", following=True)
    services.project_set(user=learner, key="backend/publish-a-static-site-from-git", done=True)
    signed_in = SessionStore()
    signed_in[SESSION_KEY] = str(learner.pk)
    signed_in[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    signed_in[HASH_SESSION_KEY] = learner.get_session_auth_hash()
    signed_in.create()
    saved, _ = plan_create(plan_request=PlanRequest(targets=("backend",)), user=learner, session=signed_in)
    visitor = SessionStore()
    visitor[PROGRESS_KEY] = {
        "topics": {"how-the-web-works": "done", "http": "in_progress"},
        "projects": [],
        "roadmaps": [],
    }
    visitor.create()
    tokens = []
    for number in range(WRITERS):
        writer = User.objects.create_user(f"bench-writer-{number}")
        tokens.append(services.token_create(user=writer, name="bench")[1])
    cookie = settings.SESSION_COOKIE_NAME
    return {
        "learner_cookie": f"{cookie}={signed_in.session_key}",
        "visitor_cookie": f"{cookie}={visitor.session_key}",
        "plan_id": saved.id,
        "tokens": tokens,
    }


if __name__ == "__main__":
    json.dump(make(), sys.stdout)
