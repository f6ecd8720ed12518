"""A language named with a role that may be written in any of several: the role in that language, never the language
learnt twice.

The Backend Developer and Software Engineer roadmaps teach one topic that stands for whichever language the learner
picks ("A backend programming language", 40 h, `LANGUAGE_SLOTS`); its variants say how it is learnt in each stack
(Python, with the Python tutorial). A goal that names the language with the role, "python backend", "backend developer
in go", "node backend", "i want to be a backend dev using node", asks for the role in that language: its stack
(`read_stack`). That was read two wrong ways: the language dropped ("python backend" is an alias of the Backend roadmap,
so "python" was never said), or added as its own roadmap beside the role, whose generic language topic was then
learnt on top of the language's own first topics (Python basics 20 h and the 40 h language topic).

A goal that lists them ("backend developer and python") keeps both roadmaps, as a list does; the language's roadmap is
then the language learnt for the role, and the generic topic leaves the roadmap (`stand_ins`), as it does for a plan
of both roadmaps. So does a goal whose stack reading the learner undid.

A role that teaches its server on Node.js (Full-Stack Developer: JavaScript, then TypeScript, on both sides) named with
another server language, "full stack python developer", "python full stack", "full-stack c# dev", is that role with
the language's server in Node.js's place (`in_nodes_place`, `lexicon.IN_NODES_PLACE`): Node.js basics leaves it for the
language topic, learnt in that language, and the role's framework and ORM topics are named as the language teaches
them. It was the role and the language's whole roadmap added together (1,069 hours for Python), the server learnt on
Node.js with Python on top. Only a language named in the goal does this, never one the learner knows (the role is
JavaScript's by design), and only when no role with a language topic is asked for (that one takes the language).
A server framework's roadmap named with it, "fullstack developer with django", is its language's stack with the
framework's own topics in the place of Node.js's and of the role's framework and ORM topics
(`lexicon.FRAMEWORKS_IN_NODES_PLACE`: Django, Django REST Framework, the Django ORM), where it was the role whole with
the framework's foundations beside it, the server learnt twice.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.interpret import Meaning, Ref
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.lexicon import (
    FRAMEWORKS_IN_NODES_PLACE,
    IN_NODES_PLACE,
    LANGUAGE_STACKS,
    NODE_STACKS,
)
from roadmapfinder.understanding.listing import LISTED_BY, listed
from roadmapfinder.understanding.vocabulary import vocabulary_for

#: Topics of a role roadmap that stand for the language the learner picks: each variant is a language.
LANGUAGE_SLOTS = ("backend-language",)

#: Roadmaps that teach a language with its framework, so that learning them is learning the role's language too.
_FRAMEWORKS = ("django", "spring-boot", "laravel", "ruby-on-rails", "aspnet-core")


@dataclass(frozen=True)
class StackReading:
    """The language of a goal read as its role's stack: `said` (as typed, "pyhton") is `language`'s roadmap."""

    said: str
    stack: str
    language: str
    role: str
    known: bool = False  # the language the learner knows, not one the goal names (`known_stack`)
    #: the role's Node.js topics, each with the topic in its place (`in_nodes_place`); empty for a role whose language
    #: topic takes the stack (Backend Developer)
    places: tuple[tuple[str, str | None], ...] = ()

    def understood(self, catalog: Catalog) -> Understood:
        """The reading as the learner is told it, undoable like the others: “python” → in Python; “python developer”
        → Python in Node.js's place, for a role that teaches its server on Node.js."""
        language = catalog.roadmap(self.language).title
        name = f"{language} in Node.js's place" if self.places else f"in {language}"
        name += ", the language you know" if self.known else ""
        return Understood(said=self.said, means=[Ref(key=self.stack, name=name)], how="stack")

    def offered(self, catalog: Catalog) -> str:
        """What the finder says of the role's catalog roadmap, which teaches its server on Node.js (`places`), when
        the goal names another language: "" for a role whose language topic takes the stack."""
        if not self.places:
            return ""
        role, language = catalog.roadmap(self.role).title, catalog.roadmap(self.language).title
        return f"{role} teaches its server on Node.js; a roadmap generated for your goal has {language} in its place."

    def title(self, catalog: Catalog) -> str:
        """The role's title in the language: “Backend Developer in Python”; a role whose frontend stays JavaScript's,
        by its server: “Full-Stack Developer with a Python backend”."""
        role, language = catalog.roadmap(self.role).title, catalog.roadmap(self.language).title
        article = "an" if language[:1].lower() in "aeiou" else "a"  # "an ASP.NET Core backend"
        return f"{role} with {article} {language} backend" if self.places else f"{role} in {language}"


def slots_of(catalog: Catalog, slug: str) -> list[str]:
    """The topics of a roadmap that stand for the learner's language (`LANGUAGE_SLOTS`), in its order."""
    return [t for phase in catalog.roadmap(slug).phases for t in phase.core_skills if t in LANGUAGE_SLOTS]


def variant_of(catalog: Catalog, topic_id: str, stack: str | None) -> str | None:
    """The name the topic has in the stack (the ORM topic is SQLAlchemy for Python), or None."""
    if stack is None:
        return None
    return next((v.name for v in catalog.topic(topic_id).variants if v.stack == stack), None)


def takes(catalog: Catalog, role: str, stack: str) -> bool:
    """Whether the role has a language topic with a variant for the stack."""
    return any(variant_of(catalog, slot, stack) for slot in slots_of(catalog, role))


def in_nodes_place(catalog: Catalog, role: str, named: str) -> dict[str, str | None]:
    """The role's Node.js topics (`lexicon.IN_NODES_PLACE`), each with the topic in its place for the language or
    framework the goal names (`named`, its roadmap's slug: `FRAMEWORKS_IN_NODES_PLACE` for a framework): empty when
    the role teaches its server on no Node.js topic, the language is Node.js's own (`NODE_STACKS`), or the topic put
    in its place has no variant for it (the catalog teaches no server in that language)."""
    places = _node_topics(catalog, role)
    if not places:
        return {}
    if named in FRAMEWORKS_IN_NODES_PLACE:
        core = {t for phase in catalog.roadmap(role).phases for t in phase.core_skills}
        return {left: placed for left, placed in FRAMEWORKS_IN_NODES_PLACE[named][1].items() if left in core}
    stack = LANGUAGE_STACKS.get(named, "")
    if stack in NODE_STACKS or any(placed and not variant_of(catalog, placed, stack) for placed in places.values()):
        return {}
    return places


def server_on_node(catalog: Catalog, slug: str) -> bool:
    """Whether the roadmap is a role that teaches its server on Node.js (Full-Stack Developer), so that another
    language may take its place and a frontend framework is only its frontend."""
    return bool(_node_topics(catalog, slug))


def _node_topics(catalog: Catalog, slug: str) -> dict[str, str | None]:
    """The Node.js topics a role roadmap teaches its server with, each with what may take its place; empty for a
    roadmap that is no role (the Node.js roadmap itself) or teaches none."""
    if not catalog.has_roadmap(slug) or not (roadmap := catalog.roadmap(slug)).role:
        return {}
    core = {t for phase in roadmap.phases for t in phase.core_skills}
    return {left: placed for left, placed in IN_NODES_PLACE.items() if left in core}


def _language_words(catalog: Catalog, meaning: Meaning) -> list[tuple[str, str]]:
    """(word as typed, language slug) for each word of the phrase that names a language's roadmap on its own: "python"
    of "python backend", an alias of the Backend roadmap, and "pyhton" of its misspelling. Only in a phrase read by
    the catalog's names: a curated reading has read its words already ("go" of "i want to go backend" is the verb)."""
    if meaning.how not in ("name", "alias", "spelling"):
        return []
    typed = meaning.said.split()
    read = (meaning.corrected or meaning.said).split()
    out = []
    for place, word in enumerate(read):
        slugs = [s for s in catalog.roadmaps_named(word) if s in LANGUAGE_STACKS]
        if len(slugs) == 1:
            out.append((typed[place] if len(typed) == len(read) else word, slugs[0]))
    return out


def _language(meaning: Meaning) -> str | None:
    """The language roadmap a phrase names on its own ("python", "node", "c#"), or None."""
    slugs = [r.key for r in meaning.roadmaps]
    return slugs[0] if len(slugs) == 1 and slugs[0] in LANGUAGE_STACKS else None


def _framework(meaning: Meaning) -> str | None:
    """The server framework's roadmap a phrase names on its own ("django", "with spring boot"), or None."""
    slugs = [r.key for r in meaning.roadmaps]
    return slugs[0] if len(slugs) == 1 and slugs[0] in FRAMEWORKS_IN_NODES_PLACE else None


def _stack_of(slug: str) -> str:
    """The stack of a language's roadmap, or of a framework's (Django: Python)."""
    return FRAMEWORKS_IN_NODES_PLACE[slug][0] if slug in FRAMEWORKS_IN_NODES_PLACE else LANGUAGE_STACKS[slug]


def read_stack(
    catalog: Catalog, subjects: list[Meaning], *, listed: bool, plain: Collection[str] = ()
) -> tuple[list[Meaning], StackReading | None]:
    """The goal's subjects with the language named with a role read as the role's stack (see the module docstring).

    One role with a language topic and one language with a variant for it: the language is no longer a subject
    (nor the framework roadmaps an alias read from the same words, "java backend developer": Spring Boot), and the
    reading says so. Not when the goal lists them (`listed`: "backend developer and python"), names two languages,
    or the learner undid the language's words (`plain`): a language inside the role's own phrase ("python" of
    "python backend") is then a subject of its own, as typed, rather than dropped.
    """
    undone = {normalize(p) for p in plain}
    roles = [(i, r.key) for i, m in enumerate(subjects) for r in m.roadmaps if slots_of(catalog, r.key)]
    # "full stack python developer": the role on Node.js, when no role with a language topic takes the language;
    # "fullstack developer with django": a framework too
    on_node = not roles
    roles = roles or [(i, r.key) for i, m in enumerate(subjects) for r in m.roadmaps if _node_topics(catalog, r.key)]
    if len({slug for _, slug in roles}) != 1:
        return subjects, None
    at, role = roles[0]
    found: list[tuple[int | None, str, str]] = [  # (subject index or None inside the role's phrase, said, slug)
        (i, m.said, slug)
        for i, m in enumerate(subjects)
        if i != at and (slug := _language(m) or (_framework(m) if on_node else None))
    ]
    found += [(None, said, slug) for said, slug in _language_words(catalog, subjects[at])]
    if len({_stack_of(slug) for _, _, slug in found}) != 1:
        return subjects, None
    # "full stack python django developer": the framework says more than its language
    index, said, language = next((f for f in found if f[2] in FRAMEWORKS_IN_NODES_PLACE), found[0])
    stack = _stack_of(language)
    places = tuple(in_nodes_place(catalog, role, language).items())
    if normalize(said) in undone or listed or not (takes(catalog, role, stack) or places):
        if index is None and normalize(said) in undone:  # "python" of "python backend", undone: learnt as typed
            role_words = " ".join(w for w in subjects[at].said.split() if w != said)
            named = subjects[at].model_copy(update={"said": role_words})
            typed = Meaning(said=said, roadmaps=[_ref(catalog, language)], how="name", confidence=1.0)
            return [*subjects[:at], named, typed, *subjects[at + 1 :]], None
        return subjects, None
    kept = [
        m if i != at else m.model_copy(update={"roadmaps": [r for r in m.roadmaps if r.key not in _FRAMEWORKS]})
        for i, m in enumerate(subjects)
        if i not in {i for i, _, _ in found}
    ]
    return kept, StackReading(said=said, stack=stack, language=language, role=role, places=places)


def stack_in_names(catalog: Catalog, named: Iterable[tuple[str, str]]) -> StackReading | None:
    """The stack a plan's targets name, as (the learner's name, the roadmap slug it was read as): "python backend",
    an alias of the Backend roadmap, is Backend Developer in Python, where "python" was dropped. None when no name of
    a role with a language topic holds a language's own name, or they hold two, or the topic has no variant for it."""
    found = [
        (word, language, slug)
        for name, slug in named
        if slots_of(catalog, slug)
        for word in name.split()
        for language in [s for s in catalog.roadmaps_named(word) if s in LANGUAGE_STACKS][:1]
    ]
    if len({LANGUAGE_STACKS[language] for _, language, _ in found}) != 1:
        return None
    said, language, role = found[0]
    stack = LANGUAGE_STACKS[language]
    return StackReading(said=said, stack=stack, language=language, role=role) if takes(catalog, role, stack) else None


def plan_stack(catalog: Catalog, named: Iterable[tuple[str, str]], known: Mapping[str, str]) -> StackReading | None:
    """The stack a plan reads when it is given none, by the goal's rule (`goal_stack`): the language a target names
    with its role (`stack_in_names`: "python backend"), else the one language the learner knows (`stack_known`:
    Backend Developer, knowing Python). `named`: (the learner's name, the roadmap slug it was read as) per target;
    `known`: topic id -> the learner's words."""
    named = list(named)
    return stack_in_names(catalog, named) or stack_known(catalog, [slug for _, slug in named], known)


def goal_stack(
    catalog: Catalog, subjects: list[Meaning], *, words: str, knows: Mapping[str, str], plain: Collection[str] = ()
) -> tuple[list[Meaning], StackReading | None]:
    """The stack of a goal's one role, read one way wherever a goal is read (the generator, the finder): the language
    the goal names with it (`read_stack`, unless `words`, the goal, lists the two: "backend developer and python"),
    else the one language the learner knows (`known_stack`, `knows`: topic id -> the learner's words). The subjects
    come back changed as `read_stack` changes them (the language named with the role is no subject of its own)."""
    apart = listed(words, subjects, LISTED_BY)  # "backend developer and python", not "python backend"
    subjects, stack = read_stack(catalog, subjects, listed=apart, plain=plain)
    return subjects, stack or known_stack(catalog, subjects, knows, plain=plain)


def known_stack(
    catalog: Catalog, subjects: list[Meaning], known: Mapping[str, str], *, plain: Collection[str] = ()
) -> StackReading | None:
    """The language the learner says they know as the stack of the one role the goal asks for, when the goal names
    none: "i know python and want to be a backend developer" is Backend Developer in Python, where the generic
    language topic was taught as if no language were known (`stack_known`, on the roadmaps the goal names)."""
    if any(_language(m) for m in subjects):
        return None
    return stack_known(catalog, [r.key for m in subjects for r in m.roadmaps], known, plain=plain)


def stack_known(
    catalog: Catalog, roadmaps: Collection[str], known: Mapping[str, str], *, plain: Collection[str] = ()
) -> StackReading | None:
    """The one language the learner knows as the stack of the one role among `roadmaps` (a goal's, a plan's targets):
    `known` is topic id -> the learner's words that made it known; a language is known by its roadmap's first topics
    (Python basics), never by a concept written for many languages among them (Object-oriented programming, first in
    Kotlin's: "i know oop and want to be a backend developer" was Backend Developer in Kotlin, and years of Java, which
    know it, named two languages and so none). None when the learner knows two languages, none, or one the role has
    no variant for, when a language's own roadmap is asked for too ("backend, python": it is the language learnt), or
    the learner undid the reading (`plain`: its language's name, “Python”)."""
    roles = {slug for slug in roadmaps if slots_of(catalog, slug)}
    if len(roles) != 1 or any(slug in LANGUAGE_STACKS for slug in roadmaps):
        return None
    (role,) = roles
    entry_topics = vocabulary_for(catalog).entry_topics  # each roadmap's first topics, kept per catalog
    found = {
        language: said
        for language in LANGUAGE_STACKS
        for topic_id, said in known.items()
        if topic_id in entry_topics.get(language, ()) and not catalog.topic(topic_id).variants
    }
    if len({LANGUAGE_STACKS[language] for language in found}) != 1:
        return None
    language = next(iter(found))  # one stack, maybe two roadmaps (JavaScript, Node.js): the first listed names it
    name = catalog.roadmap(language).title
    stack = LANGUAGE_STACKS[language]
    if normalize(name) in {normalize(p) for p in plain} or not takes(catalog, role, stack):
        return None
    return StackReading(said=name, stack=stack, language=language, role=role, known=True)


def slots_known(catalog: Catalog, stack: StackReading, known: Mapping[str, str]) -> dict[str, str]:
    """The role's language topics (`LANGUAGE_SLOTS`) the learner knows in its stack, each with the words that said
    so: all of them when they know the language's foundations, its roadmap's first phase, as years of it make known
    ("3 years as a java developer": known.py); its basics alone ("i know python") leave the language to learn.
    `known`: topic id -> the learner's words."""
    foundations = catalog.roadmap(stack.language).phases[0].core_skills
    if not foundations or any(t not in known for t in foundations):
        return {}
    return dict.fromkeys(slots_of(catalog, stack.role), known[foundations[0]])


def stand_ins(catalog: Catalog, asked_roadmaps: Iterable[str]) -> dict[str, str]:
    """Language topics to leave out, with why, when a language's own roadmap (or a framework's with it) is learnt
    with the role: "backend developer and python" learns Python once, in Python's roadmap."""
    slugs = list(dict.fromkeys(asked_roadmaps))
    languages = [s for s in slugs if s in LANGUAGE_STACKS or s in _FRAMEWORKS]
    if not languages:
        return {}
    names = " and ".join(catalog.roadmap(s).title for s in languages)
    verb = "is" if len(languages) == 1 else "are"
    return {
        slot: f"{names} {verb} the language you learn for it here"
        for slug in slugs
        if slug not in languages
        for slot in slots_of(catalog, slug)
    }


def _ref(catalog: Catalog, slug: str) -> Ref:
    return Ref(key=slug, name=catalog.roadmap(slug).title)
