"""The review queue through the API: finished topics come back after their interval with their questions, a
review is graded and moves the topic, bad answers save nothing, and one learner never sees another's queue."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.clock import today
from roadmapfinder.progress import TopicStatus
from roadmapfinder.tracking import services
from roadmapfinder.tracking.models import TopicProgress
from tests.helpers import answer_cli_calls_here, check_openapi

pytestmark = [pytest.mark.database, pytest.mark.django_db]

RETRY_PUT = "The same as after one request, because PUT replaces the resource with the body it sends"
STATUS_RIGHT = "The client's request, because 4xx codes describe a request the server will not fulfil as sent"
STATUS_WRONG = "The server's, because it lost the order"
runner = CliRunner()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _finished(user: User, topic: str, days_ago: int) -> None:
    services.progress_set(user=user, topic_id=topic, status=TopicStatus.DONE)
    TopicProgress.objects.filter(user=user, topic_id=topic).update(
        updated=TopicProgress.objects.get(user=user, topic_id=topic).updated - timedelta(days=days_ago)
    )


def _answer(client: Client, token: str, answers: list[dict[str, str]]) -> Any:
    return client.post("/api/v1/me/review", {"answers": answers}, content_type="application/json", headers=_auth(token))


@pytest.fixture
def learner() -> tuple[User, str]:
    ada = User.objects.create_user("ada")
    return ada, services.token_create(user=ada, name="cli")[1]


def test_a_topic_finished_three_days_ago_comes_back_with_two_choice_questions(
    client: Client, learner: tuple[User, str]
) -> None:
    ada, token = learner
    _finished(ada, "http-basics", days_ago=3)
    _finished(ada, "markup", days_ago=30)  # no questions: never in the queue
    queue = client.get("/api/v1/me/review", headers=_auth(token)).json()
    check_openapi("/api/v1/me/review", 200, queue)
    assert queue["due"] == 1
    [topic] = queue["session"]
    assert (topic["topic"], topic["name"], topic["interval_days"]) == ("http-basics", "HTTP basics", 3)
    assert [q["key"] for q in topic["questions"]] == ["http-basics/retry-put", "http-basics/status-family"]
    assert all(q["kind"] == "choice" for q in topic["questions"])


def test_a_right_review_moves_the_topic_ten_days_on_and_a_wrong_one_brings_it_back_in_three(
    client: Client, learner: tuple[User, str]
) -> None:
    ada, token = learner
    _finished(ada, "http-basics", days_ago=4)
    right = _answer(
        client,
        token,
        [
            {"question": "http-basics/retry-put", "choice": RETRY_PUT},
            {"question": "http-basics/status-family", "choice": STATUS_RIGHT},
        ],
    )
    assert right.status_code == 200, right.content
    check_openapi("/api/v1/me/review", 200, right.json(), method="post")
    [topic] = right.json()["topics"]
    assert (topic["right"], topic["next_due"]) == (True, str(today() + timedelta(days=10)))
    after = client.get("/api/v1/me/review", headers=_auth(token)).json()
    assert (after["due"], after["session"], after["next_due"]) == (0, [], str(today() + timedelta(days=10)))

    _finished(ada, "http-basics", days_ago=4)  # finished again: the schedule restarts from that day
    wrong = _answer(client, token, [{"question": "http-basics/status-family", "choice": STATUS_WRONG}])
    [topic] = wrong.json()["topics"]
    assert topic["right"] is False
    assert topic["next_due"] == str(today() + timedelta(days=3))
    assert topic["results"][0]["chosen_why"].startswith("A lost record on purpose")


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ({"question": "markup/anything", "choice": "x"}, "`markup` is not a finished topic with questions"),
        ({"question": "http-basics/read-a-302", "choice": "x"}, "is not a choice question of the review"),
        ({"question": "http-basics/status-family", "choice": "PATCH"}, "is not a choice of question `status-family`"),
        ({"question": "no-slash", "choice": "x"}, "`no-slash` is not a question key"),
    ],
)
def test_bad_review_answers_are_refused_and_nothing_is_kept(
    client: Client, learner: tuple[User, str], answer: dict[str, str], said: str
) -> None:
    ada, token = learner
    _finished(ada, "http-basics", days_ago=5)
    refused = _answer(client, token, [{"question": "http-basics/retry-put", "choice": RETRY_PUT}, answer])
    assert refused.status_code == 400
    assert said in refused.json()["detail"]
    assert client.get("/api/v1/me/answers", headers=_auth(token)).json()["answers"] == []


def test_the_queue_is_each_learners_own(client: Client, learner: tuple[User, str]) -> None:
    ada, ada_token = learner
    grace = User.objects.create_user("grace")
    grace_token = services.token_create(user=grace, name="cli")[1]
    _finished(ada, "http-basics", days_ago=3)
    assert client.get("/api/v1/me/review", headers=_auth(grace_token)).json()["due"] == 0
    refused = _answer(client, grace_token, [{"question": "http-basics/retry-put", "choice": RETRY_PUT}])
    assert refused.status_code == 400
    assert client.get("/api/v1/me/review", headers=_auth(ada_token)).json()["due"] == 1
    assert client.get("/api/v1/me/review").status_code == 401


# --- `roadmapfinder review` ----------------------------------------------------------------------------------------


@pytest.fixture
def logged_in_cli(
    monkeypatch: pytest.MonkeyPatch, setenv: Callable[[str, str], None], tmp_path: Path, learner: tuple[User, str]
) -> User:
    """The CLI logged in as ada, its calls answered by this process's API instead of a network server."""
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    Login(server="http://testserver", token=learner[1]).save()

    answer_cli_calls_here(monkeypatch)
    return learner[0]


def test_review_in_the_terminal_asks_grades_and_says_when_each_topic_comes_back(
    client: Client, logged_in_cli: User
) -> None:
    _finished(logged_in_cli, "http-basics", days_ago=3)
    queue = json.loads(runner.invoke(app, ["review", "--json"]).stdout)
    assert [t["topic"] for t in queue["session"]] == ["http-basics"]
    first, second = queue["session"][0]["questions"]
    typed = f"{first['choices'].index(RETRY_PUT) + 1}\n{second['choices'].index(STATUS_RIGHT) + 1}\n"
    result = runner.invoke(app, ["review"], input=typed)
    assert result.exit_code == 0, result.output
    back = today() + timedelta(days=10)
    assert f"HTTP basics: all right; back on {back:%a %d %b %Y}." in result.stdout
    assert "Nothing to review today. The next review is on" in runner.invoke(app, ["review"]).stdout


def test_review_without_a_login_says_how_to_log_in(setenv: Callable[[str, str], None], tmp_path: Path) -> None:
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "none.json"))
    result = runner.invoke(app, ["review"])
    assert result.exit_code != 0
    assert "login" in result.output
    assert "Traceback" not in result.output
