"""Text handling shared by the index and the queries: guarding input, tokens, stems and synonyms.

The index and every query go through the same `terms()` so a word is spelt one way on both sides: lower case,
tech names with punctuation kept whole (`c#`, `.net`, `node.js`), English stems from the Snowball stemmer
(PyStemmer), learner filler words dropped ("i want to get into..."). Queries also add curated synonyms.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import Stemmer

from roadmapfinder.errors import InvalidInput
from roadmapfinder.search.synonyms import PHRASE_SYNONYMS, WORD_SYNONYMS

#: Longest query accepted; the web box has the same `maxlength`.
MAX_QUERY_LENGTH = 200

#: Tech names whose punctuation carries meaning, rewritten to one word before splitting on punctuation.
_SPECIAL = (
    (re.compile(r"(?<![a-z0-9])c\s?#"), " csharp "),
    (re.compile(r"(?<![a-z0-9])f\s?#"), " fsharp "),
    (re.compile(r"(?<![a-z0-9])c\+\+"), " cpp "),
    (re.compile(r"(?<![a-z0-9])\.net\b"), " dotnet "),
    (re.compile(r"\b([a-z0-9]+)\.js\b"), r" \1js \1 "),
    (re.compile(r"\bci\s*/\s*cd\b"), " cicd "),
    (re.compile(r"\bi/o\b"), " io "),
    (re.compile(r"\bai\s*/\s*ml\b"), " ai ml "),
    # the crawler files of SEO are file names, not robots: "robots.txt" is one word, so "robots" is left to robots
    (re.compile(r"\brobots\s?\.?\s?(txt|ts)\b"), r" robots\1 "),
)
_WORD = re.compile(r"[a-z0-9]+")

#: Words that say how a learner asks, not what they ask for; dropped from queries and content alike ("u" and "ur"
#: are "you" and "your" as learners text them: "how would u design netflix" searched "u" as a word of its own; "m",
#: "re", "s"... are what is left of "i'm", "you're", "what's" once the apostrophe splits them: "i'm a teacher" searched
#: "m" and found the "arm cortex-m" alias). "wanting", "hoping", "trying", "looking" say why, as "want" does
#: ("im a lawyer wanting to code" searched "wanting"); "find" what they look for ("can't find a job" found a red
#: team's "findings" and Union-find, which "union" still finds); "free" what it costs ("learn coding for free" found
#: Python's free-threading and put Code Review first).
_STOPWORD_TEXT = """
    a about after all also am an and any are as at be become becoming been best better build building but by can
    could do does doing for from get getting good great have how i i'm im in into is it its just know
    learn learning like make me my need new of on or our path please roadmap roadmaps should so some start
    started starting that the their them then there these this to up use using want wanna what when where which
    who why will with would you your yourself u ur career job jobs way ways guide become beginner beginners
    m re ve ll s t wanting wants wanted hoping trying looking find free
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_stemmer = Stemmer.Stemmer("english")


def clean_query(raw: str | None) -> str:
    """The query as typed, trimmed; `InvalidInput` for empty, over-long, control or binary input.

    Refusing (rather than silently cleaning) tells the caller exactly what was wrong with what they sent.
    """
    text = (raw or "").strip()
    if not text:
        raise InvalidInput("the search query is empty", hint="type a few words, e.g. `backend` or `react hooks`")
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidInput(
            f"the search query is {len(text)} characters long",
            hint=f"keep it under {MAX_QUERY_LENGTH} characters: a few words are enough",
        )
    for char in text:
        if char in "\t\n\r":
            continue
        if char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            raise InvalidInput(
                "the search query contains control or binary characters",
                hint="search with plain words, e.g. `python` or `sql joins`",
            )
    return " ".join(text.split())


def normalize(text: str) -> str:
    """Lower case, accents folded, tech names made single words, punctuation turned into spaces."""
    folded = text.lower()
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    # the special names all carry one of these (or are the crawler files, typed with a space too); most text has none
    if any(mark in folded for mark in "#+./") or "robots" in folded:
        for pattern, replacement in _SPECIAL:
            folded = pattern.sub(replacement, folded)
    return " ".join(_WORD.findall(folded))


#: Words Snowball gives the stem of a different word, kept apart on both sides of the index: "embeddings" (vectors)
#: are not "embedded" (systems), an "operator" is not "operating" (systems), Fastly (a CDN) is not "fast". A robot
#: and robotics are one subject ("build robots"), which no roadmap teaches (the finder names the nearest ones:
#: understanding/lexicon.NOT_TAUGHT), and the crawler files "robots.txt" and "robots.ts" are single words (`_SPECIAL`):
#: "build robots" found the SEO topic's robots.txt first.
_OWN_STEMS = {
    "embedding": "embedding",
    "embeddings": "embedding",
    "operator": "operator",
    "operators": "operator",
    "robots": "robotics",
    "robot": "robotics",
    "robotics": "robotics",
    # a transformer (the model architecture) is not a CSS or game "transform"
    "transformer": "transformer",
    "transformers": "transformer",
    # accessibility is designing for everyone; "access" (access control, database access) is another subject
    "accessibility": "accessib",
    "accessible": "accessib",
    "fastly": "fastly",  # the CDN, not "fast" ("get a job in tech fast")
    # virtualisation runs virtual machines; "virtual reality" or "virtual assistant" is none
    "virtualization": "virtualiz",
    "virtualisation": "virtualiz",
    "virtualize": "virtualiz",
    "virtualise": "virtualiz",
    "virtualized": "virtualiz",
    "virtualised": "virtualiz",
    # a certification (an exam, "an aws certification") is what "certify" and "certified" make, not the X.509
    # "certificates" TLS rests on: Snowball gave both "certif", and "certification" read as Applied cryptography
    "certification": "certifi",
    "certifications": "certifi",
    # a platformer is a kind of 2D game, not a software "platform": "a 2d platformer in godot" found Flutter's
    # platform integration and MLOps' platform engineering
    "platformer": "platformer",
    "platformers": "platformer",
    # Sequelize is a Node.js ORM; "sequel" is how people say SQL (the SQL roadmap's alias), which the Node.js
    # databases topic took through Snowball's "sequel" for both
    "sequelize": "sequelize",
    # to automate is what a learner does to their own work ("automate my job", "automate excel"); "automation" and
    # "automated" name kinds of it (test automation, network automation, build automation): with one stem, the verb
    # found QA Engineer's four "automation" aliases first
    "automate": "automate",
    "automates": "automate",
    "automating": "automate",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of one lower-case word (cached: the same words come back all the time), or its own stem
    where Snowball would make it another word (`_OWN_STEMS`)."""
    result: str = _OWN_STEMS.get(word) or _stemmer.stemWord(word)
    return result


def words(text: str) -> list[str]:
    """Normalized words of `text` without learner filler words, not stemmed (for display and fuzzy matching)."""
    return [w for w in normalize(text).split() if w not in STOPWORDS]


def terms(text: str) -> list[str]:
    """Index terms of `text`: normalized, filler words dropped, stemmed. Synonyms are a query-side concern."""
    return [stem(w) for w in words(text)]


def word_synonyms_of(word: str) -> list[str]:
    """The words the curated synonyms of one word stand for ("k8s" also means "kubernetes")."""
    return [w for w in WORD_SYNONYMS.get(word, "").split() if w not in STOPWORDS]


def phrase_synonyms_of(tokens: Sequence[str], groups: Sequence[int | None] | None = None) -> list[tuple[str, range]]:
    """The words the curated phrases among `tokens` stand for, each with the positions of the phrase's words.

    `tokens` are the learner's words in order, filler words included; `groups` the position each stands for among
    the query's words (None for a filler word), by default its place among the words that are not filler. "scale to
    millions of users" holds "millions of users", so it also means "scalability", standing for the words at positions
    1-2 of ["scale", "millions", "users"]. Only the phrases: each word's own synonyms are `word_synonyms_of`, so none
    is counted twice.

    A phrase is read across the learner's filler words and up to `PHRASE_GAP` of their other words between its own
    ("automate boring tasks" and "automate my daily tasks" say "automate tasks"); it stood for nothing unless its
    words were side by side. A phrase of one word beside filler words ("automate my job") needs those words too:
    its one word alone says much less ("automate tests" is test automation).
    """
    if groups is None:
        places = itertools.count()
        groups = [None if t in STOPWORDS else next(places) for t in tokens]
    out: list[tuple[str, range]] = []
    starting = sorted({at for token in tokens for at in _PHRASES_BY_FIRST.get(token, ())})
    for phrase, extra in (_PHRASES[at] for at in starting):  # in the table's order, as if each were tried
        for start, token in enumerate(tokens):
            if token == phrase[0] and (matched := _phrase_from(tokens, groups, start, phrase)):
                out.extend((word, range(min(matched), max(matched) + 1)) for word in extra)
    return out


#: How many of the learner's own words (not filler) may stand between two words of a curated phrase.
PHRASE_GAP = 1


def _phrase_from(tokens: Sequence[str], groups: Sequence[int | None], start: int, phrase: tuple[str, ...]) -> list[int]:
    """The query positions of `phrase` read from `tokens[start]` on (empty when it is not there): the learner's filler
    words are passed over, and `PHRASE_GAP` of their other words between two of the phrase's."""
    matched = [g for g in (groups[start],) if g is not None]
    at = start + 1
    for wanted in phrase[1:]:
        gap = 0
        while at < len(tokens) and tokens[at] != wanted:
            if groups[at] is not None:
                gap += 1
                if gap > PHRASE_GAP:
                    return []
            at += 1
        if at == len(tokens):
            return []
        if groups[at] is not None:
            matched.append(groups[at])  # type: ignore[arg-type]
        at += 1
    return matched


def _phrase_words(phrase: str) -> tuple[str, ...]:
    """A curated phrase's words as queries are read: without its filler words, unless one word alone would be left."""
    content = tuple(words(phrase))
    return content if len(content) > 1 else tuple(normalize(phrase).split())


#: The curated phrases as words (see `_phrase_words`) and the words they add.
_PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (_phrase_words(phrase), tuple(words(extra))) for phrase, extra in PHRASE_SYNONYMS.items()
)

#: The places in `_PHRASES` of the phrases starting with each word: a query tries only those its words can start, not
#: all of them at every word (a fifth of a millisecond a query).
_PHRASES_BY_FIRST: dict[str, tuple[int, ...]] = {
    first: tuple(at for at, (phrase, _) in enumerate(_PHRASES) if phrase[0] == first)
    for first in {phrase[0] for phrase, _ in _PHRASES}
}
