"""Goals that learners typed and the product misread, through the finder's API, page and command line and the generate
API, on the shipped catalog.

Building apps on AI is a language model's API (AI Engineer), not machine learning; a web app for a startup is a web
app, not Android's app startup; "join faang" is where the learner wants to work, never SQL joins; automating one's job
is Python scripting; "migrating to the cloud" is cloud migration, not Django's migrations; "data engineering on azure"
is Data Engineer on Azure, not its foundations beside Azure's.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


# 1. Apps built on AI are apps on a language model's API (AI Engineer), as "make money with ai" already was.


@pytest.mark.parametrize("purpose", ["job", "hobby", "freelance"])
@pytest.mark.parametrize("goal", ["build apps with ai", "saas with ai", "i want to build a saas with ai"])
def test_apps_built_with_ai_start_with_ai_engineer_not_machine_learning(goal: str, purpose: str) -> None:
    found = finder_answer(goal, purpose)
    picks = finder_picks(found)
    assert picks[0] == "ai-engineer", (picks, found["message"])
    assert "machine-learning" not in picks
    assert "“with ai” as AI features through an LLM API" in found["message"]
    undone = finder_answer(goal, purpose, plain=["with ai"])  # our reading, undoable: as typed, "ai" again
    assert "word by word" in undone["message"]
    assert finder_picks(undone) != picks


def test_a_saas_with_ai_names_the_saas_too() -> None:
    found = finder_answer("saas with ai")
    assert finder_picks(found) == ["ai-engineer", "full-stack", "prompt-engineering"], found["message"]
    assert "“saas” as A SaaS product" in found["message"]
    assert "Cloud fundamentals" not in found["message"]


def test_building_apps_with_ai_says_the_apps_change_nothing_in_what_to_learn() -> None:
    found = finder_answer("build apps with ai")
    assert "“apps”: what you are making, which changes nothing in what to learn." in found["message"]
    assert "the field of phone apps" not in found["message"]


@pytest.mark.parametrize("goal", ["a website with ai", "a mobile app with ai"])
def test_a_thing_with_ai_beside_a_field_starts_with_ai_engineer_too(goal: str) -> None:
    found = finder_answer(goal)
    assert finder_picks(found)[0] == "ai-engineer", found["message"]
    assert "“with ai” as AI Engineer or Prompt Engineering" in found["message"]


def test_apps_with_ai_on_the_finder_page_say_what_was_read_with_its_undo() -> None:
    page = Client().get("/finder", {"goal": "build apps with ai", "purpose": "job", "hours": "10"})
    said = text(page.content)
    assert "“with ai” → AI Engineer or Prompt Engineering" in said
    assert "Machine Learning Engineer" not in said.split("Roadmaps for you")[0]
    assert "plain=with+ai" in page.content.decode() or "plain=with%20ai" in page.content.decode()


def test_apps_with_ai_on_the_command_line() -> None:
    result = runner.invoke(app, ["finder", "--goal", "build apps with ai", "--hours", "10", "--purpose", "job"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "1. AI features through an LLM API (built for your goal): " in flat  # the roadmap tailored to it
    assert "2. AI Engineer: " in flat
    assert "Machine Learning Engineer" not in flat
    assert "--plain 'with ai'" in flat


# 2. A web app for a startup is a web app.


@pytest.mark.parametrize("purpose", ["job", "hobby", "freelance"])
def test_a_web_app_for_my_startup_is_a_web_app_not_android_startup(purpose: str) -> None:
    found = finder_answer("a web app for my startup", purpose)
    picks = finder_picks(found)
    assert picks == ["full-stack", "frontend", "backend"], (picks, found["message"])
    assert "Android" not in found["message"]
    assert "We read “web app” as a web app, made with Full-Stack Developer" in found["message"]
    undone = finder_answer("a web app for my startup", purpose, plain=["web app"])
    assert finder_picks(undone) != picks


def test_a_web_app_for_my_startup_says_what_it_is_for_in_the_generated_roadmap() -> None:
    status, body = generate_answer("a web app for my startup")
    assert status == 201, body
    assert body["title"] == "A web app"
    assert "“startup”: what it is for, which changes nothing in what to learn" in body["notes"], body["notes"]
    assert "Android" not in json.dumps(body["understood"])


def test_a_web_app_for_my_startup_in_the_finder_says_what_it_is_for() -> None:
    found = finder_answer("a web app for my startup")
    assert "“startup”: what it is for, which changes nothing in what to learn." in found["message"]
    assert found["not_understood"] == []


# 3. "join faang" is where the learner wants to work.


@pytest.mark.parametrize("goal", ["join faang", "i want to join faang", "join a faang company"])
def test_join_faang_is_where_you_want_to_work_never_sql_joins(goal: str) -> None:
    found = finder_answer(goal)
    assert "sql" not in finder_picks(found), found["message"]
    assert "SQL joins" not in found["message"]
    assert "where you want to work, not what to learn" in found["message"]
    assert "(the big tech companies: Meta, Amazon, Apple, Netflix, Google)" in found["message"]
    assert "ask for “faang interview prep”" in found["message"]
    assert "faang" not in found["not_understood"]
    if not found["recommendations"]:  # an employer hires in many fields: which one
        assert found["follow_up"]["question"] == "Which field interests you?"
    status, body = generate_answer(goal)
    assert status == 404, body
    assert "where you want to work" in body["hint"]
    assert "SQL joins" not in json.dumps(body)
    assert body["suggestions"] == ["software-engineer", "dsa", "system-design"]  # interview prep, to choose from


def test_join_faang_generated_is_a_choice_with_the_finder_never_a_roadmap_to_ask_for() -> None:
    page = Client().get("/roadmaps/generate", {"goal": "join faang"}, follow=True)
    said = text(page.content)
    assert "choose where to start" in said
    assert "Software Engineer" in said
    assert "Answer the finder's four questions" in said
    assert "Ask for this roadmap" not in said
    google = text(Client().get("/roadmaps/generate", {"goal": "i want to work at google"}, follow=True).content)
    assert "Ask for this roadmap" not in google
    assert "“google”: where you want to work, not what to learn" in google


def test_faang_interview_prep_is_still_the_interview_roadmaps() -> None:
    found = finder_answer("faang interview prep")
    assert finder_picks(found)[0] == "dsa", found["message"]


def test_join_faang_on_the_finder_page_says_where_with_its_undo() -> None:
    page = Client().get("/finder", {"goal": "join faang", "purpose": "job", "hours": "10"})
    said = text(page.content)
    assert "“faang” → where you want to work, not what to learn" in said
    assert "SQL" not in said
    undone = finder_answer("join faang", plain=["faang"])  # read as typed: searched, as before
    assert "where you want to work" not in undone["message"]


def test_join_tables_is_still_sql_joins() -> None:
    found = finder_answer("join tables in sql")
    assert "SQL joins" in found["message"]
    assert "where you want to work" not in found["message"]


# 4. Automating one's job is Python scripting.


@pytest.mark.parametrize("purpose", ["job", "hobby"])
@pytest.mark.parametrize("goal", ["automate my job", "i want to automate my job", "automate my office job"])
def test_automate_my_job_is_python_scripting_not_test_or_network_automation(goal: str, purpose: str) -> None:
    found = finder_answer(goal, purpose)
    picks = finder_picks(found)
    assert picks[:1] == ["python"], (picks, found["message"])
    assert not {"qa-engineer", "network-engineer"} & set(picks)
    assert "Automating tasks with Python scripts" in found["message"]
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Automating tasks with Python scripts"


# 8. "migrating to the cloud" is cloud migration.


@pytest.mark.parametrize("goal", ["migrating to the cloud", "i want to learn about migrating to the cloud"])
def test_migrating_to_the_cloud_is_cloud_migration_not_django_migrations(goal: str) -> None:
    found = finder_answer(goal)
    assert "Django" not in found["message"], found["message"]
    assert set(finder_picks(found)[:2]) <= {"aws", "cloud-engineer", "devops"}, found["message"]
    status, body = generate_answer(goal)
    assert status == 201, body
    assert "Django" not in json.dumps(body["understood"])
    assert "cloud-migration" in {s["topic"] for p in body["phases"] for s in p["core_skills"]}


# 9. "data engineering on azure" is Data Engineer on Azure.


@pytest.mark.parametrize("goal", ["data engineering on azure", "become a data engineer on azure"])
def test_data_engineering_on_azure_is_the_data_engineer_roadmap_with_azure(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Data Engineer on Microsoft Azure"
    notes = " ".join(body["notes"])
    assert "Beside each other" not in notes, notes
    assert "“on azure”: the cloud you do Data Engineer on" in notes
    assert "on azure" in [u["said"] for u in body["understood"]]
    taught = {s["topic"] for p in body["phases"] for s in p["core_skills"]}
    assert "azure-fundamentals" in taught
    assert "data-lakehouse" in taught  # past its foundations: the roadmap, not its phases up to Junior
    undone_status, undone = generate_answer(goal, plain=["on azure"])  # as typed: Azure a second subject again
    assert undone_status == 201
    assert "on azure" not in [u["said"] for u in undone["understood"]]


def test_data_engineering_on_azure_in_the_finder() -> None:
    found = finder_answer("data engineering on azure")
    assert finder_picks(found)[0] == "data-engineer", found["message"]
