"""Learning to code, said with what the coding is for: websites, data, AI, or a job in AI.

"learn to code websites" answered "no roadmap for `learn to code websites`" and offered the web field's roadmaps,
as if "learn to code" had not been written; "learn programming for data" and "learn to code and data" were refused
the same way, or left as the first-language choice with "data" a field to choose in. A mentor answers each:
websites are coded in HTML, CSS and JavaScript, which Frontend Developer teaches from the first page (Full-Stack
adds the server); data work is programmed in Python, which leads on to the data roles (Data Analyst if you would
rather start from spreadsheets and SQL). Each reading is said with why and an Undo, as "learn coding for ai" is
(tests/web/test_coding_for_ai_and_a_choice_beside_a_field.py, which also checks the page, the command line and the
finder for all of them). "learn to code for ai jobs" asks for a job, which a
first language is not: it is the choice of AI roadmaps, each of which teaches its own Python from the basics.
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.helpers import check_openapi, finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

FIRST_LANGUAGES = ["python", "javascript", "computer-science"]
AI_ROADMAPS = ["ai-engineer", "machine-learning", "data-scientist", "prompt-engineering"]


@pytest.mark.parametrize(
    ("goal", "said", "title", "why", "beside"),
    [
        ("learn to code websites", "websites", "Frontend Developer", "HTML, CSS and JavaScript", "Full-Stack"),
        (
            "i want to learn to code websites",
            "websites",
            "Frontend Developer",
            "HTML, CSS and JavaScript",
            "Full-Stack",
        ),
        ("learn coding to make websites", "to make websites", "Frontend Developer", "HTML, CSS", "Full-Stack"),
        ("learn to code to build websites", "to build websites", "Frontend Developer", "HTML, CSS", "Full-Stack"),
        ("learn to code and build websites", "build websites", "Frontend Developer", "HTML, CSS", "Full-Stack"),
        ("learn web coding", "web", "Frontend Developer", "HTML, CSS", "Full-Stack"),
        ("learn programming for the web", "for the web", "Frontend Developer", "HTML, CSS", "Full-Stack"),
        ("learn programming for data", "for data", "Python", "data work is programmed in Python", "Data Analyst"),
        ("learn coding for data", "for data", "Python", "data work is programmed in Python", "Data Analyst"),
        ("learn to code and data", "data", "Python", "data work is programmed in Python", "Data Analyst"),
        ("learn to code and ai", "ai", "Python", "AI and machine-learning work is done in Python", "AI Engineer"),
    ],
)
def test_learning_to_code_for_a_field_starts_where_a_mentor_would_say_why(
    goal: str, said: str, title: str, why: str, beside: str
) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body  # before: refused as a field, or the first-language choice with the field unused
    check_openapi("/api/v1/roadmaps/generate", 201, body, method="post")
    assert body["title"] == title
    reading = next(u for u in body["understood"] if u["said"] == said)
    assert [m["name"] for m in reading["means"]] == [title]
    assert reading["how"] == "synonym"  # a reading that says more than the words: undoable
    note = next(n for n in body["notes"] if n.startswith(f"“{said}”"))
    assert why in note, note
    assert beside in note  # the other way in, or where it leads
    assert f"Undo “{said}”" in note
    assert body["not_understood"] == []


@pytest.mark.parametrize(
    ("goal", "said"), [("learn to code websites", "websites"), ("learn programming for data", "for data")]
)
def test_undoing_the_field_brings_back_the_first_language_choice_with_the_field_said(goal: str, said: str) -> None:
    status, body = generate_answer(goal, plain=[said])
    assert status == 404, body.get("title")
    assert [c["key"] for c in body["choices"]] == FIRST_LANGUAGES
    assert f"“{said}”, read as typed" in body["hint"], body["hint"]  # never silently dropped


def test_learning_to_code_for_ai_jobs_offers_the_ai_roadmaps() -> None:
    status, body = generate_answer("learn to code for ai jobs")
    assert status == 404, body.get("title")
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    # before: the first-language choice, "for ai jobs" said to be unused
    assert [c["key"] for c in body["choices"]] == AI_ROADMAPS
    assert "not used here" not in body["hint"], body["hint"]
    assert "“learn to code”" in body["hint"]  # what became of it: each teaches its own Python from the basics
    assert "Python" in body["hint"]


def test_learning_to_program_for_machine_learning_leaves_nothing_unread() -> None:
    status, body = generate_answer("learn to program for machine learning")
    assert status == 201, body
    assert body["title"] == "Machine Learning Engineer"
    assert body["not_understood"] == []  # before: “program” not understood


def test_coding_for_ai_jobs_on_the_page_offers_the_ai_roadmaps() -> None:
    page = Client().get("/roadmaps/generate", {"goal": "learn to code for ai jobs"})
    assert page.status_code == 200
    shown = text(page.content)
    assert "choose where to start" in shown
    assert "Machine Learning Engineer" in shown
    assert "not used here" not in shown


def test_the_finder_page_says_the_reading_with_its_undo() -> None:
    page = text(Client().get("/finder", {"goal": "learn to code websites", "purpose": "job"}).content)
    assert "We read “websites” as Frontend Developer." in page  # before: "as the field of web development"
    assert "Undo" in page
    assert "the field of web development" not in page


def test_the_finder_offers_the_ai_roadmaps_for_coding_for_ai_jobs() -> None:
    found = finder_answer("learn to code for ai jobs")
    # before: "names no one skill yet: a field narrows it down", AI never read
    assert set(finder_picks(found)) <= set(AI_ROADMAPS), found["message"]
    assert finder_picks(found), found["message"]


@pytest.mark.parametrize(
    ("goal", "jobs"),
    [
        ("learn to code for data jobs", ["data-analyst", "data-engineer", "data-scientist"]),
        ("learn to code for web jobs", ["frontend", "backend", "full-stack"]),
    ],
)
def test_a_job_in_the_field_stays_the_choice_of_its_jobs(goal: str, jobs: list[str]) -> None:
    status, body = generate_answer(goal)
    assert status == 404  # a job asks which one, as "a job in data" does, never a first language
    assert body["suggestions"] == jobs, body
