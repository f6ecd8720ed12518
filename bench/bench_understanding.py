"""Understanding: the interpreter's accuracy beside the search's, its time per utterance, and generating roadmaps.

Figures, on the shipped catalog: accuracy on tests/assets/understanding_eval.yaml (and the search's accuracy@1 on
tests/assets/search_eval.yaml, the reference for "does the product understand people"), the interpreter's time
per utterance (target under 5 ms; the search's time per query printed beside it as the reference), and
`generate_roadmap` p50/p99 over the evaluation set's goals (target p99 under 30 ms).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import RoadmapFinderError
from roadmapfinder.search import search_catalog
from roadmapfinder.search.evaluation import evaluate, load_eval_set
from roadmapfinder.search.index import index_for
from roadmapfinder.understanding import generate_roadmap
from roadmapfinder.understanding.evaluation import evaluate_understanding, load_utterances, read
from roadmapfinder.understanding.vocabulary import vocabulary_for

ASSETS = Path(__file__).parent.parent / "tests" / "assets"
ROUNDS = 5
INTERPRETER_TARGET_MS = 5.0
GENERATE_TARGET_MS = 30.0


def _times(work: Callable[[str], object], items: Iterable[str], rounds: int = ROUNDS) -> list[float]:
    """Milliseconds per call, every item `rounds` times."""
    out: list[float] = []
    for _ in range(rounds):
        for item in items:
            started = time.perf_counter()
            work(item)
            out.append((time.perf_counter() - started) * 1000)
    return out


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _generate(goal: str) -> object:
    catalog = default_catalog()
    try:
        return generate_roadmap(catalog, goal=goal, known="python, git", hours_per_week=8)
    except RoadmapFinderError:  # a goal outside the catalog: answered with NotFound, still timed
        return None


def run() -> None:
    catalog = default_catalog()
    started = time.perf_counter()
    vocabulary_for(catalog)
    print(f"vocabulary built in {(time.perf_counter() - started) * 1000:.0f} ms (once per catalog)")

    utterances = load_utterances(ASSETS / "understanding_eval.yaml")
    report = evaluate_understanding(catalog, utterances)
    search = evaluate(catalog, load_eval_set(ASSETS / "search_eval.yaml"))
    print(f"quality on {report.evaluated} utterances and {search.evaluated} search queries")
    print(f"  interpreter  accuracy {report.accuracy:.3f}  ({report.right}/{report.evaluated})")
    print(f"  search       accuracy@1 {search.accuracy_at_1:.3f}  MRR {search.mrr:.3f}  (reference)")
    print("  " + report.summary().splitlines()[1])
    for miss in report.misses:
        print(f"  miss: {miss.utterance.say!r}: {'; '.join(miss.problems)}")

    texts = [u.say for u in utterances]
    interpreted = _times(lambda text: read(catalog, next(u for u in utterances if u.say == text)), texts)
    searched = _times(lambda text: search_catalog(catalog, text[:200]), texts)
    mean = statistics.fmean(interpreted)
    print()
    print(
        f"interpreter per utterance: mean {mean:.2f} ms, p50 {_p(interpreted, 0.5):.2f} ms, "
        f"p99 {_p(interpreted, 0.99):.2f} ms (target < {INTERPRETER_TARGET_MS:g} ms: "
        f"{'met' if mean < INTERPRETER_TARGET_MS else 'MISSED'})"
    )
    print(
        f"search per query (reference): p50 {_p(searched, 0.5):.2f} ms, p99 {_p(searched, 0.99):.2f} ms; "
        f"interpreter / search at p50 {_p(interpreted, 0.5) / _p(searched, 0.5):.2f}x"
    )

    goals = [u.say for u in utterances if u.read_as == "goal"]
    index_for(catalog)  # a goal outside the catalog searches for suggestions: build the index outside the timing
    _generate(goals[0])  # and the project index
    generated = _times(_generate, goals, rounds=3)
    p99 = _p(generated, 0.99)
    print(
        f"generate_roadmap over {len(goals)} goals: p50 {_p(generated, 0.5):.2f} ms, p99 {p99:.2f} ms, "
        f"max {max(generated):.2f} ms (target p99 < {GENERATE_TARGET_MS:g} ms: "
        f"{'met' if p99 < GENERATE_TARGET_MS else 'MISSED'})"
    )
