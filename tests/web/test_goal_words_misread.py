"""Goals that learners typed and the product misread, through the finder's API, page and command line and the generate
API, on the shipped catalog.

"migrating to the cloud" is cloud migration, not Django's migrations.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def _finder(goal: str, purpose: str = "job", known: str = "", plain: list[str] | None = None) -> dict[str, Any]:
    sent: dict[str, Any] = {"goal": goal, "purpose": purpose, "known": known}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/finder", sent, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def _picks(found: dict[str, Any]) -> list[str]:
    return [r["slug"] for r in found["recommendations"]]


def _generate(goal: str, plain: list[str] | None = None) -> tuple[int, dict[str, Any]]:
    sent: dict[str, Any] = {"goal": goal}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/roadmaps/generate", sent, content_type="application/json")
    body: dict[str, Any] = response.json()
    return response.status_code, body


def _known(know: str) -> tuple[dict[str, Any], str]:
    """A plan of Backend Developer on the command line, knowing `know`: its JSON, and what it said on stderr."""
    result = runner.invoke(app, ["plan", "backend", "--know", know, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), " ".join(result.stderr.split())


def _known_keys(plan: dict[str, Any]) -> set[str]:
    return {ref["key"] for u in plan["understood"] if not (u["started"] or u["denied"]) for ref in u["means"]}


# 8. "migrating to the cloud" is cloud migration.


@pytest.mark.parametrize("goal", ["migrating to the cloud", "i want to learn about migrating to the cloud"])
def test_migrating_to_the_cloud_is_cloud_migration_not_django_migrations(goal: str) -> None:
    found = _finder(goal)
    assert "Django" not in found["message"], found["message"]
    assert set(_picks(found)[:2]) <= {"aws", "cloud-engineer", "devops"}, found["message"]
    status, body = _generate(goal)
    assert status == 201, body
    assert "Django" not in json.dumps(body["understood"])
    assert "cloud-migration" in {s["topic"] for p in body["phases"] for s in p["core_skills"]}
