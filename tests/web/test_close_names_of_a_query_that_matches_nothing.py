"""A query that matches nothing answers with the catalog's closest names ("did you mean"), as the box is typed into.

`NameIndex.closest` scored every one of the catalog's 16,000 names and aliases for each such query (4-7 ms of numpy);
it now scores only those that can reach `MIN_SCORE` (a name near the query's length, or one holding a word near one
of the query's words), and must answer exactly as before: these answers were taken with the old scoring.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from django.test import Client

from roadmapfinder.catalog import default_catalog, suggest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("query", "corrected", "suggested"),
    [
        ("xyzzy qwerty", None, []),
        ("qwzx vbnm", None, []),
        ("kubernetezzz", None, [("roadmap", "kubernetes"), ("topic", "kubernetes")]),
        ("reactjsss", None, [("roadmap", "react"), ("topic", "react")]),
        ("graphqlzz", None, [("roadmap", "graphql"), ("topic", "graphql")]),
        ("pythn", "python", []),
        ("reactt", "react", []),
    ],
)
def test_a_query_that_matches_nothing_gets_the_same_close_names(
    query: str, corrected: str | None, suggested: list[tuple[str, str]]
) -> None:
    body = Client().get("/api/v1/search", {"q": query}).json()
    assert body["corrected"] == corrected
    assert bool(body["results"]) == bool(corrected)  # a slip of a word the catalog has is searched as that word
    assert [(s["kind"], s["key"]) for s in body["suggestions"]] == suggested


def test_the_close_names_are_looked_for_among_names_near_the_querys_length(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: "xyzzy qwerty" was compared with all 14,000 distinct topic names and every word of the catalog, and all
    # 16,000 entries were scored; now only the names a quarter longer or shorter at most are compared with it
    compared: list[int] = []
    similarities = suggest._similarities

    def counting(typed: str, known: Any) -> np.ndarray:
        compared.append(len(known))
        return similarities(typed, known)

    index = default_catalog().topic_names()
    monkeypatch.setattr(suggest, "_similarities", counting)
    assert index.closest("xyzzy qwerty") == []
    assert compared[0] < len(index.names) / 2
    assert sum(compared[1:]) < len(index.vocabulary)
