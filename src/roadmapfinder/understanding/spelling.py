"""One rule for a learner's misspelling of a curated phrase's word, shared by every reader of such phrases.

The common goals (`goals.py`: "chrom extension") and the scope's promotion (`scope.py`: "get promted to senior")
read a slip of the keyboard as the word meant and say so; both must agree on what a slip is, or one reader would
read "promted" as "promoted" while the other left it not understood.

An everyday English word is never a slip (`everyday_word`), for these readers and for the interpreter's fixes towards
the catalog's names alike: one dictionary word in twenty of four letters or more was read as a slip of a catalog word
("profits" as profiles, "genetic" as generic, "condo" as conda, "aisle" as agile) and "steam app" as a streaming app,
"discard bot" as a Discord bot. Each was said and undoable, but a learner who wrote plain English had to undo what they
never misspelt. Real slips are no dictionary words ("pyhton", "javscript", "discrod"), and are still fixed.
"""

from __future__ import annotations

import functools
from pathlib import Path

from rapidfuzz import fuzz

#: How close a misspelt word must be to a curated phrase's word to be read as it (the interpreter's cutoff).
SPELLING_CUTOFF = 85.0


def spelt_as(typed: str, word: str, *, exact: bool) -> bool:
    """Whether the learner's word is the phrase's word, or a misspelling of it that keeps its first letter
    ("chrom", "discrod"); short words and exact phrases must match as they are."""
    if typed == word:
        return True
    if exact or min(len(typed), len(word)) < 5 or typed[0] != word[0] or everyday_word(typed):
        return False
    return fuzz.ratio(typed, word) >= SPELLING_CUTOFF or swapped(typed, word)


def swapped(typed: str, word: str) -> bool:
    """Whether the typed word is the word with two neighbouring letters swapped ("pyhton"), the commonest slip of
    the keyboard, which a plain edit ratio scores as two changes."""
    wrong = [i for i, (a, b) in enumerate(zip(typed, word, strict=False)) if a != b]
    return (
        len(typed) == len(word)
        and len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and typed[wrong[0]] == word[wrong[1]]
        and typed[wrong[1]] == word[wrong[0]]
    )


def everyday_word(word: str) -> bool:
    """Whether a word (lowercase, as normalized) is an everyday English word, which is never read as a misspelling of
    another: SCOWL's American English words of four letters or more (english_words.txt, beside this module). A word
    the catalog itself names is read by its name before any fix is looked for, so "steam" is still Steam."""
    return word in _everyday_words()


@functools.cache
def _everyday_words() -> frozenset[str]:
    lines = Path(__file__).with_name("english_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
