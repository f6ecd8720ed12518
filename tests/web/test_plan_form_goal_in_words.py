"""A goal written in the plan form's goal topics box, as learners write one: the form says so in the website's words
and offers the roadmap generator with those words, never a command for a terminal."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.test import Client

pytestmark = [pytest.mark.database, pytest.mark.django_db]

GOAL = "i want to get promoted to senior backend engineer"
COMMANDS = ("roadmapfinder list", "roadmapfinder search", "roadmapfinder generate")


def test_a_goal_in_the_topics_box_is_offered_the_roadmap_generator_with_its_words() -> None:
    response = Client().post("/generate", {"goals": GOAL, "hours": "10"})
    assert response.status_code == 400
    page = response.content.decode()
    assert not [command for command in COMMANDS if command in page]
    assert "the roadmap generator builds what comes closest" in page
    link = f'href="/roadmaps/generate?{urlencode({"goal": GOAL})}"'
    assert link in page
    assert "Build a roadmap for “i want to get promoted to senior backend engineer” in your own words" in page


def test_the_forms_preview_says_it_the_websites_way_too() -> None:
    preview = Client().post("/generate/preview", {"goals": GOAL, "hours": "10"}).content.decode()
    assert "not in the catalog" in preview
    assert not [command for command in COMMANDS if command in preview]


def test_a_topic_the_catalog_names_is_offered_no_generator() -> None:
    response = Client().post("/generate", {"goals": "markup", "hours": "10", "start": "2027-01-04"})
    assert response.status_code == 302
