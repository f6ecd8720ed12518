"""Bad input never reaches a 500 and nothing is saved on a refusal (issue 14): dates near year 9999, control
characters (NUL) in every kind of input, unknown projects, deep or out-of-range import files, a bad phase, and
stored records the planner refuses. Marked `database`: `make test` runs them on PostgreSQL too, where NUL used to
be a 500."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.tracking.models import ApiToken, TopicNote, TopicProgress
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

FAR = "9999-12-01"


def _json(client: Client, method: str, url: str, body: object, **headers: str) -> Any:
    return getattr(client, method)(url, json.dumps(body), content_type="application/json", headers=headers)


def _bearer(user: User) -> dict[str, str]:
    from roadmapfinder.tracking.services import token_create

    _, secret = token_create(user=user, name="laptop")
    return {"Authorization": f"Bearer {secret}"}


# -- dates ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["start", "target_date"])
@pytest.mark.parametrize("value", [FAR, "9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01"])
def test_dates_out_of_range_are_400_on_the_api_and_nothing_is_saved(client: Client, field: str, value: str) -> None:
    body: dict[str, object] = {"targets": ["alpha-dev"], field: value}
    if field == "target_date":
        body["start"] = "2026-01-05"
    response = _json(client, "post", "/api/v1/plans", body)
    assert response.status_code == 400, response.content
    assert "out of range" in response.json()["detail"]
    assert "2000-01-01 to 2100-12-31" in response.json()["hint"]
    assert not SavedPlan.objects.exists()


def test_a_far_date_on_put_is_400_and_the_plan_keeps_its_inputs(client: Client) -> None:
    created = _json(client, "post", "/api/v1/plans", {"targets": ["alpha-dev"], "start": "2026-01-05"}).json()
    response = _json(client, "put", f"/api/v1/plans/{created['id']}", {"targets": ["alpha-dev"], "start": FAR})
    assert response.status_code == 400
    assert SavedPlan.objects.get().request["start"] == "2026-01-05"


def test_far_dates_on_the_generate_form_and_link_are_400_pages(client: Client) -> None:
    response = client.post("/generate", {"roadmap": "alpha-dev", "hours": "10", "start": FAR})
    assert response.status_code == 400
    assert "out of range" in response.content.decode()
    assert not SavedPlan.objects.exists()
    linked = client.get(f"/generate?roadmap=alpha-dev&start={FAR}")
    assert linked.status_code == 200  # the form shows, its preview says what is wrong
    assert "out of range" in linked.content.decode()
    assert client.get(f"/generate/preview?roadmap=alpha-dev&target_date={FAR}").status_code == 200


def test_the_latest_allowed_start_still_builds_a_plan(client: Client) -> None:
    response = _json(
        client, "post", "/api/v1/plans", {"targets": ["alpha-dev"], "start": "2100-12-31", "hours_per_week": 1}
    )
    assert response.status_code == 201, response.content


# -- a plan's length ----------------------------------------------------------------------------------------------


def test_a_plan_longer_than_ten_years_is_refused_with_the_pace_that_fits(client: Client) -> None:
    from roadmapfinder.planning import plan as plan_module

    every_day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]  # 80 hours a week need seven study days
    body = {"targets": ["alpha-dev", "beta-ops"], "hours_per_week": 1, "start": "2026-01-05", "study_days": every_day}
    total = _json(client, "post", "/api/v1/plans", body | {"hours_per_week": 80}).json()["total_hours"]
    SavedPlan.objects.all().delete()
    short = int(total // 2)  # the sample catalog is small: shrink the limit to its size
    original = plan_module.MAX_PLAN_WEEKS
    plan_module.MAX_PLAN_WEEKS = short
    try:
        response = _json(client, "post", "/api/v1/plans", body)
        fits = _json(client, "post", "/api/v1/plans", body | {"hours_per_week": 2})
    finally:
        plan_module.MAX_PLAN_WEEKS = original
    assert response.status_code == 400
    detail = response.json()
    assert "longer than" in detail["detail"]
    assert "study at least 2 hours a week" in detail["hint"]
    assert fits.status_code == 201
    assert SavedPlan.objects.count() == 1


def test_a_plan_too_long_even_at_the_fastest_pace_says_to_choose_fewer(client: Client) -> None:
    from roadmapfinder.planning import plan as plan_module

    original = plan_module.MAX_PLAN_WEEKS
    plan_module.MAX_PLAN_WEEKS = 1
    try:
        response = _json(client, "post", "/api/v1/plans", {"targets": ["alpha-dev", "beta-ops"], "hours_per_week": 80})
        weekends = _json(
            client,
            "post",
            "/api/v1/plans",
            {"targets": ["alpha-dev", "beta-ops"], "hours_per_week": 20, "study_days": ["sat", "sun"]},
        )
    finally:
        plan_module.MAX_PLAN_WEEKS = original
    assert response.status_code == 400
    assert response.json()["detail"].startswith("80 hours a week on 5 study days makes sessions of 16 hours")
    assert weekends.status_code == 400
    assert "even at 24 hours a week" in weekends.json()["detail"], "the most a weekend of 12-hour sessions holds"
    assert "fewer" in weekends.json()["hint"]
    assert "more study days" in weekends.json()["hint"]


# -- control characters ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/plans/%00",
        "/api/v1/plans/%00",
        "/api/v1/plans/%00.pdf",
        "/roadmaps/alpha%00",
        "/topics/%01x",
        "/api/v1/roadmaps/%00",
        "/api/v1/topics/a%7Fb",
        "/me/notes/%00",
    ],
)
def test_control_characters_in_the_address_are_400(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    if url.startswith("/api/"):
        assert response["Content-Type"].startswith("application/json")
        assert "control or binary characters" in response.json()["detail"]


@pytest.mark.parametrize(
    "url", ["/search?q=py%00thon", "/api/v1/search?q=%00", "/?q=a%00", "/generate?roadmap=alpha-dev&known=a%00b"]
)
def test_control_characters_in_queries_are_400(client: Client, url: str) -> None:
    assert client.get(url).status_code == 400


def test_nul_in_an_api_body_is_400_and_saves_nothing(client: Client, ada: User) -> None:
    for body in ({"targets": ["alpha-dev\u0000"]}, {"targets": ["alpha-dev"], "known": ["a\u0000"]}):
        response = _json(client, "post", "/api/v1/plans", body)
        assert response.status_code == 400
        assert "control or binary characters" in response.json()["detail"]
    headers = _bearer(ada)
    assert _json(client, "put", "/api/v1/me/progress/markup", {"status": "done\u0000"}, **headers).status_code == 400
    response = _json(client, "put", "/api/v1/me/progress", {"topics": {"mark\u0000up": "done"}}, **headers)
    assert response.status_code == 400
    assert not SavedPlan.objects.exists()
    assert not TopicProgress.objects.exists()


def test_nul_in_forms_is_400_and_saves_nothing(ada_client: Client, ada: User) -> None:
    assert ada_client.post("/me/notes/markup", {"text": "a\u0000b"}).status_code == 400
    assert ada_client.post("/me/tokens", {"name": "lap\u0000top"}).status_code == 400
    assert ada_client.post("/me/progress/topic", {"topic": "markup", "status": "done\u0000"}).status_code == 400
    assert ada_client.post("/generate", {"roadmap": "alpha-dev", "goals": "x\u0000"}).status_code == 400
    assert not TopicNote.objects.exists()
    assert ApiToken.objects.count() == 0
    assert not TopicProgress.objects.exists()
    assert not SavedPlan.objects.exists()
    # line breaks and tabs in a note are text, not control characters
    assert ada_client.post("/me/notes/markup", {"text": "line one\r\n\tline two"}).status_code == 302
    assert TopicNote.objects.get().text == "line one\n\tline two"


def test_half_a_character_in_json_is_400_and_saves_nothing(client: Client, ada: User) -> None:
    raw = '{"targets": ["alpha-dev"], "known": ["\\ud800"]}'  # a lone surrogate: valid JSON, not storable text
    response = client.post("/api/v1/plans", raw, content_type="application/json")
    assert response.status_code == 400
    assert "control or binary characters" in response.json()["detail"]
    headers = _bearer(ada)
    response = client.put(
        "/api/v1/me/progress", '{"topics": {"\\udfff": "done"}}', content_type="application/json", headers=headers
    )
    assert response.status_code == 400
    assert "control or binary characters" in response.json()["detail"]
    assert not SavedPlan.objects.exists()


def test_a_json_body_nested_thousands_deep_is_400(client: Client) -> None:
    deep = "[" * 3000 + "]" * 3000
    response = client.post("/api/v1/plans", deep, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]


def test_an_oversized_api_body_is_a_json_413(client: Client, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = {"targets": ["alpha-dev"], "known": ["x" * 90] * 50}
    response = _json(client, "post", "/api/v1/plans", body)
    assert response.status_code == 413
    assert response.json()["detail"] == "the request body is too large"


# -- marking ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("signed_in", [False, True])
def test_marking_an_unknown_project_is_404_with_suggestions(client: Client, ada: User, signed_in: bool) -> None:
    if signed_in:
        client.force_login(ada)
    response = client.post("/me/progress/project", {"project": "alpha-dev/nope", "done": "true"})
    assert response.status_code == 404
    assert "We have no project “alpha-dev/nope”" in text(response.content)
    for bad in ("nope", "alpha-dev/", "/x", "nope/nope"):
        assert client.post("/me/progress/project", {"project": bad, "done": "true"}).status_code in (400, 404)


@pytest.mark.parametrize("phase", ["x", "1.5", "", "1e9"])
def test_a_bad_phase_saves_nothing_and_follows_nothing(ada_client: Client, ada: User, phase: str) -> None:
    data = {"topic": "markup", "status": "done", "track": "roadmap:alpha-dev", "phase": phase}
    response = ada_client.post("/me/progress/topic", data, headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert not TopicProgress.objects.exists()
    assert not ada.followed_roadmaps.exists() if hasattr(ada, "followed_roadmaps") else True
    from roadmapfinder.tracking.models import FollowedRoadmap

    assert not FollowedRoadmap.objects.exists()


# -- the learner data file -----------------------------------------------------------------------------------------


def _import(client: Client, document: object) -> Any:
    raw = document if isinstance(document, bytes) else json.dumps(document).encode()
    return client.post("/me/import", {"file": SimpleUploadedFile("data.json", raw, content_type="application/json")})


def _file(**parts: object) -> dict[str, object]:
    return {"format": "roadmapfinder-learner-data", "version": 1, **parts}


def _plan_record(request: dict[str, object], plan_id: str = "mine") -> dict[str, object]:
    return {"id": plan_id, "title": "T", "request": request, "created": "2026-01-01T00:00:00Z"}


@pytest.mark.parametrize(
    "document",
    [
        b'{"format": "roadmapfinder-learner-data", "x": ' + b"[" * 3000 + b"]" * 3000 + b"}",
        _file(notes=[{"topic": "markup", "text": "a\u0000b", "updated": "2026-01-01T00:00:00Z"}]),
        _file(username="ad\u0000a"),
        _file(topics=[{"topic": "markup", "status": "done", "updated": "9999-12-31T23:59:59-23:59"}]),
        _file(topics=[{"topic": "markup", "status": "done", "updated": "0001-01-01T00:00:00+23:59"}]),
        _file(roadmaps=[{"roadmap": "alpha-dev", "since": "9999-12-31T00:00:00Z"}]),
        _file(plans=[_plan_record({"targets": ["alpha-dev"], "start": FAR})]),
        _file(plans=[_plan_record({"targets": ["alpha\u0000"], "start": "2026-01-05"})]),
    ],
    ids=["deep", "nul-note", "nul-name", "offset-high", "offset-low", "far-follow", "far-plan", "nul-plan"],
)
def test_a_bad_import_is_400_and_changes_nothing(ada_client: Client, ada: User, document: object) -> None:
    ada_client.post("/me/notes/markup", {"text": "kept"})
    response = _import(ada_client, document)
    assert response.status_code == 400
    assert "Nothing was imported" in response.content.decode()
    assert TopicNote.objects.get().text == "kept"
    assert not SavedPlan.objects.exists()


def test_imported_plans_get_new_ids_unless_already_the_learners(ada_client: Client, ada: User, client: Client) -> None:
    own = SavedPlan.objects.create(request={"targets": ["alpha-dev"], "start": "2026-01-05"}, owner=ada, title="A")
    other = User.objects.create_user("eve", "eve@example.org", "another long passphrase")
    theirs = SavedPlan.objects.create(request={"targets": ["beta-ops"], "start": "2026-01-05"}, owner=other)
    document = _file(
        plans=[
            _plan_record({"targets": ["alpha-dev"], "start": "2026-01-05"}, own.id),
            _plan_record({"targets": ["alpha-dev"], "start": "2026-01-05"}, "chosen-by-me"),
            _plan_record({"targets": ["alpha-dev"], "start": "2026-01-05"}, theirs.id),
        ]
    )
    assert _import(ada_client, document).status_code == 302
    ids = set(SavedPlan.objects.filter(owner=ada).values_list("id", flat=True))
    assert own.id in ids
    assert "chosen-by-me" not in ids
    assert len(ids) == 3
    assert SavedPlan.objects.get(pk=theirs.id).owner == other


# -- stored records the planner refuses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stored",
    [
        {"targets": ["alpha-dev"], "start": FAR},
        {"targets": ["alpha-dev"], "start": "not a date"},
        {"targets": "alpha-dev", "hours_per_week": "many"},
        {"nothing": True},
        ["not", "a", "dict"],
    ],
)
def test_a_damaged_stored_plan_never_breaks_a_page(ada_client: Client, ada: User, stored: object) -> None:
    saved = SavedPlan.objects.create(request=stored, owner=ada, title="Broken")
    assert ada_client.get("/me").status_code == 200
    progress = ada_client.get("/api/v1/me/progress")
    assert progress.status_code == 200
    assert progress.json()["plans"][0]["id"] == saved.id
    assert ada_client.get(f"/plans/{saved.id}").status_code == 200
    assert ada_client.get(f"/api/v1/plans/{saved.id}").status_code == 400
    for fmt in ("md", "ics", "pdf"):
        response = ada_client.get(f"/api/v1/plans/{saved.id}.{fmt}")
        assert response.status_code == 400, fmt
        assert response["Content-Type"].startswith("application/json")
    fixed = ada_client.post(f"/plans/{saved.id}", {"roadmap": "alpha-dev", "hours": "10"})
    assert fixed.status_code == 302
