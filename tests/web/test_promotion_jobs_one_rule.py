"""A promotion that names a field, or no job, read by the generator as the finder reads it, on the shipped catalog.

"get promoted as a mobile developer" was, in the finder, a question among the field's jobs (Android Developer and iOS
Developer), each the promotion in it; the generator refused it as a field ("it names a field: choose a roadmap in it
(Flutter, React Native, iOS Developer)"), offering skill roadmaps whole and dropping the promotion. And "i want to
get promoted" was offered 25 jobs in the finder (Cyber Security, Penetration Tester, Technical Writer...) and four in
the generator. Now both read a field's promotion as a choice among its jobs, and a promotion with no job among the
same short list of the jobs most developers hold, with a way to name another.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def _offered(goal: str) -> dict[str, str]:
    """The generator page's offered roadmaps for a goal: each title and the goal its link asks (or its path)."""
    response = Client().get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 200, text(response.content)[:400]
    assert f"“{goal}”: choose where to start" in text(response.content)
    listed = re.search(r'<ul class="suggestions">(.*?)</ul>', response.content.decode(), re.S)
    assert listed is not None
    offered = {}
    for href, title in re.findall(r'<a href="([^"]+)">([^<]+)</a>', listed.group(1)):
        query = parse_qs(urlsplit(href.replace("&amp;", "&")).query)
        offered[title] = query["goal"][0] if "goal" in query else href
    return offered


def test_the_generator_asks_which_mobile_job_and_keeps_the_promotion() -> None:
    status, body = generate_answer("get promoted as a mobile developer")
    assert status == 404, body  # the API's refusal of a choice, as for "i want to get promoted"
    assert body["suggestions"] == ["android", "ios"]
    assert "We read “get promoted” as a promotion" in body["hint"]
    assert "(Android Developer and iOS Developer)" in body["hint"]
    assert "Flutter" not in body["hint"]
    assert _offered("get promoted as a mobile developer") == {
        "Android Developer": "get promoted as an Android Developer",
        "iOS Developer": "get promoted as an iOS Developer",
    }


def test_the_command_line_offers_each_mobile_jobs_promotion() -> None:
    result = runner.invoke(app, ["generate", "get promoted as a mobile developer"])
    assert result.exit_code == 1, result.output
    flat = " ".join(result.output.split())
    assert "to choose: `get promoted as a mobile developer` leaves a choice" in flat
    assert "choose from: Android Developer, iOS Developer" in flat
    assert "roadmapfinder generate 'get promoted as an Android Developer'" in flat
    assert "roadmapfinder generate 'get promoted as an iOS Developer'" in flat
    followed = runner.invoke(app, ["generate", "get promoted as an Android Developer"])
    assert followed.exit_code == 0, followed.output
    assert "past its job-ready milestone, from the job you have" in " ".join(followed.output.split())


def test_a_promotion_in_web_misspelt_is_the_web_jobs_promotion() -> None:
    offered = _offered("get promted in web")
    assert offered["Backend Developer"] == "get promted as a Backend Developer"
    assert "ASP.NET Core" not in offered
    _, body = generate_answer("get promted in web")
    assert "We read “get promted” (“promted” as “promoted”) as a promotion" in body["hint"]


def test_a_promotion_with_no_job_offers_one_short_list_in_both() -> None:
    found = finder_answer("i want to get promoted", "job")
    in_finder = [c["key"] for c in found["follow_up"]["choices"]]
    in_generator = list(_offered("i want to get promoted").values())
    assert in_finder[:-1] == in_generator[:-1]  # the same jobs, in the same order
    assert in_finder[0] == "get promoted as a Software Engineer"
    assert "get promoted as an Android Developer" in in_finder
    assert "get promoted as a Penetration Tester" not in in_finder
    assert len(in_finder) <= 9
    # the manager's route last, in each as each links it
    assert in_finder[-1] == "engineering manager"
    assert in_generator[-1] == "/roadmaps/engineering-manager"
    # a job not listed is named in words, and read so
    assert "Name yours, as in “get promoted as a QA Engineer”" in found["message"]
    named = finder_answer("get promoted as a QA Engineer", "job")
    assert named["recommendations"][0]["slug"] == "qa-engineer"
    assert named["recommendations"][0]["promoted_from"] is not None
