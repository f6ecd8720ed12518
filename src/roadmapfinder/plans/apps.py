"""The plans app's Django configuration."""

from __future__ import annotations

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "roadmapfinder.plans"
    label = "plans"
    verbose_name = "Saved plans"
    default_auto_field = "django.db.models.BigAutoField"
