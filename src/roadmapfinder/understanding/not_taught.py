"""Which phrases of a goal name a field or role the catalog has no roadmap for (`lexicon.NOT_TAUGHT`).

One rule for the finder (search/finder.py) and the generator (goals.py), so both say the same of "help desk job" or
"become a scrum master": the phrase is found in the goal as the learner typed it, whatever the interpreter made of
its words ("help" is learner talk, "scrum" an alias of the agile topic), and is then said plainly with the nearest
roadmaps, never read as the one topic that happens to share a word with it.
"""

from __future__ import annotations

import re

from roadmapfinder.search.text import words
from roadmapfinder.understanding.interpret import Interpretation
from roadmapfinder.understanding.lexicon import NOT_TAUGHT

#: Each phrase of `NOT_TAUGHT` as a pattern over what the learner typed: its words in order, any case, whole words.
_PATTERNS = {
    key: re.compile(r"(?<![\w])" + r"[\W_]+".join(map(re.escape, key.split())) + r"(?![\w])", re.IGNORECASE)
    for key in NOT_TAUGHT
}


def not_taught_phrases(goal: str, reading: Interpretation) -> list[str]:
    """The phrases of the goal naming a field or role the catalog has no roadmap for ("robotics", "scrum master"), as
    the learner wrote them, in the goal's order, the longest where two overlap ("agile coach", not "agile"); none
    inside a longer name the reading found ("logic" of "digital logic", "math" of "game math")."""
    found: list[tuple[int, int, str]] = []
    names = [words(m.said) for m in reading.meanings if not m.field]
    for key in sorted(NOT_TAUGHT, key=lambda k: -len(k.split())):
        for match in _PATTERNS[key].finditer(goal):
            inside = words(match.group())
            if any(len(n) > len(inside) and _run_in(n, inside) for n in names):
                continue
            if not any(start < match.end() and match.start() < end for start, end, _ in found):
                found.append((match.start(), match.end(), match.group()))
    return [phrase for _, _, phrase in sorted(found)]


def not_taught_key(phrase: str) -> str:
    """The `NOT_TAUGHT` key of a phrase the learner wrote ("Scrum  Master" is "scrum master")."""
    return " ".join(re.findall(r"\w+", phrase.lower()))


def _run_in(phrase: list[str], run: list[str]) -> bool:
    return any(phrase[i : i + len(run)] == run for i in range(len(phrase) - len(run) + 1))
