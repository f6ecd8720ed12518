"""A phase shorter than a week at the learner's pace is said in days, so the phases add up to the roadmap's total.

Alpha Developer at 80 h a week takes 2–3 weeks; its four phases each said "1 week", four weeks together. Now they
say 4–5, 4–5, 4–5 and 4–7 days: 16–22 days, two to three weeks, on the page, in the CLI and in the exports.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.database, pytest.mark.django_db]

_SAID = re.compile(r"(\d+)(?:–(\d+))? (day|days|week|weeks)\b")


def _days(said: str) -> tuple[int, int]:
    """ "4–5 days" is (4, 5), "1 week" is (7, 7)."""
    found = _SAID.fullmatch(said.strip())
    assert found, f"not a time: {said!r}"
    low, high = int(found[1]), int(found[2] or found[1])
    per = 1 if found[3].startswith("day") else 7
    return low * per, high * per


def _adds_up(phases: list[str], total: str) -> None:
    """The phases' quick ends and slow ends, added up, are the total's to the nearest week."""
    assert phases, "no phase time found"
    low = sum(_days(p)[0] for p in phases)
    high = sum(_days(p)[1] for p in phases)
    total_low, total_high = _days(total)
    assert (round(low / 7), round(high / 7)) == (total_low // 7, total_high // 7), (phases, total)


def test_the_roadmap_page_at_80_hours_says_short_phases_in_days(client: Client) -> None:
    page = client.get("/roadmaps/alpha-dev", {"hours": "80"}).content.decode()
    total = re.search(r"<dt>Total time</dt><dd>([^<]+) at 80 h/week</dd>", page)
    assert total
    assert total[1] == "2–3 weeks"
    flow = re.findall(r'class="flow-meta">[^<·]*· ([^<]+)</span>', page)
    estimates = re.findall(r"Estimated time: ([^<]+?) <span", page)
    assert flow == estimates == ["4–5 days", "4–5 days", "4–5 days", "4–7 days"]
    _adds_up(estimates, total[1])
    at_ten = client.get("/roadmaps/alpha-dev").content.decode()  # the reference pace: every phase a week or more
    assert re.findall(r"Estimated time: ([^<]+?) <span", at_ten) == ["4–6 weeks", "4–6 weeks", "4–6 weeks", "5–8 weeks"]


def test_show_at_80_hours_says_short_phases_in_days() -> None:
    out = CliRunner().invoke(app, ["show", "alpha-dev", "--hours", "80"], env={"COLUMNS": "200"}).stdout
    total = re.search(r"Total: (.+?) at 80 h/week", out)
    phases = re.findall(r"Estimated time: (.+?) at 80 h/week", out)
    assert total
    assert total[1] == "2–3 weeks"
    assert phases == ["4–5 days", "4–5 days", "4–5 days", "4–7 days"]
    _adds_up(phases, total[1])


def test_the_markdown_and_diagram_exports_say_the_same_days(client: Client) -> None:
    markdown = client.get("/roadmaps/alpha-dev.md", {"hours": "80"}).content.decode()
    phases = re.findall(r"\*\*Estimated time:\*\* (.+?) \(", markdown)
    assert phases == ["4–5 days", "4–5 days", "4–5 days", "4–7 days"], phases
    assert "2–3 weeks at 80 h/week" in markdown
    svg = client.get("/roadmaps/alpha-dev.svg", {"hours": "80"}).content.decode()
    assert re.findall(r'class="rfd-weeks"[^>]*>([^<]+)<', svg) == phases


def test_a_generated_roadmap_at_80_hours_says_its_short_phases_in_days() -> None:
    result = CliRunner().invoke(app, ["generate", "alpha developer", "--hours", "80"], env={"COLUMNS": "200"})
    phases = re.findall(r"^Phase \d+: .+ \([^,]+, (.+?) at 80 h/week\)$", result.stdout, re.MULTILINE)
    total = re.search(r"· ([^·]+) at 80 h/week$", result.stdout, re.MULTILINE)
    assert phases, result.stdout
    assert all(p.endswith("days") for p in phases), phases
    assert total
    _adds_up(phases, total[1])
