"""A learner's self-check answers: one row per answer given, and one per graded topic check.

Rows are kept by content key (`<topic>/<question id>`, the topic id), never a foreign key to content, so the
history of a reworded or removed question stays. Every answer is a new row: the review queue reads the whole
history of a question (when it was last answered, and whether right) to schedule it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from roadmapfinder.checking import AnswerSource

SOURCE_CHOICES = [(s.value, s.value) for s in AnswerSource]


class QuestionAnswer(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_answers")
    question_key = models.CharField(max_length=170, help_text="`<topic>/<question id>`")
    topic_id = models.CharField(max_length=100, help_text="the key's topic, to read one topic's answers")
    right = models.BooleanField()
    source = models.CharField(max_length=20, choices=SOURCE_CHOICES)
    answered = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = (
            models.Index(fields=["user", "question_key", "answered"], name="answers_question_history"),
            models.Index(fields=["user", "topic_id"], name="answers_of_topic"),
        )

    def __str__(self) -> str:
        return f"{self.question_key}: {'right' if self.right else 'wrong'}"


class TopicCheck(models.Model):
    """A graded check of a whole topic (its page, panel, API or CLI); a pass is recorded here."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_checks")
    topic_id = models.CharField(max_length=100)
    right = models.PositiveSmallIntegerField()
    asked = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    checked = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = (models.Index(fields=["user", "topic_id", "checked"], name="answers_checks_of_topic"),)

    def __str__(self) -> str:
        return f"{self.topic_id}: {self.right}/{self.asked}{' passed' if self.passed else ''}"
