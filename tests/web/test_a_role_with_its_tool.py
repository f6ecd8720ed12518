"""A role named with a language or tool it is done with is that role, as asked, with the tool taken in it.

"data engineer with python" answered Data Engineer cut to its foundations (phases up to Junior) beside Python's, 364 h,
with a note to list them side by side to learn each in full: the learner who wants to become a data engineer, working
in Python, got only the start of the job they named. So did "data engineering with spark" (298 h) and "data
engineering using python and spark". Now the role is read as asked (whole, or cut where its own words cut it:
"become" is up to the job-ready milestone), and the tool in it: what the role's roadmap teaches already is said so
("Data Engineer teaches Python as it goes"), what it does not is added beside it. Said and undoable; "data engineer and
python" (side by side) keeps its meaning.
"""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, generated_page, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()

_BESIDE = "Beside each other, Data Engineer"


@pytest.mark.parametrize(
    ("goal", "title", "said", "taught"),
    [
        ("data engineer with python", "Data Engineer with Python", "with python", "Data Engineer teaches Python"),
        (
            "data engineering with spark",
            "Data Engineer with Apache Spark and PySpark",
            "with spark",
            "Data Engineer teaches Apache Spark and PySpark",
        ),
        (
            "data engineering using python and spark",
            "Data Engineer with Python and Apache Spark and PySpark",
            "using python and spark",
            "Data Engineer teaches Python and Apache Spark and PySpark",
        ),
        ("data engineer in python", "Data Engineer with Python", "in python", "Data Engineer teaches Python"),
    ],
)
def test_the_role_is_whole_and_teaches_the_tool_it_is_done_with(goal: str, title: str, said: str, taught: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title  # before: "Data Engineer and Python", the role cut to its foundations
    notes = " ".join(body["notes"])
    assert _BESIDE not in notes
    assert taught in notes
    topics = topics_taught(body)
    assert {"kafka-streaming", "data-platform-architecture"} <= topics  # past Junior: the whole role
    assert "python-internals" not in topics  # no second roadmap of Python's own
    reading = next(u for u in body["understood"] if u["said"] == said)
    assert reading["how"] == "synonym"  # a reading that says more than the words: undoable


def test_a_job_goal_with_a_tool_is_cut_where_the_job_is_not_at_the_foundations() -> None:
    status, body = generate_answer("become a data engineer with python")
    assert status == 201, body
    assert body["title"] == "Data Engineer with Python"
    assert [(s["roadmap"], s["kind"]) for s in body["scope"]] == [("data-engineer", "job")]
    assert _BESIDE not in " ".join(body["notes"])
    assert "Beside each other" not in " ".join(body["notes"])  # before: Python cut beside the job
    assert {"data-lakehouse", "apache-spark"} <= topics_taught(body)  # phase 5, the job-ready milestone


def test_a_tool_the_role_does_not_teach_in_full_is_added_to_the_whole_role() -> None:
    status, body = generate_answer("devops with kubernetes")
    assert status == 201, body
    assert body["title"] == "DevOps Engineer with Kubernetes"  # as "kubernetes engineer" is titled
    topics = topics_taught(body)
    assert {"platform-engineering", "policy-as-code"} <= topics  # DevOps Engineer's senior phases: whole
    notes = " ".join(body["notes"])
    assert "Beside each other, DevOps Engineer" not in notes
    assert "DevOps Engineer does not teach all of Kubernetes, so the foundations of Kubernetes" in notes
    assert "Beside each other" not in notes  # one note says what was made of each


def test_side_by_side_keeps_its_meaning() -> None:
    status, body = generate_answer("data engineer and python")
    assert status == 201, body
    assert body["title"] == "Data Engineer and Python"
    assert "python-async" in topics_taught(body)  # Python whole too
    assert not any(u["said"].startswith("and") for u in body["understood"])


def test_the_reading_is_undone_as_typed() -> None:
    status, body = generate_answer("data engineer with python", plain=["with python"])
    assert status == 201, body
    assert body["title"] == "Data Engineer and Python"  # as before: each a subject beside the other
    assert _BESIDE in " ".join(body["notes"])
    assert body["plain"] == ["with python"]


def test_the_page_says_it_with_its_undo() -> None:
    page = generated_page("data engineer with python")
    assert "Data Engineer with Python" in page
    assert "“with python” → Python" in page
    assert "Data Engineer teaches Python as it goes" in page
    client = Client()
    started = client.get("/roadmaps/generate", {"goal": "data engineer with python"})
    html = client.get(started["Location"]).content.decode()
    assert 'aria-label="Undo: read “with python” as typed"' in html
    assert "plain=with+python" in html or "plain=with%20python" in html
    assert _BESIDE not in text(html)


def test_the_command_line_says_it_too() -> None:
    result = runner.invoke(app, ["generate", "data engineer with python"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“with python” → Python" in flat
    assert "Data Engineer teaches Python as it goes" in flat
    assert "Data Engineer with Python Roadmap" in flat
    assert _BESIDE not in flat
    undone = runner.invoke(app, ["generate", "data engineer with python", "--plain", "with python"])
    assert undone.exit_code == 0, undone.output
    assert _BESIDE in " ".join(undone.output.split())


def test_a_tool_named_by_the_catalog_says_no_other_engine() -> None:
    status, body = generate_answer("data engineer with python")
    assert status == 201, body
    assert "teaches another engine" not in " ".join(body["notes"])


@pytest.mark.parametrize(
    ("goal", "first"),
    [
        ("data engineer with python", "data-engineer"),
        ("data engineering with spark", "data-engineer"),
        ("data engineering using python and spark", "data-engineer"),
        ("devops with kubernetes", "devops"),
    ],
)
def test_the_finder_puts_the_role_first(goal: str, first: str) -> None:
    assert finder_picks(finder_answer(goal))[0] == first


@pytest.mark.parametrize(
    ("goal", "said"), [("game developer with unity", "with unity"), ("game dev using unity", "using unity")]
)
def test_a_game_developer_with_unity_is_the_whole_role_with_its_own_engine(goal: str, said: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    status, whole = generate_answer("game developer")
    assert status == 201, whole
    # before: "Game Developer and Unity games", 450 h of Game Developer's 560 cut to its foundations beside Unity
    assert body["title"] == "Game Developer with Unity"  # before: "with Unity fundamentals", the topic's level
    assert body["total_hours"] == whole["total_hours"]
    assert topics_taught(body) == topics_taught(whole)  # its career phase too, never cut beside its own engine
    notes = " ".join(body["notes"])
    assert "Game Developer teaches Unity fundamentals as it goes" in notes
    assert "Beside each other" not in notes
    assert "another engine's path" not in notes  # the common goal's note, of Unity games beside the roadmap
    # its senior phase is Unreal's, not engine-neutral: it stays, and is said (it was kept unsaid)
    assert "Unreal Engine and C++" in [p["title"] for p in body["phases"]]
    assert (
        "Game Developer's phase “Unreal Engine and C++” teaches another engine than Unity: it stays, as Game "
        "Developer moves on to it for its later work" in notes
    )
    reading = next(u for u in body["understood"] if u["said"] == said)
    assert [m["name"] for m in reading["means"]] == ["Unity fundamentals"]
    assert reading["how"] == "synonym"
    status, undone = generate_answer(goal, plain=[said])
    assert status == 201, undone
    assert said not in [u["said"] for u in undone["understood"]]  # as typed: "unity" is an alias of Game Developer
    assert "Undo “" + said + "” to read it as typed" in notes


_UNREAL = {"unreal-engine-fundamentals", "unreal-cpp-gameplay", "cpp-syntax-types"}


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("c# game dev job", "c# game dev"),  # was Unity games, a 167 h topic bundle
        ("unity developer job", "unity developer"),
        ("i want a job as a unity developer", "unity developer"),
        ("c# game developer job", "c# game developer"),
    ],
)
def test_a_job_making_games_in_unity_or_c_sharp_is_the_game_developer_role_in_unity(goal: str, said: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"].startswith("Game Developer"), body["title"]
    assert [cut["roadmap"] for cut in body["scope"]] == ["game-developer"]  # up to its job-ready milestone
    taught = topics_taught(body)
    assert {"unity-fundamentals", "csharp-basics", "2d-game-development", "multiplayer-networking"} <= taught
    assert not taught & _UNREAL  # Unreal and C++ come after the first job
    reading = next(u for u in body["understood"] if u["said"] == said)
    assert [m["key"] for m in reading["means"]] == ["game-developer"]
    assert any(n.startswith(f"“{said}”") and "Unity" in n for n in body["notes"]), body["notes"]
    status, undone = generate_answer(goal, plain=[said])
    assert status == 201, undone
    # as typed: no curated reading ("unity developer" is Game Developer's own alias, so it may still read as it)
    assert all(u["how"] != "synonym" for u in undone["understood"] if u["said"] == said), undone["understood"]


@pytest.mark.parametrize("goal", ["c# game developer", "unity game developer"])
def test_a_unity_or_c_sharp_game_developer_is_the_role_said_with_its_engine(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"].startswith("Game Developer"), body["title"]  # was Unity games, 167 h
    assert "unity-fundamentals" in topics_taught(body)


@pytest.mark.parametrize("goal", ["make a game in c#", "unity", "learn unity"])
def test_a_game_in_unity_is_still_the_unity_games_path(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Unity games", body["title"]


def test_the_cli_reads_a_c_sharp_game_dev_job_as_game_developer() -> None:
    result = runner.invoke(app, ["generate", "c# game dev job"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "“c# game dev” → Game Developer" in said
    assert "--plain 'c# game dev'" in said


def test_a_game_developer_with_godot_is_the_whole_role_with_godot_in_unity_s_place() -> None:
    status, body = generate_answer("game developer with godot")
    assert status == 201, body
    status, whole = generate_answer("game developer")
    assert status == 201, whole
    # before: "Game Developer and Godot games", Game Developer cut to its foundations beside it (360 h)
    assert body["title"] == "Game Developer with Godot Engine"
    taught = topics_taught(body)
    assert "godot-fundamentals" in taught
    assert "unity-fundamentals" not in taught
    assert "game-portfolio-career" in taught  # the whole role, its career phase too
    assert taught - {"godot-fundamentals"} == topics_taught(whole) - {"unity-fundamentals"}
    notes = " ".join(body["notes"])
    assert "Godot Engine fundamentals takes the place of Unity fundamentals" in notes
    assert "The catalog's later engine lessons use Unity" in notes  # said plainly, never hidden
    assert "phase “Unreal Engine and C++” teaches another engine than Godot Engine: it stays" in notes
    assert "Beside each other" not in notes
    left = {s["id"]: s["reason"] for s in body["skipped"]}
    assert left["unity-fundamentals"].startswith("Godot Engine fundamentals takes its place")
    status, undone = generate_answer("game developer with godot", plain=["with godot"])
    assert status == 201, undone
    assert "unity-fundamentals" in topics_taught(undone)


@pytest.mark.parametrize(
    ("goal", "gone", "placed"),
    [
        ("game developer with godot", "Unity", "godot-fundamentals"),
        ("frontend without react", "React", "vue-components"),
    ],
)
def test_no_phase_is_titled_or_said_after_the_tool_the_learner_put_out_of_it(goal: str, gone: str, placed: str) -> None:
    """ "game developer with godot": Godot's fundamentals were learnt in the phase titled "First games in Unity", and
    the note said that phase "teaches another engine than Godot Engine: it stays"; the phase that holds the tool in
    the left-out one's place is titled for what it teaches, and is never the other engine's."""
    status, body = generate_answer(goal)
    assert status == 201, body
    holding = [p for p in body["phases"] if placed in {s["topic"] for s in p["core_skills"]}]
    assert holding, f"{placed} is taught"
    for phase in holding:
        assert gone not in phase["title"], phase["title"]
    assert f"phase “First games in {gone}” teaches another engine" not in " ".join(body["notes"])
