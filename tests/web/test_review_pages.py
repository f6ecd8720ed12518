"""/me tells a signed-in learner how many topics to review today; /me/review asks, grades and says when each
topic comes back; without an account there is no review (the answers it builds on are kept per learner)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.clock import today
from roadmapfinder.progress import TopicStatus
from roadmapfinder.tracking import services
from roadmapfinder.tracking.models import TopicProgress

pytestmark = [pytest.mark.database, pytest.mark.django_db]

RETRY_PUT = "The same as after one request, because PUT replaces the resource with the body it sends"
STATUS_WRONG = "The server's, because it lost the order"


def _finished_days_ago(user: User, topic: str, days: int) -> None:
    services.progress_set(user=user, topic_id=topic, status=TopicStatus.DONE)
    row = TopicProgress.objects.get(user=user, topic_id=topic)
    TopicProgress.objects.filter(pk=row.pk).update(updated=row.updated - timedelta(days=days))


def test_me_leads_to_todays_review_and_the_review_grades_and_reschedules(ada: User, ada_client: Client) -> None:
    _finished_days_ago(ada, "http-basics", 3)
    me = ada_client.get("/me").content.decode()
    assert "1 topic to review today" in me
    assert "HTTP basics" in me
    page = ada_client.get("/me/review").content.decode()
    assert 'name="q-http-basics/retry-put"' in page
    assert 'name="q-http-basics/read-a-302"' not in page  # open questions are for the topic's own check
    graded = ada_client.post(
        "/me/review", {"q-http-basics/retry-put": RETRY_PUT, "q-http-basics/status-family": STATUS_WRONG}
    )
    text = graded.content.decode()
    assert graded.status_code == 200
    assert "Not quite." in text
    assert "A lost record on purpose is not a failure" in text
    back = today() + timedelta(days=3)
    assert f'datetime="{back:%Y-%m-%d}"' in text
    assert "to review today" not in ada_client.get("/me").content.decode()
    assert "Nothing to review today. The next review is on" in ada_client.get("/me/review").content.decode()


def test_a_review_with_no_answer_is_refused_and_keeps_the_questions(ada: User, ada_client: Client) -> None:
    _finished_days_ago(ada, "http-basics", 3)
    refused = ada_client.post("/me/review", {})
    assert refused.status_code == 400
    assert "The review has no answers" in refused.content.decode()
    assert 'name="q-http-basics/retry-put"' in refused.content.decode()


def test_without_an_account_the_review_asks_to_log_in(client: Client) -> None:
    answer = client.get("/me/review")
    assert answer.status_code == 302
    assert "/login" in answer["Location"]
