"""`make bench`: runs every bench/bench_*.py module's `run()` and prints figures and ratios.

Benchmarks measure a reference in the same run (SQLite FTS5, nginx...) and print ratios against it, because the
machine is small and noisy: absolute numbers alone mean little. Run one with `python -m bench NAME`.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path


def main(selected: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith("bench_"))
    if selected:
        names = [n for n in names if n.removeprefix("bench_") in selected or n in selected]
    if not names:
        print("no benchmark matches", selected or "(none found)", file=sys.stderr)
        return 1
    failed = []
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        print(f"\n=== {name.removeprefix('bench_')} ===", flush=True)
        started = time.perf_counter()
        try:
            if module.run():  # a benchmark with a floor (lighthouse) answers 1 when a figure is under it
                failed.append(name)
        except Exception:  # one benchmark that breaks must not keep the others from being measured
            traceback.print_exc()
            failed.append(name)
        print(f"({time.perf_counter() - started:.1f} s)", flush=True)
    if failed:
        print("under their floor or broken:", ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
