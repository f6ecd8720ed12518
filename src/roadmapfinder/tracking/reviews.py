"""A learner's review queue: their finished topics (from tracking) and their answers (from `answers`) put
together for the core's review schedule. Keyword-only arguments; the surfaces (API, /me, CLI through the API)
call these and nothing else.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

from django.contrib.auth.models import User
from django.utils import timezone

from roadmapfinder.answers.models import QuestionAnswer
from roadmapfinder.answers.services import answers_record
from roadmapfinder.catalog import default_catalog
from roadmapfinder.checking import AnswerSource
from roadmapfinder.checking.records import AnswerRecord
from roadmapfinder.checking.review import (
    ReviewAnswerIn,
    ReviewQueueOut,
    ReviewResultOut,
    grade_review,
    review_queue,
)
from roadmapfinder.db_rows import column, converted, fetch_all, table
from roadmapfinder.progress import TopicStatus
from roadmapfinder.tracking.models import TopicProgress


def finished_and_answers(*, user: User) -> tuple[dict[str, date], list[AnswerRecord]]:
    """Each topic the learner marked done, with the day (in the site's time zone) it was last marked, and their
    answers to those topics' questions, oldest first (what `answers_of` gives for them).

    One statement (the finished topics joined to their answers) rather than one for the topics, then another for
    their answers: /me asks this on every view, and a statement costs about as much to run as all the review
    queue's work on its rows.
    """
    zone = timezone.get_current_timezone()  # once, not per row: `localdate` looks it up every call
    finished: dict[str, date] = {}
    answers: list[AnswerRecord] = []
    for topic_id, updated, *answer in fetch_all(_FINISHED_AND_ANSWERS_SQL(), [user.pk, TopicStatus.DONE.value]):
        if topic_id not in finished:  # a topic's row comes once per answer, or once with none
            finished[topic_id] = timezone.localdate(converted(TopicProgress, _UPDATED, [updated])[0], zone)
        if answer[0] is not None:
            question, right, source, answered = converted(QuestionAnswer, _ANSWER_FIELDS, answer)
            answers.append(AnswerRecord(question=question, right=right, source=AnswerSource(source), answered=answered))
    return finished, answers


_UPDATED = ("updated",)
_ANSWER_FIELDS = ("question_key", "right", "source", "answered")


@functools.cache
def _FINISHED_AND_ANSWERS_SQL() -> str:  # noqa: N802  a constant, built once the models are loaded
    """The learner's finished topics (topic id, updated) each with its answers' fields, or NULLs when it has none;
    parameters the user's id and the done status. Answers oldest first, as `answers_of` orders them (where a row
    without answers falls differs between databases: it is never an answer)."""
    progress, answer = TopicProgress, QuestionAnswer
    answer_columns = ", ".join(f"a.{column(answer, name)}" for name in _ANSWER_FIELDS)
    order = ", ".join(f"a.{column(answer, name)}" for name in ("answered", "question_key", "id"))
    return (
        f"SELECT t.{column(progress, 'topic_id')}, t.{column(progress, 'updated')}, {answer_columns}"
        f" FROM {table(progress)} t LEFT JOIN {table(answer)} a"
        f" ON a.{column(answer, 'user')} = t.{column(progress, 'user')}"
        f" AND a.{column(answer, 'topic_id')} = t.{column(progress, 'topic_id')}"
        f" WHERE t.{column(progress, 'user')} = %s AND t.{column(progress, 'status')} = %s ORDER BY {order}"
    )


def review_queue_of(*, user: User, today: date) -> ReviewQueueOut:
    """Today's review session of the learner, and how many topics are due."""
    finished, answers = finished_and_answers(user=user)
    return review_queue(default_catalog(), finished, answers, today)


def review_answer(*, user: User, answers: Sequence[ReviewAnswerIn], today: date) -> ReviewResultOut:
    """Grade a review session and keep its answers (one timestamp: one review per topic); nothing is kept when
    the answers are refused."""
    finished, history = finished_and_answers(user=user)
    result = grade_review(default_catalog(), finished, history, answers, today)
    kept = [(r.key, r.right) for topic in result.topics for r in topic.results]
    answers_record(user=user, answers=kept, source=AnswerSource.REVIEW)
    return result
