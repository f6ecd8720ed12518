"""A language named with "backend", as learners type it, is Backend Developer in that language, as "python backend"
is: through the generate API, the page, the command line and the finder, on the shipped catalog.

Before: "typescript backend", "php backend" and "kotlin backend" were the Node.js roadmap, the PHP roadmap and the Ktor
topic (their aliases), the role left out.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


@pytest.mark.parametrize(
    ("goal", "said", "stack", "title"),
    [
        ("typescript backend", "typescript", "typescript", "Backend Developer in TypeScript"),
        ("php backend", "php", "php", "Backend Developer in PHP"),
        ("kotlin backend", "kotlin", "kotlin", "Backend Developer in Kotlin"),
        ("i want to be a kotlin backend developer", "kotlin", "kotlin", "Backend Developer in Kotlin"),
    ],
)
def test_a_language_with_backend_is_the_backend_role_in_it_as_python_backend_is(
    goal: str, said: str, stack: str, title: str
) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert body["stack"] == stack
    assert body["not_understood"] == []
    reading = next(u for u in body["understood"] if u["how"] == "stack")
    assert reading["said"] == said
    undo_status, undone = generate_answer(goal, plain=[said])  # as typed: the language's roadmap beside the role
    assert undo_status == 201, undone
    assert undone["stack"] is None
    result = runner.invoke(app, ["generate", goal])
    assert title in result.output
    assert finder_picks(finder_answer(goal))[0] == "backend"


def test_a_language_with_backend_on_the_page() -> None:
    page = text(Client().get("/roadmaps/generate", {"goal": "typescript backend"}, follow=True).content)
    assert "Backend Developer in TypeScript" in page
    assert "in TypeScript" in page
