"""A certification asked for, as learners type it, is read the same way by the generator and the finder, on the
shipped catalog: through the generate API, the page, the command line and the finder.

Before: "python certification" built Python with “certification” not understood, and the finder searched for it
("which name nothing on their own"); "cloud certs" was the generator's choice of AWS or Cloud Engineer but the
finder's cloud field (Cloud Engineer, Network Engineer, DevOps) with “certs” not understood, and "certs" the
generator's choice of the exams' roadmaps but the finder's field question.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

NO_EXAM = "the catalog prepares for no Python exam"


@pytest.mark.parametrize("goal", ["python certification", "get a python certification", "python certifications"])
def test_a_certification_in_a_subject_is_said_never_left_unread(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Python"
    assert body["not_understood"] == []
    assert NO_EXAM in " ".join(body["notes"])
    found = finder_answer(goal)
    assert found["not_understood"] == []
    assert NO_EXAM in found["message"]
    assert "We searched for" not in found["message"]
    assert finder_picks(found)[0] == "python"


def test_a_certification_in_a_subject_on_the_page_and_the_command_line() -> None:
    page = text(Client().get("/roadmaps/generate", {"goal": "python certification"}, follow=True).content)
    assert NO_EXAM in page
    assert "Not understood" not in page
    result = runner.invoke(app, ["generate", "python certification"])
    assert NO_EXAM in " ".join(result.output.split())
    assert "Not understood" not in result.output


@pytest.mark.parametrize(
    ("goal", "picks"),
    [
        ("cloud certs", ["aws", "cloud-engineer"]),
        ("cloud certifications", ["aws", "cloud-engineer"]),
        ("security certs", ["cyber-security", "penetration-tester"]),
        ("certs", ["aws", "cyber-security", "network-engineer"]),
    ],
)
def test_the_finder_offers_the_roadmaps_the_generators_choice_lists(goal: str, picks: list[str]) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    assert body["suggestions"][: len(picks)] == picks
    found = finder_answer(goal)
    assert finder_picks(found) == picks
    assert found["not_understood"] == []
    assert found["read_as_choice"]  # said, with its Undo
    assert "which leaves a choice" in found["message"]


def test_cloud_certs_on_the_finder_page_and_command_line() -> None:
    page = text(Client().get("/finder", {"goal": "cloud certs", "purpose": "job"}).content)
    assert "We read “cloud certs” as a cloud certification" in page
    assert "Undo" in page
    result = runner.invoke(app, ["finder", "--goal", "cloud certs", "--known", "", "--hours", "10", "--purpose", "job"])
    flat = " ".join(result.output.split())
    assert "We read “cloud certs” as a cloud certification" in flat
    assert "Not understood" not in flat
    undone = finder_answer("cloud certs", plain=["cloud certs"])  # as typed: the cloud field, as before
    assert "as a cloud certification" not in undone["message"]


def test_the_finder_reads_cloud_of_cloud_certs_as_part_of_the_choice_not_the_field() -> None:
    found = finder_answer("cloud certs")
    assert [m["said"] for m in found["interpretation"]["meanings"]] == []
    page = text(Client().get("/finder", {"goal": "cloud certs", "purpose": "job"}).content)
    assert "the field of cloud" not in page
