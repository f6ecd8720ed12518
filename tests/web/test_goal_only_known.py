"""A goal that says only what the learner knows ("i know a bit of python and excel") is no goal: it used to build a
roadmap of Python and Excel, what they know. Now every surface says what it read as known, asks what to reach with
it, and offers the roadmaps that build on it (understanding/only_known.py), with an undo."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.test import Client

from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GOAL = "i know a bit of python and excel"


def test_the_generator_asks_what_to_reach_and_offers_what_builds_on_it(client: Client) -> None:
    page = client.get("/roadmaps/generate", {"goal": GOAL})
    assert page.status_code == 200, "an answer: which roadmap is the learner's to choose"
    shown = text(page.content)
    assert f"“{GOAL}”: choose where to start" in shown
    assert "what you know: Python basics, Spreadsheets for data analysis (Excel and Google Sheets)" in shown
    assert "but not what you want to learn with it" in shown
    offered = re.findall(r'<ul class="suggestions">(.*?)</ul>', page.content.decode(), re.S)[0]
    assert '<a href="/roadmaps/bi-analyst">BI Analyst</a>' in offered
    assert '<a href="/roadmaps/data-analyst">Data Analyst</a>' in offered

    api = client.post("/api/v1/roadmaps/generate", json.dumps({"goal": GOAL}), content_type="application/json")
    assert api.status_code == 404
    body = api.json()
    assert body["suggestions"][:2] == ["bi-analyst", "data-analyst"]
    assert "not what you want to learn with it" in body["hint"]


def test_the_finder_moves_it_to_what_you_know_asks_for_a_field_and_can_undo(client: Client) -> None:
    page = client.get("/finder", {"goal": GOAL})
    markup = page.content.decode()
    shown = text(markup)
    assert "What do you want to reach with what you know?" in shown
    assert re.search(rf'name="known"[^>]*value="{GOAL}"', markup), "what they know is in its own box"
    assert re.search(r'id="goal"[^>]*value=""', markup), "the goal box is left for what they want to reach"
    undo = re.search(r'From your goal: .*? <a class="undo" href="([^"]+)">Undo</a>', markup)
    assert undo is not None
    assert parse_qs(urlparse(undo.group(1).replace("&amp;", "&")).query)["plain"] == [GOAL]

    data = next(href for href, label in re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', markup) if label == "Data")
    chosen = text(client.get(data.replace("&amp;", "&")).content)
    assert "Roadmaps for you" in chosen
    assert "Counted as known, and left out of the estimates: Python basics" in chosen

    api = client.post("/api/v1/finder", json.dumps({"goal": GOAL}), content_type="application/json").json()
    assert api["only_known"] is True
    assert api["recommendations"] == []
    assert api["known_text"] == GOAL
    assert api["follow_up"]["question"] == "Which field interests you?"


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("i know python and want to learn django", "Django"),
        ("know python", "Python"),  # may be short for "I want to know python"
        ("i'm a java developer", "Java"),
    ],
)
def test_a_goal_that_asks_for_something_is_built_as_before(client: Client, goal: str, title: str) -> None:
    made = client.post("/api/v1/roadmaps/generate", json.dumps({"goal": goal}), content_type="application/json")
    assert made.status_code == 201, made.content
    assert made.json()["title"] == title


def test_knowing_something_no_roadmap_is_about_asks_what_to_learn_rather_than_searching_it(client: Client) -> None:
    # "i know a bit of cooking" was searched as a goal: "the catalog has no roadmap or topic named “cooking”", with
    # ASP.NET Core offered as the answer, as if the learner had asked for cooking.
    goal = "i know a bit of cooking"
    api = client.post("/api/v1/roadmaps/generate", json.dumps({"goal": goal}), content_type="application/json")
    assert api.status_code == 404
    hint = api.json()["hint"]
    assert hint.startswith("you said what you know but not what you want to learn")
    assert f"(“{goal} and want to build a website”)" in hint
    assert "no roadmap or topic named “cooking”" in hint, "what it could not read is said"
    assert api.json()["suggestions"] == [], "a roadmap whose project is a recipe site is no place to start from"
    page = client.get("/roadmaps/generate", {"goal": goal})
    assert page.status_code == 200
    assert "choose where to start" in text(page.content), "the finder's link: it asks"

    found = client.post("/api/v1/finder", json.dumps({"goal": goal}), content_type="application/json").json()
    assert found["only_known"]
    assert found["known_text"] == goal, "kept as what they know, in their words"
    assert "(“cooking”: no roadmap here is about it)" in found["message"]
    shown = text(client.get("/finder", {"goal": goal}).content)
    assert "What you said you know is now in “What do you already know?” above" in shown


def test_what_could_not_be_named_is_said_without_the_words_that_said_it_was_known(client: Client) -> None:
    api = client.post(
        "/api/v1/roadmaps/generate", json.dumps({"goal": "I've learned knitting"}), content_type="application/json"
    )
    assert api.status_code == 404
    assert "no roadmap or topic named “knitting”" in api.json()["hint"], "not “learned knitting”"


@pytest.mark.parametrize(
    ("goal", "not_this"),
    [
        ("i used to be a teacher", "you said what you know"),  # a past, not a skill: read as before
        ("i don't know cooking", "you said what you know"),
    ],
)
def test_a_past_or_a_denial_is_not_taken_for_what_they_know(client: Client, goal: str, not_this: str) -> None:
    api = client.post("/api/v1/roadmaps/generate", json.dumps({"goal": goal}), content_type="application/json")
    assert api.status_code == 404
    assert not_this not in api.json()["hint"]
