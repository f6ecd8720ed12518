"""A learner who names Azure or Google Cloud for a cloud role is taught it on that cloud, never AWS in its place unsaid.

"azure cloud computing" was "Microsoft Azure fundamentals and Cloud Engineer with AWS" and "cloud computing on azure"
"Cloud Engineer with AWS on Microsoft Azure": "cloud computing" names the AWS roadmap with Cloud Engineer, and the
cloud said before the role was a second subject. A cloud named before or after the role is where the role is done: the
AWS roadmap leaves it, the cloud's fundamentals come with it, and the role's AWS topics are the cloud's counterparts,
said once (they stayed, taught on AWS alone, until each cloud had its counterparts).
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding.lexicon import CLOUD_OWN
from tests.helpers import generated, naming_aws, outside_notes, topics_taught, understood_keys

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    ("goal", "cloud", "fundamentals"),
    [
        ("azure cloud computing", "Microsoft Azure", "azure-fundamentals"),  # was "... and Cloud Engineer with AWS"
        ("cloud computing on azure", "Microsoft Azure", "azure-fundamentals"),  # was "... with AWS on Microsoft Azure"
        ("azure cloud engineer", "Microsoft Azure", "azure-fundamentals"),  # was "... fundamentals and Cloud Engineer"
        ("i want to learn cloud computing on microsoft azure", "Microsoft Azure", "azure-fundamentals"),
        ("gcp cloud computing", "Google Cloud", "google-cloud-fundamentals"),
        ("cloud computing on google cloud", "Google Cloud", "google-cloud-fundamentals"),
    ],
)
def test_a_cloud_role_on_azure_or_google_cloud_is_the_role_on_it(goal: str, cloud: str, fundamentals: str) -> None:
    roadmap = generated(goal)
    title = f"Cloud Engineer on {cloud}"
    assert roadmap["title"] == title
    assert "aws" not in understood_keys(roadmap)
    assert fundamentals in topics_taught(roadmap)
    assert not roadmap["not_understood"]
    # the cloud's counterparts in place of the AWS topics (test_cloud_engineer_on_azure_..., ..._on_google_cloud_...)
    assert not [n for n in roadmap["notes"] if "on AWS only" in n]
    [said] = [n for n in roadmap["notes"] if "in place of" in n]
    assert said.startswith(f"Cloud Engineer on {cloud} teaches {cloud}'s own services: ")
    page = Client().get("/roadmaps/generate", {"goal": goal}, follow=True)
    assert page.status_code == 200
    assert f"{title} Roadmap" in page.content.decode()
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == title


#: A role on each cloud with counterparts: the goal, the cloud's phrase in it, the words AWS has that the cloud does
#: not, a counterpart and a project in the cloud's words.
ON_CLOUDS = [
    ("azure cloud engineer", "azure", ("VPC",), "Azure compute - Virtual Machines, scale sets and load balancing"),
    ("google cloud engineer", "google cloud", (), "Google Cloud compute - Compute Engine, managed instance groups and"),
]


@pytest.mark.parametrize(("goal", "said", "aws_only", "counterpart"), ON_CLOUDS)
def test_the_command_line_shows_no_aws_service_outside_the_note(
    goal: str, said: str, aws_only: tuple[str, ...], counterpart: str
) -> None:
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert naming_aws(outside_notes(result.stdout), *aws_only) == []
    assert counterpart in result.stdout
    assert "Project: GitOps on EKS" not in result.stdout  # "GitOps on AKS", "GitOps on GKE"
    assert f"undo “{said}” to learn Cloud Engineer as the catalog has it" in " ".join(result.output.split())


@pytest.mark.parametrize(("goal", "said", "aws_only", "counterpart"), ON_CLOUDS)
def test_undoing_the_cloud_gives_the_aws_roadmap_back(
    goal: str, said: str, aws_only: tuple[str, ...], counterpart: str
) -> None:
    result = runner.invoke(app, ["generate", goal, "--plain", said, "--json"])
    assert result.exit_code == 0, result.output
    roadmap = json.loads(result.stdout)
    assert roadmap["title"].endswith("fundamentals and Cloud Engineer")  # the cloud a second subject, as typed
    assert {"aws-compute", "aws-containers"} <= topics_taught(roadmap)
    assert not {t for t in topics_taught(roadmap) if t.startswith(("azure-", "gcp-")) and "fundamentals" not in t}
    assert not [n for n in roadmap["notes"] if "in place of" in n]


@pytest.mark.parametrize(
    ("goal", "title"),
    [  # right already: the answers the change keeps
        ("cloud computing", "Cloud Engineer with AWS"),
        ("aws cloud computing", "Cloud Engineer with AWS"),
        ("cloud computing on aws", "Cloud Engineer with AWS"),
        ("cloud engineer", "Cloud Engineer"),
        ("aws", "AWS"),
        ("learn azure", "Microsoft Azure fundamentals"),
        ("aws devops engineer", "DevOps Engineer with AWS"),
    ],
)
def test_a_cloud_alone_or_aws_keeps_its_answer(goal: str, title: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert not [n for n in roadmap["notes"] if "on AWS only" in n]


def test_each_clouds_own_roadmap_is_in_the_shipped_catalog() -> None:
    catalog = default_catalog()
    for slug, _ in CLOUD_OWN.values():
        assert catalog.has_roadmap(slug), slug


@pytest.mark.parametrize(
    ("goal", "fundamentals"),
    [
        ("devops on azure", "azure-fundamentals"),
        ("i want to do devops on gcp", "google-cloud-fundamentals"),
        ("data engineer on azure", "azure-fundamentals"),
    ],
)
def test_a_role_done_on_a_cloud_learns_the_cloud_with_its_cloud_work(goal: str, fundamentals: str) -> None:
    # "devops on azure" taught Microsoft Azure fundamentals in its last phase (Senior prep), after Terraform,
    # Kubernetes and observability on a cloud not yet learnt; it comes with the cloud topics it builds on
    roadmap = generated(goal)
    phase_of = {s["topic"]: p["number"] for p in roadmap["phases"] for s in p["core_skills"]}
    assert phase_of[fundamentals] == phase_of["cloud-iam"], phase_of[fundamentals]
    assert phase_of[fundamentals] < len(roadmap["phases"])


@pytest.mark.parametrize(
    ("goal", "fundamentals"),
    [
        ("promotion to senior cloud engineer on azure", "azure-fundamentals"),
        ("get promoted to senior cloud engineer on gcp", "google-cloud-fundamentals"),
    ],
)
def test_a_promotion_on_a_cloud_never_teaches_that_clouds_fundamentals_again(goal: str, fundamentals: str) -> None:
    # the job they have is on that cloud: its fundamentals opened the roadmap as phase 1, at Junior
    roadmap = generated(goal)
    assert fundamentals not in topics_taught(roadmap)
    left = {s["id"]: s["reason"] for s in roadmap["skipped"]}
    assert "the job you are promoted from" in left[fundamentals]
