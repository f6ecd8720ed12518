"""A personal page's first view since a change: its forms carry a CSRF token Django accepts (masked by
tracking/csrf.py, not Django's `get_token`), and the session, the learner and a plan read for its personal key are
read once, not again by Django (db_rows.read_ahead).

Pages are fetched through the WSGI entry point, as the server calls it, each with a CSRF cookie never sent before.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from itertools import count

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.test.utils import CaptureQueriesContext

from roadmapfinder.web import personal_answers
from tests.web.test_personal_answers import _plan
from tests.web.test_wsgi_cache import Reply, call

pytestmark = [pytest.mark.database, pytest.mark.django_db(transaction=True)]

_fresh = count()
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def _first_view(client: Client, path: str, seen: list[object]) -> tuple[Reply, str]:
    """The page for this reader with a CSRF secret of its own (so nothing kept can answer it), and the secret."""
    secret = f"{next(_fresh):032d}"
    cookie = f"sessionid={client.cookies['sessionid'].value}; csrftoken={secret}"
    return call(path, seen, HTTP_COOKIE=cookie), secret


def _tables_read(path: str, client: Client, seen: list[object]) -> tuple[Counter[str], int]:
    """How many statements read each table (in FROM or a JOIN) for a first view, and how many statements ran."""
    with CaptureQueriesContext(connection) as queries:
        reply, _ = _first_view(client, path, seen)
    assert reply.status.startswith("200"), reply.status
    tables = Counter[str]()
    for query in queries.captured_queries:
        tables.update(set(re.findall(r'(?:FROM|JOIN) "(\w+)"', query["sql"])))
    return tables, len(queries.captured_queries)


def test_every_form_carries_a_fresh_mask_of_the_readers_own_secret(
    ada_client: Client, django_requests: list[object]
) -> None:
    ada_client.post("/me/roadmaps/alpha-dev/follow", {"follow": "true", "next": "/me"})
    for path in ("/roadmaps/alpha-dev", "/me"):
        reply, secret = _first_view(ada_client, path, django_requests)
        tokens = _TOKEN.findall(reply.body.decode())
        assert tokens, f"no form on {path}"
        assert {_unmask_cipher_token(token) for token in tokens} == {secret}
        again, _ = _first_view(ada_client, path, django_requests)
        assert set(_TOKEN.findall(again.body.decode())).isdisjoint(tokens)  # masked anew for every answer


def test_a_form_posted_with_the_pages_token_is_accepted_and_a_forged_one_refused(ada: User) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(ada)
    page = browser.get("/roadmaps/alpha-dev").content.decode()
    token = _TOKEN.findall(page)[0]
    data = {"topic": "web-basics", "status": "done", "track": "roadmap:alpha-dev", "phase": "1", "next": "/me"}
    assert browser.post("/me/progress/topic", data | {"csrfmiddlewaretoken": "x" * 64}).status_code == 403
    assert browser.post("/me/progress/topic", data | {"csrfmiddlewaretoken": token}).status_code == 302


def test_the_session_the_learner_and_the_plan_are_read_once(ada_client: Client, django_requests: list[object]) -> None:
    plan = _plan(ada_client)
    for _ in range(2):  # the first time the learner is read alone, then beside the session that held them
        roadmap, _ = _tables_read("/roadmaps/alpha-dev", ada_client, django_requests)
        assert roadmap["django_session"] == 1
        assert roadmap["auth_user"] == 1
        plan_page, _ = _tables_read(plan, ada_client, django_requests)
        assert plan_page["django_session"] == 1
        assert plan_page["auth_user"] == 1
        assert plan_page["web_savedplan"] == 1  # the key's read, taken by the reschedule check and the page
        weeks, _ = _tables_read(f"{plan}/weeks", ada_client, django_requests)
        assert weeks["web_savedplan"] == 1, "the reschedule check's row is the page's"


def test_a_sessions_learner_is_read_beside_it_and_a_wrong_guess_changes_no_answer(
    ada: User, ada_client: Client, django_requests: list[object]
) -> None:
    _first_view(ada_client, "/me", django_requests)
    one = _tables_read("/me", ada_client, django_requests)[1]
    bob = User.objects.create_user("bob", "bob@example.org", "a-long-password-of-bob")
    # The session held bob last time (it cannot: Django gives a new key at every log-in; but a guess is only a guess)
    personal_answers._learner_of.remember(ada_client.cookies["sessionid"].value, str(bob.pk))
    with CaptureQueriesContext(connection) as queries:
        reply, _ = _first_view(ada_client, "/me", django_requests)
    page = reply.body.decode()
    assert "Signed in as <strong>ada</strong>" in page
    assert "bob" not in page
    assert len(queries.captured_queries) == one + 1  # ada read alone, as on her first view
    assert _tables_read("/me", ada_client, django_requests)[1] == one  # and guessed right again


def test_a_forked_worker_never_masks_with_the_random_bytes_its_parent_drew() -> None:
    """The masks' random bytes are fetched a few KB at a time: a worker forked after its parent drew some must
    draw its own, or two workers would mask alike."""
    from roadmapfinder.tracking import csrf

    csrf._mask()  # the parent's buffer is filled
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe and leaves at once
        os.write(write, bytes(csrf._mask()))
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    childs = os.read(read, 64)
    os.close(read)
    assert len(childs) == 32
    assert childs != bytes(csrf._mask())
