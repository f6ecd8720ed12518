"""Whether a goal lists its subjects side by side ("devops and python") or says one with the other ("python for
devops", "python backend"): the generator asks for each listed roadmap whole, and reads a language said with a role
as the role's stack only when the two are not listed (`stacks.goal_stack`), for the generator and the finder alike.
"""

from __future__ import annotations

import re

from roadmapfinder.understanding.interpret import Meaning

#: What may stand between subjects the learner lists, each asked for whole: "devops and python", "docker, kubernetes";
#: a sequence too ("docker, then kubernetes", "docker and then kubernetes", "docker followed by kubernetes"): one after
#: the other is each in full, never only their foundations with a note to list them side by side.
LISTED_GAP = re.compile(
    r"\s*(?:,|&|\+|/|and|plus|as well as|,\s*and|,\s*plus|(?:,\s*)?(?:and\s+)?(?:then|after that)|followed by)?\s*",
    re.IGNORECASE,
)

#: What lists subjects by a word or a sign between them: "backend developer and python", never "python backend".
LISTED_BY = re.compile(r"\s*(?:,|&|\+|/|and|plus|as well as|,\s*and|,\s*plus)\s*", re.IGNORECASE)


def listed(text: str, subjects: list[Meaning], gap: re.Pattern[str] = LISTED_GAP) -> bool:
    """Whether the goal lists its subjects side by side ("devops and python"), rather than one for, in or with the
    other ("python for devops", "kubernetes security"): then each roadmap is asked for whole, as when it is alone.
    With another `gap` (the generator's `_EITHER_GAP`): whether it offers them as a choice ("rust or go")."""
    lowered, cursor, start, gaps, before = text.lower(), 0, 0, [], None
    for meaning in subjects:
        if meaning.said.lower() == before:  # one phrase read as two subjects ("eks": Kubernetes, AWS's EKS): no gap
            continue
        before = meaning.said.lower()
        found = _written(before).search(lowered, cursor) or _sharing(before, lowered, start, cursor)
        if found is None:  # not where expected (a reading that joined words): read as a composite, as before
            return False
        gaps.append(lowered[cursor : max(cursor, found.start())])
        start, cursor = found.start(), found.end()
    return len(subjects) > 1 and all(gap.fullmatch(between) for between in gaps[1:])


#: What may stand between the words of one phrase as the learner wrote it, which a reading's `said` leaves out: the
#: brackets and quotes around a word ("kubernetes (eks)" is said “kubernetes eks”), and the comma of a reading that
#: joins steps ("kubernetes, then eks" is said “kubernetes then eks”).
_BETWEEN_WORDS = r"[\s\"'“”‘’()\[\],]+"


def _sharing(said: str, lowered: str, start: int, cursor: int) -> re.Match[str] | None:
    """The phrase begun inside the one before it, on a word of it, and going on past it: a cloud's name whose last word
    starts the role's name ("google cloud engineer": “google cloud”, then “cloud engineer”), read one right after the
    other as "gcp cloud engineer" is, with nothing between; `None` when it is not there."""
    for word in re.finditer(r"\S+", lowered[start:cursor]):
        found = _written(said).match(lowered, start + word.start())
        if found is not None and found.end() > cursor:
            return found
    return None


def _written(said: str) -> re.Pattern[str]:
    """A phrase as the learner may have written it: its pieces in order, with spaces, brackets or quotes between."""
    return re.compile(_BETWEEN_WORDS.join(re.escape(piece) for piece in said.split()))
