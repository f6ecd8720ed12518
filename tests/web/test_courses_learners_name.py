"""The courses learners name as what they know count for what they teach.

"i did the odin project foundations, some react" answered "Not understood: “odin”, “foundations”", and "i finished
cs50" counted nothing: a learner who had done the best-known free courses was planned from their first HTML
lesson. Now each well-known course counts the catalog topics its syllabus teaches, said by name ("“odin project
foundations” → Git version control, HTML ..."), while what it only introduces (CS50's algorithms) stays in the
plan, and all of it is only started when the learner hedges it ("half of cs50"). "excel pro" says how well, not
something unknown.
"""

from __future__ import annotations

import pytest

from tests.helpers import generate_answer, known_keys, plan_knowing

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("know", "known", "started"),
    [
        (
            "i did the odin project foundations, some react",
            {"html", "css", "css-layout", "git", "javascript-basics", "dom-manipulation"},
            {"react"},
        ),
        ("finished cs50", {"c-programming", "python-basics", "sql-basics", "html", "css"}, set()),
        ("automate the boring stuff", {"python-basics", "python-files-exceptions"}, set()),
        ("freecodecamp responsive web design", {"html", "css", "responsive-design"}, set()),
    ],
)
def test_a_course_counts_what_it_teaches(know: str, known: set[str], started: set[str]) -> None:
    plan, said = plan_knowing(know)
    assert known <= known_keys(plan), (known_keys(plan), said)
    assert "algorithms" not in known_keys(plan)  # CS50 introduces it: still to learn
    assert plan["not_understood"] == [], plan["not_understood"]
    begun = {ref["key"] for u in plan["understood"] if u["started"] for ref in u["means"]}
    assert started <= begun, begun


def test_half_a_course_is_started() -> None:
    plan, _ = plan_knowing("half of cs50")
    begun = {ref["key"] for u in plan["understood"] if u["started"] for ref in u["means"]}
    assert "python-basics" in begun
    assert "python-basics" not in known_keys(plan)


def test_a_course_in_a_goal_is_what_they_know() -> None:
    status, body = generate_answer("i did the odin project foundations and want to learn react")
    assert status == 201, body
    assert body["title"] == "React"
    assert body["not_understood"] == []
    assert "HTML and semantic markup" in {s["name"] for s in body["skipped"]}


def test_how_well_is_no_unknown_word() -> None:
    plan, _ = plan_knowing("excel pro, sql basics")
    assert plan["not_understood"] == []
