"""Phase titles of generated roadmaps, read as a learner reads them through `roadmapfinder generate --json`: a
title names what its phase teaches, never a neighbour's subject, and no two phases of a roadmap share one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import generated_phases

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

#: Things a title can name that a phase teaches only if one of its skills says so.
SUBJECTS = ("Block Themes", "WordPress", "JavaScript", "Unity", "Unreal", "CMake", "Laravel", "React", "SQL", "Workers")


def test_the_phase_teaching_html_and_css_for_wordpress_sites_is_not_titled_after_block_themes() -> None:
    phases = generated_phases("i want to make wordpress websites for clients")
    web = next(p for p in phases if {"html", "css"} <= {s["topic"] for s in p["core_skills"]})
    assert "block" not in web["title"].lower(), web["title"]
    assert "theme" not in web["title"].lower(), web["title"]


@pytest.mark.parametrize(
    "goal",
    [
        "i want to make wordpress websites for clients",
        "i want to build a saas",
        "build a todo app with react",
        "arduino projects and linker scripts",
    ],
)
def test_no_two_phases_of_a_roadmap_share_a_title(goal: str) -> None:
    titles = [p["title"] for p in generated_phases(goal)]
    assert len(set(titles)) == len(titles), titles
    assert not any(t.endswith(")") and t.rsplit("(", 1)[-1][:-1].isdigit() for t in titles), titles


@pytest.mark.parametrize(
    "goal",
    [
        "i want to make wordpress websites for clients",
        "i wanna make money building websites",
        "build a vs code extension",
        "build a saas",
    ],
)
def test_a_title_names_only_what_its_phase_teaches(goal: str) -> None:
    for phase in generated_phases(goal):
        assert not _named_not_taught(phase), (phase["title"], [s["name"] for s in phase["core_skills"]])


def test_the_cpp_game_roadmap_names_neither_unity_nor_what_a_phase_does_not_teach() -> None:
    phases = generated_phases("learn c++ for game development")
    assert not any("unity" in p["title"].lower() for p in phases), [p["title"] for p in phases]
    for phase in phases:  # "Classes, Ownership and CMake" over classes and RAII, with CMake nowhere
        assert not _named_not_taught(phase), (phase["title"], [s["name"] for s in phase["core_skills"]])


def _named_not_taught(phase: dict[str, Any]) -> list[str]:
    skills = " ".join(s["name"] for s in phase["core_skills"]).lower()
    return [s for s in SUBJECTS if s.lower() in phase["title"].lower() and s.lower() not in skills]


@pytest.mark.parametrize("goal", ["build a discord bot", "learn c++ for game development"])
def test_a_title_listing_topics_says_where_each_topic_ends(goal: str) -> None:
    """Topic names hold their own "and" ("WebSockets and real-time communication"): a title listing several joins
    them so a learner can tell them apart, never "A, B and C and D"."""
    for phase in generated_phases(goal):
        names = [s["name"] for s in phase["core_skills"]]
        if len(names) > 1 and phase["title"].startswith(names[0]) and phase["title"].count(" and ") > 1:
            assert " · " in phase["title"], phase["title"]
