"""Coding with AI, as learners write it, on the shipped catalog.

"coding with ai" and "code with ai", with no learning verb, were “with ai” → AI features through an LLM API
(generative AI concepts, prompt design, API keys; 85 h) and the finder offered AI Engineer first: a learner who
writes it most often means working with AI coding assistants, which the catalog teaches (AI coding assistants and
agents; "vibe coding" already read so). "learn to code games with ai" was Game AI and pathfinding beside AI features
(188 h, C# first): "ai" read twice, once as the game's enemies and once as an LLM, where "with ai" after what is
learnt is how the learner studies, as "learn to code with ai" and "learn python with ai" are. Each reading is said in
a note with the words for the others, and undoable.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

LLM_FEATURES = {"generative-ai-basics", "prompt-design", "api-authentication"}


def _taught(body: dict[str, Any]) -> set[str]:
    return {s["topic"] for p in body["phases"] for s in p["core_skills"]}


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("coding with ai", "coding with ai"),
        ("code with ai", "code with ai"),
        ("i want to get better at coding with ai", "coding with ai"),
        ("programming using chatgpt", "programming using chatgpt"),
    ],
)
def test_coding_with_ai_is_working_with_ai_coding_assistants(goal: str, said: str) -> None:
    # Before: “with ai” → AI features through an LLM API, 85 h
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Coding with AI assistants"
    assert "ai-coding-assistants" in _taught(body)
    assert not LLM_FEATURES & _taught(body)
    read = {u["said"]: u for u in body["understood"]}
    assert read[said]["how"] == "synonym"  # our reading, the learner's to undo
    assert read[said]["means"] == [{"key": "ai-coding-assistants", "name": "AI coding assistants and agents"}]
    notes = " ".join(body["notes"])
    assert "Read as coding with AI assistants" in notes
    assert "write “learn to code with ai”" in notes
    assert "write “ai features”" in notes
    assert body["not_understood"] == []
    undone_status, undone = generate_answer(goal, plain=[said])  # as typed: AI features, as before
    assert undone_status == 201, undone
    assert _taught(undone) >= LLM_FEATURES
    assert "ai-coding-assistants" not in _taught(undone)


@pytest.mark.parametrize(
    ("goal", "aid", "as_typed"),
    [
        ("learn to code games with ai", "with ai", "game-ai-pathfinding"),  # "games with ai": the game's AI
        ("i want to learn to code games using chatgpt", "using chatgpt", "llm-fundamentals"),  # "chatgpt"'s alias
    ],
)
def test_learning_to_code_games_with_ai_is_learning_to_make_games_studied_with_an_assistant(
    goal: str, aid: str, as_typed: str
) -> None:
    # Before: Game AI and pathfinding and AI features through an LLM API, 188 h
    status, body = generate_answer(goal)
    _, alone = generate_answer("learn to code games")
    assert status == 201, body
    assert body["title"] == alone["title"]
    assert _taught(body) == _taught(alone)
    assert not LLM_FEATURES & _taught(body)
    notes = " ".join(body["notes"])
    assert "how you learn, with an AI assistant, which changes nothing in what to learn (“code games”)" in notes
    assert "For the game's own AI" in notes
    assert "write “game ai”" in notes
    assert body["not_understood"] == []
    undone_status, undone = generate_answer(goal, plain=[aid])  # as typed, as the words say
    assert undone_status == 201, undone
    assert as_typed in _taught(undone)
    assert "how you learn" not in " ".join(undone["notes"])


def test_the_finder_reads_coding_with_ai_as_the_generator_does() -> None:
    # Before: “with ai” as AI features through an LLM API: AI Engineer and Prompt Engineering first
    found = finder_answer("coding with ai")
    assert "We read “coding with ai” as Coding with AI assistants" in found["message"]
    assert finder_picks(found)[0] == "software-engineer", found["message"]
    assert "ai-engineer" not in finder_picks(found)
    assert found["not_understood"] == []
    assert "coding with ai" in found["interpretation"]["text"]
    undone = finder_answer("coding with ai", plain=["coding with ai"])
    assert finder_picks(undone)[0] == "ai-engineer"


def test_the_finder_reads_learning_to_code_games_with_ai_as_learning_games() -> None:
    # Before: "We read “games with ai” as Game AI and pathfinding."
    found = finder_answer("learn to code games with ai", "hobby")
    assert finder_picks(found)[0] == "game-developer", found["message"]
    assert "Game AI" not in found["message"]
    assert "“with ai” as how you learn, with an AI assistant" in found["message"]
    assert found["not_understood"] == []


def test_coding_with_ai_on_the_page_and_the_command_line() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "coding with ai"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "Coding with AI assistants" in page
    assert "“coding with ai” → AI coding assistants and agents" in page
    assert "plain=coding+with+ai" in response.content.decode()
    result = runner.invoke(app, ["generate", "code with ai"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“code with ai” → AI coding assistants and agents" in flat
    assert "Add --plain 'code with ai' to read it as typed" in flat
    status, body = generate_answer("learn to code with ai")  # with a learning verb, still where to start
    assert status == 404, body
    assert "“with ai”: how you learn, with an AI assistant" in body["hint"]
