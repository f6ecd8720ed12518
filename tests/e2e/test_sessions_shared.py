"""Every process reads the same session: without Redis, two servers on one SQLite database agree on it.

`roadmapfinder serve` runs several workers, and production runs several instances; a request may land on any of
them. Sessions used to be cached in each process's own memory when there was no Redis, so a worker that had read a
session kept its old copy: a log-out elsewhere left the session signed in there, and a visitor's progress saved by
one worker was shown (and saved back) stale by another. Two instances with one worker each make the hand-over
deterministic.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from tests.e2e.live_server import Instance, create_learner_with_token
from tests.helpers import PASSWORD


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class Browser:
    """A cookie jar shared by requests to either instance, as one browser behind a load balancer."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def cookie(self, name: str) -> str:
        return next(c.value for c in self.jar if c.name == name)

    def get(self, url: str) -> tuple[int, str]:
        try:
            with self.opener.open(url, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", "")

    def post(self, url: str, fields: dict[str, str]) -> int:
        data = urllib.parse.urlencode(fields | {"csrfmiddlewaretoken": self.cookie("csrftoken")}).encode()
        request = urllib.request.Request(url, data=data, headers={"Referer": url})
        try:
            with self.opener.open(request, timeout=30) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code


@pytest.fixture(scope="module")
def instances(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Instance, Instance, dict[str, str]]]:
    """Two one-worker servers on one SQLite database, without Redis (what `make run` gives, twice)."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env |= {
        "ROADMAPFINDER_DATA_DIR": str(tmp_path_factory.mktemp("shared-data")),
        "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings",
    }
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True)
    a, b = Instance(env, workers=1), Instance(env, workers=1)
    a.start(timeout=60)
    try:
        b.start(timeout=60)
        try:
            yield a, b, env
        finally:
            b.stop()
    finally:
        a.stop()


def test_a_log_out_on_one_instance_ends_the_session_on_the_other(
    instances: tuple[Instance, Instance, dict[str, str]],
) -> None:
    a, b, env = instances
    create_learner_with_token(env, "ana")
    browser = Browser()
    browser.get(f"{a.url}/accounts/login/")
    assert browser.post(f"{a.url}/accounts/login/", {"username": "ana", "password": PASSWORD}) == 302
    status, page = browser.get(f"{b.url}/me/account")  # B reads the session now, while it is signed in
    assert status == 200
    assert "ana" in page
    old_session = browser.cookie("sessionid")

    assert browser.post(f"{a.url}/accounts/logout/", {}) == 302

    replayed = Browser()  # someone holding the old cookie, e.g. a shared computer's stale tab
    replayed.jar.set_cookie(_cookie("sessionid", old_session, b.url))
    status, location = replayed.get(f"{b.url}/me/account")
    assert status == 302
    assert "/accounts/login/" in location


def test_a_visitors_progress_saved_by_one_instance_shows_on_the_other(
    instances: tuple[Instance, Instance, dict[str, str]],
) -> None:
    a, b, _ = instances
    browser = Browser()
    assert browser.get(f"{a.url}/me/progress/start?next=/roadmaps/alpha-dev")[0] == 302  # "Track my progress"
    browser.get(f"{a.url}/roadmaps/alpha-dev")
    assert browser.post(f"{a.url}/me/progress/topic", {"topic": "markup", "status": "done"}) == 302
    assert _status_shown(browser, a.url, "markup") == "done"
    assert _status_shown(browser, b.url, "markup") == "done"  # B has read the session now

    assert browser.post(f"{b.url}/me/progress/topic", {"topic": "markup", "status": "in_progress"}) == 302
    assert browser.post(f"{b.url}/me/progress/topic", {"topic": "styling", "status": "done"}) == 302

    assert _status_shown(browser, a.url, "markup") == "in_progress"
    # and a change through A builds on what B saved, rather than on A's old copy
    assert browser.post(f"{a.url}/me/progress/topic", {"topic": "terminal", "status": "skipped"}) == 302
    statuses = {t: _status_shown(browser, b.url, t) for t in ("markup", "styling", "terminal")}
    assert statuses == {"markup": "in_progress", "styling": "done", "terminal": "skipped"}


def _status_shown(browser: Browser, url: str, topic: str) -> str:
    """The status the roadmap page shows the visitor for a topic (its control's selected option)."""
    status, page = browser.get(f"{url}/roadmaps/alpha-dev")
    assert status == 200, page
    shown = re.search(rf'id="status-\d+-{topic}".*?<option value="(\w*)" selected>', page, re.S)
    assert shown is not None, f"no status control for {topic}"
    return shown.group(1)


def _cookie(name: str, value: str, url: str) -> http.cookiejar.Cookie:
    host = urllib.parse.urlsplit(url).hostname or ""
    return http.cookiejar.Cookie(
        0, name, value, None, False, host, False, False, "/", True, False, None, False, None, None, {}
    )
