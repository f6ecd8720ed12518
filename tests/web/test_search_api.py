"""`GET /api/v1/search` and `POST /api/v1/finder` on the sample catalog, checked against the OpenAPI document."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from roadmapfinder.catalog import default_catalog
from tests.helpers import check_openapi


def test_search_finds_a_roadmap_by_name_and_says_why() -> None:
    response = Client().get("/api/v1/search", {"q": "alpha"})
    assert response.status_code == 200
    body = response.json()
    check_openapi("/api/v1/search", 200, body, method="get")
    assert body["query"] == "alpha"
    first = body["results"][0]
    assert (first["kind"], first["slug"], first["title"]) == ("roadmap", "alpha-dev", "Alpha Developer")
    assert {"field": "title", "text": "Alpha Developer", "topic": None} in first["matched"]
    assert set(first) == {"kind", "slug", "title", "score", "matched"}


def test_topic_query_returns_the_topic_and_the_roadmap_that_teaches_it() -> None:
    body = Client().get("/api/v1/search", {"q": "containers"}).json()
    check_openapi("/api/v1/search", 200, body, method="get")
    kinds = [(r["kind"], r.get("slug") or r.get("id")) for r in body["results"]]
    assert kinds[0] == ("topic", "containers")
    assert ("roadmap", "beta-ops") in kinds
    beta = next(r for r in body["results"] if r.get("slug") == "beta-ops")
    assert {"field": "topic", "text": "Containers", "topic": "containers"} in beta["matched"]
    scores = [r["score"] for r in body["results"]]
    assert scores == sorted(scores, reverse=True)


def test_typo_is_corrected() -> None:
    body = Client().get("/api/v1/search", {"q": "containres"}).json()
    assert body["corrected"] == "containers"
    assert body["results"][0]["id"] == "containers"


def test_category_and_limit_narrow_the_results() -> None:
    body = Client().get("/api/v1/search", {"q": "sample roadmap", "category": "cloud-ops", "limit": 1}).json()
    assert [r["slug"] for r in body["results"]] == ["beta-ops"]


def test_roadmap_narrows_to_its_topics() -> None:
    body = Client().get("/api/v1/search", {"q": "basics", "roadmap": "beta-ops"}).json()
    assert body["results"]
    assert all(r["kind"] == "topic" for r in body["results"])
    ids = [r["id"] for r in body["results"]]
    assert "terminal" in ids
    assert "http-basics" not in ids  # an alpha-dev topic that beta-ops does not teach
    everywhere = Client().get("/api/v1/search", {"q": "basics", "limit": 50}).json()
    assert "http-basics" in [r.get("id") for r in everywhere["results"]]


def test_unknown_roadmap_is_a_400_with_suggestions() -> None:
    response = Client().get("/api/v1/search", {"q": "basics", "roadmap": "alpha-dve"})
    assert response.status_code == 400  # the search exists; the roadmap to search in is the bad value
    body = response.json()
    check_openapi("/api/v1/search", 400, body, method="get")
    assert body["suggestions"][0] == "alpha-dev"


def test_nothing_found_offers_close_names() -> None:
    body = Client().get("/api/v1/search", {"q": "alfa developper"}).json()
    assert body["results"] == [] or body["results"][0]["slug"] == "alpha-dev"
    body = Client().get("/api/v1/search", {"q": "zzzz qqqq"}).json()
    assert body["results"] == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, "the search query is empty"),
        ({"q": "   "}, "the search query is empty"),
        ({"q": "x" * 300}, "the search query is 300 characters long"),
        ({"q": "react\x00hooks"}, "control or binary characters"),
        ({"q": "\x1b[31mred"}, "control or binary characters"),
        ({"q": "ok", "limit": 0}, "limit 0 is out of range"),
        ({"q": "ok", "category": "cooking"}, "unknown category `cooking`"),
    ],
)
def test_bad_input_is_a_clear_400(params: dict[str, Any], message: str) -> None:
    response = Client().get("/api/v1/search", params)
    assert response.status_code == 400
    body = response.json()
    check_openapi("/api/v1/search", 400, body, method="get")
    assert message in body["detail"]
    assert body["hint"]


def test_binary_query_string_is_a_clear_400() -> None:
    response = Client().get("/api/v1/search?q=%ff%fe%00")
    assert response.status_code == 400
    assert "control or binary characters" in response.json()["detail"]


def test_malformed_limit_is_a_422() -> None:
    response = Client().get("/api/v1/search", {"q": "alpha", "limit": "many"})
    assert response.status_code == 422
    assert "limit" in response.json()["detail"]


def test_finder_recommends_three_roadmaps_with_reasons() -> None:
    answers = {
        "goal": "ship containers and pipelines",
        "known": "alpha, containers",
        "hours_per_week": 5,
        "purpose": "job",
    }
    response = Client().post("/api/v1/finder", answers, content_type="application/json")
    assert response.status_code == 200
    body = response.json()
    check_openapi("/api/v1/finder", 200, body, method="post")
    recommendations = body["recommendations"]
    assert recommendations[0]["slug"] == "beta-ops"
    assert "builds on Alpha Developer" in recommendations[0]["reason"]
    assert "at 5 h/week" in recommendations[0]["reason"]
    assert body["understood"] is True
    entry = ["web-basics", "http-basics", "terminal", "version-control"]
    assert body["known"] == [*entry, "containers"], "“alpha” known is the roadmap's entry topics, never all of it"
    catalog = default_catalog()
    assert set(entry) & set(catalog.roadmap("beta-ops").topic_ids), "Beta lists some of them again, as recaps"
    # Its recaps of Alpha are not in its estimate, so knowing them takes nothing off; its own Containers does.
    assert recommendations[0]["known_topics"] == ["containers"]
    assert "less the 1 topic you know" in recommendations[0]["reason"]
    at_reference_pace = Client().get("/api/v1/roadmaps/beta-ops").json()["estimated_weeks"]["min"]
    assert recommendations[0]["weeks_min"] < 2 * at_reference_pace, "what the learner knows shortens it"
    unknowing = Client().post("/api/v1/finder", answers | {"known": ""}, content_type="application/json").json()
    beta = next(r for r in unknowing["recommendations"] if r["slug"] == "beta-ops")
    assert beta["weeks_min"] == 2 * at_reference_pace  # half the reference 10 h/week
    assert beta["known_topics"] == []


@pytest.mark.parametrize(
    ("answers", "status", "message"),
    [
        ({"goal": ""}, 400, "the search query is empty"),
        ({"goal": "web", "purpose": "fame"}, 400, "unknown purpose `fame`"),
        ({"goal": "web", "hours_per_week": 500}, 400, "500 hours per week is out of range"),
        ({"goal": "web\x00"}, 400, "control or binary characters"),
        ({"known": "alpha"}, 422, "goal"),
    ],
)
def test_finder_bad_input(answers: dict[str, Any], status: int, message: str) -> None:
    response = Client().post("/api/v1/finder", answers, content_type="application/json")
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_finder_refuses_a_body_that_is_not_json() -> None:
    response = Client().post("/api/v1/finder", b"\xff\x00garbage", content_type="application/json")
    assert response.status_code in (400, 422)
