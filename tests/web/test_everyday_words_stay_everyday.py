"""Everyday English words are never read as misspelt goal words, as learners type them, on the shipped catalog:
through the generate API, the page, the command line and the finder, while real slips are still fixed.

Before: the spelling fixer read one in twenty dictionary words of four letters or more as a slip of a catalog word
("profits" → profiles, "genetic" → generic, "condo" → conda, "aisle" → agile), and the common goals' fixer read
"steam app" as a streaming app and "discard bot" as a Discord bot; each was said and undoable, but a learner who
typed plain English had to undo what they never misspelt.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

EVERYDAY = [
    ("learn sql to track profits", "profits", "Python performance and profiling"),
    ("genetic algorithms in python", "genetic", "TypeScript"),
    ("learn excel for my condo association", "condo", "Virtual environments"),
    ("a steam app to track my games", "steam app", "Full-Stack Developer"),
]


@pytest.mark.parametrize(("goal", "word", "misread_as"), EVERYDAY)
def test_an_everyday_word_is_never_read_as_a_slip_of_a_goal_word(goal: str, word: str, misread_as: str) -> None:
    status, body = generate_answer(goal)
    assert status in (201, 404), body
    said = [u for u in body.get("understood", []) if u["said"] == word]
    assert not [u for u in said if u.get("corrected")], said  # no "(read as …)" fix of plain English
    names = [m["name"] for u in said for m in u["means"]]
    assert not any(name.startswith(misread_as) for name in names), names
    assert misread_as not in body.get("title", "")


def test_a_discard_pile_is_no_discord_bot() -> None:
    status, body = generate_answer("a discard bot")
    assert not any("discord" in (u.get("corrected") or "") for u in body.get("understood", [])), body
    assert "Discord" not in " ".join(body.get("notes", []))
    assert status == 404 or "asyncio" not in body.get("title", "")


@pytest.mark.parametrize(
    ("goal", "typed", "fixed", "title"),
    [
        ("pyhton", "pyhton", "python", "Python"),
        ("javscript", "javscript", "javascript", "JavaScript"),
        ("learn kuberentes", "kuberentes", "kubernetes", "Kubernetes"),
        ("a discrod bot in python", "discrod bot", "discord bot", "Chat bots"),
    ],
)
def test_real_slips_are_still_fixed_and_said(goal: str, typed: str, fixed: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    reading = next(u for u in body["understood"] if u["said"] == typed)
    assert reading["corrected"] == fixed
    assert body["title"].startswith(title)


def test_everyday_words_on_the_page_the_command_line_and_the_finder() -> None:
    page = text(Client().get("/roadmaps/generate", {"goal": "learn sql to track profits"}, follow=True).content)
    assert "read as “profiles”" not in page
    assert "SQL" in page
    result = runner.invoke(app, ["generate", "genetic algorithms in python"])
    assert "read as “generic”" not in result.output
    assert "TypeScript" not in result.output.splitlines()[0]
    found = finder_answer("genetic algorithms in python")
    assert "generic" not in found["message"]
    assert "TypeScript" not in found["message"]
