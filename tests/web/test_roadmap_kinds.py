"""Kinds of roadmap on the shipped catalog: roles in software, roles beyond code and skills, as the home page, the
API (list JSON and its filter) and the finder show them."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog")]

BEYOND_CODE = ["devrel", "engineering-manager", "product-manager", "technical-writer", "ux-design"]


def test_the_roadmap_list_carries_the_kind_and_filters_by_it() -> None:
    everything = Client().get("/api/v1/roadmaps").json()
    check_openapi("/api/v1/roadmaps", 200, everything)
    kinds = {r["slug"]: (r["kind"], r["kind_label"], r["role"]) for r in everything}
    assert kinds["backend"] == ("role", "Roles in software", True)
    assert kinds["product-manager"] == ("non-coding-role", "Roles beyond code", True)
    assert kinds["react"] == ("skill", "Skills and tools", False)
    beyond = Client().get("/api/v1/roadmaps", {"kind": "non-coding-role"}).json()
    assert sorted(r["slug"] for r in beyond) == BEYOND_CODE
    assert {r["category"] for r in beyond} == {"beyond-code"}
    both = Client().get("/api/v1/roadmaps", {"kind": "skill", "category": "data-ai"}).json()
    assert "mlops" in {r["slug"] for r in both}
    assert not any(r["role"] for r in both)
    wrong = Client().get("/api/v1/roadmaps", {"kind": "boss"})
    assert wrong.status_code == 422


def test_the_home_page_separates_roles_in_software_roles_beyond_code_and_skills() -> None:
    page = text(Client().get("/").content)
    start = page.index("Start here: roadmaps for a job in software")
    beyond = page.index("Roles beyond code: design, product, management and writing")
    skills = page.index("Skills and tools")
    assert start < beyond < skills
    assert start < page.index("Backend Developer") < beyond
    for title in ("Product Manager", "UX Design", "Technical Writer", "Developer Relations", "Engineering Manager"):
        assert beyond < page.index(title) < skills, title
    assert skills < page.index("MLOps")
    only = text(Client().get("/", {"kind": "non-coding-role"}).content)
    assert re.search(r"5 of 81 roadmaps match", only)
    assert "Backend Developer" not in only


def test_the_finder_reads_the_kind_from_the_content() -> None:
    answers = {"goal": "i want to become a technical writer", "purpose": "job"}
    body = Client().post("/api/v1/finder", answers, content_type="application/json").json()
    first = body["recommendations"][0]
    assert (first["slug"], first["kind"]) == ("technical-writer", "non-coding-role")
    assert "It leads to a role" in first["reason"]
