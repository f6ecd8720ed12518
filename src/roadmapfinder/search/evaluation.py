"""Measuring search quality against an evaluation set (tests/assets/search_eval.yaml).

Shared by the quality test (which fails under a floor of accuracy@1) and `make bench` (which prints the figures),
so both measure the same thing: for each query, the rank of the first accepted roadmap among the roadmap results.
Entries none of whose accepted roadmaps exist in the catalog are skipped and counted, since the catalog grows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.search.choice import search_catalog


@dataclass(frozen=True)
class EvalEntry:
    query: str
    accept: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class EvalMiss:
    entry: EvalEntry
    got: tuple[str, ...]  # the roadmap slugs returned, best first


@dataclass
class EvalReport:
    """accuracy@1 and MRR over the evaluated entries, per kind too, and what was skipped or missed."""

    evaluated: int = 0
    skipped: int = 0
    hits_at_1: int = 0
    reciprocal_ranks: float = 0.0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [evaluated, hits@1]
    misses: list[EvalMiss] = field(default_factory=list)

    @property
    def accuracy_at_1(self) -> float:
        return self.hits_at_1 / self.evaluated if self.evaluated else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal_ranks / self.evaluated if self.evaluated else 0.0

    def summary(self) -> str:
        """A few lines for a terminal: overall figures, per kind, then the misses."""
        lines = [
            f"evaluated {self.evaluated} queries ({self.skipped} skipped: their roadmaps are not in the catalog yet)",
            f"accuracy@1 {self.accuracy_at_1:.3f}   MRR {self.mrr:.3f}",
            "by kind: " + ", ".join(f"{k} {hits}/{n}" for k, (n, hits) in sorted(self.by_kind.items())),
        ]
        lines.extend(
            f"  miss: {m.entry.query!r} wants {list(m.entry.accept)} got {list(m.got[:3])}" for m in self.misses
        )
        return "\n".join(lines)


def load_eval_set(path: Path) -> list[EvalEntry]:
    """Read an evaluation set: a YAML list of `{q, accept: [slugs], kind}`."""
    raw: list[Mapping[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [EvalEntry(str(e["q"]), tuple(e["accept"]), str(e.get("kind", ""))) for e in raw]


Ranker = Callable[[str], list[str]]


def search_ranker(catalog: Catalog) -> Ranker:
    """The roadmap slugs `search_catalog` returns for a query, best first (topics left out)."""

    def rank(query: str) -> list[str]:
        result = search_catalog(catalog, query, limit=20)
        return [hit.slug for hit in result.results if hit.kind == "roadmap"]

    return rank


def evaluate(catalog: Catalog, entries: Iterable[EvalEntry], ranker: Ranker | None = None) -> EvalReport:
    """Score `ranker` (the catalog's search by default) on `entries`, skipping those it cannot answer yet."""
    rank = ranker or search_ranker(catalog)
    slugs = {r.slug for r in catalog.roadmaps}
    report = EvalReport()
    for entry in entries:
        accepted = set(entry.accept) & slugs
        if not accepted:
            report.skipped += 1
            continue
        got = rank(entry.query)
        report.evaluated += 1
        counts = report.by_kind.setdefault(entry.kind, [0, 0])
        counts[0] += 1
        position = next((i for i, slug in enumerate(got, start=1) if slug in accepted), None)
        if position is not None:
            report.reciprocal_ranks += 1 / position
        if position == 1:
            report.hits_at_1 += 1
            counts[1] += 1
        else:
            report.misses.append(EvalMiss(entry, tuple(got)))
    return report
