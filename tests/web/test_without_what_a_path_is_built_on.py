"""Goals that say to do without what the thing they want is usually built on: "react native without react", "mobile
apps without react", "mobile developer without javascript", and goals that say to do without what they ask for
("react without react").

"react native without react" kept React, rightly (React Native is written in React), but offered an Undo that only
changed the line's words: nothing had been swapped to undo. "mobile apps without react" said React stays, since a
mobile app is built with React Native here, and taught React Native and React, though the catalog has Flutter, a
whole way to build the same app without them. "react without react" was "React with Vue.js", a contradiction read
as a swap without a word."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, finder_answer, finder_picks, generate_answer, generated, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _undo_links(html: str) -> list[list[str]]:
    """The phrases each Undo link of a page sends in `plain`."""
    links = re.findall(r'href="([^"]*plain=[^"]*)"', html)
    return [parse_qs(urlsplit(unescape(link)).query)["plain"] for link in links]


def _page(goal: str, plain: list[str] | None = None) -> tuple[str, str]:
    """The generated page (or the generator's answer page) for the goal: its markup and visible text."""
    query = urlencode({"goal": goal, **({"plain": plain} if plain else {})}, doseq=True)
    page = Client().get(f"/roadmaps/generate?{query}", follow=True)
    assert page.status_code == 200
    html = page.content.decode()
    return html, " ".join(text(html).split())


def _said(goal: str, *plain: str) -> str:
    """What the command line says on stderr of the goal, whitespace folded."""
    result = runner.invoke(app, ["generate", goal, *(a for p in plain for a in ("--plain", p))])
    return " ".join(result.stderr.split())


def _reading(roadmap: dict[str, Any], said: str) -> dict[str, Any]:
    [reading] = [u for u in roadmap["understood"] if u["said"] == said]
    return reading


@pytest.mark.parametrize(
    ("goal", "title"),
    [("react native without react", "React Native"), ("nextjs without react", "Next.js")],
)
def test_a_roadmap_built_on_the_framework_says_it_stays_with_no_undo_that_changes_nothing(
    goal: str, title: str
) -> None:
    roadmap = generated(goal)
    line = _reading(roadmap, "without react")
    assert line["means"][0]["name"] == f"React, which you'd rather avoid: {title} is built on it, so it stays"
    assert line["how"] == "stays"  # before: "feels", with an Undo whose roadmap was this one, only worded otherwise
    assert "react" in topics_taught(roadmap)
    html, shown = _page(goal)
    assert f"“without react” → React, which you'd rather avoid: {title} is built on it, so it stays" in shown
    assert ["without react"] not in _undo_links(html)
    said = _said(goal)
    assert f"{title} is built on it, so it stays" in said
    assert "--plain 'without react'" not in said


#: A phone app built with React Native: what a learner who would do without React (or JavaScript) never gets.
REACT_NATIVE = {"react", "javascript-basics", "react-native-basics", "expo"}

MOBILE_WITHOUT = [
    # goal, the clause, what it is about, the thing made, as a title
    ("mobile apps without react", "without react", "React", "A mobile app"),
    ("phone app without react", "without react", "React", "A mobile app"),
    ("cross platform app without react", "without react", "React", "One app for iPhone and Android"),
    ("cross platform app no react", "no react", "React", "One app for iPhone and Android"),
    ("mobile apps without javascript", "without javascript", "JavaScript", "A mobile app"),
    ("i know javascript and want a mobile app without react", "without react", "React", "A mobile app"),
]


@pytest.mark.parametrize(("goal", "clause", "about", "thing"), MOBILE_WITHOUT)
def test_a_mobile_app_without_react_is_built_with_flutter_and_says_so(
    goal: str, clause: str, about: str, thing: str
) -> None:
    roadmap = generated(goal)
    # before: "A mobile app", React Native and React taught, "a mobile app is built with React Native here, which is
    # built on it, so it stays"; "no react" was read as React not known yet
    assert roadmap["title"] == f"{thing} with Flutter"
    assert not roadmap["not_understood"]
    taught = topics_taught(roadmap)
    assert not taught & REACT_NATIVE
    assert {"dart-basics", "flutter-widgets"} <= taught
    line = _reading(roadmap, clause)
    assert line["how"] == "without"
    assert line["means"][0]["key"] == "flutter"
    in_a_sentence = thing.replace("A mobile", "a mobile")
    assert line["means"][0]["name"] == (
        f"{about}, which you'd rather avoid: {in_a_sentence} is built with Flutter here, as React Native is built on it"
    )


@pytest.mark.parametrize(("goal", "clause", "about", "thing"), MOBILE_WITHOUT[:1] + MOBILE_WITHOUT[3:5])
def test_its_undo_builds_it_with_react_native_again(goal: str, clause: str, about: str, thing: str) -> None:
    undone = generated(goal, [clause])
    assert undone["title"] == thing
    assert not undone["not_understood"]
    assert topics_taught(undone) >= REACT_NATIVE
    kept = _reading(undone, clause)
    assert kept["how"] == "kept"
    assert kept["means"][0]["name"].endswith("kept as you asked")


def test_the_page_and_the_command_line_say_it_once_with_one_undo() -> None:
    goal = "mobile apps without react"
    line = (
        "“without react” → React, which you'd rather avoid: a mobile app is built with Flutter here, as React Native "
        "is built on it"
    )
    html, shown = _page(goal)
    assert line in shown
    assert "Flutter widgets" in shown
    assert _undo_links(html).count(["without react"]) == 1
    _, undone = _page(goal, ["without react"])
    assert "a mobile app is built with React Native here, which is built on it, kept as you asked" in undone
    said = _said(goal)
    assert line in said
    assert said.count("--plain 'without react'") == 1
    as_json = runner.invoke(app, ["generate", goal, "--json"])
    assert json.loads(as_json.stdout)["title"] == "A mobile app with Flutter"


def test_the_finder_puts_flutter_first() -> None:
    found = finder_answer("mobile apps without react")
    assert finder_picks(found)[0] == "flutter"  # before: React Native, "React Native is built on it, so it stays"
    assert "React, which you'd rather avoid: Flutter does not use it" in found["message"]
    kept = finder_answer("mobile apps without react", plain=["without react"])
    assert finder_picks(kept)[0] == "react-native"
    assert "React Native is built on it, kept as you asked" in kept["message"]


@pytest.mark.parametrize(
    ("goal", "asked"),
    [("react without react", "react"), ("react developer without react", "react developer")],
)
def test_a_goal_that_asks_for_what_it_would_do_without_says_so_and_leaves_the_choice(goal: str, asked: str) -> None:
    status, body = generate_answer(goal)
    # before: "React with Vue.js" and "Frontend Developer with Vue.js", the contradiction read as a swap unsaid
    assert status == 404, body
    check_openapi("/api/v1/roadmaps/generate", 404, body, method="post")
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert f"“without react” asks to do without React, which your goal asks for (“{asked}”)" in body["hint"]
    assert [(c["key"], c["goal"]) for c in body["choices"]] == [
        ("react", asked),
        ("frontend", "frontend developer without react"),
    ]
    assert [(r["said"], r["how"]) for r in body["readings"]] == [("without react", "feels")]
    # undone, React is kept as asked
    kept = generated(goal, ["without react"])
    assert "react" in topics_taught(kept)
    assert "Vue" not in kept["title"]


def test_the_page_and_the_command_line_say_the_contradiction_with_both_choices() -> None:
    goal = "react without react"
    html, shown = _page(goal)
    assert "“without react” asks to do without React, which your goal asks for (“react”)" in shown
    assert "Frontend Developer" in shown
    assert f"/roadmaps/generate?{urlencode({'goal': 'frontend developer without react'})}" in unescape(html)
    said = _said(goal)
    assert "“without react” asks to do without React" in said
    assert "roadmapfinder generate 'frontend developer without react'" in said


def test_the_finder_says_the_goal_asks_for_it_and_offers_no_roadmap_that_leaves_it_out() -> None:
    found = finder_answer("react without react")
    assert finder_picks(found)[:2] == ["react", "frontend"]
    # before: "React teaches it; a roadmap generated for your goal leaves it out, Vue.js in its place"
    assert "React, which you'd rather avoid: your goal asks for it, so it stays" in found["message"]
    assert not found["generate"]
