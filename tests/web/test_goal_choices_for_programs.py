"""A goal that leaves a choice, as programs read it: the API's answer and `--json` on the command line.

"web developer" names several jobs and "how do i get promoted to senior dev" a promotion in no named job: the page
offers each roadmap (a promotion kept in each job's link). The API answered both with `detail` "no roadmap for
`web developer`", as if nothing had matched, and bare slugs: a script could not tell a choice from a goal nothing
matched, and the promotion was lost in every slug. `roadmapfinder generate ... --json` printed nothing on stdout
for a choice or any other error, though `--json` promises the API's shape. Now the API says the choice and lists
each roadmap by name with the goal that keeps what was asked, and `--json` prints that same body.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, generate_answer, generated

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
GENERATE = "/api/v1/roadmaps/generate"


def test_a_job_several_roadmaps_share_is_a_choice_by_name_not_no_roadmap() -> None:
    status, body = generate_answer("web developer")
    assert status == 404, body  # no roadmap was made: the learner chooses first
    check_openapi(GENERATE, 404, body, method="post")
    assert body["detail"] == "`web developer` leaves a choice to make before a roadmap"
    names = [(c["key"], c["name"]) for c in body["choices"]]
    assert ("frontend", "Frontend Developer") in names, names
    assert ("backend", "Backend Developer") in names, names
    assert [c["key"] for c in body["choices"]] == body["suggestions"]
    assert all(c["kind"] == "roadmap" and c["said"] == "web developer" for c in body["choices"])
    assert all(c["goal"] == "" for c in body["choices"])  # each is the roadmap as it is


def test_a_promotion_in_no_named_job_keeps_the_promotion_in_each_choice() -> None:
    status, body = generate_answer("how do i get promoted to senior dev")
    assert status == 404, body
    check_openapi(GENERATE, 404, body, method="post")
    goals = {c["name"]: c["goal"] for c in body["choices"]}
    assert goals["Backend Developer"] == "get promoted to senior as a Backend Developer", goals
    assert goals["Engineering Manager"] == ""  # leading a team instead: that roadmap as it is
    chosen, roadmap = generate_answer(goals["Backend Developer"])
    assert chosen == 201, roadmap
    assert "Backend" in roadmap["title"]


def test_generate_json_prints_the_choice_as_the_api_answers_it() -> None:
    result = runner.invoke(app, ["generate", "web developer", "--json"])
    assert result.exit_code == 1  # no roadmap made, as without --json
    assert json.loads(result.stdout) == generate_answer("web developer")[1]
    assert "leaves a choice to make" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "sdfsdf qwe", "--json"],
        ["show", "bakend", "--json"],
        ["plan", "backend", "--hours", "200", "--json"],
    ],
)
def test_every_error_under_json_is_json_on_stdout_and_words_on_stderr(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    body = json.loads(result.stdout)  # before: stdout was empty
    assert body["detail"]
    assert body["detail"] in result.stderr
    assert set(body) >= {"detail", "hint", "suggestions"}


@pytest.mark.parametrize(
    ("goal", "title"),
    [
        ("backend web developer", "Backend Developer"),
        ("frontend javascript developer", "Frontend Developer"),
        ("fullstack javascript developer", "Full-Stack Developer"),
    ],
)
def test_a_shared_job_title_beside_the_job_chosen_asks_no_choice(goal: str, title: str) -> None:
    # "backend web developer" was Backend Developer with a note saying "“web developer” is the name of several jobs
    # ... choose one and say it in your goal": the goal had said it
    roadmap = generated(goal)
    assert roadmap["title"] == title
    assert not [n for n in roadmap["notes"] if "choose one and say it in your goal" in n]
