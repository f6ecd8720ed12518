"""Writes of a learner's answers: the only code that stores them. Keyword-only arguments, one transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from roadmapfinder.answers.models import QuestionAnswer, TopicCheck
from roadmapfinder.catalog.questions import split_question_key
from roadmapfinder.checking import AnswerSource, CheckResult
from roadmapfinder.checking.records import AnswerRecord, CheckRecord


def check_record(
    *, user: User, result: CheckResult, source: AnswerSource = AnswerSource.CHECK, at: datetime | None = None
) -> TopicCheck:
    """Store a graded topic check: each answered question as an answer, and the check itself (with its verdict).

    Questions left unanswered are not answers, so they leave no row; the check still counts them as asked.
    """
    at = at or timezone.now()
    with transaction.atomic():
        QuestionAnswer.objects.bulk_create(
            QuestionAnswer(
                user=user, question_key=r.key, topic_id=result.topic, right=r.right, source=source, answered=at
            )
            for r in result.results
            if r.answered
        )
        return TopicCheck.objects.create(
            user=user, topic_id=result.topic, right=result.right, asked=result.asked, passed=result.passed, checked=at
        )


def answers_record(
    *, user: User, answers: Sequence[tuple[str, bool]], source: AnswerSource, at: datetime | None = None
) -> None:
    """Store answers given outside a topic check (a placement check, a review): (question key, right) pairs."""
    at = at or timezone.now()
    QuestionAnswer.objects.bulk_create(
        QuestionAnswer(
            user=user, question_key=key, topic_id=split_question_key(key)[0], right=right, source=source, answered=at
        )
        for key, right in answers
    )


def answers_replace(*, user: User, answers: Sequence[AnswerRecord], checks: Sequence[CheckRecord]) -> None:
    """Make the learner's answers and checks exactly these (the data file's import; the caller's transaction)."""
    QuestionAnswer.objects.filter(user=user).delete()
    TopicCheck.objects.filter(user=user).delete()
    QuestionAnswer.objects.bulk_create(
        QuestionAnswer(
            user=user,
            question_key=a.question,
            topic_id=split_question_key(a.question)[0],
            right=a.right,
            source=a.source.value,
            answered=a.answered,
        )
        for a in answers
    )
    TopicCheck.objects.bulk_create(
        TopicCheck(user=user, topic_id=c.topic, right=c.right, asked=c.asked, passed=c.passed, checked=c.checked)
        for c in checks
    )
