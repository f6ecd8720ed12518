"""What learners write in "I already know" (and in a goal's clause of what they know) that the product misread, through
the command line's plan, the plan form's preview and the generate API, on the shipped catalog.

"everything except docker" does not know Docker, and "everything" alone names no topic: said, never the whole catalog;
"sequel" is SQL, as people say it, and "excell" is Excel with a letter typed twice; "vue for 3 years" is Vue, three
years of it, never quoted back as “vue for 3”.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def _finder(goal: str, purpose: str = "job", known: str = "", plain: list[str] | None = None) -> dict[str, Any]:
    sent: dict[str, Any] = {"goal": goal, "purpose": purpose, "known": known}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/finder", sent, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def _picks(found: dict[str, Any]) -> list[str]:
    return [r["slug"] for r in found["recommendations"]]


def _generate(goal: str, plain: list[str] | None = None) -> tuple[int, dict[str, Any]]:
    sent: dict[str, Any] = {"goal": goal}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/roadmaps/generate", sent, content_type="application/json")
    body: dict[str, Any] = response.json()
    return response.status_code, body


def _known(know: str) -> tuple[dict[str, Any], str]:
    """A plan of Backend Developer on the command line, knowing `know`: its JSON, and what it said on stderr."""
    result = runner.invoke(app, ["plan", "backend", "--know", know, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), " ".join(result.stderr.split())


def _known_keys(plan: dict[str, Any]) -> set[str]:
    return {ref["key"] for u in plan["understood"] if not (u["started"] or u["denied"]) for ref in u["means"]}


# 5. "everything except docker" does not know Docker; "everything" alone is said, not taken.


def test_everything_except_docker_does_not_count_docker_as_known() -> None:
    plan, said = _known("everything except docker")
    assert "docker" not in {s["id"] for s in plan["skipped"]}
    assert not _known_keys(plan), plan["understood"]
    denied = [u for u in plan["understood"] if u["denied"]]
    assert [ref["key"] for u in denied for ref in u["means"]] == ["docker"]
    assert denied[0]["hedge"] == "except"
    assert "everything" in plan["not_understood"]
    assert "Error handling" not in said


def test_everything_alone_is_said_to_be_not_understood_not_ignored() -> None:
    plan, said = _known("everything")
    assert plan["not_understood"] == ["everything"]
    assert not plan["skipped"]
    assert "Not understood: “everything”" in said


def test_everything_except_docker_on_the_plan_preview() -> None:
    form = {"roadmap": "backend", "hours": "10", "level": "beginner", "known": "everything except docker"}
    page = Client().post("/generate/preview", form, headers={"HX-Request": "true"})
    said = text(page.content)
    assert "you said “except”, so it is not counted as known" in said
    assert "“everything”" in said
    assert "Error handling and logging" not in said


# 6. "sequel" is SQL, as people say it; "excell" is Excel.


def test_sequel_is_sql_and_excell_is_excel_in_what_you_know() -> None:
    plan, said = _known("sequel, excell")
    assert _known_keys(plan) == {"sql-basics", "spreadsheets-for-analysis"}, plan["understood"]
    assert not plan["not_understood"]
    assert "Node.js" not in said
    assert "Ruby" not in said
    excel = next(u for u in plan["understood"] if u["said"] == "excell")
    assert excel["corrected"] == "excel"  # a spelling fix, said and undoable


def test_sequel_in_a_goal_is_sql() -> None:
    found = _finder("sequel")
    assert _picks(found)[0] == "sql", found["message"]
    assert "Ruby" not in found["message"]
    assert "Node.js" not in found["message"]


# 7. "vue for 3 years" is Vue, three years of it.


@pytest.mark.parametrize("know", ["vue for 3 years", "i have used vue for 3 years", "vue, 3 years", "sql for 2 yrs"])
def test_a_duration_after_what_you_know_is_experience_not_part_of_a_name(know: str) -> None:
    plan, said = _known(know)
    assert len(plan["understood"]) == 1, plan["understood"]
    assert plan["understood"][0]["said"] in ("vue", "sql")
    assert not plan["not_understood"]
    assert "for 3”" not in said
    assert "for 2”" not in said


def test_how_long_you_have_known_it_in_the_finders_what_you_know() -> None:
    found = _finder("learn react", known="vue for 3 years")
    assert [u["said"] for u in found["known_reading"]["understood"]] == ["vue"]
    assert not found["not_understood"]
