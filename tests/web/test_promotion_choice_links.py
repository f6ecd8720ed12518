"""A promotion in no named job keeps the promotion in the roadmaps the generator offers, and is answered, not a 404.

"how do i get promoted to senior dev" was read as a promotion in the job the learner has ("choose where to start"),
but its roadmaps linked each job's whole roadmap (`/roadmaps/backend`, from its first lesson): the promotion the
learner asked for was gone one click later. And the page answered 404, as if nothing had been found, though a goal
that leaves a choice is an answer. Now each job links the roadmap generated for its promotion ("get promoted to
senior as a Backend Developer": its phases past the job-ready milestone), the manager's route stays Engineering
Manager as it is, and every "choose where to start" page is a 200 (the API's refusal is unchanged).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from tests.helpers import text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _links(markup: str) -> dict[str, str]:
    """The page's offered roadmaps: each title and where it leads."""
    listed = re.search(r'<ul class="suggestions">(.*?)</ul>', markup, re.S)
    assert listed is not None, text(markup)
    found = re.findall(r'<a href="([^"]+)">([^<]+)</a>', listed.group(1))
    return {title: href.replace("&amp;", "&") for href, title in found}


def test_a_promotion_in_no_named_job_links_each_jobs_promotion() -> None:
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": "how do i get promoted to senior dev", "hours": "5"})
    assert response.status_code == 200, "an answer, not a 404"
    links = _links(response.content.decode())
    assert links["Engineering Manager"] == "/roadmaps/engineering-manager", "the manager's route, as it is"
    backend = urlsplit(links["Backend Developer"])
    assert backend.path == "/roadmaps/generate"
    assert parse_qs(backend.query) == {"goal": ["get promoted to senior as a Backend Developer"], "hours": ["5"]}
    assert "(the promotion in it: what comes after its job-ready milestone)" in text(response.content)
    # followed, the link is the promotion: Backend Developer past its job-ready milestone
    opened = client.get(links["Backend Developer"], follow=True)
    assert opened.status_code == 200
    shown = text(opened.content)
    assert "past its job-ready milestone, from the job you have (phases 5–7 of 7)" in shown
    assert "Fundamentals" not in shown.split("Every phase and topic is listed below.")[0]


@pytest.mark.parametrize("goal", ["i want a remote job", "learn to code", "earn six figures"])
def test_a_goal_that_leaves_a_choice_is_answered(goal: str) -> None:
    response = Client().get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 200
    assert f"“{goal}”: choose where to start" in text(response.content)


def test_a_goal_nothing_is_built_for_is_still_a_404() -> None:
    assert Client().get("/roadmaps/generate", {"goal": "elixir"}).status_code == 404
