"""Goals the team found read wrongly, through the generate API, page and command line on the shipped catalog, as
learners typed them.

Kubernetes on AWS is EKS, AWS's managed Kubernetes, not AWS's compute and storage beside Kubernetes.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def _page(goal: str) -> str:
    """The generated roadmap's page for the goal (the generator redirects to it), as visible text."""
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 302, response.content[:300]
    return text(client.get(response["Location"]).content)


def _taught(body: dict[str, object]) -> set[str]:
    """The topics a generated roadmap's phases teach."""
    phases = body["phases"]
    assert isinstance(phases, list)
    return {s["topic"] for p in phases for s in p["core_skills"]}


# 1. Kubernetes on a cloud is that cloud's managed Kubernetes.


@pytest.mark.parametrize("goal", ["kubernetes on aws", "k8s on aws", "learn kubernetes on aws"])
def test_kubernetes_on_aws_is_eks_not_generic_aws(goal: str) -> None:
    # Before: "on aws" was AWS CLI, AWS compute (EC2) and AWS storage (S3, EBS), generic AWS beside Kubernetes
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Kubernetes on AWS"
    taught = _taught(body)
    assert "aws-containers" in taught  # Containers on AWS - ECR, ECS, Fargate and EKS
    assert "managed-kubernetes" in taught
    assert "aws-storage" not in taught
    notes = " ".join(body["notes"])
    assert "with EKS, AWS's managed Kubernetes, so" in notes
    assert "Containers on AWS - ECR, ECS, Fargate and EKS" in notes
    undone_status, undone = generate_answer(goal, plain=["on aws"])  # as typed: AWS a second subject again
    assert undone_status == 201
    assert "on aws" not in [u["said"] for u in undone["understood"]]


def test_kubernetes_on_aws_on_the_page_and_the_command_line() -> None:
    page = _page("kubernetes on aws")
    assert "EKS, AWS's managed Kubernetes" in page
    assert "Containers on AWS - ECR, ECS, Fargate and EKS" in page
    result = runner.invoke(app, ["generate", "kubernetes on aws"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“on aws” → AWS CLI, SDKs and credentials, Cloud identity and access management, Containers on AWS" in flat
    assert "AWS storage" not in flat


def test_other_roadmaps_on_aws_keep_aws_at_large() -> None:
    status, body = generate_answer("devops on aws")
    assert status == 201, body
    assert "aws-storage" in _taught(body)
    assert "EKS" not in " ".join(body["notes"])
