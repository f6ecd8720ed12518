"""The session and the learner are read by key without the ORM (web/sessions, tracking/backends.py): the same
answers as Django's own engine and backend, sessions signed in before the switch go on working, and a wrong
password is still checked once."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.hashers import MD5PasswordHasher
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore as DjangoDatabaseStore
from django.test import Client
from django.utils import timezone

from roadmapfinder.tracking.backends import LEARNER_BACKEND
from tests.helpers import PASSWORD

pytestmark = [pytest.mark.database, pytest.mark.django_db]


class CountingHasher(MD5PasswordHasher):
    """MD5 (fast) that counts the passwords it checks."""

    algorithm = "counting-md5"
    checked: ClassVar[list[str]] = []

    def verify(self, password: str, encoded: str) -> bool:
        self.checked.append(password)
        return super().verify(password, encoded)


@pytest.fixture(autouse=True)
def _counting_hashes(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["tests.web.test_sign_in_reads.CountingHasher"]
    CountingHasher.checked.clear()


def _log_in(client: Client, password: str) -> int:
    return client.post("/accounts/login/", {"username": "ada", "password": password}).status_code


def test_a_learner_signs_in_and_out_and_a_wrong_password_is_checked_once() -> None:
    User.objects.create_user("ada", password=PASSWORD)
    browser = Client()
    assert _log_in(browser, "not my password") == 200
    assert CountingHasher.checked == ["not my password"]  # not again by the ModelBackend listed for old sessions
    assert _log_in(browser, PASSWORD) == 302
    assert browser.session[BACKEND_SESSION_KEY] == LEARNER_BACKEND
    assert "Signed in as <strong>ada</strong>" in browser.get("/me").content.decode()
    browser.post("/accounts/logout/")
    assert browser.get("/me/account").status_code == 302  # to the log-in page


def _session_of(user: User, backend: str) -> str:
    """A session signed in by `backend`, as Django's own database engine stores it."""
    store = DjangoDatabaseStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = backend
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    assert store.session_key is not None
    return store.session_key


@pytest.mark.parametrize("backend", [LEARNER_BACKEND, "django.contrib.auth.backends.ModelBackend"])
def test_a_session_signed_in_before_or_after_the_switch_reads_as_its_learner(backend: str) -> None:
    ada = User.objects.create_user("ada", password=PASSWORD)
    browser = Client()
    browser.cookies[settings.SESSION_COOKIE_NAME] = _session_of(ada, backend)
    assert "Signed in as <strong>ada</strong>" in browser.get("/me").content.decode()
    ada.is_active = False
    ada.save()
    assert "Signed in as" not in browser.get("/me").content.decode()  # a deactivated learner is signed out


def test_a_password_changed_elsewhere_ends_the_session() -> None:
    ada = User.objects.create_user("ada", password=PASSWORD)
    browser = Client()
    browser.cookies[settings.SESSION_COOKIE_NAME] = _session_of(ada, LEARNER_BACKEND)
    ada.set_password("another password of hers 9")
    ada.save()
    assert "Signed in as" not in browser.get("/me").content.decode()


def test_an_expired_or_unknown_session_reads_as_none_and_a_new_one_is_made() -> None:
    from django.contrib.sessions.models import Session

    ada = User.objects.create_user("ada", password=PASSWORD)
    old = _session_of(ada, LEARNER_BACKEND)
    Session.objects.filter(session_key=old).update(expire_date=timezone.now() - timezone.timedelta(seconds=1))
    for key in (old, "no-such-session-key-at-all"):
        browser = Client()
        browser.cookies[settings.SESSION_COOKIE_NAME] = key
        assert "Signed in as" not in browser.get("/me").content.decode()
        browser.get("/me/progress/start?next=/me")
        assert browser.cookies[settings.SESSION_COOKIE_NAME].value not in (old, key)  # never the old key again
