"""A goal that names an employer's interviews is preparing for them, and the employer is where, not what to learn.

"help me prepare for google interviews" was a 404 naming “google” as not understood and pointing at Data Analyst
for Google Sheets; "prepare for amazon interviews" pointed at AWS. Now the generator answers with the roadmaps the
big tech companies' coding and system design interviews are prepared with (as "join faang" does), saying where,
and the finder reads the employer's interviews as "interview prep" is read, with an undo.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    ("goal", "employer"),
    [
        ("help me prepare for google interviews", "google"),
        ("prepare for amazon interviews", "amazon"),
        ("i have meta technical interviews next month", "meta"),
        ("interviewing at microsoft soon", "microsoft"),
    ],
)
def test_the_generator_offers_what_the_interviews_test_and_says_where(goal: str, employer: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert body["suggestions"] == ["software-engineer", "dsa", "system-design"], body
    assert f"“{employer}”: where you want to work, not what to learn" in body["hint"]
    assert "coding and system design" in body["hint"]
    assert "no roadmap or topic named" not in body["hint"]  # before: “google” not understood, Google Sheets offered


def test_the_finder_reads_the_interviews_as_interview_prep_with_an_undo() -> None:
    found = finder_answer("help me prepare for google interviews")
    assert "We read “google interviews” as Coding interview strategy" in found["message"]
    assert "where you want to work" in found["message"]
    assert finder_picks(found)[0] == "dsa"  # before: "a field narrows it down", no picks
    assert [m["said"] for m in found["interpretation"]["meanings"]] == ["google interviews"]  # the undo's phrase
    undone = finder_answer("help me prepare for google interviews", plain=["google interviews"])
    assert not undone["recommendations"]  # as typed: the field question, as before


def test_a_word_before_interviews_is_no_employer_unless_it_names_one() -> None:
    _, body = generate_answer("upcoming interviews")
    assert "where you want to work" not in body.get("hint", "")


def test_the_page_and_the_cli_say_it() -> None:
    goal = "help me prepare for google interviews"
    page = text(Client().get("/roadmaps/generate", {"goal": goal}).content)
    assert "Data Structures and Algorithms" in page
    assert "“google”: where you want to work, not what to learn" in page
    result = runner.invoke(app, ["finder", "--goal", goal])
    assert result.exit_code == 0, result.output
    assert "1. Data Structures and Algorithms" in result.stdout


# An employer whose name the catalog also knows as a subject ("stripe" is Online payments' alias, "acme" AWS DNS's)
# was read as that subject: "i have an interview with stripe" built the Stripe payments topic, silently.
@pytest.mark.parametrize(
    ("goal", "employer"),
    [
        ("i have an interview with stripe", "stripe"),
        ("interview at stripe next month", "stripe"),
        ("preparing for a stripe interview", "stripe"),  # was "no roadmap named “preparing for a stripe interview”"
        ("preparing for a meta interview", "meta"),
        ("i have an interview at initech", "initech"),  # a company the app does not know
        ("i have an interview with acme corp", "acme corp"),  # "acme" was AWS DNS's alias
    ],
)
def test_an_employer_named_like_a_subject_is_where_with_an_undo(goal: str, employer: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body  # a choice, never the Stripe payments topic
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert body["suggestions"] == ["software-engineer", "dsa", "system-design"], body
    assert f"“{employer}”: where you want to work, not what to learn" in body["hint"]
    assert "no roadmap or topic named" not in body["hint"]
    assert {
        "said": employer,
        "line": f"“{employer}” → where you want to work, not what to learn",
        "how": "employer",
    } in (body["readings"])


def test_the_employers_undo_reads_its_name_as_typed() -> None:
    _, undone = generate_answer("i have an interview with stripe", plain=["stripe"])
    assert undone["title"] == "Online payments and subscriptions (Stripe)", undone  # as typed: the topic, as before


def test_the_finder_reads_an_interview_with_stripe_as_interview_prep() -> None:
    found = finder_answer("i have an interview with stripe")
    assert "We read “interview with stripe” as Coding interview strategy" in found["message"]
    assert "“stripe”: where you want to work" in found["message"]
    assert finder_picks(found) == ["dsa", "software-engineer", "system-design"]  # was WordPress for Stripe payments
    undone = finder_answer("i have an interview with stripe", plain=["interview with stripe"])
    assert not undone["recommendations"]


def test_the_page_and_the_cli_offer_the_employers_undo() -> None:
    goal = "i have an interview with stripe"
    page = Client().get("/roadmaps/generate", {"goal": goal})
    assert page.status_code == 200
    assert "“stripe” → where you want to work, not what to learn" in text(page.content)
    assert "plain=stripe" in page.content.decode()
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code != 0
    assert "Add --plain stripe" in result.output


def test_when_is_no_employer() -> None:
    _, body = generate_answer("i have an interview at 3pm")
    assert "where you want to work" not in body.get("hint", "")  # was “3pm”: where you want to work
