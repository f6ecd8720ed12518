"""A goal that leaves a choice says how it read the learner's words with the same Undo a generated roadmap gives:
"switch careers from teaching to tech" said "“teaching”: your background, not something to learn here" on the
choice page, in the CLI's `generate` and in the API's 404 with choices, with no way to undo that reading there."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GOAL = "switch careers from teaching to tech"


class _Undos(HTMLParser):
    """The page's Undo links, by the phrase each reads as typed."""

    def __init__(self) -> None:
        super().__init__()
        self.links: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        label = found.get("aria-label") or ""
        if tag == "a" and label.startswith("Undo: read “"):
            self.links[label.removeprefix("Undo: read “").removesuffix("” as typed")] = found.get("href") or ""


def test_the_api_choice_lists_the_background_reading_to_undo() -> None:
    status, body = generate_answer(GOAL)
    assert status == 404, body
    assert body["choices"]
    # before: the hint said it, and nothing in the answer said the reading could be undone
    [reading] = body["readings"]
    assert reading["said"] == "teaching"
    assert reading["how"] == "background"
    assert reading["line"] == "“teaching” → your background, not something to learn here"
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    status, undone = generate_answer(GOAL, plain=["teaching"])
    assert "your background" not in undone.get("hint", "")
    assert not undone.get("readings")


def test_the_choice_page_has_an_undo_link_for_the_background() -> None:
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": GOAL})
    assert response.status_code == 200
    page = text(response.content)
    assert "“teaching” → your background, not something to learn here" in page
    undos = _Undos()
    undos.feed(response.content.decode())
    assert "teaching" in undos.links  # before: no Undo on the choice page
    again = client.get(undos.links["teaching"])
    assert "your background" not in text(again.content)


def test_the_command_line_says_how_to_undo_it() -> None:
    result = CliRunner().invoke(app, ["generate", GOAL])
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "to choose:" in said
    assert "“teaching” → your background, not something to learn here" in said
    assert "Add --plain teaching to read it as typed" in said
    as_json = CliRunner().invoke(app, ["generate", GOAL, "--json"])
    body = json.loads(as_json.stdout)
    assert [r["said"] for r in body["readings"]] == ["teaching"]
