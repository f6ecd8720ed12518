"""Well-known courses learners name as what they know: "i did the odin project foundations", "finished cs50".

A course is no topic of the catalog, so its name was "not understood" and nothing it taught counted: a learner who
had done the best-known free courses was planned from their first HTML lesson. Each course here lists the catalog
topics its public syllabus teaches in full (`known`), read as known when the learner names the course in what they
know; what it only introduces (CS50's week on algorithms is no algorithms course) is not listed, so it stays in the
plan. Hedged ("half of cs50", "some of the odin project foundations"), all of it is only started (`hedges.py`). The
list is short on purpose: each course is widely taken, free or nearly, and stable in what it teaches; a course not
here is read word by word, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roadmapfinder.catalog import Catalog


@dataclass(frozen=True)
class Course:
    """One course: its name for people, the phrases learners write for it, and the topics it teaches in full."""

    name: str
    phrases: tuple[str, ...]
    known: tuple[str, ...]


COURSES = (
    Course(
        "The Odin Project's Foundations course",
        (
            *("the odin project foundations", "odin project foundations", "odin foundations", "top foundations"),
            # the whole project named: its Foundations course, which every path of it starts with; what a path
            # teaches after it (JavaScript, Ruby on Rails) depends on the path, and is never guessed
            *("the odin project", "odin project"),
        ),
        ("git", "linux-command-line", "html", "css", "css-layout", "javascript-basics", "dom-manipulation"),
    ),
    Course(
        "Harvard's CS50P (Python)",
        ("cs50p", "cs50 python", "cs50's python", "cs50s python"),
        ("python-basics", "python-functions-modules", "python-files-exceptions", "regular-expressions"),
    ),
    Course(
        "Harvard's CS50",
        (
            *("harvard's cs50x", "harvards cs50x", "harvard cs50x", "cs50x"),
            *("harvard's cs50", "harvards cs50", "harvard cs50", "cs50"),
        ),
        ("c-programming", "python-basics", "sql-basics", "html", "css"),
    ),
    Course(
        "freeCodeCamp's Responsive Web Design",
        (
            "freecodecamp responsive web design",
            "freecodecamp's responsive web design",
            "fcc responsive web design",
            "responsive web design certification",
        ),
        ("html", "css", "css-layout", "responsive-design"),
    ),
    Course(
        "Google Data Analytics Certificate",
        ("google data analytics certificate", "google data analytics certification", "google data analytics course"),
        ("data-analysis-process", "spreadsheets-for-analysis", "sql-basics"),
    ),
)

#: Every phrase of every course, longest first, as a pattern over the learner's words: whole words, any case.
_PHRASES = sorted(((p, c) for c in COURSES for p in c.phrases), key=lambda pair: -len(pair[0]))
_PATTERN = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in _PHRASES) + r")(?![\w'’])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CourseNamed:
    """A course found in the learner's words: as they wrote it, and where."""

    said: str
    course: Course
    start: int
    end: int


def courses_named(catalog: Catalog, text: str) -> list[CourseNamed]:
    """The courses the text names, in its order (a course whose topics this catalog lacks names nothing)."""
    found = []
    for match in _PATTERN.finditer(text):
        said = " ".join(match.group(0).lower().replace("’", "'").split())
        course = next(c for p, c in _PHRASES if p == said)
        if all(catalog.has_topic(t) for t in course.known):
            found.append(CourseNamed(match.group(0), course, match.start(), match.end()))
    return found
