"""`GET /api/v1/me/progress` says what to do next by name beside the ids: a followed catalog roadmap's, a followed
generated roadmap's and a plan's `next_topic_names`, in the order of `next_topics`, as the topics' pages name them,
and the OpenAPI document says so (and that the server always answers both).

Before: `next_topics` alone, ids ("linux-command-line"), so a client had to ask `/api/v1/topics/{id}` for each name
to show a person; the document described neither."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.tracking import services
from tests.helpers import check_openapi, openapi_document

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

PROGRESS = "/api/v1/me/progress"


@pytest.fixture
def ada_token(ada: User) -> str:
    return services.token_create(user=ada, name="laptop")[1]


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _put(path: str, body: object, token: str) -> Any:
    return Client().put(path, json.dumps(body), content_type="application/json", headers=_auth(token))


def _name(topic_id: str) -> str:
    name: str = Client().get(f"/api/v1/topics/{topic_id}").json()["name"]
    return name


def test_every_next_topic_comes_with_its_name(ada_token: str) -> None:
    assert _put("/api/v1/me/following/devops", {}, ada_token).status_code == 200
    assert _put("/api/v1/me/progress/linux-command-line", {"status": "done"}, ada_token).status_code == 200
    generated = Client().post("/api/v1/roadmaps/generate", {"goal": "learn kubernetes"}, "application/json").json()
    assert _put(f"/api/v1/me/following/generated/{generated['id']}", {}, ada_token).status_code == 200
    made = Client().post(
        "/api/v1/plans", {"targets": ["backend developer"]}, "application/json", headers=_auth(ada_token)
    )
    assert made.status_code == 201, made.content

    body = Client().get(PROGRESS, headers=_auth(ada_token)).json()
    check_openapi(PROGRESS, 200, body)
    answered = [*body["roadmaps"], *body["generated"], *body["plans"]]
    assert len(answered) == 3
    for standing in answered:
        assert standing["next_topics"], standing
        assert standing["next_topic_names"] == [_name(t) for t in standing["next_topics"]]
    assert "Linux system administration" in body["roadmaps"][0]["next_topic_names"]  # not "linux-system-administration"
    one = Client().get(PROGRESS, {"roadmap": "devops"}, headers=_auth(ada_token)).json()
    assert one["roadmaps"][0]["next_topic_names"] == body["roadmaps"][0]["next_topic_names"]


@pytest.mark.parametrize("schema", ["RoadmapProgressOut", "GeneratedProgressOut", "PlanProgressOut"])
def test_the_document_says_the_ids_are_for_programs_and_the_names_for_people(schema: str) -> None:
    declared = openapi_document()["components"]["schemas"][schema]
    names = declared["properties"]["next_topic_names"]
    assert names["items"] == {"type": "string"}
    assert "`next_topics`" in names["description"]
    assert "same order" in names["description"]
    assert "id" in declared["properties"]["next_topics"]["description"]
    assert {"next_topics", "next_topic_names"} <= set(declared["required"])  # the server always answers both


def test_the_command_line_says_the_servers_names_and_names_an_older_servers_ids_itself(
    ada_token: str, monkeypatch: pytest.MonkeyPatch, setenv: Any, tmp_path: Any
) -> None:
    from typer.testing import CliRunner

    from roadmapfinder.cli.app import app
    from roadmapfinder.cli.server_client import ApiClient, Login
    from tests.helpers import answer_cli_calls_here

    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    answer_cli_calls_here(monkeypatch)
    Login(server="http://testserver", token=ada_token).save()
    assert CliRunner().invoke(app, ["follow", "DevOps Engineer"]).exit_code == 0
    names = Client().get(PROGRESS, headers=_auth(ada_token)).json()["roadmaps"][0]["next_topic_names"]
    assert f"Next: {', '.join(names)}" in CliRunner().invoke(app, ["progress"]).stdout

    answered = ApiClient._call

    def older_server(self: ApiClient, method: str, path: str, body: object | None = None) -> Any:
        data = answered(self, method, path, body)
        for standing in data.get("roadmaps", []):
            del standing["next_topic_names"]
        return data

    monkeypatch.setattr(ApiClient, "_call", older_server)
    assert f"Next: {', '.join(names)}" in CliRunner().invoke(app, ["progress"]).stdout
