"""The lock files pin every dependency pyproject.toml names, at a version its range allows, with hashes.

`make run`, `make test` and CI install from requirements/*.txt with `--require-hashes`; if someone widens or adds a
dependency in pyproject.toml without `make lock`, an install would silently differ from the declared ranges. This
test catches that offline, before any install.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)")


def pins(lock: Path) -> dict[str, Version]:
    """Name -> pinned version of one pip-compile output, asserting that every pin carries a hash."""
    found: dict[str, Version] = {}
    blocks = re.split(r"\n(?=[A-Za-z0-9_.\-]+==)", lock.read_text())
    for block in blocks:
        match = PIN.match(block)
        if not match:
            continue
        assert "--hash=sha256:" in block, f"{lock.name}: {match.group(1)} is pinned without a hash"
        found[canonicalize_name(match.group(1))] = Version(match.group(2))
    return found


def declared(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = list(project["dependencies"])
    if extra:
        names += project["optional-dependencies"][extra]
    return [Requirement(name) for name in names]


@pytest.mark.parametrize(("lock", "extra"), [("run.txt", None), ("test.txt", "test")])
def test_every_declared_dependency_is_pinned_within_its_range(lock: str, extra: str | None) -> None:
    pinned = pins(ROOT / "requirements" / lock)
    wrong = [
        f"{req} (locked: {pinned.get(canonicalize_name(req.name), 'missing')})"
        for req in declared(extra)
        if canonicalize_name(req.name) not in pinned
        or not req.specifier.contains(pinned[canonicalize_name(req.name)], prereleases=True)
    ]
    assert not wrong, f"requirements/{lock} is out of date with pyproject.toml; run `make lock`: {wrong}"


def test_the_run_lock_agrees_with_the_test_lock() -> None:
    """Tests must exercise the very versions `make run` installs."""
    run, test = pins(ROOT / "requirements/run.txt"), pins(ROOT / "requirements/test.txt")
    differing = {name: (version, test.get(name)) for name, version in run.items() if test.get(name) != version}
    assert not differing, f"run.txt and test.txt pin different versions; run `make lock`: {differing}"
