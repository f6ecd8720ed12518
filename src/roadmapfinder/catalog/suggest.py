"""Closest-match suggestions ("did you mean") for slugs, ids and names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process, utils

#: Below this similarity (0-100) a candidate is noise, not a suggestion.
MIN_SCORE = 60.0


def closest(query: str, candidates: Mapping[str, Iterable[str]], *, limit: int = 3) -> list[str]:
    """Return up to `limit` keys of `candidates` whose names best match `query`, best first.

    `candidates` maps each key (a slug or topic id) to the names it is known by (title, aliases); the key itself
    always counts as a name. Matching ignores case and punctuation, and scores a key by its best name.
    """
    choices: dict[tuple[str, int], str] = {}
    for key, names in candidates.items():
        for index, name in enumerate((key, *names)):
            choices[(key, index)] = name
    best: dict[str, float] = {}
    for _name, score, (key, _index) in process.extract(
        query,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit * 6,
        score_cutoff=MIN_SCORE,
    ):
        best[key] = max(score, best.get(key, 0.0))
    return [key for key, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]]
