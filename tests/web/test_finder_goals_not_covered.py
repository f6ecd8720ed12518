"""A goal the catalog does not cover is said so by the finder as by the generator, with the same nearest help.

The generator knows "make games with raylib" (raylib and C are not taught: C++ and Game Developer come nearest),
"roblox games" (Luau inside Roblox Studio), "love2d" (LÖVE and Lua) and "3d printing" (not software to learn here;
Embedded Systems only for printer firmware). The finder answered "We did not understand “raylib”" and picked
roadmaps for the field ("games") as if the rest were noise, offered the field question for "love2d", and for "3d
printing" searched the words and picked Game Developer for its 3D games. Now it says what the generator says and
picks the roadmaps the generator names, each saying it is among the nearest; what else the goal says stays read.
"""

from __future__ import annotations

import pytest

from tests.helpers import finder_answer, finder_picks, generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("goal", "picks", "said"),
    [
        ("make games with raylib", ["cpp", "game-developer"], "raylib and the C language it is written for"),
        ("i wanna make roblox games", ["game-developer"], "Roblox games are scripted in Luau"),
        ("love2d", ["game-developer"], "LÖVE (love2d) and Lua"),
        ("3d printing", ["embedded-systems"], "3D printing"),
    ],
)
def test_the_finder_says_what_the_catalog_does_not_cover_as_the_generator_does(
    goal: str, picks: list[str], said: str
) -> None:
    status, refused = generate_answer(goal)
    assert status == 404, refused
    assert said in refused["hint"]  # the generator's own words, which the finder now says too
    found = finder_answer(goal, purpose="hobby")
    assert said in found["message"], found["message"]
    assert "did not understand" not in found["message"]
    assert finder_picks(found) == picks
    assert found["not_understood"] == []
    assert all("one of the nearest" in r["reason"] for r in found["recommendations"]), found["recommendations"]


def test_a_covered_game_goal_is_still_read_as_before() -> None:
    found = finder_answer("make games in godot", purpose="hobby")
    assert "game-developer" in finder_picks(found)
    assert "not in the catalog" not in found["message"]
