"""What a goal that leaves a choice says beside it, never dropped unsaid: a choice said *for* what decides it, or a
field listed beside it.

"learn to code for ai" read two choices, learning to code (which first language) and AI (which AI roadmap), and kept
the longer alone: "for ai" vanished, though it is what decides the first language, since AI and machine-learning work
is done in Python (`for_ai_language`). "learn apis and databases" read the APIs choice and the field "databases", and
answered that nothing in the whole goal was named, though both were read (`listed_beside`). Plain Python, on the
goal's pieces as the learner wrote them, so goals.py only asks.
"""

from __future__ import annotations

from collections.abc import Sequence

from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.search.text import normalize

#: The roadmap learning to code starts with when the learner says it is for AI, and the roadmaps it leads to.
AI_LANGUAGE = "python"
AI_LEADS_TO = ("ai-engineer", "machine-learning")

#: The words that list a choice and a field side by side ("apis and databases"), as listing.LISTED_BY does.
_LISTING = frozenset({"and", "plus", "&", "+", "/", ","})


#: The AI words that name AI as a subject, which "for" makes what the learner codes ("learn to code for ai"); a job
#: in AI ("for ai jobs", "for a job in ai") asks for more than a first language, and is left to the choice.
AI_SUBJECT = frozenset({"ai", "a.i.", "artificial intelligence"})

#: The words before the AI words that belong with them when said: "for ai", "with ai", "using ai".
_LINKING = frozenset({"for", "with", "using"})


def ai_phrase(pieces: Sequence[str], span: set[int]) -> tuple[set[int], str]:
    """The AI words of a learn-to-code goal with the linking word before them ("for ai", "with ai"): the pieces and
    that word, normalised; the pieces alone, and no word, when none links them ("learn to code and ai")."""
    start = min(span)
    before = normalize(pieces[start - 1]) if start else ""
    if before not in _LINKING:
        return set(span), ""
    return {start - 1, *span}, before


def for_ai_note(said: str, leads_to: list[str]) -> str:
    """Why learning to code for AI is Python, and where it leads, with its Undo."""
    further = f"; it leads on to {and_list(leads_to)}, which build on it" if leads_to else ""
    return (
        f"“{said}”: AI and machine-learning work is done in Python, so learning to code for it starts with Python"
        f"{further}. Undo “{said}” to choose the first language yourself."
    )


def unused_ai_note(said: str, *, undone: bool) -> str:
    """The AI words of a learn-to-code goal that choose no language: undone ("for ai" of "learn to code for ai", or
    "with ai" read as typed rather than as how the learner studies), or said otherwise than for what the learner
    codes ("learn to code and ai"): said as unused, never dropped."""
    typed = ", read as typed," if undone else ""
    return (
        f"“{said}”{typed} chooses no first language, so it is not used here: AI and machine-learning work is done in "
        "Python; to start there for AI work, write “learn to code for ai”."
    )


def listed_beside(pieces: Sequence[str], choice: set[int], field: set[int]) -> bool:
    """Whether a choice and a field are listed side by side ("apis and databases", "databases, ai"): only listing
    words between them, so neither says what the other is for."""
    if not choice or not field or choice & field:
        return False
    low, high = (choice, field) if max(choice) < min(field) else (field, choice)
    between = [normalize(pieces[i]) or pieces[i] for i in range(max(low) + 1, min(high))]
    comma = pieces[max(low)].endswith(",")
    return (len(between) == 1 and between[0] in _LISTING) or (not between and comma)


def field_beside_choice(fields: list[str], roadmaps: list[str], choice_example: str) -> str:
    """The field listed beside a choice, said with its roadmaps and how to ask for one with the choice: it was the
    whole goal said to be named nothing."""
    named = and_list([f"“{f}”" for f in fields])
    example = f", as in “{choice_example} and {roadmaps[0].lower()}”" if roadmaps and choice_example else ""
    inside = f" ({', '.join(roadmaps)})" if roadmaps else ""
    return (
        f"{named} names a field, not one skill: choose a roadmap in it{inside} and write it beside your choice{example}"
    )
