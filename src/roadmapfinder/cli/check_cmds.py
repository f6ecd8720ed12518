"""`roadmapfinder check TOPIC`: answer a topic's self-check questions in the terminal (or with `--answer` in a
script) and see which were right and why. Logged in (`roadmapfinder login`), the server grades and keeps the
answers as yours; otherwise the core grades them here and nothing is kept."""

from __future__ import annotations

import json
import shlex
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import Topic
from roadmapfinder.catalog.questions import QuestionOut, question_out
from roadmapfinder.checking import Answer, CheckResult, grade_check
from roadmapfinder.cli.errors import friendly_errors, stderr
from roadmapfinder.cli.server_client import ApiClient, Login, RemoteError
from roadmapfinder.errors import InvalidInput

stdout = Console(highlight=False)
YES = {"y", "yes", "got", "got it", "true", "1"}
NO = {"n", "no", "not yet", "false", "0"}


@friendly_errors
def check_command(
    topic_id: Annotated[
        str,
        typer.Argument(metavar="TOPIC", help='The topic\'s name as its page shows it ("HTTP and HTTPS") or its id.'),
    ],
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            help="QUESTION=N (the Nth choice as listed) or QUESTION=yes|no for an open question; "
            "without any, the questions are asked one by one.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the graded result as the API's JSON.")] = False,
) -> None:
    """Check yourself on a topic: its questions, which you got right, and why each wrong choice is wrong."""
    catalog = default_catalog()
    topic = catalog.topic_by_name(topic_id)  # its id, or the name its page shows
    if not topic.questions:
        raise InvalidInput(f"“{topic.name}” has no self-check questions yet", hint="check another topic")
    questions = [question_out(topic, q) for q in topic.questions]
    answers = _from_options(questions, answer) if answer else _asked(topic, questions)
    result = _graded(topic, answers)
    if as_json:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
        return
    _print_result(result)


def _from_options(questions: list[QuestionOut], options: list[str]) -> list[Answer]:
    by_id = {q.id: q for q in questions}
    answers = []
    for option in options:
        question_id, equals, value = option.partition("=")
        question = by_id.get(question_id.strip())
        if not equals or question is None:
            raise InvalidInput(
                f"`{option}` does not name one of the questions", hint=f"write QUESTION=N; they are {', '.join(by_id)}"
            )
        answers.append(_answer(question, value.strip()))
    return answers


def _answer(question: QuestionOut, value: str) -> Answer:
    """An answer from what was typed: a choice's number, or yes/no for an open question."""
    if not question.choices:
        if value.lower() not in YES | NO:
            raise InvalidInput(f"answer `{question.id}` with yes or no", hint="did your answer match the model answer?")
        return Answer(question=question.id, got_it=value.lower() in YES)
    if not value.isdigit() or not 1 <= int(value) <= len(question.choices):
        raise InvalidInput(
            f"answer `{question.id}` with a choice's number", hint=f"from 1 to {len(question.choices)}, as listed"
        )
    return Answer(question=question.id, choice=question.choices[int(value) - 1])


def _asked(topic: Topic, questions: list[QuestionOut]) -> list[Answer]:
    """Ask each question in the terminal (on stderr, so `--json` output stays clean); Enter skips one."""
    ask = Console(stderr=True, highlight=False)
    ask.print(f"[bold]{escape(topic.name)}[/]: {len(questions)} questions. Enter skips one.\n")
    answers = []
    for number, question in enumerate(questions, start=1):
        ask.print(f"[bold]{number}.[/] {escape(question.ask.strip())}")
        if question.choices:
            for i, choice in enumerate(question.choices, start=1):
                ask.print(f"   {i}) {escape(choice)}")
            prompt = f"Your choice (1-{len(question.choices)})"
        else:
            typer.prompt("Think of your answer, then press Enter to see the model answer", default="", err=True)
            ask.print(f"   [dim]Model answer:[/] {escape(question.model_answer)}")
            prompt = "Did you get it? (yes/no)"
        while True:
            typed = typer.prompt(prompt, default="", show_default=False, err=True).strip()
            if not typed:
                break
            try:
                answers.append(_answer(question, typed))
                break
            except InvalidInput:  # its message names the question's key, which `--answer` takes; here, what to type
                ask.print(f"[red]type {_what_to_type(question)}[/]")
        ask.print()
    return answers


def _what_to_type(question: QuestionOut) -> str:
    """What answers a question in the terminal: "a number from 1 to 4", or "yes or no" for an open question."""
    return f"a number from 1 to {len(question.choices)}" if question.choices else "yes or no"


def _graded(topic: Topic, answers: list[Answer]) -> CheckResult:
    """Graded by the server when logged in (which keeps the answers), else here."""
    try:
        login = Login.load()
    except RemoteError:
        stderr.print("Not logged in: graded here and not kept (`roadmapfinder login` keeps your answers).")
        return grade_check(default_catalog(), topic.id, answers)
    return ApiClient(login).check_topic(topic.id, answers)


def _print_result(result: CheckResult) -> None:
    verdict = "passed" if result.passed else "not yet"
    stdout.print(f"[bold]{escape(result.topic_name)}: {result.right} of {result.asked} right, {verdict}.[/]")
    for number, r in enumerate(result.results, start=1):
        mark = "✓ right" if r.right else ("✗ not quite" if r.answered else "– not answered")
        stdout.print(f"\n{number}. {escape(r.ask.strip())}\n   {mark}")
        if r.chosen and not r.right:
            stdout.print(f"   You chose “{escape(r.chosen)}”: {escape(r.chosen_why)}")
        label = "Answer" if r.kind == "choice" else "Model answer"
        stdout.print(f"   {label}: {escape(r.answer)}{(' ' + escape(r.why)) if r.why else ''}")
        for wrong in r.wrong:
            if wrong.choice != r.chosen:
                stdout.print(f"   [dim]Not “{escape(wrong.choice)}”: {escape(wrong.why)}[/]")
    if result.passed:
        stdout.print(f"\nMark it done if you agree: roadmapfinder done {shlex.quote(result.topic_name)}")
    if result.recorded:
        stdout.print("[dim]Your answers are kept for review.[/]")
