"""Kubernetes, then deployed to EKS, is Kubernetes with EKS as where it goes, on the shipped catalog.

"learn kubernetes and then deploy to eks" was three subjects: Kubernetes, "deploy" as Deploying a full-stack app on a
platform, and "eks" as Kubernetes on AWS (465 h, Kubernetes cut to its foundations with "Beside each other"), where
"kubernetes eks" is Kubernetes on AWS. The words between them ("and then deploy to") joined nothing. Now the steps'
words and the verb of deploying to a managed Kubernetes are read with its name: Kubernetes on AWS, said and undoable.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("learn kubernetes and then deploy to eks", "kubernetes and then deploy to eks"),
        ("i wanna learn Kubernetes and then deploy to EKS", "Kubernetes and then deploy to EKS"),
        ("learn kuberntes and then deploy to eks", "kuberntes and then deploy to eks"),
        ("learn docker and then deploy to eks", "deploy to eks"),
    ],
)
def test_kubernetes_then_deployed_to_eks_is_kubernetes_on_aws(goal: str, said: str) -> None:
    # Before: Kubernetes, Deploying a full-stack app on a platform and Kubernetes on AWS (465 h), "Beside each other"
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"].endswith("Kubernetes on AWS")
    taught = topics_taught(body)
    assert {"aws-containers", "kubernetes-workloads"} <= taught
    assert "fullstack-deployment" not in taught
    assert not any("Beside each other" in note for note in body["notes"])
    assert {u["said"] for u in body["understood"]} >= {said}
    assert "deploy" not in {u["said"] for u in body["understood"]}
    assert body["not_understood"] == []


def test_undone_the_steps_are_read_as_typed() -> None:
    goal = "learn kubernetes and then deploy to eks"
    status, body = generate_answer(goal, plain=["kubernetes and then deploy to eks"])
    assert status == 201, body
    assert "fullstack-deployment" in topics_taught(body)  # "deploy" read again, as before


def test_kubernetes_then_gke_is_kubernetes_on_google_cloud() -> None:
    status, body = generate_answer("learn kubernetes and deploy it to gke")
    assert status == 201, body
    assert body["title"] == "Kubernetes on Google Cloud"


def test_the_page_the_command_line_and_the_finder_say_it() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "learn kubernetes and then deploy to eks"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "Kubernetes on AWS, with EKS" in page
    assert "Deploying a full-stack app on a platform" not in page
    result = runner.invoke(app, ["generate", "learn kubernetes and then deploy to eks"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "--plain 'kubernetes and then deploy to eks'" in flat
    found = finder_answer("learn kubernetes and then deploy to eks")
    assert "Deploying a full-stack app" not in found["message"]


@pytest.mark.parametrize("goal", ["learn kubernetes, then deploy to eks", "Kubernetes, then EKS"])
def test_a_comma_between_the_steps_keeps_kubernetes_whole(goal: str) -> None:
    # Before: Kubernetes on AWS cut to Kubernetes' foundations (420 h) with "Beside each other, Kubernetes gives the
    # foundations ... list them side by side (“kubernetes then deploy to eks”)", the phrase its own reading
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Kubernetes on AWS"
    assert not any("Beside each other" in note for note in body["notes"])
    assert "kubernetes-operators" in topics_taught(body)  # past Kubernetes' foundations, as "kubernetes eks" is
