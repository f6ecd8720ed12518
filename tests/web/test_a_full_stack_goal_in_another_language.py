"""A full-stack goal that names another server language or frontend framework is the one full-stack path the learner
means, never two roadmaps added together, through the generate API, the page and the command line.

Before: "full stack python developer" was Full-Stack Developer and the whole Python roadmap, 1,069 hours, its server
still learnt on Node.js with Python on top; "full stack java developer" and "full-stack c# dev" the same with Java and
C# (1,046 and 1,013 hours); "full stack vue developer" was Full-Stack Developer and Frontend Developer with Vue.js,
907 hours, the frontend role learnt twice. Now Full-Stack Developer's Node.js topics leave it with the language's own
server topics in their place (the Backend roadmap's language topic in that language, its frameworks and ORM named as
the language teaches them), and a frontend framework takes React's place in Full-Stack itself; each said on the
reading's line and in a note naming each swap, with one Undo that gives the roadmap back as it was.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding.lexicon import FRAMEWORKS_IN_NODES_PLACE, IN_NODES_PLACE, LANGUAGE_STACKS
from tests.helpers import (
    check_openapi,
    finder_answer,
    generate_answer,
    generated,
    generated_page,
    reading_of,
    text,
    topics_taught,
)

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

#: Full-Stack Developer's server topics on Node.js: none may be taught to a learner who named another server language.
NODE = {"nodejs-basics", "typescript-node"}
NODE_WORDS = re.compile(r"Node\.js|Express|Fastify|NestJS")
#: Full-Stack Developer alone, on the shipped catalog: a full-stack path in another language is about its size.
FULL_STACK_HOURS = 733


def _skill(body: dict[str, Any], topic: str) -> dict[str, Any]:
    return next(s for p in body["phases"] for s in p["core_skills"] if s["topic"] == topic)


@pytest.mark.parametrize(
    ("goal", "said", "language", "variant", "own_first_topic"),
    [
        ("full stack python developer", "python developer", "Python", "Python", "python-basics"),
        ("python full stack", "python", "Python", "Python", "python-basics"),
        ("full stack developer with python", "python", "Python", "Python", "python-basics"),
        ("full stack java developer", "java developer", "Java", "Java (current LTS)", "java-basics"),
        ("full-stack c# dev", "c#", "C# and .NET", "C# on .NET", "csharp-basics"),
        ("fullstack php developer", "php developer", "PHP", "PHP 8", "php-basics"),
    ],
)
def test_a_server_language_named_with_full_stack_takes_nodes_place(
    goal: str, said: str, language: str, variant: str, own_first_topic: str
) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    check_openapi("/api/v1/roadmaps/generate", 201, body, method="post")
    assert body["title"] == f"Full-Stack Developer with a {language} backend"
    assert not body["not_understood"]
    taught = topics_taught(body)
    assert not taught & NODE, sorted(taught & NODE)  # before: Node.js basics and TypeScript on Node.js, and the
    assert own_first_topic not in taught  # whole language roadmap beside them
    assert {"html", "javascript-basics", "react", "backend-frameworks", "orm", "sql-basics"} <= taught
    assert _skill(body, "backend-language")["variant"] == variant  # the language's own way, never the generic topic
    assert _skill(body, "backend-frameworks")["variant"]  # Django, FastAPI or Flask; Spring Boot; ASP.NET Core...
    assert body["total_hours"] < FULL_STACK_HOURS + 60, body["total_hours"]  # 1,069 h for Python before
    # said on the language's line, with its Undo, and in one note naming each swap
    line = reading_of(body, said)
    assert f"{language} in Node.js's place" in [m["name"] for m in line["means"]], line
    assert line["how"] == "stack"
    note = next(n for n in body["notes"] if n.startswith(f"{language} takes Node.js's place"))
    assert "for Node.js basics" in note
    assert f"undo “{said}”" in note
    left = {s["id"]: s["reason"] for s in body["skipped"]}
    assert left["nodejs-basics"].startswith(f"left out for {language}, as you asked (“{said}”): ")
    projects = [f"{p['title']} {p.get('description', '')}" for phase in body["phases"] for p in phase["projects"]]
    assert not [p for p in projects if NODE_WORDS.search(p)]  # no Node.js project handed over as the language's


@pytest.mark.parametrize(
    ("goal", "said", "title", "theirs"),
    [
        (
            "fullstack developer with django",
            "django",
            "a Django backend",
            {"python-basics", "django", "django-orm-queries", "django-rest-framework"},
        ),
        ("full stack django developer", "django developer", "a Django backend", {"django", "django-rest-framework"}),
        (
            "full stack developer with spring boot",
            "spring boot",
            "a Spring Boot backend",
            {"spring-boot-basics", "spring-web-mvc", "spring-data-jpa"},
        ),
        (
            "full stack developer with asp.net core",
            "asp.net core",
            "an ASP.NET Core backend",
            {"csharp-basics", "aspnet-core", "ef-core"},
        ),
        ("full stack developer with laravel", "laravel", "a Laravel backend", {"laravel-basics", "laravel-eloquent"}),
    ],
)
def test_a_server_framework_named_with_full_stack_takes_nodes_place_with_its_own_topics(
    goal: str, said: str, title: str, theirs: set[str]
) -> None:
    body = generated(goal)
    assert body["title"] == f"Full-Stack Developer with {title}"
    taught = topics_taught(body)
    assert not taught & (NODE | {"backend-frameworks", "orm"}), sorted(taught & NODE)
    assert taught >= theirs
    assert "react" in taught  # the frontend stays Full-Stack's
    assert body["total_hours"] < FULL_STACK_HOURS + 100, body["total_hours"]  # 879 h "with django", 983 Spring
    framework = title.split(" ", 1)[1].removesuffix(" backend")
    line = reading_of(body, said)
    assert [m["name"] for m in line["means"]] == [f"{framework} in Node.js's place"]
    assert any(n.startswith(f"{framework} takes Node.js's place") for n in body["notes"])
    undone = generated(goal, plain=[said])  # as before: Node.js, with the framework beside it
    assert "nodejs-basics" in topics_taught(undone)


def test_undone_the_language_is_read_as_typed_as_before() -> None:
    undone = generated("full stack python developer", plain=["python developer"])
    assert undone["title"] == "Full-Stack Developer and Python"
    assert {"nodejs-basics", "python-basics"} <= topics_taught(undone)
    assert not [n for n in undone["notes"] if "takes Node.js's place" in n]


@pytest.mark.parametrize(
    "goal", ["full stack javascript developer", "full stack developer", "mern stack", "full stack node developer"]
)
def test_full_stack_on_node_keeps_node(goal: str) -> None:
    body = generated(goal)
    assert topics_taught(body) >= NODE
    assert "backend-language" not in topics_taught(body)
    assert not [n for n in body["notes"] if "takes Node.js's place" in n]


def test_a_listed_language_keeps_each_whole() -> None:
    body = generated("full stack developer and python")
    assert {"nodejs-basics", "python-basics"} <= topics_taught(body)


@pytest.mark.parametrize(
    ("goal", "said", "framework", "theirs"),
    [
        ("full stack vue developer", "vue developer", "Vue.js", {"vue-components", "vue-router", "pinia"}),
        ("full stack angular developer", "angular developer", "Angular", {"angular-components", "angular-routing"}),
        ("MEAN stack", "MEAN stack", "Angular", {"angular-components", "angular-forms"}),  # "stack": Stacks and queues
        ("mevn stack developer", "mevn stack", "Vue.js", {"vue-components", "pinia"}),
    ],
)
def test_a_frontend_framework_named_with_full_stack_takes_reacts_place_in_full_stack_alone(
    goal: str, said: str, framework: str, theirs: set[str]
) -> None:
    body = generated(goal)
    assert body["title"] == f"Full-Stack Developer with {framework}"  # never Frontend Developer beside it
    taught = topics_taught(body)
    assert "react" not in taught
    assert taught >= theirs
    assert taught >= NODE  # the server stays Node.js's: no other language named
    assert body["total_hours"] < FULL_STACK_HOURS + 60, body["total_hours"]  # 907 h before
    line = reading_of(body, said)
    assert f"{framework} in React's place" in [m["name"] for m in line["means"]], line
    assert not [u for u in body["understood"] if any(m["key"] == "frontend" for m in u["means"])]
    assert not body["not_understood"]
    assert any(n.startswith(f"{framework} takes React's place") for n in body["notes"])


@pytest.mark.parametrize("goal", ["full stack python vue developer", "full stack developer using python and vue"])
def test_the_server_language_and_the_frontend_framework_together(goal: str) -> None:
    body = generated(goal)
    assert body["title"] == "Full-Stack Developer with a Python backend and Vue.js"
    taught = topics_taught(body)
    assert not taught & (NODE | {"react", "python-basics"})
    assert {"vue-components", "backend-language"} <= taught
    assert body["total_hours"] < FULL_STACK_HOURS + 80, body["total_hours"]  # 559 h, Full-Stack cut beside Vue.js


def test_a_stack_said_among_a_roles_tools_keeps_the_role_whole() -> None:
    body = generated("backend developer using python and redis")  # 374 h: Backend cut to foundations beside Redis
    assert body["title"] == "Backend Developer in Python with Redis"
    assert {"caching", "microservices", "domain-driven-design"} <= topics_taught(body)  # the whole role
    assert not [n for n in body["notes"] if n.startswith("Beside each other")]


def test_every_place_is_a_catalog_topic() -> None:
    catalog = default_catalog()
    for left, placed in IN_NODES_PLACE.items():
        assert catalog.has_topic(left), left
        assert placed is None or catalog.has_topic(placed), placed
    for framework, (stack, places) in FRAMEWORKS_IN_NODES_PLACE.items():
        assert stack in LANGUAGE_STACKS.values(), stack
        own = set(catalog.roadmap(framework).topic_ids)
        for left, placed in places.items():
            assert catalog.has_topic(left), left
            assert placed is None or placed in own, (framework, placed)


def test_the_page_and_the_cli_say_it() -> None:
    page = generated_page("full stack python developer")
    assert "Full-Stack Developer with a Python backend" in page
    assert "Python in Node.js's place" in page
    assert "Python takes Node.js's place" in page
    printed = runner.invoke(app, ["generate", "full stack java developer"])
    assert printed.exit_code == 0, printed.output
    flat = " ".join(printed.output.split())
    assert "“java developer” → Java in Node.js's place" in flat
    assert "--plain 'java developer'" in flat
    as_json = runner.invoke(app, ["generate", "full stack java developer", "--json"])
    assert not topics_taught(json.loads(as_json.stdout)) & NODE


def test_the_finder_reads_it_the_same_way_and_offers_the_generated_roadmap() -> None:
    found = finder_answer("full stack python developer")
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert found["stack"]["said"] == "python developer"
    assert [m["name"] for m in found["stack"]["means"]] == ["Python in Node.js's place"]
    assert "Full-Stack Developer with a Python backend" in found["message"]
    assert (
        "Full-Stack Developer teaches its server on Node.js; a roadmap generated for your goal has Python in its place."
        in found["message"]
    )
    assert found["generate"] == "full stack python developer"
    # the catalog's Full-Stack roadmap is on Node.js: its plan is offered in no language, never as Python's
    assert all(r["stack"] is None for r in found["recommendations"] if r["slug"] == "full-stack")
    undone = finder_answer("full stack python developer", plain=["python developer"])
    assert undone["stack"] is None
    assert undone["generate"] == ""
    assert "Node.js" not in undone["message"]


def test_the_finder_page_and_command_link_the_generated_roadmap() -> None:
    page = Client().get("/finder", {"goal": "python full stack", "known": "", "hours": "", "purpose": "job"})
    assert page.status_code == 200
    shown = text(page.content)
    assert "a roadmap generated for your goal has Python in its place" in shown
    assert "Generate a roadmap for “python full stack”" in shown
    printed = runner.invoke(app, ["finder", "--goal", "full-stack c# dev", "--hours", "10", "--purpose", "job"])
    assert printed.exit_code == 0, printed.output
    flat = " ".join(printed.output.split())
    assert "a roadmap generated for your goal has C# and .NET in its place" in flat
    assert "Generate a roadmap for your goal: roadmapfinder generate 'full-stack c# dev'" in flat


def test_a_dated_plan_of_it_keeps_the_language_in_nodes_place() -> None:
    body = generated("full stack python developer")
    answer = Client().post("/api/v1/plans", {"generated": body["id"], "start": "2027-01-04"}, "application/json")
    assert answer.status_code == 201, answer.content[:300]
    planned = {t["id"]: t for p in answer.json()["phases"] for t in p["topics"]}
    assert not set(planned) & NODE
    assert planned["backend-language"]["variant"] == "Python"
