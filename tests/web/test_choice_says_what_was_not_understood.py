"""A goal that leaves a choice says what nothing in it read, as the finder does.

"learn to code, i like cooking" answered with the choice of a first language and not a word about "cooking":
the rest of the goal vanished, on the page, in the API and in the CLI, while the finder said "We did not understand
“cooking”". Words of a promotion belong to the choice ("senior" of "get promoted to senior dev"), and the words of a
move to its move ("careers" of "switch careers from nursing into tech", which both said was not understood).
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_answer, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    ("goal", "unread", "a_choice"),
    [
        ("learn to code, i like cooking", "“cooking”", "Python"),
        ("i want a job in tech, i love dogs", "“dogs”", "Frontend Developer"),
        ("web developer, my favourite color is blue", "“blue”", "Backend Developer"),
    ],
)
def test_the_api_choice_names_the_words_nothing_read(goal: str, unread: str, a_choice: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert a_choice in [c["name"] for c in body["choices"]]  # still the choice it was
    said = body["hint"].split("the catalog has no roadmap or topic named ", 1)  # before: the hint never said it
    assert len(said) == 2, body["hint"]
    assert unread in said[1], body["hint"]


@pytest.mark.parametrize(
    "goal",
    [
        "learn to code",
        "how do i get promoted to senior dev",
        "web developer",
        "switch careers from nursing into tech",
        "i want to switch careers from teaching to tech",
    ],
)
def test_a_choice_with_every_word_read_says_nothing_is_missing(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    assert "no roadmap or topic named" not in body["hint"], body["hint"]  # "senior" is the promotion's level
    assert "did not understand" not in finder_answer(goal)["message"]  # before: “careers” on a move


def test_the_finder_still_names_what_it_did_not_understand_beside_a_choice() -> None:
    assert "We did not understand “cooking”" in finder_answer("learn to code, i like cooking")["message"]
    assert "We did not understand “blorptastic”" in finder_answer("learn to code blorptastic")["message"]


def test_the_choice_page_and_the_cli_say_it_too() -> None:
    goal = "learn to code, i like cooking"
    page = text(Client().get("/roadmaps/generate", {"goal": goal}).content)
    assert "Python" in page
    assert "no roadmap or topic named “cooking”" in page  # before: the page never mentioned it
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 1
    assert "no roadmap or topic named “cooking”" in " ".join(result.stderr.split())
