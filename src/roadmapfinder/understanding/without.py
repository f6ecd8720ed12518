"""A framework the learner would rather do without, left out of the roadmap that uses it, with the catalog's other
framework in its place: "frontend without react", "frontend developer without react", "learn frontend but not react",
"i don't want to use react, frontend".

The dislike was read (feelings.py) and said, "React, which you'd rather avoid: Frontend Developer uses it, so it
stays", yet the roadmap went on teaching React: the learner's one wish about it, undone without asking. A framework
is a choice a role may be learnt with or without (`lexicon.IN_PLACE_OF`; JavaScript, YAML or maths are not: a dislike
of them still says they stay). So a dislike of one the roadmap teaches, not asked for itself, leaves its topics out
of the roadmap, each with the other framework's topic in its place (Vue's components for React's, Pinia for the React
state store, Nuxt for Next.js), learnt at the level the left-out topic was, so phases and hours are the roadmap's as
built; a project written for React is never handed over as Vue's (the left-out topics are what no project may need,
`phase_projects.Reach.left_out`); what has no topic in its place, or a catalog without the other framework, leaves
them out with nothing instead, said so. A roadmap built on the framework (`lexicon.BUILT_ON`: React Native and Next.js
are written in React) keeps it whatever the goal says: "react native without react" was "React Native with Vue.js",
Vue's components taught to write React Native. The dislike's line says why it stays instead (`built_on`), "React Native
is built on it, so it stays", nothing is swapped, and its Undo says it is kept as asked. The roadmap's
title says it too (`DoneWithout.swap`, titles.py): "Frontend Developer with Vue.js", or with nothing in its place
"Frontend Developer without React". Said once, on the clause's own line (how `without`, "“without react” → React, which
you'd rather avoid: left out of Frontend Developer as you asked; Vue.js in its place"), with one Undo: it keeps React,
the dislike still said ("Frontend Developer uses it, kept as you asked"), never the clause read as typed, which asked
for React beside the role. It was said twice, the subject's words ("react") a second line with an Undo of their own, and
a learner could not tell which to press. A fear or boredom ("react scares me") is no wish to do without it.

A goal that asks by name for what it would do without ("react without react", "react developer without react")
contradicts itself: it was built as "React with Vue.js", a choice made for the learner without a word. It is said
instead, with the choice left: the framework as asked, or the role learnt without it (`Contradiction`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.errors import NotFound
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.feelings import Feeling
from roadmapfinder.understanding.goals import foundations
from roadmapfinder.understanding.interpret import Meaning
from roadmapfinder.understanding.lexicon import BUILT_ON, IN_PLACE_OF, LEFT_OUT_OF
from roadmapfinder.understanding.titles import Swap


@dataclass(frozen=True)
class DoneWithout:
    """A framework left out of the roadmap (`framework`, its topic id), for the clause of dislike `clause` ("without
    react"), whose subject is `said` as typed ("react"): each topic left out with the topic in its place, or None;
    `in_place` is the slug of the other framework's roadmap, "" when the catalog has none or the learner would do
    without it too (`declined`: its title, "frontend without react and without vue"), or when the role is learnt
    without it as it is (`instead`: how, "its games are made in Unity with C#"); `called` is what it is called when
    not its topic's name ("C++", whose topic is its toolchain's)."""

    clause: str
    said: str
    framework: str
    in_place: str
    places: tuple[tuple[str, str | None], ...]
    declined: str = ""
    instead: str = ""
    called: str = ""

    def name(self, catalog: Catalog) -> str:
        """What the framework is called: "React", "Kubernetes", "C++"."""
        return self.called or catalog.topic(self.framework).name

    def why(self, catalog: Catalog, topic_id: str) -> str:
        """Why a topic is left out, as the roadmap's list of left-out topics says it."""
        chosen = dict(self.places).get(topic_id)
        said = f"left out as you asked (“{self.clause}”)"
        return f"{said}: {catalog.topic(chosen).name} takes its place" if chosen else said

    def placed(self, catalog: Catalog, topic_id: str) -> str:
        """Why the other framework's topic is in the roadmap, where the left-out `topic_id` was."""
        return f"in place of {catalog.topic(topic_id).name}, as you asked (“{self.clause}”)"

    def verdict(self, catalog: Catalog, title: str) -> str:
        """What the feeling's line says was made of it: "left out of Frontend Developer as you asked; Vue.js in its
        place"."""
        said = f"left out of {title} as you asked"
        if self.in_place:
            return f"{said}; {catalog.roadmap(self.in_place).title} in its place"
        if self.instead:
            return f"{said}; {self.instead}"
        if self.declined:
            return f"{said}; nothing in its place, since you'd rather avoid {self.declined} too"
        return f"{said}; the catalog has no other framework to put in its place"

    def offered(self, catalog: Catalog, title: str) -> str:
        """What the finder's line says of its pick, a catalog roadmap that teaches the framework: "Frontend Developer
        teaches it; a roadmap generated for your goal leaves it out, Vue.js in its place"."""
        generated = "a roadmap generated for your goal leaves it out"
        other = f", {catalog.roadmap(self.in_place).title} in its place" if self.in_place else ""
        return f"{title} teaches it; {generated}{other}"

    def line(self, catalog: Catalog, title: str) -> tuple[str, str]:
        """The clause's one reading in a roadmap titled `title`: the key of what is in its place ("left-out" when
        nothing is) and what was made of it (feelings.Within)."""
        return self.in_place or "left-out", self.verdict(catalog, title)

    def swap(self, catalog: Catalog) -> Swap:
        """What the roadmap's title says of it (titles.py): the framework's name and, when the other framework's
        topics took its place, that framework's title ("Frontend Developer with Vue.js")."""
        placed = self.in_place and any(c is not None for _, c in self.places)
        return Swap(self.name(catalog), catalog.roadmap(self.in_place).title if placed else "")

    def note(self, catalog: Catalog, hours: float) -> str:
        """What left the roadmap and what took its place, with the hours it now takes, and how to keep it."""
        name = self.name(catalog)
        left = and_list([catalog.topic(t).name for t, _ in self.places])
        said = f"{name[:1].upper()}{name[1:]} left out as you asked (“{self.clause}”): {left}"
        chosen = list(dict.fromkeys(c for _, c in self.places if c is not None))
        if self.in_place and chosen:
            other = catalog.roadmap(self.in_place).title
            said += f". {other} in its place: {and_list([catalog.topic(t).name for t in chosen])}"
        else:
            why = self.instead or (
                f"you'd rather avoid {self.declined} too" if self.declined else "the catalog has no other framework"
            )
            said += f", with nothing in its place: {why}"
        return f"{said}; {hours:g} h in all. To keep {name}, undo “{self.clause}”."


def done_without(
    catalog: Catalog,
    feelings: Sequence[Feeling],
    taught: Collection[str],
    *,
    plain: Collection[str] = (),
    roadmaps: Collection[str] = (),
) -> list[DoneWithout]:
    """The frameworks the goal says to do without (see the module docstring) among the topics the roadmap would
    teach (`taught`, prerequisites included): none for a feeling other than a dislike, for a subject the goal asks
    for itself ("i hate react" alone), for one the roadmap does not teach or is built on (`roadmaps`, the slugs it is
    built from: `built_on`), or when the learner undid the clause (`Feeling.kept`) or the subject's words (`plain`)."""
    undone = {normalize(p) for p in plain}
    kept = built_on(catalog, feelings, roadmaps)
    shunned = {t for f in feelings if f.kind == "dislike" for t in f.topics}  # never in place of another
    found = []
    for feeling in feelings:
        if feeling.kind != "dislike" or feeling.asked or feeling.kept:
            continue
        for framework, (roadmap, places) in IN_PLACE_OF.items():
            if framework not in feeling.topics or framework not in taught or not catalog.has_topic(framework):
                continue
            if feeling.said in kept:  # "react native without react": React Native is React
                continue
            said = _subject_words(catalog, feeling.said, framework)
            if normalize(said) in undone:
                continue
            in_place = roadmap if catalog.has_roadmap(roadmap) else ""
            declined = (
                catalog.roadmap(roadmap).title
                if in_place and not shunned.isdisjoint(catalog.roadmap(roadmap).topic_ids)
                else ""
            )
            in_place = "" if declined or feeling.frameworks else in_place
            swapped = taught_in_place(catalog, places, taught, placed=bool(in_place))
            plainly = _PLAINLY if feeling.frameworks else ""  # "frontend without frameworks": no Vue.js either
            found.append(
                DoneWithout(feeling.said, said, framework, in_place, swapped, "" if plainly else declined, plainly)
            )
        found += _left_out_of(catalog, feeling, taught, undone, roadmaps)
    return found


#: How a role is learnt when the goal would do without every framework ("frontend without frameworks").
_PLAINLY = "you learn it in plain HTML, CSS and JavaScript, with no framework"


def _left_out_of(
    catalog: Catalog, feeling: Feeling, taught: Collection[str], undone: Collection[str], roadmaps: Collection[str]
) -> list[DoneWithout]:
    """What a role the roadmap is built from may be learnt without (`lexicon.LEFT_OUT_OF`: "devops without
    kubernetes", "game dev without c++"), when the clause names it: it and every topic taught that needs it, left out
    with nothing in their place, and how the role is done then."""
    found = []
    for framework, (called, roles) in LEFT_OUT_OF.items():
        role = next((slug for slug in roadmaps if slug in roles), None)
        if role is None or framework not in feeling.topics or framework not in taught:
            continue
        said = _subject_words(catalog, feeling.said, framework)
        if normalize(said) in undone:
            continue
        needing = [t for t in taught if framework in catalog.with_prerequisites([t])]
        places = tuple((t, None) for t in needing)
        found.append(DoneWithout(feeling.said, said, framework, "", places, instead=roles[role], called=called))
    return found


def taught_in_place(
    catalog: Catalog, places: Mapping[str, str | None], taught: Collection[str], *, placed: bool = True
) -> tuple[tuple[str, str | None], ...]:
    """Each topic of `places` the roadmap teaches (`taught`), with the topic in its place: None when nothing is put
    there (`placed` false) or the catalog lacks it. One rule for a framework done without ("frontend without react")
    and one done with instead (understanding/in_reacts_place.py)."""
    return tuple(
        (left, chosen if placed and chosen and catalog.has_topic(chosen) else None)
        for left, chosen in places.items()
        if left in taught
    )


@dataclass(frozen=True)
class Contradiction:
    """A goal that asks for what one of its clauses would do without ("react without react", "react developer
    without react"): the clause (`clause`), what it is about (`about`, "React"), the goal's words that ask for it
    (`asked`, "react developer"), the goal without the clause (`goal`), the roadmap that keeps it (`keep`) and the
    role learnt without it, with the other framework in its place (`role`, "" when the catalog has no other
    framework for it: `lexicon.IN_PLACE_OF`)."""

    clause: str
    about: str
    asked: str
    goal: str
    keep: str
    role: str = ""
    #: the clause would do without every framework ("vue developer without frameworks"): the role in plain HTML, CSS
    #: and JavaScript, never with the other framework
    plainly: bool = False
    #: what is asked is a topic with no roadmap of its own ("swift without swift": Swift basics), by name; `keep` is
    #: then "", and the choice is said in words, with the goal that keeps it
    topic: str = ""

    def refusal(self, catalog: Catalog, goal: str) -> NotFound:
        """The choice the goal leaves, said: keep it as asked, or learn the role without it (`role`), each opening
        its goal; never one picked for the learner (the goal was built as the role with Vue.js, unsaid)."""
        if self.topic:  # "swift without swift": Swift basics as asked, or something else the learner names
            hint = (
                f"“{self.clause}” asks to do without {self.about}, which your goal asks for (“{self.asked}”): choose "
                f"{self.topic} as asked (“{self.goal}”), or say in your goal what to learn instead"
            )
            return NotFound("roadmap for", goal, [], hint=hint, choice=True)
        keep = catalog.roadmap(self.keep).title
        hint = (
            f"“{self.clause}” asks to do without {self.about}, which your goal asks for (“{self.asked}”): choose "
            f"{keep} as asked"
        )
        goals = {self.keep: self.goal}
        if self.role:
            role = catalog.roadmap(self.role)
            other = catalog.roadmap(IN_PLACE_OF[next(f for f in IN_PLACE_OF if f in role.topic_ids)][0]).title
            hint += (
                f", or {role.title} without them, in plain HTML, CSS and JavaScript"
                if self.plainly
                else f", or {role.title} without it, {other} in its place"
            )
            goals[self.role] = f"{role.title.lower()} {self.clause}"
        else:
            hint += ", or say in your goal what to learn instead"
        return NotFound("roadmap for", goal, list(goals), hint=hint, choice=True, goals=goals)


def contradicted(
    catalog: Catalog, feelings: Sequence[Feeling], subjects: Sequence[Meaning], goal: str
) -> Contradiction | None:
    """The first clause of dislike (not undone, `Feeling.kept`) about what a phrase of the goal (`subjects`, as
    read) asks for by name: "without react" of "react without react", whose "react" is React; `goal` is the goal
    without the clause. A roadmap built on it ("react native without react") names it by no name of its own."""
    for feeling in feelings:
        if feeling.kind != "dislike" or feeling.asked or feeling.kept or not feeling.names:
            continue
        meaning = next((m for m in subjects if set(feeling.names) & set(m.names) and (m.roadmaps or m.topics)), None)
        if meaning is None:
            continue
        if not meaning.roadmaps:  # "swift without swift": a topic asked for by name, with no roadmap of its own
            return Contradiction(feeling.said, feeling.about, meaning.said, goal, "", topic=meaning.topics[0].name)
        named = [r.key for r in meaning.roadmaps if catalog.roadmap(r.key).title in feeling.names]
        keep = (named or [meaning.roadmaps[0].key])[0]
        framework = next((f for f in IN_PLACE_OF if f in feeling.topics and catalog.has_roadmap(IN_PLACE_OF[f][0])), "")
        roles = [r.slug for r in catalog.roadmaps if framework and r.role and framework in r.topic_ids]
        role = next((slug for slug in roles if slug != keep), "")
        return Contradiction(feeling.said, feeling.about, meaning.said, goal, keep, role, feeling.frameworks)
    return None


def built_on(catalog: Catalog, feelings: Sequence[Feeling], roadmaps: Collection[str]) -> dict[str, str]:
    """Clause -> the title of the roadmap built on the framework it dislikes (`lexicon.BUILT_ON`), among `roadmaps`
    (the slugs a roadmap is built from): "without react" of "react native without react" -> "React Native". The
    framework stays in it, since the roadmap is written in it (`feelings.Within.built_on` says so)."""
    found = {}
    for feeling in feelings:  # kept too: undone, it is still the roadmap it is built on that keeps it
        if feeling.kind != "dislike" or feeling.asked:
            continue
        for framework, slugs in BUILT_ON.items():
            on = next((s for s in slugs if s in roadmaps and catalog.has_roadmap(s)), None)
            if on is not None and framework in feeling.topics:
                found[feeling.said] = catalog.roadmap(on).title
    return found


def _subject_words(catalog: Catalog, clause: str, framework: str) -> str:
    """The clause's words that name the framework, as typed ("React" of "without React"), else its last word."""
    names = {normalize(n) for n in (catalog.topic(framework).name, *catalog.topic(framework).aliases)}
    pieces = clause.split()
    for size in range(len(pieces), 0, -1):
        for start in range(len(pieces) - size + 1):
            if normalize(" ".join(pieces[start : start + size])) in names:
                return " ".join(pieces[start : start + size])
    return pieces[-1]


#: Why what a roadmap is built on cannot be avoided in it, said when a choice leaves it out: by the topic it is about
#: and the roadmap that needs it so.
_CANNOT_AVOID = {
    ("javascript-basics", "frontend"): (
        "the one language browsers run, so what people see in a browser is not made without it"
    ),
}


def offered_without(catalog: Catalog, feelings: Sequence[Feeling], refusal: NotFound) -> None:
    """A choice of roadmaps (`refusal`, a field or a job of several roadmaps: "web developer without javascript",
    "mobile developer without javascript") less those built on what a clause of dislike would do without (their
    foundations, phases up to Junior, need it), said plainly in its hint; unchanged when every roadmap offered needs
    it, or none does. It offered Frontend, Full-Stack and Backend Developer alike, or React Native beside Flutter."""
    avoided = [f for f in feelings if f.kind == "dislike" and not f.asked and not f.kept and f.topics]
    offered = [s for s in refusal.suggestions if catalog.has_roadmap(s)]
    for feeling in avoided:
        built = [s for s in offered if not feeling.topics.isdisjoint(foundations(catalog, s))]
        if not built or len(built) == len(offered):
            continue
        offered = [s for s in offered if s not in built]
        titles = [catalog.roadmap(s).title for s in built]
        refusal.hint = _unlisted(refusal.hint, titles, catalog.roadmap(offered[0]).title)
        on = f"{and_list(titles)} {'is' if len(titles) == 1 else 'are'} built on {feeling.about}"
        why = next((w for (t, slug), w in _CANNOT_AVOID.items() if t in feeling.topics and slug in built), "")
        left = and_list([catalog.roadmap(s).title for s in offered])
        refusal.hint += f"; {on}" + (f", {why}" if why else "") + f" (“{feeling.said}”): {left} {_without(offered)}"
    refusal.suggestions = [s for s in refusal.suggestions if s in offered]
    refusal.goals = {slug: goal for slug, goal in refusal.goals.items() if slug in offered}


def _unlisted(hint: str, titles: Sequence[str], instead: str) -> str:
    """The hint less the roadmaps left out of its choice: not in a list to choose from ("choose a roadmap in it
    (Flutter, React Native, iOS Developer)"), nor the example of what to say (“frontend developer”: `instead`'s
    then)."""
    for title in titles:
        hint = hint.replace(f"as in “{title.lower()}”", f"as in “{instead.lower()}”")
        hint = re.sub(rf"(\([^()]*?)(?:{re.escape(title)}, |, {re.escape(title)}(?=[,)]))", r"\1", hint)
    return hint


def _without(offered: Sequence[str]) -> str:
    return "is learnt without it" if len(offered) == 1 else "are learnt without it"
