"""A language named with a role that may be written in any of several is that role's stack, through the generate API,
the page, the command line and plans, on the shipped catalog, as learners type it.

Before: "python backend" (an alias of the Backend roadmap) was Backend Developer with "python" unread and its phase 2
the generic "A backend programming language · 40 h"; "backend developer with python" and "i want to be a backend dev
using node" were the role beside the language's own roadmap, Python basics (or JavaScript syntax) and the 40 h language
topic both, the language learnt twice; `plan "python backend"` was Backend Developer with no stack, and a plan of
"backend, python" scheduled the language topic on top of Python's own.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, generate_answer, generated_page, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def _skill(body: dict[str, object], topic: str) -> dict[str, object]:
    phases = body["phases"]
    assert isinstance(phases, list)
    return next(s for p in phases for s in p["core_skills"] if s["topic"] == topic)


@pytest.mark.parametrize(
    ("goal", "said", "stack", "title", "variant", "own_first_topic"),
    [
        ("python backend", "python", "python", "Backend Developer in Python", "Python", "python-basics"),
        ("pyhton backend", "pyhton", "python", "Backend Developer in Python", "Python", "python-basics"),
        ("backend with python", "python", "python", "Backend Developer in Python", "Python", "python-basics"),
        ("backend developer with python", "python", "python", "Backend Developer in Python", "Python", "python-basics"),
        ("backend developer in go", "go", "go", "Backend Developer in Go", "Go", "go-basics"),
        (
            "node backend",
            "node",
            "javascript",
            "Backend Developer in Node.js",
            "JavaScript on Node.js",
            "nodejs-basics",
        ),
        ("java backend developer", "java", "java", "Backend Developer in Java", "Java (current LTS)", "java-basics"),
    ],
)
def test_a_language_named_with_the_backend_role_is_its_stack_said_and_undoable(
    goal: str, said: str, stack: str, title: str, variant: str, own_first_topic: str
) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    check_openapi("/api/v1/roadmaps/generate", 201, body, method="post")
    assert body["title"] == title
    assert body["stack"] == stack
    assert body["not_understood"] == []
    assert _skill(body, "backend-language")["variant"] == variant  # the language's own way, never the generic topic
    taught = topics_taught(body)
    assert own_first_topic not in taught  # never the language learnt twice
    assert "spring-boot-basics" not in taught
    reading = next(u for u in body["understood"] if u["how"] == "stack")
    assert reading["said"] == said
    assert reading["means"][0]["name"].startswith("in ")

    undo_status, undone = generate_answer(goal, plain=[said])  # as typed: no stack
    assert undo_status == 201, undone
    assert undone["stack"] is None
    assert "stack" not in [u["how"] for u in undone["understood"]]


def test_undone_the_language_is_its_own_roadmap_beside_the_role_learnt_once() -> None:
    status, body = generate_answer("python backend", plain=["python"])
    assert status == 201, body
    assert body["title"] == "Backend Developer and Python"
    assert [(u["said"], u["means"][0]["name"]) for u in body["understood"]] == [
        ("backend", "Backend Developer"),
        ("python", "Python"),
    ]
    taught = topics_taught(body)
    assert "python-basics" in taught
    assert "backend-language" not in taught
    skipped = {s["id"]: s["reason"] for s in body["skipped"]}
    assert skipped["backend-language"] == "Python is the language you learn for it here"


@pytest.mark.parametrize("goal", ["backend developer and python", "backend, python"])
def test_a_role_and_a_language_listed_are_each_whole_and_the_language_is_learnt_once(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Backend Developer and Python"
    assert body["stack"] is None
    taught = topics_taught(body)
    assert {"python-basics", "python-packaging-venvs", "orm", "caching"} <= taught  # both whole
    assert "backend-language" not in taught  # Python's own roadmap is the language, not 40 h more


def test_a_job_in_the_role_with_node_keeps_the_milestone_and_reads_node_as_the_stack() -> None:
    status, body = generate_answer("i want to be a backend dev using node")
    assert status == 201, body
    assert body["title"] == "Backend Developer in Node.js"
    assert [s["kind"] for s in body["scope"]] == ["job"]
    taught = topics_taught(body)
    assert not {"javascript-basics", "nodejs-basics"} & taught
    assert _skill(body, "backend-frameworks")["variant"] == "Express"


def test_go_as_the_verb_stays_going_into_backend() -> None:
    status, body = generate_answer("i want to go backend")
    assert status == 201, body
    assert body["title"] == "Backend Developer"
    assert body["stack"] is None


def test_the_page_says_the_stack_offers_its_undo_and_names_each_topic_in_it() -> None:
    page = generated_page("backend developer with python")
    assert "Backend Developer in Python Roadmap" in page
    assert "“python” → in Python" in page
    assert "A backend programming language (Python)" in page
    assert "Python basics" not in page
    client = Client()
    started = client.get("/roadmaps/generate", {"goal": "backend developer with python"})
    html = client.get(started["Location"]).content.decode()
    assert "#stack-python" in html  # the topic's page, at its Python resources
    assert 'aria-label="Undo: read “python” as typed"' in html
    topic = client.get("/topics/backend-language").content.decode()
    assert 'id="stack-python"' in topic


def test_the_command_line_says_the_stack_and_how_to_undo_it() -> None:
    result = runner.invoke(app, ["generate", "python backend"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "Understood: “python backend” → Backend Developer; “python” → in Python" in flat
    assert "Add --plain python to read it as typed" in flat
    assert "A backend programming language (Python) · 40 h" in flat
    undone = runner.invoke(app, ["generate", "python backend", "--plain", "python"])
    assert undone.exit_code == 0, undone.output
    assert "A backend programming language" not in undone.stdout


def test_a_plan_of_python_backend_is_in_python_and_says_so() -> None:
    result = runner.invoke(app, ["plan", "python backend", "--json"])
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["stack_read"]["said"] == "python"
    topics = {t["id"]: t for p in plan["phases"] for t in p["topics"]}
    assert topics["backend-language"]["variant"] == "Python"
    assert topics["orm"]["variant"]
    stderr = " ".join(result.stderr.split())
    assert "Stack: “python” → in Python" in stderr
    assert "Add --stack none for no language, or --stack with another" in stderr
    chosen = runner.invoke(app, ["plan", "python backend", "--stack", "go", "--json"])  # another language
    assert chosen.exit_code == 0, chosen.output
    other = json.loads(chosen.stdout)
    assert other["stack_read"] is None
    assert {t["id"]: t["variant"] for p in other["phases"] for t in p["topics"]}["backend-language"] == "Go"


def test_a_plan_of_the_role_and_the_language_schedules_the_language_once() -> None:
    answer = Client().post(
        "/api/v1/plans", {"targets": ["backend", "python"], "start": "2027-01-04"}, "application/json"
    )
    assert answer.status_code == 201, answer.content[:300]
    plan = answer.json()
    check_openapi("/api/v1/plans", 201, plan, method="post")
    planned = {t["id"] for p in plan["phases"] for t in p["topics"]}
    assert "python-basics" in planned
    assert "backend-language" not in planned
    skipped = {s["id"]: s["reason"] for s in plan["skipped"]}
    assert skipped["backend-language"] == "Python is the language you learn for it here"


def test_a_plan_of_a_generated_roadmap_in_a_stack_keeps_the_stack() -> None:
    status, body = generate_answer("backend developer in go")
    assert status == 201, body
    answer = Client().post("/api/v1/plans", {"generated": body["id"], "start": "2027-01-04"}, "application/json")
    assert answer.status_code == 201, answer.content[:300]
    plan = answer.json()
    assert plan["request"]["stack"] == "go"
    assert {t["id"]: t["variant"] for p in plan["phases"] for t in p["topics"]}["backend-language"] == "Go"
