"""Svelte has a roadmap of its own: Svelte 5 with runes, then SvelteKit 2, for a learner who knows HTML, CSS and
JavaScript.

`roadmapfinder generate "learn svelte"` answered "no roadmap for `learn svelte`", "learn sveltekit" found nothing, and
the search found Svelte only in a sentence of the React topic's summary. Now the goals a learner types for it are the
Svelte roadmap, its page shows what it assumes (the JavaScript and HTML and CSS roadmaps' topics marked as recaps)
and the search puts it first.
"""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.search import search_catalog
from tests.helpers import generated, text, topics_taught, understood_keys

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()

#: What makes it Svelte 5 and SvelteKit 2 rather than Svelte 4: runes, snippets, load functions and form actions.
_SVELTE_5_AND_KIT = {"svelte-runes", "svelte-components", "sveltekit-loading-data", "sveltekit-form-actions"}


@pytest.mark.parametrize("goal", ["learn svelte", "svelte", "svelte.js", "sveltekit", "learn sveltekit", "svelte 5"])
def test_a_goal_naming_svelte_is_the_svelte_roadmap(goal: str) -> None:
    roadmap = generated(goal)  # was 404: "no roadmap for `learn svelte`"
    assert roadmap["title"] == "Svelte"
    assert not roadmap["not_understood"]
    assert "svelte" in understood_keys(roadmap)
    assert topics_taught(roadmap) >= _SVELTE_5_AND_KIT


def test_the_cli_generates_it_as_typed() -> None:
    result = runner.invoke(app, ["generate", "learn sveltekit", "--json"])
    assert result.exit_code == 0, result.output  # was 1, "no roadmap for `learn sveltekit`"
    assert json.loads(result.stdout)["title"] == "Svelte"


@pytest.mark.parametrize("query", ["svelte", "sveltekit", "svelte 5", "svelte runes"])
def test_the_search_puts_the_svelte_roadmap_first(query: str) -> None:
    found = search_catalog(default_catalog(), query)
    roadmaps = [r.slug for r in found.results if r.kind == "roadmap"]
    assert roadmaps[0] == "svelte"  # was Design System, through the React topic's summary


def test_the_roadmap_page_reads_as_a_learner_needs_it() -> None:
    response = Client().get("/roadmaps/svelte")
    assert response.status_code == 200
    page = " ".join(text(response.content).split())
    [heading] = re.findall(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    assert text(heading).strip() == "Svelte Roadmap"
    for said in ("Svelte 5 runes", "SvelteKit", "Recap", "Estimates assume you have done"):
        assert said in page, said
    assert "on:click" not in page, "event attributes are Svelte 5's; on: directives are taught only as legacy"


def test_the_catalog_holds_it_as_a_web_skill_after_javascript_and_html() -> None:
    svelte = default_catalog().roadmap("svelte")
    assert (svelte.title, svelte.category.value, svelte.kind.value) == ("Svelte", "web", "skill")
    assert list(svelte.prerequisite_roadmaps) == ["javascript", "html-css"]
    assert 4 <= len(svelte.phases) <= 8
    assert all(phase.projects for phase in svelte.phases)


def test_the_frontend_role_with_svelte_is_said_and_undoable() -> None:
    roadmap = generated("frontend developer with svelte")  # was 404, “svelte” unknown
    assert roadmap["title"] == "Frontend Developer with Svelte"
    [reading] = [u for u in roadmap["understood"] if u["said"] == "with svelte"]
    assert [m["name"] for m in reading["means"]] == ["Svelte in React's place"]  # React's topics leave
    assert reading["how"] == "synonym"  # a reading that says more than the words: the learner can undo it
    assert "svelte-runes" in topics_taught(roadmap)
    undone = generated("frontend developer with svelte", ["with svelte"])
    assert undone["title"] == "Frontend Developer and Svelte"
