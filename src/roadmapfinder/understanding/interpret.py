"""`interpret`: a learner's words (a goal, a "what I know" list, a search) as catalog terms.

Each phrase the learner wrote becomes a `Meaning`: the roadmaps and topics it names, the words it used (as the
learner wrote them), how it was read (a name, a spelling fix, a synonym, a field) and how sure that is. What it
cannot place is listed in `not_understood`, never dropped and never replaced by something close.

The reading, in order:
1. Split into items at commas, semicolons, new lines and brackets; words come from the same normalization as the
   search ("c#" is csharp, "node.js" nodejs, filler words dropped).
2. Misspelt words are corrected to a word of the catalog's names, whole names first ("pyhton" is Python); a word
   that is part of a name, or a compound of one ("pythonista"), is never corrected away.
3. In each item, the longest run of words that is a name wins ("machine learning engineer" before "machine
   learning"); the curated synonyms come next ("iphone" means iOS).
4. Leftover words: why the learner learns ("for money", "clients") sets the purpose; a field word ("websites",
   "games") says where to look; learner talk ("a bit of") is dropped; everything else is not understood.
5. Everyday words that are also names ("go", "next", "spring") count as names only when nothing else could be
   meant: alone in an item, capitalised mid-sentence, beside another name ("Go microservices"), or after words that
   only stand before a subject ("a bit of go", "never used c": understanding/hedges.py) or a language ("coding in
   go"), whose words are then understood with it ("written" of "a game written in go"). "go" among the words of
   moving ("i want to go into tech", "go in", "go for data science", "let's go") is the verb, even alone; after a
   learning verb ("learn go for backend"), as where one moves ("from python to go") or after "in", "with" or "using"
   ("a discord bot in go") it is the language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Category
from roadmapfinder.errors import InvalidInput
from roadmapfinder.search.synonyms import BACKGROUND_WORDS
from roadmapfinder.search.text import STOPWORDS, normalize, stem, terms
from roadmapfinder.understanding.cloud_products import in_cloud_product
from roadmapfinder.understanding.hedges import ends_with_subject_words
from roadmapfinder.understanding.lexicon import (
    ADJECTIVE_NAMES,
    CLOUD_PLATFORMS,
    ENGLISH_NOT_TYPOS,
    EVERYDAY_NAMES,
    FIELD_KINDS,
    FIELD_WORDS,
    FILLER,
    NOT_TAUGHT,
    PURPOSE_WORDS,
    STARTING_PHRASES,
    TIME_WORDS,
    WRITTEN_THINGS,
)
from roadmapfinder.understanding.spelling import SPELLING_CUTOFF, everyday_word
from roadmapfinder.understanding.vocabulary import MAX_NAME_WORDS, Name, Vocabulary, vocabulary_for

#: Longest text read at once (a "what I know" list can be long; a goal is a sentence).
MAX_UTTERANCE_LENGTH = 2000

How = Literal["name", "alias", "spelling", "synonym", "compound", "field"]

#: How sure each way of reading is, before the spelling similarity is applied.
_CONFIDENCE: dict[str, float] = {
    "name": 1.0,
    "alias": 0.95,
    "spelling": 0.9,
    "synonym": 0.85,
    "compound": 0.7,
    "field": 0.5,
}
_SEPARATOR_AFTER = re.compile(r"[,;:!?)\]]$|\.$")
_SEPARATOR_BEFORE = re.compile(r"^[(\[]")
#: A comma or semicolon typed without a space between two words ("python,sql"): it ends an item all the same.
_INNER_SEPARATOR = re.compile(r"(?<=[^\W\d_]{2}[,;])(?=[^\W\d_])")
#: A slash or plus joining two names in one piece ("html/css/js", "react/node", "c++/c#", "html+css").
_INNER_JOINER = re.compile(r"(?<=[\w+#])[/+](?=[\w.#])")
#: How long something went on, a number and a unit of time ("3 years", "2+ yrs", "6 months", "10 hours"): never a
#: name's number, as "vue 3" is (`_items`); "what I know" reads it as how long they have known a subject (known.py).
DURATION = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?)(?!\w)",
    re.IGNORECASE,
)


class Ref(BaseModel):
    """A roadmap (slug) or topic (id) with its name as the content writes it; in a reading (`Understood`) whose `how`
    is `deadline`, `pace` or `background`, the date, the hours a week or `background`, with what it means."""

    key: str
    name: str


class Meaning(BaseModel):
    """One phrase of the learner's and what it means in the catalog."""

    said: str = Field(description="the learner's words, exactly as written")
    roadmaps: list[Ref] = Field(default_factory=list, description="roadmaps the phrase names")
    topics: list[Ref] = Field(default_factory=list, description="topics the phrase names")
    field: str | None = Field(default=None, description="for a field word: the catalog category it points to")
    how: How
    corrected: str | None = Field(default=None, description="for a spelling fix: the word of the catalog it became")
    confidence: float

    @property
    def names(self) -> list[str]:
        """What it means, as names, the one way every surface says it: the roadmaps when the phrase names one outright,
        by its title or slug, a spelling fix too ("python", "pyhton", "c#": Python, C# and .NET), else the topics when
        it names any ("godot", an alias of both the Unity-based Game Developer and Godot Engine fundamentals, is the
        topic: Game Developer is not built on Godot), else the roadmaps ("iphone app": iOS Developer)."""
        return [r.name for r in self.refs]

    @property
    def refs(self) -> list[Ref]:
        """What it means, by the rule of `names`: "redux", an alias of the React roadmap and a topic's, is the topic."""
        outright = [r for r in self.roadmaps if _names_outright(self.corrected or self.said, r)]
        return outright or self.topics or self.roadmaps

    @property
    def undoable(self) -> bool:
        """Whether the reading says more than the words as typed, so the learner may undo it (`interpret`'s `plain`):
        a curated synonym ("design twitter" as System design interviews), a misspelling fixed ("pyhton"), or a word
        for a kind of thing read as its field (`lexicon.FIELD_KINDS`: "rpg" as making games), as the generator
        offers it too."""
        kind = self.how == "field" and normalize(self.said) in FIELD_KINDS
        return self.how in ("synonym", "spelling", "compound") or self.corrected is not None or kind

    @property
    def background(self) -> bool:
        """Whether it was read only by a synonym for a background (`synonyms.BACKGROUND_WORDS`: "accountant"): where
        a mentor would start someone who comes from it, never what they know, nor a subject beside one they asked
        for."""
        return self.how == "synonym" and bool(set(normalize(self.said).split()) & BACKGROUND_WORDS)


def _names_outright(said: str, roadmap: Ref) -> bool:
    """Whether the learner's words are the roadmap's title or slug, as the search spells words ("c#" is csharp)."""
    return terms(said) in (terms(roadmap.name), terms(roadmap.key.replace("-", " ")))


class Interpretation(BaseModel):
    """What the learner's words mean, what was not understood, and why they learn if they said so."""

    text: str
    understood: bool = Field(description="whether anything in the text names a roadmap, topic or field")
    meanings: list[Meaning]
    not_understood: list[str] = Field(description="phrases the catalog has no name for, as the learner wrote them")
    loose_words: list[str] = Field(
        default_factory=list,
        description="those of `not_understood` that are words of the catalog's names naming nothing on their own "
        "(“apis”, “front”): worth searching for, not enough to know or to plan",
    )
    purpose: str | None = Field(default=None, description="job, freelance or hobby when the words say so")
    purpose_said: str = Field(default="", description="the word that says `purpose` (“fun” of “python for fun”)")
    starting: bool = Field(
        default=False,
        description="whether the learner says they start from nothing (“i know nothing”, “complete beginner”, "
        "“from scratch”): a level, not a subject",
    )

    @property
    def roadmap_keys(self) -> list[str]:
        return list(dict.fromkeys(r.key for m in self.meanings for r in m.roadmaps))

    @property
    def topic_keys(self) -> list[str]:
        return list(dict.fromkeys(t.key for m in self.meanings for t in m.topics))

    @property
    def fields(self) -> list[str]:
        return list(dict.fromkeys(m.field for m in self.meanings if m.field))


@dataclass
class _Token:
    word: str  # normalized
    stem: str
    chunk: int  # index of the whitespace-separated piece of the text it came from
    corrected: str | None = None  # the catalog word a misspelling became
    score: float = 1.0  # spelling similarity (1 when not corrected)
    compound: bool = False
    through: int | None = None  # the piece of the next word joined to it ("script" of "java script": `_joined`)


@dataclass
class _Chunk:
    start: int
    end: int
    text: str
    joined: str = " "  # what joins it to the piece before, as written: "/" of "html/css" (`_pieces`), else a space


@dataclass
class _Reading:
    meanings: list[tuple[int, int, Meaning]] = field(default_factory=list)  # (first chunk, last chunk, meaning)
    unknown: list[int] = field(default_factory=list)  # chunks not understood
    loose: list[int] = field(default_factory=list)  # chunks that are words of names but name nothing alone
    purpose: str | None = None
    purpose_said: str = ""  # the word that said it
    background: frozenset[int] = frozenset()  # chunks saying what the learner does now ("i'm a teacher")
    starting: frozenset[int] = frozenset()  # chunks saying they start from nothing ("i know nothing")


def interpret(catalog: Catalog, text: str | None, *, plain: Collection[str] = ()) -> Interpretation:
    """Read `text` as catalog terms; see the module docstring for the rules.

    `plain` lists phrases the learner undid the reading of ("design twitter" is not the system design prompt for
    them; "pyhton" is not Python): each is read word by word, as typed, by the catalog's names alone.
    Empty text is understood as nothing (not an error); `InvalidInput` for over-long, control or binary text.
    """
    raw = _guard(text)
    undone = {normalize(p) for p in plain}
    vocabulary = vocabulary_for(catalog)
    chunks, items = _items(raw)
    reading = _Reading(background=_background(raw, chunks), starting=_starting(raw, chunks))
    for tokens in items:
        typed = _as_typed(tokens, undone)
        _join_split_names(vocabulary, tokens, typed)
        _correct(vocabulary, [t for t in tokens if t not in typed])
        _slips_as_typed(vocabulary, typed)  # "kubernets" undone: no name, as "pyhton" undone is none
        _read_item(vocabulary, raw, chunks, tokens, reading, undone)
    reading.meanings.sort(key=lambda m: m[0])
    meanings = _merge([m for _, _, m in reading.meanings])
    return Interpretation(
        text=raw,
        understood=bool(meanings),
        meanings=meanings,
        not_understood=_spans(chunks, reading.unknown + reading.loose),
        loose_words=_spans(chunks, reading.loose),
        purpose=reading.purpose,
        purpose_said=reading.purpose_said,
        starting=bool(reading.starting) or bool(_STARTING.search(raw)),
    )


def _guard(text: str | None) -> str:
    raw = " ".join((text or "").split())
    if len(raw) > MAX_UTTERANCE_LENGTH:
        raise InvalidInput(
            f"the text is {len(raw)} characters long", hint=f"keep it under {MAX_UTTERANCE_LENGTH} characters"
        )
    for char in raw:
        if char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            raise InvalidInput("the text contains control or binary characters", hint="write it in plain words")
    return raw


def _items(raw: str) -> tuple[list[_Chunk], list[list[_Token]]]:
    """Whitespace pieces of the text, and its items (split at punctuation) as tokens without filler words.

    How long something went on ("3 years", "6 months", "2 hrs") is no part of a name and ends an item: "vue for 3
    years" was read as "vue 3" (an alias of Vue, the filler "for" stepped over) and quoted back as “vue for 3”; now it
    is "vue", its duration read with it as how long the learner has known it (known.py never reports it)."""
    chunks: list[_Chunk] = []
    items: list[list[_Token]] = [[]]
    durations = {at for found in DURATION.finditer(raw) for at in range(found.start(), found.end())}
    for start, piece, joined in (
        p for found in re.finditer(r"\S+", raw) for p in _pieces(found.start(), found.group())
    ):
        core = piece.lstrip("\"'“”‘’([").rstrip("\"'“”‘’,;:!?.)]")  # a leading dot stays: ".NET"
        if (_SEPARATOR_BEFORE.search(piece) or start in durations or _starts_clause(chunks, piece)) and items[-1]:
            items.append([])
        if core:
            offset = piece.find(core)
            chunk = _Chunk(start + offset, start + offset + len(core), core, joined)
            chunks.append(chunk)
            for word in normalize(core).split():
                if word not in STOPWORDS and start not in durations:
                    items[-1].append(_Token(word, stem(word), len(chunks) - 1))
        if _SEPARATOR_AFTER.search(piece) and items[-1]:
            items.append([])
    return chunks, [item for item in items if item]


#: Words before a "but" that make it "except" ("everything but docker", hedges.EXCEPT), not a new clause.
_BUT_AS_EXCEPT = frozenset({"everything", "anything", "all", "else"})


def _starts_clause(chunks: list[_Chunk], piece: str) -> bool:
    """Whether `piece` is a "but" that starts a new clause: no name reads across it. "python but just the basics of
    docker" was read as Python basics ("python … basics", the filler words between stepped over), and Docker as
    known; "everything but docker" is one clause (the subject left out, hedges.EXCEPT)."""
    return piece.lower() == "but" and not (chunks and chunks[-1].text.lower() in _BUT_AS_EXCEPT)


def _pieces(start: int, text: str) -> list[tuple[int, str, str]]:
    """The pieces of one run of text without spaces (from `start`), each with what joins it to the one before.

    A learner writes lists without spaces too: "python,sql" is two items, as "python, sql" is, and "html/css/js" or
    "react/node" are names side by side, each its own piece, so each name is quoted in the learner's own words
    ("html/css", "js"), never the whole run once for every name in it. A run whose words mean something else once
    apart ("ci/cd" is CI/CD, one word to the search; "a/b", "n/a": a letter each side) stays one piece."""
    found: list[tuple[int, str, str]] = []
    at = 0
    for part in _INNER_SEPARATOR.split(text):
        found.append((start + at, part, " "))
        at += len(part)
    out: list[tuple[int, str, str]] = []
    for offset, part, joined in found:
        pieces = _INNER_JOINER.split(part)
        apart = len(pieces) > 1 and all(len(p.strip(".,;:!?()[]")) >= 2 for p in pieces)
        if not apart or normalize(" ".join(pieces)) != normalize(part):
            out.append((offset, part, joined))
            continue
        for index, (piece, mark) in enumerate(zip(pieces, [joined, *_INNER_JOINER.findall(part)], strict=True)):
            out.append((offset + sum(len(p) + 1 for p in pieces[:index]), piece, mark))
    return out


def _as_typed(tokens: list[_Token], undone: set[str]) -> list[_Token]:
    """The tokens of phrases the learner undid the reading of: read as typed, never corrected."""
    out: list[_Token] = []
    typed = [t.word for t in tokens]
    for phrase in undone:
        run = [w for w in phrase.split() if w not in STOPWORDS]
        size = len(run)
        for start in range(len(typed) - size + 1):
            if size and typed[start : start + size] == run:
                out.extend(tokens[start : start + size])
    return out


def _correct(vocabulary: Vocabulary, tokens: list[_Token]) -> None:
    """Fix misspelt words towards the catalog's names; known words and compounds of them stay as written."""
    for token in tokens:
        word = token.word
        if slipped := _letter_typed_twice(vocabulary, word):  # "excell": Excel, though Snowball stems it "excel"
            token.corrected, token.stem, token.score = slipped, stem(slipped), fuzz.ratio(word, slipped) / 100
            continue
        if (
            vocabulary.knows_word(word)
            or word in vocabulary.text_words
            or word in vocabulary.synonym_words
            or word in FILLER
            or word in PURPOSE_WORDS
            or word in FIELD_WORDS
            or word in NOT_TAUGHT
            or word in TIME_WORDS  # "friday" is never Frida, whatever the deadline reader made of it
            or word in ENGLISH_NOT_TYPOS  # "rusty" is never Rust
            or everyday_word(word)  # "profits" is never profiles, "genetic" never generic (spelling.py)
            or (token.stem,) in vocabulary.synonyms
            or not word.isalpha()
        ):
            continue
        cutoff = 80.0 if len(word) >= 5 else 85.0
        found = [
            f
            for f in process.extract(word, vocabulary.spellings, scorer=fuzz.ratio, limit=6, score_cutoff=cutoff)
            if f[0][0] == word[0]  # a typo keeps the first letter; "jquery" is not "query"
            # and adds at most one letter: a word two longer is another word ("spanish" is not "spans")
            and len(word) - len(f[0]) < 2
            and _added_by_a_slip(word, f[0])
            # learner talk only for a longer word, closely ("programer", "lerning"): "cobol" is no misspelt "cool"
            and (f[0] not in _TALK or (len(word) >= _TALK_LENGTH and f[1] >= _TALK_SIMILARITY))
        ]
        if not found or len(word) < 4:
            if compound := _compound_of(vocabulary, word):
                token.corrected, token.stem, token.compound = compound, stem(compound), True
            continue
        # Whole names first, roadmaps' before topics' ("pyhton" is Python, "devpos" DevOps rather than the DevPod
        # alias), then the closest, then the shortest spelling for ties.
        best, score, _ = max(
            found,
            key=lambda f: (
                f[1] + 4 * vocabulary.word_rank.get(f[0], 0),
                f[0] in vocabulary.first_spellings,
                -len(f[0]),
                f[0],
            ),
        )
        token.corrected, token.stem, token.score = best, stem(best), score / 100


#: Words that deny what follows, never the first half of a name typed apart.
_NEGATIONS = frozenset({"no", "not", "non", "zero", "never", "nor"})


def _join_split_names(vocabulary: Vocabulary, tokens: list[_Token], typed: list[_Token]) -> None:
    """Two words typed apart that make one word of a name joined ("java script", "type script", "git hub", "post
    gres") are that name, read as a spelling fix of the first, through the second (`_Token.through`), so the reading
    quotes both words and says the fix. Read apart, "java script" was Java, a different language, with "script" not
    understood. Never two words that are a name as they stand ("power bi", "c sharp"), nor a denial and a name ("no
    sql"), nor a phrase the learner undid (`typed`)."""
    index = 0
    while index + 1 < len(tokens):
        first, second = tokens[index], tokens[index + 1]
        joined = first.word + second.word
        if (
            second.chunk == first.chunk + 1
            and first not in typed
            and first.word not in _NEGATIONS  # "excel, no sql" denies SQL; it is no misspelt NoSQL
            and joined.isalpha()
            and joined in vocabulary.whole_words
            and not vocabulary.lookup((first.stem, second.stem))
        ):
            first.corrected, first.stem, first.score, first.through = joined, stem(joined), 0.95, second.chunk
            del tokens[index + 1]
        index += 1


def _letter_typed_twice(vocabulary: Vocabulary, word: str) -> str | None:
    """The name's word a word is a slip of, when its stem is a name's but the word is none of that name's spellings,
    nor the name's word with an ending, nor a word the content or English uses: with one letter typed twice
    ("excell": "excel"; Snowball stems "excell" as "excel", so it passed for a known word and was never corrected,
    while the name's spelling check, `inflected`, refused it, and "excell" was not understood), or with a letter
    dropped that the stemmer drops too ("kubernets": "kubernetes", both stemmed "kubernet", so it was read as the name
    itself, silently and with no Undo, where every other misspelling is said, "read as “kubernetes”", and undoable)."""
    if not vocabulary.knows_word(word) or word in vocabulary.surface_words or word in vocabulary.text_words:
        return None
    if word in ENGLISH_NOT_TYPOS or everyday_word(word):
        return None
    name_word = vocabulary.name_words[stem(word)]
    once = [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
    if twice := next((w for w in once if w in vocabulary.surface_words and stem(w) == stem(word)), None):
        return twice
    if inflected(word, name_word) and (_with_an_ending(word, name_word) or len(word) < _SLIP_LENGTH):
        return None  # "apis" of "api", "dockerized" of "docker": the name's word with an ending
    return name_word if fuzz.ratio(word, name_word) >= SPELLING_CUTOFF else None


def _with_an_ending(word: str, name_word: str) -> bool:
    """Whether one word is the other with an ending added ("apis", "api"), its final "e" or "y" dropped first
    ("composing", "compose"; "dependencies", "dependency"): the regular way English words take endings, which
    "kubernets" and "kubernetes" are not, though Snowball stems both "kubernet"."""
    for longer, shorter in ((word, name_word), (name_word, word)):
        for kept in (shorter, shorter[:-1] if shorter[-1:] in ("e", "y") else shorter):
            if longer.startswith(kept) and longer[len(kept) :] in _ENDINGS:
                return True
    return False


def _slips_as_typed(vocabulary: Vocabulary, typed: list[_Token]) -> None:
    """Words of phrases the learner undid that are slips of a name's word their stem shares (`_letter_typed_twice`:
    "kubernets"): read as typed they name nothing, as an undone "pyhton" names nothing; through the stem the undo of
    "kubernets" read Kubernetes again, so it undid nothing."""
    for token in typed:
        if _letter_typed_twice(vocabulary, token.word):
            token.stem = token.word


def _added_by_a_slip(word: str, spelling: str) -> bool:
    """Whether a word one letter longer than a spelling may be it with a letter slipped in: a letter typed twice
    ("pythonn", "kubernetees"), or any letter in a word long enough to be no other ("dockerx"). A short word
    with a letter more than a short name is most often an everyday word: "piano" is not a misspelt Pino (Node.js's
    logger), which "learn piano" was built as."""
    if len(word) <= len(spelling) or len(word) >= _SLIP_LENGTH:
        return True
    return any(word[i] == word[i - 1] and word[:i] + word[i + 1 :] == spelling for i in range(1, len(word)))


#: From this many letters, a word one letter longer than a name is read as the name with a letter slipped in.
_SLIP_LENGTH = 6


#: Endings that make a compound of a name ("pythonista", "dockerized", "reactdev") rather than another word.
_COMPOUND_ENDINGS = ("ista", "istas", "ist", "ists", "ized", "ised", "ize", "ise", "ing", "er", "ers", "dev", "devs")


def _compound_of(vocabulary: Vocabulary, word: str) -> str | None:
    """A whole name the word starts with, plus a known ending ("pythonista", "dockerized"), or None."""
    for ending in _COMPOUND_ENDINGS:
        head = word.removesuffix(ending)
        if head != word and len(head) >= 4 and head in vocabulary.whole_words:
            return head
    return None


def _read_item(
    vocabulary: Vocabulary, raw: str, chunks: list[_Chunk], tokens: list[_Token], reading: _Reading, undone: set[str]
) -> None:
    found: list[tuple[int, int, Meaning]] = []
    # A misspelt word of learner talk ("lerning") is that word, filler as any: a name keeps it where the learner wrote
    # it ("machine lerning" is Machine Learning, said whole, its misspelling with it), as a filler word spelt right.
    talk = {t.chunk: t.corrected for t in tokens if t.corrected and t.corrected in _TALK}
    spelt_chunks = [_Chunk(c.start, c.end, talk[i]) if i in talk else c for i, c in enumerate(chunks)]
    named = [t for t in tokens if t.chunk not in talk]

    def name_at(i: int) -> tuple[int, int, Meaning] | None:
        """The longest name starting at the `i`th word: its size in words, the last piece it reaches and its reading."""
        for size in range(min(MAX_NAME_WORDS, len(named) - i), 0, -1):
            part = named[i : i + size]
            key = tuple(t.stem for t in part)
            single = part[0]
            if size == 1 and (single.word in FILLER or single.word in FIELD_WORDS) and not single.corrected:
                continue  # "apps" or "cloud" alone name a field, not the topic that lists them as an alias
            names = _spelt(spelt_chunks, part, vocabulary.lookup(key))
            last = max(_name_end(spelt_chunks, part[-1].chunk, names), part[-1].through or 0)
            said = _said(chunks, part[0].chunk, last)
            meaning = _from_names(vocabulary, names, said, part) if names else None
            if meaning is not None and any(c in talk for c in range(part[0].chunk, last + 1)):
                meaning = _with_talk_fixed(chunks, tokens, talk, meaning, part[0].chunk, last)
            if meaning is None and key in vocabulary.synonyms and normalize(said) not in undone:
                meaning = _from_synonym(vocabulary, vocabulary.synonyms[key], said, part)
            if meaning is not None:
                return size, last, meaning
        return None

    i = 0
    while i < len(named):
        if (match := name_at(i)) is None:
            i += 1
            continue
        size, last, meaning = match
        found.append((named[i].chunk, last, meaning))
        i += size
        if normalize(meaning.said) in CLOUD_PLATFORMS and (shared := _shares_last_word(name_at, i, meaning)):
            found.append((named[i - 1].chunk, shared[1], shared[2]))  # "google cloud computing": "cloud computing"
            i += shared[0] - 1
    found = _made_in(vocabulary, raw, chunks, tokens, found, undone)
    kept = [
        m
        for m in found
        if not _doubtful(chunks, tokens, m, found, undone)
        and not _about_the_learner(reading, m)
        and not all(c in reading.starting for c in range(m[0], m[1] + 1))
    ]
    reading.meanings.extend(kept)
    placed = {c for first, last, _ in kept for c in range(first, last + 1)}
    written = _written_in(chunks, kept)
    for token in tokens:
        if token.chunk in placed or token.chunk in written:
            continue
        word = token.word
        if word in PURPOSE_WORDS:
            if reading.purpose is None:
                reading.purpose, reading.purpose_said = PURPOSE_WORDS[word], word
        elif word in _QUALIFIERS and _qualifies(vocabulary, kept, placed, token.chunk - 1):
            continue  # "chatgpt apps": apps built on a subject no mobile roadmap teaches, not the mobile field
        elif in_cloud_product([normalize(c.text) for c in chunks], token.chunk):
            reading.unknown.append(token.chunk)  # "google app engine": a word of a cloud service's name, no field
        elif word in FIELD_WORDS and not (word in FIELD_KINDS and normalize(chunks[token.chunk].text) in undone):
            category = FIELD_WORDS[word]
            meaning = Meaning(
                said=chunks[token.chunk].text, field=category.value, how="field", confidence=_CONFIDENCE["field"]
            )
            reading.meanings.append((token.chunk, token.chunk, meaning))
            placed.add(token.chunk)
        elif (
            _filler(token)
            or _talk_spelling(vocabulary, token)
            or word.isdigit()
            or word in EVERYDAY_NAMES
            or token.chunk in reading.starting
        ):
            continue
        elif word in NOT_TAUGHT:
            reading.unknown.append(token.chunk)  # a field the catalog has no roadmap for: never a word of a name
        elif vocabulary.knows_word(token.corrected or word) and token.chunk not in reading.background:
            reading.loose.append(token.chunk)  # a word of the catalog's names, naming nothing on its own
        else:
            reading.unknown.append(token.chunk)


def _shares_last_word(
    name_at: Callable[[int], tuple[int, int, Meaning] | None], after: int, first: Meaning
) -> tuple[int, int, Meaning] | None:
    """The name that begins with the last word of a cloud's name just read (`lexicon.CLOUD_PLATFORMS`) and reaches at
    least as far as the words after it read alone: "google cloud computing" is Google Cloud and "cloud computing",
    where "computing" alone read as Computer Science, and "google cloud engineer" Google Cloud and "cloud engineer",
    where "engineer" read as nothing. Longest first kept the word "cloud" for the cloud's name alone. Only a cloud's
    name gives its last word away so: "html css js" and "system design interview" are not "css js" or "design
    interview". A name that says nothing the first did not is not read again."""
    shared = name_at(after - 1)
    if shared is None or shared[0] < 2 or _keys(shared[2]) <= _keys(first):
        return None
    alone = name_at(after)
    return shared if alone is None or alone[1] <= shared[1] else None


def _keys(meaning: Meaning) -> set[str]:
    """Every roadmap and topic the phrase names."""
    return {r.key for r in [*meaning.roadmaps, *meaning.topics]}


#: How learners say what they do now, before the job itself: "i'm a teacher", "i am an accountant", "i work as a
#: nurse", "switching from marketing", and, opening the goal or a sentence, "as a teacher, ...". The words after it,
#: up to a word that joins or a punctuation mark, are their background (`_background`).
_BACKGROUND = re.compile(
    r"\b(?:i['’]?m|i\s+am|i\s+was|i\s+work\s+as|i\s+worked\s+as)\s+(?:an?\s+)?"
    r"|\b(?:switch|switching|switched|coming|moving|transition|transitioning|change|changing)\s+from\s+"
    r"|(?:^|(?<=[.;!?])\s*)as\s+an?\s+",
    re.IGNORECASE,
)
#: ... or the words that open the goal or a sentence, before a clause of what that person wants: "rugby coach who
#: wants to learn data analysis", "a nurse looking to get into tech" (`_background`: a few words, none of them a word
#: that joins or asks, so "excel for someone who wants to analyse data" keeps its Excel).
_WHO_WANTS = re.compile(
    r"(?:^|(?<=[.;!?]))\s*(?:an?\s+)?(?P<who>[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+){0,3}?),?\s+"
    r"(?:who|(?:looking|wanting|hoping|trying|planning|aiming)\s+to)\b",
    re.IGNORECASE,
)


def _background(raw: str, chunks: list[_Chunk]) -> frozenset[int]:
    """The pieces of text that say what the learner does now ("i'm a teacher and want to get into tech": "teacher"),
    up to the first word that joins or asks ("and", "wanting", "in", "to") or a punctuation mark, or that open the
    goal to say who wants it ("rugby coach who wants to learn data analysis": "rugby coach"). A person is read
    as a role the catalog has a roadmap for ("i'm a data analyst"), never as a topic or a word to search: "teacher" is
    not the teacher model of model distillation, "chef" not the Chef configuration tool, "coach" not Feedback and
    coaching."""
    out: set[int] = set()
    for found in _BACKGROUND.finditer(raw):
        for index, chunk in enumerate(chunks):
            if chunk.start < found.end():
                continue
            if any(w in STOPWORDS for w in normalize(chunk.text).split()) or not normalize(chunk.text):
                break
            out.add(index)
            if re.search(r"[,;:.!?)\]]", raw[chunk.end : chunk.end + 1]):
                break
    for found in _WHO_WANTS.finditer(raw):
        start, end = found.span("who")
        who = [i for i, c in enumerate(chunks) if start <= c.start and c.end <= end]
        if all(normalize(chunks[i].text) and not set(normalize(chunks[i].text).split()) & STOPWORDS for i in who):
            out.update(who)
    return frozenset(out)


#: `lexicon.STARTING_PHRASES` as one pattern over the text as typed, longest first, whole words.
_STARTING = re.compile(
    r"(?<![\w])(?:"
    + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(STARTING_PHRASES, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def _starting(raw: str, chunks: list[_Chunk]) -> frozenset[int]:
    """The pieces of text saying the learner starts from nothing ("cybersecurity but i know nothing": "know
    nothing"): a level, never a subject or a word to search."""
    spans = [(m.start(), m.end()) for m in _STARTING.finditer(raw)]
    return frozenset(i for i, c in enumerate(chunks) if any(s <= c.start and c.end <= e for s, e in spans))


def _filler(token: _Token) -> bool:
    """Learner talk, as written or once a misspelling is fixed ("programer" is "programmer", "lerning" "learning")."""
    return token.word in FILLER or (token.corrected is not None and token.corrected in _TALK)


def _talk_spelling(vocabulary: Vocabulary, token: _Token) -> bool:
    """A word no name spells that shares its stem with learner talk only ("programer", whose stem is "programming"'s):
    talk misspelt, not a word of a name to search."""
    return token.corrected is None and token.word not in vocabulary.surface_words and token.stem in _TALK_STEMS


#: What a misspelling may be corrected to that says no subject: filler and the words the search drops; only a word this
#: long, this close (rapidfuzz ratio), is corrected to one.
_TALK = FILLER | STOPWORDS
_TALK_STEMS = frozenset(stem(w) for w in FILLER)
_TALK_LENGTH = 6
_TALK_SIMILARITY = 85.0


def _about_the_learner(reading: _Reading, match: tuple[int, int, Meaning]) -> bool:
    """A reading that lies within what the learner says they do now and names no roadmap ("chef" as the Chef
    configuration tool in "i'm a chef"): their background, not something to learn."""
    first, last, meaning = match
    return not meaning.roadmaps and all(c in reading.background for c in range(first, last + 1))


#: Field words that only qualify the subject named just before them ("chatgpt apps"); alone they name the field.
_QUALIFIERS = frozenset({"app", "apps"})


def _qualifies(vocabulary: Vocabulary, kept: list[tuple[int, int, Meaning]], placed: set[int], chunk: int) -> bool:
    """Whether "apps" only says what is built with the subject just before it: another field ("web apps") or a subject
    no mobile roadmap teaches ("chatgpt apps", "llm apps" are AI apps). Before a mobile subject ("react native apps",
    "messaging app") or alone, it is the mobile field."""
    if chunk not in placed:
        return False
    before = next((m for first, last, m in kept if first <= chunk <= last), None)
    if before is None:
        return True  # a field word: "web apps" are the web field's
    mobile = [r for r in vocabulary.catalog.roadmaps if r.category.value == FIELD_WORDS["apps"].value]
    if any(r.key == m.slug for r in before.roadmaps for m in mobile):
        return False
    return not any(t.key in m.topic_ids for t in before.topics for m in mobile)


def _spelt(chunks: list[_Chunk], tokens: list[_Token], names: list[Name]) -> list[Name]:
    """The names the learner's words really spell, of those their stems found.

    Two ways stems find a name the learner did not write: a name that keeps one word once its filler words are
    dropped ("build system", "job system", "build automation") is that name only when the learner wrote those
    words too ("design a chat system" names no build system), and two words that share a stem only by Snowball's
    reach ("accountant" and "accountability", "embedded" and "embeddings") are not the same word: the learner's
    word must be the name's word give or take an ending (see `inflected`). A misspelling the reading corrected is
    compared as corrected.
    """
    if not names:
        return names
    first, last = tokens[0].chunk, tokens[-1].chunk
    window = [
        w for c in chunks[max(0, first - MAX_NAME_WORDS) : last + MAX_NAME_WORDS + 1] for w in normalize(c.text).split()
    ]
    typed = [t.corrected or t.word for t in tokens]
    # "react and spring boot" lists two subjects: no name without that "and" spans it ("react spring" is an animation
    # library's alias), as "java and kotlin" was not the alias "java to kotlin"
    joins = {c.text.lower() for c in chunks[first : last + 1]} & _JOINING
    kept: list[Name] = []
    for name in names:
        spelt = normalize(name.text).split()
        own = [w for w in spelt if w not in STOPWORDS]
        if joins and not _JOINING & set(name.text.lower().split()):  # "HTML & CSS" is "html and css"
            continue
        if len(own) < len(spelt) and len(own) == 1 and not _contains(window, spelt):
            continue
        if len(own) == len(typed) and not all(inflected(a, b) for a, b in zip(typed, own, strict=True)):
            continue
        kept.append(name)
    return kept


#: Words that join two subjects the learner lists ("python and django", "react & node"), as typed.
_JOINING = frozenset({"and", "&", "or", "+", "plus"})


def _contains(words: list[str], run: list[str]) -> bool:
    """Whether `run` occurs in `words` as consecutive words."""
    size = len(run)
    return any(words[i : i + size] == run for i in range(len(words) - size + 1))


#: Endings by which one word is another's inflection or derivation ("api", "apis"; "automate", "automation").
_ENDINGS = frozenset(
    {"", "s", "es", "e", "ed", "d", "ing", "er", "ers", "ion", "ions", "ation", "ations", "ment", "ments", "ly", "y"}
    | {"ies", "al", "ic", "ics", "ity", "le", "able", "ility", "ability", "ible", "ibility", "ive", "ize", "ise"}
    | {"ized", "ised", "ization", "isation"}
)


#: Endings that make a word the *quality* of being done ("readability", "accountability"), which a word naming the
#: doing itself ("reading", "accounting") is not: a learner's "accounting" is bookkeeping, not being accountable.
_QUALITY_ENDINGS = frozenset({"ability", "ibility", "ility", "able", "ible"})


def inflected(typed: str, name_word: str) -> bool:
    """Whether two words with one stem are one word with different endings, not two words ("accountant" is not
    "accountability"; "embedded" is not "embeddings"; "accounting" is not "accountability"). The endings are read
    back from where the words part, as far as their stem: "migrating" and "migration" part after "migrati", and are
    "migrat" with "ing" and "ion" ("migrating to the cloud" is Cloud migration's "migration to cloud", not the Django
    alias "migrate", which the first letters alone left)."""
    if typed == name_word:
        return True
    common = 0
    for a, b in zip(typed, name_word, strict=False):
        if a != b:
            break
        common += 1
    for start in range(common, max(common - _ENDING_BACK, 0) - 1, -1):
        endings = {typed[start:], name_word[start:]}
        if "ing" in endings and endings & _QUALITY_ENDINGS:
            return False
        if endings <= _ENDINGS:
            return True
    return False


#: How many shared letters an ending may take back: "migrati|ng" and "migrati|on" are "migrat|ing", "migrat|ion".
_ENDING_BACK = 2


def _doubtful(
    chunks: list[_Chunk],
    tokens: list[_Token],
    match: tuple[int, int, Meaning],
    found: list[tuple[int, int, Meaning]],
    undone: set[str],
) -> bool:
    """An everyday word read as a name with nothing to back it ("I want to go into web design"), or a name that is
    also an adjective, used as one ("a swift career change"); never in a phrase the learner undid the reading of,
    which is read as typed, by the catalog's names ("go" of an undone "go into backend", read as the verb: Go)."""
    first, last, meaning = match
    text, said = chunks[first].text, normalize(meaning.said)
    if first != last or (text[:1].isupper() and first > 0 and not chunks[first - 1].text.endswith(".")):
        return False  # several words, or capitalised mid-sentence: "I want to learn Go", "a Swift career"
    if any(f" {said} " in f" {phrase} " for phrase in undone):
        return False
    if last + 1 < len(chunks) and chunks[last + 1].text.lower() in ADJECTIVE_NAMES.get(said, ()):
        return True  # "a swift career change"
    if said not in EVERYDAY_NAMES:
        return False
    ahead = " ".join(c.text for c in chunks[:first])
    if ends_with_subject_words(ahead) or _WRITTEN_IN.search(ahead.lower()):
        return False  # after words that only stand before a subject: "a bit of go", "never used c", "coding in go"
    verb = go_as(said, ahead, " ".join(c.text for c in chunks[last + 1 :]))
    if verb is not None:  # "i want to go into tech", "let's go": the verb; "learn go for backend": the language
        return verb
    if len(tokens) == 1:
        return False  # alone in its item: "Go" in "Python, Go, SQL"
    neighbours = {_neighbour(chunks, first, -1), _neighbour(chunks, last, +1)}
    return not any(
        (f in neighbours or lst in neighbours) and normalize(m.said) not in EVERYDAY_NAMES for f, lst, m in found
    )


#: Words after which "in" names the language a thing is written in: "programming in go", "a game written in c".
_WRITTEN = r"(?:program(?:s|med|ming)?|cod(?:e|ed|ing)|writ(?:e|ten|ing)|script(?:s|ed|ing)?)"
#: ... also with the thing between: "write a game in go", "build a web server in go", "make my first app in swift".
_MADE = r"(?:build(?:s|ing)?|built|mak(?:e|es|ing)|made|creat(?:e|es|ed|ing))"
#: How many words may stand between such a verb and "in": "write my own web server in c".
_THING_WORDS = 4
_WRITTEN_IN = re.compile(rf"\b(?:{_WRITTEN}|(?:{_WRITTEN}|{_MADE})(?:\s+[\w'-]+){{1,{_THING_WORDS}}})\s+in\s*$")
_WRITTEN_WORD = re.compile(_WRITTEN)
_MADE_WORD = re.compile(rf"{_WRITTEN}|{_MADE}|implement(?:s|ed|ing)?")


def _made_in(
    vocabulary: Vocabulary,
    raw: str,
    chunks: list[_Chunk],
    tokens: list[_Token],
    found: list[tuple[int, int, Meaning]],
    undone: set[str],
) -> list[tuple[int, int, Meaning]]:
    """The readings, with a thing written or made in a language read as that language's own: "build a web server in
    go" is the catalog's "go web server", Go's net/http, and "a rest api in kotlin" Kotlin's Ktor, not the everyday
    reading of the thing's words beside the language ("web server" is nginx, which one sets up, not writes). Where the
    language has no name of its own for it, a thing whose name is also software one sets up is the topic that writes
    one (`lexicon.WRITTEN_THINGS`: "write a web server in c" is HTTP beside C) after a verb of writing, or of making
    with a language of the catalog's languages section after it ("build a web server in java"), never with a place
    ("build a web server in linux" sets one up). Said as a curated reading, undoable: undone, read as typed."""
    out = list(found)
    for first, last, _ in found:
        verb = _made_verb(raw, chunks, first - 1) if first > 2 and chunks[first - 1].text.lower() == "in" else None
        thing = [t for t in tokens if verb is not None and verb < t.chunk < first - 1]
        spoken = [t for t in tokens if first <= t.chunk <= last]
        for size in range(len(thing), 0, -1):
            part = [*spoken, *thing[-size:]]
            names = vocabulary.lookup(tuple(t.stem for t in part))
            start = min([thing[-size].chunk, *(f for f, lst, _ in out if f <= thing[-size].chunk <= lst)])
            said = _said(chunks, start, last)
            own = _from_names(vocabulary, names, said, part) if names else None
            if own is not None and own.topics and normalize(said) not in undone:
                out = [m for m in out if m[1] < start or m[0] > last]
                out.append((start, last, _curated(own)))
                break
    for index, (first, last, meaning) in enumerate(out):
        topic = WRITTEN_THINGS.get(normalize(meaning.said))
        verb = _made_verb(raw, chunks, first)
        if topic is None or verb is None or any(normalize(meaning.said) in phrase for phrase in undone):
            continue  # undone, alone or with its language ("web server in go"): read as typed
        if _WRITTEN_WORD.fullmatch(chunks[verb].text.lower()) or _in_language(vocabulary, chunks, out, last):
            ref = Ref(key=topic, name=vocabulary.catalog.topic(topic).name)
            out[index] = (first, last, _curated(Meaning(said=meaning.said, topics=[ref], how="synonym", confidence=1)))
    return out


def _made_verb(raw: str, chunks: list[_Chunk], before: int) -> int | None:
    """The piece of text at most `_THING_WORDS` pieces before piece `before` that is a verb of writing or making, in
    the same item ("write my own web server"; not past a comma), or None."""
    for index in range(before - 1, max(before - 2 - _THING_WORDS, -1), -1):
        if re.search(r"[,;:.!?()\[\]]", raw[chunks[index].end : chunks[index + 1].start]):
            return None
        if _MADE_WORD.fullmatch(chunks[index].text.lower()):
            return index
    return None


def _in_language(
    vocabulary: Vocabulary, chunks: list[_Chunk], found: list[tuple[int, int, Meaning]], last: int
) -> bool:
    """Whether the reading that ends at piece `last` is followed by "in" and a roadmap of the catalog's languages
    section ("a web server in java"; not "in linux", a place a server is set up)."""
    after = last + 1
    languages = {r.slug for r in vocabulary.catalog.roadmaps if r.category == Category.LANGUAGES}
    return (
        after < len(chunks)
        and chunks[after].text.lower() == "in"
        and any(first == after + 1 and {r.key for r in m.roadmaps} & languages for first, _, m in found)
    )


def _curated(meaning: Meaning) -> Meaning:
    """A reading that says more than the words as typed: a curated one, as a synonym's, which the learner may undo."""
    return meaning.model_copy(update={"how": "synonym", "confidence": _CONFIDENCE["synonym"]})


def _written_in(chunks: list[_Chunk], kept: list[tuple[int, int, Meaning]]) -> set[int]:
    """The pieces of text saying that a subject read is what a thing is written in ("written" of "a game written in
    go"): understood with it, as the reason an everyday word was read as the language, never reported as not
    understood beside the reading it led to."""
    return {
        first - 2
        for first, _, meaning in kept
        if first >= 2
        and (meaning.roadmaps or meaning.topics)
        and chunks[first - 1].text.lower() == "in"
        and _WRITTEN_WORD.fullmatch(chunks[first - 2].text.lower())
    }


#: The words around "go" that make it the verb of motion: "want to go", "wanna go", "let's go" ahead of it, "go into",
#: "go in" (ending the sentence), "go for", "go to", "go ahead", "go back", "go abroad" behind it.
_MOTION_AHEAD = re.compile(r"(?:\blet['’]?s|\blets|\bwanna|\bgonna|\bgotta|(?<!\w)to)\s*$")
_MOTION_BEHIND = re.compile(r"^\s*(?:(?:into|for|to|ahead|back|abroad|through|further|far)\b|in\s*(?:for\b|[.,;!?]|$))")
#: "from python to go": the language one moves to, not the verb.
_FROM_TO = re.compile(r"\bfrom\s+(?:\S+\s+){1,3}to\s*$")
#: Words after which "go" is the subject learnt, whatever follows: "learn go for backend", "learn go in depth".
_LEARNS = re.compile(r"\b(?:learn(?:ing|ed|t)?|study(?:ing)?|master(?:ing)?|practi[cs]e|practi[cs]ing)\s*$")
#: Words after which "go" is what a thing is made in or with: "a discord bot in go", "a web app with go", "using go".
#: The verb of motion never follows them ("go in" is motion; "in go" is not).
_MADE_WITH = re.compile(r"\b(?:in|with|using)\s*$")


def go_as(word: str, ahead: str, behind: str) -> bool | None:
    """Whether "go" is the verb of motion by the words around it (True: "i want to go into tech", "to go in", "let's
    go", "go for data science"), or the Go language (False: after a learning verb, "learn go for backend", where a
    learner moves to, "switch from python to go", or what a thing is made in, "a discord bot in go"); None when they
    say neither, or for another word."""
    if word != "go":
        return None
    before, after = ahead.lower(), behind.lower()
    if _LEARNS.search(before) or _FROM_TO.search(before) or _MADE_WITH.search(before):
        return False
    if _MOTION_AHEAD.search(before) or _MOTION_BEHIND.search(after):
        return True
    return None


#: Words that join names in a list ("C++ and C"): a name on the far side still counts as a neighbour.
_JOINERS = frozenset({"and", "&", "or", "+", "with", "/"})


def _neighbour(chunks: list[_Chunk], index: int, step: int) -> int:
    """The piece of text next to `index` in direction `step`, looking past words that join names."""
    index += step
    while 0 <= index < len(chunks) and chunks[index].text.lower() in _JOINERS:
        index += step
    return index


def _said(chunks: list[_Chunk], first: int, last: int) -> str:
    """The learner's words from piece `first` to piece `last`, as written ("html/css" of "html/css/js")."""
    return chunks[first].text + "".join(c.joined + c.text for c in chunks[first + 1 : last + 1])


def _name_end(chunks: list[_Chunk], last: int, names: list[Name]) -> int:
    """The last piece of a name the learner wrote: past filler words that are part of it ("machine learning")."""
    spelt = {w for n in names for w in normalize(n.text).split()}
    while last + 1 < len(chunks):
        words = normalize(chunks[last + 1].text).split()
        if not words or not all(w in STOPWORDS and w in spelt for w in words):
            break
        last += 1
    return last


def _with_talk_fixed(
    chunks: list[_Chunk], tokens: list[_Token], talk: dict[int, str], meaning: Meaning, first: int, last: int
) -> Meaning:
    """A name read across a misspelt word of learner talk ("machine lerning"): a spelling fix, its words as read."""
    fixes = {(t.chunk, t.word): t.corrected for t in tokens if t.corrected}
    read = [
        talk[c] if c in talk else fixes.get((c, w)) or w
        for c in range(first, last + 1)
        for w in normalize(chunks[c].text).split()
    ]
    score = min((t.score for t in tokens if t.chunk in talk and first <= t.chunk <= last), default=1.0)
    how: How = "spelling" if meaning.how in ("name", "alias") else meaning.how
    confidence = round(meaning.confidence * score * _CONFIDENCE.get(how, 0.9) / _CONFIDENCE.get(meaning.how, 0.9), 3)
    return meaning.model_copy(update={"corrected": " ".join(read), "how": how, "confidence": confidence})


def _from_names(vocabulary: Vocabulary, names: list[Name], said: str, tokens: list[_Token]) -> Meaning | None:
    catalog = vocabulary.catalog
    roadmap_names = [n for n in names if n.kind == "roadmap"]
    # a roadmap once, though its title and an alias both spelt the learner's words ("ux designer", "ux design")
    roadmaps = list({n.key: Ref(key=n.key, name=catalog.roadmap(n.key).title) for n in roadmap_names}.values())
    topics = [Ref(key=t, name=catalog.topic(t).name) for t in _best_topics(vocabulary, names, roadmap_names)]
    if not roadmaps and not topics:
        return None
    exact = any(n.field != "alias" for n in names)
    corrected = [t for t in tokens if t.corrected]
    if any(t.compound for t in corrected):
        how: How = "compound"
    elif corrected:
        how = "spelling"
    else:
        how = "name" if exact else "alias"
    confidence = _CONFIDENCE.get(how, 0.9)
    for token in corrected:
        confidence *= token.score
    return Meaning(
        said=said,
        roadmaps=roadmaps,
        topics=topics,
        how=how,
        corrected=" ".join(t.corrected or t.word for t in tokens) if corrected else None,
        confidence=round(confidence, 3),
    )


def _best_topics(vocabulary: Vocabulary, names: list[Name], roadmap_names: list[Name]) -> list[str]:
    """The topics a phrase means: those it names exactly, else the one alias that fits best.

    Many topics share an alias ("kotlin" is an alias of every Kotlin topic); the phrase then means the entry
    topic of the roadmap it also names, else the topic whose name starts with it, else the most basic one.
    """
    topics = [n for n in names if n.kind == "topic"]
    exact = [n.key for n in topics if n.field != "alias"]
    if exact or not topics:
        return list(dict.fromkeys(exact))
    keys = list(dict.fromkeys(n.key for n in topics))
    for roadmap in roadmap_names:
        entry = [k for k in vocabulary.entry_topics.get(roadmap.key, ()) if k in keys]
        if entry:
            return entry[:1]
    catalog = vocabulary.catalog
    first_word = {n.key: normalize(n.text).split()[:1] for n in topics}

    def rank(key: str) -> tuple[bool, int, str]:
        name_words = normalize(catalog.topic(key).name).split()
        return (name_words[:1] != first_word[key], len(catalog.topic(key).prerequisites), key)

    return [min(keys, key=rank)]


def _from_synonym(vocabulary: Vocabulary, expansion: str, said: str, typed: list[_Token]) -> Meaning | None:
    """A synonym's meaning: the names its expansion spells, longest first ("machine learning" in "ai"), with the
    learner's misspellings it was found through ("design instgram": corrected, as "design instagram")."""
    meaning = _expanded(vocabulary, expansion, said)
    fixed = [t for t in typed if t.corrected]
    if meaning is None or not fixed:
        return meaning
    confidence = meaning.confidence
    for token in fixed:
        confidence *= token.score
    corrected = " ".join(t.corrected or t.word for t in typed)
    return meaning.model_copy(update={"corrected": corrected, "confidence": round(confidence, 3)})


def _expanded(vocabulary: Vocabulary, expansion: str, said: str) -> Meaning | None:
    tokens = [_Token(w, stem(w), 0) for w in normalize(expansion).split() if w not in STOPWORDS]
    for size in range(len(tokens), 0, -1):
        for start in range(len(tokens) - size + 1):
            if size == 1 and (tokens[start].word in FIELD_WORDS or tokens[start].word in FILLER):
                continue
            names = vocabulary.lookup(tuple(t.stem for t in tokens[start : start + size]))
            if names:
                meaning = _from_names(vocabulary, names, said, [])
                if meaning is not None:
                    return meaning.model_copy(update={"how": "synonym", "confidence": _CONFIDENCE["synonym"]})
    # A field only when the expansion starts with its word ("web app", "security ..."): inside a longer phrase a field
    # word is part of another subject ("natural language processing" is not the programming languages field).
    first = normalize(expansion).split()[:1]
    if first and first[0] in FIELD_WORDS:
        category = FIELD_WORDS[first[0]]
        return Meaning(said=said, field=category.value, how="field", confidence=_CONFIDENCE["field"])
    return None


def _merge(meanings: list[Meaning]) -> list[Meaning]:
    """One meaning per phrase the learner repeated ("python, Python"); a background read as the same roadmap as a
    subject stays apart ("accounting" and "data analyst"), to be said as a background rather than lost."""
    seen: dict[tuple[str, ...], Meaning] = {}
    for meaning in meanings:
        key = (
            "background" if meaning.background else "",
            meaning.field or "",
            *(r.key for r in meaning.roadmaps),
            "|",
            *(t.key for t in meaning.topics),
        )
        seen.setdefault(key, meaning)
    return list(seen.values())


def _spans(chunks: list[_Chunk], unknown: list[int]) -> list[str]:
    """Runs of neighbouring unknown pieces, as the learner wrote them."""
    out: list[str] = []
    run: list[int] = []
    for index in sorted(set(unknown)):
        if run and index != run[-1] + 1:
            out.append(_said(chunks, run[0], run[-1]))
            run = []
        run.append(index)
    if run:
        out.append(_said(chunks, run[0], run[-1]))
    return out
