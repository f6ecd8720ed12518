"""Checking a topic on its page and in the side panel, and the placement check from /generate and the finder,
through Django's test client; the answers as the learner's data (export, import, deletion)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from roadmapfinder.answers.models import QuestionAnswer, TopicCheck
from roadmapfinder.catalog import default_catalog
from roadmapfinder.tracking.models import TopicProgress
from tests.helpers import PASSWORD, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

RETRY_PUT = "The same as after one request, because PUT replaces the resource with the body it sends"
STATUS_RIGHT = "The client's request, because 4xx codes describe a request the server will not fulfil as sent"
STATUS_WRONG = "The server's, because it lost the order"
ALL_RIGHT = {"q-retry-put": RETRY_PUT, "q-status-family": STATUS_RIGHT, "q-read-a-302": "yes"}


class Form(HTMLParser):
    """The inputs of the first form posting to `action`: hidden fields, and the radio buttons' choices by name."""

    def __init__(self, markup: str, action: str) -> None:
        super().__init__()
        self.hidden: list[tuple[str, str]] = []
        self.radios: dict[str, list[str]] = {}
        self._wanted = action
        self._state = "before"
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "form" and self._state == "before" and found.get("action") == self._wanted:
            self._state = "inside"
        if tag != "input" or self._state != "inside":
            return
        if found.get("type") == "hidden":
            self.hidden.append((found["name"], found.get("value", "")))
        elif found.get("type") == "radio":
            self.radios.setdefault(found["name"], []).append(found["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._state == "inside":
            self._state = "after"


CHECK = "/topics/http-basics/check"
PLACEMENT = "/generate/placement"


def test_the_topic_page_invites_to_check_and_the_check_lists_the_questions_in_a_stable_order(client: Client) -> None:
    page = text(client.get("/topics/http-basics").content)
    assert "Check yourself 3 questions that show whether you really know HTTP basics" in page
    first = client.get("/topics/http-basics/check")
    assert first.status_code == 200
    form = Form(first.content.decode(), CHECK)
    assert set(form.radios) == {"q-retry-put", "q-status-family", "q-read-a-302"}
    assert sorted(form.radios["q-retry-put"]) == sorted(
        [RETRY_PUT, "Two copies of the resource, one for each request", "An error, because the resource already exists"]
    )
    assert form.radios == Form(client.get(CHECK).content.decode(), CHECK).radios  # stable
    assert "Show the model answer" in text(first.content)
    assert "Check yourself" not in text(client.get("/topics/markup").content)  # no questions: nothing offered


def test_the_check_form_is_never_a_shared_cached_page(client: Client) -> None:
    client.get("/topics/http-basics/check")  # now the visitor has a CSRF cookie, and still no session
    again = client.get("/topics/http-basics/check")
    assert "no-store" in again["Cache-Control"]
    assert not again.has_header("ETag")
    other = Client()
    assert Form(other.get(CHECK).content.decode(), CHECK).hidden != Form(again.content.decode(), CHECK).hidden


def test_a_visitor_sees_which_were_right_with_every_explanation_and_nothing_is_kept(client: Client) -> None:
    answers = ALL_RIGHT | {"q-status-family": STATUS_WRONG}
    response = client.post("/topics/http-basics/check", answers)
    page = text(response.content)
    assert response.status_code == 200
    assert "2 of 3 right. Not yet" in page
    assert f"You chose “{STATUS_WRONG}”: A lost record on purpose is not a failure" in page
    assert f"The answer: {STATUS_RIGHT} . 4xx means the client asked" in page
    assert "“The network's, because the request never arrived”: A 404 is an answer" in page
    assert "Log in to keep your answers for review" in page
    assert "Mark HTTP basics done" not in page
    assert not QuestionAnswer.objects.exists()


def test_htmx_gets_the_check_section_in_place_sized_for_the_panel(client: Client) -> None:
    panel = client.get("/topics/http-basics/panel").content.decode()
    assert 'hx-get="/topics/http-basics/check?panel=1"' in panel
    form = client.get("/topics/http-basics/check?panel=1", headers={"HX-Request": "true"})
    assert b"<html" not in form.content
    assert b'<h3 id="p-self-check-title">Check yourself</h3>' in form.content
    graded = client.post("/topics/http-basics/check?panel=1", ALL_RIGHT, headers={"HX-Request": "true"})
    assert b"<html" not in graded.content
    assert "3 of 3 right. You passed" in text(graded.content)


def test_a_learners_pass_is_recorded_and_marking_done_stays_their_choice(ada_client: Client, ada: User) -> None:
    page = text(ada_client.post("/topics/http-basics/check", ALL_RIGHT).content)
    assert "3 of 3 right. You passed: you know HTTP basics." in page
    assert "Your answers are saved for review" in page
    check = TopicCheck.objects.get(user=ada)
    assert (check.topic_id, check.right, check.asked, check.passed) == ("http-basics", 3, 3, True)
    assert sorted(QuestionAnswer.objects.filter(user=ada).values_list("question_key", "right", "source")) == [
        ("http-basics/read-a-302", True, "check"),
        ("http-basics/retry-put", True, "check"),
        ("http-basics/status-family", True, "check"),
    ]
    assert not TopicProgress.objects.filter(user=ada).exists()  # a pass offers, never marks
    form = Form(ada_client.post(CHECK, ALL_RIGHT).content.decode(), "/me/progress/topic")
    marked = ada_client.post("/me/progress/topic", dict(form.hidden))
    assert marked.status_code == 302
    assert TopicProgress.objects.get(user=ada, topic_id="http-basics").status == "done"


def test_a_tampered_answer_is_refused_plainly_and_nothing_is_kept(ada_client: Client) -> None:
    response = ada_client.post("/topics/http-basics/check", ALL_RIGHT | {"q-retry-put": "Maybe"})
    assert response.status_code == 400
    assert "“Maybe” is not a choice of question “retry-put”" in text(response.content)
    assert not QuestionAnswer.objects.exists()
    assert client_free_of_errors(Client().post("/topics/nope/check", {}))


def client_free_of_errors(response: object) -> bool:
    """An unknown topic is the site's 404 page, not a failure."""
    return getattr(response, "status_code", 0) == 404


# --- the placement check -------------------------------------------------------------------------------------------


def take_placement(client: Client, start: str, right: set[str] | None = None, **data: str) -> str:
    """Answer the placement check from its first page to the end: right for the topics in `right` (all when None),
    wrong otherwise. Returns the last page's markup (the plan form)."""
    catalog = default_catalog()
    response = client.get(start) if not data else client.post(start, data)
    for _ in range(30):
        markup = response.content.decode()
        if 'name="question"' not in markup:
            return markup
        form = Form(markup, PLACEMENT)
        fields = dict(form.hidden)
        topic_id, _, question_id = fields["question"].partition("/")
        question = next(q for q in catalog.topic(topic_id).questions if q.id == question_id)
        good = right is None or topic_id in right
        body: dict[str, object] = {}
        for name, value in form.hidden:
            body.setdefault(name, []).append(value)  # type: ignore[union-attr]
        body["choice"] = question.answer if good else question.wrong[0].choice
        response = client.post("/generate/placement", body)
        assert response.status_code == 200, text(response.content)
    raise AssertionError("the placement check never ended")


def test_placement_from_the_finder_marks_proven_topics_known_and_shortens_the_plan(client: Client) -> None:
    finder = client.get("/finder?goal=alpha&hours=10&purpose=job").content.decode()
    assert "/generate/placement?roadmap=alpha-dev&amp;hours=10" in finder
    before = text(client.get("/generate?roadmap=alpha-dev&hours=10").content)
    first = text(client.get("/generate/placement?roadmap=alpha-dev&hours=10").content)
    assert "Question 1 · topic 1 of 4: How the web works" in first
    done = take_placement(client, "/generate/placement?roadmap=alpha-dev&hours=10", right={"web-basics", "terminal"})
    page = text(done)
    assert "What the placement check decided" in page
    assert "How the web works: known, left out of the plan (2 of 2 right) Undo" in page
    assert "HTTP basics: not known yet, it stays in the plan (0 of 2 right)" in page
    assert "Terminal basics: known, left out of the plan (2 of 2 right)" in page
    known = re.search(r'id="known" name="known" value="([^"]*)"', done)
    assert known is not None
    assert known[1] == "How the web works, Terminal basics"
    assert "What we understood you know" not in page  # the check's lines say it, each with its Undo
    hours = re.compile(r"(\d+) hours over")
    assert int(hours.findall(page)[0]) == int(hours.findall(before)[0]) - 20  # two 10-hour topics left the plan


def test_undoing_a_placement_line_puts_the_topic_back(client: Client) -> None:
    done = take_placement(client, "/generate/placement?roadmap=alpha-dev&hours=10")
    form = Form(done, "/generate")
    placed = [v for n, v in form.hidden if n == "placed"]
    assert len(placed) == 4
    body = {
        "roadmap": "alpha-dev",
        "hours": "10",
        "known": "How the web works, HTTP basics, Terminal basics, Version control",
        "placed": placed,
        "undo": "HTTP basics",
    }
    preview = client.post("/generate/preview", body, headers={"HX-Request": "true"})
    page = text(preview.content)
    assert "HTTP basics: undone, it stays in the plan (2 of 2 right)" in page
    assert "How the web works: known, left out of the plan" in page
    assert 'value="How the web works, Terminal basics, Version control"' in preview.content.decode()


def test_generate_offers_the_placement_check_with_the_form_as_filled(client: Client) -> None:
    page = client.get("/generate?roadmap=alpha-dev").content.decode()
    assert 'formaction="/generate/placement"' in page
    posted = client.post("/generate/placement", {"roadmap": "alpha-dev", "hours": "6", "known": "how the web works"})
    first = text(posted.content)
    assert "topic 1 of 3: HTTP basics" in first  # what the learner said they know is not asked again
    fields = dict(Form(posted.content.decode(), PLACEMENT).hidden)
    assert (fields["hours"], fields["known"]) == ("6", "how the web works")


def test_placement_refuses_a_bad_form_or_forged_answers_plainly(client: Client) -> None:
    empty = client.post("/generate/placement", {"hours": "10"})
    assert empty.status_code == 400
    assert "Generate your learning plan" in text(empty.content)
    forged = client.post(
        "/generate/placement", {"roadmap": "alpha-dev", "question": "http-basics/retry-put", "choice": RETRY_PUT}
    )
    assert forged.status_code == 400
    assert "came where" in text(forged.content)


def test_a_plan_without_questions_says_there_is_nothing_to_test_out_of(client: Client) -> None:
    page = client.get("/generate/placement?goals=markup%2C+styling&hours=10")
    assert "None of this plan's first topics has self-check questions yet" in text(page.content)
    fields = dict(Form(page.content.decode(), "/generate").hidden)
    back = client.post("/generate", fields | {"undo": ""})
    assert back.status_code == 200
    assert "Generate your learning plan" in text(back.content)


def test_a_learners_placement_answers_are_kept(ada_client: Client, ada: User) -> None:
    take_placement(ada_client, "/generate/placement?roadmap=alpha-dev&hours=10")
    kept = list(QuestionAnswer.objects.filter(user=ada).values_list("source", flat=True))
    assert kept == ["placement"] * 8


# --- the learner's data --------------------------------------------------------------------------------------------


def test_answers_travel_in_the_data_file_and_go_with_the_account(ada_client: Client, ada: User) -> None:
    ada_client.post("/topics/http-basics/check", ALL_RIGHT)
    exported = ada_client.get("/me/export").content
    document = json.loads(exported)
    assert [a["question"] for a in document["answers"]] == [
        "http-basics/read-a-302",
        "http-basics/retry-put",
        "http-basics/status-family",
    ]
    assert document["checks"][0]["passed"] is True
    ada_client.post("/topics/http-basics/check", {})
    retired = {"question": "http-basics/retired-question", "right": False, "source": "review"}
    document["answers"].append(retired | {"answered": "2026-11-01T08:00:00Z"})  # a removed question keeps its history
    upload = SimpleUploadedFile("data.json", json.dumps(document).encode(), content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302
    assert TopicCheck.objects.filter(user=ada).count() == 1
    assert QuestionAnswer.objects.filter(user=ada, question_key="http-basics/retired-question").exists()
    document["answers"].append(
        {"question": "no-such-topic/q", "right": True, "source": "check", "answered": "2026-11-01T08:00:00Z"}
    )
    refused = ada_client.post("/me/import", {"file": SimpleUploadedFile("d.json", json.dumps(document).encode())})
    assert "unknown topic `no-such-topic`" in refused.content.decode()
    assert ada_client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert not QuestionAnswer.objects.exists()
    assert not TopicCheck.objects.exists()
