"""The API's contract (issue 14): CSRF on plan writes with a session, JSON bodies only as application/json, every
error as JSON, and an OpenAPI document that states what the server really answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.plans.models import SavedPlan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

BODY = json.dumps({"targets": ["alpha-dev"], "start": "2026-01-05"})


def _csrf_client(user: User | None = None) -> Client:
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    else:
        client.get("/me/progress/start")  # a visitor with a session
    return client


@pytest.mark.parametrize("signed_in", [True, False])
def test_plan_writes_with_a_session_need_the_csrf_token(ada: User, signed_in: bool) -> None:
    client = _csrf_client(ada if signed_in else None)
    refused = client.post("/api/v1/plans", BODY, content_type="application/json")
    assert refused.status_code == 403
    assert refused.json()["detail"].startswith("CSRF check failed")
    assert not SavedPlan.objects.exists()
    client.get("/generate")  # the page sets the csrftoken cookie
    token = client.cookies["csrftoken"].value
    created = client.post("/api/v1/plans", BODY, content_type="application/json", headers={"X-CSRFToken": token})
    assert created.status_code == 201
    plan_id = created.json()["id"]
    for method in ("put", "delete"):
        response = getattr(client, method)(f"/api/v1/plans/{plan_id}", BODY, content_type="application/json")
        assert response.status_code == 403, method
    assert client.get(f"/api/v1/plans/{plan_id}").status_code == 200  # reading needs no token
    assert SavedPlan.objects.count() == 1


def test_plan_writes_without_a_session_or_with_a_token_need_no_csrf_token(ada: User) -> None:
    from roadmapfinder.tracking.services import token_create

    assert (
        Client(enforce_csrf_checks=True).post("/api/v1/plans", BODY, content_type="application/json").status_code == 201
    )
    secret = token_create(user=ada, name="cli")[1]
    client = _csrf_client(ada)  # a token wins over the cookie: a forged page cannot send the header
    response = client.post(
        "/api/v1/plans", BODY, content_type="application/json", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 201


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"])
def test_api_bodies_must_be_json(client: Client, content_type: str) -> None:
    response = client.post("/api/v1/plans", BODY, content_type=content_type)
    assert response.status_code == 415
    assert response.json()["hint"] == "send it with Content-Type: application/json"
    assert not SavedPlan.objects.exists()
    assert client.post("/api/v1/finder", '{"goal": "websites"}', content_type=content_type).status_code == 415


@pytest.mark.parametrize("path", ["/api/v1/nope", "/api/v1/", "/api/v1/roadmaps/alpha-dev/extra", "/api/v2/plans"])
def test_unknown_api_paths_are_json_404s(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"] == f"no API route {path}"


def test_an_api_500_is_json(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmapfinder.api import health

    def broken() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(health, "default_catalog", broken)
    client.raise_request_exception = False
    response = client.get("/api/v1/healthz")
    assert response.status_code == 500
    assert response.json() == {
        "detail": "the server failed to answer",
        "hint": "try again later; it has been logged",
        "suggestions": [],
    }
    assert "boom" not in response.content.decode()


def test_malformed_json_is_a_json_400(client: Client) -> None:
    response = client.post("/api/v1/plans", '{"targets": [', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("the request body is not JSON")


def _operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def test_the_openapi_document_states_every_answer(spec: dict[str, Any]) -> None:
    create = _operation(spec, "post", "/api/v1/plans")
    assert {"201", "400", "401", "403", "404", "413", "415", "422", "429"} <= set(create["responses"])
    assert create["security"][0] == {}  # the token is optional
    assert "Retry-After" in create["responses"]["429"]["headers"]
    progress = _operation(spec, "get", "/api/v1/me/progress")
    assert {"401", "429"} <= set(progress["responses"])
    assert {} not in progress["security"]
    for ending, media_type in ((".md", "text/markdown"), (".ics", "text/calendar"), (".pdf", "application/pdf")):
        export = _operation(spec, "get", f"/api/v1/plans/{{plan_id}}{ending}")
        assert list(export["responses"]["200"]["content"]) == [media_type]
        assert "503" in export["responses"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert "400" in operation["responses"], (method, path)
            for status, answer in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert list(answer["content"]) == ["application/json"], (method, path, status)


def test_what_the_schema_allows_the_server_accepts_and_the_rest_is_bounded(spec: dict[str, Any]) -> None:
    limit = next(p for p in _operation(spec, "get", "/api/v1/search")["parameters"] if p["name"] == "limit")
    assert limit["schema"]["anyOf"][0]["minimum"] == 1
    request = spec["components"]["schemas"]["PlanRequest"]["properties"]
    assert "targets" not in spec["components"]["schemas"]["PlanRequest"].get("required", []), "or a generated roadmap"
    assert request["targets"]["maxItems"] == 10
    assert request["targets"]["items"]["maxLength"] == 100
    assert request["phases"]["maxItems"] == 20
    assert spec["components"]["schemas"]["PhaseRequest"]["additionalProperties"] is False
    assert request["known"]["items"]["maxLength"] == 100
    assert (request["hours_per_week"]["minimum"], request["hours_per_week"]["maximum"]) == (1, 80)
    for name in ("ProgressIn", "TopicProgressIn", "ProjectProgressIn", "FollowIn", "PlanRequest"):
        assert spec["components"]["schemas"][name]["additionalProperties"] is False, name
    # unset (null): the purpose the goal says, else job
    assert spec["components"]["schemas"]["FinderIn"]["properties"]["purpose"]["enum"] == [
        "job",
        "freelance",
        "hobby",
        None,
    ]


def test_unknown_fields_are_refused_not_ignored(ada: User) -> None:
    from roadmapfinder.tracking.models import TopicProgress
    from roadmapfinder.tracking.services import token_create

    headers = {"Authorization": f"Bearer {token_create(user=ada, name='cli')[1]}"}
    client = Client()
    for path, body in (
        ("/api/v1/me/progress", {"topics": {"markup": "done"}, "status": "ok"}),
        ("/api/v1/me/progress/markup", {"status": "done", "note": "x"}),
        ("/api/v1/me/following/alpha-dev", {"following": True, "extra": 1}),
    ):
        response = client.put(path, json.dumps(body), content_type="application/json", headers=headers)
        assert response.status_code == 422, path
        assert "Extra inputs are not permitted" in response.json()["detail"]
    assert not TopicProgress.objects.exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"targets": []}, "the plan has nothing to reach"),
        ({"targets": ["x" * 101]}, "at most 200 names of at most 100 characters"),
        ({"targets": ["alpha-dev"], "hours_per_week": 0}, "0 hours per week is out of range"),
    ],
)
def test_plan_requests_outside_the_documented_bounds_are_clear_refusals(
    client: Client, body: object, message: str
) -> None:
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code in (400, 422)
    assert message in response.json()["detail"]


def test_search_limit_and_finder_purpose_outside_the_documented_values(client: Client) -> None:
    assert client.get("/api/v1/search", {"q": "markup", "limit": 0}).status_code == 400
    assert client.get("/api/v1/search", {"q": "markup", "limit": 1}).status_code == 200
    for purpose in ("", "JOB", "fame"):
        response = client.post(
            "/api/v1/finder", json.dumps({"goal": "websites", "purpose": purpose}), content_type="application/json"
        )
        assert response.status_code == 400, purpose
        assert "unknown purpose" in response.json()["detail"]


def test_a_wrong_method_is_a_json_405_with_allow(client: Client) -> None:
    response = client.delete("/api/v1/roadmaps")
    assert response.status_code == 405
    assert response.json()["detail"] == "DELETE is not allowed here"
    assert "GET" in response["Allow"]
