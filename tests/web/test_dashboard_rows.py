"""/me laid out from plain rows (tracking/dashboard.py): every form carries the page's one CSRF field, a page
without a form sets no CSRF cookie, and each view shows the learner's data as it is now."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = [pytest.mark.database, pytest.mark.django_db]

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _mark(client: Client, topic: str, status: str) -> None:
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": "/me"}
    assert client.post("/me/progress/topic", data).status_code == 302


def test_every_form_on_me_carries_one_csrf_token_that_the_server_accepts(ada: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(ada)
    client.get("/me")  # the CSRF cookie
    token = client.cookies["csrftoken"].value
    marked = {"topic": "terminal", "status": "done", "track": "roadmap:alpha-dev", "phase": "1", "next": "/me"}
    assert client.post("/me/progress/topic", marked, HTTP_X_CSRFTOKEN=token).status_code == 302
    page = client.get("/me").content.decode()
    assert 'data-roadmap="alpha-dev"' in page
    assert 'data-sharing="beta-ops"' in page
    tokens = TOKEN.findall(page)
    assert len(tokens) >= 3, "Log out, Stop following and Follow each post a form"
    assert len(set(tokens)) == 1, "one masked token per page, shared by the menu's form and the dashboard's"
    follow = {"csrfmiddlewaretoken": tokens[0], "next": "/me"}
    assert client.post("/me/roadmaps/beta-ops/follow", follow).status_code == 302
    assert 'data-roadmap="beta-ops"' in client.get("/me").content.decode()


def test_a_visitor_with_nothing_to_post_gets_no_csrf_cookie(client: Client) -> None:
    response = client.get("/me")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "csrftoken" not in response.cookies


def test_each_view_of_me_shows_the_counts_and_notes_as_they_are_now(ada_client: Client) -> None:
    _mark(ada_client, "terminal", "done")
    page = ada_client.get("/me").content.decode()
    assert re.search(r'data-sharing="beta-ops">.*?5%, 1 of 20 finished', page, re.S)
    _mark(ada_client, "terminal", "in_progress")
    page = ada_client.get("/me").content.decode()
    assert re.search(r'data-sharing="beta-ops">.*?0%, 0 of 20 finished', page, re.S)
    assert re.search(r'data-roadmap="alpha-dev".*?, 1 in progress</p>', page, re.S)
    text = "A note with <b>markup</b> & a very long tail " + "x" * 80
    assert ada_client.post("/me/notes/terminal", {"text": text}).status_code == 302
    page = ada_client.get("/me").content.decode()
    assert "A note with &lt;b&gt;markup&lt;/b&gt; &amp; a very long tail" in page
    assert "x" * 80 not in page, "shortened as the list shows notes"


def test_me_shows_a_line_of_each_note_as_its_words_not_its_markdown(ada_client: Client) -> None:
    text = "**Status codes**: learn `2xx` first.\n\n- then [the rest](https://httpwg.org/specs/rfc9110.html)"
    assert ada_client.post("/me/notes/terminal", {"text": text}).status_code == 302
    page = ada_client.get("/me").content.decode()
    assert "Status codes: learn 2xx first. then the rest" in page
    assert "**" not in page
    assert "](https" not in page
