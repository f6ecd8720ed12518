"""ECS in a game is the entity component system, on the shipped catalog.

"ecs" is an alias of Containers on AWS (AWS's Elastic Container Service) and of Game engine architecture (an entity
component system), and the interpreter takes the most basic, AWS's. Only "game developer ecs" read it as the pattern,
because that roadmap teaches it; "bevy ecs", "c++ ecs" and "ecs in unity" were Containers on AWS, since a game engine
or C++ says games to a learner and nothing to the catalog. The goal's own words now pick (beside a game engine, a
game or C++ the pattern; beside an AWS or container word, or alone, AWS's ECS), said and undoable.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

PATTERN = {"key": "game-engine-architecture", "name": "Game engine architecture"}
CONTAINERS_ON_AWS = {"key": "aws-containers", "name": "Containers on AWS - ECR, ECS, Fargate and EKS"}


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("bevy ecs", "ecs"),
        ("c++ ecs", "ecs"),
        ("C++ ECS", "ECS"),
        ("ecs in unity", "ecs"),
        ("i wanna learn ecs in unity", "ecs"),
        ("godot ecs", "ecs"),
        ("ecs for my game", "ecs"),
    ],
)
def test_ecs_beside_a_game_engine_is_the_entity_component_system(goal: str, said: str) -> None:
    # Before: “ecs” → Containers on AWS - ECR, ECS, Fargate and EKS
    status, body = generate_answer(goal)
    assert status == 201, body
    taught = topics_taught(body)
    assert "game-engine-architecture" in taught
    assert "aws-containers" not in taught
    read = [u for u in body["understood"] if u["said"] == said]
    assert [u["means"] for u in read] == [[PATTERN]]
    assert any(f"“{said}” is read as Game engine architecture" in note for note in body["notes"])
    # undone, the interpreter's own pick, as typed
    undone_status, undone = generate_answer(goal, plain=[said])
    assert undone_status == 201, undone
    assert "aws-containers" in topics_taught(undone)


@pytest.mark.parametrize("goal", ["ecs", "aws ecs", "ecs fargate", "docker ecs", "deploy my unity game server to ecs"])
def test_ecs_alone_or_beside_aws_words_stays_aws(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    taught = topics_taught(body)
    assert "aws-containers" in taught
    assert "game-engine-architecture" not in taught


def test_the_finder_page_and_command_line_read_bevy_ecs_as_the_pattern() -> None:
    found = finder_answer("bevy ecs")
    assert "Game engine architecture" in found["message"]
    assert "Containers on AWS" not in found["message"]
    response = Client().get("/roadmaps/generate", {"goal": "c++ ecs"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "“ecs” → Game engine architecture" in page
    assert "Containers on AWS - ECR, ECS, Fargate and EKS" in page  # said in the note: what it is not
    result = runner.invoke(app, ["generate", "ecs in unity"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“ecs” → Game engine architecture" in flat
    assert "--plain ecs" in flat
