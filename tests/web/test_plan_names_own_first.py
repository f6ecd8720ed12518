"""A plan's names are read as the command line's resolver reads them first: a topic's own name (or its id's words)
is that topic, before another topic that lists the name as an alias (`Catalog.ExactNames`'s rule).

Before: a plan for "Hash tables" was a plan for Data structures, whose aliases hold "hash tables" ("Towards Data
structures", the Hash tables topic nowhere in it), and leaving out "Terraform state" left out the whole Terraform
topic; 47 of the shipped catalog's names and aliases were read so (planning/resolve.py says why plans still have
their own resolver)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _plan(**fields: Any) -> dict[str, Any]:
    answer = Client().post("/api/v1/plans", {"start": "2027-01-04", **fields}, "application/json")
    assert answer.status_code == 201, answer.content
    plan: dict[str, Any] = answer.json()
    return plan


def _topics(plan: dict[str, Any]) -> list[str]:
    return [t["id"] for phase in plan["phases"] for t in phase["topics"]]


@pytest.mark.parametrize(
    ("typed", "topic", "title"),
    [
        ("Hash tables", "hash-tables", "Hash tables"),  # before: Data structures
        ("linked lists", "linked-lists", "Linked lists"),  # before: Data structures
        ("Binary search", "binary-search", "Binary search"),  # before: Algorithms
        ("power bi", "power-bi", "Microsoft Power BI"),  # the topic's id in words; before: Data dashboards
    ],
)
def test_a_plan_for_a_topics_own_name_is_that_topic(typed: str, topic: str, title: str) -> None:
    plan = _plan(targets=[typed])
    assert _topics(plan)[-1] == topic  # the goal comes last, after what it needs
    assert plan["title"] == title


def test_leaving_out_a_topic_by_its_name_leaves_out_that_topic() -> None:
    plan = _plan(targets=["Terraform"], drop=["Terraform state"])
    kept = _topics(plan)
    assert "terraform-state" not in kept
    assert "terraform" in kept  # before: the whole Terraform topic was left out instead


def test_the_command_line_says_what_it_read_a_target_as() -> None:
    result = CliRunner().invoke(app, ["plan", "Hash tables", "--start", "2027-01-04", "--json"])
    assert result.exit_code == 0, result.output
    assert "“Hash tables” → Hash tables (a topic)" in result.stderr
    shared = CliRunner().invoke(app, ["plan", "accessibility", "--start", "2027-01-04", "--json"])
    assert shared.exit_code == 2, shared.output  # a name two topics share is asked about (test_plan_shared_names)
    assert "which one do you mean?" in shared.stderr
