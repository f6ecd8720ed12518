"""A generated roadmap of a few days says its total in days, by the rule its phases and a catalog roadmap's pages
follow (`estimate.weeks_said`: days when even a slow learner needs a week or less): "learn vim" for a learner who
knows Linux, at 80 h a week, is four phases of 1–3 days and its API answer's `estimated_days` are 4–7, but its page,
`roadmapfinder generate` and the Markdown, PDF and print downloads said "Total time: 1 week at 80 h/week", whole
weeks of at least one."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from django.test import Client
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GOAL = "learn vim"
KNOWN = "linux"


def _generated(hours: int) -> dict[str, Any]:
    sent = {"goal": GOAL, "known": KNOWN, "hours_per_week": hours}
    response = Client().post("/api/v1/roadmaps/generate", json.dumps(sent), content_type="application/json")
    assert response.status_code == 201, response.content
    roadmap: dict[str, Any] = response.json()
    return roadmap


def _said_days(roadmap: dict[str, Any]) -> str:
    days = roadmap["estimated_days"]
    return f"{days['min']}–{days['max']} days" if days["min"] != days["max"] else f"{days['min']} days"


def test_the_page_the_command_line_and_the_markdown_say_a_few_days_in_days() -> None:
    roadmap = _generated(80)
    assert roadmap["estimated_weeks"] == {"min": 1, "max": 1}
    total = f"{_said_days(roadmap)} at 80 h/week"
    assert total == "4–7 days at 80 h/week"
    page = Client().get(f"/roadmaps/generated/{roadmap['id']}").content.decode()
    assert f"<dt>Total time</dt><dd>{total}</dd>" in page
    markdown = Client().get(f"/roadmaps/generated/{roadmap['id']}.md").content.decode()
    assert f"- **Total time:** {total}\n" in markdown
    printed = CliRunner().invoke(app, ["generate", GOAL, "--know", KNOWN, "--hours", "80"], env={"COLUMNS": "200"})
    assert printed.exit_code == 0, printed.output
    assert re.search(rf"· {total}$", printed.stdout, re.MULTILINE), printed.stdout
    as_md = CliRunner().invoke(app, ["generate", GOAL, "--know", KNOWN, "--hours", "80", "--md"])
    assert f"- **Total time:** {total}\n" in as_md.stdout
    assert "1 week at" not in page + markdown + printed.stdout + as_md.stdout


def test_a_roadmap_of_weeks_still_says_weeks() -> None:
    roadmap = _generated(10)
    weeks = roadmap["estimated_weeks"]
    total = f"{weeks['min']}–{weeks['max']} weeks at 10 h/week"
    page = Client().get(f"/roadmaps/generated/{roadmap['id']}").content.decode()
    assert f"<dt>Total time</dt><dd>{total}</dd>" in page
    assert f"- **Total time:** {total}\n" in Client().get(f"/roadmaps/generated/{roadmap['id']}.md").content.decode()


@pytest.mark.slow  # typesets a PDF
def test_the_pdf_says_the_days_too() -> None:
    roadmap = _generated(80)
    pdf = Client().get(f"/roadmaps/generated/{roadmap['id']}.pdf")
    assert pdf.status_code == 200
    words = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "4–7 days at 80 h/week" in words, words[:600]
    assert "1 week at 80 h/week" not in words
