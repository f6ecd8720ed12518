"""Plan generation and PDF export speed on the shipped catalog (targets: p99 < 20 ms for the largest roadmap,
< 100 ms for a merge of five), against copying the roadmap's read model as the reference: the cheapest thing that
touches every topic of the roadmap. Then the plan PDF (target < 1 s for the largest plan allowed: 10 roadmaps, every
day a study day, 520 weeks at most), against WeasyPrint's PDF of the largest roadmap measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from math import ceil

from roadmapfinder.catalog import Catalog, default_catalog
from roadmapfinder.catalog.shapes import roadmap_detail
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning import Plan, PlanRequest, build_plan
from roadmapfinder.planning.plan import MAX_PLAN_WEEKS
from roadmapfinder.planning.request import Weekday

TODAY = date(2027, 1, 4)


def _timings(action: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def run() -> None:
    catalog = default_catalog()
    largest = max(catalog.roadmaps, key=lambda r: len(r.topic_ids))
    five = sorted(catalog.roadmaps, key=lambda r: -len(r.topic_ids))[:5]
    reference_p50, _ = _timings(lambda: roadmap_detail(catalog, largest), 200)
    print(
        f"reference: roadmap read model of {largest.slug} ({len(largest.topic_ids)} topics): p50 {reference_p50:.2f} ms"
    )
    cases = {
        f"plan {largest.slug}": PlanRequest(targets=(largest.slug,), hours_per_week=10),
        f"plan {largest.slug}, junior, python, 3 known": PlanRequest(
            targets=(largest.slug,),
            level="junior",
            stack="python",
            known=("git", "http", "html"),  # type: ignore[arg-type]
        ),
        f"merge of 5 ({', '.join(r.slug for r in five)})": PlanRequest(
            targets=tuple(r.slug for r in five), hours_per_week=15
        ),
    }
    for label, request in cases.items():
        build_plan(catalog, request, today=TODAY)  # warm the name index once, as a server process would
        p50, p99 = _timings(lambda request=request: build_plan(catalog, request, today=TODAY), 200)
        target = 100 if label.startswith("merge") else 20
        verdict = "ok" if p99 < target else "OVER TARGET"
        print(
            f"{label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms (target p99 < {target} ms: {verdict}); "
            f"{p50 / reference_p50:.1f}x the reference"
        )
    _pdf_exports(catalog, largest.slug)


def largest_allowed_plan(catalog: Catalog) -> Plan:
    """The ten largest roadmaps, every day a study day, at the slowest pace within MAX_PLAN_WEEKS: the most weeks
    and sessions a plan may have (tests/unit/test_plan_pdf.py checks this plan's PDF content)."""
    ten = sorted(catalog.roadmaps, key=lambda r: -len(r.topic_ids))[:10]
    days = tuple(Weekday)
    request = PlanRequest(targets=tuple(r.slug for r in ten), hours_per_week=80, study_days=days)
    hours = ceil(build_plan(catalog, request, today=TODAY).total_hours / MAX_PLAN_WEEKS)
    while True:
        try:
            return build_plan(catalog, request.model_copy(update={"hours_per_week": hours}), today=TODAY)
        except InvalidInput:
            hours += 1


def _pdf_exports(catalog: Catalog, largest_roadmap: str) -> None:
    """Plan PDFs (Typst) against the reference: the largest roadmap's PDF, which WeasyPrint still typesets."""
    from roadmapfinder.exporters import document_from_roadmap
    from roadmapfinder.exporters.pdf import render_pdf
    from roadmapfinder.exporters.plan_document import document_from_plan

    roadmap = document_from_roadmap(roadmap_detail(catalog, catalog.roadmap(largest_roadmap)))
    render_pdf(roadmap)  # fonts and styles load once per process
    reference, _ = _timings(lambda: render_pdf(roadmap), 3)
    print(f"reference: WeasyPrint PDF of the {largest_roadmap} roadmap: p50 {reference:.0f} ms")
    plans = {
        "the largest plan allowed": largest_allowed_plan(catalog),
        "the full-stack plan at 10 h/week": build_plan(
            catalog, PlanRequest(targets=("full-stack",), hours_per_week=10), today=TODAY
        ),
    }
    for label, planned in plans.items():
        document = document_from_plan(planned, plan_id="bench", catalog=catalog)
        render_pdf(document)
        p50, worst = _timings(lambda document=document: render_pdf(document), 5)
        verdict = "ok" if worst < 1000 else "OVER TARGET"
        print(
            f"PDF of {label} ({planned.total_weeks} weeks, {len(planned.sessions)} sessions, "
            f"{sum(len(p.topics) for p in planned.phases)} topics): p50 {p50:.0f} ms, max {worst:.0f} ms "
            f"(target < 1000 ms: {verdict}); {p50 / reference:.2f}x the reference"
        )
