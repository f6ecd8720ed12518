"""Closest-match suggestions ("did you mean") for slugs, ids and names, and the spelling similarity behind them.

Similarity is counted in edits with a swap of two neighbouring letters as one edit (optimal string alignment), the
slip people make most ("pyhton"), and word by word, so a name is close when each word the learner typed is close
to one of its words. Partial overlaps of letters do not count: "elixir" is not close to "Data ingestion and
extraction", and "fsharp" not to "FHRP", however many letters they share.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

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

    A search or a goal that matches nothing asks for suggestions among the catalog's 16,000 names and aliases; scoring
    them one by one in Python took about 40 ms. Here the edit distances are computed in batches (rapidfuzz's `cdist`)
    and combined with numpy, to the scores `closest` describes (tests/unit/test_suggestions.py checks them against
    scoring each name on its own, on the shipped catalog). Scoring every entry that way still took 4-7 ms a query, most
    of it numpy over all 16,000 entries, to keep the few at or above `MIN_SCORE`. So only the entries that can reach it
    are scored: those whose whole name is near the query's length (a name a quarter longer or shorter is at least a
    quarter of its letters away) and those holding a word near one of the query's (the mean of the query's words' best
    matches is at least `MIN_SCORE` only if one of them is). The rest are scored exactly as before.
    """

    def __init__(self, candidates: Mapping[str, Iterable[str]]) -> None:
        entries = [
            (key, index, _processed(name))
            for key, names in candidates.items()
            for index, name in enumerate((key, *names))
        ]
        self.keys = [key for key, _, _ in entries]
        #: The distinct names, shortest first: the names near a query's length are one slice (`_near`).
        self.names = sorted(dict.fromkeys(name for _, _, (name, _) in entries), key=len)
        self.name_lengths = np.array([len(name) for name in self.names], dtype=np.intp)
        #: The distinct words, shortest first: the words near a query's word's length are one slice too.
        self.vocabulary = sorted(dict.fromkeys(word for _, _, (_, words) in entries for word in words), key=len)
        self.word_lengths = np.array([len(word) for word in self.vocabulary], dtype=np.intp)
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
        #: The entries of each name and of each word (an entry once per word), numbered in order: `_Postings`.
        self.entries_named = _Postings(self.name_of, len(self.names))
        holder = np.repeat(np.arange(len(entries), dtype=np.intp), self.words_of.shape[1])
        held = self.words_of.ravel()
        present = held < len(self.vocabulary)
        self.entries_with_word = _Postings(held[present], len(self.vocabulary), holder[present])

    def closest(self, query: str, *, limit: int = 3) -> list[str]:
        """Up to `limit` keys whose names best match `query`, best first (see `closest`)."""
        if not self.keys:
            return []
        typed = utils.default_process(query)
        typed_words = typed.split()
        first, whole = _near(typed, self.names, self.name_lengths)
        rows = [self.entries_named.of(first + np.flatnonzero(whole >= MIN_SCORE))]
        for word in typed_words:
            start, near = _near(word, self.vocabulary, self.word_lengths)
            rows.append(self.entries_with_word.of(start + np.flatnonzero(near >= _WORD_FLOOR)))
        row = np.unique(np.concatenate(rows))
        if not len(row):
            return []
        # The whole name's similarity of the entries scored: those of names outside the slice are below MIN_SCORE,
        # and a score below it never decides an entry's score that reaches it (`max` below).
        at = self.name_of[row] - first
        inside = (at >= 0) & (at < len(whole))
        scores = np.zeros(len(row))
        scores[inside] = whole[at[inside]]
        if typed_words:
            words_of = self.words_of[row]
            held = np.unique(words_of)
            held = held[held < len(self.vocabulary)]
            held_words = [self.vocabulary[i] for i in held.tolist()]
            # Each query word's similarity to the words these entries hold; -1 for "no word" and the rest, never read.
            near = np.full(len(self.vocabulary) + 1, -1.0)
            by_word = np.zeros(len(row))
            for word in typed_words:
                near[held] = _similarities(word, held_words)
                by_word += near[words_of].max(axis=1)
            by_word /= len(typed_words)
            word_count = self.word_count[row]
            wider = word_count > len(typed_words)
            extra_words = np.ones(len(row))
            extra_words[wider] = (len(typed_words) / word_count[wider]) ** 0.25
            has_words = word_count > 0
            scores = np.where(has_words, np.maximum(scores, by_word * WORD_MATCH_WEIGHT * extra_words), scores)
        scores = scores * self.weight[row]
        best: dict[str, float] = {}
        for at_row in np.flatnonzero(scores >= MIN_SCORE):
            key, score = self.keys[row[at_row]], float(scores[at_row])
            best[key] = max(score, best.get(key, 0.0))
        return [key for key, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]]


#: A word of the query is near a word of a name when a match that close could lift the entry to `MIN_SCORE`: the mean
#: of the query's words' best matches, discounted by `WORD_MATCH_WEIGHT`, reaches it only if one of them reaches this
#: (less a hair, for rounding).
_WORD_FLOOR = MIN_SCORE / WORD_MATCH_WEIGHT - 1e-6


class _Postings:
    """For each of `size` numbers (a name, a word), the entries holding it, ascending: `of` gathers those of several
    numbers without a Python loop."""

    def __init__(self, numbers: np.ndarray, size: int, entries: np.ndarray | None = None) -> None:
        holders = np.arange(len(numbers), dtype=np.intp) if entries is None else entries
        order = np.argsort(numbers, kind="stable")
        self.entries = holders[order]
        self.starts = np.searchsorted(numbers[order], np.arange(size + 1))

    def of(self, numbers: np.ndarray) -> np.ndarray:
        """The entries holding any of `numbers` (an entry may come more than once)."""
        if not len(numbers):
            return np.zeros(0, dtype=np.intp)
        starts, ends = self.starts[numbers], self.starts[numbers + 1]
        return np.concatenate([self.entries[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])


def name_key(name: str) -> str:
    """A name as the "did you mean" compares names, its words one space apart: "HTTP and HTTPS" and "http-and-https"
    are one key (`Catalog.topic_named` matches exact names by it, after the names as typed)."""
    return " ".join(_processed(name)[1])


@functools.lru_cache(maxsize=16_384)
def _processed(name: str) -> tuple[str, tuple[str, ...]]:
    """A name lower-cased with punctuation as spaces, and its words."""
    processed = utils.default_process(name)
    return processed, tuple(processed.split())


def _near(typed: str, known: list[str], lengths: np.ndarray) -> tuple[int, np.ndarray]:
    """The slice of `known` (shortest first, `lengths` theirs) whose lengths leave room for a similarity of `MIN_SCORE`
    to `typed`, as the position of its first and the similarity of each.

    The edit distance is at least the difference of the lengths, so a similarity of 75 needs the shorter at least
    three quarters of the longer: 3 * longer <= 4 * shorter, counted in whole letters, so no rounding."""
    length = len(typed)
    first = int(np.searchsorted(lengths, -(-3 * length // 4), side="left"))
    end = int(np.searchsorted(lengths, 4 * length // 3, side="right"))
    return first, _similarities(typed, known[first:end])


def _similarities(typed: str, known: Sequence[str]) -> np.ndarray:
    """`spelling_similarity(typed, k)` for every k in `known`, in one call."""
    if not known:
        return np.zeros(0)
    scores: np.ndarray = process.cdist([typed], known, scorer=OSA.normalized_similarity, dtype=np.float64)[0] * 100
    return scores
