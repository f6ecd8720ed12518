"""A promotion to a level a roadmap starts past, asked as learners ask it, on the shipped catalog: one reading.

"promotion to staff engineer" is Software Architect (its alias "staff engineer"), which starts at Mid level and has
no job-ready milestone to start a promotion from. The finder said "We read “staff engineer” as Technical leadership"
and then "We read “promotion to staff” as a promotion: Software Architect, the whole roadmap", two readings sharing
"staff"; the generator said only "“staff engineer” → Software Architect", "promotion" dropped unsaid. Now both say
the promotion and the job's words as one reading, undoable.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

WHOLE = "Software Architect, the whole roadmap: it has no job-ready milestone to start a promotion from"


@pytest.mark.parametrize("goal", ["promotion to staff engineer", "i want a promotion to staff engineer"])
def test_the_finder_says_the_promotion_to_staff_engineer_once(goal: str) -> None:
    found = finder_answer(goal, "job")
    assert finder_picks(found)[0] == "software-architect"
    assert f"We read “promotion to staff engineer” as a promotion: {WHOLE}." in found["message"]
    assert "Technical leadership" not in found["message"]
    assert [m["said"] for m in found["interpretation"]["meanings"]] == []
    assert found["promotion"]["said"] == "promotion to staff engineer"


def test_the_generator_says_the_promotion_rather_than_dropping_it() -> None:
    status, body = generate_answer("promotion to staff engineer")
    assert status == 201, body
    read = {u["said"]: u["means"][0]["name"] for u in body["understood"]}
    assert read == {"promotion to staff engineer": WHOLE}
    result = runner.invoke(app, ["generate", "promotion to staff engineer"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert f"Understood: “promotion to staff engineer” → {WHOLE}" in flat
    assert "Add --plain 'promotion to staff engineer' to read it as typed" in flat


def test_the_finder_page_lists_it_once_with_its_undo() -> None:
    response = Client().get("/finder", {"goal": "promotion to staff engineer", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert f"“promotion to staff engineer” → {WHOLE}" in page
    assert "Technical leadership" not in page
    assert "plain=promotion+to+staff+engineer" in response.content.decode()


def test_undone_it_is_read_as_typed() -> None:
    status, body = generate_answer("promotion to staff engineer", plain=["promotion to staff engineer"])
    assert status == 201, body
    assert "promotion to staff engineer" not in {u["said"] for u in body["understood"]}
