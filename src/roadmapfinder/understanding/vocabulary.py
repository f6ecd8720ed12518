"""The catalog's names as the interpreter reads them: every title, name, slug, id and alias, keyed by its words.

Built once per catalog (catalogs are immutable). A name's key is its words as the search spells them (lower
case, tech names kept whole, filler words dropped, Snowball stems), so "Linux and the command line", "linux
command-line" and "the command line in linux" spelt as words line up; the name itself is kept as the content
wrote it, because explanations quote names, never stems.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.search.synonyms import PHRASE_SYNONYMS, WORD_SYNONYMS
from roadmapfinder.search.text import STOPWORDS, stem, terms, words
from roadmapfinder.understanding.lexicon import FILLER

Kind = Literal["roadmap", "topic"]
NameField = Literal["title", "name", "slug", "id", "alias"]
Key = tuple[str, ...]

#: Longest name, in words, the interpreter looks for.
MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class Name:
    """One name of a roadmap or topic, as the content wrote it."""

    text: str
    kind: Kind
    key: str
    field: NameField


class Vocabulary:
    """Lookups from word sequences to the roadmaps and topics they name, plus the words for spelling fixes."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.names: dict[Key, list[Name]] = {}
        for roadmap in catalog.roadmaps:
            self._add(Name(roadmap.title, "roadmap", roadmap.slug, "title"))
            self._add(Name(roadmap.slug.replace("-", " "), "roadmap", roadmap.slug, "slug"))
            for alias in roadmap.aliases:
                self._add(Name(alias, "roadmap", roadmap.slug, "alias"))
        for topic in catalog.topics:
            self._add(Name(topic.name, "topic", topic.id, "name"))
            self._add(Name(topic.id.replace("-", " "), "topic", topic.id, "id"))
            for alias in topic.aliases:
                self._add(Name(alias, "topic", topic.id, "alias"))
        #: Stem of every word used in a name -> that word as the content spelt it (the first spelling seen).
        self.name_words: dict[str, str] = {}
        for names in self.names.values():
            for name in names:
                for word in words(name.text):
                    self.name_words.setdefault(stem(word), word)
        #: Words of the curated synonyms' phrases ("instagram", "shortener" in "design a url shortener"): learners
        #: misspell them as often as names, and a fix towards them is read as the phrase.
        self.synonym_words: frozenset[str] = frozenset(
            w for phrase in (*PHRASE_SYNONYMS, *WORD_SYNONYMS) for w in words(phrase)
        )
        #: Words a misspelling may be corrected to: every spelling of the words of the catalog's names ("development"
        #: beside "developer", which share a stem: "web develpment" was not understood), of the curated synonyms'
        #: phrases, and learner talk ("programer", "lerning" were searched as words of names: Lending, Go), long
        #: enough to be sure of.
        surface = {w for names in self.names.values() for name in names for w in words(name.text)}
        #: Every word of the catalog's names as the content spells it.
        self.surface_words: frozenset[str] = frozenset(surface)
        #: ... of which a word's first spelling seen, and the synonyms' words, win a tie ("teeming" is "teaming" of AI
        #: red teaming, not "theming").
        self.first_spellings: frozenset[str] = frozenset(self.name_words.values()) | self.synonym_words
        self.spellings: tuple[str, ...] = tuple(
            sorted(w for w in (*surface, *self.synonym_words, *FILLER, *STOPWORDS) if len(w) >= 4 and w.isalpha())
        )
        #: Words that are a whole name on their own ("python"), preferred when correcting a misspelling: 3 for a
        #: roadmap's title or alias, 2 for a topic's name, 1 for a topic's alias (the catalog's names first).
        self.word_rank: dict[str, int] = {}
        for key, names in self.names.items():
            if len(key) == 1 and key[0] in self.name_words:
                rank = max(3 if n.kind == "roadmap" else 2 if n.field != "alias" else 1 for n in names)
                word = self.name_words[key[0]]
                self.word_rank[word] = max(rank, self.word_rank.get(word, 0))
        self.whole_words: frozenset[str] = frozenset(self.word_rank)
        #: Every word the content's own text uses (summaries, key points): a real word, never a typo to correct,
        #: even when it names nothing the catalog teaches ("clojure" is not a misspelt "closure").
        self.text_words: frozenset[str] = frozenset(
            w.lower() for t in catalog.topics for text in (t.summary, *t.key_points) for w in words(text)
        ) | frozenset(w.lower() for r in catalog.roadmaps for w in words(r.summary))
        self.synonyms: dict[Key, str] = {}
        for phrase, meaning in PHRASE_SYNONYMS.items():
            self.synonyms.setdefault(tuple(stem(w) for w in words(phrase)), meaning)
        for word, meaning in WORD_SYNONYMS.items():
            self.synonyms.setdefault((stem(word),), meaning)
        #: A roadmap's entry topics: what a bare roadmap name means as something known.
        self.entry_topics: dict[str, tuple[str, ...]] = {
            r.slug: r.phases[0].core_skills if r.phases else () for r in catalog.roadmaps
        }

    def _add(self, name: Name) -> None:
        key = tuple(terms(name.text))
        if not key or len(key) > MAX_NAME_WORDS:
            return
        surface = words(name.text)
        if len(surface) == 1 and surface[0] in FILLER:
            return
        # One name per thing and spelling: an alias whose stems are its title's but spelt otherwise ("product
        # management" of Product Manager) is kept beside it, so the interpreter, which reads only what the learner
        # spelt (`interpret._spelt`), finds it; kept once, the title alone did not spell "management".
        found = self.names.setdefault(key, [])
        if all((n.kind, n.key, words(n.text)) != (name.kind, name.key, surface) for n in found):
            found.append(name)

    def lookup(self, key: Key) -> list[Name]:
        """The names spelt by exactly these stems (empty when none)."""
        return self.names.get(key, [])

    def knows_word(self, word: str) -> bool:
        """Whether `word` (normalized) is used in any of the catalog's names."""
        return stem(word) in self.name_words


def vocabulary_for(catalog: Catalog) -> Vocabulary:
    """The vocabulary of `catalog`, built on first use and kept with it (catalogs are immutable)."""
    return catalog.derived(Vocabulary)
