"""A tracking reader's roadmap or plan page assembled from the shared skeleton is the page the full render gives
them, with their own statuses, notes, bars and valid CSRF tokens, and nobody else's (web/personal_pages.py)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.web import plan_views
from roadmapfinder.web.caching import process_copies
from tests.helpers import text
from tests.web.test_wsgi_cache import call

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
    assert "You follow Alpha Developer." in ada_client.get(PAGE).content.decode()  # the messages, shown once
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
    # The box's accessible name, "Done: <project>" (aria-label): a hidden ": <project>" span read "Done : ...".
    assert re.search(r'name="done" value="true" checked aria-label="Done: [^"]+"> Done</label>', page)
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


# The plan page: its skeleton is kept per plan version, per day and per "may edit", and filled the same way.


def _create_plan(client: Client, **fields: Any) -> str:
    start = (date.today() - timedelta(days=20)).isoformat()  # some sessions past, some this week, most to come
    body = {"targets": ["alpha-dev"], "hours_per_week": 6, "start": start, **fields}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan_id: str = response.json()["id"]
    return plan_id


def _plan_render(monkeypatch: pytest.MonkeyPatch, client: Client, path: str) -> str:
    """The plan page as the view renders it whole, without the skeleton."""
    with monkeypatch.context() as patched:
        patched.setattr(plan_views, "assembled", lambda *args, **kwargs: None)
        return client.get(path).content.decode()


def _mark_on_plan(client: Client, plan_id: str, topic: str, status: str) -> None:
    data = {"topic": topic, "status": status, "track": f"plan:{plan_id}", "phase": "1", "next": f"/plans/{plan_id}"}
    assert client.post("/me/progress/topic", data).status_code == 302


def _check_state(page: str, check: str) -> str:
    """The status a plan's done box shows (its form's class), and that it is ticked exactly when finished."""
    found = re.search(rf'<form class="check check-(\w+)" id="check-{check}".*?</form>', page, re.S)
    assert found, check
    assert (" checked>" in found.group(0)) == (found.group(1) in ("done", "skipped"))
    return found.group(1)


@pytest.fixture
def adas_plan(ada_tracking: Client) -> str:
    """A plan Ada made and works through: a topic done and one in progress (from `ada_tracking`), a project done.
    Short enough (11 weeks) for its page to list every week, with the schedule's ticks."""
    plan_id = _create_plan(ada_tracking, hours_per_week=20)
    _mark_on_plan(ada_tracking, plan_id, "markup", "done")
    return plan_id


def test_the_assembled_plan_page_is_the_full_render(
    monkeypatch: pytest.MonkeyPatch, ada_tracking: Client, visitor_tracking: Client, adas_plan: str
) -> None:
    path = f"/plans/{adas_plan}"
    ada_tracking.get("/me")  # shows the messages her marks left, so both renders below have none
    for reader in (ada_tracking, visitor_tracking, ada_tracking):  # the owner, a reader with the link, a hit
        assembled = reader.get(path)
        assert assembled.status_code == 200
        page = assembled.content.decode()
        assert _without_tokens(page) == _without_tokens(_plan_render(monkeypatch, reader, path))
    owners = ada_tracking.get(path).content.decode()
    assert "item-mark item-done" in owners  # the sessions of her finished topics are ticked
    assert _check_state(owners, "p2-markup") == "done"
    assert ADA_NOTE in text(owners)
    assert 'action="/plans/' + adas_plan + '/reschedule"' in owners  # she may change it
    assert any(key.startswith("rf:skeleton:") for key, _ in process_copies.items())


def test_the_target_line_is_each_readers_own_and_the_assembled_page_is_the_full_render(
    monkeypatch: pytest.MonkeyPatch, ada_tracking: Client, visitor_tracking: Client
) -> None:
    """The line that says whether the plan meets its target follows the reader's progress (a learner behind whose
    target no longer fits is not told it is met, progress.tracks.target_for_reader): a slot of the skeleton, filled
    as the full render writes it."""
    target = (date.today() + timedelta(weeks=9)).isoformat()
    plan_id = _create_plan(ada_tracking, hours_per_week=20, target_date=target)
    _mark_on_plan(ada_tracking, plan_id, "markup", "done")
    path = f"/plans/{plan_id}"
    ada_tracking.get("/me")
    shared = text(Client().get(path).content)
    assert "before its target" in shared, "the plan's own check, said of its learner, for a reader who tracks nothing"
    pages = []
    for reader in (ada_tracking, visitor_tracking):
        page = reader.get(path).content.decode()
        assert _without_tokens(page) == _without_tokens(_plan_render(monkeypatch, reader, path))
        assert 'id="plan-target"' in page
        pages.append(text(page))
    adas, visitors = pages
    assert "before your target" in adas, "a week behind, her target still fits"
    assert "no longer fits" not in adas
    assert "no longer fits" in visitors, "with nothing done, it does not"
    assert "before your target" not in visitors


def test_a_long_plans_assembled_page_is_the_full_render_and_links_its_weeks(
    monkeypatch: pytest.MonkeyPatch, ada_tracking: Client
) -> None:
    plan_id = _create_plan(ada_tracking)  # 6 h a week: longer than 12 weeks
    _mark_on_plan(ada_tracking, plan_id, "markup", "done")
    path = f"/plans/{plan_id}"
    ada_tracking.get("/me")
    page = ada_tracking.get(path).content.decode()
    assert _without_tokens(page) == _without_tokens(_plan_render(monkeypatch, ada_tracking, path))
    assert f'<a href="/plans/{plan_id}/weeks">All ' in page
    assert "item-mark" not in page, "the schedule's ticks are on the weeks page"
    assert "item-mark item-done" in ada_tracking.get(f"{path}/weeks").content.decode()


def test_this_week_on_the_assembled_plan_page_is_the_full_render_once_its_work_is_finished(
    monkeypatch: pytest.MonkeyPatch, ada_tracking: Client, adas_plan: str
) -> None:
    """The panel's parts that follow the reader's progress (a finished session, the hours done, the next week's
    ticks, last week's slipped work) are slots of the skeleton: each matches the full render once marked."""
    path = f"/plans/{adas_plan}"
    ada_tracking.get("/me")
    panel = re.search(r'<section class="week-panel".*?</section>', ada_tracking.get(path).content.decode(), re.S)
    assert panel, "the plan page shows this week"
    this_week = set(re.findall(r'id="check-w\d{8}-([-\w]+)"', panel.group(0)))
    next_week = re.search(r'<ul class="due-sessions next">(.*?)</ul>', panel.group(0), re.S)
    assert this_week, "the plan has work this week"
    assert next_week, "the plan has work next week"
    first_next = re.findall(r'href="/topics/([-\w]+)"', next_week.group(1))[0]
    for topic in [*sorted(this_week - {"markup"}), first_next]:
        _mark_on_plan(ada_tracking, adas_plan, topic, "done")
    ada_tracking.get("/me")
    page = ada_tracking.get(path).content.decode()
    assert _without_tokens(page) == _without_tokens(_plan_render(monkeypatch, ada_tracking, path))
    panel = re.search(r'<section class="week-panel".*?</section>', page, re.S)
    assert panel
    assert 'class="due-session finished' in panel.group(0)  # every item of a session done
    assert " ✓" in panel.group(0)  # a topic of next week already done
    _mark_on_plan(ada_tracking, adas_plan, first_next, "none")
    ada_tracking.get("/me")
    page = ada_tracking.get(path).content.decode()
    assert _without_tokens(page) == _without_tokens(_plan_render(monkeypatch, ada_tracking, path))


def test_a_plan_page_shows_no_other_readers_data_or_controls(
    ada_tracking: Client, visitor_tracking: Client, adas_plan: str
) -> None:
    path = f"/plans/{adas_plan}"
    owners = ada_tracking.get(path).content.decode()  # stores the owner's skeleton first
    visitors = visitor_tracking.get(path).content.decode()
    assert ADA_NOTE not in visitors
    assert "item-mark item-done" not in visitors
    assert _check_state(visitors, "p2-markup") == "none"
    assert f"/plans/{adas_plan}/reschedule" not in visitors  # not hers to change
    assert "Log out" not in text(visitors)
    assert _check_state(visitors, "p1-terminal") == "skipped"
    assert not _tokens(visitors) & _tokens(owners)
    for key, (body, _) in process_copies.items():
        if key.startswith("rf:skeleton:"):
            skeleton = body.decode()
            assert ADA_NOTE not in skeleton
            assert "item-mark item-done" not in skeleton
            assert "Log out" not in skeleton
            assert "csrfmiddlewaretoken" not in skeleton


def test_a_plan_page_follows_every_change_to_the_plan_and_shows_a_message_once(
    ada_tracking: Client, adas_plan: str
) -> None:
    path = f"/plans/{adas_plan}"
    assert "20 h/week" in text(ada_tracking.get(path).content.decode())
    rescheduled = ada_tracking.post(f"{path}/reschedule", {"hours": "9"}, follow=True).content.decode()
    assert "Rescheduled." in text(rescheduled)
    assert "9 h/week" in text(rescheduled)
    again = ada_tracking.get(path).content.decode()
    assert "Rescheduled." not in text(again)  # a message shows once
    assert "9 h/week" in text(again)
    ada_tracking.post(f"{path}/feed")
    assert "/feed/" in ada_tracking.get(path).content.decode()  # the calendar feed's address, once opened
    _mark_on_plan(ada_tracking, adas_plan, "markup", "none")
    assert _check_state(ada_tracking.get(path).content.decode(), "p2-markup") == "none"


def test_a_cold_skeleton_is_rendered_once_however_many_readers_ask_at_once() -> None:
    """Eight readers arriving at a cold page (a new process, a new day) wait for one render, not eight at once."""
    import threading
    import time

    from django.http import HttpResponse
    from django.test import RequestFactory

    from roadmapfinder.web.personal_pages import assembled

    renders: list[int] = []

    def render() -> HttpResponse:
        renders.append(1)
        time.sleep(0.2)  # long enough for every reader to arrive while it renders
        return HttpResponse("<p>The shared page</p>")

    pages: list[bytes] = []
    readers = [
        threading.Thread(
            target=lambda: pages.append(assembled(RequestFactory().get(PAGE), "rf:skeleton:cold", render).content)
        )  # type: ignore[union-attr]
        for _ in range(8)
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert len(renders) == 1
    assert pages == [b"<p>The shared page</p>"] * 8


@pytest.mark.django_db(transaction=True)  # through the WSGI entry point, which starts each request as a server does
def test_a_skeleton_rendered_under_one_prefix_is_never_filled_under_another(
    ada_tracking: Client, django_requests: list[object]
) -> None:
    """One process can serve the site at its root and mounted under a path: each skeleton's links carry the prefix
    it was rendered under, so the prefix is part of its key (through the WSGI entry point, which sets the prefix)."""
    cookie = f"sessionid={ada_tracking.cookies['sessionid'].value}"
    mounted = call(PAGE, django_requests, SCRIPT_NAME="/learn", HTTP_COOKIE=cookie).body.decode()
    assert '<a href="/learn/generate">Generate a plan</a>' in mounted
    at_root = call(PAGE, django_requests, HTTP_COOKIE=cookie).body.decode()
    assert '<a href="/generate">Generate a plan</a>' in at_root
    assert "/learn/" not in at_root
