"""Closest-match suggestions ("did you mean") for slugs, ids and names, and the spelling similarity behind them.

Similarity is counted in edits with a swap of two neighbouring letters as one edit (optimal string alignment), the
slip people make most ("pyhton"), and word by word, so a name is close when each word the learner typed is close
to one of its words. Partial overlaps of letters do not count: "elixir" is not close to "Data ingestion and
extraction", and "fsharp" not to "FHRP", however many letters they share.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz import utils
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


def _name_similarity(query: str, name: str) -> float:
    """The better of the whole-string similarity and the mean, over the query's words, of each one's best match
    among the name's words (both already lower-cased, punctuation as spaces), discounted for the name's extra
    words: "hooks" is close to "React hooks", "kubernets" not to "Kubernetes gateway API"."""
    whole = spelling_similarity(query, name)
    typed, known = query.split(), name.split()
    if not typed or not known:
        return whole
    by_word = sum(max(spelling_similarity(word, other) for other in known) for word in typed) / len(typed)
    extra_words = (len(typed) / len(known)) ** 0.25 if len(known) > len(typed) else 1.0
    return max(whole, by_word * WORD_MATCH_WEIGHT * extra_words)


def closest(query: str, candidates: Mapping[str, Iterable[str]], *, limit: int = 3) -> list[str]:
    """Return up to `limit` keys of `candidates` whose names best match `query`, best first.

    `candidates` maps each key (a slug or topic id) to the names it is known by (title, aliases); the key itself
    always counts as a name. Matching ignores case and punctuation, and scores a key by its best name.
    """
    typed = utils.default_process(query)
    best: dict[str, float] = {}
    for key, names in candidates.items():
        for index, name in enumerate((key, *names)):
            score = _name_similarity(typed, utils.default_process(name))
            score *= 1.0 if index <= 1 else ALIAS_WEIGHT  # the key or the title, over an alias equally close
            if score >= MIN_SCORE:
                best[key] = max(score, best.get(key, 0.0))
    return [key for key, _ in sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]]
