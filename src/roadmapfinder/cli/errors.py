"""One translation of domain errors into stderr messages and exit codes, for every command."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from roadmapfinder.errors import RoadmapFinderError

P = ParamSpec("P")
R = TypeVar("R")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def friendly_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn the domain's errors into a message and a hint on stderr with exit code 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except RoadmapFinderError as error:
            stderr.print(f"[bold red]error:[/] {escape(error.message)}", markup=True)
            if error.hint:
                stderr.print(f"[dim]hint:[/] {escape(error.hint)}", markup=True)
            raise typer.Exit(1) from None
        except Exception as error:
            # imported here: `serve` (cli/serve_cmd.py) starts without the catalog package, which only the
            # commands that load content (and so can raise it) import
            from roadmapfinder.catalog.problems import ContentInvalid

            if not isinstance(error, ContentInvalid):
                raise
            stderr.print(error.report(), markup=False)
            raise typer.Exit(1) from None

    return wrapper
