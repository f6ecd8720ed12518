"""The JSON API under /api/v1/, checked against its own OpenAPI document."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.helpers import check_openapi


def test_openapi_document_lists_every_route(spec: dict[str, Any]) -> None:
    assert spec["info"]["title"] == "RoadmapFinder API"
    assert set(spec["paths"]) >= {
        "/api/v1/healthz",
        "/api/v1/roadmaps",
        "/api/v1/roadmaps/{slug}",
        "/api/v1/topics/{topic_id}",
    }


def test_docs_are_the_sites_own_page_listing_every_endpoint() -> None:
    response = Client().get("/api/v1/docs")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="site-header"' in body, "inside the site's frame"
    assert '<code class="api-path">/api/v1/roadmaps/{slug}</code>' in body
    assert '<a href="#schema-RoadmapDetail">RoadmapDetail</a>' in body
    assert 'id="schema-RoadmapDetail"' in body


def test_interactive_docs_are_served_without_third_party_hosts() -> None:
    response = Client().get("/api/v1/docs/swagger")
    assert response.status_code == 200
    body = response.content.decode()
    assert "swagger" in body.lower()
    assert "cdn.jsdelivr.net" not in body
    assert "unpkg.com" not in body


def test_healthz() -> None:
    response = Client().get("/api/v1/healthz")
    assert response.status_code == 200
    body = response.json()
    check_openapi("/api/v1/healthz", 200, body)
    assert body["status"] == "ok"
    assert (body["roadmaps"], body["topics"]) == (2, 20)


def test_list_roadmaps() -> None:
    body = Client().get("/api/v1/roadmaps").json()
    check_openapi("/api/v1/roadmaps", 200, body)
    assert [r["slug"] for r in body] == ["alpha-dev", "beta-ops"]
    assert body[0]["estimated_weeks"] == {"min": 17, "max": 26}
    assert body[0]["total_hours"] == 210


def test_list_roadmaps_by_category() -> None:
    body = Client().get("/api/v1/roadmaps", {"category": "cloud-ops"}).json()
    assert [r["slug"] for r in body] == ["beta-ops"]


def test_unknown_category_is_422_with_a_message() -> None:
    response = Client().get("/api/v1/roadmaps", {"category": "cooking"})
    assert response.status_code == 422
    body = response.json()
    assert body["detail"].startswith("invalid request: category: Input should be 'web'")
    assert body["hint"]


def test_get_roadmap() -> None:
    body = Client().get("/api/v1/roadmaps/alpha-dev").json()
    check_openapi("/api/v1/roadmaps/{slug}", 200, body)
    assert [p["number"] for p in body["phases"]] == [1, 2, 3, 4]
    first = body["phases"][0]
    assert first["title"] == "Foundations"
    assert first["level"] == "Beginner"
    assert [t["id"] for t in first["core_skills"]] == [
        "web-basics",
        "http-basics",
        "terminal",
        "version-control",
    ]
    assert first["projects"][0]["practises"][0]["id"] == "web-basics"
    assert first["projects"][0]["key"] == "alpha-dev/foundations-project", "the id to mark it done with"
    assert body["phases"][3]["extra_sections"] == [
        {
            "title": "System Design",
            "topics": [
                {
                    "id": "scaling",
                    "name": "Scaling",
                    "effort_hours": 10.0,
                    "covers": "First point of Scaling · Second point of Scaling · Third point of Scaling",
                    "recap_of": None,
                }
            ],
        }
    ]
    assert body["stacks"] == ["python", "typescript"]
    assert body["outro"].startswith("Well done")


def test_unknown_roadmap_is_404_with_suggestions() -> None:
    response = Client().get("/api/v1/roadmaps/alpah-dev")
    assert response.status_code == 404
    body = response.json()
    check_openapi("/api/v1/roadmaps/{slug}", 404, body)
    assert body == {
        "detail": "no roadmap `alpah-dev`",
        "hint": "did you mean: “Alpha Developer”?",
        "suggestions": ["alpha-dev"],
    }


@pytest.mark.django_db  # the topic's JSON carries learners' medians
def test_get_topic() -> None:
    body = Client().get("/api/v1/topics/orm-layer").json()
    check_openapi("/api/v1/topics/{topic_id}", 200, body)
    assert body["prerequisites"] == [{"id": "queries", "name": "Queries", "effort_hours": 10.0}]
    assert {r["kind"] for r in body["resources"]} == {"docs", "book"}
    assert [v["name"] for v in body["variants"]] == ["SQLAlchemy", "Prisma"]
    assert [(u["roadmap"], u["phase"]) for u in body["used_in"]] == [("alpha-dev", 3), ("beta-ops", 4)]


def test_unknown_topic_is_404_with_suggestions() -> None:
    response = Client().get("/api/v1/topics/queris")
    assert response.status_code == 404
    body = response.json()
    check_openapi("/api/v1/topics/{topic_id}", 404, body)
    assert body["suggestions"][0] == "queries"


def test_get_of_the_generate_path_is_a_roadmap_404_not_a_405() -> None:
    """`POST /roadmaps/generate` takes the path first; a GET of it is the roadmap slug "generate", which the schema
    promises a roadmap or a 404 for (Schemathesis found the 405)."""
    response = Client().get("/api/v1/roadmaps/generate")
    assert response.status_code == 404
    assert response.json()["detail"] == "no roadmap `generate`"
    check_openapi("/api/v1/roadmaps/{slug}", 404, response.json())
