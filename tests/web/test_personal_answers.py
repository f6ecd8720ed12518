"""A tracking reader's page is answered again from a kept copy only while nothing it shows has changed
(web/personal_answers.py): every write, by any path, and a log-out, a password change, a message or a new day
send the next reload to be answered afresh (by Django; a roadmap or plan page whose reader only changed their
data, by web/first_views.py: tests/web/test_first_views.py).

Reads go through the WSGI entry point, as the server calls it; writes through the site, the API or the database.
Transactional tests: on PostgreSQL the triggers that count a learner's changes fire at commit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.clock import today
from roadmapfinder.tracking.models import TopicProgress
from roadmapfinder.tracking.services import token_create
from roadmapfinder.web import personal_answers
from tests.helpers import PASSWORD
from tests.web.test_wsgi_cache import Reply, call

pytestmark = [pytest.mark.database, pytest.mark.django_db(transaction=True)]

PAGE = "/roadmaps/alpha-dev"


def _cookies(client: Client) -> str:
    if "csrftoken" not in client.cookies:
        client.get("/accounts/login/")  # any page with a form sets the CSRF cookie
    return "; ".join(f"{name}={client.cookies[name].value}" for name in ("sessionid", "csrftoken"))


def _reload(client: Client, seen: list[object], path: str = PAGE) -> Reply:
    return call(path, seen, HTTP_COOKIE=_cookies(client))


def _mark(client: Client, topic: str, status: str) -> None:
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": PAGE}
    assert client.post("/me/progress/topic", data).status_code == 302


def _status_on(page: bytes, topic: str) -> str:
    shown = re.search(rf'id="status-\d+-{topic}".*?<option value="(\w*)" selected>', page.decode(), re.S)
    return shown.group(1) if shown else ""


@pytest.fixture
def ada_reading(ada_client: Client, django_requests: list[object]) -> Client:
    """Ada, signed in and tracking, has read her roadmap page twice, so the next reload is answered from its copy."""
    _mark(ada_client, "web-basics", "done")
    assert _reload(ada_client, django_requests).reached_django
    # A page is kept from the second view of the same state (answered here by web/first_views.py: same identity).
    assert _reload(ada_client, django_requests).status.startswith("200")
    return ada_client


def test_a_reload_with_nothing_changed_is_the_same_page_without_django(
    ada_reading: Client, django_requests: list[object]
) -> None:
    first = _reload(ada_reading, django_requests)
    second = _reload(ada_reading, django_requests)
    assert not first.reached_django
    assert not second.reached_django
    assert first.status.startswith("200")
    assert first.body == second.body
    assert _status_on(first.body, "web-basics") == "done"
    assert first.headers["Content-Length"] == str(len(first.body))
    assert "Cookie" in first.headers["Vary"]
    assert "Set-Cookie" not in first.headers


def _api_put(ada: User) -> None:
    token = token_create(user=ada, name="phone")[1]
    response = Client().put(
        "/api/v1/me/progress/terminal",
        data=json.dumps({"status": "in_progress"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200


#: Ways a learner's data changes, each with what the next reload must show.
CHANGES: dict[str, tuple[Callable[[Client, User], None], Callable[[bytes], bool]]] = {
    "a status marked on the site": (
        lambda client, ada: _mark(client, "terminal", "skipped"),
        lambda page: _status_on(page, "terminal") == "skipped",
    ),
    "a status set through the API from another device": (
        lambda client, ada: _api_put(ada),
        lambda page: _status_on(page, "terminal") == "in_progress",
    ),
    "a change made straight in the database (the admin, a script)": (
        lambda client, ada: TopicProgress.objects.filter(user=ada).update(status="skipped"),  # type: ignore[func-returns-value]
        lambda page: _status_on(page, "web-basics") == "skipped",
    ),
    "a note written": (
        lambda client, ada: client.post("/me/notes/web-basics", {"text": "Draw the box model"}),  # type: ignore[func-returns-value]
        lambda page: b"Draw the box model" in page,
    ),
    "a project finished": (
        lambda client, ada: client.post(  # type: ignore[func-returns-value]
            "/me/progress/project",
            {"project": "alpha-dev/foundations-project", "done": ["false", "true"], "track": "roadmap:alpha-dev"},
        ),
        lambda page: re.search(rb'value="alpha-dev/foundations-project".*?checked', page, re.S) is not None,
    ),
    "the learner's data deleted with their progress reset": (
        lambda client, ada: TopicProgress.objects.filter(user=ada).delete(),  # type: ignore[func-returns-value]
        lambda page: _status_on(page, "web-basics") == "none",
    ),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_every_change_to_the_learners_data_shows_on_the_next_reload(
    change: str, ada: User, ada_reading: Client, django_requests: list[object]
) -> None:
    write, shows = CHANGES[change]
    kept = _reload(ada_reading, django_requests)
    assert not kept.reached_django
    assert _reload(ada_reading, django_requests).body == kept.body, "the kept copy"
    write(ada_reading, ada)
    reloaded = _reload(ada_reading, django_requests)
    assert reloaded.body != kept.body, "assembled again, by Django or web/first_views.py"
    assert shows(reloaded.body), change


def test_a_log_out_elsewhere_or_a_password_change_is_never_answered_from_a_copy(
    ada: User, ada_reading: Client, django_requests: list[object]
) -> None:
    cookies = _cookies(ada_reading)
    ada.set_password(PASSWORD + " changed on her laptop")
    ada.save()
    after_change = call(PAGE, django_requests, HTTP_COOKIE=cookies)
    assert after_change.reached_django
    assert b">Log out</button>" not in after_change.body  # signed out by Django, not shown a copy

    again = Client()
    again.force_login(ada)
    for _ in range(2):
        assert b">Log out</button>" in _reload(again, django_requests).body
    old_cookies = _cookies(again)
    again.post("/accounts/logout/")
    replayed = call(PAGE, django_requests, HTTP_COOKIE=old_cookies)
    assert replayed.reached_django
    assert b">Log out</button>" not in replayed.body


def test_another_readers_cookies_never_get_this_page(ada_reading: Client, django_requests: list[object]) -> None:
    visitor = Client()
    assert visitor.get(f"/me/progress/start?next={PAGE}").status_code == 302
    first = _reload(visitor, django_requests)
    assert first.reached_django
    assert _status_on(first.body, "web-basics") == "none"


def test_a_message_waiting_and_a_new_day_go_through_django(
    ada_reading: Client, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ada_reading.post("/me/roadmaps/alpha-dev/follow", {"next": PAGE, "follow": "false"}).status_code == 302
    waiting = f"{_cookies(ada_reading)}; messages={ada_reading.cookies['messages'].coded_value}"
    for _ in range(2):  # as long as the browser still holds the message, Django shows it
        shown = call("/me", django_requests, HTTP_COOKIE=waiting)
        assert shown.reached_django
        assert b"You no longer follow Alpha Developer." in shown.body
    assert _reload(ada_reading, django_requests, "/me").reached_django
    again = _reload(ada_reading, django_requests, "/me")  # assembled before Django (web/first_views.py)
    kept = _reload(ada_reading, django_requests, "/me")
    assert not again.reached_django
    assert not kept.reached_django
    assert b"You no longer follow" not in again.body
    assert kept.body == again.body

    monkeypatch.setattr(personal_answers, "today", lambda: today() + timedelta(days=1))
    assert _reload(ada_reading, django_requests, "/me").reached_django


def _plan(client: Client) -> str:
    body = {"targets": ["alpha-dev"], "hours_per_week": 6, "start": (today() - timedelta(days=20)).isoformat()}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    return f"/plans/{response.json()['id']}"


def test_an_owned_plan_page_is_kept_until_the_plan_or_its_owners_progress_changes(
    ada_reading: Client, django_requests: list[object]
) -> None:
    plan = _plan(ada_reading)
    assert _reload(ada_reading, django_requests, plan).reached_django
    second = _reload(ada_reading, django_requests, plan)  # assembled by web/first_views.py: the same identity
    kept = _reload(ada_reading, django_requests, plan)
    assert not kept.reached_django
    assert kept.body == second.body, "kept from its second view"
    _mark(ada_reading, "terminal", "done")
    marked = _reload(ada_reading, django_requests, plan)
    assert marked.body != kept.body, "assembled again with her progress"
    assert ada_reading.post(f"{plan}/auto-reschedule", {"auto": "true"}).status_code in (200, 302)
    assert _reload(ada_reading, django_requests, plan).reached_django, "the plan's row changed: Django answers"


def test_a_plan_nobody_owns_and_a_visitors_me_page_are_never_kept(django_requests: list[object]) -> None:
    visitor = Client()
    assert visitor.get(f"/me/progress/start?next={PAGE}").status_code == 302
    plan = _plan(visitor)
    for path in (plan, plan, "/me", "/me"):
        assert _reload(visitor, django_requests, path).reached_django


#: Tables with a learner's rows that no kept page shows: the admin's log, and API tokens (stamped on every call).
UNSHOWN = {"django_admin_log", "tracking_apitoken"}


def test_every_table_with_a_learners_rows_counts_their_changes() -> None:
    """A new table of learner data must be added to VERSIONED_TABLES and its triggers, or pages would go stale."""
    from django.apps import apps
    from django.db import connection

    from roadmapfinder.tracking.models import VERSIONED_TABLES

    owned = {
        (model._meta.db_table, field.column)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is User and model._meta.db_table not in UNSHOWN
    }
    assert owned == set(VERSIONED_TABLES)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'rf_reader_version'")
        else:
            cursor.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rf_reader%'")
        triggered = {row[0] for row in cursor.fetchall()}
    assert triggered == {table for table, _ in VERSIONED_TABLES}
