"""The guided finder reads a role's stack, the language the learner works in, as the generator reads it
(`stacks.goal_stack` on its goal reading): the language named with the role ("python backend"), else the one language
the learner knows ("i know python and want to be a backend developer", "backend, i know a bit of go"), said, undoable
and carried into the plans it offers, through the API, the command line and the page.

Before: "We read “python backend” as Backend Developer", the language dropped and the role's plan links in no
language; "i know python and want to be a backend developer" said nothing of the learner's Python.
"""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_answer, finder_picks, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

#: Goals as learners type them: (goal, the words the stack was read from, its key, the role in it, how it is said).
READ = [
    ("python backend", "python", "python", "Backend Developer in Python", "in Python"),
    (
        "i know python and want to be a backend developer",
        "Python",
        "python",
        "Backend Developer in Python",
        "in Python, the language you know",
    ),
    ("backend, i know a bit of go", "Go", "go", "Backend Developer in Go", "in Go, the language you know"),
]


def _pick(found: dict[str, Any], slug: str) -> dict[str, Any]:
    return next(r for r in found["recommendations"] if r["slug"] == slug)


def _flat(output: str) -> str:
    return " ".join(output.split())


@pytest.mark.parametrize(("goal", "said", "stack", "title", "means"), READ)
def test_the_finder_reads_the_roles_stack_says_it_and_undoes_it(
    goal: str, said: str, stack: str, title: str, means: str
) -> None:
    found = finder_answer(goal)
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert found["stack"]["said"] == said
    assert found["stack"]["how"] == "stack"
    assert [(m["key"], m["name"]) for m in found["stack"]["means"]] == [(stack, means)]
    said_as = title + (", the language you know" if "know" in means else "")
    assert f"as {said_as}." in found["message"]
    backend = _pick(found, "backend")
    assert backend["stack"] == stack  # its plan is in the language
    assert backend["reason"].startswith("You asked for")
    assert f", {means}." in backend["reason"]
    assert all(r["stack"] is None for r in found["recommendations"] if r["slug"] == "full-stack")

    undone = finder_answer(goal, plain=[said])  # the learner's undo: no stack, the role as before
    assert undone["stack"] is None
    assert _pick(undone, "backend")["stack"] == "none"  # its plan is in no language, never read in it again
    assert all(r["stack"] is None for r in undone["recommendations"] if r["slug"] == "full-stack")
    assert title not in undone["message"]
    assert finder_picks(undone)[0] == "backend"


@pytest.mark.parametrize(
    "goal", ["i know python and java, want to be a backend developer", "backend developer and python"]
)
def test_two_known_languages_or_a_listed_language_choose_no_stack_in_the_finder(goal: str) -> None:
    found = finder_answer(goal)
    assert found["stack"] is None
    assert all(r["stack"] is None for r in found["recommendations"])


def test_the_finder_command_says_the_stack_its_undo_and_a_plan_in_it() -> None:
    result = runner.invoke(app, ["finder", "--goal", "python backend", "--hours", "10", "--purpose", "job"])
    assert result.exit_code == 0, result.output
    flat = _flat(result.output)
    assert "We read “python backend” as Backend Developer in Python." in flat
    assert "Add --plain python to read it as typed" in flat
    assert "A plan in Python: roadmapfinder plan 'Backend Developer' --stack python --hours 10" in flat
    known = runner.invoke(
        app, ["finder", "--goal", "i know python and want to be a backend developer", "--purpose", "job"]
    )
    assert known.exit_code == 0, known.output
    flat = _flat(known.output)
    assert "as Backend Developer in Python, the language you know" in flat
    assert "Add --plain Python to read it as typed" in flat
    assert "--stack python --hours 10 --know 'i know python'" in flat
    undone = runner.invoke(
        app,
        [
            "finder",
            "--goal",
            "i know python and want to be a backend developer",
            "--purpose",
            "job",
            "--plain",
            "Python",
        ],
    )
    assert undone.exit_code == 0, undone.output
    assert "--stack python" not in undone.output
    assert "A plan in no one language: roadmapfinder plan 'Backend Developer' --stack none" in _flat(undone.output)


def test_a_stack_undone_on_the_finder_page_stays_undone_in_the_plan_it_links() -> None:
    answers = {"goal": "i know python and want to be a backend developer", "known": "", "hours": "", "purpose": "job"}
    page = Client().get("/finder", {**answers, "plain": "Python"})
    assert page.status_code == 200
    body = page.content.decode()
    assert "in Python, the language you know" not in text(body)
    plan_links = [html.unescape(h) for h in re.findall(r'href="(/generate\?roadmap=backend[^"]*)"', body)]
    assert plan_links
    assert "stack=none" in plan_links[0]
    form = Client().get(plan_links[0])  # the form reads "i know python" but keeps no stack, as undone
    assert '<option value="none" selected>' in form.content.decode()
    assert "Your stack, read from your answers" not in text(form.content)


def test_the_finder_page_says_the_stack_with_its_undo_and_plans_in_it() -> None:
    page = Client().get("/finder", {"goal": "python backend", "known": "", "hours": "", "purpose": "job"})
    assert page.status_code == 200
    body = page.content.decode()
    shown = text(body)
    assert "Your goal: “python backend” → Backend Developer" in shown  # said once, in "How we read you"
    assert "We read “python backend”" not in shown
    assert "Your goal: “python” → in Python Undo" in shown
    links: dict[str, str] = {}  # each link's text, to the first address it leads to
    for href, label in re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', body):
        links.setdefault(text(label).strip(), html.unescape(href))
    assert "plain=python" in links["Undo"]
    assert "stack=python" in links["Generate a plan from it in Python"]
    assert "roadmap=backend" in links["Generate a plan from it in Python"]
