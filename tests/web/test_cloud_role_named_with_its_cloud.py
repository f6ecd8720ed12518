"""A role's own name that begins with a cloud ("azure engineer") is the role on that cloud, as its longer form is.

"azure engineer" and "gcp engineer" were plain "Cloud Engineer", the AWS-based roadmap with nothing said of the cloud
the learner named: the whole phrase is an alias of Cloud Engineer, so the cloud in it was never read. "aws cloud
engineer" was plain "AWS" where "aws cloud computing" is "Cloud Engineer with AWS". They now read as "azure cloud
engineer", "google cloud engineer" and "aws cloud computing" do.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generated, topics_taught, understood_keys

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    ("goal", "longer", "title", "fundamentals"),
    [
        ("azure engineer", "azure cloud engineer", "Cloud Engineer on Microsoft Azure", "azure-fundamentals"),
        (
            "i want to be an azure engineer",
            "i want to be an azure cloud engineer",
            "Cloud Engineer on Microsoft Azure",
            "azure-fundamentals",
        ),
        ("gcp engineer", "gcp cloud engineer", "Cloud Engineer on Google Cloud", "google-cloud-fundamentals"),
    ],
)
def test_a_cloud_engineer_named_with_azure_or_gcp_is_the_role_on_it(
    goal: str, longer: str, title: str, fundamentals: str
) -> None:
    roadmap = generated(goal)  # was "Cloud Engineer", AWS-based with nothing said
    assert roadmap["title"] == title
    assert [p["title"] for p in roadmap["phases"]] == [p["title"] for p in generated(longer)["phases"]]
    assert "aws" not in understood_keys(roadmap)
    assert fundamentals in topics_taught(roadmap)
    assert not roadmap["not_understood"]
    assert [n for n in roadmap["notes"] if "in place of" in n]  # AWS's topics are the cloud's own now, said once
    assert not [n for n in roadmap["notes"] if "on AWS only" in n]
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == title


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("azure data engineer", "Data Engineer on Microsoft Azure"),  # was "Data Engineer", Azure unread
        ("gcp data engineer", "Data Engineer on Google Cloud"),
    ],
)
def test_any_role_named_with_azure_or_gcp_is_the_role_on_it(goal: str, title: str) -> None:
    assert generated(goal)["title"] == title


@pytest.mark.parametrize(
    ("undo", "title"),
    [("azure", "Microsoft Azure fundamentals and Cloud Engineer"), ("azure engineer", "Cloud Engineer")],
)
def test_undoing_the_cloud_or_the_whole_name_reads_it_as_typed(undo: str, title: str) -> None:
    result = runner.invoke(app, ["generate", "azure engineer", "--plain", undo, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == title


def test_an_aws_cloud_engineer_is_the_cloud_engineer_with_aws() -> None:
    roadmap = generated("aws cloud engineer")  # was "AWS": the role named was dropped
    assert roadmap["title"] == "Cloud Engineer with AWS"
    assert {"aws", "cloud-engineer"} <= understood_keys(roadmap)
    result = runner.invoke(app, ["generate", "aws cloud engineer", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "Cloud Engineer with AWS"


@pytest.mark.parametrize(
    ("goal", "title"),
    [  # right already: the answers the change keeps
        ("cloud engineer", "Cloud Engineer"),
        ("aws", "AWS"),
        ("aws engineer", "AWS"),
        ("azure cloud engineer", "Cloud Engineer on Microsoft Azure"),
        ("google cloud engineer", "Cloud Engineer on Google Cloud"),
        ("microsoft azure engineer", "Cloud Engineer on Microsoft Azure"),
        ("learn azure", "Microsoft Azure fundamentals"),
        # Azure's administrator (AZ-104) is Cloud Engineer on Azure: test_a_clouds_service_or_certification_is_...
        ("azure administrator", "Cloud Engineer on Microsoft Azure"),
        ("gcp", "Google Cloud fundamentals"),
        ("aws data engineer", "Data Engineer"),
    ],
)
def test_a_cloud_or_role_said_alone_keeps_its_answer(goal: str, title: str) -> None:
    assert generated(goal)["title"] == title
