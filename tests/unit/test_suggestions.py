"""Suggestions of close names (catalog/suggest.py, "did you mean"): `closest` computes its edit distances in
batches, and must rank exactly as scoring every name one by one (`_name_similarity`, the definition) does, on the
shipped catalog's roadmaps and topics, for what learners type: misspellings, several words, words it lacks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest
from rapidfuzz import utils

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.suggest import (
    ALIAS_WEIGHT,
    MIN_SCORE,
    WORD_MATCH_WEIGHT,
    NameIndex,
    closest,
    spelling_similarity,
)
from roadmapfinder.errors import NotFound

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")

QUERIES = [
    "pyhton",
    "kubernets",
    "javscript",
    "reactjs hooks",
    "backnd",
    "lorem ipsum",
    "asdf qwer zxcv",
    "COBOL",
    "erlang",
    "machine lerning",
    "c sharp",
    "dockr compose",
    "hooks",
    "postgre sql",
    "!!!",
    "a",
    "design instgram",
    "typescrpt generics and decorators",
]


def _name_similarity(query: str, name: str) -> float:
    """A name's score, one name at a time, as `closest` describes it."""
    whole = spelling_similarity(query, name)
    typed, known = query.split(), name.split()
    if not typed or not known:
        return whole
    by_word = sum(max(spelling_similarity(word, other) for other in known) for word in typed) / len(typed)
    extra_words = (len(typed) / len(known)) ** 0.25 if len(known) > len(typed) else 1.0
    return max(whole, by_word * WORD_MATCH_WEIGHT * extra_words)


def _one_by_one(query: str, candidates: Mapping[str, Iterable[str]], limit: int = 3) -> list[str]:
    """The definition: every name of every key scored on its own."""
    typed = utils.default_process(query)
    best: dict[str, float] = {}
    for key, names in candidates.items():
        for index, name in enumerate((key, *names)):
            score = _name_similarity(typed, utils.default_process(name)) * (1.0 if index <= 1 else ALIAS_WEIGHT)
            if score >= MIN_SCORE:
                best[key] = max(score, best.get(key, 0.0))
    return [key for key, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]]


@pytest.mark.parametrize("query", QUERIES)
def test_batched_suggestions_rank_as_scoring_each_name_does(query: str) -> None:
    catalog = default_catalog()
    roadmaps = {r.slug: (r.title, *r.aliases) for r in catalog.roadmaps}
    topics = {t.id: (t.name, *t.aliases) for t in catalog.topics}
    for candidates in (roadmaps, topics):
        assert closest(query, candidates, limit=5) == _one_by_one(query, candidates, limit=5)


def test_what_learners_mistype_is_suggested_and_noise_is_not() -> None:
    catalog = default_catalog()
    roadmaps = {r.slug: (r.title, *r.aliases) for r in catalog.roadmaps}
    assert closest("pyhton", roadmaps)[0] == "python"
    assert closest("kubernets", roadmaps)[0] == "kubernetes"
    assert closest("qwzx vbnm", roadmaps) == []
    assert closest("pyhton", {}) == []


def test_the_catalogs_names_are_prepared_once_for_every_unknown_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Preparing the 4,000 topic names took ~40 ms; a mistyped address or topic id must not pay it every time."""
    catalog = default_catalog()
    prepared: list[int] = []
    prepare = NameIndex.__init__

    def counted(self: NameIndex, candidates: Mapping[str, Iterable[str]]) -> None:
        prepared.append(len(candidates))
        prepare(self, candidates)

    monkeypatch.setattr(NameIndex, "__init__", counted)
    for typed in ("pyhton", "kubernets", "dockr"):
        with pytest.raises(NotFound) as found:
            catalog.topic(typed)
        assert found.value.suggestions
        with pytest.raises(NotFound):
            catalog.roadmap(typed)
    assert prepared.count(len(catalog.topics)) <= 1
    assert prepared.count(len(catalog.roadmaps)) <= 1
    assert catalog.roadmap_names().closest("pyhton")[0] == "python"
