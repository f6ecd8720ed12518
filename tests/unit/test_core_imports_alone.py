"""Each package of the domain core imports on its own, in a fresh interpreter, whichever a program imports first.

The core's packages import each other (the generator plans, the planner reads typed names by the generator's
readers), and a cycle among them only fails for the package imported first: the command line and the test suite
import in an order that hides it, while a script or a worker importing `roadmapfinder.understanding` first failed
("cannot import name 'GoalKnown' from partially initialized module", 7 December 2026)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = (
    "catalog",
    "search",
    "understanding",
    "planning",
    "progress",
    "exporters",
    "checking",
    "errors",
    "hints",
    "config",
    "clock",
    "bounds",
)


@pytest.mark.slow
@pytest.mark.parametrize("package", CORE)
def test_a_core_package_imports_first(package: str) -> None:
    imported = subprocess.run(
        [sys.executable, "-c", f"import roadmapfinder.{package}"], capture_output=True, text=True, timeout=120
    )
    assert imported.returncode == 0, imported.stderr[-1500:]
