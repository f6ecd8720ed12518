"""The tracking app's Django configuration; it connects the log-in signal that merges visitor progress, and the
end of every migrate to the reader-version triggers (tracking/reader_triggers.py)."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate


def _reader_triggers_after_migrate(sender: AppConfig, using: str, **kwargs: Any) -> None:
    """Whatever a migrate applied or unapplied, each table of a learner's rows ends it with its triggers."""
    from roadmapfinder.tracking.reader_triggers import create_missing_reader_triggers

    create_missing_reader_triggers(connections[using])


class TrackingConfig(AppConfig):
    name = "roadmapfinder.tracking"
    label = "tracking"
    verbose_name = "Learner tracking"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from roadmapfinder.tracking import signals  # noqa: F401  (connects the receivers)

        post_migrate.connect(_reader_triggers_after_migrate, sender=self, dispatch_uid="rf_reader_triggers")
