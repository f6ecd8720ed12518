"""A learner who names the framework of the frontend job they want ("vue developer", "angular developer", "svelte
developer", "frontend developer with vue") learns the role in that framework, never React as well.

"vue developer" was Frontend Developer with Vue.js, 752 hours: the whole Frontend roadmap, React, React with
TypeScript, routing, forms, state, Next.js and testing in React included, and Vue.js on top. Now React's topics
leave the role and the named framework's take their place, said on the reading's own line and in a note naming
each swap, with one Undo that gives the roadmap back as it was (React too)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding.lexicon import IN_REACTS_PLACE
from tests.helpers import generated, generated_page, reading_of, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()

#: React's own topics of the Frontend role: none may be taught to a learner who asked for another framework.
REACT = {"react", "react-hooks", "react-typescript", "react-routing", "react-forms", "react-component-patterns"}
REACT_WORDS = re.compile(r"\bReact\b|Next\.js")


@pytest.mark.parametrize(
    ("goal", "said", "framework", "theirs"),
    [
        ("vue developer", "vue developer", "Vue.js", {"vue-components", "vue-router", "pinia", "nuxt"}),
        ("i want to be a vue.js developer", "vue.js developer", "Vue.js", {"vue-components", "vue-router"}),
        ("angular developer", "angular developer", "Angular", {"angular-components", "angular-routing"}),
        ("svelte developer", "svelte developer", "Svelte", {"svelte-components", "sveltekit-routing"}),
        ("frontend developer with vue", "with vue", "Vue.js", {"vue-components", "vue-router", "pinia"}),
        ("frontend dev using angular", "using angular", "Angular", {"angular-components", "angular-forms"}),
    ],
)
def test_the_named_framework_takes_reacts_place_in_the_role(
    goal: str, said: str, framework: str, theirs: set[str]
) -> None:
    roadmap = generated(goal)
    taught = topics_taught(roadmap)
    assert not taught & REACT, sorted(taught & REACT)  # before: React, React with TypeScript, routing in React...
    assert taught >= theirs
    assert roadmap["title"] == f"Frontend Developer with {framework}"
    assert not roadmap["not_understood"]
    # said where the framework was read, with its Undo
    line = reading_of(roadmap, said)
    assert f"{framework} in React's place" in [m["name"] for m in line["means"]], line
    assert line["how"] == "synonym"  # undoable: the page and the CLI offer "read it as typed"
    note = next(n for n in roadmap["notes"] if n.startswith(f"{framework} takes React's place"))
    assert f"undo “{said}” to learn React too" in note
    left = {s["id"]: s["reason"] for s in roadmap["skipped"]}
    assert left["react"].startswith(f"left out for {framework}, as you asked (“{said}”): ")
    projects = [f"{p['title']} {p.get('description', '')}" for phase in roadmap["phases"] for p in phase["projects"]]
    assert not [p for p in projects if REACT_WORDS.search(p)]  # no React project handed over as another's


def test_it_is_shorter_than_the_role_and_the_framework_side_by_side() -> None:
    swapped, both = generated("vue developer"), generated("vue developer", plain=["vue developer"])
    assert swapped["total_hours"] < both["total_hours"] - 50  # 752 h before, React's ~90 h on top of Vue's
    # undone: the roadmap as it was, React and all, and the line as typed
    assert topics_taught(both) >= {"react", "react-routing", "react-forms", "vue-components"}
    assert reading_of(both, "vue developer")["how"] == "alias"
    assert not [n for n in both["notes"] if "takes React's place" in n]


def test_undoing_the_role_with_its_framework_gives_both_side_by_side_with_react() -> None:
    undone = generated("frontend developer with vue", plain=["with vue"])
    assert "react" in topics_taught(undone)  # "frontend developer and vue": each as listed, React kept


@pytest.mark.parametrize("goal", ["react and vue developer", "vue developer who also knows react", "react developer"])
def test_react_asked_for_by_name_stays(goal: str) -> None:
    roadmap = generated(goal)
    assert "react" in topics_taught(roadmap)
    assert not [n for n in roadmap["notes"] if "takes React's place" in n]


def test_a_job_as_a_vue_developer_keeps_the_milestone_and_drops_react() -> None:
    roadmap = generated("get hired as a vue developer")
    taught = topics_taught(roadmap)
    assert not taught & REACT
    assert {"vue-components", "vue-router"} <= taught
    assert roadmap["scope"], "still up to the job-ready milestone"


def test_every_counterpart_is_a_topic_of_its_framework_roadmap() -> None:
    catalog = default_catalog()
    for framework, places in IN_REACTS_PLACE.items():
        own = set(catalog.roadmap(framework).topic_ids)
        for react_topic, chosen in places.items():
            assert catalog.has_topic(react_topic), react_topic
            assert chosen is None or chosen in own, (framework, chosen)


def test_the_page_and_the_cli_say_it() -> None:
    page = generated_page("angular developer")
    assert "Angular in React's place" in page
    assert "Angular takes React's place" in page
    printed = runner.invoke(app, ["generate", "svelte developer"])
    assert printed.exit_code == 0, printed.output
    assert "Svelte in React's place" in printed.output
    assert "--plain 'svelte developer'" in printed.output
    as_json = runner.invoke(app, ["generate", "svelte developer", "--json"])
    assert not topics_taught(json.loads(as_json.stdout)) & REACT
