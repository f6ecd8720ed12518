"""Which named subjects of "what I know" the learner hedged: "a bit of python", "some react tutorials".

A learner who "did some react tutorials" has started React; they do not know it, and a plan without React would
be quietly wrong. So the words around each subject the interpreter read are looked at: a hedge before it ("a bit
of", "some", "a little", "the basics of", "familiar with", "learning"...) applies to it and, through "and" or a
comma, to the subjects listed right after it ("a bit of python and excel"); a hedge after it ("react tutorials",
"docker basics", "sql a little") applies to it alone. A subject whose own name holds the word ("SQL basics") is
not hedged by it. What a hedge then means is decided in understanding/known.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Words before a subject that say the learner only started it.
_BEFORE = re.compile(
    r"\b(?:a (?:little )?bit(?: of)?|a little(?: of)?|little bit(?: of)?|some|basic|the basics of|basics of|"
    r"(?:an? )?(?:intro|introduction|beginner(?:'s)? course|tutorials?) (?:to|in|on)|"
    r"familiar with|new to|played (?:around )?with|dabbled (?:in|with)|tried|touched|beginner (?:at|in|with)|"
    r"(?:just |recently )?(?:started|starting|began|beginning) (?:to learn |learning |with |on )?|learning|"
    r"barely|not much)\b"
)
#: Words right after a subject that say the same ("react tutorials", "docker basics", "sql a little"). A course
#: or a bootcamp is not a hedge: "i did a course on django" learnt it.
_AFTER = re.compile(
    r"^\s*\(?\s*(?:tutorials?|basics|a (?:little )?bit|a little|for beginners|beginner level|"
    r"(?:at )?(?:a )?beginner level|intro|introduction)\b"
)
#: What may stand between two subjects for a hedge to carry over ("python and excel", "html, css").
_LIST_GAP = re.compile(r"^\s*(?:,|&|\+|/|and|or|,\s*and)?\s*$")


def hedges(text: str, said: Sequence[str]) -> list[str]:
    """For each subject the learner wrote (`said`, in the order they appear in `text`), the words that hedge it,
    or "" when none does."""
    lowered = text.lower()
    found: list[str] = []
    cursor = 0
    previous = ""
    for words in said:
        start = _find(lowered, words.lower(), cursor)
        if start < 0:  # not where we expect it (a reading that joined words): never guess
            found.append("")
            previous = ""
            continue
        end = start + len(words)
        clause_start = max(lowered.rfind(mark, 0, start) for mark in (";", ". ", "\n", " but ")) + 1
        gap = lowered[max(cursor, clause_start) : start]
        before = [m.group(0) for m in _BEFORE.finditer(gap) if m.group(0) not in words.lower()]
        after = _AFTER.match(lowered[end:])
        behind = after.group(0).strip(" (") if after and after.group(0).strip(" (") not in words.lower() else ""
        ahead = before[-1] if before else ""
        if not ahead and not behind and previous and cursor > clause_start and _LIST_GAP.match(gap):
            ahead = previous  # "a bit of python and excel": the hedge carries over a list
        found.append(" … ".join(part for part in (ahead, behind) if part))
        previous, cursor = ahead, end
    return found


def _find(text: str, words: str, start: int) -> int:
    """Where `words` stand in `text` as whole words, from `start`; -1 if they do not."""
    match = re.compile(rf"(?<![\w]){re.escape(words)}(?![\w])").search(text, start)
    return match.start() if match else -1
