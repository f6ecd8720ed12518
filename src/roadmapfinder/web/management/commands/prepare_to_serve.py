"""`python -m django prepare_to_serve`: what `roadmapfinder serve` runs once before the server starts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from roadmapfinder.web import startup


class Command(BaseCommand):
    help = "Apply missing migrations and collect static files, each only when needed, and say which."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-collect", action="store_true", help="Serve the package's files by plain names.")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(startup.migrate_if_needed())
        if options["no_collect"]:
            self.stdout.write(startup.static_plain())
        else:
            self.stdout.write(startup.collect_if_needed())
