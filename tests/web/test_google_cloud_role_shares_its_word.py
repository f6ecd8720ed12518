"""A role whose name begins with the cloud's last word ("google cloud engineer") is the whole role on that cloud, as
"gcp cloud engineer" is.

"google cloud engineer" and "google cloud computing" were Cloud Engineer cut to its foundations beside Google Cloud,
with a note to list the two side by side: the cloud's name and the role's share the word "cloud", so the goal was not
read as two phrases one after the other. The same goal said with "gcp" was the whole roadmap.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import generated

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _plan(roadmap: dict[str, Any]) -> list[tuple[str, float]]:
    """The phases a roadmap gives, each with its hours."""
    return [(p["title"], p["hours"]) for p in roadmap["phases"]]


def _notes(roadmap: dict[str, Any], *quoted: tuple[str, str]) -> list[str]:
    """The roadmap's notes with the words the learner typed put as another goal said them."""
    notes = []
    for note in roadmap["notes"]:
        for said, other in quoted:
            note = note.replace(f"“{said}”", f"“{other}”")
        notes.append(note)
    return notes


@pytest.mark.parametrize(
    ("goal", "same_as"),
    [
        ("google cloud engineer", "gcp cloud engineer"),  # were 7 phases, 433 h, "Beside each other …"
        ("google cloud computing", "gcp cloud engineer"),
        ("i want to be a google cloud engineer", "i want to be a gcp cloud engineer"),
    ],
)
def test_google_cloud_said_in_full_gives_the_roadmap_gcp_gives(goal: str, same_as: str) -> None:
    roadmap, other = generated(goal), generated(same_as)
    assert roadmap["title"] == other["title"] == "Cloud Engineer on Google Cloud"
    assert _plan(roadmap) == _plan(other)
    assert roadmap["total_hours"] == other["total_hours"]
    assert _notes(roadmap, ("google cloud", "gcp")) == other["notes"]
    assert not [n for n in roadmap["notes"] if n.startswith("Beside each other")]


@pytest.mark.parametrize(
    ("goal", "title", "phases", "hours"),
    [
        ("gcp cloud engineer", "Cloud Engineer on Google Cloud", 8, 608),
        ("azure cloud engineer", "Cloud Engineer on Microsoft Azure", 8, 608),
        ("google cloud", "Google Cloud fundamentals", 4, 60),
    ],
)
def test_the_cloud_alone_or_said_short_keeps_its_roadmap(goal: str, title: str, phases: int, hours: int) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert len(roadmap["phases"]) == phases
    assert roadmap["total_hours"] == hours
