"""ECS, as learners name it, is AWS's container service, on the shipped catalog.

"ecs" alone and "aws ecs" were read as Serverless and managed container platforms (Lambda, Cloud Run): "ecs" was an
alias of that topic as well as of Containers on AWS (ECR, ECS, Fargate and EKS), which teaches ECS, and of Game
engine architecture (an entity component system), and the interpreter took the most basic. The content now names ECS
only where it is taught (and in games, where ECS is the entity component system a game's code is built on).
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

CONTAINERS_ON_AWS = {"key": "aws-containers", "name": "Containers on AWS - ECR, ECS, Fargate and EKS"}


@pytest.mark.parametrize(("goal", "said"), [("ecs", "ecs"), ("aws ecs", "aws ecs"), ("learn ecs", "ecs")])
def test_ecs_is_containers_on_aws_not_serverless(goal: str, said: str) -> None:
    # Before: “ecs” → Serverless and managed container platforms; "aws ecs" AWS beside it (390 h)
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == CONTAINERS_ON_AWS["name"]
    taught = topics_taught(body)
    assert "aws-containers" in taught
    assert "serverless" not in taught
    assert [u["means"] for u in body["understood"] if u["said"] == said] == [[CONTAINERS_ON_AWS]]
    assert body["not_understood"] == []


def test_the_finder_reads_ecs_as_containers_on_aws() -> None:
    found = finder_answer("ecs")
    assert "We read “ecs” as Containers on AWS - ECR, ECS, Fargate and EKS." in found["message"]
    assert "Serverless" not in found["message"]
    assert "aws" in finder_picks(found)
    assert "software-architect" not in finder_picks(found)  # it teaches Serverless, not ECS


def test_ecs_on_the_page_and_the_command_line() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "aws ecs"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "“aws ecs” → Containers on AWS - ECR, ECS, Fargate and EKS" in page
    assert "Serverless" not in page
    result = runner.invoke(app, ["generate", "ecs"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“ecs” → Containers on AWS - ECR, ECS, Fargate and EKS" in flat
