"""Closest-match suggestions ("did you mean") for slugs, ids and names, and the spelling similarity behind them.

Similarity is counted in edits with a swap of two neighbouring letters as one edit (optimal string alignment), the
slip people make most ("pyhton"), and word by word, so a name is close when each word the learner typed is close
to one of its words. Partial overlaps of letters do not count: "elixir" is not close to "Data ingestion and
extraction", and "fsharp" not to "FHRP", however many letters they share.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import numpy as np
from rapidfuzz import process, utils
from rapidfuzz.distance import OSA

#: Below this similarity (0-100) a candidate is noise, not a suggestion.
MIN_SCORE = 75.0


#: A match word by word counts a little less than the same match of the whole name, so "backnd" ranks Backend
#: above a topic that merely has "backends" among its words.
WORD_MATCH_WEIGHT = 0.95


#: An alias matching as well as another entry's own title ranks just below it ("pyhton": Python before a topic
#: with the alias "python").
ALIAS_WEIGHT = 0.99


def spelling_similarity(typed: str, known: str, **_: object) -> float:
    """How close `known` is to what was `typed`, 0-100: one neighbouring swap or typo in six letters is about 83.

    Extra keyword arguments (rapidfuzz passes `score_cutoff`, `processor`) are accepted and ignored."""
    return OSA.normalized_similarity(typed, known) * 100


def closest(query: str, candidates: Mapping[str, Iterable[str]], *, limit: int = 3) -> list[str]:
    """Return up to `limit` keys of `candidates` whose names best match `query`, best first.

    `candidates` maps each key (a slug or topic id) to the names it is known by (title, aliases); the key itself
    always counts as a name. Matching ignores case and punctuation, and scores a key by its best name: the better of
    the whole name's `spelling_similarity` and the mean, over the query's words, of each one's best match among the
    name's words, discounted for the name's extra words ("hooks" is close to "React hooks", "kubernets" not to
    "Kubernetes gateway API"). For names asked again and again (the catalog's), keep a `NameIndex`.
    """
    return NameIndex(candidates).closest(query, limit=limit)


class NameIndex:
    """Names prepared once for `closest`: each processed, split into words, the words numbered.

    A search or a goal that matches nothing asks for suggestions among the catalog's 4,000 names; scoring them one
    by one in Python took about 40 ms. Here the edit distances are computed in batches (rapidfuzz's `cdist`: the
    query against every distinct name, each query word against every distinct word) and combined with numpy, to the
    scores `closest` describes (tests/unit/test_suggestions.py checks them against scoring each name on its own, on
    the shipped catalog).
    """

    def __init__(self, candidates: Mapping[str, Iterable[str]]) -> None:
        entries = [
            (key, index, _processed(name))
            for key, names in candidates.items()
            for index, name in enumerate((key, *names))
        ]
        self.keys = [key for key, _, _ in entries]
        self.names = list(dict.fromkeys(name for _, _, (name, _) in entries))
        self.vocabulary = list(dict.fromkeys(word for _, _, (_, words) in entries for word in words))
        name_at = {name: i for i, name in enumerate(self.names)}
        word_at = {word: i for i, word in enumerate(self.vocabulary)}
        widest = max((len(words) for _, _, (_, words) in entries), default=0)
        self.name_of = np.array([name_at[name] for _, _, (name, _) in entries], dtype=np.intp)
        #: Each entry's words by number, padded with len(vocabulary): a column of "no word" that never wins a max.
        self.words_of = np.full((len(entries), max(widest, 1)), len(self.vocabulary), dtype=np.intp)
        for row, (_, _, (_, words)) in enumerate(entries):
            self.words_of[row, : len(words)] = [word_at[word] for word in words]
        self.word_count = np.array([len(words) for _, _, (_, words) in entries], dtype=np.float64)
        self.weight = np.array([1.0 if index <= 1 else ALIAS_WEIGHT for _, index, _ in entries])

    def closest(self, query: str, *, limit: int = 3) -> list[str]:
        """Up to `limit` keys whose names best match `query`, best first (see `closest`)."""
        if not self.keys:
            return []
        typed = utils.default_process(query)
        scores = _similarities(typed, self.names)[self.name_of]
        typed_words = typed.split()
        if typed_words:
            by_word = np.zeros(len(self.keys))
            for word in typed_words:
                near = np.append(_similarities(word, self.vocabulary), -1.0)
                by_word += near[self.words_of].max(axis=1)
            by_word /= len(typed_words)
            wider = self.word_count > len(typed_words)
            extra_words = np.ones(len(self.keys))
            extra_words[wider] = (len(typed_words) / self.word_count[wider]) ** 0.25
            has_words = self.word_count > 0
            scores = np.where(has_words, np.maximum(scores, by_word * WORD_MATCH_WEIGHT * extra_words), scores)
        scores = scores * self.weight
        best: dict[str, float] = {}
        for row in np.flatnonzero(scores >= MIN_SCORE):
            key, score = self.keys[row], float(scores[row])
            best[key] = max(score, best.get(key, 0.0))
        return [key for key, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def name_key(name: str) -> str:
    """A name as the "did you mean" compares names, its words one space apart: "HTTP and HTTPS" and "http-and-https"
    are one key (`Catalog.topic_named` matches exact names by it, after the names as typed)."""
    return " ".join(_processed(name)[1])


@functools.lru_cache(maxsize=16_384)
def _processed(name: str) -> tuple[str, tuple[str, ...]]:
    """A name lower-cased with punctuation as spaces, and its words."""
    processed = utils.default_process(name)
    return processed, tuple(processed.split())


def _similarities(typed: str, known: list[str]) -> np.ndarray:
    """`spelling_similarity(typed, k)` for every k in `known`, in one call."""
    if not known:
        return np.zeros(0)
    scores: np.ndarray = process.cdist([typed], known, scorer=OSA.normalized_similarity, dtype=np.float64)[0] * 100
    return scores
