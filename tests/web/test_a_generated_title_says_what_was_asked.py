"""A generated roadmap's title says what the roadmap is, once: the role is named one time, and a framework left out is
no longer hidden behind the role's plain name.

"backend api developer" was titled "Backend Developer and Backend Developer with API Design": "backend" named the role
and "api developer" named it again with API Design, and the two titles were joined side by side, which a learner reads
as a bug. So were "frontend react developer" and "devops kubernetes engineer". Now a role's title is said once, with
everything the goal said of it ("Backend Developer with API Design"; "Backend Developer in Python with API Design").

"frontend without react" was titled "Frontend Developer" though React's topics were taken out and Vue.js's put in
their place: the title hid what the roadmap became. It is now "Frontend Developer with Vue.js", as "game developer
with godot" is "Game Developer with Godot Engine"; with nothing in React's place ("frontend without react and without
vue") it is "Frontend Developer without React", claiming no framework; undone, it is plain "Frontend Developer" again.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generated, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _heading(goal: str, plain: list[str] | None = None) -> str:
    """The generated page's main heading for the goal, as a reader sees it."""
    client = Client()
    query = urlencode({"goal": goal, **({"plain": plain} if plain else {})}, doseq=True)
    page = client.get(f"/roadmaps/generate?{query}", follow=True)
    assert page.status_code == 200
    [heading] = re.findall(r"<h1[^>]*>(.*?)</h1>", page.content.decode(), re.S)
    return text(heading).strip()


@pytest.mark.parametrize(
    ("goal", "title", "said"),
    [  # what each was titled before
        # "Backend Developer and Backend Developer with API Design"
        ("backend api developer", "Backend Developer with API Design", ["backend", "api developer"]),
        # "Frontend Developer and Frontend Developer with React"
        ("frontend react developer", "Frontend Developer with React", ["frontend", "react developer"]),
        # "DevOps Engineer and DevOps Engineer with Kubernetes"
        ("devops kubernetes engineer", "DevOps Engineer with Kubernetes", ["devops", "kubernetes engineer"]),
        # "Backend Developer in Python and Backend Developer with API Design"
        ("python backend api developer", "Backend Developer in Python with API Design", ["api developer"]),
        # "API Design and Backend Developer with API Design"
        ("api design and api developer", "Backend Developer with API Design", ["api design", "api developer"]),
        ("data engineer with python developer", "Data Engineer with Python", ["data engineer"]),  # right already
    ],
)
def test_a_role_said_twice_is_titled_once(goal: str, title: str, said: list[str]) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert {u["said"] for u in roadmap["understood"]} >= set(said)  # each phrase still said as it was read
    assert not roadmap["not_understood"]
    assert _heading(goal) == f"{title} Roadmap"
    result = runner.invoke(app, ["generate", goal, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == title


def test_roles_side_by_side_keep_both_names() -> None:
    assert generated("backend developer and devops engineer")["title"] == "Backend Developer and DevOps Engineer"
    assert generated("frontend and react")["title"] == "Frontend Developer and React"  # side by side, as asked


@pytest.mark.parametrize(
    ("goal", "clause", "title"),
    [  # each was titled "Frontend Developer" (or "Full-Stack Developer") with Vue.js taught in React's place
        ("frontend without react", "without react", "Frontend Developer with Vue.js"),
        ("frontend developer without react", "without react", "Frontend Developer with Vue.js"),
        ("learn frontend but not react", "not react", "Frontend Developer with Vue.js"),
        ("i hate react but want to do frontend", "i hate react", "Frontend Developer with Vue.js"),
        ("full stack developer without react", "without react", "Full-Stack Developer with Vue.js"),
        # nothing in React's place: no framework claimed (was "Frontend Developer")
        ("frontend without react and without vue", "without react and without vue", "Frontend Developer without React"),
        ("frontend without react, i hate vue", "without react", "Frontend Developer without React"),
    ],
)
def test_a_framework_left_out_is_said_in_the_title_and_undone_is_not(goal: str, clause: str, title: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert "react" not in topics_taught(roadmap)
    # what React was left out of is the role as the learner named it, before anything took its place
    role = title.partition(" with")[0].partition(" without")[0]
    [line] = [u for u in roadmap["understood"] if u["how"] == "without"]
    assert f"which you'd rather avoid: left out of {role} as you asked;" in line["means"][0]["name"]
    assert _heading(goal) == f"{title} Roadmap"
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    assert f"{title} Roadmap" in " ".join(result.output.split())
    # undone, it is the plain role again, React kept
    undone = generated(goal, [clause])
    assert undone["title"] == role
    assert "react" in topics_taught(undone)
    assert _heading(goal, [clause]) == f"{role} Roadmap"
    kept = runner.invoke(app, ["generate", goal, "--json", "--plain", clause])
    assert kept.exit_code == 0, kept.output
    assert json.loads(kept.stdout)["title"] == role


def test_a_role_named_with_the_framework_left_out_is_titled_with_what_took_its_place() -> None:
    # "react developer without react" asks for React by name: a choice, said (test_without_what_a_path_is_built_on.py)
    assert generated("frontend developer without react")["title"] == "Frontend Developer with Vue.js"
    assert generated("frontend without react", ["react"])["title"] == "Frontend Developer"  # the subject undone
