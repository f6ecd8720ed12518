"""Goals as learners type them into the generator (the page, `/api/v1/` and `roadmapfinder generate`) that used to be
answered wrongly: each is said as read, with what to choose when the goal leaves a choice, never a bare 404, and a
roadmap that does what its title says."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.generated.selectors import demand_list
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
GENERATE = "/api/v1/roadmaps/generate"


def _choice_page(goal: str) -> tuple[str, list[str]]:
    """The page of a goal that leaves a choice, an answer (200): its visible text and the roadmaps it links."""
    response = Client().get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 200, response.content[:300]
    markup = response.content.decode()
    page = text(markup)
    assert f"“{goal}”: choose where to start" in page
    assert "the catalog has no roadmap or topic named" not in page
    assert "Ask for this roadmap" not in page  # nothing is missing from the catalog: a choice to make
    assert "Answer the finder's four questions" in page
    return page, re.findall(r'href="/roadmaps/([\w-]+)"', markup)


@pytest.mark.parametrize(
    ("goal", "read_as", "roadmaps"),
    [
        ("how do i get my first dev job", "Read as a first developer job", ["frontend", "backend", "full-stack"]),
        ("i want a remote job", "Read as remote work", ["frontend", "backend", "data-analyst"]),
        ("i want to work remotely", "Read as remote work", ["frontend", "backend", "data-analyst"]),
        ("how do i get a job", "Read as a first job in software", ["frontend", "data-analyst", "qa-engineer"]),
    ],
)
def test_a_job_with_no_field_says_what_was_read_and_offers_the_roadmaps_to_choose_from(
    goal: str, read_as: str, roadmaps: list[str]
) -> None:
    # the search drops "job": "dev job" was read as "dev", and the learner got "no roadmap named" and nothing
    page, links = _choice_page(goal)
    assert read_as in page
    assert links[: len(roadmaps)] == roadmaps
    answered = Client().post(GENERATE, {"goal": goal}, content_type="application/json")
    assert answered.status_code == 404
    assert read_as in answered.json()["hint"]
    assert answered.json()["suggestions"][: len(roadmaps)] == roadmaps
    assert demand_list() == []  # a choice, not a roadmap to ask the content team for


def test_the_command_line_says_the_first_dev_job_as_read_with_the_roadmaps_to_choose_from() -> None:
    result = runner.invoke(app, ["generate", "how do i get my first dev job"])
    assert result.exit_code != 0
    assert "Read as a first developer job" in result.output
    assert "Frontend Developer" in result.output
    assert "(frontend)" not in result.output  # by its title, which `show` takes
    assert "the catalog has no roadmap or topic named" not in result.output


def test_a_salary_asks_which_job_as_the_finder_does() -> None:
    page, _ = _choice_page("i want to earn six figures")
    assert "Read as a well-paid job" in page


def test_a_job_at_an_employer_says_where_not_what() -> None:
    page, links = _choice_page("get a job at amazon")
    assert "“amazon”: where you want to work, not what to learn" in page
    assert "aws" not in links


def test_a_tech_lead_is_no_job_in_tech_at_large() -> None:
    # "job in tech" was matched as "tech" alone: "become a tech lead" was asked which job in tech
    response = Client().get("/roadmaps/generate", {"goal": "become a tech lead"})
    assert response.status_code == 302
    page = text(Client().get(response["Location"]).content)
    assert "A job in tech" not in page


@pytest.mark.parametrize(
    "goal", ["i have no idea what to learn", "i don't know what to learn", "not sure where to start"]
)
def test_not_knowing_what_to_learn_is_offered_the_finder_and_the_usual_first_languages(goal: str) -> None:
    # "i have no idea what to learn" said "no topic named “idea”"; "i don't know ..." offered Design System for "don't"
    page, links = _choice_page(goal)
    assert "Not knowing yet is where everyone starts" in page
    assert links[:2] == ["python", "javascript"]
    assert "design-system" not in links
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code != 0
    assert "Answer the finder's four questions" in result.output
    # each choice on its own line with who it suits (it was one line of names under the whole paragraph)
    assert "choose from:\n  Python — reads closest to plain English" in result.output
    assert "\n  JavaScript — runs in every browser" in result.output
    quoted = f'"{goal}"' if "'" in goal else f"'{goal}'"
    assert f"or answer the finder's questions: roadmapfinder finder --goal {quoted}" in " ".join(result.output.split())


def _roadmap_markup(goal: str) -> str:
    """The generated roadmap's page for the goal."""
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 302, response.content[:300]
    page = client.get(response["Location"])
    assert page.status_code == 200
    return page.content.decode()


def _roadmap_page(goal: str) -> str:
    """The generated roadmap's page for the goal, as visible text."""
    return text(_roadmap_markup(goal))


@pytest.mark.parametrize(
    ("goal", "title", "language", "framework"),
    [
        ("make a game in rust", "Games in Rust", "Rust basics", "Bevy"),
        ("make a game in javascript", "Games in JavaScript", "JavaScript classes", "Phaser"),
        ("make a game in python", "Games in Python", "Object-oriented programming in Python", "pygame"),
    ],
)
def test_a_game_in_a_language_has_phases_that_make_a_game(goal: str, title: str, language: str, framework: str) -> None:
    # it was "<Language> up to your first game": the language's first phases, none of which makes a game
    page = _roadmap_page(goal)
    assert f"{title} Roadmap" in page
    assert "up to your first game" not in page
    assert "“game” names a whole field" not in page
    assert f"Read as a game written in {title.removeprefix('Games in ')}" in page
    assert framework in page  # the framework the catalog does not teach, named
    for topic in (language, "How games work", "Math for games", "Collision detection", "Game physics and collisions"):
        assert topic in page
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert f"{title} Roadmap" in result.stdout
    assert "Math for games" in result.stdout


def test_what_the_learner_never_used_and_wants_to_learn_comes_first_then_the_rest() -> None:
    # "it" referred back only when nothing else was asked: Kubernetes alone was built, Docker said as not known
    goal = "i have never used docker and want to learn it, then kubernetes"
    page = _roadmap_page(goal)
    assert "Docker and Kubernetes Roadmap" in page
    assert "what you do not know yet" not in page
    answered = Client().post(GENERATE, {"goal": goal}, content_type="application/json").json()
    assert [u["said"] for u in answered["understood"]] == ["docker", "kubernetes"]
    assert answered["not_understood"] == []
    phase_of = {s["topic"]: p["number"] for p in answered["phases"] for s in p["core_skills"]}
    assert phase_of["docker"] < phase_of["kubernetes"]


def test_a_promotion_to_senior_is_the_role_roadmap_past_the_job_the_learner_has() -> None:
    # it was Career development and engineering ladders (a manager's topic, alias "promotions") beside Backend from its
    # first lesson
    goal = "i want to get promoted to senior backend engineer"
    markup = _roadmap_markup(goal)
    page = text(markup)
    assert "Backend Developer Roadmap" in page
    assert "Career development and engineering ladders" not in page
    assert "“get promoted to senior” → Backend Developer past its job-ready milestone, from the job you have" in page
    assert 'aria-label="Undo: read “get promoted to senior” as typed"' in markup
    answered = Client().post(GENERATE, {"goal": goal}, content_type="application/json").json()
    assert [(s["kind"], s["phases"], s["of"]) for s in answered["scope"]] == [("promotion", 3, 7)]
    taught = {s["topic"] for p in answered["phases"] for s in p["core_skills"]}
    assert {"caching", "ci-cd", "domain-driven-design"} <= taught
    assert not {"how-the-web-works", "sql-basics", "authentication"} & taught  # the job they have
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert "A promotion from the job you have: Backend Developer's phases 5–7 of 7" in " ".join(result.output.split())


def test_a_promotion_learns_what_its_phases_need_first_at_their_level() -> None:
    # Before: "Phase 1: Load balancing (Junior, 1–2 weeks)" and "Phase 2: Scalability patterns (Mid-Level)", the
    # prerequisites of the senior phases each a one-topic phase at the lowest level the catalog teaches it anywhere
    goal = "i want to get promoted to senior backend engineer"
    page = text(_roadmap_markup(goal))
    assert "Phase 1: Load balancing" not in page
    assert "Phase 2: Scalability patterns" not in page
    answered = Client().post(GENERATE, {"goal": goal}, content_type="application/json").json()
    phases = answered["phases"]
    assert phases[0]["level"] == "Mid-Level → Advanced"  # Backend Developer's first phase past the job-ready milestone
    assert all(p["level"] not in {"Beginner", "Beginner → Junior", "Junior", "Mid-Level"} for p in phases)
    assert all(len(p["core_skills"]) > 1 for p in phases)
    for topic in ("load-balancing", "scalability-patterns"):  # still taught, with the first senior phase's topics
        phase = next(p for p in phases if topic in {s["topic"] for s in p["core_skills"]})
        assert phase["level"] == "Mid-Level → Advanced"


@pytest.mark.parametrize("goal", ["promoted to senior frontend developer", "a promotion to senior backend developer"])
def test_a_promotion_without_get_is_no_managers_topic(goal: str) -> None:
    # Before: "promoted to senior frontend developer" read “promoted” as Career development and engineering ladders
    # too (alias "promotions"): "Phase 1: The engineering manager role and One-on-one meetings (Beginner)" opened it
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "Career development and engineering ladders" not in out
    assert "The engineering manager role" not in out
    assert "past its job-ready milestone, from the job you have" in out
    assert not re.search(r"^Phase \d+: .*\((?:Beginner|Junior)", result.output, re.MULTILINE)


def test_a_promotion_in_no_named_job_asks_which() -> None:
    page, links = _choice_page("i want to get promoted")
    assert "Read as a promotion in the job you have" in page
    # each job's promotion, generated (test_promotion_choice_links.py), then the manager's route as it is
    assert links == ["engineering-manager"]
    assert "Career development and engineering ladders" not in page


@pytest.mark.parametrize("goal", ["backend phase 3", "phases of devops", "phase numbers"])
def test_a_roadmaps_phase_is_never_a_game_framework(goal: str) -> None:
    """ "phase" is an English word: a goal naming a roadmap's phase is never read as Phaser, a game framework, by a
    spelling fix (bf9a5db1 read "backend phase 3" as "phaser 3", Games in JavaScript, and was reverted)."""
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert "phaser" not in result.output.lower()
    assert "Games in JavaScript" not in result.output
