"""`roadmapfinder review`: today's review session in the terminal (finished topics that come back after 3, 10, 30,
90 and 180 days), graded by the server, which keeps the answers; `--json` prints the session for scripts, which
answer it with `POST /api/v1/me/review`. Reviews need `roadmapfinder login`: the answers are kept per learner."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from roadmapfinder.checking.review import ReviewAnswerIn, ReviewQueueOut, ReviewResultOut
from roadmapfinder.cli.errors import friendly_errors
from roadmapfinder.cli.server_client import ApiClient, Login

stdout = Console(highlight=False)


@friendly_errors
def review_command(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print today's session as the API's JSON, ask nothing.")
    ] = False,
) -> None:
    """Review the topics you finished that come back today: two questions each, and when each comes back next."""
    client = ApiClient(Login.load())
    queue = client.review_queue()
    if as_json:
        sys.stdout.write(json.dumps(queue.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
        return
    if not queue.session:
        later = f" The next review is on {queue.next_due:%a %d %b %Y}." if queue.next_due else ""
        stdout.print(f"Nothing to review today.{later}")
        return
    answers = _asked(queue)
    if not answers:
        stdout.print("No answer given: the session waits for you.")
        return
    _print_result(client.review_answer(answers))


def _asked(queue: ReviewQueueOut) -> list[ReviewAnswerIn]:
    """Ask each question on stderr (so the output stays the result); Enter skips one."""
    ask = Console(stderr=True, highlight=False)
    ask.print(f"[bold]{queue.due} topic{'s' if queue.due != 1 else ''} to review today.[/] Enter skips a question.\n")
    answers = []
    for topic in queue.session:
        ask.print(f"[bold]{escape(topic.name)}[/]")
        for question in topic.questions:
            ask.print(f"  {escape(question.ask.strip())}")
            for i, choice in enumerate(question.choices, start=1):
                ask.print(f"   {i}) {escape(choice)}")
            while True:
                typed = typer.prompt(
                    f"Your choice (1-{len(question.choices)})", default="", show_default=False, err=True
                ).strip()
                if not typed:
                    break
                if typed.isdigit() and 1 <= int(typed) <= len(question.choices):
                    answers.append(ReviewAnswerIn(question=question.key, choice=question.choices[int(typed) - 1]))
                    break
                ask.print(f"[red]type a number from 1 to {len(question.choices)}[/]")
            ask.print()
    return answers


def _print_result(result: ReviewResultOut) -> None:
    for topic in result.topics:
        verdict = "all right" if topic.right else "not quite"
        stdout.print(f"[bold]{escape(topic.name)}: {verdict}; back on {topic.next_due:%a %d %b %Y}.[/]")
        for r in topic.results:
            mark = "✓" if r.right else "✗"
            stdout.print(f"  {mark} {escape(r.ask.strip())}")
            if not r.right:
                stdout.print(f"    You chose “{escape(r.chosen or '')}”: {escape(r.chosen_why)}")
                stdout.print(f"    Answer: {escape(r.answer)} {escape(r.why)}")
