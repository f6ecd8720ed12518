"""A misspelt tool is read as its name, said so, and its Undo on every surface gives back the learner's word as typed.

"pyhton" and "javscript" were said ("“pyhton” → Python (read as “python”)") with an Undo that worked, but "kubernets"
was read as Kubernetes silently: Snowball stems "kubernets" and "kubernetes" alike ("kubernet"), so it passed for
the name itself, with no "read as", no Undo on the page, no `--plain` hint, and `plain=kubernets` read Kubernetes
again through the stem, so the undo undid nothing. Now it is a spelling fix like any other, and undone it names
nothing, as an undone "pyhton" names nothing.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, generate_answer, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
MISSPELT = [
    ("pyhton", "python", "Python"),
    ("javscript", "javascript", "JavaScript"),
    ("kubernets", "kubernetes", "Kubernetes"),
]


@pytest.mark.parametrize(("typed", "meant", "name"), MISSPELT)
def test_the_api_says_the_fix_and_its_undo_gives_back_the_word_as_typed(typed: str, meant: str, name: str) -> None:
    status, body = generate_answer(f"learn {typed}")
    assert status == 201, body
    assert [(u["said"], u["how"], u["corrected"]) for u in body["understood"]] == [(typed, "spelling", meant)]
    assert body["title"] == name
    undone_status, undone = generate_answer(f"learn {typed}", plain=[typed])
    assert undone_status == 404, undone.get("title")  # before, for "kubernets": Kubernetes again
    assert f"the catalog has no roadmap or topic named “{typed}”" in undone["hint"]


@pytest.mark.parametrize(("typed", "meant", "name"), MISSPELT)
def test_the_pages_undo_link_reads_the_word_as_typed(typed: str, meant: str, name: str) -> None:
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": f"learn {typed}"})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert f"“{typed}” → {name} (read as “{meant}”) Undo" in text(page.content)
    undo = re.search(r'href="([^"]*plain=' + typed + r'[^"]*)"', page.content.decode())
    assert undo, "an Undo link for the fix"  # before, for "kubernets": none
    undone = client.get(undo.group(1).replace("&amp;", "&"))
    assert undone.status_code == 404
    assert f"The catalog has no roadmap or topic named “{typed}”" in text(undone.content)


@pytest.mark.parametrize(("typed", "meant", "name"), MISSPELT)
def test_the_cli_says_the_fix_and_how_to_undo_it(typed: str, meant: str, name: str) -> None:
    result = runner.invoke(app, ["generate", f"learn {typed}"])
    assert result.exit_code == 0, result.output
    assert f"“{typed}” → {name} (read as “{meant}”)" in result.stderr
    assert f"Add --plain {typed} to read it as typed" in result.stderr


def test_one_undo_takes_back_only_its_own_fix() -> None:
    _, both = generate_answer("learn kubernets and dockr")
    assert both["title"] == "Kubernetes and Docker"
    _, undone = generate_answer("learn kubernets and dockr", plain=["kubernets"])
    assert undone["title"] == "Docker"
    assert undone["not_understood"] == ["kubernets"]  # exactly what was typed, minus that reading


def test_the_finder_says_the_fix_and_undoes_it() -> None:
    found = finder_answer("learn kubernets")
    assert [(m["said"], m["how"]) for m in found["interpretation"]["meanings"]] == [("kubernets", "spelling")]
    undone = finder_answer("learn kubernets", plain=["kubernets"])
    assert not undone["interpretation"]["meanings"]


def test_the_name_with_an_ending_is_still_the_name() -> None:
    for goal, title in [("kubernetes", "Kubernetes"), ("microservices", "Monoliths and microservices")]:
        _, body = generate_answer(goal)
        assert body["title"] == title
        assert all(u["how"] != "spelling" for u in body["understood"]), body["understood"]


def test_a_misspelt_tool_beside_a_role_says_its_fix_and_its_undo_promises_what_it_gives() -> None:
    """ "with pyhton" of "become a data analyst with pyhton" was “with pyhton” → Python, the fix unsaid (its own line
    gave way to the role's tool reading), and the note promised "Undo “with pyhton” to read Python as a second
    subject", while the undo, which takes back the fix with the reading, gave Data Analyst with “pyhton” not
    understood."""
    goal = "become a data analyst with pyhton"
    _, body = generate_answer(goal)
    assert ("with pyhton", "synonym", "with python") in [
        (u["said"], u["how"], u["corrected"]) for u in body["understood"]
    ]
    note = next(n for n in body["notes"] if n.startswith("“with pyhton”"))
    assert note.endswith("Undo “with pyhton” to read it as typed."), note
    _, undone = generate_answer(goal, plain=["with pyhton"])
    assert undone["title"] == "Data Analyst"
    assert undone["not_understood"] == ["pyhton"]  # as typed, as the note says
    result = runner.invoke(app, ["generate", goal])
    assert "“with pyhton” → Python (read as “with python”)" in result.stderr


def test_a_misspelt_tool_the_goal_says_is_known_says_its_fix() -> None:
    """ "i know pyhton and want to learn django" read “i know pyhton” → what you know: Python basics, the fix unsaid:
    the clause's reading took the place of the word's own line, which said it."""
    goal = "i know pyhton and want to learn django"
    _, body = generate_answer(goal)
    assert ("i know pyhton", "known", "i know python") in [
        (u["said"], u["how"], u["corrected"]) for u in body["understood"]
    ]
    client = Client()
    page = client.get(client.get("/roadmaps/generate", {"goal": goal})["Location"])
    assert "“i know pyhton” → what you know: Python basics (read as “i know python”) Undo" in text(page.content)
    _, undone = generate_answer(goal, plain=["i know pyhton"])
    assert undone["not_understood"] == ["pyhton"]  # the whole reading taken back, its fix with it


@pytest.mark.parametrize(("typed", "meant", "name"), MISSPELT[:2])
def test_a_misspelt_tool_in_what_you_know_says_its_fix_and_undoes_it_on_the_page(
    typed: str, meant: str, name: str
) -> None:
    """A misspelt tool in the "what you know" box ("pyhton") was read as Python basics with no "(read as “python”)"
    on the generated page, and its line had no Undo, while the command line said the fix."""
    client = Client()
    page = client.get(client.get("/roadmaps/generate", {"goal": "backend developer", "known": typed})["Location"])
    shown = text(page.content)
    assert f"You know “{typed}” → " in shown
    assert re.search(rf"You know “{typed}” → [^.]*? \(read as “{meant}”\) Undo", shown), shown[:2000]
    undo = re.search(r'href="([^"]*plain=' + typed + r'[^"]*)"', page.content.decode())
    assert undo, "an Undo link for the fix"
    undone = client.get(client.get(undo.group(1).replace("&amp;", "&"))["Location"])
    assert f"Not understood, so left out: “{typed}”" in text(undone.content)  # read as typed, counted as nothing
    sent = {"goal": "backend developer", "known": typed, "plain": [typed]}
    body = Client().post("/api/v1/roadmaps/generate", sent, content_type="application/json").json()
    assert body["known"] == []  # the API's undo reads it as typed too
    assert typed in body["not_understood"]


def test_a_misspelt_tool_in_what_you_know_says_its_fix_on_the_finder_page() -> None:
    page = Client().get("/finder", {"goal": "backend developer", "known": "pyhton"})
    assert re.search(r"You know “pyhton” → [^.]*? \(read as “python”\) Undo", text(page.content))
