"""The plan PDF of the largest plan allowed (issue 14/15): read back with pdftotext, it carries every week's dates,
every topic and project by name, the phases and the learner's marks, with no topic id and no blank page.

Its speed is measured by `make bench` (bench/bench_planning.py), never asserted here."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from bench.bench_planning import largest_allowed_plan

from roadmapfinder.catalog import default_catalog
from roadmapfinder.exporters.document import Status
from roadmapfinder.exporters.pdf import render_pdf
from roadmapfinder.exporters.plan_document import document_from_plan
from roadmapfinder.planning.plan import MAX_PLAN_WEEKS, plan_title


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


@pytest.mark.usefixtures("use_shipped_catalog")
@pytest.mark.slow
def test_the_largest_plans_pdf_carries_its_whole_schedule_by_name() -> None:
    plan = largest_allowed_plan(default_catalog())  # the very plan `make bench` times
    assert plan.total_weeks > MAX_PLAN_WEEKS * 0.9
    topics = [t for phase in plan.phases for t in phase.topics]
    marks = {topics[0].id: Status.DONE, topics[1].id: Status.IN_PROGRESS}
    document = document_from_plan(plan, plan_id="largest", progress=marks)
    # pdftotext (poppler) rather than pypdf: it reads the 40-odd pages in a fraction of pypdf's half a minute.
    read = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=render_pdf(document), capture_output=True, check=True
    )
    pages = [re.sub(r"\s+", " ", page) for page in read.stdout.decode().split("\f")[:-1]]
    assert all(len(page) > 200 for page in pages[:-1]), "no blank or nearly blank page"
    assert "Week by week" in pages[0], "the schedule starts on the first page"
    assert "Week 1 " in pages[0]
    catalog = default_catalog()
    title = plan_title(catalog, plan.roadmaps, plan.goals)
    assert title.startswith("Full-Stack Developer, Backend Developer, ")
    assert f"My learning plan: {title}" in pages[0], "roadmaps by title, never slugs"
    text = " ".join(pages)
    for week in plan.weeks:
        assert f"Week {week.number} {_day(week.start)} – {_day(week.end)} {week.end.year}" in text, week.number
    for phase in plan.phases:
        assert f"Phase {phase.number}: {phase.title}" in text
        for project in phase.projects:
            assert project.title in text
    for topic in topics:
        assert (topic.variant or topic.name) in text
    assert f"✓ {topics[0].name}" in text, "the learner's marks travel with the file"
    schedule = text[: text.index("Phase 1: ")]
    names = " ".join(t.name.lower() for t in topics)
    ids = {t.id for t in topics if "-" in t.id and t.id not in names}  # ids that are not also plain words
    assert not [i for i in ids if re.search(rf"(?<![\w/-]){re.escape(i)}(?![\w/-])", schedule)], "names, never ids"
