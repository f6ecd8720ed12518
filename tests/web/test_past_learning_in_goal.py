"""Past learning said inside a goal without "i", or in other words than "i know", as learners type it, over the
generator's API, page and command line and the finder, on the shipped catalog: what the learner learned, studied, took
a class or a course in, finished or went through is what they know, said with an Undo, never a second subject to learn.

Before: "learned python last year, want data analyst" built "Python and Data Analyst" (Python a second subject) and
said “learned” was not understood, while "i learnt html last year, now react" read HTML as known; "took an sql class at
uni" left “class” and “uni” not understood; "completed cs50, want backend developer" built "Computer Science and
Backend Developer"; "been through the odin project" left “odin” not understood. "i have 6 years of experience in
manual testing, want automation" asked which roadmap "automation" meant, though the tester's automation is test
automation.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import (
    finder_answer,
    finder_picks,
    generate_answer,
    generated,
    generated_page,
    names_read,
    reading_of,
    topics_taught,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


#: (goal, the clause said as what the learner knows, the roadmap built, a topic it makes known)
PAST = [
    ("learned python last year, want data analyst", "learned python last year", "Data Analyst", "Python basics"),
    ("did a python course in 2023, want data analyst", "did a python course in 2023", "Data Analyst", "Python basics"),
    ("took an sql class at uni, want data analyst", "took an sql class at uni", "Data Analyst", "SQL basics"),
    (
        "studied java in college, want backend developer",
        "studied java in college",
        "Backend Developer in Java",
        "Java basics",
    ),
    (
        "finished a javascript bootcamp, want react",
        "finished a javascript bootcamp",
        "React",
        "JavaScript syntax and types",
    ),
    (
        "completed cs50, want backend developer",
        "completed cs50",
        "Backend Developer in Python",  # CS50's Python, the one backend language it teaches
        "C programming and manual memory",
    ),
    (
        "been through the odin project, want react",
        "been through the odin project",
        "React",
        "The DOM and browser events",
    ),
    (
        "python (self taught, 2 years), want data analyst",
        "python (self taught, 2 years)",
        "Data Analyst",
        "Python basics",
    ),
    ("know some sql from work, want data analyst", "know some sql from work", "Data Analyst", "SQL basics"),
    ("i took an sql class at uni, want data analyst", "i took an sql class at uni", "Data Analyst", "SQL basics"),
    (
        "went through cs50 last year. now backend",
        "went through cs50 last year",
        "Backend Developer in Python",
        "SQL basics",
    ),
]


@pytest.mark.parametrize(("goal", "said", "title", "topic"), PAST)
def test_past_learning_is_what_the_learner_knows_not_a_second_subject(
    goal: str, said: str, title: str, topic: str
) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title  # before: "Python and Data Analyst", "Computer Science and Backend Developer"...
    reading = reading_of(roadmap, said)
    assert reading["how"] == "known"
    assert topic in names_read(reading), names_read(reading)
    assert not reading["started"]  # said as "what you know: ..."
    assert not reading["denied"]
    assert roadmap["not_understood"] == []  # before: “learned”, “class”, “uni”, “finished”, “completed”, “odin”
    assert roadmap["deadline"] is None  # "last year", "in 2023": when they learned it, never a time frame


@pytest.mark.parametrize(("goal", "said", "title", "topic"), PAST)
def test_undoing_past_learning_reads_it_as_typed(goal: str, said: str, title: str, topic: str) -> None:
    undone = generated(goal, plain=[said])
    assert all(u["said"] != said for u in undone["understood"])
    assert all(u["how"] != "known" for u in undone["understood"])


def test_years_of_a_self_taught_language_are_more_than_its_basics() -> None:
    roadmap = generated("python (self taught, 2 years), want data analyst")
    names = names_read(reading_of(roadmap, "python (self taught, 2 years)"))
    assert {"Python basics", "Python data types and collections"} <= set(names), names


@pytest.mark.parametrize(
    ("goal", "said", "hedge"),
    [
        ("learned a bit of react last year, want frontend developer", "learned a bit of react last year", "a bit of"),
        (
            "studied react in college but forgot most of it, want frontend developer",
            "studied react in college but forgot most of it",
            "forgot most of it",
        ),
        (
            "did some react tutorials last year, want frontend developer",
            "did some react tutorials last year",
            "some … tutorials",
        ),
    ],
)
def test_past_learning_keeps_its_hedge(goal: str, said: str, hedge: str) -> None:
    roadmap = generated(goal)
    reading = reading_of(roadmap, said)
    assert reading["started"], reading
    assert reading["hedge"] == hedge
    assert "react" in topics_taught(roadmap)  # started, never counted as known
    assert roadmap["not_understood"] == []  # before: “forgot”


def test_a_foundation_forgotten_is_read_as_forgot_most_of_my_sql_is() -> None:
    roadmap = generated("learned sql at uni but forgot most of it, want data analyst")
    reading = reading_of(roadmap, "learned sql at uni but forgot most of it")
    assert reading["hedge"] == "forgot most of it"
    assert names_read(reading) == ["SQL basics"]  # a bit of a foundation is its basics, as for "forgot most of my sql"
    assert roadmap["not_understood"] == []


def test_past_learning_alone_asks_what_to_reach_with_it() -> None:
    goal = "learned python last year"
    status, body = generate_answer(goal)
    assert status == 404, body.get("title")  # before: the Python roadmap, which they had learned
    assert "“learned python last year” → what you know: Python basics" in body["hint"]
    assert "not what you want to learn with it" in body["hint"]
    found = finder_answer(goal)
    assert found["only_known"] is True
    assert found["known_text"] == goal


def test_a_past_that_names_nothing_is_read_as_before() -> None:
    roadmap = generated("finished school last year, want to learn python")
    assert roadmap["title"] == "Python"
    assert all(u["how"] != "known" for u in roadmap["understood"])


TESTER = "i have 6 years of experience in manual testing, want automation"


def test_after_a_testing_background_automation_is_test_automation() -> None:
    roadmap = generated(TESTER)  # before: 404, which roadmap "automation" meant
    reading = reading_of(roadmap, "automation")
    assert reading["how"] == "synonym"
    assert "End-to-end web test automation" in names_read(reading)
    assert {"e2e-web-automation", "test-automation-design"} <= topics_taught(roadmap)
    assert "network-automation" not in topics_taught(roadmap)
    assert "quality-assurance-fundamentals" not in topics_taught(roadmap)  # known from their years of testing
    assert roadmap["not_understood"] == []


def test_undoing_test_automation_asks_which_roadmap_again() -> None:
    status, body = generate_answer(TESTER, plain=["automation"])
    assert status == 404, body.get("title")
    assert body["suggestions"][0] == "qa-engineer"


def test_automation_without_a_testing_background_is_not_test_automation() -> None:
    status, body = generate_answer("want automation")
    assert status == 404, body.get("title")  # which roadmap: nothing the learner said places it


def test_the_page_the_command_line_and_the_finder_read_past_learning_alike() -> None:
    goal, said = "learned python last year, want data analyst", "learned python last year"
    page = generated_page(goal)
    assert f"“{said}” → what you know: Python basics" in page
    assert "Python and Data Analyst" not in page
    result = runner.invoke(app, ["generate", goal])
    flat = " ".join(result.output.split())
    assert f"“{said}” → what you know: Python basics" in flat, flat
    assert "Data Analyst Roadmap" in flat
    assert "Not understood" not in flat  # before: “learned”
    assert f"--plain '{said}'" in flat
    found = finder_answer(goal)
    assert finder_picks(found)[0] == "data-analyst"
    assert "python" not in finder_picks(found)
    assert "python-basics" in found["known"]


def test_the_command_line_says_test_automation_with_its_undo() -> None:
    result = runner.invoke(app, ["generate", TESTER])
    flat = " ".join(result.output.split())
    assert result.exit_code == 0, flat
    assert "“automation” → " in flat
    assert "--plain automation" in flat
    assert finder_picks(finder_answer(TESTER))[0] == "qa-engineer"
