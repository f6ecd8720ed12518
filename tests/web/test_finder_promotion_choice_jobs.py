"""A promotion that names no job, asked of the finder as learners ask it, on the shipped catalog.

"i want to get promoted" was asked which field, and each field's link sent the field alone (`/finder?goal=web`), so
the promotion the learner asked for was gone one click later. Now the finder asks which job the promotion is in, each
link the promotion in that job ("get promoted as a Backend Developer"), as the generator's choice page links them.
"promotion to senior dev" said "We did not understand “senior”", the level the promotion is to: it is read with it.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


def test_a_promotion_with_no_job_asks_which_job_and_each_answer_keeps_it() -> None:
    found = finder_answer("i want to get promoted", "job")
    keys = [c["key"] for c in found["follow_up"]["choices"]]
    assert "get promoted as a Backend Developer" in keys
    assert "get promoted as an Android Developer" in keys
    assert "web" not in keys
    assert "mobile" not in keys
    assert "engineering manager" in keys  # to lead a team instead, as before
    # the answer chosen is the promotion in that job
    chosen = finder_answer("get promoted as an Android Developer", "job")
    assert finder_picks(chosen)[0] == "android"
    assert chosen["recommendations"][0]["promoted_from"] is not None


def test_the_finder_page_links_the_promotion_in_each_job() -> None:
    response = Client().get("/finder", {"goal": "i want to get promoted", "purpose": "job"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "goal=get+promoted+as+a+Backend+Developer" in html
    assert "goal=web&" not in html
    page = text(response.content)
    assert "Which job are you promoted in?" in page
    assert "As an iOS Developer (the promotion in it" in page  # never "IOS Developer"
    assert page.count("Engineering Manager") == 2  # the manager's route, said and offered once


def test_the_command_line_offers_the_promotion_in_each_job() -> None:
    result = runner.invoke(app, ["finder", "--goal", "i want to get promoted", "--purpose", "job", "--hours", "10"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "--goal 'get promoted as a Backend Developer'" in flat
    assert "--goal web " not in flat


def test_a_promotion_to_a_level_says_the_level_as_read() -> None:
    found = finder_answer("promotion to senior dev", "job")
    assert "We did not understand" not in found["message"]
    assert found["not_understood"] == []
    assert "We read “promotion to senior” as a promotion" in found["message"]
    keys = [c["key"] for c in found["follow_up"]["choices"]]
    assert "promotion to senior as a Backend Developer" in keys


def test_a_promotion_as_a_mobile_developer_asks_which_mobile_job() -> None:
    found = finder_answer("get promoted as a mobile developer", "job")
    keys = [c["key"] for c in found["follow_up"]["choices"]] if found["follow_up"] else []
    assert "get promoted as an Android Developer" in keys
    assert "get promoted as an iOS Developer" in keys
    assert "Career development" not in found["message"]
    assert "which the field names several of (Android Developer and iOS Developer)" in found["message"]
