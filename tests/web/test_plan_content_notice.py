"""What changed in a plan's content reads as a notice: open on the plan page in the week the plan met the change (as
This week and `roadmapfinder week` say it, that week only), folded to one line after it, which a learner opens
again without JavaScript (a <details>), the changes and their undo buttons inside. Open for good, the list only
grew, week after week, above the plan."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import Page, Route, sync_playwright

from tests.e2e.live_server import CHROMIUM, CHROMIUM_ARGS
from tests.helpers import pin_today, text
from tests.web.test_plan_past_weeks_kept import (
    TODAY,
    Content,
    grow_and_rename_web_basics,
    new_plan,
    serve_edited,
    undo_buttons,
)

pytestmark = [pytest.mark.database, pytest.mark.django_db]

SetEnv = Callable[[str, str], None]


@dataclass
class Notice(HTMLParser):
    """The page's "What changed" notice: whether it is open, its one line (summary) and all its text."""

    open: bool = False
    summary: str = ""
    body: str = ""
    found: bool = False
    _depth: int = 0
    _in_summary: bool = False

    def __post_init__(self) -> None:
        super().__init__()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "details" and ("id", "content-changes") in attrs:
            self.found, self.open, self._depth = True, any(name == "open" for name, _ in attrs), 1
        elif self._depth and tag == "details":
            self._depth += 1
        elif self._depth and tag == "summary":
            self._in_summary = True

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag == "details":
            self._depth -= 1
        elif tag == "summary":
            self._in_summary = False

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.body += data
            if self._in_summary:
                self.summary += data

    @staticmethod
    def of(page: str) -> Notice:
        notice = Notice()
        notice.feed(page)
        assert notice.found, "the page has the notice"
        notice.summary, notice.body = text(notice.summary).strip(), text(notice.body).strip()
        return notice


def test_what_changed_is_open_the_week_the_plan_met_it_and_one_line_to_open_after(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)

    notice = Notice.of(ada_client.get(f"/plans/{plan_id}").content.decode())
    assert notice.open, "the week the plan met the change, it is said open"
    assert notice.summary == "What changed in this plan's content 2 changes, on 3 February 2027"
    assert "“How the web works” is now called “How the web really works”." in notice.body
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert mine["content_changes"], "This week says it too, that week"

    pin_today(monkeypatch, date(2027, 2, 10))
    notice = Notice.of(ada_client.get(f"/plans/{plan_id}").content.decode())
    assert not notice.open, "a week on, folded to one line"
    assert notice.summary == "What changed in this plan's content 2 changes, on 3 February 2027"
    assert "“How the web really works” now takes 20 hours (it took 10)." in notice.body, "there, to open"
    (mine,) = ada_client.get("/api/v1/me/this-week").json()["plans"]
    assert mine["content_changes"] == [], "as This week no longer says it"


def test_a_second_change_opens_the_notice_again_and_its_undo_works_folded_or_not(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    ada_client.get(f"/plans/{plan_id}")  # met on 3 February

    def and_monitoring(content: Content) -> None:
        grow_and_rename_web_basics(content)
        phase = content.roadmaps["alpha-dev"]["phases"][0]
        phase["core_skills"] = [*phase["core_skills"], "monitoring"]

    pin_today(monkeypatch, date(2027, 2, 17))
    serve_edited(setenv, tmp_path, "monitoring", and_monitoring)
    page = ada_client.get(f"/plans/{plan_id}").content.decode()
    notice = Notice.of(page)
    assert notice.open, "a new change, said open that week"
    assert notice.summary == "What changed in this plan's content 3 changes, the latest on 17 February 2027"
    assert undo_buttons(page) == ["Leave it out: Monitoring"]

    pin_today(monkeypatch, date(2027, 2, 24))
    page = ada_client.get(f"/plans/{plan_id}").content.decode()
    assert not Notice.of(page).open
    assert undo_buttons(page) == ["Leave it out: Monitoring"], "still there once opened"
    left_out = ada_client.post(f"/plans/{plan_id}/content-change", {"ref": "monitoring", "undone": "yes"}, follow=True)
    assert "“Monitoring” is left out of this plan." in text(left_out.content)


@dataclass
class Served:
    """Pages as this process's Django answered them, with the static files they load, for a real browser: the day
    is pinned here, which a live server's clock cannot be. `shown` is the page the browser gets at the plan's
    address (its reader reloads it to see it again). Django answers before the browser starts: Playwright's
    synchronous API runs an event loop on this thread, where Django would open a second connection to the test
    database."""

    client: Client
    bodies: dict[str, tuple[bytes, str]]
    shown: str = ""

    def answer(self, path: str) -> str:
        """Django's answer at `path` now (the day pinned), with the static files it loads kept."""
        page = self.client.get(path).content.decode()
        for url in set(re.findall(r'(?:href|src)="(/static/[^"]+)"', page)) - set(self.bodies):
            answer = self.client.get(url)
            body = b"".join(answer.streaming_content) if answer.streaming else answer.content  # type: ignore[attr-defined]
            self.bodies[url] = (body, answer["Content-Type"])
        return page

    def route(self, route: Route) -> None:
        path = route.request.url.removeprefix("http://testserver")
        if path.startswith("/static/"):
            body, kind = self.bodies.get(path, (b"", "text/plain"))
            route.fulfill(status=200 if path in self.bodies else 404, body=body, headers={"content-type": kind})
        else:
            route.fulfill(status=200, body=self.shown, headers={"content-type": "text/html; charset=utf-8"})


@contextmanager
def reader_pages(served: Served) -> Iterator[Callable[[], Page]]:
    """Chromium, each call a new reader (their own browser storage) whose page is answered by `served`."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def reader() -> Page:
            page = browser.new_context().new_page()
            page.route("**/*", served.route)
            return page

        try:
            yield reader
        finally:
            browser.close()


def is_open(page: Page) -> bool:
    return bool(page.locator("#content-changes").evaluate("fold => fold.open"))


@pytest.mark.slow
@pytest.mark.browser
def test_a_reader_who_folds_or_opens_the_notice_finds_it_so_again_until_a_newer_change(
    ada_client: Client, monkeypatch: pytest.MonkeyPatch, setenv: SetEnv, tmp_path: Path
) -> None:
    # The notice opened again at every visit of the week the plan met the change, however often its reader folded
    # it, and folded again at every visit after, however often they opened it.
    pin_today(monkeypatch, TODAY)
    plan_id = new_plan(ada_client)
    serve_edited(setenv, tmp_path, "grown", grow_and_rename_web_basics)
    served, path = Served(ada_client, {}), f"/plans/{plan_id}"
    met = served.answer(path)
    assert Notice.of(met).open, "said open the week the plan met the change"
    pin_today(monkeypatch, date(2027, 2, 10))
    week_on = served.answer(path)
    assert not Notice.of(week_on).open, "a week on, said folded"

    def and_monitoring(content: Content) -> None:
        grow_and_rename_web_basics(content)
        phase = content.roadmaps["alpha-dev"]["phases"][0]
        phase["core_skills"] = [*phase["core_skills"], "monitoring"]

    pin_today(monkeypatch, date(2027, 2, 17))
    serve_edited(setenv, tmp_path, "monitoring", and_monitoring)
    newer = served.answer(path)

    summary = "summary:has-text('What changed in this plan')"
    with reader_pages(served) as reader:
        served.shown = met
        mine = reader()
        mine.goto(f"http://testserver{path}")
        assert is_open(mine)
        mine.locator(summary).click()
        mine.reload()
        assert not is_open(mine), "folded by its reader, it stays folded"
        other = reader()
        other.goto(f"http://testserver{path}")
        assert is_open(other), "another reader: as the page says"

        served.shown = week_on
        other.reload()
        assert not is_open(other)
        other.locator(summary).click()
        other.reload()
        assert is_open(other), "opened by its reader, it stays open"

        served.shown = newer
        mine.reload()
        assert is_open(mine), "a newer change opens it again for the reader who folded it"
