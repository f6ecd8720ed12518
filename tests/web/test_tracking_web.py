"""Accounts, progress marking, notes, tokens and learner data through the web pages (Django test client)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from roadmapfinder.tracking.models import ApiToken, FollowedRoadmap, ProjectProgress, TopicNote, TopicProgress
from roadmapfinder.web import settings as production_settings
from tests.helpers import PASSWORD, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

HTMX = {"HX-Request": "true"}


def _mark(client: Client, topic: str, status: str, **extra: str) -> object:
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": "/roadmaps/alpha-dev"}
    return client.post("/me/progress/topic", data | extra, **({"headers": {"HX-Request": "true"}} if extra else {}))


def _statuses(user: User) -> dict[str, str]:
    return dict(TopicProgress.objects.filter(user=user).values_list("topic_id", "status"))


def test_sign_up_hashes_with_argon2_and_signs_in(client: Client, settings: Any) -> None:
    settings.PASSWORD_HASHERS = production_settings.PASSWORD_HASHERS  # the tests' fast hasher (conftest.py) set back
    response = client.post(
        "/accounts/signup/", {"username": "grace", "email": "", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/me"
    assert User.objects.get(username="grace").password.startswith("argon2$")
    assert "grace" in client.get("/me").content.decode()


def test_sign_up_refuses_a_weak_password_with_the_reason(client: Client) -> None:
    response = client.post("/accounts/signup/", {"username": "grace", "password1": "12345678", "password2": "12345678"})
    assert response.status_code == 400
    assert "This password is too common." in response.content.decode()
    assert not User.objects.filter(username="grace").exists()


def test_log_in_and_out(client: Client, ada: User) -> None:
    assert client.post("/accounts/login/", {"username": "ada", "password": "wrong"}).status_code == 200
    response = client.post("/accounts/login/", {"username": "ada", "password": PASSWORD})
    assert response.status_code == 302
    assert "Signed in as <strong>ada</strong>" in client.get("/me").content.decode()
    assert client.get("/accounts/logout/").status_code == 405, "log-out is a POST, so a link cannot log you out"
    assert client.post("/accounts/logout/").status_code == 302
    signed_out = client.get("/me").content.decode()
    assert "Signed in as" not in signed_out
    assert "Your progress is kept in this browser only" in signed_out


@pytest.mark.slow
def test_log_in_is_rate_limited(client: Client, ada: User) -> None:
    # Limits count in fixed one-minute windows, so a window may roll over mid-test: allow two windows' worth.
    codes = [client.post("/accounts/login/", {"username": "ada", "password": "guess"}).status_code for _ in range(21)]
    assert codes[:10] == [200] * 10
    assert 429 in codes
    response = client.post("/accounts/login/", {"username": "ada", "password": PASSWORD})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"


def test_visitor_session_progress_merges_into_the_account_at_log_in(client: Client, ada: User) -> None:
    TopicProgress.objects.create(user=ada, topic_id="markup", status="in_progress")
    TopicProgress.objects.create(user=ada, topic_id="styling", status="done")
    _mark(client, "markup", "done")
    _mark(client, "terminal", "skipped")
    client.post("/me/roadmaps/beta-ops/follow")
    FollowedRoadmap.objects.create(user=ada, roadmap_slug="alpha-dev")
    client.post("/accounts/login/", {"username": "ada", "password": PASSWORD})
    assert _statuses(ada) == {"markup": "done", "styling": "done", "terminal": "skipped"}
    assert set(FollowedRoadmap.objects.filter(user=ada).values_list("roadmap_slug", flat=True)) == {
        "alpha-dev",
        "beta-ops",
    }


@pytest.mark.slow
def test_password_change_and_reset(ada_client: Client, client: Client, ada: User) -> None:
    new = "another long passphrase 7"
    response = ada_client.post(
        "/accounts/password/change/", {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    ada.refresh_from_db()
    assert ada.check_password(new)
    assert client.post("/accounts/password/reset/", {"email": "ada@example.org"}).status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body)
    assert link is not None
    form = client.get(link.group(1), follow=True)
    final = "yet another passphrase 9"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": final, "new_password2": final})
    assert done.status_code == 302
    ada.refresh_from_db()
    assert ada.check_password(final)


def test_anonymous_roadmap_page_invites_to_track_and_carries_no_csrf_token(client: Client) -> None:
    page = client.get("/roadmaps/alpha-dev").content.decode()
    assert "start tracking" in page
    assert "csrfmiddlewaretoken" not in page
    assert 'id="progress-phase-1"' not in page


def test_marking_in_place_returns_the_control_and_moved_bars(ada_client: Client, ada: User) -> None:
    page = ada_client.get("/roadmaps/alpha-dev").content.decode()
    assert 'Your progress: <strong class="percent">0%</strong>' in page
    response = _mark(ada_client, "web-basics", "done", track="roadmap:alpha-dev")
    body = response.content.decode()  # type: ignore[attr-defined]
    assert body.lstrip().startswith('<form class="mark mark-done" id="mark-1-web-basics"')
    assert 'id="progress-overall" hx-swap-oob="true"' in body
    assert re.search(r'id="progress-phase-1" hx-swap-oob="true">.*?value="20"', body, re.S)
    assert _statuses(ada) == {"web-basics": "done"}


def test_marking_without_javascript_posts_and_comes_back(ada_client: Client) -> None:
    response = _mark(ada_client, "terminal", "in_progress")
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert response["Location"] == "/roadmaps/alpha-dev"  # type: ignore[index]
    page = ada_client.get("/roadmaps/beta-ops").content.decode()
    assert re.search(r'id="status-1-terminal".*?<option value="in_progress" selected>', page, re.S)


def test_projects_are_marked_done_with_a_checkbox(ada_client: Client, ada: User) -> None:
    data = {"project": "alpha-dev/foundations-project", "done": ["false", "true"], "track": "roadmap:alpha-dev"}
    assert ada_client.post("/me/progress/project", data).status_code == 302
    assert ProjectProgress.objects.filter(user=ada, project_key="alpha-dev/foundations-project").exists()
    ada_client.post("/me/progress/project", data | {"done": ["false"]})
    assert not ProjectProgress.objects.filter(user=ada).exists()


def test_bad_marks_get_clear_errors_and_change_nothing(ada_client: Client, ada: User) -> None:
    unknown = _mark(ada_client, "markupp", "done")
    assert unknown.status_code == 404  # type: ignore[attr-defined]
    assert "markup" in unknown.content.decode()  # type: ignore[attr-defined]
    assert _mark(ada_client, "markup", "finished").status_code == 400  # type: ignore[attr-defined]
    assert ada_client.get("/me/progress/topic").status_code == 405
    assert _statuses(ada) == {}


def test_forms_need_the_csrf_token(ada: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(ada)
    assert _mark(client, "markup", "done").status_code == 403  # type: ignore[attr-defined]
    assert client.post("/me/tokens", {"name": "x"}).status_code == 403
    assert _statuses(ada) == {}


def test_dashboard_lists_followed_roadmaps_next_topics_and_saved_plans(ada_client: Client, ada: User) -> None:
    from roadmapfinder.plans.models import SavedPlan

    _mark(ada_client, "terminal", "done")  # on the alpha-dev page: ada now follows it
    # saved when titles were made of slugs and ids: the list names it by the rebuilt plan's names
    SavedPlan.objects.create(request={"targets": ["alpha-dev", "orm-layer"]}, owner=ada, title="alpha-dev, orm-layer")
    SavedPlan.objects.create(request={}, owner=User.objects.create_user("bob"), title="Bob's plan")
    page = ada_client.get("/me").content.decode()
    assert re.search(r'data-roadmap="alpha-dev".*?<strong class="percent">4%</strong>', page, re.S)
    assert 'data-roadmap="beta-ops"' not in page, "a shared topic alone does not put a roadmap on the dashboard"
    assert re.search(r'data-sharing="beta-ops">.*?5%, 1 of 20 finished', page, re.S)
    assert re.search(r"<h3><a [^>]*>Alpha Developer and ORM layer</a></h3>", page)
    assert "alpha-dev, orm-layer" not in page
    assert "Bob&#x27;s plan" not in page
    assert "Bob's plan" not in page


def test_notes_render_markdown_safely_and_stay_private(ada_client: Client, ada: User) -> None:
    text = "**Key idea**\n\n<script>alert(1)</script> [x](javascript:alert(1))"
    assert ada_client.post("/me/notes/markup", {"text": text}).status_code == 302
    page = ada_client.get("/topics/markup").content.decode()
    assert "<strong>Key idea</strong>" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    bob = Client()
    bob.force_login(User.objects.create_user("bob"))
    assert "Key idea" not in bob.get("/topics/markup").content.decode()
    assert Client().post("/me/notes/markup", {"text": "x"}).status_code == 302, "visitors are sent to log in"
    assert TopicNote.objects.get().user == ada


def test_tokens_are_shown_once_stored_hashed_and_only_their_owner_revokes_them(ada_client: Client, ada: User) -> None:
    response = ada_client.post("/me/tokens", {"name": "work laptop"})
    assert response.status_code == 201
    secret = re.search(r"data-token>(rf_[\w-]+)<", response.content.decode())
    assert secret is not None
    token = ApiToken.objects.get(user=ada)
    assert secret.group(1) not in token.key_hash
    assert secret.group(1) not in ada_client.get("/me/account").content.decode()
    bob = Client()
    bob.force_login(User.objects.create_user("bob"))
    assert "work laptop" not in bob.get("/me/account").content.decode()
    assert bob.post(f"/me/tokens/{token.pk}/revoke").status_code == 404
    assert ApiToken.objects.filter(pk=token.pk).exists()
    assert ada_client.post(f"/me/tokens/{token.pk}/revoke").status_code == 302
    assert not ApiToken.objects.exists()
    assert not FollowedRoadmap.objects.exists()


def test_account_pages_need_a_login(client: Client) -> None:
    for url in ("/me/account", "/me/export", "/accounts/delete/", "/accounts/password/change/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url


def test_export_then_import_restores_exactly_the_same_data(ada_client: Client, ada: User) -> None:
    _mark(ada_client, "markup", "done")
    _mark(ada_client, "terminal", "skipped")
    ada_client.post("/me/progress/project", {"project": "alpha-dev/pages-project", "done": "true"})
    ada_client.post("/me/notes/markup", {"text": "Semantic *tags* first"})
    ada_client.post("/me/roadmaps/beta-ops/follow")
    from roadmapfinder.plans.models import SavedPlan

    SavedPlan.objects.create(request={"targets": ["alpha-dev"], "start": "2026-03-02"}, owner=ada, title="Alpha")
    exported = ada_client.get("/me/export")
    assert exported["Content-Disposition"].startswith("attachment")
    first = exported.content
    _mark(ada_client, "markup", "none")
    _mark(ada_client, "styling", "done")
    ada_client.post("/me/roadmaps/alpha-dev/follow", {"follow": "false"})
    upload = SimpleUploadedFile("data.json", first, content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302
    assert ada_client.get("/me/export").content == first
    document = json.loads(first)
    assert document["topics"][0]["topic"] == "markup"
    assert document["plans"][0]["title"] == "Alpha"
    assert [r["roadmap"] for r in document["roadmaps"]] == ["alpha-dev", "beta-ops"]
    assert SavedPlan.objects.get(owner=ada).request == {"targets": ["alpha-dev"], "start": "2026-03-02"}


def test_a_bad_import_file_changes_nothing_and_says_why(ada_client: Client, ada: User) -> None:
    _mark(ada_client, "markup", "done")
    before = ada_client.get("/me/export").content
    document = json.loads(before)
    document["topics"].append({"topic": "no-such-topic", "status": "done", "updated": "2026-01-01T00:00:00Z"})
    upload = SimpleUploadedFile("data.json", json.dumps(document).encode())
    response = ada_client.post("/me/import", {"file": upload})
    assert response.status_code == 400
    assert "Nothing was imported: the file mentions an unknown topic `no-such-topic`" in response.content.decode()
    assert ada_client.get("/me/export").content == before


def test_deleting_the_account_deletes_all_its_data(ada_client: Client, ada: User) -> None:
    _mark(ada_client, "markup", "done")
    ada_client.post("/me/notes/markup", {"text": "note"})
    ada_client.post("/me/tokens", {"name": "work laptop"})
    assert FollowedRoadmap.objects.filter(user=ada).exists()
    assert ada_client.post("/accounts/delete/", {"password": "wrong"}).status_code == 400
    assert User.objects.filter(pk=ada.pk).exists()
    assert ada_client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert not User.objects.filter(pk=ada.pk).exists()
    assert not TopicProgress.objects.exists()
    assert not TopicNote.objects.exists()
    assert not ApiToken.objects.exists()


def test_header_shows_log_in_or_me(client: Client, ada_client: Client) -> None:
    assert 'href="/accounts/login/"' in client.get("/").content.decode()
    page = ada_client.get("/").content.decode()
    assert 'href="/me">Me</a>' in page
    assert 'action="/accounts/logout/"' in page


def test_the_roadmap_diagram_shows_the_learners_progress(ada_client: Client) -> None:
    before = ada_client.get("/roadmaps/alpha-dev").content.decode()
    assert "rfd-node rfd-done" not in before
    _mark(ada_client, "web-basics", "done")
    _mark(ada_client, "http-basics", "in_progress")
    _mark(ada_client, "terminal", "skipped")
    page = ada_client.get("/roadmaps/alpha-dev").content.decode()
    diagram = page[page.index("<svg") : page.index("</svg>")]
    assert diagram.count('class="rfd-node rfd-done"') == 1
    assert diagram.count('class="rfd-node rfd-in-progress"') == 1
    assert diagram.count('class="rfd-node rfd-skipped"') == 1


def test_following_and_unfollowing_keeps_the_progress(ada_client: Client, ada: User) -> None:
    _mark(ada_client, "terminal", "done")
    assert ada_client.post("/me/roadmaps/beta-ops/follow", {"next": "/me"}).status_code == 302
    page = ada_client.get("/me").content.decode()
    assert 'data-roadmap="beta-ops"' in page
    assert 'data-sharing="beta-ops"' not in page
    ada_client.post("/me/roadmaps/alpha-dev/follow", {"follow": "false", "next": "/me"})
    page = ada_client.get("/me").content.decode()
    assert 'data-roadmap="alpha-dev"' not in page
    assert 'data-sharing="alpha-dev"' in page
    assert _statuses(ada) == {"terminal": "done"}, "following is about the dashboard, never the progress"
    assert ada_client.post("/me/roadmaps/nope/follow").status_code == 404
    assert ada_client.get("/me/roadmaps/beta-ops/follow").status_code == 405


def test_a_roadmap_page_offers_to_follow_it_once_tracking(ada_client: Client) -> None:
    page = ada_client.get("/roadmaps/beta-ops").content.decode()
    assert "Follow this roadmap on my dashboard" in page
    ada_client.post("/me/roadmaps/beta-ops/follow", {"next": "/roadmaps/beta-ops"})
    page = ada_client.get("/roadmaps/beta-ops").content.decode()
    assert "On your dashboard" in page
    assert "Follow this roadmap on my dashboard" not in page


def test_the_home_page_offers_a_returning_learner_to_continue(ada_client: Client) -> None:
    assert "Continue where you left off" not in Client().get("/").content.decode(), "visitors get the shared page"
    assert "Continue where you left off" not in ada_client.get("/").content.decode(), "nothing followed yet"
    _mark(ada_client, "web-basics", "done")
    page = ada_client.get("/").content.decode()
    assert re.search(
        r'data-continue="alpha-dev"><a href="/roadmaps/alpha-dev">Alpha Developer</a> <strong class="percent">4%'
        r'.*?href="/roadmaps/alpha-dev#topic-http-basics">HTTP basics',
        page,
        re.S,
    )


def test_a_learners_downloads_tick_what_they_finished(ada_client: Client) -> None:
    _mark(ada_client, "web-basics", "done")
    _mark(ada_client, "terminal", "skipped")
    mine = ada_client.get("/roadmaps/alpha-dev.md").content.decode()
    assert re.search(r"- \[x\] \[How the web works\]", mine)
    assert re.search(r"- \[x\] ~~\[Terminal basics\]", mine)
    assert re.search(r"- \[ \] \[HTTP basics\]", mine)
    shared = Client().get("/roadmaps/alpha-dev.md").content.decode()
    assert "[x]" not in shared, "a visitor's download (and the shared cache) has no one's progress"
    assert "rfd-node rfd-done" in ada_client.get("/roadmaps/alpha-dev.svg").content.decode()
    assert "rfd-node rfd-done" not in Client().get("/roadmaps/alpha-dev.svg").content.decode()


def test_a_topic_is_marked_on_its_own_page(ada_client: Client, ada: User) -> None:
    assert 'id="status-0-markup"' not in Client().get("/topics/markup").content.decode(), "visitors: no control"
    page = ada_client.get("/topics/markup").content.decode()
    assert re.search(r'<form class="mark mark-none" id="mark-0-markup".*?name="track" value=""', page, re.S)
    htmx = ada_client.post(
        "/me/progress/topic", {"topic": "markup", "status": "in_progress", "track": "", "phase": "0"}, headers=HTMX
    )
    body = htmx.content.decode()
    assert body.lstrip().startswith('<form class="mark mark-in_progress" id="mark-0-markup"')
    assert "progress-overall" not in body, "a topic page has no bars to redraw"
    plain = ada_client.post("/me/progress/topic", {"topic": "markup", "status": "done", "next": "/topics/markup"})
    assert plain["Location"] == "/topics/markup"
    assert _statuses(ada) == {"markup": "done"}
    assert not FollowedRoadmap.objects.filter(user=ada).exists(), "marking on a topic page follows no roadmap"
    odd = ada_client.post("/me/progress/project", {"project": "alpha-dev/pages-project", "done": "true"}, headers=HTMX)
    assert odd.status_code == 200


@pytest.mark.parametrize("who", ["signed in", "visitor"])
def test_following_from_the_roadmap_page_is_said_there_once(who: str, ada_client: Client) -> None:
    """The follow form posts and comes back: the page the learner acted on says what happened, and only once
    (it used to wait for /me, where "You no longer follow ..." came out of the blue later)."""
    reader = ada_client if who == "signed in" else Client()
    if who == "visitor":
        assert reader.get("/me/progress/start?next=/roadmaps/alpha-dev").status_code == 302
    for follow, said in (("true", "You follow Alpha Developer."), ("false", "You no longer follow Alpha Developer.")):
        back = reader.post("/me/roadmaps/alpha-dev/follow", {"follow": follow, "next": "/roadmaps/alpha-dev"})
        assert back["Location"] == "/roadmaps/alpha-dev"
        assert said in text(reader.get("/roadmaps/alpha-dev").content)
        assert said not in text(reader.get("/roadmaps/alpha-dev").content)
    assert "You no longer follow" not in text(reader.get("/me").content)


def test_saving_hours_on_a_topic_page_is_said_there(ada_client: Client) -> None:
    plain = ada_client.post("/me/progress/hours", {"topic": "queries", "hours": "4", "next": "/topics/queries"})
    assert plain["Location"] == "/topics/queries"
    assert "Hours saved; the topic is marked done." in text(ada_client.get("/topics/queries").content)
