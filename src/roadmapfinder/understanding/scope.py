"""`read_scope`: how much of a named career roadmap a goal asks for.

A role roadmap runs from the first lesson to senior preparation (Data Analyst: 585 h). A goal to *get the job*
("data analyst job", "become a devops engineer", "get a job as a web developer") needs the roadmap up to its
job-ready phase (the content marks it: `Phase.job_ready`, see catalog/estimate.py), and a goal to *build one app*
("build an iphone app", "a todo app with react") the phases up to Junior, where the roadmap's first real apps are
made; the rest is offered after, not counted. Each cut is reported as a reading of the learner's words ("job",
"build") that they can undo (`plain`), which gives the whole roadmap again. A goal that only names the roadmap
("learn devops", "iOS") is the whole roadmap, as before; so is a hobby's job word. A skill roadmap has no job-ready
phase, so a job with it ("get hired as a junior python developer") is the role that hires for it (`JOB_ROLES`:
Backend Developer for Python): the skill up to Junior and the role up to its job-ready milestone, the role's topic the
skill stands for (a backend language) left out, all said in the milestone's reading and note and undone with the job
word. A field named beside the job word chooses the role with the skill (`field_jobs`, `FIELD_ROLES`: "python, want a
data job" is Data Analyst), said as a reading of the field's phrase and undone by it to the field's choice; it was
Backend Developer whatever field the goal named. A skill no role roadmap hires for ("junior rust developer", "become a
c++ developer") stops at its own Junior level, saying it has no job-ready milestone of its own; a roadmap with neither
(Software Architect starts at Mid level) is the whole roadmap, and the answer says so (`uncut`) rather than giving
everything silently.

A promotion ("i want to get promoted to senior backend engineer") starts from the job the learner has: the role
roadmap's phases after its job-ready milestone, what a senior adds, with the phases up to it left out as the job
they already do (`promoted_from`), said and undoable. It was read as the topic an alias names ("promotions": Career
development and engineering ladders, a manager's topic) beside the whole Backend roadmap from its first lesson.
Promoted *to* a role without a level ("promoted to engineering manager") is a first job in that role, cut as one.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Level, Roadmap
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.goal_words import FIELD_JOBS, PROMOTION_JOBS
from roadmapfinder.understanding.interpret import Ref, interpret
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.lexicon import FIELD_WORDS
from roadmapfinder.understanding.shapes import ScopeOut
from roadmapfinder.understanding.spelling import spelt_as
from roadmapfinder.understanding.undone import in_undone

#: Words that say the goal is a first job in the field: the job itself ("a data analyst job", "get hired"), becoming
#: one ("become", "i want to be a", "i wanna be a", "my goal is to work as", "aspiring") or changing to it.
_JOB = re.compile(
    r"\b(jobs?|careers?|hired|hire me|employ(?:ed|ment)|become|becoming|work as|working as|first role|"
    r"entry[- ]level|junior|internship|position|aspiring|job[- ]ready|"
    r"(?:(?:want|wants|wanted|would like|['’]d like|like|love|hope|hoping|plan|planning|going|trying|aim|aiming|"
    r"need|dream is|goal is|aspire|hope one day)\s+to\s+be|wanna\s+be|gonna\s+be|to\s+be|be)(?=\s+(?:an?|the)\s)|"
    r"(?:break|breaking|transition|transitioning|switch|switching|move|moving|pivot|pivoting)\s+(?:careers?\s+)?"
    r"(?:in)?to|promot(?:ed|ion)\s+(?:in)?to)\b",
    re.IGNORECASE,
)
#: A job the learner already has ("for my job", "at my current job", "automate our jobs"): where they will use what
#: they learn. It asks for the level a job needs (a role roadmap up to its job-ready milestone, a skill up to Junior),
#: never for the role that hires for a skill: read as a job to get, "i'm an accountant and want to learn python for my
#: job" was Python and Backend Developer up to its job-ready milestone (489 h). A first job is still one to get ("get
#: my first job as a web developer": "first" stands between).
_THEIR_JOB = re.compile(
    r"\b(?:my|our|his|her|their|current|present|day|full[- ]time|part[- ]time)\s+(?:current\s+|present\s+|day\s+)?"
    r"jobs?\b",
    re.IGNORECASE,
)
#: Where the learner will use what they learn, said as the job they have ("automate boring stuff at work", "sql for
#: my job as a marketer", "python in my current job"), as the finder reads it (`their_job_words`): the picks are for
#: that job, a skill up to its Junior level as `read_scope` cuts "python for my job", never a career change to get.
_AT_THEIR_JOB = re.compile(
    r"\b(?:at|for|in)\s+(?:(?:my|our)\s+)?(?:work|workplace)\b|"
    r"\b(?:for|in|at|on)\s+(?:my|our)\s+(?:current\s+|present\s+|day\s+|own\s+)?jobs?\b",
    re.IGNORECASE,
)
#: Words that only frame a career goal, which the interpreter must not read as names: "my goal is to" is not Goals
#: and OKRs, "aspiring" not .NET Aspire, "dream job" no dream, "i'd" no word. "i'm" stays: it says that the words
#: after it are what the learner does now ("i'm a rugby coach and ...": interpret._background), never a subject.
_FRAMING = re.compile(
    r"\b(?:my|the|our)\s+(?:main\s+|big\s+)?(?:goal|dream|aim|plan|objective|ambition)\s+is\b|\baspiring\b|"
    r"\bdream(?=\s+(?:jobs?|roles?|careers?)\b)|\b(?:i|we|you)['’](?:d|ll|ve)\b",
    re.IGNORECASE,
)
#: Words that aim past a first job ("become a senior backend engineer", "a lead developer"): the whole role roadmap,
#: senior preparation included, never cut at its job-ready milestone (`aimed_past_first_job`).
_PAST_FIRST_JOB = re.compile(r"\b(senior|lead|staff|principal|mid[- ]level|midlevel)\b", re.IGNORECASE)
#: A promotion in the job the learner has ("get promoted", "a promotion", "get promoted to senior"), with the level it
#: is to when the goal says one: the role roadmap past its job-ready milestone (`read_scope`). Promoted to a role
#: with no level ("promoted to engineering manager") is a job to get in it (`_JOB`), not this.
_PROMOTION = re.compile(
    # the level before the job the promotion is in ("senior devops engineer promotion"): read with it, as "get
    # promoted to senior" reads "senior" (it was left not understood)
    r"\b(?:(?:senior|lead|staff|principal|mid[- ]level|midlevel)\s+(?:(?!(?:and|or|but|i|want|to)\b)[\w+#.-]+\s+){1,3}?"
    r"promot(?:ed|ion)\b|"
    # becoming senior with no job after it ("i work as a frontend dev and want to become senior"): senior in the job
    # the learner has, which `promoted_in` reads from what they work as
    r"(?:become|becoming|be|get\s+to|reach|make\s+it\s+to)\s+senior"
    r"(?=\s*(?:$|[,.;!?]|(?:level|role|one\s+day|someday|soon|next\s+year|in|by|within)\b))|"
    r"(?:(?:get|gets|getting|got|be|being|earn|earning)\s+(?:a\s+|my\s+|the\s+|that\s+)?)?promot(?:ed|ion)\b"
    r"(?:\s+(?:in)?to\s+(?:an?\s+|the\s+)?(?:senior|lead|staff|principal|mid[- ]level|midlevel)\b)?)",
    re.IGNORECASE,
)
#: The words `_PROMOTION` reads a promotion by, as its pattern spells them.
_PROMOTED = r"promot(?:ed|ion)"
#: A misspelling of them is read as them, said ("get promted to senior": read “promted” as “promoted”), as a common
#: goal's is (`spelling.spelt_as`): the generator read "senior" alone, the whole Backend roadmap, and the finder said
#: "We did not understand “promted”". Not these real words near them, which say something else ("promote my app",
#: "prompted an llm").
_NOT_PROMOTION = frozenset(
    {"promote", "promotes", "promoting", "promoter", "promoters", "promotions", "promotional", "prompted", "proportion"}
)
#: What the learner is now, in the clause before such a word: "i'm a senior java developer" says where they start.
_NOW = re.compile(r"\b(?:i['’]?m|i\s+am|i\s+was|i\s+work\s+as|currently|already)\b[^,.;]*$", re.IGNORECASE)
#: A verb of making and a word for one thing made: the goal is that thing, not the career.
_BUILD = re.compile(r"\b(build|make|create|develop|code|write|ship|publish)\b", re.IGNORECASE)
_ONE_THING = re.compile(r"\b(app|apps|application|game|games)\b", re.IGNORECASE)
#: The last level a goal to build one thing takes from a role roadmap.
_BUILD_LEVEL = Level.JUNIOR
#: The role that hires for a skill roadmap (which has no job-ready phase), and the role's topic the skill stands for
#: (Python is a backend language), or None: a junior Python developer job is most often a backend job.
JOB_ROLES: dict[str, tuple[str, str | None]] = {
    "python": ("backend", "backend-language"),
    "java": ("backend", "backend-language"),
    "go": ("backend", "backend-language"),
    "csharp": ("backend", "backend-language"),
    "php": ("backend", "backend-language"),
    "ruby": ("backend", "backend-language"),
    "nodejs": ("backend", "backend-language"),
    "django": ("backend", "backend-language"),
    "spring-boot": ("backend", "backend-language"),
    "laravel": ("backend", "backend-language"),
    "ruby-on-rails": ("backend", "backend-language"),
    "aspnet-core": ("backend", "backend-language"),
    "javascript": ("frontend", None),
    "typescript": ("frontend", None),
    "react": ("frontend", None),
    "vue": ("frontend", None),
    "angular": ("frontend", None),
    "svelte": ("frontend", None),
    "kotlin": ("android", None),
    "swiftui": ("ios", None),
    "sql": ("data-analyst", None),
}

#: The role a language's job is in a field the goal names beside the job word ("python, want a data job"), by field
#: (the catalog's category, as the interpreter reads the field word) and language roadmap, with why, said in the
#: reading (`FieldJob`). `JOB_ROLES` gives each language one role whatever the field: "python, want a data job" was
#: Python and Backend Developer. A language not listed for the field takes its own role when that is in the field
#: ("kotlin for a mobile job": Android Developer), else none: the language up to its Junior level, never another
#: field's job.
FIELD_ROLES: dict[str, dict[str, tuple[str, str]]] = {
    "data-ai": {
        "python": (
            "data-analyst",
            "the usual way into data: its roadmap uses Python for analysis (pandas in notebooks) beside SQL, "
            "spreadsheets and dashboards",
        ),
        "sql": ("data-analyst", "the usual way into data, and the data job that uses SQL every day"),
        "java": ("data-engineer", "the data job that most often asks for Java, in pipelines and big-data tools"),
        "go": ("data-engineer", "the data job that most often asks for Go, in pipelines and data services"),
    },
    "web": {
        "javascript": ("frontend", "the usual way into web work with JavaScript: what people see in the browser"),
        "typescript": ("frontend", "the usual way into web work with TypeScript: what people see in the browser"),
    },
    "cloud-ops": {
        "python": ("cloud-engineer", "the usual way into cloud work, where Python automates the infrastructure"),
        "go": ("cloud-engineer", "the usual way into cloud work, where Go is the language of its tools"),
    },
    "security": {
        "python": ("cyber-security", "the usual way into security, where Python automates checks and investigations"),
    },
}
#: Words that may stand between a field word and the job word in one phrase ("web dev job", "a job in data").
_FIELD_JOB_GAP = re.compile(
    r"^\s*(?:(?:dev|devs|development|developer|engineering|engineer|in|the|a|an|of|field|sector|industry)\s+)*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FieldJob:
    """A job in a field named beside a language ("python, want a data job"): the field's job for the language
    (`FIELD_ROLES`), read from the learner's words `said` ("data job", "job in data"), which they may undo; undone,
    the field's jobs are offered to choose from (`FIELD_JOBS`), never the language's job in another field."""

    said: str  # "data job", as typed
    word: str  # the field's word, as typed: "data"
    field: str  # the field's category: "data-ai"
    skill: str  # "python"
    role: str  # "data-analyst", or "" when no job in the field is done in the language
    why: str
    undone: bool = False

    def reading(self, catalog: Catalog) -> Understood:
        """The role as a reading of the learner's words, undoable: “data job” → Data Analyst: the usual way in..."""
        title, skill = catalog.roadmap(self.role).title, catalog.roadmap(self.skill).title
        name = f"{title}: the {self.word} job for {skill}"
        return Understood(said=self.said, means=[Ref(key=self.role, name=name)], how="synonym", confidence=0.85)

    def note(self, catalog: Catalog, joined: Mapping[str, str] | None = None) -> str:
        """What was read and why, the field's other first jobs, and how to choose among them; with what the language
        and the field's word name read together (`joined`, from `apart_from_field_job`: “python security” is Secure
        coding in Python), which undoing the field's job gives instead of the field's choice."""
        skill, title = catalog.roadmap(self.skill).title, catalog.roadmap(self.role).title
        others = [catalog.roadmap(s).title for s in FIELD_JOBS.get(self.field, ((), ""))[0] if s != self.role]
        said = f"“{self.said}” with {skill}: {title}, {self.why}."
        together = next(
            (
                f"“{words}” alone is {name}: undo “{self.said}” to have it read so."
                for words, name in (joined or {}).items()
                if normalize(words).split()[-1] == normalize(self.word)
            ),
            "",
        )
        if not others:
            return f"{said} {together or f'Undo “{self.said}” for the whole {skill} roadmap.'}"
        example = f"say one in your goal, as in “{skill.lower()} {others[0].lower()} job”"
        if together:
            return f"{said} The other first jobs in {self.word} are {_or_list(others)}: {example}. {together}"
        return (
            f"{said} The other first jobs in {self.word} are {_or_list(others)}: {example}, or undo “{self.said}” to "
            "choose among them."
        )


def field_jobs(
    catalog: Catalog,
    text: str,
    roadmaps: Collection[str],
    fields: Mapping[str, str],
    *,
    purpose: str,
    plain: Collection[str] = (),
) -> list[FieldJob]:
    """The job in a field for each language roadmap the goal names with a job word and a field (`fields`: category
    -> the field's word as typed, "data-ai": "data"), as `job_roles` takes it; none for a hobby, a job the learner
    has, a promotion, a goal that names a role, or one whose job word was undone."""
    job = _job(text) if purpose != "hobby" else None
    if job is None or not fields or _theirs(text, job) or any(_job_ready(catalog.roadmap(s)) for s in roadmaps):
        return []
    if _promotion(text, plain) or normalize(job.group()) in _undone(plain):  # "job" alone undone: no job at all
        return []
    out: list[FieldJob] = []
    for slug in roadmaps:
        default = JOB_ROLES.get(slug, ("", None))[0]
        if not default and all(slug not in FIELD_ROLES.get(f, {}) for f in fields):
            continue  # no role hires for the language: its Junior level, as without a field
        for field, word in fields.items():
            role, why = FIELD_ROLES.get(field, {}).get(slug, ("", ""))
            if not role and default and catalog.roadmap(default).category.value == field:
                role, why = default, f"the {word} job most often done in {catalog.roadmap(slug).title}"
            said = _field_phrase(text, word, job)
            out.append(FieldJob(said, word, field, slug, role, why, undone=normalize(said) in _undone(plain)))
            break
    return out


#: A name, a field's word and a job word after it, with what may stand between ("python security job", "python
#: security field job"): the language and the field's job, as `field_jobs` reads them (`apart_from_field_job`); or a
#: role's word after the field's, when the two name a role ("python security engineer", "python security engineer
#: job": Python and Cyber Security, as "python data engineer job" is Python and Data Engineer).
_NAME_FIELD_JOB = re.compile(
    r"(?<![\w#+.])([\w#+.]+)(\s+)([a-z]+)(?=((?:\s+(?:the|field|sector|industry))*\s+(?:jobs?|careers?)\b"
    r"|\s+(?:engineers?|developers?|analysts?|specialists?)\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FieldJobApart:
    """The goal with each language set apart from a field's job named after it (`apart_from_field_job`), and the
    phrases so set apart, each with what it names when read together ("python security": Secure coding in Python)."""

    text: str
    joined: dict[str, str]  # "python security": "Secure coding in Python"
    #: the phrases set apart before a role's name rather than a job word ("python security engineer"), each with the
    #: role's name as typed, whose reading undoes it: "python security": "security engineer"
    roles: dict[str, str] = dataclasses.field(default_factory=dict)

    def role_notes(self) -> list[str]:
        """What each phrase set apart before a role's name names alone, and how to have it read so: no field's job
        says it there, as “security job” does."""
        return [
            f"“{together}” alone is {self.joined[together]}: undo “{role}” to have it read so."
            for together, role in self.roles.items()
        ]


def apart_from_field_job(catalog: Catalog, text: str, *, plain: Collection[str] = ()) -> FieldJobApart:
    """The goal with a language set apart from the field's job said right after it, for the interpreter to read as two:
    "python security job" is Python and the security job (Cyber Security, `FIELD_ROLES`), as "python cloud job" is
    Python and Cloud Engineer. Read together, "python security" is an alias of a topic, Secure coding in Python, and
    the job word had nothing to cut: the answer was that one topic, about 60 hours. Only for words that name a topic
    together, and a language with a job in that field (`FIELD_ROLES`, or its own role's field: `JOB_ROLES`); never
    when the learner undid the field's job phrase (`plain`: "security job"), which reads the words together again, as
    typed."""
    undone = _undone(plain)
    joined: dict[str, str] = {}
    roles: dict[str, str] = {}

    def apart(found: re.Match[str]) -> str:
        name, gap, word = found.group(1), found.group(2), found.group(3)
        field = FIELD_WORDS.get(word.lower())
        slugs = catalog.roadmaps_named(name)
        if field is None or len(slugs) != 1 or not _field_has_job(catalog, slugs[0], field.value):
            return found.group()
        if in_undone(normalize(word + found.group(4)), undone):  # "security job" undone: as typed, together
            return found.group()
        role = None if _JOB_WORD.search(found.group(4)) else f"{word}{found.group(4)}"
        if role is not None and not catalog.roadmaps_named(role):  # "python data analyst": no role of that name
            return found.group()
        together = f"{name} {word}"
        topic = catalog.topic_named(together)
        if topic is None:  # read apart already ("python cloud job"), or a roadmap's name ("python web": Django)
            return found.group()
        joined[together] = catalog.topic(topic).name
        if role is not None:  # "python security engineer": Python and Cyber Security, the role the job names
            roles[together] = role
        return f"{name},{gap}{word}"

    return FieldJobApart(_NAME_FIELD_JOB.sub(apart, text), joined, roles)


_JOB_WORD = re.compile(r"\b(?:jobs?|careers?)\b", re.IGNORECASE)


def _field_has_job(catalog: Catalog, slug: str, field: str) -> bool:
    """Whether the language has a job in the field (`FIELD_ROLES`, or its own role's: `JOB_ROLES`), as `field_jobs`
    finds it."""
    default = JOB_ROLES.get(slug, ("", None))[0]
    return slug in FIELD_ROLES.get(field, {}) or bool(default and catalog.roadmap(default).category.value == field)


def _or_list(names: list[str]) -> str:
    """Names joined as a choice is said: "A", "A or B", "A, B or C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _field_phrase(text: str, word: str, job: re.Match[str]) -> str:
    """The field's word with the job word when they make one phrase ("data job", "web dev job", "job in data"), as
    typed; else the field's word alone."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        first, last = sorted([found, job], key=lambda m: m.start())
        if _FIELD_JOB_GAP.match(text[first.end() : last.start()]):
            return text[first.start() : last.end()]
    return word


def _field_role(slug: str, jobs: Collection[FieldJob]) -> str | None:
    """The role a field the goal names gives the language's job (`field_jobs`: "" for none), or None when the goal
    names no field for it or the learner undid its reading: then the language's own role (`JOB_ROLES`)."""
    return next((j.role for j in jobs if j.skill == slug and not j.undone), None)


def stands_for(skill: str, role: str) -> str | None:
    """The role's topic the skill stands for (`JOB_ROLES`: Python is Backend Developer's backend language), or None
    when the job is in another role (a data job with Python: Data Analyst teaches no such topic)."""
    default, topic = JOB_ROLES.get(skill, ("", None))
    return topic if default == role else None


@dataclass(frozen=True)
class Cut:
    """A role roadmap taken up to a phase: `phases` of its phases, for the learner's words `said`."""

    said: str
    roadmap: str
    phases: int
    kind: str  # "job" (up to the job-ready phase), "build" (up to Junior) or "promotion" (past the job-ready phase)
    thing: str = "app"  # what the goal builds, as written: "app", "game"
    role: str = ""  # a skill roadmap taken for a job in this role (`JOB_ROLES`), up to Junior
    junior: bool = False  # a roadmap with no job-ready milestone and no role that hires for it: its Junior level
    theirs: bool = False  # for a job the learner has ("python for my job"), not a first job to get
    #: A promotion: how many of the roadmap's first phases the job the learner has already covers (up to its job-ready
    #: milestone); the cut runs from the next one to the end (`phases`)
    start: int = 0
    #: A promotion misspelt ("get promted to senior"): its words as read ("get promoted to senior"), said
    corrected: str | None = None


def job_words(text: str) -> set[str]:
    """Every word of the job phrases in the text ("hired", "junior"): read as the milestone, never left over."""
    return {w for found in _JOB.finditer(text) for w in normalize(found.group()).split()}


#: Ways of saying one wants a place in a field, as a job word does: "get into data", "i want to work in data".
_INTO_FIELD = re.compile(
    r"\b(?:get(?:ting)?|break(?:ing)?|mov(?:e|ing)|go(?:ing)?)\s+into\b|\bwork(?:ing)?\s+in\b", re.I
)


def wants_in(goal: str) -> bool:
    """Whether the goal asks for a way into its field (a job word, "get into", "work in"): then the field's jobs
    are offered, the usual way in first (`goal_words.FIELD_JOBS`), rather than its roadmaps by search, and learning
    to code for the field is no first language (goals.py)."""
    return bool(job_words(goal)) or _INTO_FIELD.search(goal) is not None


def _job(text: str) -> re.Match[str] | None:
    """The first phrase of the text that says the goal is about a job (`_JOB`), or None."""
    return _JOB.search(text)


def _theirs(text: str, job: re.Match[str]) -> bool:
    """Whether the job phrase is a job the learner already has (`_THEIR_JOB`: "learn python for my job"; or
    `_AT_THEIR_JOB`, as the finder reads it: "at work")."""
    found = [*_THEIR_JOB.finditer(text), *_AT_THEIR_JOB.finditer(text)]
    return any(f.start() <= job.start() and job.end() <= f.end() for f in found)


def their_job_words(text: str, plain: Collection[str] = ()) -> str | None:
    """The words of the goal saying the learner learns for the job they have (“at work”, “for my job”, “in my current
    job”: `_AT_THEIR_JOB`), unless undone (`plain`); None otherwise."""
    found = _AT_THEIR_JOB.search(text)
    if found is None or in_undone(normalize(found.group()), _undone(plain)):
        return None
    return found.group()


#: What the words of a job the learner has are read as, when no cut of a roadmap says it (`their_job_reading`).
#: The little words of `_AT_THEIR_JOB`, which hold no reading of their own ("for" of "for my job").
_THEIR_JOB_LINKS = frozenset({"at", "for", "in", "on", "my", "our", "current", "present", "day", "own"})
_THEIR_JOB_MEANT = Ref(key="background", name="the job you have, not a new one: what you learn is for using it there")


def their_job_reading(
    text: str, *, purpose: str, plain: Collection[str] = (), said: Collection[str] = ()
) -> Understood | None:
    """“at work”, “for my job” (`their_job_words`) as a reading listed with its Undo (`how` background: nothing to
    learn; undone, read as typed), for a job: what the finder and `generate` both say of them, unless a reading of
    the goal already holds them (`said`, the phrases of its undoable readings: a cut, “at work” → Python up to its
    Junior level, for your job; a curated phrase, "automate stuff at work"). `generate` dropped them unsaid when no
    roadmap was cut ("automate boring stuff at work"), where the finder said them."""
    their_job = their_job_words(text, plain) if purpose == "job" else None
    if their_job is None:
        return None
    inside = set(normalize(their_job).split()) - _THEIR_JOB_LINKS
    if any(inside & set(normalize(phrase).split()) for phrase in said):
        return None
    return Understood(said=their_job, means=[_THEIR_JOB_MEANT], how="background")


def junior_phases(roadmap: Roadmap) -> int | None:
    """How many of a skill roadmap's phases its Junior level takes, what using it in a job takes (as `read_scope` cuts
    "python for my job"); None for the whole roadmap (a role roadmap, or a Junior level at its end)."""
    upto = _junior(roadmap)
    return upto if not _job_ready(roadmap) and 0 < upto < len(roadmap.phases) else None


def job_roles(
    catalog: Catalog,
    text: str,
    roadmaps: Collection[str],
    *,
    purpose: str,
    plain: Collection[str] = (),
    fields: Collection[FieldJob] = (),
) -> list[tuple[str, str]]:
    """(skill slug, role slug) for each skill roadmap the goal names with a job word and a role that hires for it
    (`JOB_ROLES`, or in the field the goal names: `fields`, from `field_jobs`), unless the goal names a role itself,
    it is a hobby or the learner undid the job word.

    A role the goal names is the job, and a skill named beside it is part of that job, as `read_scope` cuts it: "become
    a devops engineer using python" added Backend Developer, the role that hires for Python alone, as a second job."""
    job = _job(text) if purpose != "hobby" else None
    if job is None or in_undone(normalize(job.group()), _undone(plain)) or _theirs(text, job):
        return []  # a job they have ("python for my job") already hires them: no second roadmap
    if _promotion(text, plain):
        return []  # so does a promotion in it ("get promoted to senior python developer")
    if any(_job_ready(catalog.roadmap(slug)) for slug in roadmaps):
        return []  # "a devops engineer using python": DevOps is the job
    out: list[tuple[str, str]] = []
    for slug in roadmaps:
        role = _field_role(slug, fields)
        if role is None:
            role = JOB_ROLES.get(slug, ("", None))[0]
        if not role or any(p.job_ready for p in catalog.roadmap(slug).phases):
            continue
        if role not in roadmaps and all(r != role for _, r in out):
            out.append((slug, role))
    return out


def without_framing(text: str) -> str:
    """The goal without the words that only frame a career goal (`_FRAMING`): what the interpreter reads. The
    scope is read from the goal as written."""
    return " ".join(_FRAMING.sub(" ", text).split())


def read_scope(
    catalog: Catalog,
    text: str,
    roadmaps: Collection[str],
    *,
    purpose: str,
    plain: Collection[str] = (),
    roles: dict[str, str] | None = None,
) -> list[Cut]:
    """The cuts the goal's words ask for, one per role roadmap the goal names (`roadmaps`, slugs), and per skill
    roadmap taken for a role's job (`roles`: skill slug -> role slug, from `job_roles`); none when the learner undid
    the words that asked for it (`plain`)."""
    undone = _undone(plain)
    if promotion := _promotion(text, plain):  # "get promoted to senior": from the job they have, not the first job
        promoted: list[Cut] = []
        for slug in roadmaps:  # a skill roadmap's job is its Junior level ("senior python developer")
            roadmap = catalog.roadmap(slug)
            ready = _job_ready(roadmap)
            start = ready or _junior(roadmap)
            if 0 < start < len(roadmap.phases):
                promoted.append(
                    Cut(
                        promotion,
                        slug,
                        len(roadmap.phases),
                        "promotion",
                        start=start,
                        junior=not ready,
                        corrected=promotion_respelt(promotion),
                    )
                )
        if promoted:
            return promoted
    # "learn python at work": the job they have, with no job word, read as "for my job" is (`their_job_words`)
    job = None
    if purpose != "hobby" and not _past_first_job(text, plain):
        job = _job(text) or _AT_THEIR_JOB.search(text)
    build = _BUILD.search(text) if _ONE_THING.search(text) else None
    cuts: list[Cut] = []
    said = job.group() if job and not in_undone(normalize(job.group()), undone) else None
    #: A role the goal names marks where its job starts: a skill named beside it ("a kubernetes engineer": DevOps
    #: Engineer) is part of that job, not cut at its own Junior level.
    role_named = bool(roles) or any(_job_ready(catalog.roadmap(slug)) for slug in roadmaps)
    for slug in roadmaps:
        roadmap = catalog.roadmap(slug)
        job_ready = _job_ready(roadmap)
        if said and job_ready and job_ready < len(roadmap.phases):
            cuts.append(Cut(said, slug, job_ready, "job"))
        elif said and slug in (roles or {}):
            cuts.append(Cut(said, slug, _junior(roadmap), "job", role=(roles or {})[slug]))
        elif said and not role_named and 0 < _junior(roadmap) < len(roadmap.phases):
            theirs = job is not None and _theirs(text, job)
            cuts.append(Cut(said, slug, _junior(roadmap), "job", junior=True, theirs=theirs))
        elif build and not in_undone(normalize(build.group()), undone):
            upto = _junior(roadmap)
            if 0 < upto < len(roadmap.phases):
                thing = one.group().lower().removesuffix("s") if (one := _ONE_THING.search(text)) else "app"
                cuts.append(Cut(build.group(), slug, upto, "build", "app" if thing == "application" else thing))
    return cuts


def _undone(plain: Collection[str]) -> set[str]:
    """The phrases the learner undid, as `undone.in_undone` compares them: a word of the scope's inside one, or one
    inside it, is not read ("senior" of an undone "get promoted to senior" no longer aims past a first job)."""
    return {normalize(p) for p in plain}


def _job_ready(roadmap: Roadmap) -> int | None:
    """The number of the roadmap's job-ready phase (`Phase.job_ready`; the last one: the whole roadmap), or None."""
    return next((n for n, p in enumerate(roadmap.phases, start=1) if p.job_ready), None)


def _promotion_slips(text: str) -> dict[str, str]:
    """The goal's misspellings of a promotion's words, each with the word it is read as ("promted": "promoted",
    "promtion": "promotion", "promotted": "promoted"), by the rule common goals read slips by."""
    slips: dict[str, str] = {}
    for typed in re.findall(r"[a-z]+", text.lower()):
        if typed in _NOT_PROMOTION or typed in ("promoted", "promotion"):
            continue
        meant = [w for w in ("promoted", "promotion") if spelt_as(typed, w, exact=False)]
        if meant:
            slips[typed] = meant[0]
    return slips


@functools.lru_cache(maxsize=64)
def _promotion_pattern(slips: tuple[str, ...]) -> re.Pattern[str]:
    """`_PROMOTION`, reading these misspellings as its words too."""
    if not slips:
        return _PROMOTION
    spelt = "|".join(re.escape(s) for s in slips)
    return re.compile(_PROMOTION.pattern.replace(_PROMOTED, f"(?:{_PROMOTED}|{spelt})"), re.IGNORECASE)


def _promotion_found(text: str) -> re.Match[str] | None:
    """The promotion's words in the text, misspelt or not (`_promotion_slips`)."""
    return _promotion_pattern(tuple(sorted(_promotion_slips(text)))).search(text)


def promotion_respelt(said: str) -> str | None:
    """A promotion's words as read when the learner misspelt one ("get promted to senior": "get promoted to
    senior"), said beside them as every spelling fix is; None when spelt right."""
    slips = _promotion_slips(said)
    if not slips:
        return None
    return re.sub(r"[A-Za-z]+", lambda m: slips.get(m.group().lower(), m.group()), said)


def _promotion(text: str, plain: Collection[str]) -> str | None:
    """The words of a promotion in the job the learner has ("get promoted to senior", misspelt too: "get promted to
    senior"), unless undone or a move to a role with no level ("promoted to engineering manager": a first job in it,
    `_JOB`)."""
    found = _promotion_found(text)
    if found is None or in_undone(normalize(found.group()), _undone(plain)):
        return None
    if re.match(r"\s+(?:in)?to\b", text[found.end() :], re.IGNORECASE):
        return None  # promoted to a role: the job to get
    return found.group()


def promotion_words(text: str, plain: Collection[str] = ()) -> str | None:
    """The words of a promotion in the job the learner has ("get promoted to senior" of "get promoted to senior backend
    engineer", "senior devops engineer promotion"), as `read_scope` reads them, unless undone: the finder reads them
    as the generator does, never as the manager's topic an alias names ("promoted": Career development)."""
    return _promotion(text, plain)


def promotion_goals(
    catalog: Catalog, text: str, roadmaps: Collection[str], plain: Collection[str] = ()
) -> dict[str, str]:
    """For a promotion that names no job ("how do i get promoted to senior dev"), the goal asking it in each of these
    roadmaps, by slug ("backend": "get promoted to senior as a Backend Developer"), where the promotion reads in it
    (`promotion_cut`): a choice among jobs keeps the promotion, as `generate` and the finder read it. The page
    linked each job's whole roadmap, from its first lesson, dropping what the learner asked."""
    said = _promotion(text, plain)
    if said is None:
        return {}
    goals: dict[str, str] = {}
    for slug in roadmaps:
        title = catalog.roadmap(slug).title
        goal = f"{said} as {_a(title)}"  # "an iOS Developer"
        if promotion_cut(catalog, goal, slug, plain) is not None:
            goals[slug] = goal
    return goals


def promotion_jobs(
    catalog: Catalog, text: str, fields: Collection[str] = (), plain: Collection[str] = ()
) -> dict[str, str]:
    """The jobs a promotion that names none is offered in, each with the goal asking the promotion in it
    (`promotion_goals`), for the generator and the finder alike: the role roadmaps of the fields the goal names ("get
    promoted as a mobile developer": Android Developer and iOS Developer), or else the jobs most developers hold
    (`goal_words.PROMOTION_JOBS`), a short list where naming another job is one word away. The generator refused
    "get promoted as a mobile developer" (a field, no roadmap) while the finder asked which mobile job, and for "i want
    to get promoted" it offered four jobs where the finder offered 25. Empty when the goal is no promotion."""
    if fields:
        roles = [r.slug for r in catalog.roadmaps if r.role and r.category.value in fields]
    else:
        roles = [slug for slug in PROMOTION_JOBS if catalog.has_roadmap(slug)]
    return promotion_goals(catalog, text, roles, plain)


def promotion_in_field_said(said: str, jobs: Collection[str]) -> str:
    """What a promotion in a field was read as, in one sentence for the generator's hint and the finder's message:
    "We read “get promoted” as a promotion, ... (Android Developer and iOS Developer): the job you are promoted in
    narrows it down." (`said` as typed, its slips said; `jobs` the field's jobs by title)."""
    respelt = promotion_respelt(said) or said
    slips = [f"“{a}” as “{b}”" for a, b in zip(said.split(), respelt.split(), strict=False) if a != b]
    fixed = f" ({', '.join(slips)})" if slips else ""  # "get promted": the slip, said
    return (
        f"We read “{said}”{fixed} as a promotion, the next level of the job you have, which the field names several "
        f"of ({and_list(list(jobs))}): the job you are promoted in narrows it down."
    )


def promotion_cut(catalog: Catalog, text: str, roadmap: str, plain: Collection[str] = ()) -> Cut | None:
    """The promotion the goal asks in one role roadmap (`read_scope`'s cut, kind "promotion"): its phases past the
    job-ready milestone (or a skill's Junior level), the job the learner has; None when the goal is no promotion,
    it was undone, or the roadmap has no such milestone to start from."""
    if _promotion(text, plain) is None:
        return None
    cuts = read_scope(catalog, text, [roadmap], purpose="job", plain=plain)
    return next((c for c in cuts if c.kind == "promotion"), None)


def promotion_uncut(
    catalog: Catalog, text: str, named: Collection[tuple[str, str]], cuts: Collection[Cut], plain: Collection[str] = ()
) -> Understood | None:
    """A promotion in a roadmap with no milestone to start it from, as one reading: "promotion to staff engineer" is
    Software Architect (its alias "staff engineer"), which starts at Mid level, so the whole roadmap, said with the
    promotion's words and the job's together ("“promotion to staff engineer” → Software Architect, the whole roadmap:
    it has no job-ready milestone to start a promotion from"). The generator said only "“staff engineer” → Software
    Architect", "promotion" dropped unsaid, and the finder said the two apart, sharing "staff". `named`: (the goal's
    words, roadmap slug) for each roadmap it names, first first; None when the goal is no promotion, it was undone,
    or a roadmap the goal names has the promotion's cut (`cuts`)."""
    said = _promotion(text, plain)
    found = _promotion_found(text)
    if said is None or found is None or any(c.kind == "promotion" for c in cuts) or not named:
        return None
    words, slug = next(iter(named))
    start, end = found.start(), found.end()
    at = text.lower().find(words.lower())
    # the job's words beside the promotion's, or sharing one ("staff"): one phrase, read as one
    if at >= 0 and at <= end + 1 and at + len(words) >= start - 1:
        start, end = min(start, at), max(end, at + len(words))
    phrase = text[start:end].strip()
    title = catalog.roadmap(slug).title
    whole = f"{title}, the whole roadmap: it has no job-ready milestone to start a promotion from"
    return Understood(
        said=phrase, means=[Ref(key=slug, name=whole)], how="milestone", corrected=promotion_respelt(phrase)
    )


@dataclass(frozen=True)
class PromotedIn:
    """The job a promotion is in, read from what the learner said they work as ("i'm a backend developer and want to
    get promoted"): their words for it and the roadmap it names."""

    said: str  # "backend developer"
    roadmap: str  # "backend"

    def names(self, said: str) -> bool:
        """Whether a reading's words are the job's ("frontend" of "frontend dev"): it is the job, read so."""
        return bool(normalize(said)) and set(normalize(said).split()) <= set(normalize(self.said).split())

    def reading(self, catalog: Catalog) -> Understood:
        """The job as a reading of the learner's words, undoable (`plain`): undone, the promotion names no job and
        asks which, as before."""
        title = catalog.roadmap(self.roadmap).title
        name = f"{title}: the job you have, which you are promoted in"
        return Understood(said=self.said, means=[Ref(key=self.roadmap, name=name)], how="synonym", confidence=0.85)

    def note(self, catalog: Catalog) -> str:
        """What was read, for the learner, with how to undo it."""
        title = catalog.roadmap(self.roadmap).title
        return (
            f"“{self.said}”: the job you said you have, so the promotion is in it ({title}); undo “{self.said}” to "
            "choose the job yourself."
        )


def promoted_in(catalog: Catalog, text: str, works_as: Collection[str], plain: Collection[str]) -> PromotedIn | None:
    """The job a promotion that names none is in ("want to get promoted" of "i'm a backend developer and want to get
    promoted"), from what the learner works as (`goal_known.GoalKnown.works_as`) when it names one roadmap; None when
    the goal is no promotion, the job names none or several ("web developer": Frontend or Full-Stack), or the learner
    undid it. It asked which job, though the learner had just said it."""
    if _promotion(text, plain) is None:
        return None
    undone = _undone(plain)
    for said in works_as:
        if in_undone(normalize(said), undone):
            continue
        slugs = {ref.key for meaning in interpret(catalog, said).meanings for ref in meaning.roadmaps}
        if len(slugs) == 1:
            return PromotedIn(said=said, roadmap=slugs.pop())
    return None


def promoted_from(
    catalog: Catalog, cuts: Collection[Cut], standing: Mapping[str, str] | None = None, done_on: Collection[str] = ()
) -> dict[str, str]:
    """Topic id -> why it is left out: the core skills of a promoted roadmap's phases up to its job-ready milestone,
    the job the learner is promoted from; never brought back as a prerequisite. `standing`: the topics learnt as
    another (a role on Azure, `counterparts.OnCloud.standing`), whose job is that other topic's; `done_on`: the own
    topics of the cloud the role is done on (Azure's fundamentals), which the job on that cloud has taught too."""
    left: dict[str, str] = {}
    for cut in cuts:
        roadmap = catalog.roadmap(cut.roadmap)
        upto = "Junior level" if cut.junior else "job-ready milestone"
        why = f"up to {roadmap.title}'s {upto}: the job you are promoted from (undo “{cut.said}” to include it)"
        for phase in roadmap.phases[: cut.start]:
            for topic_id in phase.core_skills:
                left.setdefault((standing or {}).get(topic_id, topic_id), why)
        if cut.start:
            left.update({t: why for t in done_on if t not in left})
    return left


def _junior(roadmap: Roadmap) -> int:
    """How many of the roadmap's phases are at Junior level or below: where a junior job's roadmap stops."""
    return sum(1 for p in roadmap.phases if p.level.rank <= _BUILD_LEVEL.rank)


def uncut(
    catalog: Catalog, text: str, roadmaps: Collection[str], cuts: list[Cut], *, purpose: str, plain: Collection[str]
) -> list[str]:
    """What a job goal's words could not cut, said rather than silently giving everything: a roadmap the goal names
    with a job word that has neither a job-ready milestone nor a Junior level to stop at (Software Architect starts
    at Mid level)."""
    job = _job(text) if purpose != "hobby" and not _past_first_job(text, plain) else None
    if job is None or in_undone(normalize(job.group()), _undone(plain)) or any(c.kind == "job" for c in cuts):
        return []
    done = {c.roadmap for c in cuts}
    return [
        f"“{job.group()}”: {catalog.roadmap(slug).title} has no job-ready milestone, nor a Junior level to stop at "
        "for a first job, so this is the whole roadmap."
        for slug in roadmaps
        if slug not in done and not _job_ready(catalog.roadmap(slug))  # job-ready at its end: the whole is the job
    ]


def past_first_job_words(text: str, plain: Collection[str] = ()) -> str | None:
    """The words of `text` that aim past a first job ("senior" of "i'm a junior dev and want to be senior"), as
    `aimed_past_first_job` reads them, whatever roadmap the goal names (the finder: a goal that names none)."""
    return _past_first_job(text, plain)


def _past_first_job(text: str, plain: Collection[str]) -> str | None:
    """The words of the goal that aim past a first job ("senior"), unless the learner undid them."""
    undone = _undone(plain)
    for found in _PAST_FIRST_JOB.finditer(text):
        if not _NOW.search(text[: found.start()]) and not in_undone(normalize(found.group()), undone):
            return found.group()
    return None


def aimed_past_first_job(
    catalog: Catalog, text: str, roadmaps: Collection[str], plain: Collection[str], *, cuts: Collection[Cut] = ()
) -> list[Understood]:
    """The reading of words that aim past a first job ("become a senior backend engineer"), for each role roadmap the
    goal names that a job word would have cut at its job-ready milestone: the whole roadmap, said, and undoable (the
    goal is then read as a first job's). Without it, "senior" was not understood and the roadmap stopped at a junior's
    first job. None for a promotion to that level (`cuts`: "get promoted to senior" reads it with the promotion)."""
    said = _past_first_job(text, plain)
    if said is None or any(c.kind == "promotion" for c in cuts):
        return []
    whole = [catalog.roadmap(slug) for slug in roadmaps]
    return [
        Understood(
            said=said,
            means=[Ref(key=r.slug, name=f"{r.title}, the whole roadmap, its senior preparation included")],
            how="milestone",
        )
        for r in whole
        if (ready := _job_ready(r)) is not None and ready < len(r.phases)
    ]


def beyond_cuts(
    catalog: Catalog, cuts: list[Cut], asked: Collection[str], standing: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Topic id -> why it is left out: the core skills of a cut roadmap after its milestone (unless asked for
    another reason), each learnt as the topic `standing` puts in its place if any (`promoted_from`); a small goal
    never grows back into them."""
    left: dict[str, str] = {}
    in_place = standing or {}
    for cut in cuts:
        roadmap = catalog.roadmap(cut.roadmap)
        after = "after the job-ready milestone" if cut.kind == "job" else f"beyond building your first {cut.thing}"
        if cut.junior:
            after = "after the Junior level"
        for phase in roadmap.phases[cut.phases :]:
            for topic_id in (in_place.get(t, t) for t in phase.core_skills):
                if topic_id not in asked:
                    left.setdefault(topic_id, f"{after} of {roadmap.title} (undo “{cut.said}” to include it)")
    return left


def scope_reading(catalog: Catalog, cut: Cut) -> Understood:
    """The cut as a reading of the learner's words, undoable like any curated reading."""
    roadmap = catalog.roadmap(cut.roadmap)
    upto = "the job-ready milestone" if cut.kind == "job" else f"your first {cut.thing}"
    if cut.role:
        upto = f"Junior, for {_a(catalog.roadmap(cut.role).title)} job"
    elif cut.junior:
        upto = "its Junior level, for your job" if cut.theirs else "its Junior level, for a first job"
    name = f"{roadmap.title} up to {upto} (phases 1–{cut.phases} of {len(roadmap.phases)})"
    if cut.kind == "promotion":
        past = "its Junior level" if cut.junior else "its job-ready milestone"
        name = (
            f"{roadmap.title} past {past}, from the job you have (phases {cut.start + 1}–{cut.phases} of "
            f"{len(roadmap.phases)})"
        )
    return Understood(said=cut.said, means=[Ref(key=roadmap.slug, name=name)], how="milestone", corrected=cut.corrected)


def scope_out(
    catalog: Catalog, cut: Cut, skipped: dict[str, str], standing: Mapping[str, str] | None = None
) -> ScopeOut:
    """The cut for the learner: what the milestone is, what comes after it and how to include it (`standing`: the
    topics learnt as another, as in `promoted_from`)."""
    roadmap = catalog.roadmap(cut.roadmap)
    rest = roadmap.phases[cut.phases :]
    ids = {t: (standing or {}).get(t, t) for p in roadmap.phases for t in p.core_skills}
    left = [ids[t] for p in rest for t in p.core_skills if skipped.get(ids[t], "").startswith(("after", "beyond"))]
    if cut.kind == "promotion":  # what is left out comes before: the job the learner has
        before = roadmap.phases[: cut.start]
        left = [ids[t] for p in before for t in p.core_skills if skipped.get(ids[t], "").startswith("up to")]
    hours = sum(catalog.topic(t).effort_hours for t in dict.fromkeys(left))
    titles = ", ".join(p.title for p in rest)
    last = roadmap.phases[cut.phases - 1]
    if cut.kind == "promotion":
        ready = roadmap.phases[cut.start - 1]
        upto = "its Junior level" if cut.junior else "the job-ready milestone"
        message = (
            f"A promotion from the job you have: {roadmap.title}'s phases {cut.start + 1}–{cut.phases} of "
            f"{len(roadmap.phases)}, from {roadmap.phases[cut.start].title} to {last.title}, what comes after the "
            f"first role. Phases 1–{cut.start}, up to {upto} ({ready.title}; {hours:g} h), are the job you are "
            f"promoted from: left out; undo “{cut.said}” to include them."
        )
    elif cut.role:
        role = catalog.roadmap(cut.role)
        topic = stands_for(cut.roadmap, cut.role)
        # a job in a field the goal names is said with its reading (`FieldJob.note`)
        most_often = JOB_ROLES.get(cut.roadmap, ("", None))[0] == cut.role
        message = (
            (
                f"A junior {roadmap.title} job is most often {_a(role.title)} job"
                if most_often
                else f"{_a(role.title, capital=True)} job with {roadmap.title}"
            )
            + f", and {roadmap.title} has no job-ready "
            f"milestone of its own: {roadmap.title}'s phases 1–{cut.phases} of {len(roadmap.phases)}, up to "
            f"{last.title}, then {role.title} up to its job-ready milestone"
            + (f", with {roadmap.title} as its {_bare(catalog.topic(topic).name)}" if topic else "")
            + f". The rest of {roadmap.title} ({titles}; {hours:g} h) is left out; undo “{cut.said}” for the whole "
            f"{roadmap.title} roadmap."
        )
    elif cut.theirs:
        message = (
            f"For your job: {roadmap.title} up to its Junior level, what using it at work takes, {roadmap.title}'s "
            f"phases 1–{cut.phases} of {len(roadmap.phases)}, ending with {last.title}. The rest ({titles}; "
            f"{hours:g} h) is left out; undo “{cut.said}” for the whole {roadmap.title} roadmap."
        )
    elif cut.junior:
        message = (
            f"{roadmap.title} has no job-ready milestone of its own, and no role roadmap in the catalog is the job "
            f"that hires for it: taken up to its Junior level, where a first job starts, {roadmap.title}'s phases "
            f"1–{cut.phases} of {len(roadmap.phases)}, ending with {last.title}. The rest ({titles}; {hours:g} h) is "
            f"left out; undo “{cut.said}” for the whole {roadmap.title} roadmap."
        )
    elif cut.kind == "job":
        message = (
            f"Up to the job-ready milestone: {roadmap.title}'s phases 1–{cut.phases} of {len(roadmap.phases)}, "
            f"ending with {last.title}"
            + (f" (by then: {last.job_ready_note.rstrip('.')})" if last.job_ready_note else "")
            + f". What comes after your first role ({titles}; {hours:g} h) is left out; "
            f"undo “{cut.said}” to include it."
        )
    else:
        message = (
            f"One {cut.thing}, not the whole roadmap: {roadmap.title}'s phases 1–{cut.phases} of "
            f"{len(roadmap.phases)}, up to {last.title}. The rest ({titles}; {hours:g} h) is what a professional adds; "
            f"undo “{cut.said}” to include it."
        )
    return ScopeOut(
        roadmap=roadmap.slug,
        title=roadmap.title,
        said=cut.said,
        kind=cut.kind,
        phases=cut.phases - cut.start,
        of=len(roadmap.phases),
        left_out_hours=hours,
        message=message,
    )


def _bare(name: str) -> str:
    """A topic's name inside a sentence: "A backend programming language" is "backend programming language"."""
    return re.sub(r"^(?:a|an|the)\s+", "", name, flags=re.IGNORECASE).lower()


def _a(title: str, *, capital: bool = False) -> str:
    """A title with its article: "a Data Analyst", "an Android Developer", "an iOS Developer" ("An ..." to start a
    sentence: `capital`; the title as written, never lowercased)."""
    article = "an" if title[:1].upper() in "AEIOU" else "a"
    return f"{article.capitalize() if capital else article} {title}"
