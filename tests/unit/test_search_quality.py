"""Search quality on the shipped catalog, measured on the evaluation set (tests/assets/search_eval.yaml).

The same figures, with latency, are in `make bench`; this test only guards the floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmapfinder.catalog import default_catalog
from roadmapfinder.search import search_catalog
from roadmapfinder.search.evaluation import evaluate, load_eval_set

EVAL_SET = Path(__file__).parent.parent / "assets" / "search_eval.yaml"
ACCURACY_FLOOR = 0.90


def test_the_eval_set_is_large_and_varied() -> None:
    entries = load_eval_set(EVAL_SET)
    assert len(entries) >= 150
    assert {e.kind for e in entries} == {"name", "alias", "typo", "natural", "topic"}
    assert len({e.query.lower() for e in entries}) == len(entries), "no duplicate query"


@pytest.mark.usefixtures("use_shipped_catalog")
def test_accuracy_at_1_stays_above_the_floor() -> None:
    report = evaluate(default_catalog(), load_eval_set(EVAL_SET))
    print(report.summary())
    assert report.evaluated >= 100, report.summary()
    assert report.accuracy_at_1 >= ACCURACY_FLOOR, report.summary()


@pytest.mark.usefixtures("use_shipped_catalog")
@pytest.mark.parametrize(
    ("query", "roadmap"),
    [("k8s", "devops"), ("infosec", "cyber-security"), ("i want to build iphone apps", "ios"), ("pyhton", "python")],
)
def test_learner_phrasings_land_on_the_roadmap(query: str, roadmap: str) -> None:
    result = search_catalog(default_catalog(), query)
    slugs = [r.slug for r in result.results if r.kind == "roadmap"]
    assert roadmap in slugs[:2]
