"""The tracking app's Django configuration; it connects the log-in signal that merges visitor progress."""

from __future__ import annotations

from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "roadmapfinder.tracking"
    label = "tracking"
    verbose_name = "Learner tracking"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from roadmapfinder.tracking import signals  # noqa: F401  (connects the receivers)
