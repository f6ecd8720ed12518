"""A cloud said right before a role or Kubernetes is where it is done, whatever the cloud's name looks like.

"google cloud computing" was "Google Cloud fundamentals and Computer Science" and "google cloud engineer" only
"Google Cloud fundamentals": the name "google cloud" took the word "cloud" that also begins the role ("cloud
computing", "cloud engineer"), so "computing" was left to read as Computer Science and "engineer" as nothing.
"azure kubernetes" was "Microsoft Azure fundamentals and Kubernetes" while "aks" is "Kubernetes on Microsoft Azure":
a cloud before Kubernetes was a second subject. They now read as "gcp cloud computing" and "aks" do.
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
    "goal",
    [
        "google cloud computing",  # was "Google Cloud fundamentals and Computer Science"
        "google cloud engineer",  # was "Google Cloud fundamentals", "engineer" dropped
        "i want to become a google cloud engineer",
    ],
)
def test_a_cloud_role_after_google_cloud_is_the_role_on_google_cloud(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Cloud Engineer on Google Cloud"
    assert "computer-science" not in understood_keys(roadmap)
    assert "aws" not in understood_keys(roadmap)
    assert "google-cloud-fundamentals" in topics_taught(roadmap)
    assert not roadmap["not_understood"]
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "Cloud Engineer on Google Cloud"


@pytest.mark.parametrize(
    ("goal", "title", "topic"),
    [
        ("azure kubernetes", "Kubernetes on Microsoft Azure", "azure-fundamentals"),  # was "... and Kubernetes"
        ("learn microsoft azure kubernetes", "Kubernetes on Microsoft Azure", "azure-fundamentals"),
        ("gcp kubernetes", "Kubernetes on Google Cloud", "google-cloud-fundamentals"),
        ("google cloud kubernetes", "Kubernetes on Google Cloud", "google-cloud-fundamentals"),
        ("google kubernetes", "Kubernetes on Google Cloud", "google-cloud-fundamentals"),  # "google" was not understood
        ("aws kubernetes", "Kubernetes on AWS", "aws-containers"),  # was "AWS and Kubernetes"
        ("amazon kubernetes", "Kubernetes on AWS", "aws-containers"),  # "amazon" was not understood
    ],
)
def test_a_cloud_before_kubernetes_is_its_managed_kubernetes(goal: str, title: str, topic: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert topic in topics_taught(roadmap)
    assert "aws" not in understood_keys(roadmap)
    assert not roadmap["not_understood"]
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == title


@pytest.mark.parametrize(
    ("goal", "title"),
    [  # right already: the answers the change keeps
        ("google cloud", "Google Cloud fundamentals"),
        ("learn gcp", "Google Cloud fundamentals"),
        ("cloud computing", "Cloud Engineer with AWS"),
        ("aws cloud computing", "Cloud Engineer with AWS"),
        ("azure cloud computing", "Cloud Engineer on Microsoft Azure"),
        ("gcp cloud computing", "Cloud Engineer on Google Cloud"),
        ("google cloud platform cloud computing", "Cloud Engineer on Google Cloud"),
        ("aws devops engineer", "DevOps Engineer with AWS"),
        ("aws cloud engineer", "Cloud Engineer with AWS"),  # was "AWS": the role was dropped
        ("computer science", "Computer Science"),
        ("kubernetes on aws", "Kubernetes on AWS"),
        ("kubernetes", "Kubernetes"),
        ("aks", "Kubernetes on Microsoft Azure"),
        ("gke", "Kubernetes on Google Cloud"),
        ("eks", "Kubernetes on AWS"),
        ("aws", "AWS"),
    ],
)
def test_a_cloud_alone_or_said_elsewhere_keeps_its_answer(goal: str, title: str) -> None:
    assert generated(goal)["title"] == title
