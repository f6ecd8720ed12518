"""Three goals the generator read wrongly, read the way a learner means them.

"react native without react" was "React Native with Vue.js": the dislike of React swapped Vue.js's topics in for
React's, as it rightly does for a frontend developer, though React Native is built on React and Vue.js is no way to
write it. A roadmap built on the framework keeps it, and says so plainly; nothing is swapped.

"aws cloud computing" was "AWS and Computer Science": "aws cloud" (an alias of AWS) was read first and "computing", left
on its own, is an alias of Computer Science. It is the cloud the learner means, as "cloud computing" alone is.

"frontend vue developer" was "Frontend Developer and Vue.js" while "frontend react developer" is "Frontend Developer
with React": "react developer" names the Frontend Developer role with React, "vue developer" named Vue.js alone.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding.lexicon import BUILT_ON, IN_PLACE_OF
from tests.helpers import finder_answer, generated, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _page(goal: str, plain: list[str] | None = None) -> tuple[str, str]:
    """The generated page's main heading and visible text for the goal, as a reader sees them."""
    query = urlencode({"goal": goal, **({"plain": plain} if plain else {})}, doseq=True)
    page = Client().get(f"/roadmaps/generate?{query}", follow=True)
    assert page.status_code == 200
    html = page.content.decode()
    [heading] = re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return text(heading).strip(), " ".join(text(html).split())


def _cli_title(goal: str, *plain: str) -> str:
    result = runner.invoke(app, ["generate", goal, "--json", *(a for p in plain for a in ("--plain", p))])
    assert result.exit_code == 0, result.output
    title: str = json.loads(result.stdout)["title"]
    return title


@pytest.mark.parametrize(
    ("goal", "clause", "title", "stays"),
    [  # each was titled "... with Vue.js", React's topics swapped for Vue's
        ("react native without react", "without react", "React Native", "React Native is built on it, so it stays"),
        ("react native but i hate react", "i hate react", "React Native", "React Native is built on it, so it stays"),
        ("nextjs without react", "without react", "Next.js", "Next.js is built on it, so it stays"),
        # "mobile apps without react" said React stays, built with React Native: now built with Flutter
        # (test_without_what_a_path_is_built_on.py)
    ],
)
def test_a_roadmap_built_on_the_framework_keeps_it_and_says_so(goal: str, clause: str, title: str, stays: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    taught = topics_taught(roadmap)
    assert "react" in taught
    assert not {"vue-components", "pinia", "nuxt"} & set(taught)
    assert not roadmap["skipped"]
    [line] = [u for u in roadmap["understood"] if u["said"] == clause]
    assert line["how"] == "stays"  # nothing changed, so no Undo (test_without_what_a_path_is_built_on.py)
    assert line["means"][0]["name"] == f"React, which you'd rather avoid: {stays}"
    heading, page = _page(goal)
    assert heading == f"{title} Roadmap"
    assert stays in page
    assert "Vue" not in page
    assert _cli_title(goal) == title
    # sent in `plain` all the same (no Undo offers it), React is kept as asked, and nothing else changes
    undone = generated(goal, [clause])
    assert undone["title"] == title
    [kept] = [u for u in undone["understood"] if u["said"] == clause]
    assert kept["how"] == "kept"
    assert "react" in topics_taught(undone)
    assert _cli_title(goal, clause) == title


@pytest.mark.parametrize(("goal", "slug", "title"), [("react native without react", "react-native", "React Native")])
def test_the_finder_says_the_framework_its_pick_is_built_on_stays(goal: str, slug: str, title: str) -> None:
    found = finder_answer(goal)
    assert found["recommendations"][0]["slug"] == slug
    # was "React Native does not use it, so it is not in this roadmap", React being a prerequisite, not its own topic
    assert f"React, which you'd rather avoid: {title} is built on it, so it stays" in found["message"]
    assert not found["generate"]


def test_frontend_without_react_still_learns_vue_in_its_place() -> None:
    roadmap = generated("frontend without react")
    assert roadmap["title"] == "Frontend Developer with Vue.js"
    assert "vue-components" in topics_taught(roadmap)


@pytest.mark.parametrize(
    "goal",
    [
        "aws cloud computing",
        "cloud computing",
        "learn cloud computing",
        "i want to learn aws cloud computing",
        "cloud computing with aws",  # was "Cloud Engineer with AWS on AWS"
    ],
)
def test_cloud_computing_is_the_cloud_not_computer_science(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Cloud Engineer with AWS"  # "aws cloud computing" was "AWS and Computer Science"
    assert "computer-science" not in {m["key"] for u in roadmap["understood"] for m in u["means"]}
    assert not roadmap["not_understood"]
    assert _page(goal)[0] == "Cloud Engineer with AWS Roadmap"
    assert _cli_title(goal) == "Cloud Engineer with AWS"


@pytest.mark.parametrize("goal", ["computer science", "learn computing fundamentals", "computing"])
def test_computing_alone_is_still_computer_science(goal: str) -> None:
    assert generated(goal)["title"] == "Computer Science"


@pytest.mark.parametrize(
    ("goal", "title"),
    [  # each was the framework beside the role ("Frontend Developer and Vue.js") or the framework alone ("Vue.js")
        ("frontend vue developer", "Frontend Developer with Vue.js"),
        ("frontend angular developer", "Frontend Developer with Angular"),
        ("vue developer", "Frontend Developer with Vue.js"),
        ("vue.js developer", "Frontend Developer with Vue.js"),
        ("angular developer", "Frontend Developer with Angular"),
        ("frontend react developer", "Frontend Developer with React"),  # right already: the shape the others follow
        ("react developer", "Frontend Developer with React"),
    ],
)
def test_a_framework_developer_is_the_frontend_role_with_it(goal: str, title: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert not roadmap["not_understood"]
    assert _page(goal)[0] == f"{title} Roadmap"
    assert _cli_title(goal) == title


def test_the_roadmaps_built_on_a_framework_are_in_the_shipped_catalog() -> None:
    catalog = default_catalog()
    for framework, slugs in BUILT_ON.items():  # a framework that may be swapped, or the language it is written in
        assert framework in IN_PLACE_OF or framework == "javascript-basics", framework
        assert catalog.has_topic(framework), framework
        for slug in slugs:
            assert catalog.has_roadmap(slug), slug
