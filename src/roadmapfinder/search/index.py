"""The search index: roadmaps and topics as documents with weighted fields, scored by BM25 (bm25s).

Each document has three fields, each its own BM25 index so they can be weighted: `name` (title, slug,
aliases), `summary`, and `body` (a roadmap's phases, goals and projects; a topic's key points and stack
variants). A query term's score is the weighted sum of its field scores. Topics also lend their score to the
roadmaps that teach them, so "react hooks" finds the roadmaps with that topic.

A name's generic words (those many roadmaps are named with: "web", "developer", "engineer", `_generic_words`) name
its document only beside the words that set that name apart: "web development" is no name match for Ruby on Rails'
alias "ruby web development", which the query only shares its generic part with; the search weighs such a partial
match as the body's (`SearchIndex.partial_names`).

The index is built once per catalog (`index_for`) and is immutable: content never changes while a process runs.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from math import ceil
from typing import NamedTuple

import bm25s
import numpy as np
import numpy.typing as npt

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Category, ExtraSection, Roadmap, Topic
from roadmapfinder.search.synonyms import PHRASE_SYNONYMS, WORD_SYNONYMS
from roadmapfinder.search.text import normalize, stem, terms, words

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

# bm25s sets its own logger to DEBUG when imported, which undoes any configuration made before the import (web
# settings quiet it, but the server now imports search after Django starts) and prints "Building index from
# tokens" once per field: the server reports the index once instead.
logging.getLogger("bm25s").setLevel(logging.WARNING)


class Field(StrEnum):
    """A weighted part of a document; the value is what a result's `matched` calls it."""

    NAME = "name"
    SUMMARY = "summary"
    BODY = "content"


#: How much a match in each field counts: names above summaries above the rest of the text.
FIELD_WEIGHTS: dict[Field, float] = {Field.NAME: 3.0, Field.SUMMARY: 1.0, Field.BODY: 0.35}

#: A word in the names of at least this share of the roadmaps (and of at least `GENERIC_MIN_ROADMAPS` of them)
#: names a field or a role, not a roadmap: "developer", "engineer", "programming", "web", "cloud" on the shipped
#: catalog. See `SearchIndex.partial_names`.
GENERIC_NAME_SHARE = 0.125
GENERIC_MIN_ROADMAPS = 3

#: BM25 parameters per field. Names are lists of aliases, so their length says little (low `b`).
_BM25_PARAMS: dict[Field, tuple[float, float]] = {
    Field.NAME: (1.2, 0.3),
    Field.SUMMARY: (1.2, 0.75),
    Field.BODY: (1.2, 0.75),
}


class Teachers(NamedTuple):
    """The roadmaps that teach one topic (positions in the index), with how centrally and how much practice."""

    roadmaps: IntArray
    #: 1 for a core skill, less for a topic of an extra section.
    centrality: FloatArray
    #: How many of the roadmap's projects practise the topic: where equal scores are ordered by how deeply
    #: each roadmap teaches it.
    practice: IntArray


@dataclass(frozen=True)
class Document:
    """A roadmap or a topic as the index sees it."""

    kind: str  # "roadmap" or "topic"
    key: str  # slug or topic id
    title: str
    names: tuple[str, ...]  # title, slug and aliases: what a `name` match can point at


class SearchIndex:
    """BM25 over weighted fields for every roadmap and topic of one catalog, plus what fuzzy matching needs."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        roadmaps = catalog.roadmaps
        topics = catalog.topics
        self.documents: tuple[Document, ...] = (
            *(Document("roadmap", r.slug, r.title, (r.title, r.slug.replace("-", " "), *r.aliases)) for r in roadmaps),
            *(Document("topic", t.id, t.name, (t.name, t.id.replace("-", " "), *t.aliases)) for t in topics),
        )
        self.roadmap_count = len(roadmaps)
        self.position = {(d.kind, d.key): i for i, d in enumerate(self.documents)}
        fields: dict[Field, list[list[str]]] = {
            Field.NAME: [*(_roadmap_name(r) for r in roadmaps), *(_topic_name(t) for t in topics)],
            Field.SUMMARY: [
                *(terms(f"{r.summary} {r.category.label}") for r in roadmaps),
                *(terms(t.summary) for t in topics),
            ],
            Field.BODY: [*(_roadmap_body(r) for r in roadmaps), *(_topic_body(t) for t in topics)],
        }
        self._bm25: dict[Field, bm25s.BM25] = {}
        for field, corpus in fields.items():
            k1, b = _BM25_PARAMS[field]
            model = bm25s.BM25(k1=k1, b=b)
            model.index(corpus, show_progress=False)
            self._bm25[field] = model
        self.vocabulary: frozenset[str] = frozenset(t for corpus in fields.values() for doc in corpus for t in doc)
        #: Surface words (unstemmed) for typo correction, longest-lived names first.
        self.surface_words: tuple[str, ...] = tuple(sorted(_surface_words(roadmaps, topics)))
        #: The words of the catalog's names (titles, names, aliases): spelling fixes are chosen among these first,
        #: so "pyhton" becomes Python rather than a word of some summary.
        self.name_words: tuple[str, ...] = tuple(sorted(_surface_words(roadmaps, topics, names_only=True)))
        #: ... and the words of the curated synonyms' phrases ("instagram" in "design instagram"), which typos are
        #: corrected towards like names, so "design instgram" is the system design prompt too.
        self.correctable_words: tuple[str, ...] = tuple(
            sorted(set(self.name_words) | {w for p in (*PHRASE_SYNONYMS, *WORD_SYNONYMS) for w in words(p)})
        )
        #: The names' generic words (`GENERIC_NAME_SHARE`), and for each, the documents whose names hold it with what
        #: else each of those names says: the words that set the name apart ("ruby" in "ruby web development").
        self.generic_words = _generic_words(roadmaps)
        #: Those of them that name a field of the catalog ("web", "cloud", as its sections are named), not a role
        #: ("developer", "engineer", "programming"): a name of generic words alone is told apart by its field.
        self.field_words = self.generic_words & {stem(w) for c in Category for w in c.value.split("-")}
        #: Each document's names as the stems they hold (each once), in `Document.names`' order: which name a result
        #: matched by (`engine._explain`), read once here rather than for every result of every query. Tuples, not
        #: sets: a quarter of the memory for the 17,000 names of the shipped catalog.
        self.name_stems: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
            tuple(tuple(dict.fromkeys(terms(name))) for name in doc.names) for doc in self.documents
        )
        self._generic_names: dict[str, _GenericNames] = {}
        for i, names in enumerate(self.name_stems):
            for stems in map(frozenset, names):
                own = stems - self.generic_words
                for generic in stems & self.generic_words:
                    holders = self._generic_names.setdefault(generic, _GenericNames())
                    holders.docs.add(i)
                    if own:  # filed under one of its own words: only a query holding that word can say it
                        holders.by_word.setdefault(min(own), []).append((own, i))
                    else:
                        holders.generic_only.append((stems, i))
        #: Whole names (stemmed, space separated) to the documents they name, for exact-name boosts.
        self.phrases: dict[str, list[int]] = {}
        for i, doc in enumerate(self.documents):
            for name in doc.names:
                phrase = " ".join(terms(name))
                if phrase and i not in self.phrases.setdefault(phrase, []):
                    self.phrases[phrase].append(i)
        self.category_masks: dict[Category, npt.NDArray[np.bool_]] = {
            c: np.zeros(self.size, dtype=np.bool_) for c in Category
        }
        for i, roadmap in enumerate(roadmaps):
            mask = self.category_masks[roadmap.category]
            mask[i] = True
            mask[[self.position[("topic", tid)] for tid in roadmap.topic_ids]] = True
        #: Each roadmap's topics (each once, in the roadmap's order) with their positions in the index: the topics a
        #: roadmap result says it matched by (`engine._matched_topics`).
        self.roadmap_topics: tuple[tuple[tuple[str, ...], IntArray], ...] = tuple(
            (tids, np.array([self.position[("topic", tid)] for tid in tids], dtype=np.int64))
            for tids in (tuple(dict.fromkeys(roadmap.topic_ids)) for roadmap in roadmaps)
        )
        # Which roadmaps teach each topic, how centrally (a core skill counts more than an extra section) and how
        # many of their projects practise it.
        self.teachers: dict[int, Teachers] = {}
        uses: dict[int, dict[int, float]] = {}
        for ri, roadmap in enumerate(roadmaps):
            for phase in roadmap.phases:
                for tid, weight in (*((t, 1.0) for t in phase.core_skills), *_extra(phase.extra_sections)):
                    ti = self.position[("topic", tid)]
                    seen = uses.setdefault(ti, {})
                    seen[ri] = max(weight, seen.get(ri, 0.0))
        for ti, by_roadmap in uses.items():
            topic_id = self.documents[ti].key
            self.teachers[ti] = Teachers(
                roadmaps=np.fromiter(by_roadmap.keys(), dtype=np.int64),
                centrality=np.fromiter(by_roadmap.values(), dtype=np.float32),
                practice=np.fromiter((_practice(roadmaps[ri], topic_id) for ri in by_roadmap), dtype=np.int64),
            )

    @property
    def size(self) -> int:
        """Number of documents (roadmaps and topics)."""
        return len(self.documents)

    def field_scores(self, term: str) -> dict[Field, FloatArray]:
        """BM25 scores of one stemmed term in each field, over every document (fields without it are left out)."""
        out: dict[Field, FloatArray] = {}
        for field, model in self._bm25.items():
            token_id = model.vocab_dict.get(term)
            if token_id is not None:
                out[field] = model.get_scores_from_ids([token_id])
        return out

    def partial_names(self, term: str, query: Collection[str]) -> list[int]:
        """The documents that have the generic word `term` in a name only where the query does not say that name.

        A generic word ("web", "developer") names a roadmap only beside the words that set the name holding it apart:
        "web development" does not name Ruby on Rails by its alias "ruby web development" (the learner never wrote
        "ruby"), while "ruby web development" does. A name of generic words alone is set apart by the field it says:
        it counts when it holds every field word of the query (`field_words`), or every generic word of a query that
        names no field ("web developer", Frontend's, for "web development", "web programming" and "html for web";
        "cloud engineer" for "cloud programming"; not Software Engineer's "developer" for "web development").
        Searched as loose words, such aliases made "html web development" ASP.NET Core's and Rails' before
        JavaScript's. The search weighs these matches as the body's (`engine._score`). A word that sets a name apart
        ("rails", "html") names its documents on its own, as before. `query` is the query's terms (stems).
        """
        holders = self._generic_names.get(term)
        if holders is None:
            return []
        said = frozenset(query)
        asked = said & self.generic_words
        needed = (asked & self.field_words) or asked  # the field the query names, else all its generic words
        named = {doc for word in said for own, doc in holders.by_word.get(word, ()) if own <= said}
        named.update(doc for stems, doc in holders.generic_only if needed <= stems)
        return sorted(holders.docs - named)


@dataclass
class _GenericNames:
    """The names holding one generic word, as `SearchIndex.partial_names` reads them."""

    #: Every document with a name holding it.
    docs: set[int] = dataclasses.field(default_factory=set)
    #: Names with words of their own (their own words, the document), under the least of those words.
    by_word: dict[str, list[tuple[frozenset[str], int]]] = dataclasses.field(default_factory=dict)
    #: Names of generic words alone (their words, the document).
    generic_only: list[tuple[frozenset[str], int]] = dataclasses.field(default_factory=list)


def index_for(catalog: Catalog) -> SearchIndex:
    """The index of `catalog`, built on first use and kept with it (catalogs are immutable)."""
    return catalog.derived(SearchIndex)


def _generic_words(roadmaps: Sequence[Roadmap]) -> frozenset[str]:
    """Stems in the names (title, slug, aliases) of at least `GENERIC_NAME_SHARE` of `roadmaps`: words that many
    roadmaps are named with say a field or a role rather than which roadmap. Read from the catalog, so they follow its
    names; a small catalog (under `GENERIC_MIN_ROADMAPS` roadmaps sharing a word) has none."""
    counts: dict[str, int] = {}
    for roadmap in roadmaps:
        for stem_ in set(_roadmap_name(roadmap)):
            counts[stem_] = counts.get(stem_, 0) + 1
    least = max(GENERIC_MIN_ROADMAPS, ceil(GENERIC_NAME_SHARE * len(roadmaps)))
    return frozenset(word for word, count in counts.items() if count >= least)


def _practice(roadmap: Roadmap, topic_id: str) -> int:
    """How many of `roadmap`'s projects practise the topic."""
    return sum(topic_id in project.practises for phase in roadmap.phases for project in phase.projects)


def _extra(sections: Iterable[ExtraSection]) -> Iterable[tuple[str, float]]:
    """Topics of extra sections, which count less for a roadmap than its core skills."""
    for section in sections:
        for tid in section.topics:
            yield tid, 0.6


def _roadmap_name(roadmap: Roadmap) -> list[str]:
    return [t for name in (roadmap.title, roadmap.slug.replace("-", " "), *roadmap.aliases) for t in terms(name)]


def _topic_name(topic: Topic) -> list[str]:
    return [t for name in (topic.name, topic.id.replace("-", " "), *topic.aliases) for t in terms(name)]


def _roadmap_body(roadmap: Roadmap) -> list[str]:
    parts: list[str] = [roadmap.audience]
    for phase in roadmap.phases:
        parts.extend((phase.title, phase.goal))
        parts.extend(p.title for p in phase.projects)
        parts.extend(s.title for s in phase.extra_sections)
    return terms(" ".join(parts))


def _topic_body(topic: Topic) -> list[str]:
    parts: list[str] = [*topic.key_points]
    for variant in topic.variants:
        parts.extend((variant.stack, variant.name))
    return terms(" ".join(parts))


def _surface_words(roadmaps: Sequence[Roadmap], topics: Sequence[Topic], *, names_only: bool = False) -> set[str]:
    found: set[str] = set()
    for roadmap in roadmaps:
        for text in (roadmap.title, *(() if names_only else (roadmap.summary,)), *roadmap.aliases):
            found.update(words(text))
    for topic in topics:
        for text in (topic.name, *(() if names_only else (topic.summary,)), *topic.aliases):
            found.update(words(text))
    return {w for w in found if len(w) >= 4 and not w.isdigit()}


__all__ = ["FIELD_WEIGHTS", "Document", "Field", "SearchIndex", "Teachers", "index_for", "normalize", "stem"]
