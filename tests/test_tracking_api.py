"""`/api/v1/me/progress`: token and session auth, bulk and single updates, and nobody sees another's data."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.tracking import services
from roadmapfinder.tracking.models import TopicProgress

pytestmark = [pytest.mark.database, pytest.mark.django_db]


@pytest.fixture
def ada() -> User:
    return User.objects.create_user("ada", password="a long passphrase 42")


@pytest.fixture
def ada_token(ada: User) -> str:
    return services.token_create(user=ada, name="laptop")[1]


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _put(client: Client, path: str, body: object, token: str) -> object:
    return client.put(path, body, content_type="application/json", headers=_auth(token))


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/api/v1/me/progress"), ("put", "/api/v1/me/progress"), ("put", "/api/v1/me/progress/markup")],
)
def test_every_route_answers_401_json_without_auth_or_with_a_wrong_token(
    client: Client, method: str, path: str
) -> None:
    for headers in ({}, _auth("rf_not-a-real-token"), {"Authorization": "Basic YWRhOnB3"}):
        response = getattr(client, method)(path, {}, content_type="application/json", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"detail": "Unauthorized"}


def test_put_one_topic_then_read_progress_per_roadmap(client: Client, ada: User, ada_token: str) -> None:
    response = _put(client, "/api/v1/me/progress/terminal", {"status": "done"}, ada_token)
    assert response.json() == {"topic": "terminal", "status": "done"}  # type: ignore[attr-defined]
    body = client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()
    assert body["topics"] == {"terminal": "done"}
    assert [r["slug"] for r in body["roadmaps"]] == ["beta-ops", "alpha-dev"], "furthest along first"
    alpha = body["roadmaps"][1]
    assert alpha["progress"]["finished"] == 1
    assert alpha["phases"][0]["progress"] == {
        "percent": 20,
        "finished": 1,
        "total": 5,
        "done": 1,
        "in_progress": 0,
        "skipped": 0,
    }
    assert alpha["next_topics"] == ["web-basics", "http-basics", "version-control"]
    one = client.get("/api/v1/me/progress", {"roadmap": "beta-ops"}, headers=_auth(ada_token)).json()
    assert [r["slug"] for r in one["roadmaps"]] == ["beta-ops"]


def test_null_clears_a_topic(client: Client, ada: User, ada_token: str) -> None:
    _put(client, "/api/v1/me/progress/terminal", {"status": "in-progress"}, ada_token)
    assert TopicProgress.objects.get(user=ada).status == "in_progress"
    assert _put(client, "/api/v1/me/progress/terminal", {"status": None}, ada_token).json()["status"] is None  # type: ignore[attr-defined]
    assert not TopicProgress.objects.filter(user=ada).exists()


def test_bulk_put_replaces_every_status_all_or_nothing(client: Client, ada: User, ada_token: str) -> None:
    _put(client, "/api/v1/me/progress/terminal", {"status": "done"}, ada_token)
    response = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done", "styling": "skipped"}}, ada_token)
    assert response.json()["topics"] == {"markup": "done", "styling": "skipped"}  # type: ignore[attr-defined]
    refused = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done", "stylng": "done"}}, ada_token)
    assert refused.status_code == 404  # type: ignore[attr-defined]
    assert refused.json()["suggestions"][0] == "styling"  # type: ignore[attr-defined]
    assert dict(TopicProgress.objects.filter(user=ada).values_list("topic_id", "status")) == {
        "markup": "done",
        "styling": "skipped",
    }


def test_bad_input_gets_json_errors(client: Client, ada_token: str) -> None:
    bad_status = _put(client, "/api/v1/me/progress/markup", {"status": "finished"}, ada_token)
    assert bad_status.status_code == 400  # type: ignore[attr-defined]
    assert "unknown status" in bad_status.json()["detail"]  # type: ignore[attr-defined]
    assert _put(client, "/api/v1/me/progress/markup", {"state": 1}, ada_token).status_code == 422  # type: ignore[attr-defined]
    unknown = client.get("/api/v1/me/progress", {"roadmap": "alpha"}, headers=_auth(ada_token))
    assert unknown.status_code == 404


def test_a_token_only_ever_reaches_its_owner(client: Client, ada: User, ada_token: str) -> None:
    bob = User.objects.create_user("bob")
    bob_token = services.token_create(user=bob, name="phone")[1]
    _put(client, "/api/v1/me/progress/markup", {"status": "done"}, ada_token)
    _put(client, "/api/v1/me/progress/styling", {"status": "done"}, bob_token)
    assert client.get("/api/v1/me/progress", headers=_auth(bob_token)).json()["topics"] == {"styling": "done"}
    _put(client, "/api/v1/me/progress", {"topics": {}}, bob_token)
    assert list(TopicProgress.objects.filter(user=ada).values_list("topic_id", flat=True)) == ["markup"]


def test_a_revoked_token_stops_working(client: Client, ada: User, ada_token: str) -> None:
    assert client.get("/api/v1/me/progress", headers=_auth(ada_token)).status_code == 200
    services.token_revoke(user=ada, token_id=ada.api_tokens.get().pk)
    assert client.get("/api/v1/me/progress", headers=_auth(ada_token)).status_code == 401


def test_session_auth_reads_and_writes_with_the_csrf_token(ada: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(ada)
    assert client.get("/api/v1/me/progress").json()["topics"] == {}
    no_csrf = client.put("/api/v1/me/progress/markup", {"status": "done"}, content_type="application/json")
    assert no_csrf.status_code == 403
    client.get("/me/account")
    token = client.cookies["csrftoken"].value
    ok = client.put(
        "/api/v1/me/progress/markup",
        {"status": "done"},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert ok.status_code == 200


def test_guessing_tokens_is_rate_limited(client: Client) -> None:
    codes = [
        client.put(
            "/api/v1/me/progress/markup",
            {"status": "done"},
            content_type="application/json",
            headers=_auth(f"rf_guess{i}"),
        ).status_code
        for i in range(21)
    ]
    assert codes[0] == 401
    assert 429 in codes
