"""Svelte is a framework the Frontend Developer role is done with, as Vue.js and Angular are.

"svelte developer" was the Svelte roadmap alone, where "vue developer" and "react developer" are the Frontend
Developer role with the framework: a learner who names a job got a skill. "get hired as a svelte developer" was the
Svelte roadmap cut at Junior with no role that hires for it, where "get hired as a vue developer" is Frontend
Developer up to its job-ready milestone with Vue.js. Now both read as the role with Svelte, said on the Understood
line, as the Vue.js ones are. "frontend without react" still puts Vue.js in React's place.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generated, generated_page, topics_taught, understood_keys

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize(
    "goal", ["svelte developer", "svelte.js developer", "sveltekit developer", "frontend svelte developer"]
)
def test_a_svelte_developer_is_the_frontend_role_with_svelte(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Frontend Developer with Svelte"  # was "Svelte", the role dropped
    assert {"frontend", "svelte"} <= understood_keys(roadmap)  # said: “svelte developer” → Frontend Developer, Svelte
    assert not roadmap["not_understood"]
    assert {"svelte-runes", "sveltekit-routing"} <= topics_taught(roadmap)
    assert "Frontend Developer with Svelte Roadmap" in generated_page(goal)
    printed = runner.invoke(app, ["generate", goal, "--json"])
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.stdout)["title"] == "Frontend Developer with Svelte"


def test_the_finder_offers_the_frontend_role_then_svelte() -> None:
    found = finder_answer("svelte developer")
    assert finder_picks(found)[:2] == ["frontend", "svelte"]  # as for "vue developer": the role, then the framework
    assert "We read “svelte developer” as Frontend Developer or Svelte." in found["message"]


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("get hired as a svelte developer", "Frontend Developer with Svelte"),
        ("get hired as a vue developer", "Frontend Developer with Vue.js"),  # the model it follows
    ],
)
def test_a_job_as_a_svelte_developer_is_the_frontend_role_up_to_its_milestone(goal: str, title: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title  # was "Svelte", cut at its Junior level with no role that hires for it
    [scope] = roadmap["scope"]
    assert (scope["roadmap"], scope["kind"], scope["said"]) == ("frontend", "job", "hired")
    assert undone_title(goal, "hired") == title  # the milestone is undoable; the role stays


def test_a_svelte_job_is_svelte_then_the_frontend_role_that_hires_for_it() -> None:
    roadmap = generated("svelte job")
    assert roadmap["title"] == "Svelte and Frontend Developer"  # was "Svelte" alone, cut at Junior
    assert {s["roadmap"] for s in roadmap["scope"]} == {"svelte", "frontend"}
    assert "A junior Svelte job is most often a Frontend Developer job" in " ".join(roadmap["notes"])


def undone_title(goal: str, *plain: str) -> str:
    title: str = generated(goal, list(plain))["title"]
    return title


def test_frontend_without_react_still_puts_vue_in_its_place() -> None:
    roadmap = generated("frontend without react")
    assert roadmap["title"] == "Frontend Developer with Vue.js"
    assert "svelte-components" not in topics_taught(roadmap)
