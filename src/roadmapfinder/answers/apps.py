"""The answers app's Django configuration."""

from __future__ import annotations

from django.apps import AppConfig


class AnswersConfig(AppConfig):
    name = "roadmapfinder.answers"
    label = "answers"
    verbose_name = "Self-check answers"
    default_auto_field = "django.db.models.BigAutoField"
