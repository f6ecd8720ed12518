"""`roadmapfinder backup FILE` and `roadmapfinder restore FILE`: learners' data out of and back into the database.

The database is the one the server uses (DATABASE_URL, else the SQLite file in the data folder). SQLite is copied
with its online backup API, so a running server keeps serving and the copy is consistent; PostgreSQL with
`pg_dump --format=custom` and `pg_restore --clean`, the tools made for it. Content is not in the database: it
ships with the package, so a backup is only the learners' records, accounts and sessions.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import urllib.parse
from contextlib import closing
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.config import config
from roadmapfinder.errors import InvalidInput, RoadmapFinderError

stdout = Console(highlight=False)


class BackupFailed(RoadmapFinderError):
    """The database tool refused or failed; its own message is passed on."""


def _sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///...` URL, or None for another database."""
    parsed = urllib.parse.urlparse(url)
    return Path(parsed.path[1:]) if parsed.scheme == "sqlite" else None  # sqlite:////abs/path, sqlite:///relative


def _postgres(url: str) -> bool:
    return urllib.parse.urlparse(url).scheme in {"postgres", "postgresql", "pgsql"}


def _run(argv: list[str]) -> None:
    if shutil.which(argv[0]) is None:
        raise BackupFailed(
            f"`{argv[0]}` is not installed", hint="install PostgreSQL's client tools (postgresql-client)"
        )
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupFailed(f"{argv[0]} failed: {result.stderr.strip()[:500]}", hint="check DATABASE_URL and the file")


def _unsupported(url: str) -> InvalidInput:
    scheme = urllib.parse.urlparse(url).scheme or "?"
    return InvalidInput(f"no backup for `{scheme}` databases", hint="RoadmapFinder runs on SQLite or PostgreSQL")


@friendly_errors
def backup_command(
    file: Annotated[
        Path, typer.Argument(help="Where to write the backup (SQLite: a database file; PostgreSQL: a dump).")
    ],
) -> None:
    """Copy the database to FILE while the server keeps running."""
    url = config().database_url
    if file.is_dir() or not file.parent.is_dir():
        raise InvalidInput(f"cannot write `{file}`", hint="name a file in an existing folder")
    if (source := _sqlite_path(url)) is not None:
        if not source.is_file():
            raise InvalidInput(f"there is no database at {source}", hint="run `manage.py migrate` first")
        with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(file)) as copy:
            live.backup(copy)  # page by page, consistent even while the server writes
    elif _postgres(url):
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={file}", f"--dbname={url}"])
    else:
        raise _unsupported(url)
    stdout.print(f"Backed up the database to {file}")


@friendly_errors
def restore_command(
    file: Annotated[Path, typer.Argument(help="A file written by `roadmapfinder backup`.")],
    yes: Annotated[bool, typer.Option("--yes", help="Replace the current data without asking.")] = False,
) -> None:
    """Replace the database's data with FILE (stop the servers first: they would keep old sessions open)."""
    url = config().database_url
    if not file.is_file():
        raise InvalidInput(f"there is no backup at `{file}`", hint="give the file `roadmapfinder backup` wrote")
    if not yes and not typer.confirm("This replaces every account, plan and progress record. Go on?"):
        raise typer.Exit(1)
    if (target := _sqlite_path(url)) is not None:
        try:
            source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
            with closing(source) as backup, closing(sqlite3.connect(target)) as live:
                backup.backup(live)
        except sqlite3.DatabaseError as error:
            hint = "give the file `roadmapfinder backup` wrote"
            raise InvalidInput(f"`{file}` is not a SQLite backup ({error})", hint=hint) from None
    elif _postgres(url):
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", f"--dbname={url}", f"{file}"]
        )
    else:
        raise _unsupported(url)
    stdout.print(f"Restored the database from {file}")
