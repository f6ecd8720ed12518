"""Goals that say to do without what a role or a platform is usually learnt with: "ios apps without swift", "game dev
without c++", "devops without kubernetes", "frontend without frameworks", "web developer without javascript".

Before: "ios apps without swift" said Swift "stays" and taught the iOS roadmap in Swift; "game dev without c++" and
"devops without kubernetes" said C++ and Kubernetes stay, and their Undo read the clause as typed, so it gave a
different roadmap ("DevOps Engineer and Kubernetes", 463 h) from the one the goal had (DevOps Engineer, 583 h);
"frontend without frameworks" left "frameworks" not understood and taught React; "web developer without javascript"
and "mobile developer without javascript" offered roadmaps built on JavaScript; and a mobile app built with Flutter
had a note that opened "built with React Native"."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding.lexicon import LEFT_OUT_OF, PLATFORM_WAYS
from tests.helpers import finder_answer, finder_picks, generate_answer, generated, reading_of, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _said(goal: str, *plain: str) -> str:
    """What the command line says on stderr of the goal, whitespace folded."""
    result = runner.invoke(app, ["generate", goal, *(a for p in plain for a in ("--plain", p))])
    return " ".join(result.stderr.split())


def _hours(roadmap: dict[str, Any]) -> float:
    return round(sum(p["hours"] for p in roadmap["phases"]), 1)


@pytest.mark.parametrize(
    ("goal", "clause", "platform", "language"),
    [
        ("ios apps without swift", "without swift", "iOS Developer", "swift-basics"),
        ("i want to make iphone apps without swift", "without swift", "iOS Developer", "swift-basics"),
        ("android apps without kotlin", "without kotlin", "Android Developer", "kotlin-basics"),
    ],
)
def test_a_platforms_apps_without_its_language_are_built_with_flutter_said_and_undoable(
    goal: str, clause: str, platform: str, language: str
) -> None:
    roadmap = generated(goal)
    # before: "Swift basics, which you'd rather avoid: iOS Developer uses it, so it stays", taught in Swift
    assert language not in topics_taught(roadmap)
    assert {"dart-basics", "flutter-widgets"} <= topics_taught(roadmap)
    assert "Flutter" in roadmap["title"]
    line = reading_of(roadmap, clause)
    assert line["how"] == "without"
    assert line["means"][0]["key"] == "flutter"
    assert f"is built with Flutter here, as {platform} is built on it" in line["means"][0]["name"]
    assert any("one app for iPhone and Android" in n for n in roadmap["notes"]), roadmap["notes"]
    said = _said(goal)
    assert f"as {platform} is built on it" in said
    assert said.count(f"--plain '{clause}'") == 1
    # undone, the platform's own roadmap as before, its language kept as asked
    kept = generated(goal, [clause])
    assert kept["title"] == platform
    assert language in topics_taught(kept)
    assert reading_of(kept, clause)["how"] == "kept"


@pytest.mark.parametrize(
    ("goal", "clause", "alone", "title", "gone", "stays"),
    [
        (
            "devops without kubernetes",
            "without kubernetes",
            "devops",
            "DevOps Engineer without Kubernetes",
            {"kubernetes", "helm", "kubernetes-workloads"},
            {"docker", "terraform", "ci-cd"},
        ),
        (
            "game dev without c++",
            "without c++",
            "game dev",
            "Game Developer without C++",
            {"cpp-syntax-types", "cpp-classes", "cpp-gameplay"},
            {"csharp-basics", "unity-fundamentals"},
        ),
        (
            "frontend without frameworks",
            "without frameworks",
            "frontend",
            "Frontend Developer without React",
            {"react", "react-routing", "frontend-state-management", "ssr-meta-frameworks"},
            {"html", "css", "javascript-basics", "dom-manipulation"},
        ),
    ],
)
def test_a_role_without_what_it_may_be_learnt_without_leaves_it_out_and_its_undo_gives_it_all_back(
    goal: str, clause: str, alone: str, title: str, gone: set[str], stays: set[str]
) -> None:
    roadmap = generated(goal)
    # before: "... uses it, so it stays" (or "frameworks" not understood), and all of it taught
    assert roadmap["title"] == title
    assert not roadmap["not_understood"]
    taught = topics_taught(roadmap)
    assert not taught & gone, taught & gone
    assert stays <= taught
    line = reading_of(roadmap, clause)
    assert line["how"] == "without"
    assert "left out of" in line["means"][0]["name"]
    assert any(f"undo “{clause}”" in n for n in roadmap["notes"]), roadmap["notes"]
    # the Undo gives back exactly what was taken out: the roadmap of the goal without the clause
    whole = generated(alone)
    undone = generated(goal, [clause])
    assert topics_taught(undone) == topics_taught(whole)
    assert _hours(undone) == _hours(whole)
    assert undone["title"] == whole["title"]
    assert reading_of(undone, clause)["how"] == "kept"


def test_devops_without_kubernetes_says_how_it_is_done_instead_and_that_jobs_ask_for_it() -> None:
    line = reading_of(generated("devops without kubernetes"), "without kubernetes")["means"][0]["name"]
    assert line.startswith("Kubernetes, which you'd rather avoid: left out of DevOps Engineer as you asked")
    assert "job" in line


def test_frontend_without_frameworks_is_plain_html_css_and_javascript() -> None:
    roadmap = generated("frontend without frameworks")
    line = reading_of(roadmap, "without frameworks")["means"][0]["name"]
    assert "plain HTML, CSS and JavaScript" in line, line
    assert "vue" not in {t.split("-")[0] for t in topics_taught(roadmap)}


@pytest.mark.parametrize(
    ("goal", "offered", "refused"),
    [
        ("web developer without javascript", {"backend"}, {"frontend", "full-stack"}),
        ("mobile developer without javascript", {"flutter"}, {"react-native"}),
    ],
)
def test_a_field_without_javascript_offers_only_what_is_built_without_it_and_says_why(
    goal: str, offered: set[str], refused: set[str]
) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    keys = {c["key"] for c in body.get("choices") or []} | set(body.get("suggestions") or [])
    # before: Frontend, Full-Stack and Backend Developer; Flutter, React Native and iOS Developer
    assert offered <= keys, keys
    assert not keys & refused, keys
    assert "built on JavaScript" in body["hint"], body["hint"]


def test_the_web_without_javascript_says_the_browser_needs_it() -> None:
    _, body = generate_answer("web developer without javascript")
    assert "browsers run" in body["hint"], body["hint"]
    assert "as in “backend developer”" in body["hint"]  # before: as in “frontend developer”


def test_a_field_without_javascript_lists_no_roadmap_built_on_it_to_choose_from() -> None:
    _, body = generate_answer("mobile developer without javascript")
    assert "choose a roadmap in it (Flutter, iOS Developer)" in body["hint"], body["hint"]
    # what was looked for is the field, the clause read apart: it said no roadmap was named "mobile developer
    # without javascript"
    assert body["hint"].startswith("the catalog has no roadmap or topic named “mobile developer”;"), body["hint"]


@pytest.mark.parametrize(
    ("goal", "way"),
    [
        ("mobile apps without react", "Flutter"),
        ("mobile apps without javascript", "Flutter"),
        ("i know flutter and want to build a mobile app", "Flutter"),
        ("i know kotlin and want to build a mobile app", "Kotlin"),
    ],
)
def test_a_mobile_apps_note_names_the_way_it_is_built(goal: str, way: str) -> None:
    notes = " ".join(generated(goal)["notes"])
    # before: "Read as a phone app, built with React Native (JavaScript), or with Flutter (Dart), ..."
    assert f"Read as a phone app, built with {way}" in notes, notes
    assert "built with React Native" not in notes


def test_a_mobile_app_as_usual_is_still_said_to_be_built_with_react_native() -> None:
    notes = " ".join(generated("i want to build a mobile app")["notes"])
    assert "Read as a phone app, built with React Native (JavaScript)" in notes, notes


def test_what_a_role_or_platform_is_learnt_without_is_in_the_shipped_catalog() -> None:
    catalog = default_catalog()
    for topic, (_, roles) in LEFT_OUT_OF.items():
        assert catalog.has_topic(topic), topic
        assert all(catalog.has_roadmap(slug) for slug in roles), roles
    for slug, (_, _, language, ways) in PLATFORM_WAYS.items():
        assert catalog.has_roadmap(slug), slug
        assert catalog.has_topic(language), language
        assert all(catalog.has_roadmap(way) for way in ways), ways


def test_the_finder_puts_flutter_first_for_ios_apps_without_swift_and_says_it_is_its_reading() -> None:
    found = finder_answer("ios apps without swift")
    # before: iOS Developer first, "Swift basics, which you'd rather avoid: iOS Developer uses it, so it stays"
    assert finder_picks(found)[0] == "flutter"
    assert "which you'd rather avoid: Flutter does not use it" in found["message"]
    assert "We read “ios” as Flutter" in found["message"]
    assert "that is the Flutter roadmap" not in found["message"]
    kept = finder_answer("ios apps without swift", plain=["without swift"])
    assert finder_picks(kept)[0] == "ios"
    assert "iOS Developer uses it, kept as you asked" in kept["message"]


def test_the_finder_says_devops_teaches_kubernetes_and_offers_the_roadmap_without_it() -> None:
    found = finder_answer("devops without kubernetes")
    assert finder_picks(found)[0] == "devops"
    # before: "DevOps Engineer uses it, so it stays"
    assert "DevOps Engineer teaches it; a roadmap generated for your goal leaves it out" in found["message"]
    assert found["generate"]


def test_a_mobile_app_without_frameworks_is_not_built_with_another_framework_in_their_name() -> None:
    roadmap = generated("mobile apps without frameworks")
    # Flutter is a framework too: never offered as the way "without frameworks"
    assert "Flutter" not in roadmap["title"]
    line = reading_of(roadmap, "without frameworks")["means"][0]["name"]
    assert line.startswith("frontend frameworks (React, Vue.js), which you'd rather avoid"), line
    assert "so it stays" in line


def test_a_framework_asked_for_without_frameworks_is_said_to_contradict_with_the_choice_left() -> None:
    status, body = generate_answer("vue developer without frameworks")
    # before: "Frontend Developer with Vue.js without React", said to be "in plain HTML, CSS and JavaScript"
    assert status == 404, body
    assert "“without frameworks” asks to do without frontend frameworks (React, Vue.js)" in body["hint"]
    assert "or Frontend Developer without them, in plain HTML, CSS and JavaScript" in body["hint"]
    assert [c["goal"] for c in body["choices"]][-1] == "frontend developer without frameworks"


@pytest.mark.parametrize(
    ("goal", "clause", "asked"),
    [
        ("swift without swift", "without swift", "swift"),  # was Swift basics, "without swift ... so it stays"
        ("python without python", "without python", "python"),
        ("react developer without react", "without react", "react developer"),
    ],
)
def test_a_goal_without_what_it_asks_for_is_said_to_contradict_itself(goal: str, clause: str, asked: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    assert f"“{clause}” asks to do without" in body["hint"], body["hint"]
    assert f"which your goal asks for (“{asked}”)" in body["hint"], body["hint"]


def test_the_cli_says_swift_without_swift_contradicts_itself() -> None:
    said = _said("swift without swift")
    assert "“without swift” asks to do without Swift basics, which your goal asks for (“swift”)" in said, said
    assert "so it stays" not in said


@pytest.mark.parametrize(
    ("goal", "clause"),
    [
        ("backend without frameworks", "without frameworks"),
        ("backend developer without frameworks", "without frameworks"),
        ("i want to learn backend without any frameworks", "without any frameworks"),
    ],
)
def test_a_backend_without_frameworks_leaves_out_the_backends_frameworks_and_says_what_is_possible(
    goal: str, clause: str
) -> None:
    roadmap = generated(goal)
    line = reading_of(roadmap, clause)["means"][0]["name"]
    # before: "frontend frameworks (React, Vue.js) ... Backend Developer does not use it"
    assert line.startswith("backend web frameworks (Express, Django, Spring Boot...), which you'd rather avoid"), line
    assert "left out of Backend Developer as you asked" in line
    assert "language's own HTTP server" in line
    assert "job posts ask for a framework" in line
    assert "backend-frameworks" not in topics_taught(roadmap)
    assert roadmap["total_hours"] < generated("backend")["total_hours"]
    undone = generated(goal, plain=[clause])
    assert "backend-frameworks" in topics_taught(undone)


def test_the_cli_says_a_backend_without_frameworks_leaves_out_express_django_and_spring() -> None:
    said = _said("backend without frameworks")
    assert "“without frameworks” → backend web frameworks (Express, Django, Spring Boot...)" in said, said
    assert "React" not in said
