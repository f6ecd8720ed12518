"""`search_words`: the words search under `choice.search_catalog`, which every surface calls (web page, suggestions
box, API, CLI); the finder and the generator call it directly, having read the goal themselves.

A query becomes weighted terms: its own words (stemmed), typo corrections from rapidfuzz for words the catalog
does not contain, joined pairs ("front end" → "frontend") and curated synonyms (a phrase's, such as "millions of
users" → scalability, stand for each of its words). Each term's BM25 scores over the weighted fields add up per
document, a generic word of a name ("web" of "ruby web development") at the body's weight unless the query has the
name's own words too (`SearchIndex.partial_names`); documents that cover more of the query's words (a word of a
roadmap's name counting double), and whose whole name the query contains, rank higher; topics lend their score to
the roadmaps that teach them, and roadmaps with equal scores come by how many of their projects practise the lending
topic. Every result says which field and which topic matched.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import OSA

from roadmapfinder.catalog.catalog import Catalog, parse_category
from roadmapfinder.catalog.models import Category, Roadmap
from roadmapfinder.catalog.suggest import closest, spelling_similarity
from roadmapfinder.errors import InvalidInput, NotFound, UnknownNames
from roadmapfinder.search.index import FIELD_WEIGHTS, Field, FloatArray, IntArray, SearchIndex, index_for
from roadmapfinder.search.shapes import MatchOut, RoadmapHit, SearchOut, Suggestion, TopicHit
from roadmapfinder.search.synonyms import PHRASE_SYNONYMS, WORD_SYNONYMS
from roadmapfinder.search.text import (
    STOPWORDS,
    clean_query,
    normalize,
    phrase_synonyms_of,
    stem,
    word_synonyms_of,
    words,
)

#: Words of the curated synonyms ("whatsapp"): spelt right even where the catalog's own text never uses them.
_SYNONYM_WORDS = frozenset(w for p in (*PHRASE_SYNONYMS, *WORD_SYNONYMS) for w in words(p))

DEFAULT_LIMIT = 10
MAX_LIMIT = 50

#: Weights of terms that are not the query's own words.
SYNONYM_WEIGHT = 0.6
#: A curated phrase ("millions of users", "front end") is surer than one word's synonym: it stands for every word
#: of the phrase.
PHRASE_WEIGHT = 0.8
JOINED_WEIGHT = 0.9
TYPO_WEIGHT = 0.9
#: Bonus for a document whose whole name (title, slug or an alias) appears in the query, scaled by coverage.
NAME_BONUS = 6.0
#: And the factor for the one roadmap whose name is the whole query ("ai engineer" is the AI Engineer roadmap's
#: alias; without it the synonyms of "ai" made Machine Learning Engineer rank first). A name several documents share
#: ("web development" names Frontend and Full-Stack) picks none of them.
WHOLE_NAME_FACTOR = 2.0
#: Coverage weight of a query word that is part of a roadmap's whole name (other words count 1): see `_word_weights`.
NAMED_WORD_WEIGHT = 2.0
#: Share of a topic's score lent to each roadmap that teaches it (times how central the topic is there).
TOPIC_TO_ROADMAP = 0.5
#: Topics rank a little below a roadmap with the same score: most visitors are looking for a roadmap.
TOPIC_PRIOR = 0.85
#: Results under this share of the best score are noise.
RELATIVE_CUTOFF = 0.12


@dataclass
class _Term:
    stem: str
    weight: float
    #: Positions of the query words it stands for: a word's own stem, its spelling fixes and synonyms stand for
    #: that word, a joined pair for its first word, a phrase's synonyms for every word of the phrase.
    groups: tuple[int, ...]


@dataclass
class _Query:
    text: str
    words: list[str]
    terms: list[_Term] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)
    #: Each term's word as the learner or the content spelt it, for explanations (never show a stem).
    surface: dict[str, str] = field(default_factory=dict)


def search_words(
    catalog: Catalog,
    query: str | None,
    *,
    category: Category | str | None = None,
    roadmap: str | None = None,
    limit: int | None = None,
    suggest: bool = True,
) -> SearchOut:
    """Roadmaps and topics matching `query`, best first, each with why it matched.

    `category` keeps roadmaps of that category and the topics they teach; `roadmap` keeps only that roadmap's
    topics, the roadmap named as a learner types it (`roadmap_searched`). Refuses (`InvalidInput`) an empty,
    over-long, control-character or binary query, an unknown category, a limit outside 1-50 and a roadmap's name that
    names none (`UnknownNames`, with the closest roadmaps). When nothing matched, `suggestions` holds the closest
    names (`did_you_mean`), unless `suggest` is False: `choice.search_catalog` looks for them only when the query is no
    goal either ("get into it" matches no word, but is a job in tech), since they cost more than the search itself.
    """
    text = clean_query(query)
    size = _parse_limit(limit)
    wanted = parse_category(category) if category else None
    only_roadmap = roadmap_searched(catalog, roadmap) if roadmap else None
    index = index_for(catalog)
    parsed = _parse(text, index)
    total, per_term, depth = _score(index, parsed)
    mask = np.ones(index.size, dtype=np.bool_)
    if wanted is not None:
        mask &= index.category_masks[wanted]
    if only_roadmap is not None:
        mask[:] = False
        for tid in only_roadmap.topic_ids:
            mask[index.position[("topic", tid)]] = True
    scores = np.where(mask, total, 0.0)
    best = _top(scores, depth, size)
    results = [_hit(index, parsed, i, float(scores[i]), per_term, total) for i in best]
    corrected = " ".join(parsed.corrections.get(w, w) for w in parsed.words) if parsed.corrections else None
    only_topics = only_roadmap.topic_ids if only_roadmap else None
    suggestions = [] if results or not suggest else did_you_mean(catalog, text, only_topics)
    return SearchOut(query=text, results=results, corrected=corrected, suggestions=suggestions)


def roadmap_searched(catalog: Catalog, typed: str) -> Roadmap:
    """The roadmap a search is kept to, as a learner types it, the command line's resolver (`roadmap_by_name`: its
    title in any case, its slug or an alias). A name that names none is a bad value of the search's `roadmap`
    (`UnknownNames`: a 400 from the API and the site, exit 2 from the command line) that says which name, with the
    closest roadmaps by title: searching another roadmap, or every roadmap, instead would answer a question the
    learner did not ask."""
    try:
        return catalog.roadmap_by_name(typed)
    except NotFound as missing:
        raise UnknownNames(
            f"no roadmap named `{typed.strip()}` to search in",
            kind="roadmap",
            suggestions=missing.suggestions,
            hint=missing.hint if missing.suggestions else "name a roadmap by its title or slug, as the catalog has it",
            field="roadmap",
        ) from None


def _parse_limit(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_LIMIT
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit {limit} is out of range", hint=f"choose a limit from 1 to {MAX_LIMIT}")
    return limit


def _parse(text: str, index: SearchIndex) -> _Query:
    query = _Query(text=text, words=words(text))
    weights: dict[str, float] = {}
    spans: dict[str, set[int]] = {}

    def add(word: str, weight: float, *groups: int) -> None:
        term = stem(word)
        if term in index.vocabulary:
            weights[term] = max(weight, weights.get(term, 0.0))
            spans.setdefault(term, set()).update(groups)
            query.surface.setdefault(term, word)

    known: list[str] = []
    for group, word in enumerate(query.words):
        if stem(word) in index.vocabulary or word in _SYNONYM_WORDS:
            add(word, 1.0, group)
            known.append(word)
            continue
        for candidate, similarity in _typo_candidates(word, index):
            add(candidate, TYPO_WEIGHT * similarity, group)
            query.corrections.setdefault(word, candidate)
        known.append(query.corrections.get(word, word))
    for group, (left, right) in enumerate(itertools.pairwise(known)):
        add(left + right, JOINED_WEIGHT, group)
    for group, word in enumerate(known):
        for synonym in word_synonyms_of(word):
            add(synonym, SYNONYM_WEIGHT, group)
    for synonym, span in phrase_synonyms_of(*_said(text, known)):
        add(synonym, PHRASE_WEIGHT, *span)
    query.terms = [_Term(term, weight, tuple(sorted(spans[term]))) for term, weight in weights.items()]
    return query


def _said(text: str, known: list[str]) -> tuple[list[str], list[int | None]]:
    """The learner's words in order, filler words included and the others spelt as understood (`known`), with each
    one's position among the query's words (None for a filler word): what the curated phrases are read in."""
    places = iter(range(len(known)))
    tokens: list[str] = []
    groups: list[int | None] = []
    for word in normalize(text).split():
        place = None if word in STOPWORDS else next(places)
        tokens.append(word if place is None else known[place])
        groups.append(place)
    return tokens, groups


def _typo_candidates(word: str, index: SearchIndex) -> list[tuple[str, float]]:
    """Catalog words within a small edit of `word` (a neighbouring swap is one edit), with their similarity 0-1.

    Only the closest word, or the words equally close: the result says which word the learner was taken to mean
    ("corrected: cap theorem"), so a less close runner-up would be searched without being said ("theory" for
    "theorm" ranked Computer Science first). Words of the catalog's names come first; words of summaries only when
    no name is close. The curated synonyms' words count as names ("instgram" is "instagram", which with "design" is the
    system design prompt). A misspelt filler word ("lerning", "beginer") is the filler word, searched for as nothing,
    rather than the nearest content word ("leaning"): it comes back alone, with similarity 0, so it corrects the
    spelling and adds no term.
    """
    if len(word) < 4 or word.isdigit():
        return []
    cutoff = 80.0 if len(word) >= 5 else 75.0
    found = _closest_words(word, index.correctable_words, cutoff, limit=2)
    if not found:
        found = _closest_words(word, index.surface_words, cutoff, limit=2)
    filler = _closest_words(word, _FILLER_WORDS, cutoff, limit=1)
    if filler and (not found or filler[0][1] > found[0][1]):
        return [(filler[0][0], 0.0)]
    return [(candidate, score / 100) for candidate, score in found if score >= found[0][1]]


def _closest_words(word: str, known: Sequence[str], cutoff: float, *, limit: int) -> list[tuple[str, float]]:
    """The `limit` words of `known` most similar to `word` by `spelling_similarity` (at least `cutoff`), best first and
    equals in `known`'s order, with their similarity.

    The edit distances are rapidfuzz's own scorer over the whole list in one call: passed `spelling_similarity`, a
    Python function, rapidfuzz called it once per word of the catalog (6,300 calls, 3-7 ms, for every misspelt word of
    a query). That finds the few words near the cutoff; each is then scored by `spelling_similarity` itself, so the
    words kept, their scores and their order are exactly what scoring every word with it gives."""
    near = process.extract(word, known, scorer=OSA.normalized_similarity, limit=None, score_cutoff=cutoff / 100 - 1e-6)
    scored = [(candidate, spelling_similarity(word, candidate), at) for candidate, _, at in near]
    kept = sorted((item for item in scored if item[1] >= cutoff), key=lambda item: (-item[1], item[2]))
    return [(candidate, score) for candidate, score, _ in kept[:limit]]


#: The learner's filler words (`text.STOPWORDS`) in one fixed order, for `_typo_candidates`.
_FILLER_WORDS = tuple(STOPWORDS)


def _score(index: SearchIndex, query: _Query) -> tuple[FloatArray, dict[str, dict[Field, FloatArray]], IntArray]:
    """Each document's score, each term's field scores (for explanations) and each roadmap's depth (see `_top`)."""
    total = np.zeros(index.size, dtype=np.float32)
    per_term: dict[str, dict[Field, FloatArray]] = {}
    covered = np.zeros((max(len(query.words), 1), index.size), dtype=np.bool_)
    said = {term.stem for term in query.terms}
    for term in query.terms:
        scores = per_term.get(term.stem) or index.field_scores(term.stem)
        per_term[term.stem] = scores
        for fld, values in scores.items():
            weighted = FIELD_WEIGHTS[fld] * values
            if fld is Field.NAME and (partial := index.partial_names(term.stem, said)):
                # a generic word of a name whose own words the query lacks is a word of the text, not a name
                weighted[partial] = FIELD_WEIGHTS[Field.BODY] * values[partial]
            total += term.weight * weighted
            covered[list(term.groups)] |= values > 0
    if query.terms:
        weights = _word_weights(index, query)
        coverage = weights @ covered / weights.sum()
        total *= 0.4 + 0.6 * coverage
    _name_bonus(index, query, total)
    topics = slice(index.roadmap_count, index.size)
    total[topics] *= TOPIC_PRIOR
    depth = _lend_topic_scores(index, total)
    return total, per_term, depth


def _word_weights(index: SearchIndex, query: _Query) -> FloatArray:
    """How much each query word counts for coverage: a word of a roadmap's whole name counts `NAMED_WORD_WEIGHT`.

    A learner who names a roadmap ("wordpress high traffic", "laravel app with high traffic") asks about it; the
    other words qualify it. Counting every word alike let a document that covers only the qualifier ("high
    traffic" means scale: System Design) beat the roadmap the learner named.
    """
    weights = np.ones(max(len(query.words), 1), dtype=np.float32)
    for start, size in _roadmap_names_in(index, _stems(query)):
        weights[start : start + size] = NAMED_WORD_WEIGHT
    return weights


def _stems(query: _Query) -> list[str]:
    """The query's words as the catalog spells them (spelling fixes applied), stemmed."""
    return [stem(w) for w in (query.corrections.get(w, w) for w in query.words)]


def _roadmap_names_in(index: SearchIndex, stems: list[str]) -> list[tuple[int, int]]:
    """(start, length) of each run of `stems` that is a roadmap's whole name."""
    found: list[tuple[int, int]] = []
    for size in range(min(len(stems), 5), 0, -1):
        for start in range(len(stems) - size + 1):
            docs = index.phrases.get(" ".join(stems[start : start + size]), ())
            if any(index.documents[doc].kind == "roadmap" for doc in docs):
                found.append((start, size))
    return found


def _name_bonus(index: SearchIndex, query: _Query, total: FloatArray) -> None:
    """Boost documents whose whole name the query contains ("ios developer", "react hooks")."""
    stems = _stems(query)
    if not stems:
        return
    best: dict[int, float] = {}
    for size in range(min(len(stems), 5), 0, -1):
        for start in range(len(stems) - size + 1):
            for doc in index.phrases.get(" ".join(stems[start : start + size]), ()):
                best[doc] = max(best.get(doc, 0.0), size / len(stems))
    named = [doc for doc, share in best.items() if share == 1.0 and index.documents[doc].kind == "roadmap"]
    for doc, share in best.items():
        total[doc] += NAME_BONUS * share * share
    if len(named) == 1:  # the whole query is one roadmap's own name: what the learner typed beats a synonym's guess
        total[named[0]] *= WHOLE_NAME_FACTOR


def _lend_topic_scores(index: SearchIndex, total: FloatArray) -> IntArray:
    """Add to each roadmap a share of its best-matching topic's score; return how many of the roadmap's projects
    practise that topic (0 for topics and for roadmaps no topic lent to), which orders equal scores in `_top`.
    """
    depth = np.zeros(index.size, dtype=np.int64)
    topic_scores = total[index.roadmap_count :]
    hits = np.flatnonzero(topic_scores > 0)
    if hits.size == 0:
        return depth
    hits = hits[np.argsort(-topic_scores[hits], kind="stable")[:50]]
    lent = np.zeros(index.roadmap_count, dtype=np.float32)
    for ti in hits:
        teachers = index.teachers.get(int(ti) + index.roadmap_count)
        if teachers is not None:
            offered = topic_scores[ti] * teachers.centrality
            better = offered > lent[teachers.roadmaps]  # a roadmap appears once per topic
            lent[teachers.roadmaps[better]] = offered[better]
            depth[teachers.roadmaps[better]] = teachers.practice[better]
    total[: index.roadmap_count] += TOPIC_TO_ROADMAP * lent
    return depth


def _top(scores: npt.NDArray[np.floating], depth: IntArray, size: int) -> list[int]:
    """The best `size` documents over the cutoff. Equal scores, typically roadmaps that all owe their score to one
    topic they teach as a core skill ("cap theorem"), come by how many of their projects practise that topic (the
    roadmap that teaches it most deeply), then in catalog order; never in whatever order a partial sort leaves.
    """
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0:
        return []
    ordered = positive[np.lexsort((positive, -depth[positive], -scores[positive]))][:size]
    floor = float(scores[ordered[0]]) * RELATIVE_CUTOFF
    return [int(i) for i in ordered if scores[i] >= floor]


def _hit(
    index: SearchIndex,
    query: _Query,
    doc: int,
    score: float,
    per_term: dict[str, dict[Field, FloatArray]],
    total: FloatArray,
) -> RoadmapHit | TopicHit:
    document = index.documents[doc]
    matched = _explain(index, query, doc, per_term)
    if document.kind == "roadmap":
        matched.extend(_matched_topics(index, doc, total))
        return RoadmapHit(slug=document.key, title=document.title, score=round(score, 3), matched=matched)
    return TopicHit(id=document.key, title=document.title, score=round(score, 3), matched=matched)


def _explain(
    index: SearchIndex, query: _Query, doc: int, per_term: dict[str, dict[Field, FloatArray]]
) -> list[MatchOut]:
    """Which fields of `doc` the query's terms hit, and the name or words they hit there."""
    hit_terms: dict[Field, list[str]] = {}
    for term, scores in per_term.items():
        for fld, values in scores.items():
            if values[doc] > 0:
                hit_terms.setdefault(fld, []).append(term)
    document = index.documents[doc]
    out: list[MatchOut] = []
    if Field.NAME in hit_terms:
        wanted = set(hit_terms[Field.NAME])
        shared = [len(wanted.intersection(stems)) for stems in index.name_stems[doc]]
        named = document.names[shared.index(max(shared))]  # the first name holding the most of them
        label = "title" if named == document.names[0] else "slug" if named == document.names[1] else "alias"
        out.append(MatchOut(field=label, text=named))
    for fld in (Field.SUMMARY, Field.BODY):
        if fld in hit_terms:
            shown = sorted({query.surface.get(t, t) for t in hit_terms[fld]})
            out.append(MatchOut(field=fld.value, text=", ".join(shown)))
    return out


def _matched_topics(index: SearchIndex, doc: int, total: FloatArray, limit: int = 3) -> list[MatchOut]:
    tids, positions = index.roadmap_topics[doc]
    values = total[positions]
    hits = np.flatnonzero(values > 0)
    best = hits[np.argsort(-values[hits], kind="stable")[:limit]]  # equal scores in the roadmap's order
    scored = [(float(values[at]), tids[at]) for at in best]
    return [
        MatchOut(field="topic", text=index.catalog.topic(tid).name, topic=tid)
        for score, tid in scored[:limit]
        if score >= scored[0][0] * 0.3
    ]


def did_you_mean(catalog: Catalog, text: str, only_topics: tuple[str, ...] | None = None) -> list[Suggestion]:
    """Close names for a query that matched nothing ("did you mean"): the roadmaps' and the topics' names, or only the
    topics' of `only_topics` (a search kept to one roadmap)."""
    out: list[Suggestion] = []
    if only_topics is None:
        roadmaps = catalog.roadmap_names().closest(text)
        out.extend(Suggestion(kind="roadmap", key=s, title=catalog.roadmap(s).title) for s in roadmaps)
        topics = catalog.topic_names().closest(text)
    else:
        topics = closest(text, {t: (catalog.topic(t).name, *catalog.topic(t).aliases) for t in only_topics})
    out.extend(Suggestion(kind="topic", key=t, title=catalog.topic(t).name) for t in topics)
    return out
