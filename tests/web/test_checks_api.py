"""The self-check API: questions in the topic's JSON, grading a topic's answers (open to all; kept for a learner),
`/me/answers` and its isolation; and `roadmapfinder check` printing the same JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.tracking import services
from tests.helpers import answer_cli_calls_here, check_openapi

pytestmark = [pytest.mark.database, pytest.mark.django_db]

RETRY_PUT = "The same as after one request, because PUT replaces the resource with the body it sends"
STATUS_WRONG = "The server's, because it lost the order"
ANSWERS: list[dict[str, Any]] = [
    {"question": "retry-put", "choice": RETRY_PUT},
    {"question": "status-family", "choice": STATUS_WRONG},
    {"question": "read-a-302", "got_it": True},
]
runner = CliRunner()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _check(client: Client, answers: list[dict[str, Any]], topic: str = "http-basics", **headers: str) -> Any:
    return client.post(
        f"/api/v1/topics/{topic}/check", {"answers": answers}, content_type="application/json", headers=headers
    )


def test_the_topics_json_lists_its_questions_without_the_answers(client: Client) -> None:
    body = client.get("/api/v1/topics/http-basics").json()
    check_openapi("/api/v1/topics/{topic_id}", 200, body)
    first = body["questions"][0]
    assert first["key"] == "http-basics/retry-put"
    assert first["kind"] == "choice"
    assert RETRY_PUT in first["choices"]
    assert set(first) == {"id", "key", "kind", "ask", "choices", "model_answer"}
    assert body["questions"][2]["model_answer"].startswith("It sends a GET to /new")
    assert client.get("/api/v1/topics/markup").json()["questions"] == []


def test_anyone_can_check_a_topic_and_a_learners_answers_are_kept_for_them_alone(client: Client) -> None:
    anonymous = _check(client, ANSWERS)
    assert anonymous.status_code == 200
    graded = anonymous.json()
    check_openapi("/api/v1/topics/{topic_id}/check", 200, graded, method="post")
    assert (graded["right"], graded["asked"], graded["passed"], graded["recorded"]) == (2, 3, False, False)
    wrong = graded["results"][1]
    assert wrong["chosen_why"].startswith("A lost record on purpose")
    assert wrong["answer"].startswith("The client's request")
    ada = User.objects.create_user("ada")
    grace = User.objects.create_user("grace")
    ada_token = services.token_create(user=ada, name="cli")[1]
    grace_token = services.token_create(user=grace, name="cli")[1]
    assert _check(client, ANSWERS, **_auth(ada_token)).json()["recorded"] is True
    mine = client.get("/api/v1/me/answers", headers=_auth(ada_token)).json()
    check_openapi("/api/v1/me/answers", 200, mine)
    assert [(a["question"], a["right"], a["source"]) for a in mine["answers"]] == [
        ("http-basics/read-a-302", True, "check"),
        ("http-basics/retry-put", True, "check"),
        ("http-basics/status-family", False, "check"),
    ]
    assert [(c["topic"], c["right"], c["asked"], c["passed"]) for c in mine["checks"]] == [("http-basics", 2, 3, False)]
    theirs = client.get("/api/v1/me/answers", headers=_auth(grace_token)).json()
    assert theirs == {"answers": [], "checks": []}  # nobody sees another learner's answers
    assert client.get("/api/v1/me/answers?topic=terminal", headers=_auth(ada_token)).json()["checks"] == []
    assert client.get("/api/v1/me/answers?topic=htp-basics", headers=_auth(ada_token)).status_code == 404
    assert client.get("/api/v1/me/answers").status_code == 401
    assert _check(client, ANSWERS, **_auth("rf_wrong")).status_code == 401


def test_a_session_check_needs_the_csrf_token(ada: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(ada)
    assert _check(client, ANSWERS).status_code == 403


@pytest.mark.parametrize(
    ("topic", "answers", "status", "detail"),
    [
        ("htp-basics", [], 404, "no topic `htp-basics`"),
        ("markup", [], 400, "the topic `markup` has no self-check questions yet"),
        ("http-basics", [{"question": "nope", "choice": "x"}], 400, "`http-basics` has no question `nope`"),
        ("http-basics", [{"question": "retry-put", "choice": "Maybe"}], 400, "`Maybe` is not a choice"),
        ("http-basics", [{"question": "read-a-302", "choice": RETRY_PUT}], 400, "question `read-a-302` is answered in"),
        ("http-basics", [{"question": "retry-put", "choice": RETRY_PUT, "extra": 1}], 422, ""),
    ],
)
def test_bad_checks_are_refused_with_a_reason(
    client: Client, topic: str, answers: list[dict[str, Any]], status: int, detail: str
) -> None:
    response = _check(client, answers, topic)
    assert response.status_code == status
    assert response.json()["detail"].startswith(detail)


def test_the_placement_check_through_the_api_asks_until_decided_then_says_what_is_known(client: Client) -> None:
    from roadmapfinder.catalog import default_catalog

    catalog = default_catalog()
    plan = {"targets": ["alpha-dev"], "hours_per_week": 10}
    answers: list[dict[str, str]] = []
    for _ in range(20):
        response = client.post("/api/v1/placement", {"plan": plan, "answers": answers}, content_type="application/json")
        assert response.status_code == 200, response.json()
        body = response.json()
        check_openapi("/api/v1/placement", 200, body, method="post")
        if body["next"] is None:
            break
        asked = body["next"]["question"]
        topic_id, _, question_id = asked["key"].partition("/")
        question = next(q for q in catalog.topic(topic_id).questions if q.id == question_id)
        right = topic_id == "terminal"
        answers.append({"question": asked["key"], "choice": question.answer if right else question.wrong[0].choice})
    assert [(d["topic"], d["verdict"]) for d in body["decisions"]] == [
        ("web-basics", "not_known"),
        ("http-basics", "not_known"),
        ("terminal", "known"),
        ("version-control", "not_known"),
    ]
    assert body["known"] == ["Terminal basics"]
    forged = {"plan": plan, "answers": [{"question": "terminal/pipe-count", "choice": "x"}]}
    refused = client.post("/api/v1/placement", forged, content_type="application/json")
    assert refused.status_code == 400
    assert "came where" in refused.json()["detail"]


# --- `roadmapfinder check` -----------------------------------------------------------------------------------------


@pytest.fixture
def cli_config(setenv: Callable[[str, str], None], tmp_path: Path) -> Path:
    path = tmp_path / "config.json"
    setenv("ROADMAPFINDER_CONFIG", str(path))
    return path


@pytest.fixture
def through_the_api(monkeypatch: pytest.MonkeyPatch, cli_config: Path) -> None:
    """The CLI's calls answered by this process's API (Django's test client) instead of a network server."""
    answer_cli_calls_here(monkeypatch)


def _numbers(client: Client) -> list[str]:
    """`--answer` options giving the same answers as ANSWERS, by each choice's number as listed."""
    questions = {q["id"]: q for q in client.get("/api/v1/topics/http-basics").json()["questions"]}
    return [
        "--answer",
        f"retry-put={questions['retry-put']['choices'].index(RETRY_PUT) + 1}",
        "--answer",
        f"status-family={questions['status-family']['choices'].index(STATUS_WRONG) + 1}",
        "--answer",
        "read-a-302=yes",
    ]


@pytest.mark.usefixtures("cli_config")
def test_check_json_without_a_login_is_the_apis_answer(client: Client) -> None:
    result = runner.invoke(app, ["check", "http-basics", *_numbers(client), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == _check(client, ANSWERS).json()
    assert "Not logged in" in result.stderr


@pytest.mark.usefixtures("through_the_api")
def test_check_logged_in_keeps_the_answers_on_the_server(client: Client) -> None:
    ada = User.objects.create_user("ada")
    token = services.token_create(user=ada, name="cli")[1]
    Login(server="http://testserver", token=token).save()
    result = runner.invoke(app, ["check", "http-basics", *_numbers(client), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["recorded"] is True
    assert len(client.get("/api/v1/me/answers", headers=_auth(token)).json()["answers"]) == 3


@pytest.mark.usefixtures("cli_config")
def test_check_asks_in_the_terminal_and_explains(client: Client) -> None:
    numbers = [n.split("=")[1] for n in _numbers(client)[1::2]]
    typed = f"{numbers[0]}\n7\n{numbers[1]}\n\nyes\n"  # 7 is no choice: asked again
    result = runner.invoke(app, ["check", "http-basics"], input=typed, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Model answer: It sends a GET to /new" in result.stderr
    assert "type a number from 1 to " in result.stderr  # what to type, never the question's key
    assert "status-family" not in result.output
    assert "HTTP basics: 2 of 3 right, not yet." in result.stdout
    assert f"You chose “{STATUS_WRONG}”: A lost record on purpose" in result.stdout


@pytest.mark.usefixtures("cli_config")
def test_a_passed_check_says_how_to_mark_the_topic_done_by_its_name(client: Client) -> None:
    right = "The client's request, because 4xx codes describe a request the server will not fulfil as sent"
    options = _numbers(client)
    questions = {q["id"]: q for q in client.get("/api/v1/topics/http-basics").json()["questions"]}
    options[3] = f"status-family={questions['status-family']['choices'].index(right) + 1}"
    result = runner.invoke(app, ["check", "http basics", *options], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "HTTP basics: 3 of 3 right, passed." in result.stdout
    assert "Mark it done if you agree: roadmapfinder done 'HTTP basics'" in result.stdout  # not its id, http-basics


@pytest.mark.usefixtures("cli_config")
@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["check", "htp-basics"], "no topic `htp-basics`", 2),  # a name that names nothing
        (["check", "markup"], "“Markup” has no self-check questions", 1),
        (["check", "http-basics", "--answer", "nope=1"], "`nope=1` does not name one of the questions", 1),
        (["check", "http-basics", "--answer", "retry-put=9"], "answer `retry-put` with a choice's number", 1),
    ],
)
def test_check_errors_are_messages_with_exit_1_or_2(args: list[str], message: str, code: int) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in result.stderr


def test_topic_json_in_the_cli_lists_the_questions_like_the_api(client: Client) -> None:
    printed = json.loads(runner.invoke(app, ["topic", "http-basics", "--json"]).stdout)
    assert printed["questions"] == client.get("/api/v1/topics/http-basics").json()["questions"]
