"""A tracking reader's roadmap page assembled from the shared skeleton is the page the full render gives them,
with their own statuses, notes, bars and valid CSRF tokens, and nobody else's (web/personal_pages.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.web.caching import process_copies
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

PAGE = "/roadmaps/alpha-dev"
ADA_NOTE = "Ada remembers the box model by drawing it"
_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')


def _mark(client: Client, topic: str, status: str) -> None:
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": PAGE}
    assert client.post("/me/progress/topic", data).status_code == 302


def _tokens(page: str) -> set[str]:
    return {m.group(2) for m in _TOKEN.finditer(page)}


def _without_tokens(page: str) -> str:
    return _TOKEN.sub(r"\1CSRF\3", page)


def _full_render(settings: Any, client: Client, path: str = PAGE) -> str:
    """The page as the view renders it whole, without the skeleton."""
    kept = settings.MIDDLEWARE
    settings.MIDDLEWARE = [m for m in kept if not m.endswith("PersonalPagesMiddleware")]
    whole = Client()  # a client loads the middleware once: a new one, with the reader's cookies
    whole.cookies = client.cookies
    try:
        return whole.get(path).content.decode()
    finally:
        settings.MIDDLEWARE = kept


@pytest.fixture
def ada_tracking(ada_client: Client) -> Client:
    """Ada, signed in, part way through Alpha Dev: a topic done, one in progress, a project done, a note, followed."""
    _mark(ada_client, "web-basics", "done")
    _mark(ada_client, "terminal", "in_progress")
    project = {"project": "alpha-dev/foundations-project", "done": ["false", "true"], "track": "roadmap:alpha-dev"}
    assert ada_client.post("/me/progress/project", project).status_code == 302
    assert ada_client.post("/me/notes/web-basics", {"text": ADA_NOTE}).status_code == 302
    assert ada_client.post("/me/roadmaps/alpha-dev/follow", {"next": PAGE}).status_code == 302
    return ada_client


@pytest.fixture
def visitor_tracking() -> Client:
    """A visitor who started tracking in this browser (a session, no account) and marked a topic skipped."""
    visitor = Client()
    assert visitor.get(f"/me/progress/start?next={PAGE}").status_code == 302
    _mark(visitor, "terminal", "skipped")
    return visitor


@pytest.mark.parametrize("path", [PAGE, f"{PAGE}?hours=6"])
def test_the_assembled_page_is_the_full_render(
    settings: Any, ada_tracking: Client, visitor_tracking: Client, path: str
) -> None:
    for reader in (ada_tracking, visitor_tracking):
        assembled = reader.get(path)
        assert assembled.status_code == 200
        page = assembled.content.decode()
        assert _without_tokens(page) == _without_tokens(_full_render(settings, reader, path))


def test_the_learners_own_statuses_notes_bars_and_diagram_are_on_the_page(ada_tracking: Client) -> None:
    page = ada_tracking.get(PAGE).content.decode()
    words = text(page)
    assert re.search(r'id="status-1-web-basics".*?<option value="done" selected>', page, re.S)
    assert re.search(r'id="status-1-terminal".*?<option value="in_progress" selected>', page, re.S)
    assert ADA_NOTE in words
    assert "Stop following" in words
    assert re.search(r'name="done" value="true" checked> Done<span class="visually-hidden">: ', page)
    assert "Your progress:" in words
    assert "Log out" in words
    assert 'class="rfd-node rfd-done"' in page  # the diagram draws her finished topic


def test_every_csrf_token_on_the_assembled_page_is_accepted(ada: User, ada_tracking: Client) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(ada)
    page = strict.get(PAGE).content.decode()
    tokens = _tokens(page)
    assert tokens, "the page's forms carry CSRF tokens"
    for token in tokens:
        data = {"topic": "markup", "status": "done", "track": "roadmap:alpha-dev", "phase": "1", "next": PAGE}
        assert strict.post("/me/progress/topic", data | {"csrfmiddlewaretoken": token}).status_code == 302
    assert strict.post("/me/progress/topic", {"topic": "markup", "status": "done"}).status_code == 403


def test_no_reader_sees_another_readers_data(ada_tracking: Client, visitor_tracking: Client) -> None:
    ada_page = ada_tracking.get(PAGE).content.decode()  # stores the skeleton first
    bob = Client()
    bob.force_login(User.objects.create_user("bob"))
    bob_page = bob.get(PAGE).content.decode()
    assert ADA_NOTE not in bob_page
    assert "Stop following" not in bob_page
    assert " selected>Done<" not in bob_page
    assert "In progress<" not in text(bob_page).split("Your progress")[0]
    assert 'class="rfd-node rfd-done"' not in bob_page
    assert not _tokens(bob_page) & _tokens(ada_page)
    visitor_page = visitor_tracking.get(PAGE).content.decode()
    assert ADA_NOTE not in visitor_page
    assert "Log out" not in text(visitor_page)
    assert re.search(r'id="status-1-terminal".*?<option value="skipped" selected>', visitor_page, re.S)
    anonymous = Client().get(PAGE).content.decode()
    assert "start tracking" in text(anonymous)
    assert "csrfmiddlewaretoken" not in anonymous
    assert ADA_NOTE not in anonymous


def test_the_shared_skeleton_carries_no_personal_data(ada: User, ada_tracking: Client) -> None:
    page = ada_tracking.get(PAGE).content.decode()
    skeletons = [body.decode() for key, (body, _) in process_copies.items() if key.startswith("rf:skeleton:")]
    assert skeletons, "the page was assembled from a stored skeleton"
    for skeleton in skeletons:
        assert ADA_NOTE not in skeleton
        assert ada.username not in skeleton
        assert "csrfmiddlewaretoken" not in skeleton
        assert not _tokens(page) & set(re.findall(r"\w{64}", skeleton))
        assert " selected>" not in skeleton
        assert "mark-done" not in skeleton
        assert " checked" not in skeleton
        assert "Log out" not in skeleton
        assert "Stop following" not in skeleton
