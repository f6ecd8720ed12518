"""`roadmapfinder search` and `roadmapfinder finder`: parse options, call the search core once, render."""

from __future__ import annotations

import json
import shlex
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import NO_STACK
from roadmapfinder.catalog.shapes import by_reason, stack_label
from roadmapfinder.cli.errors import friendly_errors, typed_roadmap
from roadmapfinder.search import PURPOSES, FinderOut, SearchOut, recommend_roadmaps, roadmap_searched, search_catalog
from roadmapfinder.search.shapes import MatchOut, RoadmapHit

stdout = Console(highlight=False)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (the same shape as the API) instead of text.")]


@friendly_errors
def search_command(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="What to look for, e.g. 'react hooks' or k8s.")],
    category: Annotated[str | None, typer.Option("--category", "-c", help="Only this category.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most this many results (1-50).")] = None,
    roadmap: Annotated[
        str | None,
        typer.Option(
            "--roadmap",
            "-r",
            metavar="ROADMAP",
            help='Only this roadmap\'s topics: its title ("Backend Developer") or slug (backend).',
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Search roadmaps and topics; every result says why it matched."""
    catalog = default_catalog()
    slug = roadmap_searched(catalog, roadmap).slug if roadmap is not None else None  # as `show` takes it, as the API
    result = search_catalog(catalog, query, category=category, limit=limit, roadmap=slug)
    if as_json:
        _print_json(result.model_dump(mode="json"))
    else:
        if result.goal is not None:  # "get a job in tech": read as a goal leaving a choice, said before its roadmaps
            finder = shlex.join(["roadmapfinder", "finder", "--goal", result.query])
            stdout.print(
                f"We read “{escape(result.goal.said)}” as {escape(result.goal.read_as.lower())}: its roadmaps come "
                f"first. {escape(result.goal.message)}\nAsk the finder: {escape(finder)}",
                soft_wrap=True,
            )
        stdout.print(_results_table(result))
        if not result.results and roadmap is None:  # as the web page: the finder and the generator read meaning
            finder = shlex.join(["roadmapfinder", "finder", "--goal", result.query])
            generate = shlex.join(["roadmapfinder", "generate", result.query])
            stdout.print(
                f"Search finds names and words. Ask the finder what we have nearest: {escape(finder)}\n"
                f"or generate a roadmap for it from the catalog's topics: {escape(generate)}",
                soft_wrap=True,
            )


@friendly_errors
def finder_command(
    goal: Annotated[str | None, typer.Option("--goal", help="What you want to build or become.")] = None,
    known: Annotated[str | None, typer.Option("--known", help="What you already know, comma separated.")] = None,
    hours: Annotated[float | None, typer.Option("--hours", help="Hours a week you can give (1-80).")] = None,
    purpose: Annotated[str | None, typer.Option("--purpose", help="job, freelance or hobby.")] = None,
    plain: Annotated[
        list[str] | None,
        typer.Option(
            "--plain",
            help="Undo a reading (a curated phrase or a spelling fix): read this phrase of the goal word by word, "
            "as typed (repeatable).",
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Answer four questions and get the three roadmaps that fit you best (asks for what --goal etc. leave out)."""
    if goal is None:
        goal = typer.prompt("What do you want to build or become?")
        known = known if known is not None else typer.prompt("What do you already know?", default="")
        hours = hours if hours is not None else typer.prompt("Hours a week you can give", default=10.0, type=float)
        purpose = purpose or typer.prompt(f"For a {', '.join(PURPOSES[:-1])} or {PURPOSES[-1]}?", default="job")
    result = recommend_roadmaps(
        default_catalog(), goal=goal, known=known, hours_per_week=hours, purpose=purpose, plain=plain or ()
    )
    if as_json:
        _print_json(result.model_dump(mode="json"))
        return
    command = ["roadmapfinder", "generate", result.generate]
    command += ["--know", known] if known else []
    command += ["--hours", f"{hours:g}"] if hours else []
    command += ["--purpose", purpose] if purpose else []
    command += [arg for phrase in plain or () for arg in ("--plain", phrase)]
    _print_recommendations(result, purpose=purpose, generate=shlex.join(command))
    if result.generate and not result.tailored:  # "make games in godot": the generator builds a path on Godot
        stdout.print(f"Generate a roadmap for your goal: {shlex.join(command)}", soft_wrap=True)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _why(matched: list[MatchOut]) -> str:
    return "; ".join(f"{m.field}: {m.text}" for m in matched[:4])


def _results_table(result: SearchOut) -> Table | str:
    if not result.results:
        close = ", ".join(f"{s.title} ({s.kind})" for s in result.suggestions)
        return f"Nothing matches “{result.query}”." + (f" Close names: {close}." if close else "")
    title = f"Results for “{result.query}”" + (f" (searched for “{result.corrected}”)" if result.corrected else "")
    table = Table(title=title, title_justify="left")
    for column in ("kind", "title", "slug", "score", "why"):
        table.add_column(column)
    for hit in result.results:
        # a topic has no slug to show: it is opened by its name, `roadmapfinder topic "HTTP and HTTPS"`
        slug = hit.slug if isinstance(hit, RoadmapHit) else ""
        table.add_row(hit.kind, hit.title, slug, f"{hit.score:.1f}", _why(hit.matched))
    return table


def _print_undos(result: FinderOut) -> None:
    """How to undo each reading of the goal that says more than its words (`FinderOut.undoable`), as `generate` says."""
    for said in result.undoable:
        stdout.print(f"  Not what you meant? Add --plain {escape(shlex.quote(said))} to read it as typed", style="dim")
    if result.purpose_said:  # "for fun": the goal's word chose the purpose; choosing one undoes it
        others = " or ".join(p for p in PURPOSES if p != result.purpose)
        line = f"{result.purpose_line}. Not what you meant? Add --purpose {others} to choose it yourself"
        stdout.print(f"  {escape(line)}", style="dim", soft_wrap=True)


def _print_recommendations(result: FinderOut, *, purpose: str | None, generate: str = "") -> None:
    """The finder's answer; `generate`: the command that generates the roadmap tailored to the goal, printed under it
    as the first answer (`FinderOut.tailored`)."""
    if not result.understood and result.follow_up:
        stdout.print(result.message, soft_wrap=True)
        _print_undos(result)
        stdout.print(result.follow_up.question)
        answers = ["--known", result.known_text] if result.known_text else []  # "i know a bit of python" stays known
        # the hours given, or the pace the goal said ("i know python, 5 hours a week"): kept for the field chosen
        answers += ["--hours", f"{result.hours_per_week:g}"] if result.hours_per_week else []
        answers += ["--purpose", purpose] if purpose else []
        for choice in result.follow_up.choices:
            command = shlex.join(["roadmapfinder", "finder", "--goal", choice.key, *answers])
            stdout.print(f"  {escape(command)}   ({choice.label}: {choice.examples})", soft_wrap=True)
        return
    stdout.print(result.message, style="dim", soft_wrap=True)
    _print_undos(result)
    if result.not_understood:
        stdout.print(f"Not understood: {', '.join(result.not_understood)}", style="dim", soft_wrap=True)
    for reason, items in by_reason(result.known_beneath):  # knowing React: HTML too, in the estimates
        line = f"{reason[:1].upper()}{reason[1:]}, so also counted as known: {', '.join(s.name for s in items)}."
        stdout.print(escape(line), style="dim", soft_wrap=True)
    stdout.print("[bold]Roadmaps for you[/]")
    catalog = default_catalog()
    first = 1
    if result.tailored is not None:  # "automate boring stuff": the roadmap built for the goal, then the whole ones
        tailored = result.tailored
        stdout.print(
            f"1. [bold]{escape(tailored.title)}[/] (built for your goal): {escape(tailored.reason)}", soft_wrap=True
        )
        stdout.print(f"   {escape(generate)}", style="dim", soft_wrap=True)
        first = 2
    for number, r in enumerate(result.recommendations, start=first):
        stdout.print(f"{number}. [bold]{escape(r.title)}[/]: {escape(r.reason)}", soft_wrap=True)
        name, hours = typed_roadmap(catalog, r.slug), f"{r.hours_per_week:g}"
        stdout.print(f"   {escape(shlex.join(['roadmapfinder', 'show', name, '--hours', hours]))}", style="dim")
        if (
            r.stack
        ):  # "python backend": its plan in Python, as the finder read it, or in none, undone (`show` takes none)
            plan = ["roadmapfinder", "plan", name, "--stack", r.stack, "--hours", hours]
            plan += ["--know", result.known_text] if result.known_text else []
            language = "no one language" if r.stack == NO_STACK else stack_label(r.stack)  # undone: none
            stdout.print(f"   A plan in {escape(language)}: {escape(shlex.join(plan))}", style="dim", soft_wrap=True)
