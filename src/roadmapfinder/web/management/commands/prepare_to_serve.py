"""`python -m django prepare_to_serve`: what `roadmapfinder serve` runs once before the server starts."""

from __future__ import annotations

from typing import Any

from django.core.checks import Tags
from django.core.checks.registry import registry
from django.core.management.base import BaseCommand, CommandParser

from roadmapfinder.catalog import ContentInvalid
from roadmapfinder.web import startup


class Command(BaseCommand):
    help = "Validate content, apply missing migrations and collect static files, each only when needed."
    #: Every system check but those of URLs, templates and the admin, which import every view and template tag
    #: library (the planner, search, the API schemas: most of this command's CPU, before each start); the workers
    #: import them on their first requests anyway, and the test suite renders every template and resolves every
    #: route (`manage.py check` runs them all).
    requires_system_checks = [  # noqa: RUF012 - Django reads it from the class
        tag for tag in registry.tags_available() if tag not in (Tags.urls, Tags.templates, Tags.admin)
    ]

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-collect", action="store_true", help="Serve the package's files by plain names.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            self.stdout.write(startup.content_ready())
        except ContentInvalid as error:
            self.stderr.write("RoadmapFinder will not start: its content does not validate.\n" + error.report())
            raise SystemExit(1) from None
        self.stdout.write(startup.migrate_if_needed())
        if options["no_collect"]:
            self.stdout.write(startup.static_plain())
        else:
            self.stdout.write(startup.collect_if_needed())
