"""What a learner says they know, in their own words, in the goal or in "what you know", read as a mentor would, said
and undoable, alike in the generator and the finder.

Before: "6 years of manual testing, want automation" counted only Quality assurance fundamentals known and taught a
tester of six years to design test cases and report bugs; "java developer wanting spring" and "3 years as a java
developer" taught Object-oriented programming; "a bit of machine learning" counted Statistics known; the finder read
"automation" alone (not understood) where the generator read it as test automation for a manual tester; "devops, i
know linux and git and how the web works" built "DevOps Engineer and How the web works".

As learners type, over the generator's API and command line and the finder's API, on the shipped catalog.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generated, names_read, reading_of, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

#: What a manual tester does every day, in the QA Engineer roadmap's first phase: what years of it make known.
MANUAL_TESTER = [
    "Quality assurance fundamentals",
    "Test design techniques",
    "Exploratory testing",
    "Bug reporting and tracking",
    "Test planning and strategy",
]


def _generate(goal: str, *options: str) -> tuple[dict[str, Any], str]:
    """The command line's generated roadmap as JSON, and what it said of its reading on stderr, on one line."""
    result = runner.invoke(app, ["generate", goal, *options, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), " ".join(result.stderr.split())


def _skipped(body: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s["reason"] for s in body["skipped"]}


def test_years_of_manual_testing_are_what_a_manual_tester_does_daily() -> None:
    roadmap = generated("6 years of manual testing, want automation")
    assert names_read(reading_of(roadmap, "6 years of manual testing")) == MANUAL_TESTER
    taught = topics_taught(roadmap)
    assert "testing-fundamentals" in taught, "writing automated tests is what they came to learn"
    assert "e2e-web-automation" in taught
    undone = generated("6 years of manual testing, want automation", plain=["6 years of manual testing"])
    assert undone["known"] == []


def test_years_of_manual_testing_in_what_you_know_are_the_same() -> None:
    roadmap, said = _generate("qa engineer", "--know", "5 years of manual testing")
    assert f"You know: “manual testing” → {', '.join(MANUAL_TESTER)}" in said
    assert {"test-design-techniques", "bug-reporting-tracking", "test-planning-strategy"} <= set(_skipped(roadmap))
    assert {"testing-fundamentals", "agile-collaboration"} <= topics_taught(roadmap)
    plain, said = _generate("qa engineer", "--know", "manual testing")  # how long unsaid: the basics, as before
    assert "You know: “manual testing” → Quality assurance fundamentals Left out" in said
    assert "quality-assurance-fundamentals" in _skipped(plain)
    assert "test-design-techniques" in topics_taught(plain)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("java developer wanting spring", "java developer"),
        ("3 years as a java developer, want to learn spring", "3 years as a java developer"),
    ],
)
def test_a_java_developer_knows_object_oriented_programming(goal: str, said: str) -> None:
    roadmap = generated(goal)
    read = names_read(reading_of(roadmap, said))
    assert {"Object-oriented programming in Java", "Object-oriented programming", "Apache Maven"} <= set(read), read
    assert {"oop", "java-oop"}.isdisjoint(topics_taught(roadmap))
    undone = generated(goal, plain=[said])
    assert all(u["how"] != "known" for u in undone["understood"]), undone["understood"]


def test_years_as_a_java_developer_say_nothing_of_git() -> None:
    roadmap = generated("3 years as a java developer, want to learn kubernetes")
    read = names_read(reading_of(roadmap, "3 years as a java developer"))
    assert "Object-oriented programming" in read
    assert "Git version control" not in read  # a Java team may use another version control: the learner says git
    assert "git" in topics_taught(roadmap)


def test_a_bit_of_machine_learning_says_nothing_of_statistics() -> None:
    roadmap, said = _generate("data scientist", "--know", "a bit of machine learning")
    assert "you started Machine learning fundamentals" not in said
    assert not any("builds on" in reason for reason in _skipped(roadmap).values()), _skipped(roadmap)
    assert "statistics" in topics_taught(roadmap)
    assert "Started, not known yet: “machine learning” → Machine learning fundamentals" in said


def test_the_finder_reads_the_goal_with_what_the_learner_knows_as_the_generator_does() -> None:
    built = generated("6 years of manual testing, want automation")
    found = finder_answer("6 years of manual testing, want automation")
    assert "automation" not in found["not_understood"]  # before: read alone, "not understood"
    assert found["tailored"] is not None, found["message"]
    assert (found["tailored"]["title"], found["tailored"]["hours"]) == (built["title"], built["total_hours"])
    assert found["recommendations"][0]["slug"] == "qa-engineer"
    asked = finder_answer("automation", known="5 years of manual testing")
    assert "automation" not in asked["not_understood"]
    assert asked["tailored"] is not None, asked["message"]


def test_how_the_web_works_in_what_the_goal_says_is_known_not_a_second_subject() -> None:
    goal = "devops, i know linux and git and how the web works"
    roadmap = generated(goal)
    assert roadmap["title"] == "DevOps Engineer"  # before: "DevOps Engineer and How the web works"
    said = "i know linux and git and how the web works"
    assert "How the web works" in names_read(reading_of(roadmap, said))
    assert "how-the-web-works" not in topics_taught(roadmap)
    assert roadmap["not_understood"] == []
    undone = generated(goal, plain=[said])
    assert "how-the-web-works" in topics_taught(undone)
    asking = generated("i know html and css, how do i get into backend")  # "how" still starts the goal
    assert reading_of(asking, "i know html and css")["how"] == "known"
    assert asking["title"].startswith("Backend Developer"), asking["title"]


@pytest.mark.parametrize(
    ("goal", "said", "known", "title"),
    [
        ("i know html, learn javascript", "i know html", "HTML and semantic markup", "JavaScript"),
        ("i know java, learn go", "i know java", "Java basics", "Go"),
        ("i know python, learn django", "i know python", "Python basics", "Django"),
        ("i know sql, learn python", "i know sql", "SQL basics", "Python"),
    ],
)
def test_what_comes_after_a_comma_and_learn_is_the_goal_not_more_of_what_is_known(
    goal: str, said: str, known: str, title: str
) -> None:
    # before: "learn go" (an alias of Go) was read as one more name listed in what they know, so nothing was left to
    # learn and the generator asked what they wanted to learn with Java and Go
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert known in names_read(reading_of(roadmap, said))
    assert roadmap["not_understood"] == []


def test_wanting_ends_what_the_learner_knows() -> None:
    roadmap = generated("self taught js dev wanting to learn typescript")
    assert roadmap["title"] == "TypeScript"
    reading_of(roadmap, "self taught js dev")  # before: “self taught js dev wanting to”, the wish said as known


def test_knowing_object_oriented_programming_names_no_language() -> None:
    roadmap = generated("i know object oriented programming and want to be a backend developer")
    assert roadmap["title"] == "Backend Developer"  # before: "Backend Developer in Kotlin", whose first phase has it
    assert not [u for u in roadmap["understood"] if u["how"] == "stack"]
