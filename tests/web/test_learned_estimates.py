"""Estimates that learn: when a topic went in progress and done, the hours a learner says it took, and the medians
over many learners beside the catalog's hours (topic page, topic JSON, staff API, admin page, CLI).

Runs on SQLite and, under `make test`, again on PostgreSQL (`-m database`): the medians come from fixture data
stored through the services, as learners would store it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.progress import TopicStatus
from roadmapfinder.tracking import selectors, services
from roadmapfinder.tracking.models import TopicProgress
from tests.helpers import answer_cli_calls_here, check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

runner = CliRunner()


def _learners_finished(topic_id: str, hours: list[float | None], prefix: str = "learner") -> list[User]:
    """One learner per entry, each marking the topic done and saying the hours (None: said nothing)."""
    users = []
    for n, said in enumerate(hours):
        user = User.objects.create_user(f"{prefix}{n}")
        services.progress_set(user=user, topic_id=topic_id, status=TopicStatus.DONE)
        if said is not None:
            services.progress_hours_set(user=user, topic_id=topic_id, hours=said)
        users.append(user)
    return users


@pytest.fixture
def threshold(setenv: Callable[[str, str], None]) -> int:
    setenv("LEARNED_ESTIMATE_MIN_LEARNERS", "4")
    return 4


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.usefixtures("threshold")
def test_the_median_appears_only_once_enough_learners_reported() -> None:
    _learners_finished("queries", [4, 30, 6])  # three said; one short of four
    _learners_finished("terminal", [2, 3, None, 4, 5, 3], prefix="t")  # five said, one did not
    estimates = selectors.learned_estimates_of()
    assert estimates.min_learners == 4
    assert [row.topic for row in estimates.topics] == ["terminal"]
    terminal = estimates.topics[0]
    assert (terminal.median_hours, terminal.learners) == (3.0, 5)
    assert selectors.topic_learned_hours(topic_id="queries") is None
    User.objects.create_user("fourth")
    services.progress_set(user=User.objects.get(username="fourth"), topic_id="queries", status=TopicStatus.DONE)
    services.progress_hours_set(user=User.objects.get(username="fourth"), topic_id="queries", hours=8)
    learned = selectors.topic_learned_hours(topic_id="queries")
    assert learned is not None
    assert (learned.median_hours, learned.learners) == (7.0, 4), "an even count takes the mean of the middle two"


@pytest.mark.usefixtures("threshold")
def test_a_reopened_topic_no_longer_counts_and_its_finish_is_cleared() -> None:
    users = _learners_finished("queries", [5, 5, 6, 40])
    assert selectors.topic_learned_hours(topic_id="queries") is not None
    services.progress_set(user=users[3], topic_id="queries", status=TopicStatus.IN_PROGRESS)
    row = TopicProgress.objects.get(user=users[3], topic_id="queries")
    assert row.finished is None
    assert row.hours == 40, "what the learner said is kept for when they finish again"
    assert selectors.topic_learned_hours(topic_id="queries") is None


def test_started_and_finished_are_recorded_as_the_learner_moves_on(ada: User) -> None:
    services.progress_set(user=ada, topic_id="markup", status=TopicStatus.IN_PROGRESS)
    started = TopicProgress.objects.get(user=ada, topic_id="markup").started
    assert started is not None
    services.progress_set(user=ada, topic_id="markup", status=TopicStatus.IN_PROGRESS)
    services.progress_set(user=ada, topic_id="markup", status=TopicStatus.DONE)
    row = TopicProgress.objects.get(user=ada, topic_id="markup")
    assert row.started == started, "going in progress again keeps the first start"
    assert row.finished is not None
    assert row.finished >= started


@pytest.mark.usefixtures("threshold")
def test_topic_page_and_json_show_the_median_beside_the_estimate_only_past_the_threshold(client: Client) -> None:
    _learners_finished("queries", [12, 14, 16])
    page = text(client.get("/topics/queries").content)
    assert "About 10 hours of study" in page
    assert "Learners took a median" not in page
    assert client.get("/api/v1/topics/queries").json()["learned_hours"] is None
    _learners_finished("queries", [20], prefix="late")
    from django.core.cache import cache

    cache.clear()  # the cached page turns over daily; a test does not wait a day
    from roadmapfinder.web.caching import process_copies

    process_copies.clear()
    page = text(client.get("/topics/queries").content)
    assert "About 10 hours of study" in page
    assert "Learners took a median of 15 h (4 learners who finished it said)" in page
    body = client.get("/api/v1/topics/queries").json()
    assert body["learned_hours"] == {"median_hours": 15.0, "learners": 4}
    check_openapi("/api/v1/topics/{topic_id}", 200, body)
    panel = text(client.get("/topics/queries/panel").content)
    assert "Learners took a median of 15 h" in panel


def test_the_api_takes_hours_with_done_and_refuses_them_otherwise(client: Client, ada: User) -> None:
    token = services.token_create(user=ada, name="laptop")[1]
    put = "/api/v1/me/progress/queries"
    answer = client.put(put, {"status": "done", "hours": 12.25}, content_type="application/json", headers=_auth(token))
    assert answer.status_code == 200
    assert answer.json() == {"topic": "queries", "name": "Queries", "status": "done", "hours": 12.2}
    check_openapi("/api/v1/me/progress/{topic_id}", 200, answer.json(), method="put")
    again = client.put(put, {"status": "done"}, content_type="application/json", headers=_auth(token))
    assert again.json()["hours"] == 12.2, "left out, the hours are unchanged"
    wrong = client.put(
        "/api/v1/me/progress/terminal",
        {"status": "in_progress", "hours": 3},
        content_type="application/json",
        headers=_auth(token),
    )
    assert wrong.status_code == 400
    assert wrong.json()["detail"] == "hours go with a done topic"
    assert not TopicProgress.objects.filter(user=ada, topic_id="terminal").exists(), "nothing half-saved"
    for silly in (0, -2, 9000):
        refused = client.put(
            put, {"status": "done", "hours": silly}, content_type="application/json", headers=_auth(token)
        )
        assert refused.status_code == 422
    forget = client.put(put, {"status": "done", "hours": None}, content_type="application/json", headers=_auth(token))
    assert forget.json()["hours"] is None


def test_the_estimates_list_is_for_staff_and_holds_no_learner(client: Client, threshold: int) -> None:
    _learners_finished("terminal", [3, 3, 5, 8])
    learner = User.objects.create_user("ada")
    staff = User.objects.create_user("grace", is_staff=True)
    refused = client.get("/api/v1/estimates", headers=_auth(services.token_create(user=learner, name="x")[1]))
    assert refused.status_code == 403
    assert client.get("/api/v1/estimates").status_code == 401
    answer = client.get("/api/v1/estimates", headers=_auth(services.token_create(user=staff, name="x")[1]))
    assert answer.status_code == 200
    check_openapi("/api/v1/estimates", 200, answer.json())
    assert answer.json() == {
        "min_learners": threshold,
        "topics": [
            {
                "topic": "terminal",
                "name": "Terminal basics",
                "catalog_hours": 10.0,
                "median_hours": 4.0,
                "learners": 4,
                "ratio": 0.4,
            }
        ],
    }
    assert "learner0" not in answer.content.decode()


def test_the_admin_page_compares_without_naming_anyone(threshold: int) -> None:
    _learners_finished("terminal", [3, 3, 5, 8])
    admin = User.objects.create_superuser("root", "root@example.org", "x")
    client = Client()
    client.force_login(admin)
    page = client.get("/admin/tracking/learnedestimate/")
    assert page.status_code == 200
    shown = text(page.content)
    assert "Learners' estimates" in shown
    assert "Terminal basics 10 h 4 h 4 0.40" in shown
    assert "learner0" not in shown


def test_the_hours_form_marks_done_and_says_what_it_kept(ada_client: Client, ada: User) -> None:
    page = text(ada_client.get("/topics/queries").content)
    assert "Finished it? Hours it took you" in page
    answer = ada_client.post(
        "/me/progress/hours",
        {"topic": "queries", "hours": "9,5", "next": "/topics/queries"},
        headers={"HX-Request": "true"},
    )
    assert "Saved: 9.5 h, marked done." in text(answer.content)
    row = TopicProgress.objects.get(user=ada, topic_id="queries")
    assert (row.status, row.hours) == ("done", 9.5)
    bad = ada_client.post("/me/progress/hours", {"topic": "queries", "hours": "lots"}, headers={"HX-Request": "true"})
    assert bad.status_code == 400
    assert "“lots” is not a number of hours" in text(bad.content).replace("`", "“", 1).replace("`", "”", 1)
    assert TopicProgress.objects.get(user=ada, topic_id="queries").hours == 9.5
    plain = ada_client.post("/me/progress/hours", {"topic": "queries", "hours": "", "next": "/topics/queries"})
    assert plain.status_code == 302
    assert TopicProgress.objects.get(user=ada, topic_id="queries").hours is None


def test_a_visitor_sees_no_hours_form(client: Client) -> None:
    assert "Hours it took you" not in text(client.get("/topics/queries").content)
    assert client.post("/me/progress/hours", {"topic": "queries", "hours": "3"}).status_code == 302  # to log in
    assert not TopicProgress.objects.exists()


def test_hours_and_times_travel_in_the_data_file_and_go_with_the_account(ada_client: Client, ada: User) -> None:
    services.progress_set(user=ada, topic_id="queries", status=TopicStatus.IN_PROGRESS)
    services.progress_set(user=ada, topic_id="queries", status=TopicStatus.DONE)
    services.progress_hours_set(user=ada, topic_id="queries", hours=11)
    exported = ada_client.get("/me/export").content
    record = json.loads(exported)["topics"][0]
    assert record["hours"] == 11.0
    assert record["started"]
    assert record["finished"]
    TopicProgress.objects.filter(user=ada).delete()
    upload = SimpleUploadedFile("mine.json", exported, content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302
    assert ada_client.get("/me/export").content == exported
    older = json.loads(exported)
    del older["topics"][0]["hours"], older["topics"][0]["started"], older["topics"][0]["finished"]
    upload = SimpleUploadedFile("old.json", json.dumps(older).encode(), content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302, "files from before still import"
    from tests.helpers import PASSWORD

    deleted = ada_client.post("/accounts/delete/", {"password": PASSWORD})
    assert deleted.status_code == 302
    assert not User.objects.filter(username="ada").exists()
    assert not TopicProgress.objects.filter(topic_id="queries").exists(), "the hours go with the account"


@pytest.fixture
def cli_through_the_api(monkeypatch: pytest.MonkeyPatch, setenv: Callable[[str, str], None], tmp_path: Path) -> None:
    """The CLI's calls answered by this process's API (Django's test client), bodies included."""
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    answer_cli_calls_here(monkeypatch)


@pytest.mark.usefixtures("cli_through_the_api", "threshold")
def test_cli_done_with_hours_then_estimates_for_staff() -> None:
    _learners_finished("terminal", [3, 4, 6])
    ada = User.objects.create_user("ada")
    Login(server="http://testserver", token=services.token_create(user=ada, name="cli")[1]).save()
    done = runner.invoke(app, ["done", "terminal", "--hours", "5"])
    assert done.exit_code == 0, done.output
    assert done.stdout.strip() == "Terminal basics: Done, took you 5 h"
    refused = runner.invoke(app, ["done", "terminal", "--status", "in_progress", "--hours", "5"])
    assert refused.exit_code == 1
    assert "--hours goes with a done topic" in refused.stderr
    typo = runner.invoke(app, ["done", "terminal", "--hours", "five"])
    assert typo.exit_code == 1
    assert "not a number of hours" in typo.stderr
    assert "Traceback" not in typo.output
    assert runner.invoke(app, ["estimates"]).exit_code == 1, "a learner's login is refused"
    grace = User.objects.create_user("grace", is_staff=True)
    Login(server="http://testserver", token=services.token_create(user=grace, name="cli")[1]).save()
    listed = runner.invoke(app, ["estimates", "--json"])
    assert listed.exit_code == 0, listed.output
    body = json.loads(listed.stdout)
    assert body["topics"][0]["topic"] == "terminal"
    assert (body["topics"][0]["median_hours"], body["topics"][0]["learners"]) == (4.5, 4)
    table = runner.invoke(app, ["estimates"])
    assert "Terminal basics" in table.stdout
    assert "4.5 h" in table.stdout


@pytest.mark.usefixtures("cli_through_the_api")
def test_cli_estimates_says_so_when_no_topic_has_enough_learners() -> None:
    grace = User.objects.create_user("grace", is_staff=True)
    Login(server="http://testserver", token=services.token_create(user=grace, name="cli")[1]).save()
    result = runner.invoke(app, ["estimates"])
    assert result.exit_code == 0, result.output
    assert "No topic has hours from 5 learners yet" in result.stdout


def test_times_of_rows_marked_before_the_fields_existed_are_backfilled(ada: User) -> None:
    """The migration's rule, checked on its own function: done rows finished when last changed."""
    import importlib

    migration = importlib.import_module("roadmapfinder.tracking.migrations.0004_topic_times_and_hours")
    when = timezone.now() - timedelta(days=3)
    TopicProgress.objects.create(user=ada, topic_id="queries", status="done", updated=when)
    TopicProgress.objects.create(user=ada, topic_id="terminal", status="in_progress", updated=when)
    from django.apps import apps

    migration.backfill_times(apps, None)
    assert TopicProgress.objects.get(topic_id="queries").finished == when
    assert TopicProgress.objects.get(topic_id="terminal").started == when
