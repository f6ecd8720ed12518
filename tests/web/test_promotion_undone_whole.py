"""One undo takes back a promotion's whole reading, on the shipped catalog.

"i want to get promoted to senior backend engineer" is read as a promotion, “get promoted to senior” → Backend
Developer past its job-ready milestone. Undone, its words were read again one by one: “senior” → Backend Developer,
the whole roadmap, its senior preparation included, with "Add --plain senior" to undo that too, and "promoted to" as
a first job's cut once "senior" was undone as well, while "promoted" was said neither read nor not understood (the
promotion's common goal, "promoted to", still read inside the undone phrase, had replaced it). Now nothing inside the
undone phrase is read by another curated reading (the rule `goals._in_undone` gave the managed Kubernetes names,
shared as `undone.in_undone`): its words are read as typed.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

PROMOTIONS = [
    ("i want to get promoted to senior backend engineer", "get promoted to senior", "Backend Developer"),
    ("get promoted to senior python developer", "get promoted to senior", "Python"),
    ("senior devops engineer promotion", "senior devops engineer promotion", "DevOps Engineer"),
]


def _curated_inside(body: dict[str, Any], undone: str) -> list[str]:
    """The readings of words inside the undone phrase that say more than the words as typed (an Undo of their own)."""
    inside = f" {undone} "
    return [
        u["said"]
        for u in body["understood"]
        if f" {u['said'].lower()} " in inside and u["how"] not in ("name", "alias")
    ]


@pytest.mark.parametrize(("goal", "said", "title"), PROMOTIONS)
def test_an_undone_promotion_leaves_none_of_its_words_read_otherwise(goal: str, said: str, title: str) -> None:
    status, read = generate_answer(goal)
    assert status == 201, read
    assert read["scope"][0]["kind"] == "promotion"
    assert said in [u["said"] for u in read["understood"]]
    # Before: “senior” → the whole roadmap, its senior preparation included (a reading of its own, to undo again)
    status, undone = generate_answer(goal, plain=[said])
    assert status == 201, undone
    assert _curated_inside(undone, said) == [], undone["understood"]
    assert undone["scope"] == []
    # as typed, word by word: the job, "promoted" as the interpreter reads it (never dropped unsaid), "senior" nothing
    assert title in undone["title"]
    assert "Career development and engineering ladders" in undone["title"]
    assert undone["not_understood"] == ["senior"]


def test_an_undone_promotion_offers_no_second_undo_on_the_command_line_or_the_page() -> None:
    goal, said = "i want to get promoted to senior backend engineer", "get promoted to senior"
    result = runner.invoke(app, ["generate", goal, "--plain", said])
    assert result.exit_code == 0, result.output
    assert "--plain senior" not in result.output
    assert "senior preparation included" not in result.output
    response = Client().get("/roadmaps/generate", {"goal": goal, "plain": said}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "“senior” →" not in page
    assert "its senior preparation included" not in page
