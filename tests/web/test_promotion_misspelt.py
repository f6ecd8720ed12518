"""A promotion misspelt, as learners type it, is read as the promotion and the fix is said, on the shipped catalog.

"get promted to senior backend engineer" was read by `generate` as “senior” → Backend Developer, the whole roadmap,
and by the finder as Backend Developer whole with "We did not understand “promted”"; "promtion to senior dev" was
the manager's topic Career development and engineering ladders; "get promotted" was read as a promotion without a
word of the slip. Now a slip of "promoted" or "promotion" reads as the word, said as every spelling fix is ("read as
“get promoted to senior”", "“promted” as “promoted”"), with its Undo.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def test_generate_reads_a_misspelt_promotion_in_the_job_and_says_the_fix() -> None:
    status, read = generate_answer("get promted to senior backend engineer")
    assert status == 201, read
    assert read["scope"][0]["kind"] == "promotion"
    promotion = next(u for u in read["understood"] if u["said"] == "get promted to senior")
    assert promotion["corrected"] == "get promoted to senior"
    assert "senior preparation included" not in str(read["understood"])
    assert read["not_understood"] == []


def test_generate_on_the_command_line_says_what_the_slip_was_read_as() -> None:
    result = runner.invoke(app, ["generate", "get promted to senior backend engineer"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“get promted to senior” → Backend Developer past its job-ready milestone" in flat
    assert "(read as “get promoted to senior”)" in flat
    assert "Add --plain 'get promted to senior' to read it as typed" in flat


def test_the_finder_reads_a_misspelt_promotion_in_the_job() -> None:
    found = finder_answer("get promted to senior backend engineer", "job")
    message = found["message"]
    assert finder_picks(found)[0] == "backend", message
    assert "We read “get promted to senior” (“promted” as “promoted”) as a promotion: Backend Developer past" in message
    assert "promted" not in found["not_understood"]
    assert found["promotion"]["corrected"] == "get promoted to senior"
    assert found["recommendations"][0]["promoted_from"] is not None


def test_the_finder_page_says_the_fix_and_offers_the_undo() -> None:
    response = Client().get("/finder", {"goal": "get promted to senior backend engineer", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert "We did not understand “promted”" not in page
    assert "“get promted to senior” → Backend Developer past its job-ready milestone" in page
    assert "(read as “get promoted to senior”)" in page
    assert "plain=get+promted+to+senior" in response.content.decode()


@pytest.mark.parametrize(
    ("goal", "said", "slip"),
    [
        ("promtion to senior dev", "promtion to senior", "“promtion” as “promotion”"),  # the level read with it
        ("get promotted", "get promotted", "“promotted” as “promoted”"),
    ],
)
def test_a_misspelt_promotion_with_no_job_is_the_promotion_choice(goal: str, said: str, slip: str) -> None:
    found = finder_answer(goal, "job")
    assert f"We read “{said}” as a promotion ({slip})." in found["message"]
    assert "Career development" not in found["message"]
    assert said in found["read_as_choice"]
    status, read = generate_answer(goal)
    assert status == 404, read
    assert "Career development" not in str(read)


def test_the_generator_choice_says_the_slip() -> None:
    result = runner.invoke(app, ["generate", "get promotted"])
    flat = " ".join(result.output.split())
    assert "Read “get promotted” as “get promoted”." in flat
    assert "choose from: Software Engineer, Backend Developer" in flat


def test_real_words_near_promotion_are_no_promotion() -> None:
    status, read = generate_answer("learn prompt engineering so my prompted llm answers better")
    assert status == 201, read
    assert read["scope"] == []


def test_the_finder_page_lists_a_misspelt_promotion_choice_with_its_fix() -> None:
    response = Client().get("/finder", {"goal": "get promotted", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert "“get promotted” → a promotion (“promotted” as “promoted”)" in page
    assert "plain=get+promotted" in response.content.decode()
