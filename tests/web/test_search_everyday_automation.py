"""Searching for one's own work done by scripts, as learners type it: `GET /api/v1/search` on the shipped catalog.

"automate my job" put QA Engineer, Shell and Network Engineer first: the verb "automate" shared its stem with the
names of kinds of automation ("test automation", "network automation engineer"), and the curated phrases that say
such a goal means Python scripts were read only with their words side by side.
"""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")


def _roadmaps(query: str) -> list[str]:
    body = Client().get("/api/v1/search", {"q": query}).json()
    return [r["slug"] for r in body["results"] if r["kind"] == "roadmap"]


@pytest.mark.parametrize(
    "query",
    [
        "automate my job",
        "automate boring tasks",
        "automate my daily tasks",
        "automate repetitive tasks at work",
        "automate my work",
        "automate the boring stuff",
        "automate excel",
    ],
)
def test_automating_ones_own_work_finds_python_first_and_never_test_or_network_automation(query: str) -> None:
    found = _roadmaps(query)
    assert found[0] == "python", found[:4]
    assert "qa-engineer" not in found[:3], found[:4]
    assert "network-engineer" not in found[:3], found[:4]


def test_automating_ones_own_work_says_why_python_matched() -> None:
    body = Client().get("/api/v1/search", {"q": "automate my job"}).json()
    python = next(r for r in body["results"] if r.get("slug") == "python")
    assert {"field": "alias", "text": "python scripting", "topic": None} in python["matched"]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("automate tests", "qa-engineer"),
        ("test automation", "qa-engineer"),
        ("automate network config", "network-engineer"),
    ],
)
def test_automating_a_subject_still_finds_that_subject(query: str, first: str) -> None:
    assert _roadmaps(query)[0] == first
