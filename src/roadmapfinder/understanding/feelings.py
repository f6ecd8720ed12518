"""What a goal says the learner feels about a subject: a dislike ("devops but i hate yaml", "i don't like javascript
but want to do frontend"), boredom ("css is boring") or a fear ("math scares me, data science").

Read whole, the subject of such a clause was a second thing to learn ("devops but i hate yaml" built "DevOps
Engineer and JSON and YAML") and the feeling's words were not understood ("hate"). A feeling is no wish to learn the
subject, and no reason to leave out what the goal needs: like a struggle (struggles.py), the clause is set apart from
the goal (`goal_known.GoalKnown.feelings`) and said as a reading with its Undo, in words true to what was said
(`_FELT`: "which you'd rather avoid", "which you find boring", "which worries you"; never "which you find hard"),
and with what it means for the roadmap (`Within`): the roadmap uses it, so it stays ("JSON and YAML, which you'd
rather avoid: DevOps Engineer uses it, so it stays"), or it does not use it ("i want to learn python, i hate
javascript"); for maths, which of its topics teach it, or that it has none; for coding ("i hate coding but want to
be a data analyst"), whether the roadmap is learnt by writing code. The generator says it of the roadmap it builds,
the finder of the roadmap it puts first; of a choice ("i hate math but want to code"), which of the roadmaps offered
teach maths (`among`). A goal that is only such a feeling is answered in felt_alone.py. Undone (`plain`), the clause
is read as typed, as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import RoadmapKind
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.understanding.interpret import Ref
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.lexicon import MATHS_TOPICS

#: How much, said between the learner and the feeling ("i really hate", "is so boring").
_HOW_MUCH = (
    r"(?:(?:really|truly|honestly|genuinely|kinda|kind\s+of|sort\s+of|just|so|super|a\s+bit|a\s+little|pretty|quite|"
    r"very|totally|absolutely|low\s+key|lowkey)\s+)*"
)
#: The learner, before a feeling said ahead of its subject: "i hate", "i'm scared of", "im not a fan of".
_LEARNER = r"(?:i['’]m|i\s+am|im|i['’]d|i)\s+"
#: Feelings said ahead of their subject, by what they feel (the group's name).
_BEFORE = {
    "dislike": (
        r"hate|hated|dislike|despise|loathe|detest|can['’]?t\s+stand|cannot\s+stand|"
        r"(?:do\s+not|don['’]?t|dont)\s+(?:really\s+|much\s+)?(?:like|enjoy|love)|"
        r"not\s+(?:a\s+(?:big\s+|huge\s+)?)?fan\s+of|sick\s+of|tired\s+of|"
        # "i don't want to learn python", "i'd rather not use javascript": a wish to do without it, not to learn it
        r"(?:do\s+not|don['’]?t|dont)\s+(?:really\s+)?(?:want|wanna)\s+(?:to\s+)?(?:learn|use|touch|deal\s+with|do)|"
        r"(?:would\s+)?(?:rather|prefer)\s+not\s+(?:to\s+)?(?:learn|use|touch|do)|(?:want|wanna)\s+to\s+avoid"
    ),
    "boring": r"bored\s+(?:of|by|with)",
    "fear": (
        r"(?:scared|afraid|terrified|frightened|fearful)\s+of|(?:intimidated|scared|daunted)\s+by|"
        r"(?:nervous|anxious|worried)\s+about|fear|dread"
    ),
}
#: Feelings said after their subject: "yaml sucks", "css is boring", "math scares me".
_AFTER = {
    "dislike": r"sucks|annoys\s+me|(?:is|are|['’]s)\s+" + _HOW_MUCH + r"(?:annoying|the\s+worst|a\s+pain)",
    "boring": r"bores\s+me|(?:is|are|['’]s)\s+" + _HOW_MUCH + r"(?:boring|tedious|dull)",
    "fear": (
        r"(?:scares|frightens|terrifies|intimidates)\s+me|"
        r"(?:is|are|['’]s|looks|seems)\s+" + _HOW_MUCH + r"(?:scary|intimidating|terrifying|frightening|daunting)"
    ),
}
#: What each feeling is said as, in the reading's words: what the learner said, never more.
_FELT = {"dislike": "which you'd rather avoid", "boring": "which you find boring", "fear": "which worries you"}


def _feelings(table: dict[str, str]) -> str:
    return "|".join(f"(?P<{kind}>{words})" for kind, words in table.items())


#: "without a cs degree", "without any experience": what the learner lacks, said with "without", is no dislike of
#: what it names (Computer Science of "without a computer science degree"): such a clause is no feeling (goal_known).
_LACKED = r"degrees?|diplomas?|bootcamps?|experience|background|qualifications?|certificates?|certifications?"
#: "cross platform app no react", "frontend, no react": a bare "no" closing the goal with a name or two, after what
#: is asked (at its start, "no python experience, ...", it says what the learner does not know: hedges.DENIES); never
#: "no sql" (NoSQL), nor what the learner lacks ("no degree", "no idea").
_NO_CLOSING = (
    rf"(?<=\S\s)no(?=\s+(?!(?:sql|{_LACKED}|idea|clue|time|money)\b)[^\s,;.!?]+(?:\s+[^\s,;.!?]+)?\s*(?:[,;.!?]|$))"
)
#: A feeling said ahead of its subject; the subject runs to where the goal starts again (goal_known).
FELT_BEFORE = re.compile(
    # "frontend without react", "data analysis without coding": a wish to do without it, as "i'd rather not" says;
    # what names nothing the catalog knows ("without a degree", "without experience") is no feeling (goal_known)
    # "learn frontend but not react": the same wish, after "but" (never of what they know, "i know python but not
    # sql": goal_known reads that clause)
    rf"(?<![\w'’])(?:{_LEARNER}{_HOW_MUCH}(?:{_feelings(_BEFORE)})|(?P<without>without|(?<=\bbut\s)not|{_NO_CLOSING}))"
    r"(?=\s)",
    re.IGNORECASE,
)
WITHOUT_LACKING = re.compile(rf"^\s*without\b.*\b(?:{_LACKED}|college|university|uni|school)\b", re.IGNORECASE)
#: The same clause anywhere in a goal, to its credential's word: "without a cs degree", "without any experience".
WITHOUT_LACKING_ANYWHERE = re.compile(
    rf"(?<![\w'’])without\s+(?:(?:a|an|any|the|my|much|real|prior|formal)\s+)*(?:[\w.+#-]+\s+){{0,3}}?"
    rf"(?:{_LACKED})(?![\w'’])",
    re.IGNORECASE,
)
#: A word of a subject said ahead of its feeling: never a word that joins clauses or starts the goal.
_SUBJECT_WORD = (
    r"(?!(?:but|and|or|i|im|i['’]m|want|wanna|to|so|because|cause|though|although|while|learn|learning)(?![\w'’]))"
    r"[^\s,;.!?]+"
)
#: A feeling said after its subject (a few words, from where a clause starts: the goal's start, a comma, "but").
FELT_AFTER = re.compile(
    r"(?:^|(?<=[,;.!?:])|(?<=\bbut)|(?<=\band)|(?<=\bthough)|(?<=\bbecause)|(?<=\bcause))\s*"
    rf"(?P<clause>(?:(?:the|my|all\s+(?:the|this))\s+)?(?P<subject>(?:{_SUBJECT_WORD}\s+){{0,2}}?{_SUBJECT_WORD})\s+"
    rf"{_HOW_MUCH}(?:{_feelings(_AFTER)}))(?![\w'’])",
    re.IGNORECASE,
)

#: What the learner finds a subject, said around it: "i find css boring", "i find kubernetes intimidating".
_FOUND = {
    "dislike": r"annoying|a\s+pain",
    "boring": r"boring|tedious|dull",
    "fear": r"scary|intimidating|terrifying|frightening|daunting",
}
FELT_FINDING = re.compile(
    rf"(?<![\w'’])(?P<clause>i\s+{_HOW_MUCH}(?:find|found)\s+(?P<subject>(?:{_SUBJECT_WORD}\s+){{0,2}}?{_SUBJECT_WORD})"
    rf"\s+{_HOW_MUCH}(?:{_feelings(_FOUND)}))(?![\w'’])",
    re.IGNORECASE,
)


def felt(match: re.Match[str]) -> str:
    """Which feeling a match of `FELT_BEFORE`, `FELT_AFTER` or `FELT_FINDING` says: dislike, boring or fear."""
    return next((kind for kind in _FELT if match.group(kind)), "dislike")  # "without": a dislike


@dataclass(frozen=True)
class Feeling:
    """A clause of the goal saying how the learner feels about a subject, as written (`said`), what it feels
    (`kind`: dislike, boring, fear) and what it is about: maths, or the subject's names and topics as the catalog
    reads it (for a roadmap, all of its topics), or coding, which no roadmap is about either; `asked` when the goal
    asks for that subject itself ("css is boring" alone, "python, i hate it"); `kept` when it is a dislike of a
    framework the learner undid the leaving out of ("frontend without react", "without react" undone): it stays,
    as they asked (without.py)."""

    said: str
    kind: str
    names: tuple[str, ...] = ()
    topics: frozenset[str] = frozenset()
    maths: bool = False
    coding: bool = False
    asked: bool = False
    kept: bool = False
    #: about every framework a role may be learnt without ("frontend without frameworks"; `topics` are theirs)
    frameworks: bool = False

    @property
    def about(self) -> str:
        """What the feeling is about, as the reading says it: "maths", "coding", "frontend frameworks (React,
        Vue.js)", or the names the catalog read."""
        if self.frameworks:  # what was read: the web frameworks a role may be learnt without (lexicon.IN_PLACE_OF)
            return "frontend frameworks (React, Vue.js)"
        return "maths" if self.maths else "coding" if self.coding else and_list(list(self.names))


@dataclass(frozen=True)
class Within:
    """The roadmap a feeling is said of: its title as said in a sentence, every topic it teaches, and what it made of
    a clause whose subject it leaves out, by the clause: the key of what is in its place and the verdict (without.py:
    "vue", "left out of Frontend Developer as you asked; Vue.js in its place")."""

    title: str
    topics: Collection[str]
    left_out: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: clause -> the title of the roadmap built on the framework it dislikes, which keeps it (without.built_on):
    #: "without react" of "react native without react" -> "React Native"
    built_on: Mapping[str, str] = field(default_factory=dict)


def feeling_reading(
    catalog: Catalog, feeling: Feeling, within: Within | None = None, among: Sequence[str] = ()
) -> Understood:
    """The clause as a reading of the learner's words, so every surface lists it with its Undo: what it is about,
    what they feel, and, of the roadmap `within` (none while no roadmap is chosen), whether it keeps the subject; of
    the roadmaps a choice offers instead (`among`, slugs), which of them teach maths.

    A clause whose subject the roadmap leaves out ("frontend without react") is one reading, how `without`, its key
    what is in its place, undone to keep the subject; once undone (`kept`) it says so and has nothing left to undo:
    the same wish is never said twice, each line with an Undo of its own. A clause about a framework the roadmap is
    built on ("react native without react", `Within.built_on`) changes nothing, so it is how `stays`, with no Undo:
    its Undo only said "kept as you asked" of the same roadmap."""
    means = f"{feeling.about}, {_FELT[feeling.kind]}"
    if within is not None and feeling.said in within.left_out:  # "React left out of ...; Vue.js in its place"
        key, verdict = within.left_out[feeling.said]
        return Understood(said=feeling.said, means=[Ref(key=key, name=f"{means}: {verdict}")], how="without")
    if within is not None and feeling.kept:
        verdict = _verdict(catalog, feeling, within)
        kept = verdict.removesuffix(", so it stays") + ", kept as you asked" if verdict.endswith("stays") else verdict
        return Understood(said=feeling.said, means=[Ref(key="kept", name=f"{means}: {kept}")], how="kept")
    if within is not None and feeling.said in within.built_on:  # "react native without react": nothing changed,
        verdict = _verdict(catalog, feeling, within)  # so nothing to undo: the Undo only worded it otherwise
        return Understood(said=feeling.said, means=[Ref(key="stays", name=f"{means}: {verdict}")], how="stays")
    if within is not None:
        means += f": {_verdict(catalog, feeling, within)}"
    elif feeling.maths and (choosing := _among(catalog, among)):
        means += f": {choosing}"
    how = "kept" if feeling.kept else "feels"
    return Understood(said=feeling.said, means=[Ref(key=how, name=means)], how=how)


def _among(catalog: Catalog, among: Sequence[str]) -> str:
    """Which roadmaps of a choice teach maths in topics of their own and which have none, so a learner who said how
    they feel about maths chooses knowing it ("i hate math but want to code": Python, JavaScript or Computer
    Science); nothing when the choice offers no roadmap."""
    roadmaps = [catalog.roadmap(slug) for slug in among if catalog.has_roadmap(slug)]
    teaching = {r.title: maths_taught(catalog, r.topic_ids) for r in roadmaps}
    without = [title for title, taught in teaching.items() if not taught]
    said = []
    if without:
        has = "has" if len(without) == 1 else "have"
        said.append(f"{and_list(without)} {has} no maths topic of {'its' if len(without) == 1 else 'their'} own")
    said += [f"{title} teaches it in its own topics: {and_list(names)}" for title, names in teaching.items() if names]
    return "; ".join(said)


def maths_taught(catalog: Catalog, topics: Collection[str]) -> list[str]:
    """The names of the topics among `topics` that teach maths itself (`MATHS_TOPICS`), in that order."""
    return [catalog.topic(t).name for t in MATHS_TOPICS if t in topics and catalog.has_topic(t)]


def beyond_code(catalog: Catalog, topics: Collection[str]) -> bool:
    """Whether every topic of a roadmap is taught in a role beyond code (UX Design, Product Manager...): a roadmap
    asking for little code, said so to a learner who said how they feel about coding."""
    beyond = {t for r in catalog.roadmaps if r.kind is RoadmapKind.NON_CODING_ROLE for t in r.topic_ids}
    return bool(topics) and set(topics) <= beyond


def _verdict(catalog: Catalog, feeling: Feeling, within: Within) -> str:
    """Whether the roadmap uses what the learner feels that way about: it stays or it is not in the roadmap."""
    if feeling.coding:
        if beyond_code(catalog, within.topics):
            return f"{within.title} asks for little code"
        return f"{within.title} is learnt by writing code, so it stays"
    if feeling.maths:
        taught = maths_taught(catalog, within.topics)
        if not taught:
            return f"{within.title} has no maths topic of its own; the little maths it uses is met where it is used"
        return f"{within.title} uses it, so it stays, taught from the start in its own topics: {and_list(taught)}"
    # "react native without react": no other framework writes it, and the finder's roadmap, whose topics leave out
    # what they need first, was said not to use it
    if on := within.built_on.get(feeling.said):
        if on == within.title:
            return f"{on} is built on it, so it stays"
        return f"{within.title} is built with {on} here, which is built on it, so it stays"
    if not feeling.topics & set(within.topics):
        return f"{within.title} does not use it, so it is not in this roadmap"
    if feeling.asked:
        return "your goal asks for it, so it stays"
    return f"{within.title} uses it, so it stays"
