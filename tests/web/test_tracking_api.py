"""`/api/v1/me/progress`: token and session auth, bulk and single updates of topics and projects, and nobody sees
another's data."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.tracking import services
from roadmapfinder.tracking.models import ApiToken, ProjectProgress, TopicProgress
from tests.helpers import check_openapi

pytestmark = [pytest.mark.database, pytest.mark.django_db]


@pytest.fixture
def ada_token(ada: User) -> str:
    return services.token_create(user=ada, name="laptop")[1]


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _put(client: Client, path: str, body: object, token: str) -> Any:
    return client.put(path, body, content_type="application/json", headers=_auth(token))


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/me/progress"),
        ("put", "/api/v1/me/progress"),
        ("put", "/api/v1/me/progress/markup"),
        ("put", "/api/v1/me/progress/projects/alpha-dev/pages-project"),
        ("put", "/api/v1/me/following/alpha-dev"),
    ],
)
def test_every_route_answers_401_json_without_auth_or_with_a_wrong_token(method: str, path: str) -> None:
    client = Client(enforce_csrf_checks=True)  # as a real server does: a wrong token is 401, never a CSRF failure
    for headers in ({}, _auth("rf_not-a-real-token"), {"Authorization": "Basic YWRhOnB3"}):
        response = getattr(client, method)(path, {}, content_type="application/json", headers=headers)
        assert response.status_code == 401
        assert response.json()["detail"] == "not signed in: this route needs a personal token or a session"
        assert "Bearer" in response.json()["hint"]


def test_put_one_topic_then_read_progress_per_roadmap(client: Client, ada: User, ada_token: str) -> None:
    response = _put(client, "/api/v1/me/progress/terminal", {"status": "done"}, ada_token)
    assert response.json() == {"topic": "terminal", "name": "Terminal basics", "status": "done", "hours": None}
    body = client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()
    assert body["topics"] == {"terminal": "done"}
    assert body["roadmaps"] == [], "a shared topic alone follows no roadmap"
    assert [r["slug"] for r in body["also_counts_on"]] == ["beta-ops", "alpha-dev"], "furthest along first"
    followed = _put(client, "/api/v1/me/following/alpha-dev", {}, ada_token)
    assert followed.json() == {"roadmap": "alpha-dev", "following": True}
    check_openapi("/api/v1/me/following/{slug}", 200, followed.json(), method="put")
    body = client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()
    check_openapi("/api/v1/me/progress", 200, body, method="put")
    assert body["following"] == ["alpha-dev"]
    assert [r["slug"] for r in body["also_counts_on"]] == ["beta-ops"]
    alpha = body["roadmaps"][0]
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
    assert _put(client, "/api/v1/me/progress/terminal", {"status": None}, ada_token).json()["status"] is None
    assert not TopicProgress.objects.filter(user=ada).exists()


def test_bulk_put_replaces_every_status_all_or_nothing(client: Client, ada: User, ada_token: str) -> None:
    _put(client, "/api/v1/me/progress/terminal", {"status": "done"}, ada_token)
    response = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done", "styling": "skipped"}}, ada_token)
    assert response.json()["topics"] == {"markup": "done", "styling": "skipped"}
    refused = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done", "stylng": "done"}}, ada_token)
    assert refused.status_code == 404
    assert refused.json()["suggestions"][0] == "styling"
    assert dict(TopicProgress.objects.filter(user=ada).values_list("topic_id", "status")) == {
        "markup": "done",
        "styling": "skipped",
    }


def test_the_whole_set_takes_only_the_three_statuses(client: Client, ada: User, ada_token: str) -> None:
    """Clearing is leaving a topic out: an empty or "none" status is refused as the document says, not a silent
    clear that skipped even the check of the topic's id."""
    _put(client, "/api/v1/me/progress", {"topics": {"markup": "done"}}, ada_token)
    for status in ("", "none", "finished"):
        refused = _put(client, "/api/v1/me/progress", {"topics": {"k": status}}, ada_token)
        assert refused.status_code == 400, status
        assert "leave a topic out to clear it" in refused.json()["hint"]
    assert dict(TopicProgress.objects.filter(user=ada).values_list("topic_id", "status")) == {"markup": "done"}


def test_bad_input_gets_json_errors(client: Client, ada_token: str) -> None:
    bad_status = _put(client, "/api/v1/me/progress/markup", {"status": "finished"}, ada_token)
    assert bad_status.status_code == 400
    assert "unknown status" in bad_status.json()["detail"]
    assert _put(client, "/api/v1/me/progress/markup", {"state": 1}, ada_token).status_code == 422
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


def test_a_tokens_last_use_is_stamped_at_most_once_a_minute(client: Client, ada: User, ada_token: str) -> None:
    token = ada.api_tokens.get()
    assert token.last_used is None
    assert client.get("/api/v1/me/progress", headers=_auth(ada_token)).status_code == 200
    token.refresh_from_db()
    first = token.last_used
    assert first is not None
    assert client.get("/api/v1/me/progress", headers=_auth(ada_token)).status_code == 200
    token.refresh_from_db()
    assert token.last_used == first  # within the minute: not written again
    ApiToken.objects.filter(pk=token.pk).update(last_used=first - timedelta(minutes=2))
    assert client.get("/api/v1/me/progress", headers=_auth(ada_token)).status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None
    assert token.last_used > first - timedelta(minutes=2)


def test_a_deactivated_learners_token_stops_working(client: Client, ada: User, ada_token: str) -> None:
    ada.is_active = False
    ada.save()
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


PROJECT = "/api/v1/me/progress/projects/{}"


def _projects(user: User) -> set[str]:
    return set(ProjectProgress.objects.filter(user=user).values_list("project_key", flat=True))


def test_a_project_key_from_the_roadmap_marks_it_done_and_counts_in_the_tallies(
    client: Client, ada: User, ada_token: str
) -> None:
    key = client.get("/api/v1/roadmaps/alpha-dev").json()["phases"][0]["projects"][0]["key"]
    assert key == "alpha-dev/foundations-project"
    response = _put(client, PROJECT.format(key), {"done": True}, ada_token)
    assert response.status_code == 200
    assert response.json() == {"project": key, "done": True}
    check_openapi("/api/v1/me/progress/projects/{roadmap}/{project}", 200, response.json(), method="put")
    body = client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()
    assert body["projects"] == [key]
    assert [r["slug"] for r in body["also_counts_on"]] == ["alpha-dev"], "a finished project counts on its roadmap"
    alpha = client.get("/api/v1/me/progress", {"roadmap": "alpha-dev"}, headers=_auth(ada_token)).json()["roadmaps"]
    first_phase = alpha[0]["phases"][0]["progress"]
    assert (first_phase["done"], first_phase["total"], first_phase["percent"]) == (1, 5, 20)
    assert alpha[0]["progress"]["finished"] == 1
    undone = _put(client, PROJECT.format(key), {"done": False}, ada_token)
    assert undone.json() == {"project": key, "done": False}
    assert _projects(ada) == set()
    assert _put(client, PROJECT.format(key), {"done": False}, ada_token).status_code == 200


def test_an_unknown_project_is_404_with_the_closest_keys(client: Client, ada: User, ada_token: str) -> None:
    response = _put(client, PROJECT.format("alpha-dev/foundations-projet"), {"done": True}, ada_token)
    assert response.status_code == 404
    body = response.json()
    check_openapi("/api/v1/me/progress/projects/{roadmap}/{project}", 404, body, method="put")
    assert body["detail"] == "no project `alpha-dev/foundations-projet`"
    assert body["suggestions"][0] == "alpha-dev/foundations-project"
    assert body["hint"].startswith("did you mean: “Foundations project”")
    assert _put(client, PROJECT.format("alpha/pages-project"), {"done": True}, ada_token).status_code == 404
    assert _put(client, PROJECT.format("alpha-dev/pages-project"), {"done": "maybe"}, ada_token).status_code == 422
    assert _projects(ada) == set()


def test_a_learner_neither_sees_nor_changes_another_learners_projects(
    client: Client, ada: User, ada_token: str
) -> None:
    bob = User.objects.create_user("bob")
    bob_token = services.token_create(user=bob, name="phone")[1]
    _put(client, PROJECT.format("alpha-dev/pages-project"), {"done": True}, ada_token)
    assert client.get("/api/v1/me/progress", headers=_auth(bob_token)).json()["projects"] == []
    _put(client, PROJECT.format("alpha-dev/pages-project"), {"done": False}, bob_token)
    _put(client, "/api/v1/me/progress", {"topics": {}, "projects": []}, bob_token)
    assert _projects(ada) == {"alpha-dev/pages-project"}


def test_bulk_put_replaces_projects_only_when_they_are_given(client: Client, ada: User, ada_token: str) -> None:
    _put(client, PROJECT.format("alpha-dev/pages-project"), {"done": True}, ada_token)
    kept = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done"}}, ada_token)
    assert kept.json()["projects"] == ["alpha-dev/pages-project"], "no `projects`: left as they were"
    wanted = ["beta-ops/ship-project", "alpha-dev/data-project"]
    replaced = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done"}, "projects": wanted}, ada_token)
    assert replaced.status_code == 200
    assert replaced.json()["projects"] == sorted(wanted)
    assert {r["slug"] for r in replaced.json()["also_counts_on"]} == {"alpha-dev", "beta-ops"}
    refused = _put(client, "/api/v1/me/progress", {"topics": {}, "projects": ["beta-ops/shipp-project"]}, ada_token)
    assert refused.status_code == 404
    assert refused.json()["suggestions"][0] == "beta-ops/ship-project"
    assert _projects(ada) == set(wanted), "an unknown key changes nothing"
    assert dict(TopicProgress.objects.filter(user=ada).values_list("topic_id", "status")) == {"markup": "done"}
    cleared = _put(client, "/api/v1/me/progress", {"topics": {"markup": "done"}, "projects": []}, ada_token)
    assert cleared.json()["projects"] == []


def test_session_auth_marks_projects_with_the_csrf_token(ada: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(ada)
    path = PROJECT.format("alpha-dev/pages-project")
    assert client.put(path, {"done": True}, content_type="application/json").status_code == 403
    client.get("/me/account")
    token = client.cookies["csrftoken"].value
    ok = client.put(path, {"done": True}, content_type="application/json", headers={"X-CSRFToken": token})
    assert ok.json() == {"project": "alpha-dev/pages-project", "done": True}
    assert client.get("/api/v1/me/progress").json()["projects"] == ["alpha-dev/pages-project"]


def test_following_is_per_learner_and_never_changes_progress(client: Client, ada: User, ada_token: str) -> None:
    bob_token = services.token_create(user=User.objects.create_user("bob"), name="phone")[1]
    _put(client, "/api/v1/me/progress/terminal", {"status": "done"}, ada_token)
    _put(client, "/api/v1/me/following/beta-ops", {}, ada_token)
    _put(client, "/api/v1/me/following/beta-ops", {"following": False}, bob_token)
    assert client.get("/api/v1/me/progress", headers=_auth(bob_token)).json()["following"] == []
    assert client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()["following"] == ["beta-ops"]
    stopped = _put(client, "/api/v1/me/following/beta-ops", {"following": False}, ada_token)
    assert stopped.json() == {"roadmap": "beta-ops", "following": False}
    body = client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()
    assert body["following"] == []
    assert body["topics"] == {"terminal": "done"}
    unknown = _put(client, "/api/v1/me/following/beta", {}, ada_token)
    assert unknown.status_code == 404
    assert "beta-ops" in unknown.json()["suggestions"]


def test_plans_made_with_a_token_are_the_learners_and_their_progress_is_reported(
    client: Client, ada: User, ada_token: str
) -> None:
    body = {"targets": ["alpha-dev"], "hours_per_week": 8}
    made = client.post("/api/v1/plans", body, content_type="application/json", headers=_auth(ada_token))
    assert made.status_code == 201
    plan_id = made.json()["id"]
    _put(client, "/api/v1/me/progress/web-basics", {"status": "done"}, ada_token)
    progress = client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()
    check_openapi("/api/v1/me/progress", 200, progress, method="put")
    [plan] = progress["plans"]
    assert (plan["id"], plan["title"]) == (plan_id, "Alpha Developer")
    assert plan["progress"]["finished"] == 1
    assert plan["next_topics"][0] == "http-basics"
    assert plan["schedule"] is None, "no week of it has ended yet"
    change = {"targets": ["beta-ops"], "hours_per_week": 5}
    assert _put(client, f"/api/v1/plans/{plan_id}", change, ada_token).status_code == 200, "the owner may change it"
    bob_token = services.token_create(user=User.objects.create_user("bob"), name="phone")[1]
    assert _put(client, f"/api/v1/plans/{plan_id}", body, bob_token).status_code == 403
    assert client.get("/api/v1/me/progress", headers=_auth(bob_token)).json()["plans"] == []
    wrong = client.post("/api/v1/plans", body, content_type="application/json", headers=_auth("rf_wrong"))
    assert wrong.status_code == 401, "a token that is sent must be valid"
    assert Client().post("/api/v1/plans", body, content_type="application/json").status_code == 201
