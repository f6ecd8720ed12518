"""Search: quality on the evaluation set, latency and index cost, against SQLite FTS5 over the same fields.

Both engines index the same documents (roadmaps and topics, with name, summary and body fields weighted 3 : 1 :
0.35) in the same run, on the shipped catalog and on synthetic catalogs of 1,000 and 10,000 roadmaps generated
here from the shipped one. Figures: accuracy@1 and MRR (shipped catalog only: the eval set names real roadmaps),
latency p50/p99 per query in-process, index build time and memory, and how latency grows with size.
"""

from __future__ import annotations

import random
import re
import sqlite3
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from roadmapfinder.catalog import Catalog, default_catalog
from roadmapfinder.catalog.models import Phase, Roadmap, Topic
from roadmapfinder.search import search_catalog
from roadmapfinder.search.evaluation import evaluate, load_eval_set
from roadmapfinder.search.index import SearchIndex, index_for

EVAL_SET = Path(__file__).parent.parent / "tests" / "assets" / "search_eval.yaml"
SIZES = (1_000, 10_000)


class Fts5Baseline:
    """A plain SQLite FTS5 index of the same fields, ranked by its built-in bm25() with the same weights."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, key UNINDEXED, name, summary, body)")
        rows = [
            (
                "roadmap",
                r.slug,
                " ".join((r.title, r.slug, *r.aliases)),
                r.summary,
                " ".join([r.audience, *(p.title + " " + p.goal for p in r.phases)]),
            )
            for r in catalog.roadmaps
        ] + [
            ("topic", t.id, " ".join((t.name, t.id, *t.aliases)), t.summary, " ".join(t.key_points))
            for t in catalog.topics
        ]
        self.db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
        self.db.commit()

    def memory_bytes(self) -> int:
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        size = self.db.execute("PRAGMA page_size").fetchone()[0]
        return int(pages * size)

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        words = re.findall(r"\w+", query.lower())
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        return list(
            self.db.execute(
                "SELECT kind, key FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.0, 0.35) LIMIT ?",
                (match, limit),
            )
        )

    def roadmaps(self, query: str) -> list[str]:
        """Roadmap slugs in order: a roadmap hit, or the roadmaps teaching a topic hit."""
        out: list[str] = []
        for kind, key in self.search(query):
            slugs = [key] if kind == "roadmap" else [u.roadmap.slug for u in self.catalog.uses_of(key)]
            out.extend(s for s in slugs if s not in out)
        return out


def synthetic_catalog(base: Catalog, size: int, seed: int = 7) -> Catalog:
    """`size` roadmaps made from the shipped ones: renamed copies with shuffled aliases and topic subsets.

    Topics grow with the catalog (one new topic per roadmap, copied from a real one) so the index grows as a real
    catalog would, not just the roadmap count.
    """
    rng = random.Random(seed)
    vocabulary = sorted({w for r in base.roadmaps for a in r.aliases for w in a.split()})
    topics: list[Topic] = list(base.topics)
    roadmaps: list[Roadmap] = []
    for i in range(size):
        source = base.roadmaps[i % len(base.roadmaps)]
        template = rng.choice(base.topics)
        extra = template.model_copy(update={"id": f"{template.id}-{i}", "name": f"{template.name} {i}"})
        topics.append(extra)
        phases: list[Phase] = []
        for phase in source.phases:
            skills = list(phase.core_skills)
            rng.shuffle(skills)
            phases.append(phase.model_copy(update={"core_skills": tuple(skills[: max(1, len(skills) - 1)])}))
        phases[0] = phases[0].model_copy(update={"core_skills": (*phases[0].core_skills, extra.id)})
        words = rng.sample(vocabulary, 3)
        roadmaps.append(
            source.model_copy(
                update={
                    "slug": f"{source.slug}-{i}",
                    "title": f"{source.title} {' '.join(words).title()} {i}",
                    "aliases": tuple(rng.sample(vocabulary, 4)),
                    "phases": tuple(phases),
                    "extra_sections": (),
                }
            )
        )
    return Catalog(roadmaps, topics)


def _latencies(action: Callable[[str], object], queries: list[str], rounds: int = 3) -> tuple[float, float]:
    for query in queries[:10]:
        action(query)  # warm caches
    times: list[float] = []
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            action(query)
            times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.99) - 1] * 1000


def _build(catalog: Catalog) -> tuple[SearchIndex, float, int, Fts5Baseline, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    index = SearchIndex(catalog)
    build = time.perf_counter() - started
    memory = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    started = time.perf_counter()
    fts = Fts5Baseline(catalog)
    fts_build = time.perf_counter() - started
    return index, build, memory, fts, fts_build, fts.memory_bytes()


def run() -> None:
    entries = load_eval_set(EVAL_SET)
    queries = [e.query for e in entries]
    real = default_catalog()
    print(f"shipped catalog: {len(real.roadmaps)} roadmaps, {len(real.topics)} topics; {len(queries)} eval queries")

    ours = evaluate(real, entries)
    fts = Fts5Baseline(real)
    theirs = evaluate(real, entries, ranker=fts.roadmaps)
    print(f"quality (evaluated {ours.evaluated}, skipped {ours.skipped}: roadmaps not in the catalog yet)")
    print(f"  search   accuracy@1 {ours.accuracy_at_1:.3f}  MRR {ours.mrr:.3f}")
    print(f"  FTS5     accuracy@1 {theirs.accuracy_at_1:.3f}  MRR {theirs.mrr:.3f}  (reference)")
    print("  " + ours.summary().splitlines()[2])

    rows: list[tuple[str, int, float, float, float, float, float, float, int, int]] = []
    catalogs: list[tuple[str, Catalog]] = [("shipped", real)]
    for size in SIZES:
        started = time.perf_counter()
        catalogs.append((f"{size:,}", synthetic_catalog(real, size)))
        print(f"generated {size:,} roadmaps in {time.perf_counter() - started:.1f} s")
    for name, catalog in catalogs:
        index, build, memory, baseline, fts_build, fts_memory = _build(catalog)
        index_for(catalog)  # the search uses the index kept with the catalog, as in production
        p50, p99 = _latencies(lambda q, c=catalog: search_catalog(c, q, limit=10), queries)  # type: ignore[misc]
        f50, f99 = _latencies(baseline.search, queries)
        rows.append((name, index.size, p50, p99, f50, f99, build, fts_build, memory, fts_memory))
        del index, baseline

    print()
    print(
        f"{'catalog':>9} {'docs':>7} | {'search p50':>10} {'p99':>7} | {'FTS5 p50':>8} {'p99':>7} | "
        f"{'build':>7} {'FTS5':>7} | {'memory':>8} {'FTS5':>8}"
    )
    for name, docs, p50, p99, f50, f99, build, fts_build, memory, fts_memory in rows:
        print(
            f"{name:>9} {docs:>7} | {p50:>8.2f}ms {p99:>5.2f}ms | {f50:>6.2f}ms {f99:>5.2f}ms | "
            f"{build:>6.2f}s {fts_build:>6.2f}s | {memory / 2**20:>6.1f}MB {fts_memory / 2**20:>6.1f}MB"
        )
    base_docs, base_p50 = rows[0][1], rows[0][2]
    for name, docs, p50, p99, _f50, f99, *_ in rows[1:]:
        print(
            f"growth to {name}: {docs / base_docs:.0f}x the documents, {p50 / base_p50:.1f}x the median latency; "
            f"search p99 {p99:.1f} ms against FTS5 p99 {f99:.1f} ms ({p99 / f99:.1f}x)"
        )
    print("targets: p99 < 5 ms on the shipped catalog, < 50 ms at 10,000 roadmaps")
    print("memory: search = Python heap peak while building (tracemalloc); FTS5 = the in-memory database's pages")
