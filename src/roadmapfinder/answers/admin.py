"""Django admin: answers and checks, read-only (they are the learner's record of what happened)."""

from __future__ import annotations

from django.contrib import admin

from roadmapfinder.answers.models import QuestionAnswer, TopicCheck


@admin.register(QuestionAnswer)
class QuestionAnswerAdmin(admin.ModelAdmin[QuestionAnswer]):
    list_display = ("user", "question_key", "right", "source", "answered")
    list_filter = ("source", "right")
    search_fields = ("question_key", "user__username")
    readonly_fields = ("user", "question_key", "topic_id", "right", "source", "answered")


@admin.register(TopicCheck)
class TopicCheckAdmin(admin.ModelAdmin[TopicCheck]):
    list_display = ("user", "topic_id", "right", "asked", "passed", "checked")
    list_filter = ("passed",)
    search_fields = ("topic_id", "user__username")
    readonly_fields = ("user", "topic_id", "right", "asked", "passed", "checked")
