"""/me laid out from plain rows (tracking/dashboard.py): every form carries the page's one CSRF field, a page
without a form sets no CSRF cookie, each view shows the learner's data as it is now, and the rows written in Python
(tracking/templatetags/dashboard_tags.py) are the page the Django template that wrote them before gives, every text
escaped once."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.template import engines
from django.test import Client

from roadmapfinder.clock import today
from roadmapfinder.generated.models import GeneratedRoadmapRecord
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.plans.selectors import plans_this_week
from roadmapfinder.progress import TopicStatus
from roadmapfinder.tracking import services
from roadmapfinder.tracking.dashboard import reader_plans
from roadmapfinder.tracking.models import TopicNote, TopicProgress
from roadmapfinder.tracking.slots import csrf_field
from roadmapfinder.tracking.templatetags import dashboard_tags
from roadmapfinder.tracking.trackers import reader_state

pytestmark = [pytest.mark.database, pytest.mark.django_db]

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _mark(client: Client, topic: str, status: str) -> None:
    data = {"topic": topic, "status": status, "track": "roadmap:alpha-dev", "phase": "1", "next": "/me"}
    assert client.post("/me/progress/topic", data).status_code == 302


def _finished_days_ago(user: User, topic: str, days: int) -> None:
    services.progress_set(user=user, topic_id=topic, status=TopicStatus.DONE)
    row = TopicProgress.objects.get(user=user, topic_id=topic)
    TopicProgress.objects.filter(pk=row.pk).update(updated=row.updated - timedelta(days=days))


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


# /me's content is written in Python (tracking/templatetags/dashboard_tags.py) from the rows of tracking/dashboard.py;
# the Django template that wrote it before is kept as the reference the Python must match, byte for byte.
REFERENCE = Path(__file__).parents[1] / "assets" / "dashboard_reference.html"
HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


class _CsrfInput:
    """The template's `{{ csrf_input }}`: the page's one CSRF field, made when a form is first written."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def __str__(self) -> str:
        return csrf_field(self.request)


def _by_reference(context: Mapping[str, Any], request: HttpRequest) -> str:
    """The reference template's page, its weeks the API's (`plans_this_week`, each session written out) where /me
    has only each plan's standing on its week: the panels must read the same either way."""
    template = engines["django"].from_string(REFERENCE.read_text())
    weeks = plans_this_week(reader_plans(request), reader_state(request))
    return template.render({**context, "this_week": weeks, "csrf_input": _CsrfInput(request), "request": request})


def _both(
    client: Client, monkeypatch: pytest.MonkeyPatch, before: Callable[[], object] = lambda: None
) -> tuple[str, str]:
    """/me as the site writes it, and as the reference template writes the same rows (CSRF masks left out), each
    after `before` (a message is shown once)."""
    before()
    pages = [client.get("/me")]
    with monkeypatch.context() as patched:
        patched.setattr(dashboard_tags, "_write", _by_reference)
        before()
        pages.append(client.get("/me"))
    assert [p.status_code for p in pages] == [200, 200]
    mine, reference = (TOKEN.sub('name="csrfmiddlewaretoken" value="-"', p.content.decode()) for p in pages)
    return mine, reference


def _generated(goal: str) -> str:
    response = Client().post("/api/v1/roadmaps/generate", {"goal": goal}, content_type="application/json")
    assert response.status_code == 201, response.content
    roadmap_id: str = response.json()["id"]
    return roadmap_id


def _plan(client: Client, **fields: object) -> str:
    body = {"targets": ["alpha-dev"], "hours_per_week": 6} | fields
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan_id: str = response.json()["id"]
    return plan_id


@pytest.mark.usefixtures("use_shipped_catalog")  # generated roadmaps are made from the shipped catalog
def test_me_for_a_learner_with_everything_is_what_the_template_wrote(
    ada: User, ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress (a followed roadmap and the many its shared topics count on), notes (one hostile, one on a retired
    topic), a topic due for review, a plan in its third week, a plan today's catalog no longer builds (with a
    hostile stored title), a followed generated roadmap and one that is gone."""
    for topic, status in [("http", "in_progress"), ("git", "skipped")]:
        services.progress_set(user=ada, topic_id=topic, status=TopicStatus(status))
    _finished_days_ago(ada, "how-the-web-works", 3)
    services.follow_set(user=ada, slug="backend", following=True)
    services.note_set(user=ada, topic_id="http", text=HOSTILE)
    TopicNote.objects.create(user=ada, topic_id="cpp-fundamentals", text="**RAII** first")
    _plan(ada_client, targets=["backend"], start=(today() - timedelta(days=20)).isoformat())
    outdated = _plan(ada_client, targets=["backend"])
    SavedPlan.objects.filter(pk=outdated).update(request={"targets": ["gamma-dev"], "hours_per_week": 8}, title=HOSTILE)
    kept, gone = _generated("Kubernetes security"), _generated("Go microservices on AWS")
    for roadmap_id in (kept, gone):
        assert ada_client.post(f"/me/generated/{roadmap_id}/follow", {"next": "/me"}).status_code == 302
    GeneratedRoadmapRecord.objects.filter(pk=gone).delete()
    assert "You follow Kubernetes security." in ada_client.get("/me").content.decode(), "shown once"

    mine, reference = _both(ada_client, monkeypatch)

    assert mine == reference
    for shown in ('data-roadmap="backend"', "data-sharing=", f'data-generated="{kept}"', "generated-gone"):
        assert shown in mine
    assert "1 topic to review today" in mine
    assert "a retired topic, now taught in" in mine
    assert 'class="this-week"' in mine
    assert "The catalog changed since this plan was made" in mine
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
    assert mine.count(escaped) == 2, "the note and the plan's title, each escaped once"
    assert "<script>alert" not in mine
    assert "&amp;lt;" not in mine


def test_me_with_a_message_and_a_review_ahead_is_what_the_template_wrote(
    ada: User, ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.progress_set(user=ada, topic_id="http-basics", status=TopicStatus.DONE)  # reviewed in three days
    follow = {"next": "/me"}
    mine, reference = _both(ada_client, monkeypatch, lambda: ada_client.post("/me/roadmaps/beta-ops/follow", follow))
    assert mine == reference
    assert 'class="messages"' in mine
    assert "Next review: <time" in mine


@pytest.mark.parametrize("reader", ["nobody", "a visitor tracking in their session", "a learner with nothing"])
def test_me_for_a_new_reader_is_what_the_template_wrote(
    reader: str, ada: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = Client()
    if reader == "a visitor tracking in their session":
        _mark(client, "terminal", "done")
        _plan(client, start=(today() - timedelta(days=8)).isoformat())
    elif reader == "a learner with nothing":
        client.force_login(ada)
    mine, reference = _both(client, monkeypatch)
    assert mine == reference
    assert "My progress" in mine


def test_me_keeps_each_plans_week_laid_out_and_fills_in_what_the_learner_marked_since(
    ada: User, ada_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plan's week on /me is laid out once per plan and day (`kept_week_panel`): views after the learner marks
    this week's topics show them finished, the hours done and last week's slipped work as they are now, each view
    the page the reference template writes."""
    _plan(ada_client, start=(today() - timedelta(days=7)).isoformat())
    first, _ = _both(ada_client, monkeypatch)
    this_week, last_week = first.split('class="this-week"')[1].split("</section>")[0].split('class="slipped"')
    due = list(dict.fromkeys(re.findall(r'name="topic" value="([^"]+)"', this_week)))
    slipped = re.findall(r'name="topic" value="([^"]+)"', last_week)
    assert due, "topics due this week"
    assert slipped, "last week's topics left open"
    assert "0 of" in this_week
    assert 'class="due-item finished"' not in this_week
    _mark(ada_client, slipped[0], "skipped")
    _mark(ada_client, due[-1], "done")
    mine, reference = _both(ada_client, monkeypatch)
    assert mine == reference
    panel = mine.split('class="this-week"')[1].split("</section>")[0]
    assert 'class="check check-done" id="check-w' in panel
    assert 'class="due-item finished"' in panel
    assert '<p class="muted week-hours">0 of' not in panel, "the hours done count the finished topic"
    slipped_now = panel.split('class="slipped"')[1] if 'class="slipped"' in panel else ""
    assert f'value="{slipped[0]}"' not in slipped_now, "a skipped topic has not slipped"
