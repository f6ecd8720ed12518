"""The finder's estimates and picks as learners read them, through its API, its page and the CLI.

For a job, a role roadmap is counted up to its job-ready milestone, where `roadmapfinder generate` cuts it too, and the
sentence says so beside the whole roadmap: the finder told "become a data analyst" 53–83 weeks "towards a job", the
whole roadmap with its senior preparation, nearly double the time to a first job. A goal aiming past a first job
("become a senior data analyst") is the whole roadmap, as the generator reads it, and a skill roadmap, which has no
milestone, keeps its whole estimate.

"make games on my phone" is one thing, a game that runs on a phone, as the generator reads it (Mobile games): the
finder read "games" and "phone" as two fields side by side, and for a hobby the phone-app skill roadmaps (Flutter,
Kotlin, SwiftUI) came before Game Developer, none of them about games.
"""

from __future__ import annotations

import html
import json
import re
from math import ceil
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _finder(client: Client, **body: Any) -> dict[str, Any]:
    response = client.post("/api/v1/finder", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content
    found: dict[str, Any] = response.json()
    check_openapi("/api/v1/finder", 200, found, method="post")
    return found


def _pick(found: dict[str, Any], slug: str) -> dict[str, Any]:
    pick: dict[str, Any] = next(r for r in found["recommendations"] if r["slug"] == slug)
    return pick


def _weeks(slug: str, phases: int | None, hours: float) -> tuple[int, int]:
    """The roadmap's own week range over its first `phases` phases (all: None) at `hours` a week, as its page adds
    them up."""
    roadmap = default_catalog().roadmap(slug)
    chosen = roadmap.phases[:phases] if phases else roadmap.phases
    low = sum(p.estimated_weeks.min for p in chosen) * 10 / hours
    high = sum(p.estimated_weeks.max for p in chosen) * 10 / hours
    return ceil(low - 1e-9), ceil(high - 1e-9)


def _job_ready(slug: str) -> int:
    return next(n for n, p in enumerate(default_catalog().roadmap(slug).phases, start=1) if p.job_ready)


def test_a_job_is_counted_up_to_the_role_roadmaps_job_ready_milestone(client: Client) -> None:
    found = _finder(client, goal="become a data analyst", hours_per_week=10, purpose="job")
    analyst = _pick(found, "data-analyst")
    ready = _job_ready("data-analyst")
    of = len(default_catalog().roadmap("data-analyst").phases)
    assert ready < of, "the shipped Data Analyst has phases after its milestone"
    low, high = _weeks("data-analyst", ready, 10)
    whole_low, whole_high = _weeks("data-analyst", None, 10)
    assert (analyst["weeks_min"], analyst["weeks_max"]) == (low, high), analyst
    assert analyst["job_ready_phases"] == ready
    assert (analyst["whole_weeks_min"], analyst["whole_weeks_max"]) == (whole_low, whole_high)
    assert f"About {low}–{high} weeks at 10 h/week to be job-ready" in analyst["reason"], analyst["reason"]
    assert f"{whole_low}–{whole_high} weeks for the whole roadmap" in analyst["reason"], analyst["reason"]
    assert "towards a job" not in analyst["reason"]
    # the generator cuts the same roadmap at the same milestone
    generated = client.post(
        "/api/v1/roadmaps/generate", json.dumps({"goal": "become a data analyst"}), content_type="application/json"
    ).json()
    assert [(s["roadmap"], s["phases"]) for s in generated["scope"]] == [("data-analyst", ready)]


def test_every_role_pick_for_a_job_says_its_milestone_and_a_skill_pick_keeps_its_whole_estimate(
    client: Client,
) -> None:
    found = _finder(client, goal="python", hours_per_week=10, purpose="job")
    python = _pick(found, "python")
    assert python["kind"] == "skill"
    assert python["job_ready_phases"] is None
    assert (python["weeks_min"], python["weeks_max"]) == _weeks("python", None, 10)
    assert (python["whole_weeks_min"], python["whole_weeks_max"]) == (python["weeks_min"], python["weeks_max"])
    assert "towards a job" in python["reason"], python["reason"]
    assert "job-ready" not in python["reason"], python["reason"]
    roles = [r for r in found["recommendations"] if r["kind"] != "skill"]
    assert roles, found["recommendations"]
    for role in roles:
        ready = _job_ready(role["slug"])
        assert role["job_ready_phases"] == ready, role
        assert (role["weeks_min"], role["weeks_max"]) == _weeks(role["slug"], ready, 10), role
        assert "to be job-ready" in role["reason"], role["reason"]


def test_a_goal_past_a_first_job_is_the_whole_roadmap_as_the_generator_reads_it(client: Client) -> None:
    found = _finder(client, goal="become a senior data analyst", hours_per_week=10, purpose="job")
    analyst = _pick(found, "data-analyst")
    assert analyst["job_ready_phases"] is None
    assert (analyst["weeks_min"], analyst["weeks_max"]) == _weeks("data-analyst", None, 10)
    assert "senior preparation included" in analyst["reason"], analyst["reason"]
    generated = client.post(
        "/api/v1/roadmaps/generate",
        json.dumps({"goal": "become a senior data analyst"}),
        content_type="application/json",
    ).json()
    assert generated["scope"] == [], "the generator keeps the whole roadmap too"


def test_a_hobby_and_freelance_keep_their_estimates(client: Client) -> None:
    for purpose in ("hobby", "freelance"):
        analyst = _pick(_finder(client, goal="data analyst", hours_per_week=10, purpose=purpose), "data-analyst")
        assert analyst["job_ready_phases"] is None, purpose
        assert "job-ready" not in analyst["reason"], analyst["reason"]


def test_the_finder_page_and_the_cli_say_the_job_ready_estimate(client: Client) -> None:
    low, high = _weeks("data-analyst", _job_ready("data-analyst"), 10)
    whole_low, whole_high = _weeks("data-analyst", None, 10)
    page = html.unescape(
        client.get("/finder", {"goal": "become a data analyst", "hours": "10", "purpose": "job"}).content.decode()
    )
    said = f"About {low}–{high} weeks at 10 h/week to be job-ready"
    assert said in text(page), text(page)
    assert f"{whole_low}–{whole_high} weeks for the whole roadmap" in text(page)
    result = CliRunner().invoke(
        app, ["finder", "--goal", "become a data analyst", "--known", "", "--hours", "10", "--purpose", "job"]
    )
    assert result.exit_code == 0, result.output
    assert said in " ".join(result.output.split()), result.output


@pytest.mark.parametrize("purpose", ["hobby", "job", "freelance"])
@pytest.mark.parametrize("goal", ["make games on my phone", "make mobile games", "i want to make phone games"])
def test_games_on_a_phone_are_games(client: Client, goal: str, purpose: str) -> None:
    found = _finder(client, goal=goal, hours_per_week=3, purpose=purpose)
    picks = [r["slug"] for r in found["recommendations"]]
    assert picks[:1] == ["game-developer"], (picks, found["message"])
    assert not {"flutter", "kotlin", "swiftui", "react-native"} & set(picks), picks
    assert "Mobile games" in found["message"], found["message"]
    assert found["interpretation"]["meanings"][0]["how"] == "synonym", "our reading, with its Undo"


def test_games_on_a_phone_read_word_by_word_when_undone(client: Client) -> None:
    said = _finder(client, goal="make games on my phone", hours_per_week=3, purpose="hobby")
    phrase = said["interpretation"]["meanings"][0]["said"]
    undone = _finder(client, goal="make games on my phone", hours_per_week=3, purpose="hobby", plain=[phrase])
    assert "Mobile games" not in undone["message"], undone["message"]


def test_the_finder_page_and_the_cli_offer_games_on_a_phone() -> None:
    page = Client().get("/finder", {"goal": "make games on my phone", "hours": "3", "purpose": "hobby"})
    # the first catalog roadmap, after the one generated for the goal (`/roadmaps/generate?...`)
    first = re.search(
        r'<ol class="recommendations">.*?<a href="/roadmaps/(?!generate\?)([\w-]+)', page.content.decode(), re.S
    )
    assert first is not None, text(page.content.decode())
    assert first.group(1) == "game-developer", text(page.content.decode())
    result = CliRunner().invoke(
        app, ["finder", "--goal", "make games on my phone", "--known", "", "--hours", "3", "--purpose", "hobby"]
    )
    assert result.exit_code == 0, result.output
    assert "1. Mobile games (built for your goal): " in result.output, result.output
    assert "2. Game Developer: " in result.output, result.output


def test_senior_in_the_goal_is_read_as_aiming_past_a_first_job_not_searched_for() -> None:
    found = _finder(Client(), goal="become a senior data analyst", hours_per_week=10, purpose="job")
    # before: "We searched for “senior”, which name nothing on their own", beside a card that read it
    assert "senior" not in found["not_understood"]
    assert "We searched for" not in found["message"]
    assert "We read “senior” as aiming past a first job: the whole roadmap counts." in found["message"]


@pytest.mark.parametrize(
    ("goal", "first", "came_from"),
    [
        ("switch from teaching to devops", "devops", "teaching"),
        ("moving from customer support into data analysis", "data-analyst", "customer support"),
    ],
)
def test_where_a_move_starts_is_the_background_in_the_finder_too(goal: str, first: str, came_from: str) -> None:
    found = _finder(Client(), goal=goal, hours_per_week=10, purpose="job")
    picks = [r["slug"] for r in found["recommendations"]]
    assert picks[0] == first, picks  # before: QA Engineer first for "switch from qa to devops"
    assert "qa-engineer" not in picks
    assert f"“{came_from}”: your background, not what to learn." in found["message"]
    assert came_from not in found["not_understood"]
