"""“with ai” read as how the learner studies has its Undo, as every other reading has, on the shipped catalog.

"learn python with ai" is the Python roadmap, "with ai" read as how the learner studies with an AI assistant. That
reading was said only in a note: the generated page listed “python” → Python alone, with no Undo for "with ai", the
command line printed no `--plain 'with ai'`, and the finder neither; yet `plain` took it back (AI features, as typed).
Now it is a reading of its own on every surface, undoable.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


@pytest.mark.parametrize("goal", ["learn python with ai", "i want to learn javascript using chatgpt"])
def test_the_study_aid_is_a_reading_with_its_undo_in_the_api(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    aids = [u for u in body["understood"] if u["how"] == "studied"]
    assert len(aids) == 1, body["understood"]
    said = aids[0]["said"]
    assert said in goal
    assert aids[0]["means"][0]["name"] == "how you learn, with an AI assistant, not something to learn"
    _, undone = generate_answer(goal, plain=[said])
    assert all(u["how"] != "studied" for u in undone["understood"])


def test_the_generated_page_lists_the_study_aid_with_its_undo() -> None:
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": "learn python with ai"})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "“with ai” → how you learn, with an AI assistant, not something to learn Undo" in text(page.content)
    assert "plain=with+ai" in page.content.decode()


def test_the_command_line_offers_the_study_aids_undo() -> None:
    result = runner.invoke(app, ["generate", "learn python with ai"])
    assert result.exit_code == 0, result.output
    assert "Add --plain 'with ai' to read it as typed" in " ".join(result.output.split())
    found = runner.invoke(app, ["finder", "--goal", "learn python with ai", "--purpose", "job"])
    assert found.exit_code == 0, found.output
    assert "Add --plain 'with ai' to read it as typed" in " ".join(found.output.split())


@pytest.mark.parametrize("goal", ["learn python with ai", "learn to code with ai"])
def test_the_finder_lists_the_study_aid_with_its_undo(goal: str) -> None:
    assert finder_answer(goal, "job")["studied"] == ["with ai"]
    response = Client().get("/finder", {"goal": goal, "purpose": "job"})
    page = text(response.content)
    assert "“with ai” → how you learn, with an AI assistant, not something to learn Undo" in page
    assert "plain=with+ai" in response.content.decode()
