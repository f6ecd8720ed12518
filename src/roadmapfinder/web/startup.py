"""What `roadmapfinder serve` makes sure of before the server starts (through the `prepare_to_serve` command, as
the CLI imports no Django): valid content, the database schema and the collected static files.

Each step runs only when needed and says what it did, so a fresh install serves without a separate `migrate` or
`collectstatic`, and a second start costs a few file checks instead of a minute of compression. The content is
validated here, once, and kept as a snapshot with its search index and the goal reader's vocabulary
(catalog/snapshot.py, `served_derived`) that the server's workers read instead of the YAML files: with unchanged
content no process parses or indexes it again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import django

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.snapshot import catalog_from_snapshot, snapshot_path


def setup() -> None:
    """Django, for a script that uses this module on its own (the management command needs none)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roadmapfinder.web.settings")
    django.setup()


def snapshot_folder() -> Path:
    """Where the server keeps its catalog snapshot: the data folder, beside the database and the secret key."""
    from roadmapfinder.config import config

    return config().data_dir / "cache"


def serving_catalog(root: Path | None) -> Catalog:
    """The catalog a server process serves: from the snapshot when it is current, else loaded, validated, its
    `served_derived` values built, and stored (`ContentInvalid` with the full report when the content does not
    validate)."""
    return catalog_from_snapshot(root, snapshot_folder(), derive=served_derived())[0]


def served_derived() -> tuple[Callable[[Catalog], object], ...]:
    """What the snapshot keeps beside the catalog, so that no worker builds it on a learner's request: the search
    index, and the names the goal reader looks words up in (understanding/vocabulary.py). Built on first use, the
    vocabulary held up each worker's first search read as a goal, first generated roadmap and first finder answer by
    about a second; it is 10 MB a worker, which a worker holds anyway once anyone has asked for a roadmap."""
    from roadmapfinder.search.index import SearchIndex
    from roadmapfinder.understanding.vocabulary import Vocabulary

    return (SearchIndex, Vocabulary)


def content_ready() -> str:
    """Validate the content unless its snapshot is current, and make the workers' catalog; a sentence saying which.
    Raises `ContentInvalid` with every problem."""
    from roadmapfinder.config import config

    root = config().content_dir
    if snapshot_path(snapshot_folder(), root).is_file():  # named after the content's digest: it is this content
        return "Content unchanged since it was validated."
    catalog = serving_catalog(root)
    counts = f"{len(catalog.roadmaps)} roadmaps, {len(catalog.topics)} topics"
    return f"Content validated ({counts}); search index built; both kept for the next start."


def pending_migrations() -> int:
    """How many migrations the database still lacks."""
    from django.db import DEFAULT_DB_ALIAS, connections
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def migrate_if_needed() -> str:
    """Apply missing migrations; a sentence saying what happened."""
    from django.core.management import call_command
    from django.db import DatabaseError

    try:
        missing = pending_migrations()
    except DatabaseError as error:  # the server still starts: liveness answers, readiness says the database is down
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"Database unreachable, migrations not checked ({first_line}); /api/v1/readyz reports it."
    if not missing:
        return "Database is up to date."
    call_command("migrate", interactive=False, verbosity=0)
    return f"Applied {missing} database migration{'s' if missing != 1 else ''}."


def static_sources() -> dict[str, Path]:
    """Every static file the finders would collect (source maps left out), by its path under STATIC_URL."""
    from django.apps import apps
    from django.contrib.staticfiles.finders import get_finders

    ignore: list[str] = getattr(apps.get_app_config("staticfiles"), "ignore_patterns", [])
    found: dict[str, Path] = {}
    for finder in get_finders():
        for path, storage in finder.list(ignore):
            found.setdefault(path, Path(storage.path(path)))
    return found


def static_is_current() -> bool:
    """Whether the collected files (their manifest) are newer than every source and list every one of them."""
    import json

    from django.conf import settings

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():
        return False
    try:
        collected = set(json.loads(manifest.read_text())["paths"])
    except (ValueError, KeyError):
        return False
    built = manifest.stat().st_mtime
    sources = static_sources()
    return set(sources) <= collected and all(p.stat().st_mtime <= built for p in sources.values())


def collect_if_needed() -> str:
    """Collect and compress the static files unless the collected ones are current; a sentence saying which."""
    from django.conf import settings
    from django.core.management import call_command

    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    if not storage.endswith(("ManifestStaticFilesStorage", "CollectedOrPlainStorage")):
        return "Static files are served as they are (plain storage), nothing to collect."
    if static_is_current():
        return "Static files are current."
    call_command("collectstatic", interactive=False, verbosity=0)
    return f"Collected and compressed the static files into {settings.STATIC_ROOT}."


def static_plain() -> str:
    """What `serve --static plain` does with static files: nothing, and says which files pages will link."""
    if static_is_current():
        return "Static files: serving the collected ones (--static plain collects nothing)."
    return "Static files: not collected; pages link the package's files by their plain names (--static plain)."
