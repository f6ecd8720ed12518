"""Goals that say to learn a role without a framework it uses: "frontend without react", "frontend developer without
react", "learn frontend but not react", "frontend, but i dont want to use react".

The app said "React, which you'd rather avoid: Frontend Developer uses it, so it stays" and went on teaching React.
Now React's topics leave the roadmap, the catalog's other framework (Vue.js) takes their place, the hours are those
of the roadmap as built, it is said plainly, and undoing "react" brings React back."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding import without
from roadmapfinder.understanding.goal_known import known_in_goal
from roadmapfinder.understanding.lexicon import IN_PLACE_OF
from tests.helpers import finder_answer, generated, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

REACT = {
    "react",
    "react-typescript",
    "react-routing",
    "react-forms",
    "frontend-state-management",
    "ssr-meta-frameworks",
}
VUE = {"vue-basics", "vue-components", "vue-router", "vue-forms", "pinia", "nuxt"}
LEFT_OUT = "React, which you'd rather avoid: left out of Frontend Developer as you asked; Vue.js in its place"


def _line(roadmap: dict[str, Any], said: str, how: str) -> str:
    [reading] = [u for u in roadmap["understood"] if u["said"] == said and u["how"] == how]
    name: str = reading["means"][0]["name"]
    return name


@pytest.mark.parametrize(
    ("goal", "clause"),
    [
        ("frontend without react", "without react"),
        ("frontend developer without react", "without react"),
        ("learn frontend but not react", "not react"),
        ("frontend, but i dont want to use react", "i dont want to use react"),
    ],
)
def test_a_role_without_a_framework_leaves_it_out_with_another_in_its_place(goal: str, clause: str) -> None:
    roadmap = generated(goal)
    whole = generated("frontend")
    assert roadmap["title"] == "Frontend Developer with Vue.js"  # what it now is: titled "Frontend Developer" before
    assert not roadmap["not_understood"]
    taught = topics_taught(roadmap)
    assert not taught & REACT  # before: React, React with TypeScript, routing and forms in React...
    assert taught >= VUE
    # one reading, with one Undo: before, the same wish was said twice, "“react” → React left out" a second line
    assert [(u["said"], u["how"]) for u in roadmap["understood"] if u["how"] in ("feels", "without")] == [
        (clause, "without")
    ]
    assert _line(roadmap, clause, "without") == LEFT_OUT  # before: "Frontend Developer uses it, so it stays"
    assert roadmap["understood"][0]["means"][0]["key"] == "vue"
    note = next(n for n in roadmap["notes"] if n.startswith("React left out as you asked"))
    assert "Vue.js in its place: Vue components" in note
    assert f"{roadmap['total_hours']:g} h in all" in note
    assert note.endswith(f"To keep React, undo “{clause}”.")  # before: undo “react”, a line of its own
    assert roadmap["total_hours"] != whole["total_hours"]  # recomputed, never the roadmap's with React
    left = {s["id"]: s["reason"] for s in roadmap["skipped"]}
    assert left["react"].startswith(f"left out as you asked (“{clause}”)")
    assert "Vue components, props, events and slots takes its place" in left["react"]
    projects = [f"{p['title']} {p.get('description', '')}" for phase in roadmap["phases"] for p in phase["projects"]]
    assert not [p for p in projects if "React" in p or "Next.js" in p]  # no React project handed over as Vue's


@pytest.mark.parametrize(
    ("goal", "clause"),
    [
        ("frontend without react", "without react"),
        ("learn frontend but not react", "not react"),
        ("i hate react but want to do frontend", "i hate react"),
    ],
)
def test_its_one_undo_brings_react_back(goal: str, clause: str) -> None:
    roadmap = generated(goal, plain=[clause])
    whole = generated("frontend")
    # before: the clause read as typed, "Frontend Developer and React" cut to its foundations, “not” not understood
    assert roadmap["title"] == "Frontend Developer"
    assert not roadmap["not_understood"]
    assert "react" in topics_taught(roadmap)
    assert roadmap["total_hours"] == whole["total_hours"]
    assert (
        _line(roadmap, clause, "kept")
        == "React, which you'd rather avoid: Frontend Developer uses it, kept as you asked"
    )
    assert not [u for u in roadmap["understood"] if u["how"] in ("feels", "without")]
    assert not [n for n in roadmap["notes"] if "left out as you asked" in n]


def test_undoing_the_subject_alone_still_keeps_react() -> None:
    roadmap = generated("frontend without react", plain=["react"])
    assert "react" in topics_taught(roadmap)
    assert _line(roadmap, "without react", "feels") == (
        "React, which you'd rather avoid: Frontend Developer uses it, so it stays"
    )


def test_full_stack_without_react_is_learnt_with_vue() -> None:
    roadmap = generated("full stack developer without react")
    assert roadmap["title"] == "Full-Stack Developer with Vue.js"
    assert not topics_taught(roadmap) & REACT
    assert {"vue-components", "nuxt"} <= topics_taught(roadmap)


def test_a_framework_asked_for_or_only_feared_stays() -> None:
    feared = generated("frontend developer, react scares me")
    assert "react" in topics_taught(feared)
    assert "without" not in [u["how"] for u in feared["understood"]]
    disliked_elsewhere = generated("i'd rather not learn javascript, i want to do backend")
    assert "without" not in [u["how"] for u in disliked_elsewhere["understood"]]


def test_what_the_learner_knows_but_not_is_no_dislike() -> None:
    stated = known_in_goal(default_catalog(), "i know python but not sql and want to do backend")
    assert not stated.feelings  # "but not sql" says what they do not know (goal_known), never a wish to avoid SQL
    assert [u.denied for u in stated.readings] == [False, True]


def test_with_no_other_framework_in_the_catalog_it_is_left_out_and_said_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(without, "IN_PLACE_OF", {"react": ("no-such-framework", IN_PLACE_OF["react"][1])})
    roadmap = generated("frontend without react")
    taught = topics_taught(roadmap)
    assert not taught & REACT
    assert not taught & VUE
    assert _line(roadmap, "without react", "without") == (
        "React, which you'd rather avoid: left out of Frontend Developer as you asked; the catalog has no other "
        "framework to put in its place"
    )
    assert any("with nothing in its place" in n for n in roadmap["notes"])


def _undo_links(html: str) -> list[list[str]]:
    """The phrases each Undo link of a page sends in `plain`."""
    links = re.findall(r'href="([^"]*plain=[^"]*)"', html)
    return [parse_qs(urlsplit(unescape(link)).query)["plain"] for link in links]


@pytest.mark.parametrize(
    ("goal", "clause"),
    [
        ("frontend without react", "without react"),
        ("learn frontend but not react", "not react"),
        ("i hate react but want to do frontend", "i hate react"),
    ],
)
def test_the_page_the_finder_and_the_command_line_say_it_once_with_one_undo(goal: str, clause: str) -> None:
    client = Client()
    page = client.get("/roadmaps/generate", {"goal": goal}, follow=True)
    assert page.status_code == 200
    shown = text(page.content.decode())
    assert "“react” →" not in shown  # before: a second line, “react” → React left out, Vue.js in its place
    assert shown.count(f"“{clause}” → {LEFT_OUT}") == 1
    assert "Vue Router" in shown
    assert _undo_links(page.content.decode()) == [[clause]]  # before: two Undo links, [clause] and [react]
    undone = text(client.get(f"/roadmaps/generate?{urlencode({'goal': goal, 'plain': clause})}", follow=True).content)
    assert f"“{clause}” → React, which you'd rather avoid: Frontend Developer uses it, kept as you asked" in undone
    kept = client.get(f"/finder?{urlencode({'goal': goal, 'plain': clause})}")
    assert "Frontend Developer uses it, kept as you asked" in text(kept.content)
    assert "word by word" not in text(kept.content)  # kept as a wish, never read as typed
    assert _undo_links(kept.content.decode()) == []  # nothing left to undo, never the same Undo again
    found = client.get("/finder", {"goal": goal})
    assert found.status_code == 200
    assert _undo_links(found.content.decode()) == [[clause]]
    assert "“react” →" not in text(found.content)
    result = CliRunner().invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"“{clause}” → {LEFT_OUT}" in said
    assert said.count("Add --plain") == 1  # before: --plain 'without react' and --plain react
    assert f"--plain '{clause}'" in said
    kept_said = " ".join(CliRunner().invoke(app, ["generate", goal, "--plain", clause]).output.split())
    assert "kept as you asked" in kept_said
    assert "Add --plain" not in kept_said
    as_json = CliRunner().invoke(app, ["generate", goal, "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert [u["how"] for u in json.loads(as_json.stdout)["understood"]].count("without") == 1


def test_the_finder_says_the_roadmap_generated_for_the_goal_leaves_it_out() -> None:
    found = finder_answer("frontend without react")
    assert found["recommendations"][0]["slug"] == "frontend"
    assert (
        "React, which you'd rather avoid: Frontend Developer teaches it; a roadmap generated for your goal leaves it "
        "out, Vue.js in its place" in found["message"]
    )  # before: "Frontend Developer uses it, so it stays"
    assert "“react” → React left out" not in found["message"]  # said once
    assert found["generate"] == "frontend without react"
    undone = finder_answer("frontend without react", plain=["without react"])
    assert "Frontend Developer uses it, kept as you asked" in undone["message"]
    assert found["recommendations"][0]["slug"] == "frontend"
    assert not undone["generate"]


def test_what_takes_react_s_place_is_in_the_shipped_catalog() -> None:
    catalog = default_catalog()
    for framework, (roadmap, places) in IN_PLACE_OF.items():
        assert catalog.has_topic(framework), framework
        assert catalog.has_roadmap(roadmap), roadmap
        for left, placed in places.items():
            assert catalog.has_topic(left), left
            assert placed is None or catalog.has_topic(placed), placed


@pytest.mark.parametrize(
    ("goal", "clause"),
    [
        ("frontend without react and without vue", "without react and without vue"),
        ("frontend without react, i hate vue", "without react"),
    ],
)
def test_the_other_framework_is_never_put_in_place_when_the_learner_avoids_it_too(goal: str, clause: str) -> None:
    roadmap = generated(goal)
    # before: Vue.js in React's place ("... and without vue"); "Frontend Developer and Vue.js", “hate” not understood;
    # then "Frontend Developer", which hid that React was left out with nothing in its place
    assert roadmap["title"] == "Frontend Developer without React"
    assert not roadmap["not_understood"]
    taught = topics_taught(roadmap)
    assert not taught & (REACT | VUE)
    assert _line(roadmap, clause, "without").endswith("nothing in its place, since you'd rather avoid Vue.js too")
    assert not [u for u in roadmap["understood"] if u["said"] == "react"]


def test_two_feelings_said_one_after_the_other_are_both_read() -> None:
    roadmap = generated("devops but i hate yaml, i hate python")
    assert roadmap["title"] == "DevOps Engineer"  # before: "DevOps Engineer and Python", “hate” not understood
    assert not roadmap["not_understood"]
    assert (
        _line(roadmap, "i hate python", "feels")
        == "Python, which you'd rather avoid: DevOps Engineer uses it, so it stays"
    )
