"""Where a learner wants to work, which is not what they want to learn: "i want to work at google", "get a job at
amazon", "work for a startup", "intern at meta".

An employer's name is no subject: searched, "google" found Data Analyst (Google Sheets), Site Reliability Engineer
and Android Developer (Google Play), and "amazon" AWS. The finder says where the learner wants to work and, when the
goal names nothing else, asks which field, as it does for "i want a well paid job".

The rule reads the goal as typed: the words right after "work at/for", "a job at/with", "hired at/by", "employed
at/by", "intern at" or "an internship at" (and a little word such as "a" or "big"), up to the end of the clause, are
the employer when the interpreter read none of them as a roadmap, topic or field: "work for a startup" is the
employer's kind, while "work in cloud" or "a job in data" name a field (and "in" is not read as an employer's word
at all) and "work with python" is a tool. So is what follows "join" when it is a kind of employer ("join a startup",
"join a tech company") or the big tech companies, which are named so wherever they stand ("faang", "maang", "big
tech": `BIG_TECH`): "join faang" was SQL joins, "join" an alias of the topic, and "faang" a word searched alone. A
word the interpreter read inside such a clause is its verb ("join"), never a subject (`without_employers`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from roadmapfinder.search.text import words
from roadmapfinder.understanding.interpret import Interpretation
from roadmapfinder.understanding.lexicon import TIME_WORDS

#: What a learner says before the place they want to work: "work at", "a job at", "hired by", "an internship at".
_BEFORE = re.compile(
    r"\b(?:work(?:ing)?|jobs?|hired|employed|employment|career|intern(?:ing)?|internships?|position|role"
    r"|interviews?|interviewing)"
    r"\s+(?:at|for|by|with)\s+",
    re.IGNORECASE,
)
#: Employers learners name before their interviews ("google interviews", "an amazon coding interview"): the name
#: alone is read so only from this list, since a word before "interviews" may be anything ("upcoming interviews").
INTERVIEWING_EMPLOYERS = frozenset(
    {"google", "amazon", "meta", "facebook", "apple", "netflix", "microsoft", "uber", "airbnb", "stripe", "spotify"}
    | {"nvidia", "tesla", "linkedin", "salesforce", "oracle", "ibm", "adobe", "shopify", "atlassian", "bloomberg"}
)
#: "google interviews", "amazon coding interview", "meta technical interviews": the employer before the interviews.
_BEFORE_INTERVIEWS = re.compile(
    rf"(?<![\w-])(?P<name>{'|'.join(sorted(INTERVIEWING_EMPLOYERS))})"
    r"(?:'s)?\s+(?:(?:coding|technical|tech|software|swe|engineering|developer|onsite|job)\s+)?interview(?:s|ing)?\b",
    re.IGNORECASE,
)
#: The words that say the learner's goal is the employer's interviews.
_INTERVIEW_WORD = re.compile(r"\binterview(?:s|ing)?\b", re.IGNORECASE)
#: The big tech companies as learners name them together ("join faang", "get into big tech"), said with who they are.
BIG_TECH = {
    "faang": "the big tech companies: Meta, Amazon, Apple, Netflix, Google",
    "maang": "the big tech companies: Meta, Amazon, Apple, Netflix, Google",
    "fang": "the big tech companies: Meta, Amazon, Netflix, Google",
    "manga": "the big tech companies: Meta, Apple, Netflix, Google, Amazon",
    "big tech": "the largest tech companies",
}
#: What prepares for the big tech companies' developer jobs, which are won in coding and system design interviews:
#: the roadmaps a goal of only such an employer is offered to choose from ("join faang").
BIG_TECH_ROADMAPS = ("software-engineer", "dsa", "system-design")
_GROUP = "|".join(sorted((re.escape(name).replace(r"\ ", r"\s+") for name in BIG_TECH), key=len, reverse=True))
#: "join" before a kind of employer or the big tech companies (not before a subject: "join tables" is SQL's).
_JOIN = re.compile(
    rf"\bjoin(?:ing)?\s+(?=(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:big\s+|large\s+|small\s+|top\s+)?"
    rf"(?:{_GROUP}|startup|start-up|(?:tech\s+)?compan(?:y|ies)|tech\s+giant)\b)",
    re.IGNORECASE,
)
#: The big tech companies named anywhere in the goal ("faang", "a faang job", "get into big tech"), and the words
#: after them that say no more ("companies", "company").
_BIG_TECH_NAMED = re.compile(rf"(?<![\w-])(?:{_GROUP})(?:\s+compan(?:y|ies))?(?![\w-])", re.IGNORECASE)
#: Where the employer's name ends: the end of a clause, or a word that goes on with something else.
_AFTER = re.compile(
    r"\s*(?:[,.;!?]|\band\b|\bbut\b|\bas\b|\bin\b|\bby\b|\bwithin\b|\bnext\b|\bsomeday\b|\bsoon\b|\bthis\b|$)", re.I
)
#: The words that end a company's name ("acme corp", "initech inc"): what comes before them is the company.
_COMPANY_WORDS = frozenset({"corp", "corporation", "inc", "ltd", "llc", "gmbh", "plc", "labs", "technologies"})
#: Little words before an employer's name, which name nothing of their own ("a startup", "big tech").
_LEADING = frozenset({"a", "an", "the", "one", "some", "big", "large", "small", "top", "my", "our", "company"})


@dataclass(frozen=True)
class Employer:
    """Where the learner wants to work, as they wrote it ("google"), and the clause saying it ("work at google"),
    whose words are read: none of them is a subject."""

    said: str
    clause: str
    #: The group of employers the learner named ("faang", "big tech"), as typed, and who they are ("the big tech
    #: companies: ..."), else "".
    group: str = ""
    who: str = ""
    #: Whether the goal names this employer's interviews ("google interviews", "interviewing at amazon"): a big tech
    #: company's developer jobs are won in coding and system design interviews, which the big tech roadmaps prepare for.
    interviews: bool = False

    @property
    def line(self) -> str:
        """The employer as said to the learner: “faang” (the big tech companies: Meta, Amazon, ...)."""
        return f"“{self.said}”" + (f" ({self.who})" if self.who else "")


def employer_phrases(goal: str, reading: Interpretation, *, plain: Collection[str] = ()) -> list[Employer]:
    """The phrases of the goal naming where the learner wants to work ("google" of "i want to work at google"), as
    the learner wrote them, in the goal's order; none that the interpreter read as a roadmap, topic or field ("work
    with python", "a job in data"), so a skill named there is never set aside, and none the learner undid (`plain`:
    read as typed, searched)."""
    read = [set(words(m.said)) for m in reading.meanings]
    undone = {" ".join(words(p)) for p in plain}
    found: list[Employer] = []
    for before in sorted([*_BEFORE.finditer(goal), *_JOIN.finditer(goal)], key=lambda m: m.start()):
        rest = goal[before.end() :]
        end = _AFTER.search(rest)
        phrase = rest[: end.start() if end else len(rest)].strip()
        said = [w for w in words(phrase) if w not in _LEADING]
        if not said or " ".join(words(phrase)) in undone or _time_of_day(said):  # "an interview at 3pm": when
            continue
        interviews = bool(_INTERVIEW_WORD.search(before.group()))
        if any(set(said) & r for r in read) and not _employer_whatever_read(reading, before.group(), said, interviews):
            continue
        clause = f"{before.group()}{phrase}".strip()
        found.append(Employer(phrase, clause, *_group(phrase), interviews=interviews))
    for named in _BEFORE_INTERVIEWS.finditer(goal):  # "help me prepare for google interviews"
        phrase = named.group("name")
        if any(phrase.lower() in words(e.clause) for e in found) or phrase.lower() in undone:
            continue
        found.append(Employer(phrase, named.group(), interviews=True))
    for named in _BIG_TECH_NAMED.finditer(goal):  # "get into faang", "a faang job": where, whatever the verb
        phrase = named.group()
        taken = any(set(words(phrase)) <= set(words(e.clause)) for e in found)
        if taken or any(set(words(phrase)) & r for r in read) or " ".join(words(phrase)) in undone:
            continue  # "faang interview" is the coding interview topic's alias: a subject
        found.append(Employer(phrase, phrase, *_group(phrase)))
    return sorted(found, key=lambda e: goal.lower().find(e.clause.lower()))


def _employer_whatever_read(reading: Interpretation, before: str, said: list[str], interviews: bool) -> bool:
    """Whether the words after "work at", "interview with"... name the employer though the interpreter read them as
    a subject: a company the learner names is no subject, and many companies share a name with what they sell or
    run on, which the catalog's topics list as aliases ("stripe" is Online payments' alias, "acme" AWS DNS's,
    "apple" iOS Developer's). "i have an interview with stripe" was the Stripe payments topic, "interview at stripe
    next month" too. They are the employer when they are a company that hires developers through interviews
    (`INTERVIEWING_EMPLOYERS`) after "at", "for" or "by", or after "interview(s) with"; and after "interview(s) at",
    where only a place or a time can stand ("an interview at acme", never "an interview at react"), or when they end
    with a company's word ("acme corp"), when the interpreter read them only through a topic's alias. After "work
    with" a name is the tool worked with ("work with oracle": the Oracle database), and a roadmap's own name is the
    subject ("a job at docker" stays Docker). Said as where, never silently: the learner undoes it by sending the
    employer's words in `plain` (then read as typed, the topic)."""
    preposition = before.split()[-1].lower()
    if all(w in INTERVIEWING_EMPLOYERS for w in said) and (interviews or preposition != "with"):
        return True
    if not interviews or (preposition != "at" and said[-1] not in _COMPANY_WORDS):
        return False
    inside = [m for m in reading.meanings if set(words(m.said)) & set(said)]
    return all(m.how == "alias" and not m.roadmaps for m in inside)


def _time_of_day(said: list[str]) -> bool:
    """Whether the words after "at" say when, not where: "an interview at 3pm", "at noon", "at 10 tomorrow"."""
    return any(c.isdigit() for c in said[0]) or said[0] in TIME_WORDS


def _group(phrase: str) -> tuple[str, str]:
    """The group of employers a phrase names ("faang" of "a faang company") and who they are, else empty."""
    named = _BIG_TECH_NAMED.search(phrase)
    if named is None:
        return "", ""
    group = " ".join(w for w in named.group().split() if not w.lower().startswith("compan"))
    return group, BIG_TECH.get(" ".join(group.lower().split()), "")


def without_employers(reading: Interpretation, employers: list[Employer]) -> Interpretation:
    """The reading less the words of the clauses naming where the learner wants to work, neither searched for nor
    said not understood ("google", "internship" of "an internship at meta"), nor read: a phrase the interpreter read
    inside such a clause is its verb ("join" of "join faang", an alias of SQL joins), never a subject."""
    inside = {w for e in employers for w in words(e.clause)}
    meanings = [m for m in reading.meanings if not set(words(m.said)) <= inside]
    return reading.model_copy(
        update={
            "understood": reading.understood and bool(meanings),
            "meanings": meanings,
            "not_understood": [w for w in reading.not_understood if not set(words(w)) <= inside],
            "loose_words": [w for w in reading.loose_words if not set(words(w)) <= inside],
        }
    )


def in_employer_clause(employers: list[Employer], said: str) -> bool:
    """Whether a phrase the interpreter read lies inside a clause naming where the learner wants to work: the clause's
    verb ("join" of "join faang"), not a subject."""
    return bool(words(said)) and any(set(words(said)) <= set(words(e.clause)) for e in employers)


def names_employer(employers: list[Employer], said: str) -> bool:
    """Whether a phrase the interpreter read is the employer's name itself ("stripe" of "an interview with stripe",
    read as the Stripe payments topic), not the clause's verb: said as where the learner wants to work."""
    return bool(words(said)) and any(set(words(said)) <= set(words(e.said)) for e in employers)
