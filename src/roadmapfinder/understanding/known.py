"""What the learner knows, read from their words: topics with the phrase that made each known.

A bare name means that topic, or a roadmap's entry topics (its first phase's core skills): knowing "Linux" is
knowing Linux and the command line, never the whole Linux roadmap, and knowing "Python" never makes SQL or Docker
known. Finishing a whole roadmap is a separate, explicit input (`finished_roadmaps`). A field word ("web") is too
broad to know and is reported as not understood, like any phrase the catalog has no name for.

A hedged subject ("a bit of python", "some react tutorials": understanding/hedges.py) is known only when it reads
as a foundation topic, one that builds on no other (Python basics, Spreadsheets, Git): a bit of it is its basics,
unless the learner says they struggle with it ("weak in sql", "bad at javascript": `hedges.struggles`), which is
never knowing it.
A topic that builds on others (React, Docker, Kubernetes) is *started*: not known, so a plan keeps it and a
generated roadmap teaches it, and every surface says so; the learner who does know it writes its name without the
hedge. A denied subject ("i don't know python", "never used docker", "no experience with react") is neither known nor
started (`Understood.denied`), and is said so. A part saying the learner knows nothing yet ("nothing", "none yet",
"n/a") is an answer: no topic, and never a word reported as not understood.

Years of a language ("3 years as a java developer", "i've been coding in java for 3 years", "php for 4 years") are more
than its basics: the language's roadmap up to Junior, its phases that take a beginner there, in what builds on the
language itself (Java's foundations, Maven, generics, JUnit; never PHP's HTML or SQL basics), with the concepts those
phases teach in the language as every language does (Object-oriented programming and Software testing fundamentals
for Java: a Java developer writes classes and unit tests every day): someone who has used it for years is at least a
junior in it (`_years_of`). Not its tooling beside (Git, the command line, a debugger): a Java team may keep its code
in Subversion or Perforce and never leave the IDE, so the learner who knows Git says so. Working as a developer in the
language says the same without how long ("java developer wanting spring", "i'm a python programmer"): they do it for
a living. Years of a practice the catalog names as a topic that one roadmap alone teaches are that roadmap up to Junior
in what builds on it, the same way: "6 years of manual testing" (Quality assurance fundamentals, QA Engineer's) is
also test design, exploratory testing, bug reporting and test planning (writing test cases), what a manual tester does
daily, never the automated testing of Software testing fundamentals nor the agile teamwork a tester may not have had.
Months of it, or a subject named without how long, stay its entry topics.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Level, Phase, Roadmap
from roadmapfinder.errors import UnknownNames
from roadmapfinder.search.text import words
from roadmapfinder.understanding.courses import courses_named
from roadmapfinder.understanding.hedges import EXCEPT, denials, hedges, struggles
from roadmapfinder.understanding.interpret import DURATION, Meaning, Ref, interpret
from roadmapfinder.understanding.lexicon import FILLER, LANGUAGE_STACKS


def undo_places(readings: list[Understood]) -> dict[str, int]:
    """Each phrase the learner may undo, in the order first read, with the place of its last reading: a phrase read
    for two roadmaps ("want to be" a web developer) is one reading to undo, offered once, after its last line."""
    return {u.said: place for place, u in enumerate(readings) if u.undoable}


class Understood(BaseModel):
    """One phrase the learner wrote and the names it was read as ("linux" → Linux and the command line)."""

    said: str = Field(description="the learner's words, as written")
    means: list[Ref] = Field(
        min_length=1,
        description="the topics (or roadmaps) it was read as; never none. Only for `how` `deadline`, `pace`, "
        "`background`, `studied`, `struggles` and `feels` its entries name no topic or roadmap (a date, a number, "
        "`background`, `studied`): `name` says what",
    )
    how: str = Field(
        description="name, alias, spelling, synonym, compound or field; in a generated roadmap's goal also "
        "`deadline` (a time frame: `means` holds its date and weeks), `pace` (the hours a week the goal states, “5 "
        "hours a week”, “an hour a day”: `means` holds the number), `milestone` (a career roadmap taken up to "
        "its job-ready phase, or to a first app), `known` (a clause of the goal saying what the learner knows, "
        "“i know a bit of python”: `means` holds the topics it makes known, or only started, or, `denied`, what it "
        "says they do not know, “i don't know python”) or `background` (where the learner comes from, “switch from "
        "qa to devops”, “i'm a teacher”, or the hours of their job, “while working full time”, never a pace: `means` "
        "holds one entry, key `background`, nothing to learn; send the "
        "words in `plain` to read them as something to learn) or `studied` (how the learner studies, “with ai” of "
        "“learn python with ai”: `means` holds one entry, key `studied`, nothing to learn; send the words in "
        "`plain` to read them as part of what to learn) or `employer` (where the learner wants to work, “stripe” of “i "
        "have an interview with stripe”: `means` holds one entry, key `employer`, nothing to learn; send the words in "
        "`plain` to read them as typed) or `struggles` (maths the learner finds hard, “i'm bad at "
        "math”, or what the goal asks for, pointed back at, “i'm pretty bad at it” of “sql, i'm pretty bad at it”: "
        "`means` holds one entry, key `struggles`, nothing to learn of its own and nothing known; for maths a note "
        "says which of the roadmap's topics teach maths; send the words in `plain` to read them as typed) or `feels` "
        "(how the learner feels about a subject, “i hate yaml” of “devops but i hate yaml”, “math scares me”, “css is "
        "boring”: `means` holds one entry, key `feels`, nothing to learn of its own and nothing known, whose `name` "
        "says what it is about, what they feel and whether the roadmap uses it: “JSON and YAML, which you'd rather "
        "avoid: DevOps Engineer uses it, so it stays”; send the words in `plain` to read them as typed) or "
        "`without` (a clause saying to do without a framework, “without react” of “frontend without react”, “i hate "
        "react” of “i hate react but want to do frontend”, left out of the roadmap: one reading, `means` holds one "
        "entry, key the roadmap of the framework in its place or `left-out` when none is, whose `name` says what "
        "they feel and what was made of it, “React, which you'd rather avoid: left out of Frontend Developer as you "
        "asked; Vue.js in its place”; send the words in `plain` to keep the framework) or `kept` (such a clause "
        "sent in `plain`: the framework kept, as asked, “React, which you'd rather avoid: Frontend Developer uses "
        "it, kept as you asked”; nothing more to undo) or `stays` (such a clause about a framework the roadmap is "
        "built on, “without react” of “react native without react”: kept, since the roadmap is written in it, “React, "
        "which you'd rather avoid: React Native is built on it, so it stays”; nothing was changed, so nothing to "
        "undo) or "
        "`stack` (a language named with a role, “python” of “python backend”: `means` holds one entry, key the "
        "stack, “in Python”; send the words in `plain` to learn the language as a roadmap of its own) or `days` "
        "(the days the goal says the learner studies on, “only on weekends”: `means` holds one entry, its key the days "
        "as a plan takes them, “sat,sun”; send the words in `plain` to read them as typed)"
    )
    corrected: str | None = None
    confidence: float = Field(default=1.0, description="how sure the reading is, from 0 to 1")
    started: bool = Field(
        default=False,
        description="the learner only started these topics (`hedge`): they are not counted as known",
    )
    hedge: str = Field(
        default="", description="the learner's words that hedged it (“some … tutorials”) or denied it, if any"
    )
    denied: bool = Field(
        default=False,
        description="the learner said they do not know these topics (`hedge`: “never used”): neither known nor "
        "started, and in a goal not what they asked for either",
    )

    @property
    def undoable(self) -> bool:
        """Whether the reading says more than the words as typed (a curated phrase, a common goal, a spelling fix, a
        deadline, a milestone, what the goal says the learner knows), so the learner may undo it: `plain` in
        `interpret` and `generate_roadmap`."""
        return (
            self.how
            in (
                "synonym",
                "spelling",
                "compound",
                "deadline",
                "pace",
                "milestone",
                "known",
                "background",
                "studied",
                "employer",
                "struggles",
                "feels",
                "without",
                "stack",
                "days",
            )
            or self.corrected is not None
        )

    @property
    def counts_as_known(self) -> bool:
        """Whether what the learner said counts these topics as known: not when they only started them or said they
        do not know them."""
        return not (self.started or self.denied)

    @property
    def line(self) -> str:
        """The phrase and its meaning as one line for people: “linux” → Linux and the command line. A started topic
        says so, and how to say it is known: “react” → React: you started it (you said “some … tutorials”), so it is
        not counted as known; write “react” alone if you know it. What the goal says the learner knows says so too:
        “i know a bit of python” → what you know: Python basics. A denied topic says that it is not counted, and in a
        goal that it is not what the learner asked for either."""
        names = ", ".join(r.name for r in self.means)
        if self.how == "known":  # said in the goal: "i know a bit of python and ..."
            if self.denied:
                return f"“{self.said}” → what you do not know yet: {names} (not counted as known, nor read as a goal)"
            if self.started:
                return (
                    f"“{self.said}” → you started {names} (you said “{self.hedge}”), so it is not counted as known; "
                    f"write it without “{self.hedge}” if you know it"
                )
            return f"“{self.said}” → what you know: {names}"
        line = f"“{self.said}” → {names}"
        if self.denied:
            return f"{line}: you said “{self.hedge}”, so it is not counted as known"
        if self.started:
            line += (
                f": you started it (you said “{self.hedge}”), so it is not counted as known; "
                f"write “{self.said}” alone if you know it"
            )
        return line


class KnownReading(BaseModel):
    """Topics the learner knows (id → the words that said so), each phrase's reading, and what was not placed."""

    topics: dict[str, str] = Field(default_factory=dict, description="topic id -> the learner's words")
    started: dict[str, str] = Field(
        default_factory=dict, description="topic id -> the learner's words, for topics they only started (not known)"
    )
    understood: list[Understood] = Field(default_factory=list)
    not_understood: list[str] = Field(default_factory=list)
    finished: dict[str, str] = Field(
        default_factory=dict,
        description="roadmap slug -> the learner's words, for roadmaps they said they finished as a whole (“i "
        "finished the python roadmap”): every topic of each is in `topics`, and a plan leaves its projects out too, "
        "as for the roadmaps of `finished`",
    )


def known_from(catalog: Catalog, texts: Iterable[str], *, plain: Collection[str] = ()) -> KnownReading:
    """Read "what I know" entries (each a name, an id or a sentence) into known topics; never refuses a word.

    A retired topic id stands for the topics that replaced it (saved plans may hold one). `plain` lists phrases whose
    reading the learner undid ("pyhton" is not Python): read as typed, as `interpret` reads them, so an undone
    spelling fix names nothing and is said not understood.
    """
    reading = KnownReading()
    for text in map(_without_none_said, texts):
        whole, text = _whole_roadmaps(catalog, text)  # "i finished the python roadmap": all of it
        for understood, topics in whole:
            reading.understood.append(understood)
            reading.finished.setdefault(understood.means[0].key, understood.said)
            for topic_id in topics:
                reading.topics.setdefault(topic_id, understood.said)
                reading.started.pop(topic_id, None)
        text = _courses(catalog, text, reading)  # "i did the odin project foundations": what the course teaches
        exact = text.strip().lower()
        if not exact:
            continue
        if catalog.has_topic(exact):
            _add(reading, Understood(said=text.strip(), means=[_topic_ref(catalog, exact)], how="name"))
            continue
        if (replaced_by := catalog.replacements(exact)) is not None:
            means = [_topic_ref(catalog, t) for t in replaced_by]
            _add(reading, Understood(said=text.strip(), means=means, how="name"))
            continue
        interpretation = interpret(catalog, text, plain=plain)
        interpretation.meanings = [
            m for m in interpretation.meanings if not set(words(m.said)) <= _LEARNT_ON and not _EXCEPT.fullmatch(m.said)
        ]
        reading.not_understood += _everything(text)  # "everything except docker": no topic, said so
        said = [m.said for m in interpretation.meanings]
        hedged, denied = hedges(text, said), denials(text, said)
        marks = [piece for mark in (*hedged, *denied) for piece in mark.split(" … ")]  # "sql, used it a few times"
        reading.not_understood += _unread_parts(catalog, text, [*said, *interpretation.not_understood, *marks])
        marking = {w for mark in (*hedged, *denied) for w in words(mark)}  # "don't" of "i don't know python": read
        marking |= _HOW_KNOWN | _LEARNT_ON
        reading.not_understood += [w for w in interpretation.not_understood if not words(w) or set(words(w)) - marking]
        for meaning, hedge, denial in zip(interpretation.meanings, hedged, denied, strict=True):
            refs = [] if meaning.background else _known_refs(catalog, meaning)  # "i've studied accounting"
            if refs and (_for_years(text, meaning.said) or _works_in(text, meaning.said)):
                refs = _years_of(catalog, meaning, refs, job=not _for_years(text, meaning.said))  # "3 years as a
                # java developer", "java developer wanting spring": more than Java basics
            if not refs:
                reading.not_understood.append(meaning.said)
                continue
            if denial:  # "i don't know python": said with what it names, never known nor started
                reading.understood.append(
                    Understood(
                        said=meaning.said,
                        means=meaning.refs,  # what it names: "redux" is the topic, not React that lists it
                        how=meaning.how,
                        corrected=meaning.corrected,
                        confidence=meaning.confidence,
                        hedge=denial,
                        denied=True,
                    )
                )
                continue
            started = [r for r in refs if hedge and (struggles(hedge) or catalog.topic(r.key).prerequisites)]
            known = [r for r in refs if r not in started]
            for means, only_started in ((known, False), (started, True)):
                if means:
                    understood = Understood(
                        said=meaning.said,
                        means=means,
                        how=meaning.how,
                        corrected=meaning.corrected,
                        confidence=meaning.confidence,
                        started=only_started,
                        hedge=hedge,
                    )
                    _add(reading, understood)
    reading.not_understood = list(dict.fromkeys(reading.not_understood))
    return reading


#: Words saying how, where, when or how well the learner came to know a subject ("learned python at uni", "strong
#: sql skills", "a junior frontend dev", "i finished ...", "python yes", "years ago"): read with it, never a subject,
#: so never reported as not understood beside the subject they qualify (the site looked as if it had not followed
#: the plainest sentence).
_HOW_KNOWN = frozenset(
    words(
        "learned learnt studied finished completed took passed watched built made wrote currently daily fluent strong "
        "skills skill class classes exam exams certified uni junior senior mid midlevel lead yes ago while forgot "
        "forgotten ive im id cant dont languages tools frameworks libraries technologies job career role self taught "
        "selftaught bootcamp"
    )
)
#: A part of "what I know" saying the learner knows none of it yet: "nothing", "none", "n/a", "nothing yet", "not
#: much really". An answer, not a subject the catalog lacks: reporting "nothing" as not understood tells a beginner
#: the site did not follow the plainest answer there is.
_NONE_SAID = re.compile(
    r"^\s*(?:i\s+know\s+|i\s+have\s+)?(?:basically\s+|really\s+|almost\s+|pretty\s+much\s+)?"
    r"(?:nothing|none|nada|zilch|zero|nope|no|n/?a|idk|not\s+(?:much|really|a\s+lot|anything))"
    r"(?:\s+(?:else|yet|really|at\s+all|so\s+far|honestly|of\s+(?:it|them|these|those|the\s+above)))*\s*[.!]*\s*$",
    re.IGNORECASE,
)
#: The words that leave a subject out of what the learner knows ("except" of "everything except docker", which a
#: denial reads, `hedges.EXCEPT`): never a subject of their own, as Python's "except" of error handling is elsewhere.
_EXCEPT = re.compile(EXCEPT, re.IGNORECASE)
#: A part of "what I know" that claims all of it ("everything", "all of it", "everything except docker"): it names no
#: topic, and taking it at its word would mark the whole catalog known; it is said not understood.
_EVERYTHING = re.compile(
    r"^\s*(?:i\s+(?:know|can\s+do)\s+)?(?:basically\s+|pretty\s+much\s+|almost\s+|just\s+about\s+)?"
    rf"(?P<said>everything|all(?:\s+of\s+(?:it|them))?|anything)\s*(?:$|(?=(?:else\s+)?(?:{EXCEPT}|but)\b))",
    re.IGNORECASE,
)


def _everything(text: str) -> list[str]:
    """The learner's words claiming they know everything, once per part of `text` that says so ("everything", "all
    of it", "everything except docker"), as typed: the catalog has no topic named so, and a whole catalog known is
    never a reading to guess (the subject after "except" is read as not known, `hedges.EXCEPT`). It was left unsaid:
    "everything" counted nothing and said nothing, and "everything except docker" counted Docker known."""
    return [m.group("said") for part in _UNREAD_PARTS.split(text) if (m := _EVERYTHING.match(part.strip(" ,;.")))]


#: How long the learner has worked at or with something, in years ("5 years", "10+ yrs", "a few years"): experience,
#: read with what it qualifies, never a deadline or a pace (goal_known.py reads such phrases apart from the goal).
YEARS = (
    r"(?:\d+\+?|a\s+few|a\s+couple(?:\s+of)?|several|many|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)"
    r"\s*(?:years?|yrs?)(?![\w'’])"
)
_YEARS = re.compile(rf"(?<![\w.]){YEARS}", re.IGNORECASE)


def _for_years(text: str, said: str) -> bool:
    """Whether the part of `text` (between commas, semicolons and full stops) that holds `said` says it was used for
    years: "java" of "3 years as a java developer", not of "java for 3 months"; brackets are part of what they follow
    ("python (self taught, 2 years)")."""
    text = _BRACKETS.sub(lambda bracket: bracket.group().replace(",", " ").replace(";", " "), text)
    return any(said.lower() in part.lower() and _YEARS.search(part) is not None for part in _UNREAD_PARTS.split(text))


#: Words in brackets, said of what stands before them: "(self taught, 2 years)".
_BRACKETS = re.compile(r"\([^()]*\)")


def _works_in(text: str, said: str) -> bool:
    """Whether the part of `text` that holds `said` says the learner works in it as a developer ("java developer",
    "java dev", "python programmer"): `said` ends with such a word or is followed by one."""
    job = r"\s+(?:developer|dev|engineer|programmer|coder)s?"
    if set(words(said)) & _JOB_WORDS:
        return True
    pattern = re.compile(rf"(?<!\w){re.escape(said)}{job}(?!\w)", re.IGNORECASE)
    return any(pattern.search(part) for part in _UNREAD_PARTS.split(text))


#: Words that say the learner works in a language as a developer ("java developer", "python programmer").
_JOB_WORDS = frozenset(words("developer developers dev devs engineer engineers programmer programmers coder coders"))


def _years_of(catalog: Catalog, meaning: Meaning, refs: list[Ref], *, job: bool = False) -> list[Ref]:
    """What years of the subject `meaning` names make known (module docstring): the topics of its roadmap
    (`_own_roadmap`) in its phases below Junior that build on what the phrase alone makes known (`refs`), in the
    roadmap's order, and for a language the concepts those phases teach in it (`_concepts`), with `refs`; `refs` alone
    for a subject without a roadmap of its own ("linux sysadmin" stays Linux system administration, which many
    roadmaps teach). `job`: said as what the learner works as, without how long, which only a language's developer
    says ("java developer")."""
    roadmap = _own_roadmap(catalog, meaning, refs)
    language = roadmap is not None and roadmap.slug in LANGUAGE_STACKS
    if roadmap is None or (job and not language):
        return refs
    basics = {r.key for r in refs}
    phases = [p for p in roadmap.phases if p.level.rank < Level.JUNIOR.rank]
    grown = [t for p in phases for t in p.core_skills if basics & set(catalog.with_prerequisites([t]))]
    concepts = _concepts(catalog, phases, LANGUAGE_STACKS[roadmap.slug]) if language else []
    found = [*(_topic_ref(catalog, t) for t in [*grown, *concepts]), *refs]
    return list({r.key: r for r in found}.values())


def _own_roadmap(catalog: Catalog, meaning: Meaning, refs: list[Ref]) -> Roadmap | None:
    """The roadmap years of a phrase are spent in: the one language it names ("java developer": Java; "golang": Go
    basics, which the Go roadmap alone teaches), else the one roadmap that alone teaches what it names ("manual
    testing": Quality assurance fundamentals, QA Engineer's); None for a roadmap named alone that is no language, or
    topics many roadmaps teach."""
    languages = [r.key for r in meaning.roadmaps if r.key in LANGUAGE_STACKS]
    if len(languages) == 1:
        return catalog.roadmap(languages[0])
    if not meaning.topics:  # a roadmap's name alone ("linux"): its entry topics, never more
        return None
    owners = {use.roadmap.slug for r in refs for use in catalog.uses_of(r.key)}
    return catalog.roadmap(owners.pop()) if len(owners) == 1 else None


def _concepts(catalog: Catalog, phases: Iterable[Phase], stack: str) -> list[str]:
    """The concepts `phases` of a language's roadmap teach in that language as in most others: their topics written
    for its stack and for at least half of the languages (Object-oriented programming, Software testing fundamentals),
    never a tool of one ecosystem (Gradle, written for the JVM's two) nor tooling written for none (Git)."""
    stacks = set(LANGUAGE_STACKS.values())
    found = []
    for phase in phases:
        for topic_id in phase.topic_ids:
            written = {v.stack for v in catalog.topic(topic_id).variants}
            if stack in written and 2 * len(written & stacks) >= len(stacks):
                found.append(topic_id)
    return found


#: Where "what I know" divides into parts: commas, semicolons, full stops.
_PARTS = re.compile(r"(?<=[,;.])")


def _without_none_said(text: str) -> str:
    """The text without its parts that say the learner knows nothing ("total beginner, nothing": "total beginner,")."""
    return "".join(part for part in _PARTS.split(text) if not _NONE_SAID.match(part.rstrip(",;")))


#: Where `_unread_parts` divides "what I know": commas, semicolons, and full stops that end a sentence (never the
#: dot of "node.js").
_UNREAD_PARTS = re.compile(r"(?<=[,;])|(?<=\.)(?=\s|$)")
#: Where learners learn ("learned python from youtube", "a udemy course on react", "the freecodecamp html course"):
#: how a subject was learnt, never one (the catalog's "youtube" is making videos, which "i watched some youtube
#: videos on docker" made started), and never reported as not understood beside the subject.
_LEARNT_ON = frozenset(words("youtube udemy coursera freecodecamp codecademy edx pluralsight khan academy w3schools"))
#: Words that end a list without naming anything: "python, etc", "python and more".
_LIST_TAIL = frozenset(words("etc stuff things thing more others everything anything something lots"))


def _unread_parts(catalog: Catalog, text: str, read: list[str]) -> list[str]:
    """The parts of `text` (between commas, semicolons and full stops) in which nothing was read nor reported, in the
    learner's words: "r" of "python, r", "coding", "cs degree". The interpreter drops words that name nothing alone
    (filler such as "coding", a one-letter "r", "c" without a name beside it), so such a part was neither known nor
    said to be not understood, as if the learner had not written it. Not a part with nothing to read ("etc", "and
    more", "junior", how long: "3 years"), nor one of learner talk alone ("coding", "some programming": too general
    to be a topic, and a goal's "i know coding" is left to the goal reader), nor one saying where the learner starts
    ("total beginner")."""
    found = []
    for part in _UNREAD_PARTS.split(text):
        if any(re.search(rf"(?<!\w){re.escape(r)}(?!\w)", part, re.IGNORECASE) for r in read if r.strip()):
            continue
        # how long they have known it ("vue, 3 years") says how well, as "learned at uni" says where
        if not set(words(DURATION.sub(" ", part))) - _HOW_KNOWN - _LEARNT_ON - _LIST_TAIL - FILLER:
            continue
        alone = interpret(catalog, part)
        if alone.starting or alone.meanings:  # "DRF" beside "Django": read, as the same thing (interpret's `_merge`)
            continue
        found.append(" ".join(part.split()).strip(" ,;."))
    return found


def finished_roadmaps(catalog: Catalog, names: Iterable[str]) -> list[Roadmap]:
    """The roadmaps a learner says they finished, each by its slug, title or an alias as they type it (the command
    line's resolver, `Catalog.roadmap_named`: "Backend Developer", "backend developer", "C++"), or by a roadmap's
    name with words around it that say nothing more ("the backend roadmap", "backend dev": `_one_roadmap_read`);
    `UnknownNames` naming those not found, with the closest roadmaps to choose from.

    Finishing is explicit, so a guess is never taken: a name must mean exactly one roadmap, and a near miss
    ("bakend", "Backend Develper") is a "did you mean", never read as the roadmap it is close to.
    """
    found: list[Roadmap] = []
    unknown: list[str] = []
    suggestions: list[str] = []
    for name in names:
        if slug := catalog.roadmap_named(name):
            found.append(catalog.roadmap(slug))
            continue
        if slug := _one_roadmap_read(catalog, name):
            found.append(catalog.roadmap(slug))
        else:
            unknown.append(f"`{name}`")
            suggestions += catalog.roadmap_names().closest(name)
    if unknown:
        close = list(dict.fromkeys(suggestions))
        raise UnknownNames(
            f"no roadmap named {', '.join(unknown)} in finished",
            kind="roadmap",
            suggestions=close,
            hint=catalog.did_you_mean(close, "roadmap")
            or "name each finished roadmap by its title, as `roadmapfinder list` shows it",
            field="finished",
        )
    return list({r.slug: r for r in found}.values())


def _one_roadmap_read(catalog: Catalog, name: str) -> str | None:
    """The one roadmap `name` names with only words around it that say nothing more, as typed: the goal reader's
    roadmap names (`interpret`, how "name" or "alias") and the filler of `lexicon.FILLER` ("backend dev", "the
    python roadmap"), which plans saved with such names rely on; None for anything else. Only whole readings count:
    a misspelt word ("Backend Develper", read as the filler "developer"), a word not understood or a spelling fix
    ("frontend bakend") leaves the name unread, where the reader's first roadmap was taken and the rest dropped."""
    reading = interpret(catalog, name)
    named = [m for m in reading.meanings if m.how in ("name", "alias")]
    slugs = {r.key for m in named for r in m.roadmaps}
    if len(slugs) != 1 or len(named) != len(reading.meanings) or reading.not_understood:
        return None
    said = {w for m in named for w in words(m.said)}
    return next(iter(slugs)) if all(w in said or w in FILLER for w in words(name)) else None


#: Words saying a whole roadmap is done: "i finished the python roadmap", "completed the frontend and react roadmaps".
_FINISHED_ROADMAP = re.compile(
    r"(?:\bi\s+(?:have\s+|'ve\s+)?(?:already\s+)?)?\b(?:finished|completed|done|did)\b(?P<what>[^,;.]*?)\broadmaps?\b",
    re.IGNORECASE,
)
#: The same said the other way round: "python roadmap done", "python roadmap (done)", "sql roadmap: completed".
_ROADMAP_FINISHED = re.compile(
    r"(?P<what>[^,;.()]*?)\broadmaps?\b\s*[:(\-–—]?\s*(?:is\s+|was\s+|are\s+)?(?:done|finished|completed|complete)\b\)?",
    re.IGNORECASE,
)
#: Words right before them that say it is not finished yet: "i have not finished", "i haven't completed", "almost
#: finished", "nearly", "yet to finish" (hedges.py reads them as a hedge: the roadmap was started).
_NOT_YET = re.compile(
    r"(?:\bnot|n['’]?t|\bnever|\balmost|\bnearly|\bnot\s+yet|\b(?:yet|about|going|want|wanting|hope|hoping|plan|planning)"
    r"\s+to)\s*$",
    re.IGNORECASE,
)
#: The site a learner followed a roadmap on ("finished the python roadmap on roadmap.sh"): where, never a subject
#: ("sh" of it was POSIX sh).
_ROADMAP_SITE = re.compile(r"\broadmap\.sh(?:['’]s)?(?!\w)", re.IGNORECASE)


#: Words that say only part of a roadmap is done: "most of the", "the first half of", "the javascript roadmap halfway".
_PART_OF = re.compile(r"\b(?:most|half|part|parts|bits|some|first|beginning|start|halfway|partway)\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s*(?:half ?way|part ?way|partly|partially|mostly)\b", re.IGNORECASE)


def _courses(catalog: Catalog, text: str, reading: KnownReading) -> str:
    """Read the well-known courses the text names (`courses.py`) into `reading`, each as the topics it teaches in
    full, all of them started when hedged ("half of cs50"); the text is given back with the courses blanked out
    (their words keep their places, so the rest is hedged as before) for the rest to be read as usual."""
    named = courses_named(catalog, text)
    if not named:
        return text
    hedged = hedges(text, [found.said for found in named])
    for found, hedge in zip(named, hedged, strict=True):
        means = [_topic_ref(catalog, t) for t in found.course.known]
        _add(reading, Understood(said=found.said, means=means, how="synonym", started=bool(hedge), hedge=hedge))
        text = text[: found.start] + " " * (found.end - found.start) + text[found.end :]
    return text


def _whole_roadmaps(catalog: Catalog, text: str) -> tuple[list[tuple[Understood, tuple[str, ...]]], str]:
    """What words saying a whole roadmap is finished make known ("i finished the python roadmap"): every topic of the
    roadmaps they name by name, as "I finished these roadmaps" on the plan form (`finished_roadmaps`), where a
    roadmap's name alone means its first topics; and the rest of `text`, read as usual ("..., some sql").

    Every topic is the roadmap's `topic_ids`, its extra sections too, the very list the plan form's box takes out:
    its core skills alone (35 of Python's 41) left the rest in a plan the box would not have, and said a count the
    roadmap's page does not show. Part of a roadmap ("most of", "the first half of", "halfway") is never all of it,
    nor is one not finished yet ("i have not finished", "almost finished"): those words are a hedge, and the
    roadmap's name is read as usual, its entry topics. Said the other way round ("python roadmap done") it is
    finished too; the site it was followed on ("roadmap.sh") names nothing."""
    masked = _ROADMAP_SITE.sub(lambda site: " " * len(site.group()), text)  # the learner's words keep their places
    match = _FINISHED_ROADMAP.search(masked) or _ROADMAP_FINISHED.search(masked)
    if match is None or _PART_OF.search(match.group("what")) or _PART_AFTER.match(masked[match.end() :]):
        return [], masked  # "i did most of the react roadmap": read as usual, hedged (hedges.py)
    if _NOT_YET.search(masked[: match.start()]):
        return [], masked  # "i have not finished the python roadmap": started, read as usual, hedged (hedges.py)
    meanings = interpret(catalog, match.group("what")).meanings
    slugs = list(dict.fromkeys(r.key for m in meanings if m.how in ("name", "alias") for r in m.roadmaps))
    if not slugs:
        return [], masked
    found = []
    said = text[match.start() : match.end()].strip()  # as written, "roadmap.sh" too: the Undo takes it back out
    for slug in slugs:
        roadmap = catalog.roadmap(slug)
        topics = dict.fromkeys(roadmap.topic_ids)
        whole = Ref(key=slug, name=f"{roadmap.title}, the whole roadmap ({len(topics)} topics)")
        found.append((Understood(said=said, means=[whole], how="name"), tuple(topics)))
    return found, (masked[: match.start()] + " " + masked[match.end() :]).strip(" ,;")


#: What joins topic names in a phrase: "and", "&" or "+" between spaces, a slash, a comma, and "&" or "+" typed
#: without spaces ("html+css", "html&css", never the pluses of "c++").
_NAME_JOINERS = re.compile(r"\s+(?:and|&|\+)\s+|[/,&]|(?<=\w)\+(?=\w)")


def _known_refs(catalog: Catalog, meaning: Meaning) -> list[Ref]:
    """The topics a phrase makes known: for a name made of topic names ("HTML and CSS", "data structures and
    algorithms", or listed with spaces only, "html css"), each of those topics; else the topics it names; else the
    roadmap's entry topics."""
    pieces = [p for p in _NAME_JOINERS.split(meaning.said) if p.strip()]
    if len(pieces) == 1 and meaning.roadmaps and not meaning.topics:  # "html css": HTML and CSS, not a roadmap's start
        pieces = meaning.said.split()
    if len(pieces) > 1:
        parts = [interpret(catalog, piece) for piece in pieces]
        named = [m for part in parts for m in part.meanings]
        if named and all(m.topics for m in named) and not any(p.not_understood for p in parts):
            return list({t.key: t for m in named for t in m.topics}.values())
    if meaning.topics:
        return meaning.topics
    entry = [t for r in meaning.roadmaps for t in _entry(catalog, r.key)]
    return [_topic_ref(catalog, t) for t in dict.fromkeys(entry)]


def _entry(catalog: Catalog, slug: str) -> tuple[str, ...]:
    roadmap = catalog.roadmap(slug)
    return roadmap.phases[0].core_skills if roadmap.phases else ()


def _topic_ref(catalog: Catalog, topic_id: str) -> Ref:
    return Ref(key=topic_id, name=catalog.topic(topic_id).name)


def _add(reading: KnownReading, understood: Understood) -> None:
    reading.understood.append(understood)
    for ref in understood.means:
        if not understood.started:
            reading.topics.setdefault(ref.key, understood.said)
            reading.started.pop(ref.key, None)  # known from another phrase ("react" and "some react")
        elif ref.key not in reading.topics:
            reading.started.setdefault(ref.key, understood.said)
