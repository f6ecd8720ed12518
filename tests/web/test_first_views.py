"""A tracking reader's roadmap or plan page after a change of their progress is assembled before Django runs
(web/first_views.py), and must be exactly the page Django would have answered: same bytes but the CSRF masks, same
headers but the CSRF cookie's expiry date. Anything Django or the view might decide differently goes to Django.

Reads go through the WSGI entry point, as the server calls it; writes through the site.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from datetime import timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.middleware.csrf import _unmask_cipher_token
from django.middleware.gzip import GZipMiddleware
from django.test import Client

from roadmapfinder.clock import today
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.web import first_views, personal_answers
from tests.helpers import PASSWORD
from tests.web.test_wsgi_cache import Reply, call

pytestmark = [pytest.mark.database, pytest.mark.django_db(transaction=True)]

PAGE = "/roadmaps/alpha-dev"
SECRET = "a" * 16 + "B" * 16  # a CSRF cookie as Django sets it: a 32-character secret
_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def _visitor() -> Client:
    client = Client()
    assert client.get(f"/me/progress/start?next={PAGE}").status_code == 302
    return client


def _signed_in(ada: User) -> Client:
    client = Client()
    client.force_login(ada)
    return client


READERS = {"a visitor tracking in their session": _visitor, "a signed-in learner": _signed_in}


def _cookies(client: Client, csrf: str = SECRET) -> str:
    return f"sessionid={client.cookies['sessionid'].value}; csrftoken={csrf}"


def _mark(client: Client, topic: str, status: str) -> None:
    client.cookies["csrftoken"] = SECRET
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": PAGE}
    assert client.post("/me/progress/topic", data).status_code == 302


def _status_on(page: bytes, topic: str) -> str:
    shown = re.search(rf'id="status-\d+-{topic}".*?<option value="(\w*)" selected>'.encode(), page, re.S)
    return shown.group(1).decode() if shown else ""


def _unmasked(page: bytes) -> tuple[bytes, set[str]]:
    """The page with every CSRF token written as the secret it masks, and those secrets."""
    secrets = {_unmask_cipher_token(token.decode()) for token in _TOKEN.findall(page)}
    return _TOKEN.sub(b'name="csrfmiddlewaretoken" value="-"', page), secrets


def _without_expiry(headers: dict[str, str]) -> dict[str, str]:
    return {name: re.sub(r"expires=[^;]+; ", "", value) for name, value in headers.items()}


def _by_django(monkeypatch: pytest.MonkeyPatch, seen: list[object], path: str = PAGE, **environ: str) -> Reply:
    """The same request answered by Django (the assembly before it turned off)."""
    with monkeypatch.context() as patched:
        patched.setattr(first_views, "answer", lambda *args: None)
        reply = call(path, seen, **environ)
    assert reply.reached_django
    return reply


def _assert_djangos_answer(fresh: Reply, reference: Reply, encoding: str) -> bytes:
    """`fresh` is `reference` but for the CSRF masks and the cookie's date; answers the page's bytes."""
    assert not fresh.reached_django
    assert fresh.status == reference.status == "200 OK"
    bodies = [gzip.decompress(r.body) if encoding else r.body for r in (fresh, reference)]
    (page, secrets), (django_page, django_secrets) = _unmasked(bodies[0]), _unmasked(bodies[1])
    assert page == django_page
    assert secrets == django_secrets == {SECRET}, "every form carries the reader's own secret, freshly masked"
    assert _TOKEN.findall(bodies[0])[0] != _TOKEN.findall(bodies[1])[0]
    assert _without_expiry(fresh.headers) | {"Content-Length": "-"} == _without_expiry(reference.headers) | {
        "Content-Length": "-"
    }
    assert fresh.headers["Content-Length"] == str(len(fresh.body))
    assert f"csrftoken={SECRET}" in fresh.headers["Set-Cookie"], "the CSRF cookie is renewed as Django renews it"
    expiry = re.search(r"expires=([^;]+);", fresh.headers["Set-Cookie"])
    assert expiry, "renewed with an expiry date, as Django renews it"
    expires = parsedate_to_datetime(expiry.group(1)).timestamp()
    assert abs(expires - (time.time() + settings.CSRF_COOKIE_AGE)) < 3, "a year from now, to the second"
    if encoding:
        assert fresh.headers["Content-Encoding"] == "gzip"
    return bodies[0]


@pytest.mark.parametrize("reader", READERS, ids=list(READERS))
@pytest.mark.parametrize("encoding", ["", "gzip, deflate, br"], ids=["plain", "gzip"])
def test_a_first_view_after_a_change_is_djangos_page_assembled_without_django(
    reader: str, encoding: str, ada: User, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = READERS[reader](ada) if reader == "a signed-in learner" else READERS[reader]()  # type: ignore[call-arg]
    environ: dict[str, Any] = {"HTTP_COOKIE": _cookies(client), "HTTP_ACCEPT_ENCODING": encoding}
    assert call(PAGE, django_requests, **environ).reached_django  # Django answers the reader first
    _mark(client, "web-basics", "in_progress")
    environ["HTTP_COOKIE"] = _cookies(client)  # a visitor's session changed with their progress

    fresh = call(PAGE, django_requests, **environ)
    reference = _by_django(monkeypatch, django_requests, **environ)

    page = _assert_djangos_answer(fresh, reference, encoding)
    assert _status_on(page, "web-basics") == "in_progress"


def test_a_compressed_first_view_keeps_djangos_defence_against_breach(ada: User, django_requests: list[object]) -> None:
    """The first view is compressed here, by a faster compressor than Django's (web/reader_gzip.py), and its gzip
    header still names a file of random length, as Django's GZipMiddleware writes it, so the compressed length
    tells less about the secrets on the page."""
    client = _signed_in(ada)
    encoding = "gzip, deflate, br"
    assert call(PAGE, django_requests, HTTP_COOKIE=_cookies(client), HTTP_ACCEPT_ENCODING=encoding).reached_django
    names: list[bytes] = []
    for letter in "cdefghijkl":  # a CSRF cookie never seen before: each request a first view assembled here
        fresh = call(
            PAGE, django_requests, HTTP_COOKIE=_cookies(client, SECRET[:-1] + letter), HTTP_ACCEPT_ENCODING=encoding
        )
        assert not fresh.reached_django
        assert fresh.body[3] & gzip.FNAME, "the header names a file"
        names.append(fresh.body[10 : fresh.body.index(b"\0", 10)])
        assert _status_on(gzip.decompress(fresh.body), "web-basics") == "none", "the reader's page, not started"
    assert len({len(name) for name in names}) > 1, "of random lengths"
    assert all(len(name) < GZipMiddleware.max_random_bytes for name in names)


def test_each_change_shows_and_the_page_is_then_kept(ada: User, django_requests: list[object]) -> None:
    client = _signed_in(ada)
    cookies = _cookies(client)
    call(PAGE, django_requests, HTTP_COOKIE=cookies)
    for status in ("in_progress", "done", "skipped"):
        _mark(client, "web-basics", status)
        first = call(PAGE, django_requests, HTTP_COOKIE=cookies)
        again = call(PAGE, django_requests, HTTP_COOKIE=cookies)
        kept = call(PAGE, django_requests, HTTP_COOKIE=cookies)
        assert not any(reply.reached_django for reply in (first, again, kept))
        assert _status_on(first.body, "web-basics") == _status_on(kept.body, "web-basics") == status
        assert kept.body == again.body, "kept from its second view, as Django's answers are"
        assert "Set-Cookie" not in kept.headers


def test_what_django_might_decide_otherwise_goes_to_django(ada: User, django_requests: list[object]) -> None:
    client = _signed_in(ada)
    call(PAGE, django_requests, HTTP_COOKIE=_cookies(client))
    _mark(client, "web-basics", "done")

    masked = "x" * 64  # not a secret: Django replaces such a cookie
    replaced = call(PAGE, django_requests, HTTP_COOKIE=_cookies(client, csrf=masked))
    assert replaced.reached_django
    assert masked not in replaced.headers["Set-Cookie"]

    elsewhere = call(PAGE, django_requests, HTTP_COOKIE=_cookies(client), HTTP_HOST="evil.example")
    assert elsewhere.reached_django
    assert elsewhere.status.startswith("400")

    ada.set_password(PASSWORD + " changed on her laptop")
    ada.save()
    after_change = call(PAGE, django_requests, HTTP_COOKIE=_cookies(client))
    assert after_change.reached_django
    assert b">Log out</button>" not in after_change.body  # signed out by Django


def test_a_log_out_is_never_answered_from_the_last_identity(ada: User, django_requests: list[object]) -> None:
    client = _signed_in(ada)
    cookies = _cookies(client)
    assert b">Log out</button>" in call(PAGE, django_requests, HTTP_COOKIE=cookies).body
    client.cookies["csrftoken"] = SECRET
    client.post("/accounts/logout/")
    replayed = call(PAGE, django_requests, HTTP_COOKIE=cookies)
    assert replayed.reached_django
    assert b">Log out</button>" not in replayed.body


def _plan_of(client: Client) -> str:
    """A plan the client's learner saves, started three weeks ago (so the page shows where they stand)."""
    client.cookies["csrftoken"] = SECRET
    body = {"targets": ["alpha-dev"], "hours_per_week": 6, "start": (today() - timedelta(days=20)).isoformat()}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    return f"/plans/{response.json()['id']}"


PLAN_READERS = {"its owner": True, "another learner it was shared with": False}


@pytest.mark.parametrize("reader", PLAN_READERS, ids=list(PLAN_READERS))
@pytest.mark.parametrize("encoding", ["", "gzip"], ids=["plain", "gzip"])
def test_a_plans_first_view_after_a_change_is_djangos_page_assembled_without_django(
    reader: str, encoding: str, ada: User, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = _signed_in(ada)
    plan = _plan_of(owner)
    client = owner if PLAN_READERS[reader] else _signed_in(User.objects.create_user("grace", password=PASSWORD))
    environ: dict[str, Any] = {"HTTP_COOKIE": _cookies(client), "HTTP_ACCEPT_ENCODING": encoding}
    first = call(plan, django_requests, **environ)
    assert first.reached_django, "Django answers the reader first"
    before = gzip.decompress(first.body) if encoding else first.body
    assert (b"Change this plan" in before) is PLAN_READERS[reader]
    _mark(client, "web-basics", "done")

    fresh = call(plan, django_requests, **environ)
    reference = _by_django(monkeypatch, django_requests, plan, **environ)

    page = _assert_djangos_answer(fresh, reference, encoding)
    assert _unmasked(page)[0] != _unmasked(before)[0], "the reader's new progress shows"


def test_a_plan_changed_or_a_new_day_goes_to_the_view(
    ada: User, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _signed_in(ada)
    plan = _plan_of(client)
    cookies = _cookies(client)
    assert call(plan, django_requests, HTTP_COOKIE=cookies).reached_django
    _mark(client, "web-basics", "done")
    assert not call(plan, django_requests, HTTP_COOKIE=cookies).reached_django

    client.cookies["csrftoken"] = SECRET
    assert client.post(f"{plan}/auto-reschedule", {"auto": "on"}).status_code == 302
    _mark(client, "web-basics", "in_progress")
    after_auto = call(plan, django_requests, HTTP_COOKIE=cookies)
    assert after_auto.reached_django, "the plan's row changed: its view decides again"
    assert b"Automatic rescheduling is on" in after_auto.body

    monkeypatch.setattr(personal_answers, "today", lambda: today() + timedelta(days=1))
    _mark(client, "web-basics", "done")
    assert call(plan, django_requests, HTTP_COOKIE=cookies).reached_django, "a new day: the plan folds another week"


@pytest.mark.parametrize("encoding", ["", "gzip, deflate, br"], ids=["plain", "gzip"])
def test_a_first_view_of_me_after_a_change_is_djangos_page_assembled_without_django(
    encoding: str, ada: User, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _signed_in(ada)
    _plan_of(client)
    environ: dict[str, Any] = {"HTTP_COOKIE": _cookies(client), "HTTP_ACCEPT_ENCODING": encoding}
    first = call("/me", django_requests, **environ)
    assert first.reached_django, "Django answers the reader first"
    before = gzip.decompress(first.body) if encoding else first.body
    _mark(client, "web-basics", "done")

    fresh = call("/me", django_requests, **environ)
    reference = _by_django(monkeypatch, django_requests, "/me", **environ)

    page = _assert_djangos_answer(fresh, reference, encoding)
    assert _unmasked(page)[0] != _unmasked(before)[0], "the reader's new progress shows"
    assert b"Signed in as <strong>ada</strong>" in page


def test_me_with_a_plan_due_for_its_automatic_reschedule_goes_to_the_view(
    ada: User, django_requests: list[object]
) -> None:
    client = _signed_in(ada)
    plan_id = _plan_of(client).removeprefix("/plans/")
    client.cookies["csrftoken"] = SECRET
    assert client.post(f"/plans/{plan_id}/auto-reschedule", {"auto": "on"}).status_code == 302
    cookies = _cookies(client)
    assert call("/me", django_requests, HTTP_COOKIE=cookies).reached_django
    _mark(client, "web-basics", "done")
    assert not call("/me", django_requests, HTTP_COOKIE=cookies).reached_django, "nothing due: assembled here"

    SavedPlan.objects.filter(pk=plan_id).update(auto_checked_week=None)  # this week not yet checked
    due = call("/me", django_requests, HTTP_COOKIE=cookies)
    assert due.reached_django, "reading the plan writes its reschedule: the view does it"
    assert SavedPlan.objects.get(pk=plan_id).auto_checked_week is not None
