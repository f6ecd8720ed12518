"""A dated plan says when each phase runs, so its phases agree with the plan's own length.

Alpha Developer at 40 h a week from Monday 4 January 2027 is six weeks, to 9 February; each phase was said as the
calendar weeks it touched, "2 weeks", "2 weeks", "2 weeks" and "3 weeks" (phases that share a week each counted it),
nine weeks in a six-week plan. Now each says its dates, 4–12 Jan, 12–20 Jan, 20–28 Jan and 28 Jan – 9 Feb, on the
plan page, in the API, the CLI and the Markdown and PDF exports.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from django.test import Client
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.understanding.dates import date_span
from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db]

DATES = ["4–12 Jan", "12–20 Jan", "20–28 Jan", "28 Jan – 9 Feb"]


def _plan(client: Client) -> dict[str, Any]:
    body = {"targets": ["alpha-dev"], "hours_per_week": 40, "start": "2027-01-04"}
    response = client.post("/api/v1/plans", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    plan: dict[str, Any] = response.json()
    check_openapi("/api/v1/plans", 201, plan, method="post")
    return plan


def test_the_api_gives_each_phase_its_first_and_last_day_within_the_plan() -> None:
    plan = _plan(Client())
    assert [p["dates"] for p in plan["phases"]] == DATES
    days = [(date.fromisoformat(p["first_day"]), date.fromisoformat(p["last_day"])) for p in plan["phases"]]
    assert days[0][0] == date(2027, 1, 4)
    assert days[-1][1] == date.fromisoformat(plan["finish_date"]) == date(2027, 2, 9)
    for (_, end), (start, _) in pairwise(days):
        assert start == end, "a phase ends in the session the next one starts in: they share that day, no more"


def test_the_plan_page_says_each_phases_dates(client: Client) -> None:
    plan = _plan(client)
    page = text(client.get(f"/plans/{plan['id']}").content)
    said = re.findall(r"Phase \d+: \w+ · [^·]+ · ([^·]+?) · \d+ hours", page)
    assert said == DATES, page[:2000]


def test_the_markdown_and_pdf_say_the_dates_not_a_count_of_weeks(client: Client) -> None:
    plan = _plan(client)
    markdown = client.get(f"/api/v1/plans/{plan['id']}.md").content.decode()
    assert re.findall(r"\*\*Dates:\*\* (.+?) \(", markdown) == DATES
    assert "1 week" not in markdown
    assert "2 weeks" not in markdown
    pdf = client.get(f"/api/v1/plans/{plan['id']}.pdf")
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    kickers = re.findall(r"PHASE \d · [^·]+ · (.+?) \(", words)  # the PDF's kicker is set in capitals
    assert kickers == [d.upper() for d in DATES], words


def test_the_cli_plan_lists_each_phases_dates() -> None:
    result = CliRunner().invoke(
        app, ["plan", "alpha developer", "--hours", "40", "--start", "2027-01-04"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    rows = re.findall(r"│ \d │ \w+ +│ [^│]+│ ([^│]+?) +│", result.stdout)
    assert rows == DATES, result.stdout


@pytest.mark.parametrize(
    ("first", "last", "said"),
    [
        (date(2027, 1, 4), date(2027, 1, 4), "4 Jan"),
        (date(2027, 1, 28), date(2027, 2, 9), "28 Jan – 9 Feb"),
        (date(2026, 12, 28), date(2027, 1, 5), "28 Dec 2026 – 5 Jan 2027"),
    ],
)
def test_a_span_of_days_reads_as_people_write_it(first: date, last: date, said: str) -> None:
    assert date_span(first, last) == said
