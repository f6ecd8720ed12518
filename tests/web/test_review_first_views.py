"""A security review's findings on pages answered before Django (web/personal_answers.py, web/first_views.py,
web/caching.py), kept as tests: each asks that the answer is the one Django gives for the same request.

Reads go through the WSGI entry point, as the server calls it.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.web import first_views
from tests.web.test_wsgi_cache import Reply, call

pytestmark = [pytest.mark.database, pytest.mark.django_db(transaction=True)]

PAGE = "/roadmaps/alpha-dev"
SECRET = "a" * 16 + "B" * 16
OTHER_SECRET = "c" * 16 + "D" * 16  # another well-formed CSRF secret (a new browser tab, or anyone's choice)


def _cookies(client: Client, csrf: str = SECRET) -> str:
    return f"sessionid={client.cookies['sessionid'].value}; csrftoken={csrf}"


def _by_django(monkeypatch: pytest.MonkeyPatch, seen: list[object], path: str, **environ: str) -> Reply:
    with monkeypatch.context() as patched:
        patched.setattr(first_views, "answer", lambda *args: None)
        reply = call(path, seen, **environ)
    assert reply.reached_django
    return reply


@pytest.mark.parametrize("path", [PAGE, "/me"])
def test_a_deactivated_learners_session_is_never_shown_as_signed_in(
    path: str, ada: User, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Django's backend refuses an inactive learner (`user_can_authenticate`): the session reads as a visitor's.
    A first view rebuilds `request.user` from the learner's row without that check."""
    client = Client()
    client.force_login(ada)
    ada.is_active = False  # the admin closes the account (or locks out a stolen session)
    ada.save()

    django_says = call(path, django_requests, HTTP_COOKIE=_cookies(client))
    assert django_says.reached_django
    assert b">Log out</button>" not in django_says.body, "Django: signed out"

    # The same session with another CSRF cookie: a new personal key, the same identity -> assembled before Django.
    fresh = call(path, django_requests, HTTP_COOKIE=_cookies(client, OTHER_SECRET))
    reference = _by_django(monkeypatch, django_requests, path, HTTP_COOKIE=_cookies(client, OTHER_SECRET))
    assert b">Log out</button>" not in reference.body
    assert b"Signed in as" not in reference.body
    assert b">Log out</button>" not in fresh.body, "the first view signed the deactivated learner in"
    assert b"Signed in as" not in fresh.body


def test_a_page_kept_under_one_script_prefix_is_never_answered_under_another(
    ada: User, django_requests: list[object]
) -> None:
    """The personal key leaves out SCRIPT_NAME (only the identity and the skeleton key hold it), while the page's
    links carry it: a process serving the site at its root and under /learn answers one with the other's page."""
    client = Client()
    client.force_login(ada)
    cookies = _cookies(client)
    for _ in range(2):  # kept from its second view
        mounted = call(PAGE, django_requests, SCRIPT_NAME="/learn", HTTP_COOKIE=cookies)
        assert '<a href="/learn/generate">Generate a plan</a>' in mounted.body.decode()
    at_root = call(PAGE, django_requests, HTTP_COOKIE=cookies).body.decode()
    assert "/learn/" not in at_root, "the root was answered with the page kept under /learn"


def test_an_empty_host_header_is_refused_as_django_refuses_it(ada: User, django_requests: list[object]) -> None:
    """The keys take SERVER_NAME when Host is empty (`HTTP_HOST or SERVER_NAME`); Django takes the empty Host
    itself and refuses it (DisallowedHost: 400)."""
    client = Client()
    client.force_login(ada)
    cookies = _cookies(client)
    for _ in range(2):
        assert call(PAGE, django_requests, HTTP_COOKIE=cookies).status.startswith("200")  # Host: 127.0.0.1

    assert client.get(PAGE, HTTP_HOST="").status_code == 400, "Django refuses it"
    empty = call(PAGE, django_requests, HTTP_COOKIE=cookies, HTTP_HOST="")
    assert empty.status.startswith("400"), f"answered {empty.status} for an empty Host header"


def test_a_database_error_while_preparing_a_first_view_goes_to_django(
    ada: User, django_requests: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """first_views' docstring: "any error while assembling (a database that is down) go to Django". The reads of
    `_prepared` (/me's plans, a plan page's edit right and parts) run outside `answer`'s try: a database error there
    leaves the WSGI app with an exception (a bare 500 from the server, without Django's handling or log)."""
    from django.db import OperationalError

    client = Client()
    client.force_login(ada)
    assert call("/me", django_requests, HTTP_COOKIE=_cookies(client)).reached_django  # the identity is remembered

    def locked(request: object) -> list[object]:
        raise OperationalError("database is locked")

    monkeypatch.setattr(first_views, "reader_plans", locked)  # only the first view's read; the view has its own
    reply = call("/me", django_requests, HTTP_COOKIE=_cookies(client, OTHER_SECRET))
    assert reply.reached_django
    assert reply.status.startswith("200")


@pytest.mark.parametrize("environ", [{"wsgi.url_scheme": "https"}, {"SCRIPT_NAME": "/learn"}], ids=["https", "prefix"])
def test_the_shared_page_cache_keeps_what_the_page_is_made_of(
    environ: dict[str, str], django_requests: list[object]
) -> None:
    """web/caching.py `lookup_for` keys a page by host, path, query, htmx and gzip, not by the scheme or the script
    prefix, while the page shows both (its canonical and og:url, without SITE_URL; its links; HSTS only on https):
    the first request's variant is answered to the other, in every process sharing the cache."""
    plain = call(PAGE, django_requests)
    assert 'href="http://127.0.0.1/roadmaps/alpha-dev"' in plain.body.decode()
    other = call(PAGE, django_requests, **environ)
    assert other.body != plain.body, f"{environ} answered with the page made for plain http at the root"


def test_one_visitors_script_prefix_never_reaches_every_visitor(django_requests: list[object]) -> None:
    """A request's script prefix (a proxy's, or one a server let a client set: gunicorn did, with
    --forwarded-allow-ips=*) is in every link of its page: the shared cache keys it, so one request's prefix is never
    stored for every visitor (Django's reverse escapes a leading "//" to "/%2F": the site's own 404s, for a day)."""
    poisoned = call(PAGE, django_requests, SCRIPT_NAME="//evil.example")  # GET //evil.example/roadmaps/alpha-dev
    assert poisoned.reached_django
    assert '<a href="/%2Fevil.example/generate">' in poisoned.body.decode()
    visitor = call(PAGE, django_requests)
    assert "evil.example" not in visitor.body.decode(), "every visitor got the links made for one request's prefix"
    assert '<a href="/generate">' in visitor.body.decode()


def test_a_learner_deactivated_after_their_first_views_is_never_shown_signed_in_again(
    ada: User, django_requests: list[object]
) -> None:
    """Django's decision is made once per identity (first_views._request): deactivating the account changes the
    learner's row, so the identity is new and Django decides again."""
    client = Client()
    client.force_login(ada)
    assert call(PAGE, django_requests, HTTP_COOKIE=_cookies(client)).reached_django
    before = call(PAGE, django_requests, HTTP_COOKIE=_cookies(client, OTHER_SECRET))
    assert not before.reached_django
    assert b">Log out</button>" in before.body
    ada.is_active = False
    ada.save()
    after = call(PAGE, django_requests, HTTP_COOKIE=_cookies(client, "e" * 16 + "F" * 16))
    assert b">Log out</button>" not in after.body
