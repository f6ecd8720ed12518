"""What a goal says the learner already knows: "i know a bit of python and want to make games in godot".

Learners often say what they know in the same breath as what they want ("i already know js, want to learn react",
"know some html, how do i get into backend", "learn react, i already know javascript"). Read whole, such a goal asked
for Python's whole roadmap as well as the games. So a clause that says what the learner knows is read first, the way
"what I know" is (`known.known_from`: "a bit of python" is Python basics, known; "some react tutorials" is React,
started), and the goal is the rest.

A clause starts at words that say the learner has something already (`_KNOWS`: "i know", "i already know", "i've
learned", "i'm familiar with", "i have some experience with", what they use now: "i use docker daily at work", "i work
with excel", what they work as: "i'm a java developer", "for my job as a network admin", not "i'm an aspiring data
scientist"; a bare "know" only where the goal or a sentence starts)
or that what they ask for comes after it ("what should i learn after html and css", "next step after python":
the rest of the goal asks what is next, never a goal of what they know alone; not "a job after learning python",
nor "learn react after javascript", which order what is still to learn),
or says they have not (`hedges.DENIES`: "i don't know", "i've never used", "no experience with"), and runs to the
words where the goal starts again (`_GOAL_STARTS`: "want", "how", "but"..., and a deadline, "by june", "before my
exams", which is the goal's: swallowed, "..., i know html and css, by june" had no deadline) or the end of a
sentence; a comma alone does not end it, so "i know python, sql and excel and want to..." keeps its list, nor does a
catalog name opening with such a word listed after another subject ("i know linux and git and how the web works":
`_clause_end`). What a
clause denies ("i don't know python, want to learn java") is neither known nor part of the goal: said, and the goal
is the rest. Never a
clause: "i know nothing" (a level: lexicon.STARTING_PHRASES), "i don't know what to learn", "i want to know docker",
a clause the catalog names nothing in ("i used to be a teacher": read as before) and a goal that would be left with
nothing ("i don't know python": the learner asks for it). A clause the learner undid (`plain`) is read as typed, as
part of the goal.

A goal that says only what the learner knows, in their own voice ("i know a bit of python and excel", "i've learned
html and css"), is no goal at all: it was read as asking for Python and Excel, a roadmap of what they already
know. It is read as a clause like any other and `only_known` is set, with nothing left of the goal, so the surfaces
ask what to reach with it instead of building anything. Not so for a bare "know python" (it may be short for
"[I want to] know python"), what they work as alone ("i'm a java developer": that role's roadmap is a fair
reading) or a denial alone. A whole goal saying, in their voice, that they know or learned something the catalog
names nothing in ("i know a bit of cooking") is the same: `only_known`, the clause kept as what they know in their
words (`unread`) and its words said as not understood; it used to be searched as a goal, offering ASP.NET Core for
its recipe-site project. "i used to be a teacher" (a past, not a skill) is read as before.

What the learner works as may also open the goal before who they are wants something ("python developer who wants
to learn rust", "a senior java dev looking to move into devops"): read as "i'm a python developer and ..." is, by
the catalog's names only, and undoable (`_worker_who`). It used to be read as a subject: Python and Rust.

What the learner works as that names no skill ("i'm a designer who wants to code", "i'm a teacher and want to learn
python", "im a marketer looking to learn data analytics") is where they come from, never what they ask for: it is
set apart from the goal as their `background` (said so, and undoable), and the goal is the rest. Read whole, a
name could run from the job into the goal ("designer who wants to code" is the alias "design to code": Design
handoff), a job was a second subject ("marketer" beside data analytics) or a word "not understood" ("teacher"). A
job that is a curated background ("accountant": `synonyms.BACKGROUND_WORDS`) is left to `goals.read_goal`, which
reads it as where to start when nothing else is asked.

Experience is read the same way wherever the goal states it: what the learner worked as or has been ("i worked as a
sysadmin for 5 years", "i have been a linux sysadmin", "i was a teacher", "3 years as a java developer", "ex-network
engineer", "former teacher"), what they did for years or months ("4 years of php", "6 months of javascript", "i have
6 years of experience in manual testing", "worked 2 years in wordpress", "java dev for 3 years"), and where they say
they come from ("background: ...", "coming from a marketing background", "coming from java, learn go", "cloud
engineer coming from helpdesk", "devops from sysadmin", a move from a skill: "switch from sysadmin to devops",
"migrate from angular to react"; "from" only right after the role they want, never "backend developer from scratch").
How long is part of the clause (`known.YEARS`: never a deadline, a pace or a word not understood), and years of a
language are more than its basics (known.py). A job that names no skill is their background, with what they used in
it read as what they know ("background: 10 years as an accountant using excel": accountant, where they come from;
Excel, known), or set apart too when it is experience the catalog has no name for ("mechanical engineer with matlab
experience"); read whole, "sysadmin" built Linux's first steps beside DevOps and "excel" was a second subject
(`_job_and_more`, `_job_apart`). Undone, a clause is read as typed, all of it.

Past learning is read so too, with "i" or without it where the goal or a part of it starts (`_LEARNT`): "learned
python last year, want data analyst", "did a python course in 2023", "took an sql class at uni", "completed cs50",
"been through the odin project", and a subject with how it was learnt in brackets, "python (self taught, 2 years)".
Read whole, "learned python" was Python to learn beside Data Analyst, with “learned” not understood. Said without
the "i", it is still the learner's voice: alone, it is a goal of what they know (`only_known`). A past that names
nothing ("finished school last year") is read as before, and forgetting after it ("but forgot most of it") stays in
the clause, the hedge what you know reads (`hedges.FORGOT_IT`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.search.synonyms import BACKGROUND_WORDS
from roadmapfinder.search.text import STOPWORDS, normalize, words
from roadmapfinder.understanding.feelings import (
    FELT_AFTER,
    FELT_BEFORE,
    FELT_FINDING,
    WITHOUT_LACKING,
    WITHOUT_LACKING_ANYWHERE,
    Feeling,
    Within,
    feeling_reading,
    felt,
)
from roadmapfinder.understanding.hedges import DENIES, STRUGGLES_AFTER, STRUGGLES_WITH
from roadmapfinder.understanding.interpret import Meaning, Ref, interpret
from roadmapfinder.understanding.known import YEARS, KnownReading, Understood, known_from
from roadmapfinder.understanding.lexicon import (
    BACKEND_FRAMEWORKS,
    BUILT_ON,
    CODING_WORDS,
    FILLER,
    FRAMEWORK_BESIDE,
    FRAMEWORK_WORDS,
    IN_PLACE_OF,
    LEFT_OUT_OF,
    MATHS_WORDS,
    MOVE_WORDS,
    PLATFORM_WAYS,
)
from roadmapfinder.understanding.struggles import struggle_reading

_ADVERBS = r"(?:(?:already|also|only|just|kinda|kind\s+of|sort\s+of|somewhat|mostly|basically|really|pretty|quite)\s+)*"
_I_AM = r"(?:i['’]?m|i\s+am)\s+"
_I_HAVE = r"(?:i['’]?ve|i\s+have)\s+"
#: Verbs of learning done ("learned", "took" a class, "completed" a course, "been through" a course), which say the
#: learner has what follows, with "i" or without it.
_LEARNT = r"learned|learnt|studied|done|did|took|taken|finished|completed|(?:been|went|gone|got|worked)\s+through"
#: A role a goal names right before where the learner comes from ("devops from sysadmin", "cloud engineer coming
#: from helpdesk"): after one, "from" opens what they worked as; after anything else it is read as before ("scrape
#: data coming from websites").
_ROLE_BEFORE = "|".join(
    rf"(?<=\b{noun}\s)"
    for noun in (
        *("developer", "dev", "engineer", "designer", "analyst", "scientist", "admin", "administrator", "tester"),
        *("devops", "architect", "manager", "programmer", "frontend", "backend", "design"),
    )
)
#: The verb of a move (`lexicon.MOVE_WORDS`, "migrate" too) ("switch from sysadmin to devops", "moving from angular to
#: react"): part of the clause of where they come from, which runs up to "to" or "into" (`_came_from_end`), so the rest
#: is where they go; a goal may open with the move and no verb ("from qa to devops"). A move from what names no skill
#: ("switch careers from teaching to tech") is left to the goal's reading (goals.py `_came_from`), which sets it apart
#: as background and reads where it goes.
_MOVE = (
    rf"(?P<move>(?:{'|'.join(sorted((MOVE_WORDS - {'career'}) | {'migrate', 'migrating'}))})"
    r"\s+(?:(?:my\s+)?careers?\s+)?|(?:a\s+)?career\s+(?:change|switch|move)\s+|(?:^|(?<=[.;!?]\s)))"
)
#: What "from" names that is no origin: "backend developer from scratch", "from zero", "from the ground up".
_NO_ORIGIN = r"(?:scratch|zero|the\s+(?:ground|beginning|start|basics|bottom))\b"
#: How long the learner has done something, in months ("6 months of javascript", "coding python for 6 months"):
#: experience, as years are (`known.YEARS`), read as its basics where years count as more (known.py).
_MONTHS = (
    r"(?:\d+|a\s+few|a\s+couple(?:\s+of)?|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s*(?:months?|mos?|mths?)(?![\w'’])"
)
_SPENT = rf"(?:{YEARS}|{_MONTHS})"
#: The words that start a clause of what the learner knows (whole words, any case).
_KNOWS = re.compile(
    r"(?<![\w'’])(?:"
    rf"i\s+{_ADVERBS}(?:do\s+)?know(?:\s+how\s+to\s+(?:code|program)(?:\s+in)?)?"
    rf"|(?:{_I_HAVE}|i\s+){_ADVERBS}(?:{_LEARNT}|used|tried|dabbled\s+(?:in|with)|"
    r"played\s+(?:around\s+)?with|been\s+(?:learning|using|doing|coding(?:\s+in)?|programming(?:\s+in)?|writing))"
    # the same past learning without "i", opening the goal or a part of it: "learned python last year", "did a python
    # course in 2023", "completed cs50", "been through the odin project", "self-taught in python"
    rf"|(?:^|(?<=[.;!?]\s)|(?<=,\s))(?P<past>(?:already\s+)?(?:{_LEARNT}|self[- ]?taught(?:\s+in)?))"
    rf"|{_I_AM}{_ADVERBS}(?:familiar|comfortable|good|decent|ok|okay|fluent|proficient|experienced|confident|"
    r"intermediate|advanced|competent|solid|strong)"
    r"\s+(?:with|in|at)"
    rf"|(?:{_I_HAVE}|i\s+){_ADVERBS}(?:got\s+)?(?:some\s+|a\s+(?:little\s+)?bit\s+of\s+|a\s+little\s+|basic\s+|an?\s+)?"
    r"(?:experience|knowledge|background)\s+(?:with|in|of)"
    rf"|i\s+{_ADVERBS}(?:can\s+)?(?:code|program)\s+in"
    # met, not mastered: "i'm rusty on sql", "i've read about docker": the clause keeps "rusty", which what you know
    # reads as started (hedges.py), as "i've read about" is
    r"|(?:i['’]?m|i\s+am)(?=\s+(?:a\s+(?:bit|little)\s+)?rusty\s+(?:on|with|in|at)\s)"
    rf"|(?:{_I_HAVE}|i\s+){_ADVERBS}read\s+(?:about|up\s+on|a\s+(?:bit|little)\s+about)"
    # struggling with it: "i'm bad at math", "im weak in sql", "i struggle with css", "my sql is weak": the clause
    # keeps those words, which what you know reads as started, never known (hedges.struggles)
    rf"|(?:i['’]?m|i\s+am|i)(?=\s+{_ADVERBS}(?:{STRUGGLES_WITH})\s)"
    rf"|my(?=\s+[^\s,;.!?]+(?:\s+[^\s,;.!?]+)?\s+(?:{STRUGGLES_AFTER})(?![\w'’]))"
    # what they use now, at work or every day: "i use docker daily at work", "i work with excel every day"
    rf"|i\s+{_ADVERBS}(?:use|work\s+with)"
    # what they are learning now, a course they are finishing: "learn rust after i finish my c++ course", "i'm
    # finishing a javascript course", "im taking a python class": started (hedges.py reads the words), never a
    # second goal
    rf"|(?:after|once|when|until)\s+i(?=\s+{_ADVERBS}(?:finish|complete|am\s+done\s+with|['’]m\s+done\s+with)\s)"
    rf"|(?:i['’]?m|i\s+am)(?=\s+{_ADVERBS}(?:currently\s+)?(?:finishing|completing|taking|doing)\s+"
    r"(?:up\s+)?(?:my|a|an|the|this)\s)"
    # years of it, with no job: "4 years of php", "i have 6 years of experience in manual testing", "worked 2 years
    # in wordpress", "i've worked with docker for 3 years" (known.YEARS: never a deadline)
    rf"|(?P<experience>(?:(?:{_I_HAVE}|i\s+)(?:got\s+)?)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?"
    rf"{_SPENT}\s+(?:of\s+)?(?:(?:professional\s+|work\s+)?(?:experience|exp)\s+)?(?:in|with|of|doing|using)"
    rf"|(?:(?:{_I_HAVE}|i\s+){_ADVERBS})?worked\s+(?:for\s+)?(?:{YEARS}\s+)?(?:with|in|on)"
    # where they come from, said as such: "background: 10 years as an accountant", "coming from a marketing
    # background", "my background is in finance"
    r"|background\s*:|my\s+background\s+is(?:\s+in)?"
    r")"
    # where they come from, a field, a skill or a job ("coming from a marketing background", "coming from java, learn
    # go", "i'm coming from teaching", "cloud engineer coming from helpdesk", "devops from sysadmin"): what they worked
    # as, opening the goal or a part of it, in their voice, before "background", or right after the role they want
    # (`_ROLE_BEFORE`); a comma ends it (`_came_from_end`)
    r"|(?P<came_from>(?:(?:i\s+am\s+|i['’]?m\s+|i\s+)?(?:coming|come)\s+from\s+an?)(?=(?:\s+[^\s,;.!?]+){1,3}\s+background\b)"
    r"|(?:(?:i\s+am\s+|i['’]?m\s+|i\s+)(?:coming|come|came)\s+"
    rf"|(?:^|(?<=[.;!?]\s)|(?<=,\s))(?:coming|come)\s+|(?:{_ROLE_BEFORE})(?:coming\s+)?|{_MOVE})"
    rf"from(?!\s+{_NO_ORIGIN}))"
    # what they work as: "i'm a senior java developer" knows Java; "i'm a teacher" names nothing and is read as before
    # what they worked as, or have for years: "i worked as a sysadmin", "i have been a linux sysadmin", "i was a
    # teacher", "3 years as a java developer"
    rf"|(?P<works_as>(?:{_I_AM}|i\s+(?:currently\s+|used\s+to\s+)?work(?:ed)?\s+as\s+|"
    rf"{_I_AM}(?:currently\s+)?working\s+as\s+|{_I_HAVE}(?:been\s+)?work(?:ed|ing)\s+as\s+|"
    rf"i\s+was\s+|{_I_HAVE}been\s+|i\s+used\s+to\s+be\s+|{YEARS}\s+(?:of\s+experience\s+)?(?:working\s+)?as\s+|"
    # "for my job as a network admin": what they work as (the job stays in the goal: `scope._THEIR_JOB`); never a
    # job to get, "my first job as a", "dream job as a", "my goal is to work as a"
    r"(?:(?<=\bmy\sjob\s)|(?<=\bmy\srole\s)|(?<=\bcurrent\sjob\s)|(?<=\bcurrent\srole\s))as\s+)"
    r"an?(?!\s+(?:aspiring|wannabe|would[- ]be|future|beginner|complete|total|absolute|new|bit|little|lot)\b))"
    r"|(?:^|(?<=[.;!?]\s)|(?<=,\s))(?:already\s+)?know"
    # "what should i learn after html and css", "next step after python", "what comes after sql", "going beyond
    # javascript": what comes next builds on it, so the learner has it (never "a job after learning python", nor
    # "learn react after javascript", which orders what is still to learn)
    r"|(?:(?<=\blearn\s)|(?<=\bnext\s)|(?<=\bstudy\s)|(?<=\bstep\s)|(?<=\bsteps\s)|(?<=\bcomes\s)|(?<=\bgoing\s)|"
    r"(?<=\bdo\s)|(?<=\bgo\s)|(?<=\bwhat\s)|(?<=\bwhats\s)|(?<=\bwhat's\s)|^)(?P<after>after|beyond)"
    rf"|(?:(?:i\s+|{_I_AM}|{_I_HAVE}){_ADVERBS})?{DENIES}"
    # a subject with how long, opening the goal or a part of it: "java dev for 3 years", "python for 5 years", or how
    # it was learnt, in brackets: "python (self taught, 2 years)"; last, so that what opens a clause comes first ("i
    # was a teacher for 10 years")
    rf"|(?:^|(?<=[,;.!?]\s)|(?<=[,;]))(?P<lasted>[^\s,;.!?()]+)(?=(?:\s+[^\s,;.!?]+){{0,3}}\s+for\s+"
    rf"(?:(?:the\s+)?(?:last|past)\s+)?{YEARS}|\s*\(\s*(?:self[- ]?taught|{YEARS}))"
    r")(?=\s)"
    # "not" of "i'm not ...", but for a struggle: "i'm not good at math" (never opened a clause: "not" was unread)
    r"(?!\s+(?:nothing|none|zero|no|not(?!\s+(?:very\s+|that\s+|so\s+|too\s+|really\s+)?(?:great|good|strong)\s+"
    r"(?:on|in|at|with)\s)|how|what|why|where|when|if|that|about|whether|which|who|i)\b)"
    # a job they had: "ex-network engineer", "former teacher", "formerly a nurse" (what they worked as)
    r"|(?<![\w'’-])(?P<former>ex-|former\s+|formerly\s+an?\s+)(?=\w)",
    re.IGNORECASE,
)
#: Who the learner is, opening the goal before they say what they want: "python developer who wants to learn rust",
#: "a senior java dev looking to move into devops" (as "i'm a java developer and ..." is read), "nurse wanting to
#: learn data analysis", "i'm a designer who wants to code" (`_worker_who`).
_WORKER_WHO = re.compile(
    r"^\s*(?:an?\s+)?(?P<who>(?:[^\s,;:.!?]+\s+){0,4}?[^\s,;:.!?]+)"
    r",?\s+(?=(?:who|looking|wanting|hoping|trying|planning|aiming)\b)",
    re.IGNORECASE,
)
#: How senior the learner is at what they work as ("i'm a senior java developer"): read with the clause.
_SENIORITY = frozenset(words("senior junior lead staff principal midlevel mid level professional experienced"))
#: Words that make "by" a deadline ("by june", "by the end of the year", "by next summer"), not a way of knowing
#: ("by heart", "by myself").
_TIME_WORDS = (
    r"the\s+end|end|next|this|early|mid|late|\d+\w*|tomorrow|tonight|christmas|spring|summer|autumn|fall|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
#: Where the goal starts again after a clause of what the learner knows ("... and want to", "..., how do i").
_GOAL_STARTS = re.compile(
    r"[;.!?](?:\s|$)|\n|(?<![\w'’])(?:"
    r"want|wants|wanting|wanna|would|i['’]d|need|needs|hope|hoping|plan|planning|looking|trying|interested|aim|aiming|"
    # "but" starts the goal again, except before "not" or "no", which go on saying what they know: "i know python but
    # not sql" (it read "not" as not understood and built SQL, which the learner never asked for)
    # nor before forgetting it, which says how well: "studied java but forgot most of it" (hedges.FORGOT_IT)
    r"how|what|which|where|should|could|will|gonna|going|"
    r"but(?!\s+(?:(?:not|no)\s|(?:i\s+)?(?:have\s+|['’]ve\s+)?forg[eo]t))|so|now|then|next|"
    # "my" of "my goal is", never of the course being finished ("after i finish my c++ course")
    r"learn|become|build|make|create|get|start|move|switch|transition|dream|goal|"
    # a move from what they know: "ex-network engineer moving into cloud"
    r"moving|switching|transitioning|pivoting|"
    r"(?<!finish\s)(?<!finishing\s)(?<!complete\s)(?<!completing\s)(?<!taking\s)(?<!doing\s)(?<!with\s)my|"
    # a request after what they know: "i know java, teach me spring" (what they know ran over it, no goal left)
    r"teach|show|guide|please|"
    # a deadline ("..., i know html and css, by june"): read as the goal's, never as part of what they know
    rf"before|within|by(?=\s+(?:{_TIME_WORDS})\b)"
    r")(?![\w'’])",
    re.IGNORECASE,
)
#: What lists one more subject right before a name ("linux and git and how the web works", "html, how browsers work").
_LISTED = re.compile(r"(?:,|(?<![\w'’])(?:and|&|\+|plus|also|as\s+well\s+as))\s*$", re.IGNORECASE)


#: The words where the goal starts again that may open a name listed among what the learner knows ("how the web
#: works", "what is a database"). Never a verb that asks for something ("learn go", "become a data analyst" are
#: aliases too): "i know java, learn go" asks for Go, and read as one more name listed it left nothing to learn.
_LISTABLE_OPENINGS = frozenset({"how", "what", "which", "where", "next"})


class _OpenedNames:
    """The catalog's names of several words that open with a word where the goal starts again (`_GOAL_STARTS`) and
    may be listed in what the learner knows (`_LISTABLE_OPENINGS`): "how the web works", "how computers work", "what
    is a database", as one pattern, longest first."""

    def __init__(self, catalog: Catalog) -> None:
        # from the catalog itself: a builder that asks `derived` for the vocabulary would wait on its own lock
        every = [
            *(n for r in catalog.roadmaps for n in (r.title, *r.aliases)),
            *(n for t in catalog.topics for n in (t.name, *t.aliases)),
        ]
        names = {
            " ".join(text.lower().split())
            for text in every
            if len(text.split()) > 1
            and (opening := _GOAL_STARTS.match(text))
            and opening.group().lower() in _LISTABLE_OPENINGS
        }
        spelt = (re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
        self.pattern = re.compile(rf"(?:{'|'.join(spelt)})(?![\w'’])", re.IGNORECASE)


def _clause_end(catalog: Catalog, goal: str, searched: int) -> re.Match[str] | None:
    """Where the goal starts again after a clause of what the learner knows that reaches `searched` (`_GOAL_STARTS`),
    past a name of the catalog that opens with such a word and is listed after another subject (`_LISTED`): "i know
    linux and git and how the web works" knows How the web works, which was read as the goal's "how" and built
    "DevOps Engineer and How the web works"; "i know html and css, how do i get into backend" still asks at "how"."""
    names = catalog.derived(_OpenedNames).pattern
    while (end := _GOAL_STARTS.search(goal, searched)) and _LISTED.search(goal, 0, end.start()):
        name = names.match(goal, end.start())
        if name is None:
            break
        searched = name.end()
    return end


#: Words that only join a clause to the rest ("and", "now i", "if" of "what next if i know python"): trimmed at its
#: edges, never read ("if" is an alias of Bash's conditionals).
_JOINERS = frozenset(
    {"and", "but", "so", "now", "then", "also", "i", "&", "+", "plus", "if", "since", "because", "as", "who"}
)
#: What opens a job's words ("i'm a designer", "an accountant"): not part of the job itself.
_JOB_OPENING = re.compile(
    rf"^\s*(?:{_I_AM}|i\s+(?:currently\s+)?work(?:ing)?\s+as\s+|as\s+)?(?:an?\s+)?", re.IGNORECASE
)
#: Most words a job takes ("graphic designer", "senior ux designer"); more is a sentence, not a job.
_JOB_WORDS = 3


@dataclass
class GoalKnown:
    """The goal less what it says the learner knows, and how that was read."""

    goal: str
    readings: list[Understood] = field(default_factory=list)  # per clause: known, started, denied; `how` known
    topics: dict[str, str] = field(default_factory=dict)  # topic id -> the clause that says it is known
    started: dict[str, str] = field(default_factory=dict)  # topic id -> the clause, for topics only started
    not_understood: list[str] = field(default_factory=list)  # words of those clauses the catalog has no name for
    only_known: bool = False  # the goal said only what the learner knows (module docstring): nothing is asked for
    #: That clause, when the catalog names nothing in it ("i know a bit of cooking"): what they know in their words
    unread: str = ""
    #: Topic id -> the clause, for topics known only from what the learner works as ("i am a manual tester": the QA
    #: foundations), not said outright: a goal that asks for one by name still learns it (`generate`)
    by_job: dict[str, str] = field(default_factory=dict)
    #: What the learner works as when it names no skill ("designer" of "i'm a designer who wants to code"), as
    #: written: set apart from the goal, neither known nor asked for (module docstring)
    background: list[str] = field(default_factory=list)
    #: What the learner works as when it names a skill ("backend developer" of "i'm a backend developer and want to
    #: get promoted"), as written, less how senior they are: the job a promotion is in when the goal names no other
    #: (`scope.promoted_in`).
    works_as: list[str] = field(default_factory=list)
    #: Clauses saying the learner struggles with maths ("i'm bad at math", "my maths is weak"), as written: set apart
    #: from the goal, where "math" was read as a field the catalog has no roadmap for, naming the roadmaps that use
    #: maths most to a learner who had just said it is hard for them (`generate` says which maths the roadmap
    #: teaches instead).
    struggles: list[str] = field(default_factory=list)
    #: Clauses saying the learner struggles with what the goal names, by a word that points back at it ("sql, i'm
    #: pretty bad at it"), as written, each with the names of what it points at ("SQL"): set apart from the goal,
    #: where the clause was dropped unsaid, and said as a struggle with those subjects (`struggles.struggle_reading`).
    struggles_with: dict[str, list[str]] = field(default_factory=dict)
    #: Clauses saying how the learner feels about a subject ("i hate yaml" of "devops but i hate yaml", "math scares
    #: me", "css is boring": feelings.py): set apart from the goal, where the subject was a second thing to learn and
    #: the feeling's words were not understood, and said with whether the roadmap uses it (`said_apart`).
    feelings: list[Feeling] = field(default_factory=list)
    #: The goal said only how the learner feels about a subject, maths or coding, or that maths is hard for them ("i
    #: hate math", "im bad at math", "i hate coding", "i hate yaml", "i'm not good at math, what can i learn"): nothing
    #: is asked for. Read whole, "math" was a field with no roadmap, answered with the roadmaps that use maths most,
    #: and "i hate yaml" built JSON and YAML; the surfaces now offer what needs little of it (felt_alone.py).
    felt_alone: bool = False

    @property
    def avoided(self) -> list[tuple[str, frozenset[str]]]:
        """The clauses saying what the learner would do without ("without react"), each with its topics: a dislike
        of a subject the goal does not ask for itself and the learner did not undo (`Feeling.kept`); never "without
        frameworks", which no other way of building a thing honours better (Flutter is one too)."""
        return [
            (f.said, f.topics)
            for f in self.feelings
            if f.kind == "dislike" and not f.asked and not f.kept and f.topics and not f.frameworks
        ]

    def said_apart(self, catalog: Catalog, within: Within | None = None, among: Sequence[str] = ()) -> list[Understood]:
        """Every reading set apart from the goal, as the generator and the finder list them: what the learner knows
        (or started, or denied), then what they struggle with, then how they feel about a subject, said of the
        roadmap `within` (the one built, or the finder's first) when there is one, else of the roadmaps a choice
        offers (`among`, slugs: which of them teach maths)."""
        return [
            *self.readings,
            *map(struggle_reading, self.struggles),
            *(struggle_reading(said, names) for said, names in self.struggles_with.items()),
            *(feeling_reading(catalog, feeling, within, among) for feeling in self.feelings),
        ]


def learner_knows(known: KnownReading | None, stated: GoalKnown) -> dict[str, str]:
    """The topics the learner knows, each with the words that said so: in "what you know" (`known`) first, then in the
    goal's clauses (`stated`). The one reading the generator and the finder give the goal's reader (`goals.read_goal`'s
    `knows`: "automation" after "5 years of manual testing" is test automation in both; the finder read it alone)."""
    knows = dict(known.topics) if known else {}
    for topic_id, said in stated.topics.items():
        knows.setdefault(topic_id, said)
    return knows


def known_in_goal(catalog: Catalog, text: str, *, plain: Collection[str] = ()) -> GoalKnown:
    """Read the clauses of `text` that say what the learner knows (see the module docstring); `plain` lists phrases
    the learner undid, which stay part of the goal."""
    undone = {normalize(p) for p in plain}
    found = GoalKnown(goal=text)
    _felt(catalog, found, undone)  # "devops but i hate yaml": how they feel about YAML, never a second subject
    _lacking(found, undone)  # "without a computer science degree": where they start from, never the subject
    searched = 0
    while match := _KNOWS.search(found.goal, searched):
        end = _clause_end(catalog, found.goal, match.end())
        start, stop = match.start(), (end.start() if end else len(found.goal))
        resume = stop
        if came_from := bool(match.group("came_from")):
            stop, resume = _came_from_end(found.goal, match.end(), stop)
            if match.group("move") is not None and not _names_skill(
                catalog, found.goal[match.end() : stop], person=True
            ):
                searched = match.end()  # "switch careers from teaching to tech": the move is the goal's to read
                continue
        clause = _trimmed(found.goal[start:stop], leading=False)
        rest = ", ".join(part for part in (_trimmed(found.goal[:start]), _trimmed(found.goal[resume:])) if part)
        if normalize(clause) in undone:  # read as typed, all of it: none of its words opens a clause again
            searched = stop
            continue
        worked = _worked(match)  # a job, or years
        person = bool(match.group("works_as") or match.group("former") or match.group("came_from"))
        if match.group("lasted") and _LEARNING.search(clause):  # "learn python for 2 years": no experience
            searched = match.end()
            continue
        # where they come from is read without the move's words ("migrate from angular" knows Angular, not migrations)
        reading = known_from(catalog, [found.goal[match.end() : stop] if came_from else clause])
        if worked and any(u.how not in ("name", "alias") for u in reading.understood):
            reading = KnownReading()  # "i'm an accountant": a job read by a curated sense (Data Analyst) is no skill
        alone = not words(rest)
        # "learned" of "i learned python", "senior" of "i'm a senior java developer", "background" of "coming from a
        # java background": they say how it is known, they are no subject
        said = set(words(match.group())) | _SENIORITY | (_HELD if worked else set())
        said |= {w for spent in _FOR_YEARS.findall(clause) for w in words(spent)}  # "for a few years": how long
        used = False  # what the clause makes known is what they used ("using excel"), not the job they held
        if worked and not alone and normalize(clause) not in undone:
            held, more = _job_and_more(found.goal[start:stop])
            if (
                held
                and normalize(held) not in undone
                and not set(words(held)) <= FILLER  # "a developer for 5 years": no job to set apart
                and not _names_skill(catalog, held, person=person)
            ):
                apart, used_in_it = _job_apart(catalog, held, more, undone)  # "an accountant using excel": Excel
                if used_in_it.understood or _job(held) or len(apart) > 1:
                    reading = used_in_it
                    found.background += apart  # "i was a teacher for 10 years": where they come from
                    said |= {w for phrase in [held, *apart, *more.split()[:1]] for w in words(phrase)}
                    used = bool(reading.understood)
                    if not used:  # "i'm a teacher in london": what else it says, said not understood
                        found.goal, searched = rest, 0
                        found.not_understood += [kept for w in reading.not_understood if (kept := _unsaid(w, said))]
                        continue
        unnamed = [kept for w in reading.not_understood if (kept := _unsaid(w, said))]
        if alone and unnamed and normalize(clause) not in undone and _says_unknown_known(match, reading):
            # "i know a bit of cooking": what they know, nothing the catalog teaches, and nothing asked for
            found.goal, found.only_known, found.unread = "", True, clause
            found.not_understood += unnamed
            break
        after = bool(match.group("after"))  # "what should i learn after html and css": the rest asks what is next
        subject = _NOT_YET.sub(" ", found.goal[match.end() : stop]).strip(" ,;")
        if alone and _denied_then_asked(reading, found.goal[stop:]):
            # "i don't know python and want to learn it": what they deny is what they ask for; read as the goal, the
            # denial's own words are not left over ("don't" was reported as not understood)
            found.goal, searched = subject, 0
            continue
        if not alone and (asked := _asked_back(reading, found.goal[stop:], subject)):
            # "i have never used docker and want to learn it, then kubernetes": "it" is Docker, asked for before
            # Kubernetes (it was taken to refer back only when nothing else was asked: Kubernetes alone was built)
            found.goal, searched = ", ".join(part for part in (_trimmed(found.goal[:start]), asked) if part), 0
            continue
        if not reading.understood and normalize(clause) not in undone and _struggles_with_maths(clause):
            found.struggles.append(clause)  # "data science but i'm bad at math": said, never a second subject
            if alone or _only_asks(rest):  # "im bad at math": nothing else asked, and maths is no field to learn
                found.goal, found.felt_alone = "", True
                break
            found.goal, searched = rest, 0
            continue
        if (
            not reading.understood
            and normalize(clause) not in undone
            and (pointed := _struggled_back(catalog, clause, found.goal[:start]))
        ):
            found.goal, searched = rest, 0  # "sql, i'm pretty bad at it": a struggle with SQL, said, SQL still asked
            found.struggles_with[clause] = pointed
            continue
        if (
            normalize(clause) in undone
            or not reading.understood
            or (alone and not after and not _says_known(match, reading))
        ):
            searched = match.end()
            continue
        found.goal, searched, found.only_known = rest, 0, alone and not after
        for started, denied in ((False, False), (True, False), (False, True)):  # known, started, denied
            alike = [u for u in reading.understood if (u.started, u.denied) == (started, denied)]
            if means := _refs(r for u in alike for r in u.means):
                hedge = next((u.hedge for u in alike if u.hedge), "")
                fixed = _with_fixes(clause, alike)  # "i know pyhton": read as “i know python”, said as every fix is
                found.readings.append(
                    Understood(
                        said=clause,
                        means=means,
                        how="known",
                        corrected=fixed,
                        started=started,
                        denied=denied,
                        hedge=hedge,
                    )
                )
        for topic_id in reading.topics:
            if found.topics.setdefault(topic_id, clause) == clause and person and not used:
                found.by_job[topic_id] = clause  # known from this job alone, not said outright before
        if person and (works_as := _unranked(_job(clause))):
            found.works_as.append(works_as)
        for topic_id in reading.started:
            found.started.setdefault(topic_id, clause)
        found.not_understood += unnamed
    return _worker_who(catalog, found, undone)


#: A clause of struggling with one subject: "i'm bad at math", "i struggle with maths", "my maths is really weak",
#: "i'm pretty bad at it".
_STRUGGLE_CLAUSE = re.compile(
    rf"^(?:(?:i['’]?m|i\s+am|i)\s+{_ADVERBS}(?:{STRUGGLES_WITH})\s+(?:the\s+)?(?P<subject>\w+)"
    rf"|my\s+(?P<mine>\w+)\s+(?:{STRUGGLES_AFTER}))$",
    re.IGNORECASE,
)


def _struggles_with_maths(clause: str) -> bool:
    """Whether the clause says the learner struggles with maths (`GoalKnown.struggles`)."""
    found = _STRUGGLE_CLAUSE.match(clause.strip())
    return found is not None and normalize(found["subject"] or found["mine"]) in MATHS_WORDS


#: Words by which a clause of struggling points back at what the goal named before it ("sql, i'm bad at it").
_POINTING_BACK = frozenset({"it", "them", "this", "that", "these", "those"})


def _struggled_back(catalog: Catalog, clause: str, before: str) -> list[str]:
    """The names of what a clause of struggling points back at ("it" of "sql, i'm pretty bad at it": SQL), the last
    subject the goal names before it, as the interpreter reads it; none when the clause names its subject, says no
    struggle, or nothing before it is named ("i'm bad at it" alone)."""
    found = _STRUGGLE_CLAUSE.match(clause.strip())
    if found is None or normalize(found["subject"] or found["mine"] or "") not in _POINTING_BACK:
        return []
    named = [m for m in interpret(catalog, before).meanings if m.roadmaps or m.topics]
    return named[-1].names if named else []


def _felt(catalog: Catalog, found: GoalKnown, undone: Collection[str]) -> None:
    """Set the goal's clauses of feeling about a subject apart from it (`GoalKnown.feelings`, feelings.py): "i hate
    yaml" of "devops but i hate yaml", "math scares me" of "math scares me, data science". A clause whose subject the
    catalog names nothing in (nor maths, nor what it points back at) is read as before, and so is one the learner
    undid. A clause that is the whole goal ("i hate yaml", "css is boring") leaves nothing to learn (`felt_alone`):
    it used to leave its subject as the goal, building JSON and YAML for a learner who had said they hate it."""
    searched = 0
    while (at := _next_feeling(found.goal, searched)) is not None:
        start, stop, subject, kind = at
        clause = _trimmed(found.goal[start:stop], leading=False)
        rest = ", ".join(part for part in (_trimmed(found.goal[:start]), _after_feeling(found.goal[stop:])) if part)
        alone = not words(rest)
        feeling = _feeling(catalog, clause, kind, subject, found.goal[:start], alone=alone)
        if normalize(clause) in undone:  # read as typed, but a framework's leaving out undone: kept (without.py)
            feeling = replace(feeling, kept=True) if feeling and _done_without(feeling) else None
        if feeling is None:
            searched = stop
            continue
        found.feelings.append(feeling)
        if alone or _only_asks(rest):  # "i hate math", "i hate yaml": nothing else asked, and a feeling is no wish
            found.goal, found.felt_alone = "", True  # to learn what it is about (felt_alone.py)
            return
        found.goal, searched = rest, 0


#: The learner opening the next clause of feeling after one ("frontend without react, i hate vue").
_NEXT_LEARNER = re.compile(r"^[\s,;:]*(?:(?:and|but|also)\s+)?(?P<next>i\s.*)$", re.IGNORECASE | re.DOTALL)


def _after_feeling(text: str) -> str:
    """What follows a clause of feeling, less its joining words, but the learner who opens another one (", i hate
    vue": "i hate vue", which trimmed as any rest is "hate vue", neither read as a feeling nor understood)."""
    found = _NEXT_LEARNER.match(text)
    if found and FELT_BEFORE.match(found["next"]):
        return _trimmed(found["next"], leading=False)
    return _trimmed(text)


#: What is left of a goal that only asks what to learn, with no subject ("..., what can i learn", "any ideas?"):
#: beside a feeling about maths or coding, nothing else is asked (`GoalKnown.felt_alone`).
_ONLY_ASKS = re.compile(
    r"^(?:(?:so|then|and|but|now)\s+)?(?:(?:what|which)\s+(?:else\s+|roadmaps?\s+|paths?\s+|fields?\s+|jobs?\s+)?"
    r"(?:can|could|should|do|would)\s+i\s+(?:learn|do|study|try|pick|choose)(?:\s+(?:then|instead|now|here))?"
    r"|(?:any\s+)?(?:suggestions|ideas|advice|recommendations))\s*\??$",
    re.IGNORECASE,
)


def _only_asks(rest: str) -> bool:
    """Whether what is left of the goal only asks what to learn, naming nothing (`_ONLY_ASKS`)."""
    return _ONLY_ASKS.match(rest.strip(" ,;:.!")) is not None


def _next_feeling(goal: str, searched: int) -> tuple[int, int, str, str] | None:
    """The first clause of feeling in `goal` from `searched`: where it starts and stops, its subject as written and
    what it feels. A feeling said ahead of its subject ("i hate yaml") runs to where the goal starts again or a
    comma; one said after it ("math scares me") starts at its subject, or at the learner who finds it so ("i find css
    boring")."""
    found: list[tuple[int, int, str, str]] = []
    ahead = FELT_BEFORE.search(goal, searched)
    while ahead and (ahead["without"] or "").lower() in ("not", "no") and _KNOWS.search(goal[: ahead.start()]):
        # "i know python but not sql", "i know html, no javascript": what they know, read below
        ahead = FELT_BEFORE.search(goal, ahead.end())
    if ahead:
        end = _GOAL_STARTS.search(goal, ahead.end())
        stop = end.start() if end else len(goal)
        comma = goal.find(",", ahead.end(), stop)
        stop = comma if comma >= 0 else stop
        found.append((ahead.start(), stop, goal[ahead.end() : stop], felt(ahead)))
    for around in (FELT_AFTER, FELT_FINDING):  # "math scares me", "i find css boring"
        if behind := around.search(goal, searched):
            found.append((behind.start("clause"), behind.end("clause"), behind["subject"], felt(behind)))
    return min(found, default=None)


#: Little words around a subject of feeling ("the", "doing" of "i hate doing math"): not the subject itself.
_AROUND_SUBJECT = frozenset({"the", "my", "all", "this", "doing", "learning", "writing", "using", "any"})


def _done_without(feeling: Feeling) -> bool:
    """Whether a feeling is a dislike of a framework a roadmap may be learnt without (`lexicon.IN_PLACE_OF`), of
    what a role may be learnt without (`lexicon.LEFT_OUT_OF`: "devops without kubernetes"), of a platform's own
    language (`lexicon.PLATFORM_WAYS`: "ios apps without swift", built with Flutter), or of what a way of
    building something is built on (`lexicon.BUILT_ON`: "without javascript" of "mobile apps without javascript",
    built with Flutter), not asked for itself: "without react" of "frontend without react", whose undo keeps React
    rather than reading the clause as typed, which asked for React beside the role (and "devops without kubernetes"
    undone was "DevOps Engineer and Kubernetes", 120 h less than the DevOps Engineer the goal had)."""
    framework = any(not feeling.topics.isdisjoint(table) for table in (IN_PLACE_OF, LEFT_OUT_OF, BUILT_ON))
    framework = framework or any(language in feeling.topics for _, _, language, _ in PLATFORM_WAYS.values())
    return feeling.kind == "dislike" and not feeling.asked and framework


def _feeling(catalog: Catalog, clause: str, kind: str, subject: str, before: str, *, alone: bool) -> Feeling | None:
    """The clause as a feeling about what its subject names: maths, coding ("i hate coding"), what it points back
    at in the goal before it ("python, i hate it": Python, which the goal asks for), or what the catalog reads in
    it; none when it names nothing."""
    said = [w for w in normalize(subject).split() if w not in _AROUND_SUBJECT]
    if not said or WITHOUT_LACKING.match(clause):  # "without a cs degree": what they lack, not a dislike
        return None
    if set(said) <= MATHS_WORDS:
        return Feeling(said=clause, kind=kind, maths=True)
    if set(said) <= CODING_WORDS:
        return Feeling(said=clause, kind=kind, coding=True)
    if set(said) & FRAMEWORK_WORDS and set(said) <= FRAMEWORK_WORDS | FRAMEWORK_BESIDE and _backend(catalog, before):
        # "backend without frameworks": the backend's frameworks (Express, Django...), never React and Vue.js
        return Feeling(said=clause, kind=kind, names=(_BACKEND_NAME,), topics=frozenset({BACKEND_FRAMEWORKS}))
    if set(said) & FRAMEWORK_WORDS and set(said) <= FRAMEWORK_WORDS | FRAMEWORK_BESIDE:  # "without frameworks"
        topics = {t for key, (_, places) in IN_PLACE_OF.items() for t in (key, *places.values()) if t}
        # by name too, so a goal asking for one of them ("vue developer without frameworks") is said to contradict it
        names = [catalog.topic(key).name for key in IN_PLACE_OF if catalog.has_topic(key)]
        names += [catalog.roadmap(slug).title for slug, _ in IN_PLACE_OF.values() if catalog.has_roadmap(slug)]
        return Feeling(said=clause, kind=kind, names=tuple(names), topics=frozenset(topics), frameworks=True)
    if set(said) <= _POINTING_BACK:
        named = [m for m in interpret(catalog, before).meanings if m.roadmaps or m.topics]
        return _about(catalog, clause, kind, named[-1:], asked=True) if named else None
    reading = interpret(catalog, " ".join(said))
    named = [m for m in reading.meanings if m.roadmaps or m.topics]
    if not named or reading.not_understood:
        return None
    return _about(catalog, clause, kind, named, asked=alone)


#: How "without frameworks" on a backend goal is said: the kind of framework, with the best-known of them.
_BACKEND_NAME = "backend web frameworks (Express, Django, Spring Boot...)"


def _backend(catalog: Catalog, before: str) -> bool:
    """Whether the goal before a clause on "frameworks" names roadmaps that teach a backend's web frameworks and no
    frontend framework (`lexicon.IN_PLACE_OF`): "backend" of "backend without frameworks", whose frameworks are
    Express, Django or Spring Boot; "frontend" and "full stack" keep React's and Vue's."""
    slugs = {r.key for m in interpret(catalog, before).meanings for r in m.roadmaps if catalog.has_roadmap(r.key)}
    taught = {t for slug in slugs for t in catalog.roadmap(slug).topic_ids}
    return BACKEND_FRAMEWORKS in taught and taught.isdisjoint(IN_PLACE_OF)


def _about(catalog: Catalog, clause: str, kind: str, named: list[Meaning], *, asked: bool) -> Feeling:
    """A feeling about what the interpreter read (`named`): its names, and its topics (a roadmap's, for a roadmap
    named outright with no topic of its name), to tell whether a roadmap uses it."""
    topics = {ref.key for m in named for ref in m.topics}
    topics |= {t for m in named if not m.topics for ref in m.roadmaps for t in catalog.roadmap(ref.key).topic_ids}
    names = tuple(dict.fromkeys(name for m in named for name in m.names))
    return Feeling(said=clause, kind=kind, names=names, topics=frozenset(topics), asked=asked)


def _worker_who(catalog: Catalog, found: GoalKnown, undone: Collection[str]) -> GoalKnown:
    """Who the learner is, when the goal opens with it before they say what they want, read as "i'm a ... and want
    to ..." is (the interpreter then reads a job as a role the catalog has a roadmap for, never as a topic in one of
    its words: "coach" is not Feedback and coaching). A job the catalog names ("python developer who wants to learn
    rust") is what they know: Python is known, Rust is the goal, undoable; a job that names no skill ("i'm a
    designer who wants to code", "nurse wanting to learn data analysis", "a warehouse worker who ...") is their
    background, set apart from the goal (`GoalKnown.background`) rather than left in it, where its words ran into
    the goal's ("designer who wants to code" is the alias "design to code") or were not understood."""
    match = _WORKER_WHO.match(found.goal)
    job = _job(match.group("who")) if match else ""
    if match is None or not job or any(normalize(said) in undone for said in (match.group("who"), job)):
        return found
    clause = match.group("who").strip()
    reading = known_from(catalog, [f"i'm a {job}"])
    if any(u.how not in ("name", "alias") for u in reading.understood):
        reading = KnownReading()  # "marketer who ...": a job read by a curated sense is no skill
    rest = _trimmed(found.goal[match.end() :])
    if not reading.topics:
        if not reading.understood and words(rest) and not set(words(job)) <= FILLER:  # "someone who ...": no job
            found.goal = rest
            apart, used = _job_apart(catalog, job, _job_and_more(clause)[1], undone)  # "... with matlab experience"
            found.background += apart
            if used.understood:  # "a nurse with excel experience who ...": Excel is known
                found.readings.append(
                    Understood(said=clause, means=_refs(r for u in used.understood for r in u.means), how="known")
                )
                for topic_id in used.topics:
                    found.topics.setdefault(topic_id, clause)
            found.not_understood += used.not_understood
        return found
    found.goal = found.goal[match.end() :].strip()
    means = _refs(r for u in reading.understood for r in u.means)
    found.readings.append(Understood(said=clause, means=means, how="known"))
    for topic_id in reading.topics:
        if found.topics.setdefault(topic_id, clause) == clause:
            found.by_job[topic_id] = clause
    if works_as := _unranked(job):
        found.works_as.append(works_as)
    return found


def _came_from_end(goal: str, start: int, stop: int) -> tuple[int, int]:
    """Where a clause of where the learner comes from ends, and where the rest of the goal resumes: at the first comma
    or, in a move, at "to" or "into" (the rest resumes after it: "switch from sysadmin to devops" asks for "devops",
    "moving from java to go" for "go"), since what they worked as is a few words ("coming from a helpdesk background,
    cloud engineer"); else where the goal starts again (`stop`)."""
    comma = goal.find(",", start, stop)
    move = _MOVE_TO.search(goal, start, stop)
    if move is not None and (comma < 0 or move.start() < comma):
        return move.start(), move.end()
    return (comma, comma) if comma >= 0 else (stop, stop)


#: Where a move's origin ends: "to" or "into" ("switch from sysadmin to devops").
_MOVE_TO = re.compile(r"\s(?:to|into)\s", re.IGNORECASE)


def _worked(match: re.Match[str]) -> bool:
    """Whether the clause says what the learner works or worked as, or has done for years ("i was a teacher",
    "ex-network engineer", "3 years as a java developer", "background: ...", "java dev for 3 years"): its job, when
    it names no skill, is where they come from (`_job_apart`)."""
    return any(match.group(kind) for kind in ("works_as", "former", "experience", "lasted", "came_from"))


#: Words of learning, which make "python for 2 years" how long to learn it, never how long it was used.
_LEARNING = re.compile(
    r"(?<![\w'’])(?:learn|learning|study|studying|practi[cs]e|practi[cs]ing|master|want|wanna|need|plan|going)(?![\w'’])",
    re.IGNORECASE,
)
#: How long the learner did it ("for 5 years", "for the past 3 years", "10+ years"): part of the experience clause,
#: never a time frame, never a job's word.
_FOR_YEARS = re.compile(
    rf"(?:(?<=\s)|^)(?:for\s+)?(?:(?:the\s+)?(?:last|past)\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?"
    rf"{_SPENT}(?:\s+now)?",
    re.IGNORECASE,
)
#: Where what the learner used in a job starts ("an accountant using excel", "mechanical engineer with matlab
#: experience", "a developer in a bank").
_MORE = re.compile(r"\s+(?=(?:using|with|in|at|doing|on)\s)", re.IGNORECASE)
#: "from" opening where the learner comes from, once the role before it is cut off ("from sysadmin").
_FROM = re.compile(r"^from\s+", re.IGNORECASE)
#: Words after a job that say it was theirs ("marketing background", "matlab experience"): not the job itself.
_HELD = frozenset(words("background experience exp skills"))


def _job_and_more(said: str) -> tuple[str, str]:
    """The job a clause of experience names and what follows it, as written, less what opens it and how long ("i was a
    teacher for 10 years": ("teacher", ""); "background: 10 years as an accountant using excel": ("accountant",
    "using excel"); "mechanical engineer with matlab experience": ("mechanical engineer", "with matlab
    experience"); "coming from a marketing background": ("marketing", ""))."""
    text = said.strip()
    while (opening := _KNOWS.match(text)) and _worked(opening) and not opening.group("lasted") and opening.end():
        text = text[opening.end() :].strip(" :")
    text = _FROM.sub("", text, count=1)  # "from sysadmin" of "devops from sysadmin", cut off the role before it
    text = _FOR_YEARS.sub(" ", _JOB_OPENING.sub("", text, count=1))
    job, *more = _MORE.split(" ".join(text.split()), maxsplit=1)
    pieces = _trimmed(job).split()
    while pieces and set(words(pieces[-1])) <= _HELD:  # "marketing background"
        pieces.pop()
    return " ".join(pieces), _trimmed(" ".join(more))


def _names_skill(catalog: Catalog, job: str, *, person: bool) -> bool:
    """Whether a job names a skill by the catalog's names ("java developer", "linux sysadmin", "network engineer"),
    not a job beyond it ("teacher") nor one read by a curated sense ("accountant": Data Analyst). A `person` (what
    they work as) is read as "i'm a ..." is, as a role, never a topic in one of its words ("rugby coach" is not
    Feedback and coaching); what they did for years ("excel" of "5 years of experience in excel") as named."""
    reading = known_from(catalog, [f"i'm a {job}" if person else job])
    return bool(reading.topics) and all(u.how in ("name", "alias") for u in reading.understood)


def _job_apart(catalog: Catalog, job: str, more: str, undone: Collection[str]) -> tuple[list[str], KnownReading]:
    """A job that names no skill set apart as the learner's background, with what they used in it: its words read as
    what they know ("using excel": Spreadsheets for data analysis), else, when they say it was experience the catalog
    has no name for ("with matlab experience"), set apart as background too, unless the learner undid that
    (`undone`: read as typed, its words said not understood)."""
    reading = known_from(catalog, [more]) if more else KnownReading()
    used = " ".join(more.split()[1:])  # "matlab experience", less "with"
    if more and not reading.understood and set(words(more)) & _HELD and normalize(used) not in undone:
        return [job, used], KnownReading()
    return [job], reading


def _unranked(job: str) -> str:
    """A job the learner works as without how senior they are ("junior devops engineer": "devops engineer"): the
    job itself, as written."""
    return " ".join(piece for piece in job.split() if not set(words(piece)) <= _SENIORITY)


def _job(said: str) -> str:
    """What the learner works as, in their words, less what opens it, how long and what they used in it
    (`_job_and_more`: "i'm a graphic designer": "graphic designer"), when it can be set apart as their background: a
    few words, none of them little words of a sentence ("i'm a huge fan of games" is no job) and none a curated
    background, which `goals.read_goal` reads as where to start when nothing else is asked ("i'm an accountant, how do
    i get into tech": Data Analyst)."""
    job = _job_and_more(said)[0]
    named = normalize(job).split()
    if not named or len(named) > _JOB_WORDS or set(named) & (STOPWORDS | BACKGROUND_WORDS):
        return ""
    return job


def _says_known(match: re.Match[str], reading: KnownReading) -> bool:
    """Whether a clause that is the whole goal says, in the learner's own voice, that they know or started
    something: "i know a bit of python and excel", not "know python", "i'm a java developer" or "i don't know
    python" (module docstring)."""
    return _voiced(match) and any(not u.denied for u in reading.understood)


def _voiced(match: re.Match[str]) -> bool:
    """Whether a clause is said in the learner's own voice ("i know ...", "i've learned ...", or past learning without
    the "i": "learned python last year"), not what they work as."""
    return (match.group().lower().startswith("i") or bool(match.group("past"))) and not match.group("works_as")


#: "yet" of a denial ("i don't know sql yet"): how long, said by the denial, not part of the subject.
_NOT_YET = re.compile(r"(?<![\w'’])yet(?![\w'’])", re.IGNORECASE)
#: A word that refers back to what was just named: "want to learn it".
_REFERS_BACK = re.compile(r"(?<![\w'’])(?:it|them|that|those|this)(?![\w'’])", re.IGNORECASE)


def _denied_then_asked(reading: KnownReading, rest: str) -> bool:
    """Whether a clause that only denies ("i don't know python") is followed by asking for what it names ("and want
    to learn it")."""
    return bool(reading.understood) and all(u.denied for u in reading.understood) and bool(_REFERS_BACK.search(rest))


#: A verb of learning right before a word that refers back: "want to learn it", "get good at them", "start with that".
_LEARN_IT = re.compile(
    r"(?<![\w'’])(?:learn|study|master|try|use|understand|know|pick\s+up|get\s+into|get\s+good\s+at|start\s+with|"
    r"begin\s+with|work\s+with)\s+(?:it|them|that|those|this)(?![\w'’])",
    re.IGNORECASE,
)


def _asked_back(reading: KnownReading, rest: str, denied: str) -> str:
    """The rest of the goal after a clause that only denies ("i have never used docker"), with the word that asks
    for what it names put back as its words ("and want to learn it, then kubernetes": "want to learn docker, then
    kubernetes"), so it is asked for with the rest, in the learner's order; empty when the rest does not ask for it.
    A list denied with "or" ("never used docker or kubernetes ... learn them") is asked for as "and"."""
    if not reading.understood or not all(u.denied for u in reading.understood):
        return ""
    found = _LEARN_IT.search(rest)
    if found is None:
        return ""
    named = re.sub(r"(?<![\w'’])(?:or|nor)(?![\w'’])", "and", denied, flags=re.IGNORECASE)
    verb = found.group()[: found.group().lower().rfind(" ") + 1]
    return _trimmed(f"{rest[: found.start()]}{verb}{named}{rest[found.end() :]}")


def _unsaid(phrase: str, said: set[str]) -> str:
    """A phrase the catalog has no name for, less the clause's own words ("learned knitting": "knitting")."""
    return " ".join(piece for piece in phrase.split() if not set(words(piece)) <= said)


def _says_unknown_known(match: re.Match[str], reading: KnownReading) -> bool:
    """Whether a clause that is the whole goal says, in the learner's own voice, that they know or learned something
    the catalog has no name for ("i know a bit of cooking", "i've learned knitting"): not "i used to be a teacher"
    (a past, not a skill), what they work as, nor a denial."""
    knowing = _KNOWING.search(match.group()) is not None and re.search(DENIES, match.group(), re.IGNORECASE) is None
    return _voiced(match) and knowing and not reading.understood


#: The words of a clause that say the learner knows or learned something (never "used" nor "done" alone).
_KNOWING = re.compile(r"\b(?:know|learned|learnt|studied|experience|knowledge|background)\b", re.IGNORECASE)


def _refs(refs: Iterable[Ref]) -> list[Ref]:
    """The refs once each, in order."""
    return list({r.key: r for r in refs}.values())


def _lacking(found: GoalKnown, undone: Collection[str]) -> None:
    """Set apart what the learner says they lack ("learn to code without a computer science degree", "without any
    experience") as their background, said and undoable like a job they work as: read whole, "computer science
    degree" was the Computer Science roadmap, built for a learner who had said they would go without it."""
    while (match := WITHOUT_LACKING_ANYWHERE.search(found.goal)) and normalize(match.group()) not in undone:
        before, after = _trimmed(found.goal[: match.start()]), _trimmed(found.goal[match.end() :])
        found.goal = ", ".join(part for part in (before, after) if part)
        found.background.append(match.group().strip())


def _trimmed(text: str, *, leading: bool = True) -> str:
    """The text without punctuation and joining words at its end, and at its start when `leading` ("i know python,
    now i" is "i know python"; ", and i want to make games" is "want to make games")."""
    pieces = text.split()
    while pieces and _joining(pieces[-1]):
        pieces.pop()
    while leading and pieces and _joining(pieces[0]):
        pieces.pop(0)
    return " ".join(pieces).strip(_EDGES)


#: Punctuation at the edges of what is left on either side of a clause.
_EDGES = " ,:-–—"


def _joining(piece: str) -> bool:
    return not piece.strip(_EDGES) or piece.strip(_EDGES).lower() in _JOINERS


def _with_fixes(clause: str, readings: list[Understood]) -> str | None:
    """The clause with each misspelt word of it as it was read ("i know python" of "i know pyhton"), else None: the
    clause's one reading took the place of its words' own, and the fix ("pyhton" read as "python") went unsaid."""
    fixed = clause
    for reading in readings:
        if reading.corrected:
            fixed = re.sub(re.escape(reading.said), reading.corrected, fixed, count=1, flags=re.IGNORECASE)
    return fixed if fixed != clause else None
