"""The API's "did you mean" is for people: its `hint` names each close roadmap, topic or project as its page does
(“Backend Developer”), and `suggestions` keep their ids for programs; the OpenAPI document says which is which.

Before: "did you mean: backend?", "did you mean: linux-command-line, ruby-scripting-cli, rust-cli-apps?", and a
misspelt finished roadmap's 400 had no `suggestions` at all, so a client that shows the hint to a person showed
slugs."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.tracking import services
from tests.helpers import check_openapi, openapi_document

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def test_a_misspelt_roadmap_is_offered_by_its_title() -> None:
    answer = Client().get("/api/v1/roadmaps/bakend")
    assert answer.status_code == 404
    body = answer.json()
    check_openapi("/api/v1/roadmaps/{slug}", 404, body)
    assert body == {
        "detail": "no roadmap `bakend`",
        "hint": "did you mean: “Backend Developer”?",
        "suggestions": ["backend"],
    }


def test_a_misspelt_topic_is_offered_by_the_names_its_page_shows() -> None:
    body = Client().get("/api/v1/topics/linux-comand-line").json()
    check_openapi("/api/v1/topics/{topic_id}", 404, body)
    assert body["suggestions"][0] == "linux-command-line"
    assert body["hint"].startswith("did you mean: “Linux and the command line”, ")
    for topic_id in body["suggestions"]:
        assert topic_id not in body["hint"]


def test_a_misspelt_project_is_offered_by_its_title(ada: User) -> None:
    token = services.token_create(user=ada, name="laptop")[1]
    answer = Client().put(
        "/api/v1/me/progress/projects/backend/terminal-only-dayy",
        json.dumps({"done": True}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 404
    body = answer.json()
    assert body["hint"] == "did you mean: “Terminal-only day”?"
    assert body["suggestions"] == ["backend/terminal-only-day"]


def test_a_misspelt_finished_roadmap_of_a_plan_is_offered_by_its_title_with_its_slug_for_programs() -> None:
    plan: dict[str, Any] = {"targets": ["devops"], "start": "2027-01-04", "finished": ["Backend Develper"]}
    answer = Client().post("/api/v1/plans", plan, "application/json")
    assert answer.status_code == 400
    body = answer.json()
    check_openapi("/api/v1/plans", 400, body, method="post")
    assert body["detail"] == "no roadmap named `Backend Develper` in finished"
    assert body["hint"].startswith("did you mean: “Backend Developer”")
    assert body["suggestions"][0] == "backend"  # before: none on a 400


def test_the_document_says_the_hint_is_for_people_and_the_suggestions_for_programs() -> None:
    error = openapi_document()["components"]["schemas"]["ErrorOut"]["properties"]
    assert "as their pages name them" in error["hint"]["description"]
    assert "slugs, topic ids or project keys" in error["suggestions"]["description"]
    assert error["detail"]["description"]


def test_the_command_line_shows_the_servers_hint_and_names_an_older_servers_keys(
    ada: User, monkeypatch: pytest.MonkeyPatch, setenv: Any, tmp_path: Any
) -> None:
    from typer.testing import CliRunner

    from roadmapfinder.cli.app import app
    from roadmapfinder.cli.server_client import ApiClient, Login, refusal

    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=services.token_create(user=ada, name="laptop")[1]).save()
    older: list[bool] = []  # the answering server: [True] for one from before hints named

    def call(self: ApiClient, method: str, path: str, body: object | None = None) -> Any:
        response = Client().generic(
            method,
            path,
            json.dumps(body) if body is not None else "",
            content_type="application/json",
            headers={"Authorization": f"Bearer {self.login.token}"},
        )
        answer = response.json()
        if response.status_code >= 400:
            if older == [True] and answer["suggestions"]:  # a server from before hints named: the keys in the hint
                answer["hint"] = f"did you mean: {', '.join(answer['suggestions'])}?"
            raise refusal(response.status_code, answer)
        return answer

    monkeypatch.setattr(ApiClient, "_call", call)
    for server in ([False], [True]):
        older[:] = server
        result = CliRunner().invoke(app, ["follow", "bakend"])
        assert result.exit_code == 2
        assert "hint: did you mean: “Backend Developer”?" in result.stderr
