"""One translation of domain errors into stderr messages and exit codes, for every command."""

from __future__ import annotations

import functools
import json
import shlex
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from roadmapfinder.errors import NameChoice, NotFound, RoadmapFinderError, SharedNames, UnknownNames

if TYPE_CHECKING:  # `serve` imports this module and starts without the catalog package
    from roadmapfinder.catalog import Catalog

P = ParamSpec("P")
R = TypeVar("R")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)

#: The exit code of a command given a name that names nothing (a roadmap, topic, project or plan: `show bakend`), as
#: click's for a usage error; 1 is every other failure, so a script tells "you typed it wrong" from "it failed".
NAMES_NOTHING = 2


class RemoteError(RoadmapFinderError):
    """The server could not be reached or refused the request (cli/server_client.py); `status` is the HTTP status
    of a refusal, None when no answer came; `suggestions` the keys its refusal suggested, for `--json`."""

    def __init__(
        self, message: str, *, hint: str = "", status: int | None = None, suggestions: list[str] | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.suggestions = suggestions or []


def friendly_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn the domain's errors into a message and a hint on stderr, never a traceback: exit code 2 when the command
    was given a name that names nothing (`exit_code`), 1 otherwise. A goal whose words leave a choice is not an
    error: it is said as a choice to make, with the choices (still exit 1: no roadmap was made)."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except RoadmapFinderError as error:
            if kwargs.get("as_json"):  # the API's answer on stdout, for scripts; the words below go to stderr
                sys.stdout.write(json.dumps(_error_json(error), indent=2, ensure_ascii=False) + "\n")
            if isinstance(error, NotFound) and error.choice and error.kind == _GOAL:
                # nothing went wrong: the learner's words leave a choice ("i have no idea what to learn")
                stderr.print(f"[bold]to choose:[/] {escape(error.message)}", markup=True)
            else:
                stderr.print(f"[bold red]error:[/] {escape(error.message)}", markup=True)
            # a choice whose roadmaps each say who they suit, on their own lines below: only what needs choosing
            if hint := (error.choosing if isinstance(error, NotFound) and error.choosing else error.hint):
                stderr.print(f"[dim]hint:[/] {escape(hint)}", markup=True)
            if isinstance(error, NotFound) and error.readings:  # "teaching": your background, undoable as on a roadmap
                lines = "; ".join(reading.line for reading in error.readings)
                stderr.print(f"[bold]Understood:[/] {escape(lines)}", markup=True)
                for reading in error.readings:
                    undo = f"Not what you meant? Add --plain {_shell_word(reading.said)} to read it as typed"
                    stderr.print(f"  [dim]{escape(undo)}[/]", markup=True)
            if isinstance(error, NotFound) and error.choice and error.suggestions and error.suits:
                stderr.print("[dim]choose from:[/]", markup=True)  # each with who it suits, one a line
                for slug in error.suggestions:
                    suits = f" — {error.suits[slug]}" if slug in error.suits else ""
                    stderr.print(f"  {escape(_roadmap_names([slug]) + suits)}", markup=True)
            elif isinstance(error, NotFound) and error.choice and error.suggestions:
                stderr.print(f"[dim]choose from:[/] {escape(_roadmap_names(error.suggestions))}", markup=True)
            if isinstance(error, NotFound) and error.choice and error.goals:
                # a choice that keeps what was asked ("get promoted as an Android Developer"), as the page links it:
                # `generate android` is the whole roadmap from its first lesson, the promotion dropped
                asks = [f"roadmapfinder generate {_shell_word(goal)}" for goal in error.goals.values()]
                label = "each as you asked:"
                stderr.print(f"[dim]{label}[/] {escape(asks[0])}", markup=True)
                for ask in asks[1:]:
                    stderr.print(f"{' ' * len(label)} {escape(ask)}", markup=True)
            if isinstance(error, NotFound) and error.choice and error.kind == _GOAL:  # the finder, as the page links it
                finder = f"roadmapfinder finder --goal {_shell_word(error.key)}"
                stderr.print(f"[dim]or answer the finder's questions:[/] {escape(finder)}", markup=True)
            raise typer.Exit(exit_code(error)) from None
        except Exception as error:
            # imported here: `serve` (cli/serve_cmd.py) starts without the catalog package, which only the
            # commands that load content (and so can raise it) import
            from roadmapfinder.catalog.problems import ContentInvalid

            if not isinstance(error, ContentInvalid):
                raise
            stderr.print(error.report(), markup=False)
            raise typer.Exit(1) from None

    return wrapper


def _error_json(error: RoadmapFinderError) -> dict[str, object]:
    """An error as `--json` prints it on stdout: the body of the API's answer to the same request (`ErrorOut`), so
    a script reads a "which one?", a goal's choice or a name that names nothing the same way from both."""
    suggestions = error.suggestions if isinstance(error, NotFound | UnknownNames | RemoteError) else []
    body: dict[str, object] = {"detail": error.message, "hint": error.hint, "suggestions": suggestions}
    if choices := _choices(error):
        body["choices"] = [vars(choice) | {"roadmaps": list(choice.roadmaps)} for choice in choices]
    if isinstance(error, NotFound) and error.readings:
        body["readings"] = [vars(reading) for reading in error.readings]
    return body


def _choices(error: RoadmapFinderError) -> list[NameChoice]:
    """The names to choose among: a name's owners, or the roadmaps a goal leaves to choose from."""
    if isinstance(error, SharedNames):
        return error.choices
    if isinstance(error, NotFound) and error.choice:
        from roadmapfinder.catalog import default_catalog  # loaded: a goal's choice comes from the generator
        from roadmapfinder.understanding.choices import goal_choices

        return goal_choices(default_catalog(), error)
    return []


def exit_code(error: RoadmapFinderError) -> int:
    """`NAMES_NOTHING` (2) for a name that names nothing: a roadmap, topic or project (`NotFound`, or a field's
    `UnknownNames`: `plan devops --finished bakend`), or what the server answered 404 for (`follow bakend`, a plan's
    id), and for a name several share (`SharedNames`: `topic accessibility`), which names no one thing either; 1
    for every other error, a goal in words nothing matched included (no name was given: `generate` reads words)."""
    if isinstance(error, NotFound):
        return 1 if error.kind == _GOAL else NAMES_NOTHING
    if isinstance(error, UnknownNames | SharedNames) or (isinstance(error, RemoteError) and error.status == 404):
        return NAMES_NOTHING
    return 1


#: What a goal the generator cannot build from is missing (`NotFound.kind`): "no roadmap for `learn to code`".
_GOAL = "roadmap for"


def named_key(key: str, kind: str | None = None) -> str:
    """A suggested key as a person reads it, which is what to type: “HTTP and HTTPS”, “Backend Developer”, a
    project's “Terminal-only day” (`Catalog.named`; the key beside a name that would not give it back). `kind`
    ("topic", "roadmap", "project") says what the key is; None when the suggestion could be any (an older server's,
    which says no kind). The name comes from this install's catalog, loaded only on this error path; a key it does
    not know stays as it is."""
    from roadmapfinder.catalog import default_catalog  # commands that never look a name up need not load it

    return default_catalog().named(key, kind)


def _shell_word(said: str) -> str:
    """The learner's words as one word of a shell command to copy: in double quotes when they hold an apostrophe and
    nothing a shell reads inside double quotes ("i don't know what to learn"), else as `shlex` quotes them."""
    if "'" in said and not set(said) & set('"$`\\!'):
        return f'"{said}"'
    return shlex.quote(said)


def _roadmap_names(slugs: list[str]) -> str:
    """Roadmaps offered to choose from, by the titles `show` and the other commands take: "Data Analyst" (with the
    slug beside a title that would not give it back)."""
    from roadmapfinder.catalog import default_catalog  # a choice is only offered by commands that loaded it

    catalog = default_catalog()
    return ", ".join(typed_roadmap(catalog, slug) if catalog.has_roadmap(slug) else slug for slug in slugs)


def typed_roadmap(catalog: Catalog, slug: str) -> str:
    """A roadmap as a command takes it and a person reads it: its title ("Data Analyst"), or its slug when the title
    would not give it back (`Catalog.roadmap_named`), for commands to print and hints to suggest."""
    title = catalog.roadmap(slug).title
    return title if catalog.roadmap_named(title) == slug else slug
