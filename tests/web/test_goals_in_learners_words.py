"""Goals as learners type them, read as a mentor would, each reading said and undoable.

Before:
- "python security job" was Secure coding in Python alone (about 60 hours): "python security" is that topic's alias,
  and the job word had nothing to cut; "python cloud job" was already Python and Cloud Engineer.
- "make a web page" was refused ("it names a field"), and "learn to code web pages" was the whole Frontend Developer
  roadmap (568 hours) with "pages" not understood, where "make a webpage" was a small website (about 93 hours); the
  finder gave "make a portfolio website" only the whole roadmaps, though `generate` builds that small website.
- "coding for web design" was UX Design merged with HTML & CSS (490 hours, Figma and user research first).
- `generate` dropped "at work" unsaid: "learn python at work" was the whole Python roadmap, where "learn python for my
  job" is Python up to its Junior level and the finder read "at work" as the job the learner has.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, generated, reading_of

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


@pytest.mark.parametrize("goal", ["python security job", "i want a python security job"])
def test_a_language_before_a_fields_job_is_that_fields_job_not_the_topic_the_two_words_name(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"].startswith("Python and Cyber Security"), roadmap["title"]
    assert "cyber-security" in [cut["roadmap"] for cut in roadmap["scope"]]
    reading = reading_of(roadmap, "security job")
    assert [m["key"] for m in reading["means"]] == ["cyber-security"]
    (note,) = [n for n in roadmap["notes"] if n.startswith("“security job” with Python")]
    assert "“python security” alone is Secure coding in Python: undo “security job” to have it read so" in note


def test_undoing_the_fields_job_reads_the_two_words_together_again() -> None:
    roadmap = generated("python security job", plain=["security job"])
    assert roadmap["title"] == "Secure coding in Python", roadmap["title"]
    assert [u["said"] for u in roadmap["understood"]] == ["python security"]


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("make a web page", "web page"),
        ("learn to code web pages", "web pages"),
        ("i want to make web pages", "web pages"),
    ],
)
def test_a_web_page_is_a_small_website_not_a_frontend_job(goal: str, said: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "A small website", roadmap["title"]
    assert roadmap["total_hours"] < 150, roadmap["total_hours"]
    assert roadmap["not_understood"] == []
    assert "html" in {m["key"] for m in reading_of(roadmap, said)["means"]}
    undone = generate_answer(goal, plain=[said])[1]
    assert undone.get("title") != "A small website"


@pytest.mark.parametrize("goal", ["make a portfolio website", "make a web page"])
def test_the_finder_puts_the_small_website_built_for_the_goal_first(goal: str) -> None:
    found = finder_answer(goal, purpose="hobby")
    assert found["tailored"] is not None, found["message"]
    assert found["tailored"]["title"] == "A small website"
    assert found["generate"] == goal
    assert finder_picks(found)[0] == "html-css"
    assert "longer than A small website" in found["recommendations"][0]["reason"]
    assert "The roadmap built for it, A small website, comes first" in found["message"]


@pytest.mark.parametrize("goal", ["coding for web design", "learn to code for web design"])
def test_coding_for_web_design_is_html_and_css_with_ux_design_offered(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "HTML & CSS", roadmap["title"]
    reading = reading_of(roadmap, goal)
    assert [m["key"] for m in reading["means"]] == ["html-css"]
    (note,) = [n for n in roadmap["notes"] if n.startswith(f"“{goal}”")]
    assert "UX Design" in note
    assert "write “ux design”" in note
    undone = generated(goal, plain=[goal])
    assert "UX Design" in undone["title"], undone["title"]


def test_learning_python_at_work_is_python_up_to_junior_for_the_job_they_have_as_for_my_job() -> None:
    at_work, for_my_job = generated("learn python at work"), generated("learn python for my job")
    assert at_work["total_hours"] == for_my_job["total_hours"]
    assert at_work["scope"][0]["phases"] == for_my_job["scope"][0]["phases"] == 4
    assert "Python up to its Junior level, for your job" in reading_of(at_work, "at work")["means"][0]["name"]
    whole = generated("learn python at work", plain=["at work"])
    assert whole["scope"] == []
    assert whole["total_hours"] > at_work["total_hours"]


def test_generate_says_at_work_as_the_finder_does_with_its_undo() -> None:
    goal = "automate boring stuff at work"
    roadmap = generated(goal)
    reading = reading_of(roadmap, "at work")
    assert reading["how"] == "background"
    assert reading["means"][0]["name"].startswith("the job you have, not a new one")
    found = finder_answer(goal)
    (said,) = [r for r in found["goal_known"] if r["said"] == "at work"]
    assert said["means"] == reading["means"]
    assert "at work" not in [u["said"] for u in generated(goal, plain=["at work"])["understood"]]


def test_the_cli_says_at_work_and_how_to_undo_it() -> None:
    result = runner.invoke(app, ["generate", "automate boring stuff at work"])
    assert result.exit_code == 0, result.output
    assert "“at work” → the job you have, not a new one" in result.output
    assert "--plain 'at work'" in result.output


@pytest.mark.parametrize(
    "goal", ["python security engineer job", "python security engineer", "i want a job as a python security engineer"]
)
def test_a_language_before_a_fields_role_is_that_role_not_the_topic_the_first_two_words_name(goal: str) -> None:
    roadmap = generated(goal)
    # was Secure coding in Python alone, about 60 hours
    assert roadmap["title"].startswith("Python and Cyber Security"), roadmap["title"]
    assert [m["key"] for m in reading_of(roadmap, "security engineer")["means"]] == ["cyber-security"]
    assert any("“python security” alone is Secure coding in Python" in n for n in roadmap["notes"]), roadmap["notes"]


def test_undoing_the_fields_role_reads_the_two_words_together_again() -> None:
    roadmap = generated("python security engineer job", plain=["security engineer"])
    assert "Secure coding in Python" in {m["name"] for u in roadmap["understood"] for m in u["means"]}


def test_the_cli_reads_python_security_engineer_job_as_the_security_role() -> None:
    result = runner.invoke(app, ["generate", "python security engineer job"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "“security engineer” → Cyber Security" in said
    assert "“python security” alone is Secure coding in Python: undo “security engineer” to have it read so" in said
    undone = runner.invoke(app, ["generate", "python security engineer job", "--plain", "security engineer"])
    assert "“python security” → Secure coding in Python" in " ".join(undone.output.split())


@pytest.mark.parametrize("goal", ["python security job", "python security engineer job"])
def test_the_finder_reads_a_python_security_job_as_the_generator_does(goal: str) -> None:
    found = finder_answer(goal)
    assert "cyber-security" in finder_picks(found)[:2], finder_picks(found)
    assert "secure-coding" not in finder_picks(found)[:1]
