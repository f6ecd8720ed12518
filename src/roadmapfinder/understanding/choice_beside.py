"""What a goal that leaves a choice says beside it, never dropped unsaid: a choice said *for* what decides it, or a
field listed beside it.

"learn to code for ai" read two choices, learning to code (which first language) and AI (which AI roadmap), and kept
the longer alone: "for ai" vanished, though it is what decides the first language, since AI and machine-learning work
is done in Python. "learn to code websites" and "learn programming for data" were refused whole as naming a field,
"learn to code" dropped, though what the coding is for is what decides where it starts: `CODING_FOR` says where and
why, `coding_for_phrase` which words say it. "learn apis and databases" read the APIs choice and the field
"databases", and answered that nothing in the whole goal was named, though both were read (`listed_beside`). Plain
Python, on the goal's pieces as the learner wrote them, so goals.py only asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.models import Category
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.search.text import normalize

#: The words that list a choice and a field side by side ("apis and databases"), as listing.LISTED_BY does.
_LISTING = frozenset({"and", "plus", "&", "+", "/", ","})


@dataclass(frozen=True)
class CodingFor:
    """Where learning to code starts when the goal says what the coding is for ("for ai", "websites"), and why a
    mentor would start there: said with the reading, never chosen unsaid."""

    start: str  # the roadmap's slug: where learning to code for this starts
    why: str  # the reason, short, as the unused note says it: "data work is programmed in Python"
    so: str  # what follows from it, after "so": "learning to code for it starts with Python"
    example: str  # the goal to write to start there: "learn to code for data"
    leads_to: tuple[str, ...] = ()  # roadmaps that build on it, said as where it leads
    instead: str = ""  # the other way in and whom it suits, as a clause: "Data Analyst starts from spreadsheets ..."


#: What learning to code is for, by what the goal names beside it: the AI common goal's key ("ai") and the
#: interpreter's field words by category (`lexicon.FIELD_WORDS`: "websites", "web" are `web`; "data" is `data-ai`).
#: Each was read as something else or nothing: "learn to code websites" was refused as naming a field, "learn
#: programming for data" too, "learn to code and data" was the first-language choice with "data" a field to choose in,
#: and "learn coding for ai" the choice with "for ai" dropped unsaid. Slugs are checked against the catalog.
CODING_FOR: dict[str, CodingFor] = {
    "ai": CodingFor(
        start="python",
        why="AI and machine-learning work is done in Python",
        so="learning to code for it starts with Python",
        example="learn to code for ai",
        leads_to=("ai-engineer", "machine-learning"),
    ),
    Category.DATA_AI.value: CodingFor(
        start="python",
        why="data work is programmed in Python (pandas and notebooks)",
        so="learning to code for it starts with Python",
        example="learn to code for data",
        leads_to=("data-scientist", "data-engineer"),
        instead=(
            "Data Analyst starts from spreadsheets and SQL instead, with Python after them, for those who would rather "
            "analyse before they program (write “data analyst”)"
        ),
    ),
    Category.WEB.value: CodingFor(
        start="frontend",
        why="websites are coded in HTML, CSS and JavaScript",
        so="learning to code them starts with Frontend Developer, which teaches all three from your first page",
        example="learn to code websites",
        instead=(
            "Full-Stack Developer adds the server and database behind a site, for those who want to build both (write "
            "“full-stack developer”)"
        ),
    ),
}

#: The AI words that name AI as a subject, which coding is for ("learn to code for ai"); a job in AI ("for ai jobs",
#: "for a job in ai") asks for more than a first language: one of the AI roadmaps, each teaching its own Python.
AI_SUBJECT = frozenset({"ai", "a.i.", "artificial intelligence"})

#: The words between learning to code and a field that make the field what the coding is for ("for data", "for the
#: web", "to make websites"), said with the field; "and" lists the two ("learn to code and data") or joins a verb to
#: learning to code ("learn to code and build websites"), and nothing between says it too ("code websites", "web
#: coding"). Other words ("with ai", "using ai") choose no start.
_FOR = frozenset(
    {("for",), ("for", "the"), ("to", "make"), ("to", "build"), ("to", "create"), ("build",), ("make",), ("create",)}
)


def coding_for_phrase(pieces: Sequence[str], coding: set[int], field: set[int]) -> tuple[set[int], bool]:
    """The pieces of a field that say what learning to code (the pieces `coding`) is for, with the words that link
    them ("for data", "to make websites", "build websites" of "learn to code and build websites"; the field alone
    after "and" or beside it, as in "code websites" and "web coding"), and whether they so link them; the field with
    the word before it ("with ai") and False otherwise."""
    if max(field) + 1 == min(coding):  # "web coding"
        return set(field), True
    if max(coding) < min(field):
        first = max(coding) + 1
        listed = pieces[max(coding)].endswith(",") or normalize(pieces[first]) == "and"
        first += normalize(pieces[first]) == "and"
        linking = tuple(normalize(pieces[i]) for i in range(first, min(field)))
        if not linking or linking in _FOR:
            return {*range(first, min(field)), *field}, True
        if listed:
            return set(field), False
    start = min(field)
    return ({start - 1, *field} if start else set(field)), False


def coding_for_note(said: str, coding_for: CodingFor, leads_to: list[str]) -> str:
    """Why learning to code for what the goal names starts where it does, where it leads, the other way in, and its
    Undo."""
    further = f"; it leads on to {and_list(leads_to)}, which build on it" if leads_to else ""
    instead = f"; {coding_for.instead}" if coding_for.instead else ""
    return (
        f"“{said}”: {coding_for.why}, so {coding_for.so}{further}{instead}. Undo “{said}” to choose the first language "
        "yourself."
    )


def unused_note(said: str, coding_for: CodingFor, *, undone: bool) -> str:
    """What a learn-to-code goal names beside it that chooses no start: undone ("for ai" of "learn to code for ai",
    "websites" of "learn to code websites", or "with ai" read as typed rather than as how the learner studies), or
    said otherwise than as what the learner codes for ("learn to code using ai"): said as unused, never dropped."""
    typed = ", read as typed," if undone else ""
    return (
        f"“{said}”{typed} chooses no first language, so it is not used here: {coding_for.why}; to start there, write "
        f"“{coding_for.example}”."
    )


def coding_in_each(said: str) -> str:
    """Learning to code said beside a job in AI ("learn to code for ai jobs"): the AI roadmaps are the choice, and
    each teaches the programming it needs."""
    return (
        f"“{said}”: a job in AI is one of these roadmaps, and each teaches the Python it needs from its basics, so "
        "you learn to code on the way."
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


def field_beside_choice(fields: list[str], roadmaps: list[str], example: str) -> str:
    """The field listed beside a choice, said with its roadmaps and how to ask for one with the choice: it was the
    whole goal said to be named nothing."""
    named = and_list([f"“{f}”" for f in fields])
    written = f", as in “{example}”" if example else ""
    inside = f" ({', '.join(roadmaps)})" if roadmaps else ""
    return (
        f"{named} names a field, not one skill: choose a roadmap in it{inside} and write it beside your choice{written}"
    )


def beside_example(choice: str, field: str, *, choice_is_role: bool) -> str:
    """A goal as a learner writes it with a roadmap of the choice and one of the field (their titles): "learn api
    design and sql", "ai engineer and sql". It was the two titles side by side whatever they were, "api design and
    database administrator", a skill and a job no learner puts in one goal; the field's roadmap is now a skill where
    it has one (the caller's pick), and a skill is learnt ("learn ..."), a role named alone."""
    learn = "" if choice_is_role else "learn "
    return f"{learn}{choice.lower()} and {field.lower()}"
