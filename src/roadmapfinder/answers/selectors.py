"""Reads of a learner's answers and checks, as the core's plain records (oldest first)."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import User

from roadmapfinder.answers.models import QuestionAnswer, TopicCheck
from roadmapfinder.checking import AnswerSource
from roadmapfinder.checking.records import AnswerRecord, CheckRecord
from roadmapfinder.db_rows import column, is_in, values


def answers_of(*, user: User, topic_ids: Iterable[str] | None = None) -> list[AnswerRecord]:
    """Every answer the learner gave (to some topics' questions, or all), oldest first: the review queue's input."""
    where, params = f"{column(QuestionAnswer, 'user')} = %s", list[object]([user.pk])
    if topic_ids is not None:
        wanted = list(topic_ids)
        if not wanted:
            return []
        where += f" AND {is_in(QuestionAnswer, 'topic_id', len(wanted))}"
        params += wanted
    order = ", ".join(column(QuestionAnswer, name) for name in ("answered", "question_key", "id"))
    found = values(QuestionAnswer, _ANSWER_FIELDS, where, params, order_by=order)
    return [
        AnswerRecord(question=question, right=right, source=AnswerSource(source), answered=answered)
        for question, right, source, answered in found
    ]


_ANSWER_FIELDS = ("question_key", "right", "source", "answered")


def checks_of(*, user: User, topic_id: str | None = None) -> list[CheckRecord]:
    """The learner's graded topic checks (of one topic, or all), oldest first."""
    rows = TopicCheck.objects.filter(user=user)
    if topic_id is not None:
        rows = rows.filter(topic_id=topic_id)
    return [
        CheckRecord(topic=r.topic_id, right=r.right, asked=r.asked, passed=r.passed, checked=r.checked)
        for r in rows.order_by("checked", "topic_id", "pk")
    ]


def last_check(*, user: User, topic_id: str) -> CheckRecord | None:
    """The learner's latest check of a topic, if any (the topic page says when it was last passed)."""
    checks = checks_of(user=user, topic_id=topic_id)
    return checks[-1] if checks else None
