"""A generated phase that is a catalog phase less what the learner knows keeps that phase's title.

Since knowing a topic is knowing what it builds on, a sysadmin moving to DevOps no longer learns the Linux command
line, and the DevOps roadmap's first phase lost its two Linux topics. Its title went with them: phase 1 read
"How the web works · SSH and working on remote machines · 2 more", a list of topic names a learner takes for a
title that went wrong, where the catalog calls that phase "Linux and version control". The topics the learner
already has no longer make a catalog phase's title "name what is missing" when every topic of the generated phase
is that catalog phase's own. Read as learners type, through `roadmapfinder generate --json` and the API.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import generated, generated_phases, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _titles(phases: list[dict[str, Any]]) -> list[str]:
    return [p["title"] for p in phases]


def _listed(phase: dict[str, Any]) -> bool:
    """Whether a phase of three topics or more is titled with their names ("A · B · 2 more") rather than a title."""
    names = [s["name"].split(" (")[0] for s in phase["core_skills"]]
    return len(names) >= 3 and (phase["title"].endswith(" more") or all(n in phase["title"] for n in names))


@pytest.mark.parametrize(
    ("goal", "number", "title"),
    [
        ("devops, i worked as a sysadmin for 5 years", 1, "Linux and version control"),
        ("i'm a linux admin and want to move to devops", 1, "Linux and version control"),
        # React builds on JavaScript's syntax and the DOM: the rest of that phase is still "JavaScript and the DOM",
        # not another roadmap's "Language Foundations"
        ("frontend developer i already know react", 2, "JavaScript and the DOM"),
        # knowing pandas, the rest of the wrangling phase was titled after another roadmap's "Data-informed decisions"
        ("data scientist, i know python and pandas", 2, "Data Wrangling with pandas and SQL"),
    ],
)
def test_a_catalog_phase_less_what_you_know_keeps_its_title(goal: str, number: int, title: str) -> None:
    phases = generated_phases(goal)
    assert phases[number - 1]["title"] == title, _titles(phases)
    assert not any(_listed(p) for p in phases), _titles(phases)


def test_the_api_titles_a_sysadmins_first_devops_phase_as_the_catalog_does() -> None:
    body = generated("devops, i worked as a sysadmin for 5 years")
    first = body["phases"][0]
    assert first["title"] == "Linux and version control", first["title"]
    assert "linux-command-line" not in topics_taught(body)  # still left out: the title is the catalog's, not its topics
    assert first["goal"].startswith("Learn how the web works, SSH and working on remote machines"), first["goal"]


def test_a_catalog_phase_the_learner_knows_all_of_leaves_no_phase_behind() -> None:
    """Knowing every topic of the DevOps roadmap's first phase: no empty phase, none titled after it."""
    phases = generated_phases("devops", "--know", "linux admin for 5 years, ssh, git, github, how the web works")
    assert all(p["core_skills"] for p in phases), _titles(phases)
    assert phases[0]["title"] == "Networking and scripting", _titles(phases)
    assert "Linux and version control" not in _titles(phases)


def test_the_undone_reading_teaches_the_whole_phase_under_the_same_title() -> None:
    body = generated("devops, i worked as a sysadmin for 5 years", plain=["i worked as a sysadmin for 5 years"])
    assert {"linux-command-line", "linux-system-administration"} <= topics_taught(body)
    assert body["phases"][0]["title"] == "Linux and version control"


#: The first two phases of Frontend Developer, which a phase of what is left of both mixes.
FRONTEND_FIRST_TWO = {"Web Foundations", "Styling, Layout and Accessibility"}


@pytest.mark.parametrize(
    ("goal", "number", "mixed"),
    [
        # the rest of "Web Foundations" (HTML is beneath React) beside the whole of "Styling, Layout and Accessibility"
        ("frontend developer i already know react", 1, FRONTEND_FIRST_TWO),
        # the rest of both, HTML and CSS known
        ("i know html and css, want to be a frontend developer", 1, FRONTEND_FIRST_TWO),
    ],
)
def test_a_phase_mixing_two_catalog_phases_is_titled_after_one_of_them(goal: str, number: int, mixed: set[str]) -> None:
    """A phase holding what is left of two catalog phases is voted on as it is: titled after one of the two, never
    a list of its topics."""
    phases = generated_phases(goal)
    assert phases[number - 1]["title"] in mixed, _titles(phases)
    assert not any(_listed(p) for p in phases), _titles(phases)
