"""A game framework named without its language is that language's game path, and an everyday word is never one.

"make a game with bevy" and "learn bevy" were The Rust crate ecosystem by domain (50 h of crates, "bevy" being its
alias) with "“game” names a whole field"; "make a game with pygame", "phaser game" and "make a game with monogame" were
Unity's path with the framework "what it is for". bf9a5db1 read them as the language's game path and was reverted
(d14d50f3): the common goals' spelling fix read the English word "phase" as Phaser, so "backend phase 3" became Games in
JavaScript beside Backend Developer. Now a framework's name is read only as typed (`GoalSense.as_typed`), and so is
Unreal's ("unrelated to games" was read as “unreal game”).
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

FIRST_GAME = {"game-dev-fundamentals", "game-engine-choice", "game-math"}


@pytest.mark.parametrize(
    ("goal", "title", "framework"),
    [
        ("make a game with bevy", "Games in Rust", "Bevy"),
        ("learn bevy", "Games in Rust", "Bevy"),
        ("bevy game tutorial", "Games in Rust", "Bevy"),
        ("i want to make games with bevy engine", "Games in Rust", "Bevy"),
        ("make a game in rust with bevy", "Games in Rust", "Bevy"),
        ("make a game with pygame", "Games in Python", "pygame"),
        ("i want to make games with pygame", "Games in Python", "pygame"),
        ("phaser game", "Games in JavaScript", "Phaser"),
        ("make a game with phaser 3", "Games in JavaScript", "Phaser"),
        ("make a game with monogame", "Games in C#", "MonoGame"),
    ],
)
def test_a_game_framework_named_alone_is_its_languages_game_path(goal: str, title: str, framework: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert body["not_understood"] == []
    taught = topics_taught(body)
    assert taught >= FIRST_GAME
    assert not taught & {"rust-ecosystem-crates", "unity-fundamentals"}  # no Unity, not the crates topic
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert f"{title} Roadmap" in out
    assert "names a whole field" not in out
    assert framework in out  # named as not taught, never silently
    assert "not in the catalog" in out
    assert "Not what you meant?" in out  # the reading can be undone


def test_undone_bevy_is_the_crates_topic_again() -> None:
    status, body = generate_answer("make a game with bevy", plain=["game with bevy"])
    assert status == 201, body
    assert "rust-ecosystem-crates" in topics_taught(body)
    assert body["title"] != "Games in Rust"


@pytest.mark.parametrize(
    ("goal", "title", "slug"),
    [("make a game with pygame", "Games in Python", "python"), ("phaser game", "Games in JavaScript", "javascript")],
)
def test_the_finder_reads_a_framework_as_the_generator_does(goal: str, title: str, slug: str) -> None:
    # the finder said "We read “game” as the field of making games. We did not understand “pygame”" and offered
    # Game Developer, C# and C++
    found = finder_answer(goal)
    assert f"as {title}" in found["message"]
    assert "did not understand" not in found["message"]
    assert finder_picks(found)[0] == slug


@pytest.mark.parametrize(
    ("goal", "said"), [("raylib game in c", "raylib"), ("make a game with love2d", "Lua"), ("love2d", "Lua")]
)
def test_a_game_framework_in_a_language_the_catalog_lacks_is_said_plainly(goal: str, said: str) -> None:
    # "raylib game in c" and "make a game with love2d" were Unity's path with "“raylib”: what it is for"
    response = Client().get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 404
    page = text(response.content.decode())
    assert said in page
    assert "not in the catalog" in page
    assert "Game Developer" in page
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "not in the catalog" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("backend phase 3", "Backend Developer"),
        ("phases of devops", "DevOps Engineer"),
        ("phrase search in postgres", None),
        ("the chaser in my game", "Your first game"),
        ("i love 2d games", "2D game development"),
        ("unrelated to games, learn sql", "SQL"),
    ],
)
def test_an_everyday_word_is_never_a_game_framework(goal: str, title: str | None) -> None:
    # "phase" was read as a slip of "phaser" (Games in JavaScript), "love 2d" as LÖVE, "unrelated" as "unreal"
    status, body = generate_answer(goal)
    assert status == 201, body
    if title:
        assert body["title"] == title
    said = " ".join([body["title"], *body["notes"]])
    for framework in ("Phaser", "LÖVE", "Unreal", "Games in"):
        assert framework not in said
    assert not any(u["corrected"] for u in body["understood"])  # no spelling fix towards a name
    assert "Phaser" not in finder_answer(goal)["message"]
