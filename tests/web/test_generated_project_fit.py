"""A generated roadmap never hands a learner a project whose prerequisites are silently missing: each phase's project
practises what the roadmap teaches by then (or what the learner knows); one that still uses a topic more says so by
name, "Also uses: Git version control (not in this roadmap).", on the page, in the API (declared in its OpenAPI
document), the CLI and the downloads; and a phase no catalog project fits says so rather than inventing one.

Before, a robotics goal's first phase got "Proofs and experiments notebook" (discrete maths, probability), its GPIO
phase a bare-metal blinky writing the linker script the roadmap says it leaves out, and a Discord bot "Secure the
booking API", with nothing said about the topics they need."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, openapi_document, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GENERATE = "/api/v1/roadmaps/generate"
#: Projects that were handed to these goals while most of what they practise is never taught there.
UNFIT = ("Proofs and experiments notebook", "Bare-metal blinky and button", "Secure the booking API")


def _generate(**body: str) -> Any:
    response = Client().post(GENERATE, body, content_type="application/json")
    assert response.status_code == 201, response.content
    check_openapi(GENERATE, 201, response.json(), method="post")
    return response.json()


def _unexplained(roadmap: dict[str, Any], known: frozenset[str] = frozenset()) -> list[tuple[int, str, list[str]]]:
    """Each project's practised topics that its phase and the ones before do not teach, the learner does not know,
    and its "also uses" does not name."""
    taught = set(known)
    found = []
    for phase in roadmap["phases"]:
        taught |= {s["topic"] for s in phase["core_skills"]}
        for project in phase["projects"]:
            said = {t["id"] for t in project["also_uses"]}
            if missing := [t["id"] for t in project["practises"] if t["id"] not in taught | said]:
                found.append((phase["number"], project["title"], missing))
    return found


@pytest.mark.parametrize(
    "goal",
    ["i want to build robots with arduino", "make a discord bot", "arduino projects", "make a game in unreal engine"],
)
def test_every_project_a_goal_gets_uses_only_what_is_taught_by_then_or_says_what_else(goal: str) -> None:
    roadmap = _generate(goal=goal)
    assert _unexplained(roadmap) == []
    for phase in roadmap["phases"]:
        for project in phase["projects"]:
            assert project["title"] not in UNFIT, (phase["number"], project["title"])
            uses = project["also_uses"]
            assert len(uses) * 2 <= len(project["practises"]), f"{project['title']} is mostly untaught by then"
            assert all(t["name"] in project["also_uses_line"] for t in uses)
            assert not any("-" in t["id"] and t["id"] in project["also_uses_line"] for t in uses), "names, not ids"
            assert bool(uses) == project["also_uses_line"].startswith("Also uses: ")
        assert bool(phase["projects"]) != bool(phase["no_project"]), "a project, or why there is none"


def test_the_openapi_document_declares_what_a_project_also_uses_and_why_a_phase_has_none() -> None:
    schemas = openapi_document()["components"]["schemas"]
    project = schemas["GeneratedProjectOut"]["properties"]
    assert {"also_uses", "also_uses_line"} <= set(project)
    assert "not in this roadmap" in project["also_uses_line"]["description"]
    assert "no_project" in schemas["GeneratedPhaseOut"]["properties"]


def test_what_the_learner_knows_is_never_listed_as_also_used() -> None:
    """Knowing JavaScript, a learner knows what it needs first too: a JavaScript project says nothing of either."""
    roadmap = _generate(goal="i know javascript, want to make a discord bot")
    also = {t["name"] for p in roadmap["phases"] for j in p["projects"] for t in j["also_uses"]}
    assert not {n for n in also if n.startswith("JavaScript")}, also
    assert _unexplained(roadmap, frozenset({"javascript-basics", "javascript-functions"})) == []


def test_the_cli_says_what_a_project_also_uses_and_which_phase_has_none() -> None:
    result = CliRunner().invoke(app, ["generate", "i want to build robots with arduino"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    for title in UNFIT:
        assert title not in out
    assert "Project: Sensor night light" in out
    assert "Also uses: Git version control (not in this roadmap)." in out
    assert "No project for this phase: the catalog's projects that practise GPIO and interrupts need more" in out
    as_json = json.loads(CliRunner().invoke(app, ["generate", "i want to build robots with arduino", "--json"]).stdout)
    assert _unexplained(as_json) == []


def test_the_page_and_its_downloads_say_it_too() -> None:
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": "i want to build robots with arduino"})
    assert response.status_code == 302
    location = response["Location"]
    shown = text(client.get(location).content)
    for title in UNFIT:
        assert title not in shown
    night_light = re.search(r"Sensor night light:.*?(?=Phase 3:)", shown)
    assert night_light is not None
    assert "Also uses: Git version control (not in this roadmap)." in night_light.group(0)
    gpio = re.search(r"Phase 3: GPIO and interrupts.*?(?=Phase 4:)", shown)
    assert gpio is not None
    assert "No project for this phase" in gpio.group(0)
    markdown = client.get(f"{location}.md").content.decode()
    assert "Also uses: Git version control (not in this roadmap)." in markdown
    assert "No project for this phase" in markdown


def test_a_dated_plan_follows_a_phase_without_a_project() -> None:
    roadmap = _generate(goal="i want to build robots with arduino")
    made = Client().post(
        "/api/v1/plans", json.dumps({"generated": roadmap["id"], "hours_per_week": 6}), content_type="application/json"
    )
    assert made.status_code == 201, made.content
    plan = made.json()
    planned = [i["ref"] for w in plan["weeks"] for i in w["items"] if i["kind"] == "project"]
    assert list(dict.fromkeys(planned)) == [j["key"] for p in roadmap["phases"] for j in p["projects"]]
