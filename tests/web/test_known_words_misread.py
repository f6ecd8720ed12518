"""What learners write in "I already know" (and in a goal's clause of what they know) that the product misread, through
the command line's plan, the plan form's preview and the generate API, on the shipped catalog.

"everything except docker" does not know Docker, and "everything" alone names no topic: said, never the whole catalog;
"sequel" is SQL, as people say it, and "excell" is Excel with a letter typed twice; "vue for 3 years" is Vue, three
years of it, never quoted back as “vue for 3”.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from tests.helpers import finder_answer, finder_picks, known_keys, plan_knowing, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


# 5. "everything except docker" does not know Docker; "everything" alone is said, not taken.


def test_everything_except_docker_does_not_count_docker_as_known() -> None:
    plan, said = plan_knowing("everything except docker")
    assert "docker" not in {s["id"] for s in plan["skipped"]}
    assert not known_keys(plan), plan["understood"]
    denied = [u for u in plan["understood"] if u["denied"]]
    assert [ref["key"] for u in denied for ref in u["means"]] == ["docker"]
    assert denied[0]["hedge"] == "except"
    assert "everything" in plan["not_understood"]
    assert "Error handling" not in said


def test_everything_alone_is_said_to_be_not_understood_not_ignored() -> None:
    plan, said = plan_knowing("everything")
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
    plan, said = plan_knowing("sequel, excell")
    assert known_keys(plan) == {"sql-basics", "spreadsheets-for-analysis"}, plan["understood"]
    assert not plan["not_understood"]
    assert "Node.js" not in said
    assert "Ruby" not in said
    excel = next(u for u in plan["understood"] if u["said"] == "excell")
    assert excel["corrected"] == "excel"  # a spelling fix, said and undoable


def test_sequel_in_a_goal_is_sql() -> None:
    found = finder_answer("sequel")
    assert finder_picks(found)[0] == "sql", found["message"]
    assert "Ruby" not in found["message"]
    assert "Node.js" not in found["message"]


# 7. "vue for 3 years" is Vue, three years of it.


@pytest.mark.parametrize("know", ["vue for 3 years", "i have used vue for 3 years", "vue, 3 years", "sql for 2 yrs"])
def test_a_duration_after_what_you_know_is_experience_not_part_of_a_name(know: str) -> None:
    plan, said = plan_knowing(know)
    assert len(plan["understood"]) == 1, plan["understood"]
    assert plan["understood"][0]["said"] in ("vue", "sql")
    assert not plan["not_understood"]
    assert "for 3”" not in said
    assert "for 2”" not in said


def test_how_long_you_have_known_it_in_the_finders_what_you_know() -> None:
    found = finder_answer("learn react", known="vue for 3 years")
    assert [u["said"] for u in found["known_reading"]["understood"]] == ["vue"]
    assert not found["not_understood"]
