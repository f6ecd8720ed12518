"""A learner's review queue: their finished topics (from tracking) and their answers (from `answers`) put
together for the core's review schedule. Keyword-only arguments; the surfaces (API, /me, CLI through the API)
call these and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.contrib.auth.models import User
from django.utils import timezone

from roadmapfinder.answers.selectors import answers_of
from roadmapfinder.answers.services import answers_record
from roadmapfinder.catalog import default_catalog
from roadmapfinder.checking import AnswerSource
from roadmapfinder.checking.review import (
    ReviewAnswerIn,
    ReviewQueueOut,
    ReviewResultOut,
    grade_review,
    review_queue,
)
from roadmapfinder.db_rows import column, values
from roadmapfinder.progress import TopicStatus
from roadmapfinder.tracking.models import TopicProgress


def finished_on(*, user: User) -> dict[str, date]:
    """Each topic the learner marked done, with the day (in the site's time zone) it was last marked."""
    where = f"{column(TopicProgress, 'user')} = %s AND {column(TopicProgress, 'status')} = %s"
    rows = values(TopicProgress, ("topic_id", "updated"), where, [user.pk, TopicStatus.DONE.value])
    zone = timezone.get_current_timezone()  # once, not per row: `localdate` looks it up every call (/me asks this)
    return {topic_id: timezone.localdate(updated, zone) for topic_id, updated in rows}


def review_queue_of(*, user: User, today: date) -> ReviewQueueOut:
    """Today's review session of the learner, and how many topics are due."""
    finished = finished_on(user=user)
    return review_queue(default_catalog(), finished, answers_of(user=user, topic_ids=finished), today)


def review_answer(*, user: User, answers: Sequence[ReviewAnswerIn], today: date) -> ReviewResultOut:
    """Grade a review session and keep its answers (one timestamp: one review per topic); nothing is kept when
    the answers are refused."""
    finished = finished_on(user=user)
    history = answers_of(user=user, topic_ids=finished)
    result = grade_review(default_catalog(), finished, history, answers, today)
    kept = [(r.key, r.right) for topic in result.topics for r in topic.results]
    answers_record(user=user, answers=kept, source=AnswerSource.REVIEW)
    return result
