"""Plan generation and PDF export speed on the shipped catalog (targets: p99 < 20 ms for the largest roadmap,
< 100 ms for a merge of five, PDF of the largest plan, with its dated schedule, < 1 s), against copying the
roadmap's read model as the reference: the cheapest thing that touches every topic of the roadmap."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.shapes import roadmap_detail
from roadmapfinder.planning import PlanRequest, build_plan

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
    from roadmapfinder.exporters.pdf import render_pdf
    from roadmapfinder.exporters.plan_document import document_from_plan

    planned = build_plan(catalog, cases[f"plan {largest.slug}"], today=TODAY)
    document = document_from_plan(planned, plan_id="bench")
    render_pdf(document)  # fonts and styles load once per process
    p50, p99 = _timings(lambda: render_pdf(document), 5)
    verdict = "ok" if p99 < 1000 else "OVER TARGET"
    print(
        f"PDF export of the {largest.slug} plan ({planned.total_weeks} weeks, {len(planned.sessions)} sessions): "
        f"p50 {p50:.0f} ms, max {p99:.0f} ms (target < 1000 ms: {verdict})"
    )
