"""Catalog loading: how long start-up validation of the shipped content takes, against plain YAML parsing."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import yaml

from roadmapfinder.catalog import default_content_root, load_catalog


def _median_seconds(action: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> None:
    root = default_content_root()
    files = sorted(Path(root).glob("*/*.yaml"))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def parse_only() -> None:
        for path in files:
            yaml.load(path.read_text(encoding="utf-8"), Loader=loader)

    parse = _median_seconds(parse_only)
    full = _median_seconds(lambda: load_catalog(root))
    print(f"files: {len(files)}")
    print(f"YAML parsing only (reference): {parse * 1000:.1f} ms")
    print(f"load + validate catalog:       {full * 1000:.1f} ms  ({full / parse:.2f}x the parsing alone)")
