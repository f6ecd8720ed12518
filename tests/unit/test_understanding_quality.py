"""The interpreter on its public evaluation set (tests/assets/understanding_eval.yaml), on the shipped catalog.

The same figure, with timings, is in `make bench`; this test guards the floor and the set's breadth.
"""

from __future__ import annotations

from pathlib import Path

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.understanding.evaluation import evaluate_understanding, load_utterances

EVAL_SET = Path(__file__).parent.parent / "assets" / "understanding_eval.yaml"
ACCURACY_FLOOR = 0.95
SHIPPED: Catalog = catalog_in(None)


def test_the_eval_set_is_large_and_varied() -> None:
    utterances = load_utterances(EVAL_SET)
    assert len(utterances) >= 150
    kinds = {u.kind for u in utterances}
    assert {"goal", "known", "misspelling", "out-of-catalog", "composite", "gibberish"} <= kinds
    assert len({(u.say.lower(), u.read_as) for u in utterances}) == len(utterances), "no duplicate utterance"
    names = {t.id for t in SHIPPED.topics} | {r.slug for r in SHIPPED.roadmaps}
    for u in utterances:
        assert set(u.roadmaps + u.topics + u.forbidden) <= names, u.say


def test_accuracy_stays_above_the_floor() -> None:
    report = evaluate_understanding(SHIPPED, load_utterances(EVAL_SET))
    print(report.summary())
    assert report.accuracy >= ACCURACY_FLOOR, report.summary()
    for kind, (evaluated, right) in report.by_kind.items():
        assert right / evaluated >= 0.8, f"{kind}: {right}/{evaluated}"
