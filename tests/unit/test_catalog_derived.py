"""What a layer derives from the catalog is built once, even when building it asks for another derived value.

A builder that asked the catalog for another cached value waited forever: the catalog held a lock that its own
thread could not take again (found by a helper whose name index asked for the topic index while being built)."""

from __future__ import annotations

import threading

from roadmapfinder.catalog import Catalog, load_catalog
from tests.conftest import SAMPLE_CONTENT


def _names(catalog: Catalog) -> frozenset[str]:
    return frozenset(t.name for t in catalog.topics)


def _names_by_length(catalog: Catalog) -> dict[int, list[str]]:
    lengths: dict[int, list[str]] = {}
    for name in sorted(catalog.derived(_names)):  # built while this one is being built
        lengths.setdefault(len(name), []).append(name)
    return lengths


def test_a_derived_value_may_be_built_from_another() -> None:
    catalog = load_catalog(SAMPLE_CONTENT)
    built: list[dict[int, list[str]]] = []
    worker = threading.Thread(target=lambda: built.append(catalog.derived(_names_by_length)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "building one derived value from another waited forever"
    assert sum(len(v) for v in built[0].values()) == len(catalog.topics)
    assert catalog.derived(_names_by_length) is built[0]  # built once, kept
