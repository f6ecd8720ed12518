"""What changed in a plan's content reads as a notice: open on the plan page in the week the plan met the change (as
This week and `roadmapfinder week` say it, that week only), folded to one line after it, which a learner opens
again without JavaScript (a <details>), the changes and their undo buttons inside. Open for good, the list only
grew, week after week, above the plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client

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
