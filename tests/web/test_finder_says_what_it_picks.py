"""The finder's words say the roadmap it picks for a phrase, on the shipped catalog.

"staff engineer" is an alias of the Software Architect roadmap and of the topic Technical leadership. The finder picked
Software Architect ("You asked for “staff engineer”: that is the Software Architect roadmap") while its message and the
page's "How we read you" said "We read “staff engineer” as Technical leadership"; so with "promotion to staff
engineer" undone (read word by word), "tech lead", "principal engineer" and "redux" (React, and Frontend state
management). The generator already says “staff engineer” → Software Architect. Now the words name what is picked.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def test_promotion_to_staff_engineer_undone_says_the_roadmap_it_picks() -> None:
    found = finder_answer("promotion to staff engineer", "job", plain=["promotion to staff engineer"])
    assert finder_picks(found)[0] == "software-architect"
    assert "“staff engineer” as Software Architect" in found["message"]
    assert "“staff engineer” as Technical leadership" not in found["message"]


@pytest.mark.parametrize(
    ("goal", "pick", "title"),
    [
        ("i want to become a staff engineer", "software-architect", "Software Architect"),
        ("tech lead", "software-architect", "Software Architect"),
        ("how do i become a principal engineer", "software-architect", "Software Architect"),
        ("learn redux", "react", "React"),
    ],
)
def test_a_phrase_naming_the_first_pick_is_said_as_it(goal: str, pick: str, title: str) -> None:
    found = finder_answer(goal, "job")
    assert finder_picks(found)[0] == pick
    said = next(m["said"] for m in found["interpretation"]["meanings"] if m["said"] in goal)
    assert f"We read “{said}” as {title}" in found["message"], found["message"]


def test_the_page_and_the_command_line_say_it_too() -> None:
    response = Client().get(
        "/finder", {"goal": "promotion to staff engineer", "purpose": "job", "plain": "promotion to staff engineer"}
    )
    assert response.status_code == 200
    page = text(response.content)
    assert "“staff engineer” → Software Architect" in page
    assert "“staff engineer” → Technical leadership" not in page
    result = runner.invoke(app, ["finder", "--goal", "tech lead", "--purpose", "job", "--hours", "10"])
    assert result.exit_code == 0, result.output
    assert "We read “tech lead” as Software Architect." in " ".join(result.output.split())
