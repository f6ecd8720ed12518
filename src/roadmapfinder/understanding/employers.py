"""Where a learner wants to work, which is not what they want to learn: "i want to work at google", "get a job at
amazon", "work for a startup", "intern at meta".

An employer's name is no subject: searched, "google" found Data Analyst (Google Sheets), Site Reliability Engineer
and Android Developer (Google Play), and "amazon" AWS. The finder says where the learner wants to work and, when the
goal names nothing else, asks which field, as it does for "i want a well paid job".

The rule reads the goal as typed: the words right after "work at/for", "a job at/with", "hired at/by", "employed
at/by", "intern at" or "an internship at" (and a little word such as "a" or "big"), up to the end of the clause, are
the employer when the interpreter read none of them as a roadmap, topic or field: "work for a startup" is the
employer's kind, while "work in cloud" or "a job in data" name a field (and "in" is not read as an employer's word
at all) and "work with python" is a tool.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from roadmapfinder.search.text import words
from roadmapfinder.understanding.interpret import Interpretation

#: What a learner says before the place they want to work: "work at", "a job at", "hired by", "an internship at".
_BEFORE = re.compile(
    r"\b(?:work(?:ing)?|jobs?|hired|employed|employment|career|intern(?:ing)?|internships?|position|role)"
    r"\s+(?:at|for|by|with)\s+",
    re.IGNORECASE,
)
#: Where the employer's name ends: the end of a clause, or a word that goes on with something else.
_AFTER = re.compile(r"\s*(?:[,.;!?]|\band\b|\bbut\b|\bas\b|\bin\b|\bby\b|\bwithin\b|\bnext\b|\bsomeday\b|$)", re.I)
#: Little words before an employer's name, which name nothing of their own ("a startup", "big tech").
_LEADING = frozenset({"a", "an", "the", "one", "some", "big", "large", "small", "top", "my", "our", "company"})


@dataclass(frozen=True)
class Employer:
    """Where the learner wants to work, as they wrote it ("google"), and the clause saying it ("work at google"),
    whose words are read: none of them is a subject."""

    said: str
    clause: str


def employer_phrases(goal: str, reading: Interpretation, *, plain: Collection[str] = ()) -> list[Employer]:
    """The phrases of the goal naming where the learner wants to work ("google" of "i want to work at google"), as
    the learner wrote them, in the goal's order; none that the interpreter read as a roadmap, topic or field ("work
    with python", "a job in data"), so a skill named there is never set aside, and none the learner undid (`plain`:
    read as typed, searched)."""
    read = [set(words(m.said)) for m in reading.meanings]
    undone = {" ".join(words(p)) for p in plain}
    found: list[Employer] = []
    for before in _BEFORE.finditer(goal):
        rest = goal[before.end() :]
        end = _AFTER.search(rest)
        phrase = rest[: end.start() if end else len(rest)].strip()
        said = [w for w in words(phrase) if w not in _LEADING]
        if not said or any(set(said) & r for r in read) or " ".join(words(phrase)) in undone:
            continue
        found.append(Employer(said=phrase, clause=f"{before.group()}{phrase}".strip()))
    return found


def without_employers(reading: Interpretation, employers: list[Employer]) -> Interpretation:
    """The reading less the words of the clauses naming where the learner wants to work, neither searched for nor
    said not understood ("google", "internship" of "an internship at meta")."""
    inside = {w for e in employers for w in words(e.clause)}
    return reading.model_copy(
        update={
            "not_understood": [w for w in reading.not_understood if not set(words(w)) <= inside],
            "loose_words": [w for w in reading.loose_words if not set(words(w)) <= inside],
        }
    )
