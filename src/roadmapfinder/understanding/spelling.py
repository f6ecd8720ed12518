"""One rule for a learner's misspelling of a curated phrase's word, shared by every reader of such phrases.

The common goals (`goals.py`: "chrom extension") and the scope's promotion (`scope.py`: "get promted to senior")
read a slip of the keyboard as the word meant and say so; both must agree on what a slip is, or one reader would
read "promted" as "promoted" while the other left it not understood.
"""

from __future__ import annotations

from rapidfuzz import fuzz

#: How close a misspelt word must be to a curated phrase's word to be read as it (the interpreter's cutoff).
SPELLING_CUTOFF = 85.0


def spelt_as(typed: str, word: str, *, exact: bool) -> bool:
    """Whether the learner's word is the phrase's word, or a misspelling of it that keeps its first letter
    ("chrom", "discrod"); short words and exact phrases must match as they are."""
    if typed == word:
        return True
    if exact or min(len(typed), len(word)) < 5 or typed[0] != word[0]:
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
