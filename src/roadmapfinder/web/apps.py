"""The web app's Django configuration."""

from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "roadmapfinder.web"
    label = "web"
    verbose_name = "RoadmapFinder"

    def ready(self) -> None:
        from roadmapfinder.web import checks  # noqa: F401  (registers the deployment checks)
