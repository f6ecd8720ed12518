"""The plan form says what is wrong once: beside the answer at fault when the form is sent (its summary at the top
links there), in the preview while the learner types, never in both.

Before: a plan sent with a misspelt finished roadmap ("bakend") showed "No roadmap named “bakend” in finished. Did
you mean Backend Developer?" beside the field and again in the preview under the form; and a form opened with a
target date before the start (`/generate?roadmap=devops&target_date=2001-01-01`) said it in the alert box above the
form and again in the preview."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

FORM = {"roadmap": "devops", "hours": "10", "level": "beginner", "start": "2027-01-04", "finished": "bakend"}
SAID = "No roadmap named “bakend” in finished"


def _preview(page: str) -> str:
    """The preview region of the form's page, as read."""
    found = re.search(r'<div id="preview".*?</div>\s*<div class="form-actions">', page, re.DOTALL)
    assert found, "the page has its preview"
    return text(found.group(0))


def test_a_sent_plan_says_what_is_wrong_beside_the_answer_not_again_in_the_preview() -> None:
    answer = Client().post("/generate", FORM)
    assert answer.status_code == 400
    page = answer.content.decode()
    beside = re.search(r'<p class="field-errors" id="finished_error">(.*?)</p>', page)
    assert beside, "the note beside the field"
    assert text(beside.group(1)).startswith(f"{SAID}. Did you mean Backend Developer")
    assert 'aria-describedby="finished_error"' in page
    assert text(page).count("Did you mean") == 1
    assert SAID not in _preview(page)
    assert _preview(page).strip() == "Your plan shows here once the answer marked above is changed."
    assert 'One answer needs a change:</strong> <a href="#finished">' in page  # the summary links to it


def test_while_typing_the_preview_says_it_once() -> None:
    answer = Client().post("/generate/preview", FORM, headers={"HX-Request": "true"})
    said = text(answer.content)
    assert said.count(SAID) == 1
    assert said.count("Did you mean") == 1
    assert f'<p class="warn" data-announce>{SAID}.' in answer.content.decode()  # what the status reads out


def test_a_form_opened_with_a_problem_says_it_once_in_the_preview() -> None:
    page = Client().get("/generate", {"roadmap": "devops", "target_date": "2001-01-01"}).content.decode()
    said = "The target date 2001-01-01 is not after the start date"
    assert text(page).count(said) == 1
    assert said in _preview(page)
    assert 'role="alert"' not in page
