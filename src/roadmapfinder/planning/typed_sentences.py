"""What a plan's input says when it is a sentence, not a name: "react by march", "python 5h/week", "i know html".

A plan takes names (a roadmap or topic each), and its date, hours and what the learner knows in fields of their own.
Learners type the sentence they would say instead, and every such input was refused as "not in the catalog, no
roadmap or topic teaches it": false for "react by march", whose React the catalog has. So an input no name matches
is read as the generator reads a goal (a date to finish by, hours a week, a clause of what the learner knows, then
names) and the refusal says what each part is and where it goes. Nothing is taken from it: the learner puts each
part where it belongs, and the plan they get is the one they asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.understanding.goal_known import known_in_goal
from roadmapfinder.understanding.interpret import interpret
from roadmapfinder.understanding.timeframe import read_pace, read_time, read_work_hours


@dataclass(frozen=True)
class SentenceReading:
    """The parts of one input: each name with what it names, and the phrases that belong in other fields."""

    names: list[tuple[str, str]] = field(default_factory=list)  # (said, what it names, as people read it)
    keys: list[str] = field(default_factory=list)  # the slugs and topic ids the names name, for programs
    deadline: str = ""
    pace: str = ""
    known: list[str] = field(default_factory=list)
    work: list[str] = field(default_factory=list)  # the hours of the learner's job ("while working full time")
    #: How the learner feels about a subject ("i hate yaml": goal_known.GoalKnown.feelings), with what it is about
    felt: list[tuple[str, str]] = field(default_factory=list)

    def said(self) -> str:
        """The parts as one clause: “react” is React, and “by march” is a date to finish by."""
        parts = [f"“{said}” is {names}" for said, names in self.names]
        if self.deadline:
            parts.append(f"“{self.deadline}” is a date to finish by")
        if self.pace:
            parts.append(f"“{self.pace}” is hours a week")
        parts += [f"“{clause}” says what you already know" for clause in self.known]
        parts += [f"“{clause}” is the hours of your job, not your study time" for clause in self.work]
        parts += [f"“{clause}” is how you feel about {about}, not a name" for clause, about in self.felt]
        return and_list(parts)

    @property
    def beyond_names(self) -> bool:
        """Whether it holds parts that are no names (a date, hours, what is known)."""
        return bool(self.deadline or self.pace or self.known or self.work or self.felt)


def read_sentence(catalog: Catalog, text: str, *, today: date) -> SentenceReading | None:
    """The parts of an input no name matched, or None when it holds no part the catalog or the plan can read."""
    work, rest = read_work_hours(text)  # before the pace: "while working full time" is no study time
    pace, rest = read_pace(rest)
    time = read_time(rest, today=today)
    rest = time.words
    stated = known_in_goal(catalog, rest)
    rest = stated.goal
    meanings = interpret(catalog, rest).meanings if rest.strip() else []
    named = [m for m in meanings if m.names]
    reading = SentenceReading(
        names=[(m.said, and_list(m.names)) for m in named],
        keys=list(dict.fromkeys(r.key for m in named for r in m.refs)),
        deadline=time.frame.said if time.frame else "",
        pace=pace.said if pace else "",
        known=list(dict.fromkeys(u.said for u in stated.readings)),
        work=work,
        felt=[(f.said, "maths" if f.maths else and_list(list(f.names))) for f in stated.feelings],
    )
    if not reading.beyond_names and [said for said, _ in reading.names] in ([], [text.strip()]):
        return None  # nothing read, or a name misspelt ("kubernets"), not a sentence: its closest names say it better
    return reading
