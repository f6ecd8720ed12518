"""A game made with AI reads "ai" once, and says which, on the shipped catalog.

"make a game with ai" was Game AI and pathfinding beside AI features through an LLM API (188 h, C# first): "ai" read
twice, once through the interpreter's "game ai" across "with" (the game's enemies), once as the common goal "with ai"
(AI features through a model's API). With no learning verb, 04a5cd80's rule for "learn to code games with ai" did not
reach it. Now a game right before a closing "with ai" ("make games with ai", "build a game using ai", "create a game
with chatgpt") is the first game, the AI the assistant the learner makes it with, said in a note that names the other
reading; its Undo gives that other reading, a game with AI in it (Game AI and pathfinding).
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

LLM_TOPICS = {"generative-ai-basics", "prompt-design"}


@pytest.mark.parametrize(
    ("goal", "aid"),
    [
        ("make a game with ai", "with ai"),
        ("i wanna make a game with AI", "with AI"),
        ("make games with ai", "with ai"),
        ("build a game using ai", "using ai"),
        ("create a game with chatgpt", "with chatgpt"),
    ],
)
def test_a_game_made_with_ai_reads_ai_once_as_the_assistant(goal: str, aid: str) -> None:
    # Before: Game AI and pathfinding and AI features through an LLM API (188 h), "ai" read twice
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Your first game"
    assert not LLM_TOPICS & topics_taught(body)
    read = {u["said"]: u for u in body["understood"]}
    assert "game-ai-pathfinding" not in {m["key"] for u in read.values() for m in u["means"]}  # no subject of its own
    assert [m["key"] for m in read[aid]["means"]] == ["studied"]  # once, as how the game is made
    assert sum("ai" in said.lower().split() or "chatgpt" in said.lower() for said in read) == 1
    notes = " ".join(body["notes"])
    assert f"“{aid}”: read as how you learn to make it, with an AI assistant" in notes
    assert "For a game with AI in it" in notes
    assert body["not_understood"] == []


def test_undone_it_is_a_game_with_ai_in_it() -> None:
    status, body = generate_answer("make a game with ai", plain=["with ai"])
    assert status == 201, body
    taught = topics_taught(body)
    assert "game-ai-pathfinding" in taught
    assert not LLM_TOPICS & taught  # still "ai" once


def test_ai_enemies_stay_the_games_own_ai() -> None:
    status, body = generate_answer("make a game with enemy ai")
    assert status == 201, body
    assert "game-ai-pathfinding" in topics_taught(body)


def test_the_page_the_command_line_and_the_finder_say_which() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "make a game with ai"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "read as how you learn to make it, with an AI assistant" in page
    assert "AI features through an LLM API" not in page
    result = runner.invoke(app, ["generate", "make a game with ai"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "--plain 'with ai'" in flat
    assert "Game AI and pathfinding" not in flat.split("For a game with AI in it")[0]
    found = finder_answer("make a game with ai")
    assert "We read “with ai” as how you learn, with an AI assistant" in found["message"]


@pytest.mark.parametrize(
    ("goal", "aid", "title", "engine"),
    [
        ("make a godot game with ai", "with ai", "Godot games", "godot-fundamentals"),
        ("make a unity game using chatgpt", "using chatgpt", "Unity games", "unity-fundamentals"),
        ("make a rust game with ai", "with ai", "Games in Rust", "rust-basics"),
    ],
)
def test_a_game_in_an_engine_made_with_ai_is_read_as_the_game_without_an_engine_is(
    goal: str, aid: str, title: str, engine: str
) -> None:
    # "make a godot game with ai" was Godot beside Game AI and pathfinding, said as “ai” → the game's own AI, where
    # "make a game with ai" is the first game made with an AI assistant: one reading for both, said, with its Undo
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    taught = topics_taught(body)
    assert engine in taught
    assert not (LLM_TOPICS | {"game-ai-pathfinding"}) & taught
    read = {u["said"]: u for u in body["understood"]}
    assert [m["key"] for m in read[aid]["means"]] == ["studied"]
    notes = " ".join(body["notes"])
    assert f"“{aid}”: read as how you learn to make it, with an AI assistant" in notes
    assert "For a game with AI in it" in notes
    assert body["not_understood"] == []
    found = finder_answer(goal)
    assert f"We read “{aid}” as how you learn, with an AI assistant" in found["message"]


def test_undone_a_godot_game_with_ai_has_ai_in_it() -> None:
    status, body = generate_answer("make a godot game with ai", plain=["with ai"])
    assert status == 201, body
    taught = topics_taught(body)
    assert {"game-ai-pathfinding", "godot-fundamentals"} <= taught
    assert not LLM_TOPICS & taught


@pytest.mark.parametrize("goal", ["make a game with ai enemies", "i want to build a game with ai enemies in godot"])
def test_a_game_with_ai_enemies_reads_ai_once_as_the_games_own(goal: str) -> None:
    # "make a game with ai enemies" was Game AI and pathfinding ("game with ai", an alias across "with") beside AI
    # features through an LLM API ("with ai"), "enemies" not understood
    status, body = generate_answer(goal)
    assert status == 201, body
    taught = topics_taught(body)
    assert "game-ai-pathfinding" in taught
    assert not LLM_TOPICS & taught
    assert body["not_understood"] == []
    ai = [u["said"] for u in body["understood"] if "ai" in u["said"].lower().split()]
    assert ai == ["game with ai enemies"]  # once, the whole phrase, undoable
    assert [m["key"] for u in body["understood"] if u["said"] in ai for m in u["means"]] == ["game-ai-pathfinding"]
    assert body["title"].count("Game AI") <= 1
