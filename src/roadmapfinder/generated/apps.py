"""The generated app's Django configuration."""

from __future__ import annotations

from django.apps import AppConfig


class GeneratedConfig(AppConfig):
    name = "roadmapfinder.generated"
    label = "generated"
    verbose_name = "Generated roadmaps and demand"
    default_auto_field = "django.db.models.BigAutoField"
