"""`read_goal`: a goal as the generator builds from it, on top of the interpreter's reading.

The interpreter reads names ("python", "kubernetes security"); a goal also names things to make ("a chrome
extension", "discord bots"). This reading adds what common goals mean (`goal_words.SENSES`) and weighs what the
interpreter found in the goal's context:

1. A phrase of the goal that names a common goal is read as that goal's topics, in place of whatever the
   interpreter read in its words ("chrome extension" is web development, not "extension" as a Swift protocol
   extension and "chrome" not understood). A goal the catalog does not cover ("3d printing") is refused with what
   the catalog cannot do and what honestly helps.
2. A generic word ("extension", "plugin", "bot", "tool") read alone through some topic's alias is out of context:
   it never becomes a subject, and the goal says it was too general.
3. A sense that needs the goal to say nothing else ("website" in "a website for my bakery") applies only when
   nothing else in the goal names a skill.
4. What the learner undid (`plain`) is read as typed: no goal sense, no synonym; one undo takes back the whole reading,
   so the same sense is not read again on part of the phrase, nor a part in the everyday sense the goal's field set
   aside ("ai" of an undone "enemy ai", `_withdrawn`).
5. A word left over right beside a read phrase (past little words) that is a word of the name it was read as, give or
   take an ending ("2d" of "a 2d platformer", read as 2D game development; "package" of "a pip package") says which one
   the learner means: it is read with it (`_qualifiers`);
   so is one that names a topic with the thing a common goal makes ("3d" of "a 3d godot game": 3D game development).
   The finder reads such words as the generator does (`GoalReading.qualifiers`), never as searched for or not
   understood.
6. A field the catalog has no roadmap for ("vr", "help desk", "scrum master": `lexicon.NOT_TAUGHT`, found by the
   finder's rule, `not_taught.py`) is said plainly with the nearest roadmaps, never left as not understood nor called
   what the goal is for, and a topic the interpreter read inside it ("scrum" as the agile topic) is no subject
   (`_not_taught`).
7. A topic read with words of its own that shares a word with a common goal's phrase is a part of the thing the goal
   makes ("3d game" of "a 3d game in godot"), read beside it; a roadmap read so gives way, said (`_part_of_it`).
8. A sense read only within a field (`GoalSense.within`) applies when another reading of the goal is about it: "ai"
   of "a godot rpg with enemy ai" is the game's enemies, not machine learning (`_about`, `_in_context`). The finder
   reads such a phrase as the generator does, in place of the interpreter's everyday reading (`GoalReading.reread`).
9. What such a sense is done to (`GoalSense.objects`: "package", "library") is read as the sense: "python package" of
   "publish a python package" is the package published (packaging and PyPI), not Python's modules and packages,
   which an alias reads it as (`_thing_done_to`); so is the word alone, left over ("library" of "publish my python
   library to pypi", `_things_done_to`); said and undoable, and the finder reads it so too. A goal naming it means
   that sense rather than another of the same word ("publish a python library" is PyPI's, not Python's docs). The
   language it is written in ("python" of "publish a python library") is what it is built with (`GoalSense.language`,
   `_in_language`), not the whole language's roadmap beside it.
Nothing is substituted silently: every reading is reported with the learner's words, and what was dropped or is
not covered is said in `notes`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Category, Level
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.search.text import STOPWORDS, normalize, stem, terms, words
from roadmapfinder.understanding.choice_beside import (
    AI_SUBJECT,
    CODING_FOR,
    coding_for_note,
    coding_for_phrase,
    coding_in_each,
    listed_beside,
    unused_note,
)
from roadmapfinder.understanding.cloud_products import in_cloud_product
from roadmapfinder.understanding.counterparts import OnCloud
from roadmapfinder.understanding.employers import Employer, employer_phrases, in_employer_clause, names_employer
from roadmapfinder.understanding.goal_words import (
    EXAM_WORDS,
    EXAMS,
    GENERIC_SUGGESTIONS,
    LANGUAGE_TOPICS,
    SENSES,
    SHARED_ROLES,
    GoalSense,
    shared_role_sentence,
)
from roadmapfinder.understanding.interpret import Interpretation, Meaning, Ref, go_as, inflected, interpret
from roadmapfinder.understanding.known import Understood, known_from
from roadmapfinder.understanding.lexicon import (
    CLOUD_CERTIFIED_ROLES,
    CLOUD_OWN,
    CLOUD_PLATFORMS,
    EVERYDAY_NAMES,
    FIELD_KINDS,
    FIELD_NAMES,
    FILLER,
    KNOWN_AS,
    MANAGED_KUBERNETES,
    MANAGED_KUBERNETES_NAMES,
    MOVE_WORDS,
    NEAREST_BECAUSE,
    NOT_TAUGHT,
    NOT_TAUGHT_WHY,
    PLATFORM_WAYS,
    SHARED_ALIAS_CONTEXTS,
)
from roadmapfinder.understanding.not_taught import not_taught_key, not_taught_phrases
from roadmapfinder.understanding.scope import promotion_respelt, wants_in
from roadmapfinder.understanding.spelling import everyday_word, spelt_as
from roadmapfinder.understanding.titles import Swap
from roadmapfinder.understanding.undone import holds_undone, in_undone
from roadmapfinder.understanding.vocabulary import vocabulary_for

#: How sure a common goal's reading is: a curated reading of the learner's phrase, as a synonym is.
_SENSE_CONFIDENCE = 0.85


@dataclass(frozen=True)
class BuiltAway:
    """A common goal built another way it has (`slug`, the roadmap of that way, and its `name`: "flutter",
    "Flutter") than its usual one (`usual`, its title: "React Native"), which is built on what the learner would do
    without (`GoalReading.away_from`)."""

    slug: str
    name: str
    usual: str
    #: the thing made, titled, when the goal named a platform's own roadmap ("ios apps": "An iPhone app"), which the
    #: roadmap's title says in place of the other way's own ("An iPhone app with Flutter", never "Flutter with Flutter")
    thing: str = ""

    def verdict(self, thing: str) -> str:
        """What the clause's line says was made of it, of the thing made (`thing`, as said in a sentence): "a mobile
        app is built with Flutter here, as React Native is built on it"."""
        return f"{thing} is built with {self.name} here, as {self.usual} is built on it"

    def swap(self) -> Swap:
        """What the roadmap's title says of it (titles.py): "A mobile app with Flutter"."""
        return Swap(self.usual, self.name)


@dataclass
class GoalReading:
    """What the generator builds from, and what it tells the learner about it."""

    interpretation: Interpretation
    subjects: list[Meaning] = field(default_factory=list)  # what to build from, in the goal's order
    understood: list[Understood] = field(default_factory=list)  # each phrase and what it was read as
    not_understood: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # the goal in the catalog's (or the sense's) names
    notes: list[str] = field(default_factory=list)  # what was dropped or is not covered, for the learner
    refused: list[GoalSense] = field(default_factory=list)  # goals the catalog does not cover
    too_general: list[str] = field(default_factory=list)  # generic words read out of context, as written
    fields: list[str] = field(default_factory=list)  # field words ("web"), as written: no skill on their own
    #: Fields the catalog has no roadmap for (`lexicon.NOT_TAUGHT`: "vr"), as written, and the roadmaps nearest them.
    not_taught: list[str] = field(default_factory=list)
    nearest: list[str] = field(default_factory=list)
    #: Phrases read as the learner's background, not as subjects (`_without_background`: "accountant" beside a goal,
    #: "qa" of "switch from qa to devops"), as written: the finder sets them aside too.
    background: list[str] = field(default_factory=list)
    #: The word naming the person the learner wants to be ("chef" of "i want to be a chef"), as written
    #: (`_person_to_be`): a role, never a topic; a roadmap that only mentions it leads to no such job.
    persons: list[str] = field(default_factory=list)

    senses: list[GoalSense] = field(default_factory=list)  # common goals the roadmap is built for
    #: Words read as a part of the thing a common goal makes ("3d" of "a 3d godot game"), as written: asked for.
    parts: list[str] = field(default_factory=list)
    #: Words left over that say which one the learner means of the phrase beside them ("2d" of "a 2d platformer",
    #: "3d" of "a 3d godot game"), as the readings `_qualifiers` gave them: the finder reads them so too.
    qualifiers: list[Meaning] = field(default_factory=list)
    #: Phrases read otherwise than the interpreter reads them, because of what the goal is about: an everyday word
    #: read within the goal's field (`GoalSense.within`: "enemy ai" of "a godot rpg with enemy ai" is Game AI and
    #: pathfinding, where the interpreter reads "ai" as Machine Learning Engineer), and what such a sense is done to
    #: ("python package" of "publish a python package": packaging and PyPI, not Python's modules and packages;
    #: "library" of "publish my python library to pypi", which the interpreter leaves not understood). The
    #: finder reads them so too, in place of the interpreter's reading of their words.
    reread: list[Meaning] = field(default_factory=list)
    #: Phrases the interpreter read that the generator leaves unread, as written: "ai" of an undone "enemy ai", in
    #: the everyday sense the goal's field set aside (`_withdrawn`). The finder leaves them unread too.
    set_aside: list[str] = field(default_factory=list)
    #: Phrases the interpreter read, wholly inside a common goal's phrase, as something the common goal is not made
    #: of, as written: "hackers" of "protect my company from hackers" is defending (Cyber Security's foundations),
    #: not Penetration testing methodology (where "godot" of "make games in godot" is a topic Godot games are made
    #: of). The finder reads the common goal in their place too (`_common_goal`).
    replaced: list[str] = field(default_factory=list)
    #: Phrases the interpreter read over a word a common goal reads as the thing to make, as written: "app for my
    #: startup" of "a web app for my startup" is a web app (Full-Stack), not Android's app startup, which its alias
    #: names; the rest of its words ("startup") are what the thing is for. The finder leaves them unread too.
    gave_way: list[str] = field(default_factory=list)
    #: The learner's words for what they make beside what it is made with ("apps" of "build apps with ai", "app" of
    #: "a recipe app with react native"), as written: said to change nothing in what to learn; the finder says so too.
    things: list[str] = field(default_factory=list)
    #: Each common goal read (`senses`, by key) and the learner's phrase read as it ("with ai" of "saas with ai").
    said_as: dict[str, str] = field(default_factory=dict)
    #: Each common goal read that builds nothing (`refused`, by key) and the learner's phrase read as it ("become
    #: senior" of "want to become senior": a promotion): the finder says it was read, never that it was not understood.
    refused_said: dict[str, str] = field(default_factory=dict)
    #: A refused sense read through a spelling fix ("get promotted"), by key: its phrase as read ("get promoted")
    refused_fixed: dict[str, str] = field(default_factory=dict)
    #: The learner's phrases read as how they study, with an AI assistant ("with ai" of "learn python with ai",
    #: `_studied_with`), as written: said in `notes`, nothing to learn; the finder says them too.
    studied: list[str] = field(default_factory=list)
    #: Where the learner wants to work, said in `notes` ("faang" of "join faang"): no subject.
    employers: list[Employer] = field(default_factory=list)
    #: Words asking for a certification in the goal's subject ("certification" of "python certification"), as
    #: written, each with what is said of it (`_exam_note`, also in `notes`): the finder says it too.
    exams: dict[str, str] = field(default_factory=dict)
    #: The roles done on a cloud with counterparts in the catalog ("azure" of "azure cloud engineer": Cloud Engineer's
    #: AWS topics learnt as Azure's, `counterparts.OnCloud`), which the generator swaps in.
    done_on: list[OnCloud] = field(default_factory=list)
    #: A common goal built another way than usual because its usual way is built on what the learner would do
    #: without ("mobile apps without react": Flutter, not React Native), by the clause that said so ("without
    #: react"), `_away_from`: the clause's line says it (feelings.Within.left_out), the title says what it is built
    #: with ("A mobile app with Flutter"), and its Undo builds it the usual way.
    away_from: dict[str, BuiltAway] = field(default_factory=dict)

    @property
    def made_of(self) -> set[str]:
        """The learner's phrases read as common goals ("chrome extension"): their topics are what it is made of."""
        return (
            {u.said for u in self.understood if any(u.said == m.said for m in self.subjects)}
            - {m.said for m in self.interpretation.meanings}
            - set(self.parts)
        )

    @property
    def roadmap_keys(self) -> set[str]:
        """The roadmaps the goal is about: those it names, and those nearest a common goal it names (their phase
        titles name the generated phases: a Discord bot's Python phases are not "Web APIs with ASP.NET Core")."""
        nearest = {g.suggestions[0] for g in self.senses if g.suggestions}
        written_in = {slug for g in self.senses for slug in g.language}  # a bot in JavaScript: its phases too
        return {r.key for m in self.subjects for r in m.roadmaps} | nearest | written_in


@dataclass(frozen=True)
class _Chunk:
    text: str
    stems: tuple[str, ...]
    words: tuple[str, ...]
    #: Every word of the piece as a common goal's phrase is matched against it: its stem, the word as written, and
    #: whether the search drops it as a learner's filler word ("job", "learn", "a"), which a phrase may step over.
    said: tuple[tuple[str, str, bool], ...] = ()


def read_goal(
    catalog: Catalog,
    text: str,
    *,
    plain: Collection[str] = (),
    knows: Collection[str] = (),
    background: Sequence[str] = (),
    avoid: Sequence[tuple[str, Collection[str]]] = (),
) -> GoalReading:
    """Read a goal for the generator (see the module docstring); `plain` lists phrases read as typed, `knows` the
    topics the learner knows (a common goal is built in a language they know when the goal names none), and
    `background` what the learner works as, already set apart from `text` (`goal_known.GoalKnown.background`:
    "designer" of "i'm a designer who wants to code"), said with the rest of their background; `avoid` the clauses
    saying what the learner would do without, each with its topics ("without react": React), set apart from `text`
    too: a common goal whose usual way is built on one is built another way it has (`_away_from`)."""
    interpretation = interpret(catalog, text, plain=plain)
    chunks = _chunks(text)
    undone = {normalize(p) for p in plain}
    spans = [(m, _span(chunks, m.said)) for m in interpretation.meanings]
    unknown = {i for said in interpretation.not_understood for i in _span(chunks, said)}
    reading = GoalReading(interpretation=interpretation)

    # an undone reading no common goal gave ("get promoted to senior", the scope's promotion) has none inside it
    # (every common goal's phrase in the text is looked for only when something was undone: it doubles the time)
    table = _senses_starting(catalog, chunks)
    phrased = [(x, span) for x in table for span, _, _, _ in _phrases(chunks, x)] if undone else []
    whole = undone - {normalize(_said(chunks, span)) for _, span in phrased}
    about = _about(catalog, spans, _beside(chunks, spans, _senses(table, chunks, undone, whole, alone=False)))
    about += _known_about(catalog, knows)  # "manual testing, want automation": the tester's field, test automation
    withdrawn = _withdrawn(chunks, undone, about, phrased)
    senses = _beside(
        chunks, spans, _senses(table, chunks, undone, whole, alone=False, about=about, withdrawn=withdrawn)
    )
    # "learn to code" of "learn to code with ai"
    learning = _senses(table, chunks, undone, whole, alone=True, withdrawn=withdrawn)
    senses, studied = _studied_with(chunks, spans, senses, learning, undone)  # "learn python with ai": how, not what
    reading.notes += [note for _, note in studied]
    reading.studied = [_said(chunks, aid) for aid, _ in studied]
    either = [*senses, *learning]
    taught = _not_taught(chunks, text, interpretation, {i for _, span, _ in either for i in span})
    inside = {i for phrase in taught for i in phrase.span}
    senses = [x for x in senses if not x[1] & inside]  # "work in tech support" is no job in tech at large
    covered = {i for _, span, _ in senses for i in span}
    written = {i for _, span, _ in senses for i in range(min(span), max(span) + 1)}  # with their little words
    within: list[tuple[Meaning, str]] = []  # what was read inside those phrases ("scrum" of "scrum master")
    kept: list[tuple[Meaning, set[int]]] = []
    said_for: set[str] = set()  # words already said to be what the thing is for ("budgeting")
    persons = _person_to_be(chunks)  # "chef" of "i want to be a chef"
    fielded = _named_as_field(spans, learning)  # "mobile app" of "a mobile app in flutter": read beside Flutter
    reading.persons = [chunks[i].text for i in sorted(persons)]
    employers = employer_phrases(text, interpretation, plain=plain)  # "join faang": where, said below
    for meaning, span in spans:
        if in_employer_clause(employers, meaning.said):  # "join" of "join faang" is no SQL join
            if names_employer(employers, meaning.said):  # "stripe" of "an interview with stripe": where, said below
                unknown |= span
            continue
        if span and any(span & aid for aid, _ in studied):  # "ai" of "learn python with ai": how they study
            unknown |= {i for i in span if not any(i in aid for aid, _ in studied)}  # "games" of "games with ai"
            reading.set_aside.append(meaning.said)
            continue
        if span and any(sense.within and span < words for sense, words in withdrawn):
            # "ai" of an undone "enemy ai": part of the phrase, in the sense the goal's field set aside (machine
            # learning in a game). The whole phrase ("publish") is read as typed, as the interpreter reads it.
            unknown |= span
            reading.set_aside.append(meaning.said)
            continue
        if span and span <= inside:  # "scrum" of "scrum master": the field with no roadmap, not the agile topic
            if meaning.roadmaps or meaning.topics:
                within.append((meaning, next(p.said for p in taught if span <= p.span)))
            continue
        own = {i for i in span - written if chunks[i].stems}  # its words no common goal's phrase has
        if same := next((s for g, s, _ in senses if s & span and _same_reading(meaning, g)), None):
            same |= span  # "game with ai" of "make a game with ai enemies": one reading, “game with ai enemies”
            continue
        if span & covered and not _part_of_it(meaning, own):  # the common goal's reading replaces it
            if (meaning.roadmaps or meaning.topics) and own:  # "iphone app like instagram": said, not lost
                sense, sense_span, _ = next(x for x in senses if x[1] & span)
                reading.notes.append(
                    f"“{meaning.said}” is read within “{_said(chunks, sense_span)}” ({sense.title}), not as "
                    f"{_join(meaning.names)}; undo that reading to have it read on its own."
                )
            elif not own and _read_otherwise(meaning, next(x[0] for x in senses if x[1] & span)):
                reading.replaced.append(meaning.said)  # "hackers" of "protect ... from hackers": the finder too
            continue
        if not meaning.roadmaps and meaning.how == "alias" and span and span <= persons:
            unknown |= span  # "chef" of "i want to be a chef": the person they want to be, not the Chef tool
            reading.set_aside.append(meaning.said)  # the finder leaves it unread too
            continue
        # "transitioning into devops": the move, not React's transitions; in a phrase the learner undid, as typed
        # ("go" of an undone "go into backend": Go)
        if _moving(chunks, span) and not in_undone(normalize(meaning.said), undone):
            unknown |= span
            reading.set_aside.append(meaning.said)
            continue
        if _promotion_in(chunks, meaning, span, spans, undone):  # "devops engineer promotion": the scope's promotion
            unknown |= span
            reading.set_aside.append(meaning.said)
            continue
        if thing := _thing_done_to(catalog, chunks, meaning, span, senses, undone):
            reading.reread.append(thing)  # "python package" of "publish a python package": what is published
            kept.append((thing, span))
            continue
        if _generic(meaning):
            reading.too_general.append(meaning.said)
            unknown |= span
            continue
        if kind := _modifies(chunks, meaning, span):
            reading.notes.append(f"“{meaning.said}” is what the {kind} is for here, not {_join(meaning.names)}")
            unknown |= span
            said_for.add(meaning.said)
            continue
        kept.append((meaning, span))
    made = [x for x in senses if not x[0].setting]  # "a game for iphone and android": the game is still to read
    # ... and what it is built with ("flutter" of "a mobile app in flutter": `_in_language` takes it) is nothing else
    # a choice read on the very words the interpreter read ("ai", its synonym Machine Learning Engineer) is that
    # reading's to replace, no other subject: "learn ai" was Machine Learning Engineer, chosen for the learner
    choice_words = [span for sense, span, _ in learning if sense.choice]
    # "for ai" of "learn to code for ai", undone: read as typed it chooses no language, said so (`choice_beside`)
    kept = _ai_undone_beside_coding(chunks, reading, kept, learning, undone)
    besides = [
        m
        for m, span in kept
        if (m.roadmaps or m.topics)
        and not _about_generic(m)
        and not _built_with(m, fielded)
        and not any(span and span <= words for words in choice_words)
    ]
    if not made and not besides:
        senses = [*senses, *(x for x in learning if not x[1] & inside and not any(x[1] & s for _, s, _ in senses))]
        covered = {i for _, span, _ in senses for i in span}
        # what the thing is built with stays, for `_in_language` ("flutter mobile" of "flutter mobile app": Flutter)
        built = [(m, span) for m, span in kept if _built_with(m, fielded)]
        for meaning, span in kept:  # "app for my startup" of "a web app for my startup": the web app, for a startup
            if span & covered and (meaning.roadmaps or meaning.topics) and (meaning, span) not in built:
                reading.gave_way.append(meaning.said)
                unknown |= {i for i in span - covered if chunks[i].words}  # "startup": what it is for, said
        kept = [
            (m, span)
            for m, span in kept
            if (m, span) in built or (not span & covered and not (senses and _about_generic(m)))
        ]
        # "an app to track my workouts": the generic word is the thing the sense reads, not too general
        reading.too_general = [w for w in reading.too_general if not _span(chunks, w) & covered]
    # "learn to code for ai", "learn to code websites": what the coding is for says where to start
    senses, kept = _coding_for(catalog, text, chunks, reading, senses, kept, taught, undone)
    kept = _coding_side(catalog, chunks, reading, senses, learning, kept, undone)  # "coding for web design"
    if len(senses) > 1 or kept or taught:  # "learn to code games", "code websites": the rest says what; alone, it
        # says no more; a field with no roadmap says more too ("it support job": IT support, no job at large)
        others = [x for x in senses if not x[0].only]
        # a choice listed beside a field ("learn apis and databases"): the choice, the field said beside it; both
        # were read, and the goal was refused as naming nothing
        named = [(m, span) for m, span in kept if not _field_beside(chunks, m, span, senses)]
        # several that only leave a choice: the one on most words ("find a job that would match my skills")
        senses = others if others or named or taught else [max(senses, key=lambda x: len(x[1]))]
    media: list[tuple[Meaning, set[int]]] = []  # the languages things are written in ("pyhton discord bot")
    for number, (sense, span, fixed) in enumerate(senses):
        chosen, medium, note = _in_language(catalog, sense, [m for m, _ in kept], knows)
        if avoid and medium is None and (away := _away_from(catalog, sense, chosen, avoid, knows)):
            clause, chosen, other = away  # "mobile apps without react": Flutter, as React Native is React
            reading.away_from[clause] = BuiltAway(chosen.language[0], other, _usual_way(catalog, sense))
            note = ""
        senses[number] = (chosen, span, fixed)
        media += [(m, s) for m, s in kept if m is medium]
        kept = [(m, s) for m, s in kept if m is not medium]  # the language it is written in: not a second subject
        if note:
            reading.notes.append(note)
    kept = _platform_away_from(catalog, reading, kept, avoid, knows)  # "ios apps without swift": with Flutter
    reading.background = list(background)
    kept, senses, unknown = _without_background(chunks, reading, kept, senses, unknown, undone)
    kept, clouds, before = _on_cloud(catalog, chunks, reading, kept, undone)  # "data engineering on azure"
    kept = _moving_into(table, chunks, reading, kept, undone)  # "i want to go backend": into backend, not Go's
    kept, unknown = _managed_names(catalog, chunks, reading, kept, unknown, undone)  # "elastic kubernetes service"
    kept = _kubernetes_cluster(chunks, reading, kept)  # "eks cluster": the cluster Kubernetes runs, not clustering
    kept = _managed_by_name(catalog, chunks, reading, kept, clouds, undone)  # "eks", "aws eks": Kubernetes on AWS
    kept = _certified_role(catalog, reading, kept, clouds, undone)  # "associate cloud engineer": on Google Cloud
    kept = _shared_alias(catalog, chunks, reading, kept, undone)  # "bevy ecs": an entity component system
    kept, senses = _shared_role(catalog, chunks, kept, senses)  # "web developer": which job, never both merged

    ordered: list[tuple[int, Meaning | GoalSense, str, str | None]] = [
        (min(span, default=0), m, m.said, None) for m, span in [*kept, *media]
    ]
    ordered += [(min(span), sense, _said(chunks, span), fixed) for sense, span, fixed in senses]
    ordered.sort(key=lambda item: item[0])
    ahead = ""  # a cloud said before its role ("azure cloud computing"), for the role's title
    for _, what, said, fixed in ordered:
        if isinstance(what, GoalSense) and (role := _as_role(catalog, chunks, text, what, said, undone)):
            _add_role(catalog, reading, what, said, role)  # "c# game dev job": Game Developer, in Unity
        elif isinstance(what, GoalSense):
            _add_sense(catalog, reading, what, said, fixed)
        elif any(what is m for m, _ in media):  # reported as read (a spelling fix too), built with, not built from
            reading.understood.append(_understood(what))
        else:
            _add_meaning(catalog, reading, what)
            if cloud := clouds.get(id(what)):  # "Data Engineer on Microsoft Azure", not "... and Azure fundamentals"
                reading.titles.pop()
                if id(what) in before or not reading.titles:
                    ahead = cloud  # "azure cloud computing": the role comes next, titled on the cloud then
                    continue
                reading.titles[-1:] = [_on_cloud_title(reading.titles[-1], cloud)]
            elif ahead and reading.titles:
                reading.titles[-1:] = [_on_cloud_title(reading.titles[-1], ahead)]
            ahead = ""
    for way in (w for w in reading.away_from.values() if w.thing):  # "An iPhone app", with Flutter (titles.Swap)
        reading.titles = [way.thing if t == way.name else t for t in reading.titles]
    reading.understood[:0] = [background_reading(said) for said in reading.background]
    # "program" of "learn to program for machine learning": learning to code, which what it is for says the rest of
    # (Machine Learning Engineer starts with programming), as "code" of "learn to code for machine learning" is
    covered |= {
        i for sense, span, _ in learning if sense.key == "learn-to-code" and _learnt(chunks, span) for i in span
    }
    left = unknown - covered - _qualifiers(catalog, chunks, reading, unknown - covered, undone)
    left -= _things_done_to(catalog, chunks, reading, senses, left, undone)
    _say_not_taught(catalog, reading, taught, within)
    reading.understood += [studied_reading(said) for said in reading.studied]  # "with ai": its Undo, as every reading
    rest = _runs(chunks, left - inside)
    if rest and (where := _employers(employers, rest)):  # "get a job at amazon": where
        reading.notes.append(f"{', '.join(where.values())}: where you want to work, not what to learn.")
        reading.employers = _named_in(employers, list(where))
        reading.understood += [employer_reading(e.said) for e in reading.employers]  # its Undo, as every reading
        rest = [run for run in rest if run not in where]
    if any(sense.alone and sense.build for sense, _, _ in senses) and rest:  # "a website for my bakery": about what
        if unsaid := [run for run in rest if run not in said_for]:
            reading.notes.append(f"{_quoted(unsaid)}: what it is for, which changes nothing in what to learn")
        rest = []
    if reading.subjects and rest:  # "a recipe app with react native": what the app is, beside what it is made with
        things = [run for run in rest if any(_generic_word(w) in _THINGS for w in normalize(run).split())]
        if things:
            reading.things = things
            reading.notes.append(f"{_quoted(things)}: what you are making, which changes nothing in what to learn")
            rest = [run for run in rest if run not in things]
            reading.too_general = [w for w in reading.too_general if not any(w in run for run in things)]
    if reading.subjects and rest:  # "python certification": an exam in the subject, said, never "not understood"
        slugs = [r.key for m in reading.subjects for r in m.roadmaps]
        names = [n for m in reading.subjects for n in m.names]
        for run in [run for run in rest if normalize(run) in EXAM_WORDS]:
            reading.exams[run] = _exam_note(catalog, run, slugs, names)
            reading.notes.append(reading.exams[run])
        rest = [run for run in rest if run not in reading.exams]
    reading.not_understood = rest
    for run in rest:  # "build a tool": a kind of thing, and nothing says which
        words = normalize(run).split()
        if words and all(_generic_word(w) for w in words) and run not in reading.too_general:
            reading.too_general.append(run)
    if reading.subjects and reading.fields:  # alone, a field is a choice of roadmaps (`generate._not_found`)
        reading.understood += [
            _field_reading(m, m.field)
            for m in interpretation.meanings
            if m.field and m.said in reading.fields and normalize(m.said) in FIELD_KINDS
        ]
        reading.notes.append(
            f"{_quoted(reading.fields)} names a whole field, not one skill: the roadmap is built from the rest of "
            "your goal."
        )
    for said in reading.too_general:
        reading.notes.append(
            f"“{said}” alone is too general to build a roadmap from: say what it is for, as in “a Chrome extension” "
            "or “a Discord bot”"
        )
    return reading


def _ai_sense_words() -> frozenset[str]:
    return frozenset(normalize(p) for sense in SENSES if sense.key == "ai" for p in sense.phrases)


def _ai_undone_beside_coding(
    chunks: list[_Chunk],
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    learning: Sequence[tuple[GoalSense, set[int], str | None]],
    undone: Collection[str],
) -> list[tuple[Meaning, set[int]]]:
    """`kept`, less the AI words of a learn-to-code goal whose reading as the first language the learner undid ("for
    ai" of "learn to code for ai"): read as typed they were Machine Learning Engineer, built in place of the choice
    the Undo promised; now the choice, with the words said as unused (`choice_beside.unused_note`)."""
    coding = next((s for sense, s, _ in learning if sense.key == "learn-to-code"), None)
    if coding is None or len(kept) != 1:
        return kept
    meaning, span = kept[0]
    if not span or normalize(meaning.said) not in _ai_sense_words():
        return kept
    words, linked = coding_for_phrase([c.text for c in chunks], coding, span)
    said = _said(chunks, words)
    if not linked or normalize(said) not in undone:
        return kept
    reading.notes.append(unused_note(said, CODING_FOR["ai"], undone=True))
    reading.set_aside.append(meaning.said)
    return []


def _coding_for(
    catalog: Catalog,
    text: str,
    chunks: list[_Chunk],
    reading: GoalReading,
    senses: list[tuple[GoalSense, set[int], str | None]],
    kept: list[tuple[Meaning, set[int]]],
    taught: list[_NotTaught],
    undone: Collection[str],
) -> tuple[list[tuple[GoalSense, set[int], str | None]], list[tuple[Meaning, set[int]]]]:
    """A goal that is learning to code and what the coding is for, and nothing else (`choice_beside.CODING_FOR`):
    AI ("learn to code for ai", "learn to code and ai"), data ("learn programming for data") or websites ("learn to
    code websites", "learn coding to make websites", "learn web coding") names where to start, said with why, where
    it leads and the other way in, undoable. Undone, or said otherwise ("with ai" of "learn to code with ai" undone,
    as typed), the words choose no start and are said as unused beside the first-language choice. A job in AI ("learn
    to code for ai jobs") is the AI choice, learning to code said to come with each. Before, the AI words were a
    second choice dropped for the longer one, or said to be unused, and a field beside learning to code was the whole
    goal refused as naming a field, "learn to code" dropped unsaid."""
    coding = [x for x in senses if x[0].key == "learn-to-code"]
    keys = {sense.key for sense, _, _ in senses}
    if taught or not coding:
        return senses, kept
    if keys == {"learn-to-code", "ai"} and not kept:
        key, span = "ai", next(s for sense, s, _ in senses if sense.key == "ai")
    elif keys == {"learn-to-code"} and len(kept) == 1 and _coding_field(kept[0][0]) and not wants_in(text):
        key, span = str(kept[0][0].field), kept[0][1]  # "websites", "data": a job in the field is its jobs' choice
    else:
        return senses, kept
    coding_for = CODING_FOR[key]
    words, linked = coding_for_phrase([c.text for c in chunks], coding[0][1], span)
    said = _said(chunks, words)
    if key == "ai" and normalize(_said(chunks, span)) not in AI_SUBJECT:  # "for ai jobs": which AI job is the choice
        reading.notes.append(coding_in_each(_said(chunks, coding[0][1])))
        return [x for x in senses if x[0].key == "ai"], kept
    if not linked and key != "ai":  # a field said apart from learning to code: as before, the field
        return senses, kept
    if not linked or normalize(said) in undone or not catalog.has_roadmap(coding_for.start):
        reading.notes.append(unused_note(said, coding_for, undone=normalize(said) in undone))
        reading.set_aside += [m.said for m, _ in kept]  # the finder leaves "websites" unread too
        return coding, []
    start = Ref(key=coding_for.start, name=catalog.roadmap(coding_for.start).title)
    chosen = Meaning(said=said, roadmaps=[start], how="synonym", confidence=_SENSE_CONFIDENCE)
    leads_to = [catalog.roadmap(s).title for s in coding_for.leads_to if catalog.has_roadmap(s)]
    reading.notes.append(coding_for_note(said, coding_for, leads_to))
    reading.reread.append(chosen)  # the finder reads it so too, in place of "ai" or the field
    return [], [(chosen, words)]


def _coding_side(
    catalog: Catalog,
    chunks: list[_Chunk],
    reading: GoalReading,
    senses: list[tuple[GoalSense, set[int], str | None]],
    learning: list[tuple[GoalSense, set[int], str | None]],
    kept: list[tuple[Meaning, set[int]]],
    undone: Collection[str],
) -> list[tuple[Meaning, set[int]]]:
    """Learning to code for a phrase that names both a roadmap of code and a role beyond it, and nothing else: the
    roadmap of code, said with the other way, undoable. "coding for web design" is HTML & CSS, what web design is
    coded in; "web design" names UX Design too, which the answer was, merged with HTML & CSS (490 hours, Figma and
    user research first), though the learner said they want to code. Undone, both, as before."""
    coding = [span for sense, span, _ in learning if sense.key == "learn-to-code"]
    if senses or len(kept) != 1 or not coding:
        return kept
    meaning, span = kept[0]
    roadmaps = [catalog.roadmap(r.key) for r in meaning.roadmaps if catalog.has_roadmap(r.key)]
    coded = [r for r in roadmaps if r.category.value in CODING_FOR and not r.role]
    beyond = [r for r in roadmaps if r.kind.value == "non-coding-role"]
    if len(coded) != 1 or not beyond:
        return kept
    words, linked = coding_for_phrase([c.text for c in chunks], coding[0], span)
    whole = {*coding[0], *words}
    said = _said(chunks, whole)
    if not linked or normalize(said) in undone:
        return kept
    chosen = Meaning(
        said=said, roadmaps=[Ref(key=coded[0].slug, name=coded[0].title)], how="synonym", confidence=_SENSE_CONFIDENCE
    )
    other = and_list([r.title for r in beyond])
    reading.notes.append(
        f"“{said}”: {meaning.said} in code is {coded[0].title}; “{meaning.said}” also names {other}, the same work "
        f"without code: write “{beyond[0].title.lower()}” for it, or undo “{said}” for both."
    )
    reading.reread.append(chosen)  # the finder reads it so too
    return [(chosen, whole)]


def _coding_field(meaning: Meaning) -> bool:
    """Whether a reading is only a field word that says what learning to code is for ("websites", "data")."""
    return not meaning.roadmaps and not meaning.topics and (meaning.field or "") in CODING_FOR


def _field_beside(
    chunks: list[_Chunk], meaning: Meaning, span: set[int], senses: list[tuple[GoalSense, set[int], str | None]]
) -> bool:
    """Whether a reading is a field word listed beside a choice ("databases" of "learn apis and databases"): no
    subject of its own, said beside the choice (`generate._not_found`)."""
    if meaning.roadmaps or meaning.topics or not meaning.field:
        return False
    pieces = [c.text for c in chunks]
    return any(sense.choice and listed_beside(pieces, s, span) for sense, s, _ in senses)


def _exam_note(catalog: Catalog, said: str, slugs: list[str], names: list[str]) -> str:
    """What a certification beside a subject asks ("certification" of "python certification"): the exam the roadmap
    prepares for (`goal_words.EXAMS`), or that the catalog prepares for none in it, its roadmap teaching what such
    an exam tests. It was left not understood, by the generator and the finder both."""
    prepared = [s for s in dict.fromkeys(slugs) if s in EXAMS]
    if prepared:
        said_of = and_list([f"{catalog.roadmap(s).title} prepares for {EXAMS[s]}" for s in prepared])
        return f"“{said}”: {said_of}."
    subject = and_list(list(dict.fromkeys(names)))
    return (
        f"“{said}”: the catalog prepares for no {subject} exam; the roadmap teaches what such an exam tests, so "
        "compare the exam's syllabus with it."
    )


#: Words that only say a field is worked in ("vr development", "a vr developer"): part of the field's phrase.
_FIELD_TAIL = frozenset({"development", "developer", "developers", "dev", "devs", "programming", "engineer"})


@dataclass(frozen=True)
class _NotTaught:
    """A phrase of the goal naming a field the catalog has no roadmap for, with the words after it that only say the
    field is worked in ("vr development"), and the pieces of the goal it takes."""

    key: str
    said: str
    span: frozenset[int]


def _not_taught(chunks: list[_Chunk], text: str, interpretation: Interpretation, covered: set[int]) -> list[_NotTaught]:
    """The phrases of the goal naming a field the catalog has no roadmap for, by the finder's rule
    (`not_taught.not_taught_phrases`: "help desk", "scrum master", "vr"), less those within a common goal's phrase
    ("build a robot": a maker-board robot)."""
    found: list[_NotTaught] = []
    for phrase in not_taught_phrases(text, interpretation):
        span = _span(chunks, phrase)
        if not span or span <= covered:
            continue
        end = max(span) + 1
        while end < len(chunks) and normalize(chunks[end].text) in _FIELD_TAIL:
            span.add(end)
            end += 1
        found.append(_NotTaught(not_taught_key(phrase), _said(chunks, span), frozenset(span)))
    return found


def _say_not_taught(
    catalog: Catalog, reading: GoalReading, taught: list[_NotTaught], within: list[tuple[Meaning, str]]
) -> None:
    """Say plainly that the catalog has no roadmap for each phrase, with the nearest roadmaps (as the finder does),
    and what the interpreter had read inside it ("scrum" as the agile topic), which is therefore no subject."""
    for phrase in taught:
        reading.not_taught.append(phrase.said)
        slugs = NOT_TAUGHT[phrase.key]
        have = [s for s in slugs if catalog.has_roadmap(s)]  # another content folder may lack the shipped ones
        reading.nearest += [s for s in have if s not in reading.nearest]
        named = f"“{phrase.said}”" + (f" ({KNOWN_AS[phrase.key]})" if phrase.key in KNOWN_AS else "")
        lead = NEAREST_BECAUSE.get(slugs, ("The nearest are", ""))[0]
        why = NOT_TAUGHT_WHY.get(slugs, "")
        nearest = f" {lead} {and_list([catalog.roadmap(s).title for s in have])}." if have else ""
        reading.notes.append(f"The catalog has no roadmap for {named}{': ' + why if why else ''}.{nearest}")
    for meaning, phrase_said in within:
        if meaning.roadmaps:
            reading.notes.append(f"“{meaning.said}” is read within “{phrase_said}”, not as {_join(meaning.names)}.")
        else:  # "scrum" is an alias of the agile topic, which no roadmap is about
            topic = "a topic" if len(meaning.topics) == 1 else "topics"
            reading.notes.append(
                f"“{meaning.said}” names {topic} of the catalog, {and_list(meaning.names)}, taught inside other "
                "roadmaps, not a roadmap of its own."
            )


def _part_of_it(meaning: Meaning, own: set[int]) -> bool:
    """Whether a reading that shares words with a common goal's phrase is read beside it: a topic named with words of
    its own ("3d game" of "a 3d game in godot", "game ai" of "a godot game with ai and multiplayer") is a part of the
    thing the goal makes. A roadmap ("iphone app" of "an iphone app like instagram": iOS Developer) is another way to
    make the whole thing, and a reading with no word of its own is only what the common goal's words were read as: both
    give way."""
    return bool(own) and bool(meaning.topics) and not meaning.roadmaps


def _qualifiers(
    catalog: Catalog, chunks: list[_Chunk], reading: GoalReading, indexes: set[int], undone: set[str]
) -> set[int]:
    """The pieces among `indexes` that say which one the learner means of the phrase right beside them, read with
    it, reported as a reading of their own (undoable), never left over as not understood: words of the name it was
    read as, give or take an ending ("2d" of "a 2d platformer", read as 2D game development; "package" of "a pip
    package", read as Virtual environments and packaging), or words that make a topic's name with a word of that
    phrase, the thing it makes ("3d" of "a 3d godot game": 3D game development, a part of the game)."""
    taken: set[int] = set()
    for run in _index_runs(indexes):
        said = " ".join(chunks[i].text for i in run)
        words = [w for i in run for w in chunks[i].words]
        if not words or normalize(said) in undone:
            continue
        beside = {_next_word(chunks, min(run), -1), _next_word(chunks, max(run), +1)}  # past "my", "to"
        for understood in reading.understood:
            span = _span(chunks, understood.said)
            if not beside & span:
                continue
            named = [ref for ref in understood.means if _words_of(words, ref.name)]
            if named:
                reading.understood.append(
                    Understood(said=said, means=named[:1], how="synonym", confidence=_SENSE_CONFIDENCE)
                )
                reading.qualifiers.append(_qualifier(catalog, said, named[0]))
                taken |= set(run)
                break
            if part := _part_named(catalog, said, [chunks[i].text for i in sorted(span)]):
                reading.understood.append(
                    Understood(said=said, means=[part], how="synonym", confidence=_SENSE_CONFIDENCE)
                )
                reading.qualifiers.append(_qualifier(catalog, said, part))
                reading.subjects.append(Meaning(said=said, topics=[part], how="synonym", confidence=_SENSE_CONFIDENCE))
                reading.titles.append(part.name)
                reading.parts.append(said)
                taken |= set(run)
                break
    return taken


def _objects(chunks: list[_Chunk], sense: GoalSense) -> set[int]:
    """The pieces of the text that name what the sense is done to (`GoalSense.objects`: "library", "packages")."""
    wanted = {t for word in sense.objects for t in _phrase_words(word, False)}
    return {i for i, chunk in enumerate(chunks) if wanted & set(chunk.stems)}


def _thing_done_to(
    catalog: Catalog,
    chunks: list[_Chunk],
    meaning: Meaning,
    span: set[int],
    senses: Sequence[tuple[GoalSense, set[int], str | None]],
    undone: set[str],
) -> Meaning | None:
    """The reading of a phrase the interpreter read as a topic that names what a sense of the goal is done to, as that
    sense ("python package" of "publish a python package" is what is published: packaging and PyPI, not Python's
    modules and packages); said and undoable as a curated reading. None for any other phrase, for a roadmap named
    ("python"), and for a phrase the learner undid."""
    if meaning.roadmaps or not meaning.topics or normalize(meaning.said) in undone:
        return None
    for sense, sense_span, _ in senses:
        if sense.topics and span & _objects(chunks, sense) and not span & sense_span:
            topics = _sense_topics(catalog, sense)
            return Meaning(said=meaning.said, topics=topics, how="synonym", confidence=_SENSE_CONFIDENCE)
    return None


def _things_done_to(
    catalog: Catalog,
    chunks: list[_Chunk],
    reading: GoalReading,
    senses: Sequence[tuple[GoalSense, set[int], str | None]],
    indexes: set[int],
    undone: set[str],
) -> set[int]:
    """The pieces among `indexes` (left over) that name what a sense of the goal is done to, read as it ("library" of
    "publish my python library to pypi": the library is what is published), said and undoable, never left over as not
    understood; the finder reads them so too (`GoalReading.reread`)."""
    taken: set[int] = set()
    for run in _index_runs(indexes):
        said = " ".join(chunks[i].text for i in run)
        if normalize(said) in undone:
            continue
        for sense, _, _ in senses:
            if sense.topics and set(run) <= _objects(chunks, sense):
                topics = _sense_topics(catalog, sense)
                reading.understood.append(
                    Understood(said=said, means=topics, how="synonym", confidence=_SENSE_CONFIDENCE)
                )
                reading.reread.append(Meaning(said=said, topics=topics, how="synonym", confidence=_SENSE_CONFIDENCE))
                taken |= set(run)
                break
    return taken


def _qualifier(catalog: Catalog, said: str, ref: Ref) -> Meaning:
    """A qualifying word's reading as a `Meaning` (a curated reading, undoable as a synonym's is), of the roadmap or
    topic it names (a roadmap's slug may be a topic's id too: "terraform")."""
    topic = not (catalog.has_roadmap(ref.key) and catalog.roadmap(ref.key).title == ref.name)
    return Meaning(
        said=said,
        topics=[ref] if topic else [],
        roadmaps=[] if topic else [ref],
        how="synonym",
        confidence=_SENSE_CONFIDENCE,
    )


def _next_word(chunks: list[_Chunk], index: int, step: int) -> int:
    """The piece of text next to `index` in direction `step` that has a word, past little words ("publish my package":
    "publish" is beside "package")."""
    index += step
    while 0 <= index < len(chunks) and not chunks[index].words:
        index += step
    return index


def _words_of(words: list[str], name: str) -> bool:
    """Whether every word is a word of the name, give or take an ending ("package" of "packaging")."""
    own = normalize(name).split()
    return all(any(w == n or (stem(w) == stem(n) and inflected(w, n)) for n in own) for w in words)


def _part_named(catalog: Catalog, said: str, phrase: list[str]) -> Ref | None:
    """The topic the learner's words name with one word of the phrase beside them ("3d" with "game" of "godot game":
    3D game development), read whole as a catalog name, or None."""
    for word in phrase:
        words = f"{said} {word}"
        meanings = interpret(catalog, words).meanings
        if len(meanings) == 1 and meanings[0].said == words and meanings[0].how in ("name", "alias"):
            return next(iter(meanings[0].topics), None)
    return None


def _beside(
    chunks: list[_Chunk], spans: list[tuple[Meaning, set[int]]], senses: list[tuple[GoalSense, set[int], str | None]]
) -> list[tuple[GoalSense, set[int], str | None]]:
    """The senses, less those that qualify another subject (`beside`: "with ai") when the goal has no other subject,
    when another sense is already about it ("a chatbot with chatgpt"), or when the learner did not write the phrase's
    little words ("python for ai" is not "with ai")."""
    taken = {i for sense, span, _ in senses if not sense.beside for i in span}
    others = bool(taken) or any((m.roadmaps or m.topics) for m, span in spans)
    nearby = {slug for sense, _, _ in senses if not sense.beside for slug in sense.suggestions}
    kept = []
    for sense, span, fixed in senses:
        if sense.beside and set(sense.suggestions) & nearby:  # "a chatbot with chatgpt": already about it
            continue
        if sense.beside:
            said = normalize(_said(chunks, span))
            before = normalize(chunks[min(span) - 1].text) + " " + said if min(span) > 0 else said
            written = {normalize(p) for p in sense.phrases}
            if not others or not (said in written or before in written):
                continue
        kept.append((sense, span, fixed))
    return kept


#: The words of "with ai" that say how a learner studies when they follow what is learnt ("learn python with ai",
#: "study sql using chatgpt"): an assistant to learn with, not a feature to build ("ai features", "with openai" are).
_STUDY_AIDS = frozenset(
    {"with ai", "using ai", "with chatgpt", "using chatgpt", "with gpt", "with an llm", "with llm", "with llms"}
)
#: Verbs of learning right before the subject ("learn python with ai").
_LEARNING = frozenset({"learn", "learning", "study", "studying", "master", "practice", "practise", "practising"})
#: ... and in a phrase of learning itself: "teach myself to code".
_LEARNING_TO = _LEARNING | {"teach"}


def _studied_with(
    chunks: list[_Chunk],
    spans: list[tuple[Meaning, set[int]]],
    senses: list[tuple[GoalSense, set[int], str | None]],
    learning: Sequence[tuple[GoalSense, set[int], str | None]],
    undone: Collection[str],
) -> tuple[list[tuple[GoalSense, set[int], str | None]], list[tuple[set[int], str]]]:
    """The senses, less "with ai" (`goal_words._WITH_AI`) right after what the goal learns: how the learner studies,
    with an AI assistant, which changes nothing in what to learn. What is learnt is a roadmap right after a learning
    verb ("learn python with ai": the Python roadmap as it stands; it was AI features to build, generative AI topics
    before Python's basics), or a goal that leaves where to start to choose, written with a learning verb ("learn to
    code with ai", "i want to learn programming using chatgpt": `learning`, the senses read alone, of which `choice`
    ones; answered as "learn to code" is, the usual first languages and the finder; it was AI features through an
    LLM API, 85 h, for a beginner who asked to learn programming), or a thing to make right after such a goal ("learn
    to code games with ai": the first game, as "learn to code games" is; it was Game AI beside AI features, "ai" read
    twice), or a game right before a "with ai" that ends the goal, with no learning verb ("make a game with ai": the
    first game made with an assistant's help, its note offering the game's own AI, which undoing "with ai" gives; it
    was Game AI beside AI features too), in an engine or language too ("make a godot game with ai", where the game's
    "ai" is its own AI, `goal_words._GAME_AI`, was Godot beside Game AI and pathfinding, unsaid, while "make a game with
    ai" was the assistant: one reading for both, said the same way, its Undo the game's AI). "coding with ai" with no
    learning verb is coding with AI assistants (`goal_words._CODING_WITH_AI`), kept; with one, its "with ai" is how they
    learn to code, by the same rule. Returns the phrases so read, each with its note offering the other readings
    ("python for ai", "python with ai features"; "ai coding assistants" for the tools themselves; "game ai" for a
    game's own). Undone (`plain`), "with ai" is read as typed, as before."""
    kept, studied = [], []
    for sense, span, fixed in senses:
        aid = span
        if sense.key == "coding-with-ai":  # "learn to code with ai": how they learn; "coding with ai": assistants
            coding = next((s for g, s, _ in learning if g.choice and s & span), None)
            if coding is None or not _learnt(chunks, coding):
                kept.append((sense, span, fixed))
                continue
            aid = span - coding
        elif sense.key == "game-ai" and span and min(span) > 0:  # "make a godot game with ai": "with" makes the aid
            aid = {min(span) - 1, *span}
        said = _said(chunks, aid)
        if (
            sense.key not in ("with-ai", "coding-with-ai", "game-ai")
            or normalize(said) not in _STUDY_AIDS
            or normalize(said) in undone  # undone, a game's "ai" is its own AI
        ):
            kept.append((sense, span, fixed))
            continue
        learnt = next((m for m, s in spans if m.roadmaps and s and max(s) == min(aid) - 1), None)
        start = min(_span(chunks, learnt.said), default=0) if learnt else 0
        before = [s for _, s, _ in learning if s and max(s) == min(aid) - 1]  # what the goal reads alone before it
        choice = next((s for g, s, _ in learning if g.choice and s in before), None)
        thing = next(((g, s) for g, s, _ in learning if not g.choice and s in before), None)
        # ... or a thing made one way: "godot game" of "make a godot game with ai"
        made = next(((g, s) for g, s, _ in senses if s and max(s) == min(aid) - 1 and g is not sense), thing)
        if learnt is not None and start > 0 and normalize(chunks[start - 1].text) in _LEARNING:
            name = learnt.roadmaps[0].name
            note = (
                f"“{said}”: how you learn {name}, with an AI assistant, which changes nothing in what to learn. To "
                f"learn {name} for AI work, write “{name.lower()} for ai”; to build AI features with it, write "
                f"“{name.lower()} with ai features”."
            )
        elif choice is not None and _learnt(chunks, choice):
            what = _said(chunks, choice)
            note = (
                f"“{said}”: how you learn, with an AI assistant, which changes nothing in where to start (“{what}”). "
                "To learn to work with coding assistants themselves, write “ai coding assistants”; to build AI "
                "features into an app, write “ai features”."
            )
        elif thing is not None and (coding := _learnt_before(chunks, thing[1], learning)) is not None:
            what = _said(chunks, {max(coding), *thing[1]})  # "code games" of "learn to code games"
            own = (  # what "with ai" would be in the thing itself
                "For the game's own AI (enemies that chase, find their way and decide), write “game ai”"
                if "game-developer" in thing[0].suggestions
                else "To build AI features into it, write “ai features”"
            )
            note = (
                f"“{said}”: how you learn, with an AI assistant, which changes nothing in what to learn (“{what}”). "
                f"{own}; to learn to work with coding assistants themselves, write “ai coding assistants”."
            )
        elif made is not None and "game-developer" in made[0].suggestions and _last_words(chunks, aid):
            # "make a game with ai": a game made with an AI assistant's help; undone, the game's own AI
            note = (
                f"“{said}”: read as how you learn to make it, with an AI assistant, which changes nothing in what to "
                f"learn (“{_said(chunks, made[1])}”). For a game with AI in it (enemies that chase, find their way "
                f"and decide), undo “{said}” or write “game ai”; to learn to work with coding assistants themselves, "
                "write “ai coding assistants”."
            )
        else:
            kept.append((sense, span, fixed))
            continue
        studied.append((aid, note))
    return kept, studied


def _last_words(chunks: list[_Chunk], span: set[int]) -> bool:
    """Whether nothing the goal names follows the phrase: "with ai" of "make a game with ai" ends it, where in "make a
    game with ai enemies" it is part of what the game has."""
    return all(not chunks[i].stems for i in range(max(span) + 1, len(chunks)))


def _learnt_before(
    chunks: list[_Chunk], thing: set[int], learning: Sequence[tuple[GoalSense, set[int], str | None]]
) -> set[int] | None:
    """The phrase of learning to code right before a thing to make, when it has a learning verb ("learn to code" of
    "learn to code games"), else None."""
    return next((s for g, s, _ in learning if g.choice and s and max(s) == min(thing) - 1 and _learnt(chunks, s)), None)


def _learnt(chunks: list[_Chunk], span: set[int]) -> bool:
    """Whether a phrase says what the learner learns: a learning verb in it ("learn to code", "teach myself to code")
    or right before it ("learn coding", "study programming")."""
    return any(normalize(chunks[i].text) in _LEARNING_TO for i in [min(span) - 1, *sorted(span)] if i >= 0)


def _in_language(
    catalog: Catalog, sense: GoalSense, named: list[Meaning], knows: Collection[str]
) -> tuple[GoalSense, Meaning | None, str]:
    """The common goal in the language the goal names ("a discord bot in javascript"), else in one the learner knows
    when they know none of the one it is written in; with the meaning that named the language (what the thing is
    written in, not a second subject) and a note for the learner."""
    by_roadmap = {key: meaning for meaning in named for key in _names_roadmaps(meaning)}
    for slug in sense.language:  # "python scripts", "a discord bot in python": the language is not a second subject
        if slug in by_roadmap:
            return sense, by_roadmap[slug], f"Built with {catalog.roadmap(slug).title}, as you asked."
    if not sense.in_language and not sense.other_languages:
        return sense, None, ""
    for slugs, topics, name in sense.in_language:
        for slug in slugs:
            if slug in by_roadmap:
                return _written_in(sense, slugs, topics), by_roadmap[slug], f"Built with {name}, as you asked."
    for other in sense.other_languages:  # "a web app, in golang": the thing in that language, its own sense
        if other.language[0] in by_roadmap:
            return other, by_roadmap[other.language[0]], ""
    if any(_entry_known(catalog, slug, knows) for slug in sense.language):
        return sense, None, ""
    for other in sense.other_languages:  # "i know rust and want to build a web app": A web app in Rust, said
        if any(_entry_known(catalog, slug, knows) for slug in other.language):
            return other, None, _known_language_note(catalog, sense, other)
    for slugs, topics, name in sense.in_language:
        if any(_entry_known(catalog, slug, knows) for slug in slugs):
            return _written_in(sense, slugs, topics), None, _known_in_language_note(catalog, sense, name)
    for slugs, topics, name in sense.in_language:  # "i only know dart": the language of the path, not its framework
        if language := next((LANGUAGE_TOPICS[s][0] for s in slugs if _language_known(s, knows)), None):
            return _written_in(sense, slugs, topics), None, _known_in_language_note(catalog, sense, name, language)
    return sense, None, ""


def _away_from(
    catalog: Catalog,
    sense: GoalSense,
    chosen: GoalSense,
    avoid: Sequence[tuple[str, Collection[str]]],
    knows: Collection[str],
) -> tuple[str, GoalSense, str] | None:
    """The common goal built another way it has (`GoalSense.in_language`) when the way `chosen` for it is built on
    what a clause of the goal would do without ("mobile apps without react": React Native is written in React,
    Flutter is not), with that clause and the other way's name; a way whose language the learner knows first, else
    the first in the sense's order; none when the chosen way needs none of it or every way needs some of it."""
    needs = _built_from(catalog, chosen)
    clause = next((said for said, topics in avoid if not needs.isdisjoint(topics)), None)
    if clause is None:
        return None
    avoided = {t for _, topics in avoid for t in topics}
    ways = [
        (_written_in(sense, slugs, topics), name)
        for slugs, topics, name in sense.in_language
        if _built_from(catalog, _written_in(sense, slugs, topics)).isdisjoint(avoided)
    ]
    known = [
        w for w in ways if any(_entry_known(catalog, s, knows) or _language_known(s, knows) for s in w[0].language)
    ]
    way, name = next(iter(known or ways), (None, ""))
    return (clause, way, name) if way is not None else None


def _platform_away_from(
    catalog: Catalog,
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    avoid: Sequence[tuple[str, Collection[str]]],
    knows: Collection[str],
) -> list[tuple[Meaning, set[int]]]:
    """A platform's own roadmap (`lexicon.PLATFORM_WAYS`: iOS Developer) built another way that makes the same app
    when a clause of the goal would do without what its foundations are written in ("ios apps without swift": Flutter,
    one app for iPhone and Android): the way whose language the learner knows first, else the first in its order that
    needs nothing avoided; said on the clause's line (`GoalReading.away_from`) and in a note, its Undo the platform's
    roadmap as before. It was said to stay ("iOS Developer uses it"), and the roadmap taught in Swift."""
    if not avoid:
        return kept
    avoided = {t for _, topics in avoid for t in topics}
    found = []
    for meaning, span in kept:
        slug = next((r.key for r in meaning.roadmaps if r.key in PLATFORM_WAYS), None)
        thing, language, topic, others = PLATFORM_WAYS.get(slug or "", ("", "", "", ()))
        clause = next((said for said, topics in avoid if topic in topics), None)
        if slug is None or clause is None:
            found.append((meaning, span))
            continue
        ways = [w for w in others if catalog.has_roadmap(w) and foundations(catalog, w).isdisjoint(avoided)]
        known = [w for w in ways if _entry_known(catalog, w, knows) or _language_known(w, knows)]
        way = next(iter(known or ways), None)
        if way is None:  # every way needs something avoided: the platform's own roadmap, said to keep it
            found.append((meaning, span))
            continue
        name, title = catalog.roadmap(way).title, catalog.roadmap(slug).title
        reading.away_from[clause] = BuiltAway(way, name, title, thing)
        reading.notes.append(
            f"{thing} without {language}: {name} makes one app for iPhone and Android from one code base, so it runs "
            f"on {title.removesuffix(' Developer')} as well. To write it in {language} with {title}, undo “{clause}”."
        )
        away = meaning.model_copy(update={"roadmaps": [Ref(key=way, name=name)], "topics": []})
        reading.reread.append(away)  # the finder reads it so too: Flutter first, where iOS Developer "stayed"
        found.append((away, span))
    return found


def foundations(catalog: Catalog, slug: str) -> set[str]:
    """A roadmap's foundations (phases up to Junior, as a common goal takes them) with everything they need first."""
    phases = catalog.roadmap(slug).phases
    topics = [t for p in phases if p.level.rank <= Level.JUNIOR.rank for t in p.topic_ids]
    return set(catalog.with_prerequisites(topics))


def _built_from(catalog: Catalog, sense: GoalSense) -> set[str]:
    """What a common goal's roadmap is built from: its topics and its roadmaps' foundations (phases up to Junior, as
    the generator takes them), with everything they need first."""
    topics = [*sense.topics]
    for slug in (s for s in sense.roadmaps if catalog.has_roadmap(s)):
        topics += [t for p in catalog.roadmap(slug).phases if p.level.rank <= Level.JUNIOR.rank for t in p.topic_ids]
    return set(catalog.with_prerequisites([t for t in topics if catalog.has_topic(t)]))


def _usual_way(catalog: Catalog, sense: GoalSense) -> str:
    """The title of the roadmap a common goal is usually built with: its own, else the first it suggests that is no
    other way of its (`in_language`): React Native for a phone app."""
    others = {s for slugs, _, _ in sense.in_language for s in slugs}
    usual = [s for s in (*sense.roadmaps, *sense.suggestions) if s not in others and catalog.has_roadmap(s)]
    return catalog.roadmap(usual[0]).title if usual else sense.title


def _known_in_language_note(catalog: Catalog, sense: GoalSense, name: str, language: str = "") -> str:
    """What the learner is told when a common goal is built in a language they know (`GoalSense.in_language`): the
    choice made and why, and the words that make the usual path, named by the roadmap it is built on when it has one
    ("i know flutter and want to build a mobile app": “in react native”, since "in javascript" names the JavaScript
    roadmap, which builds no phone app), else by its language (“in python” for a bot). `language` is the language
    the learner knows when it is not the path itself ("Dart" for Flutter: "since you know Dart")."""
    known = f"since you know {language}" if language else "which you know"
    slugs = sense.roadmaps or sense.language
    if not slugs:
        return f"Built with {name}, {known}."
    default = catalog.roadmap(slugs[0]).title
    return (
        f"Built with {name}, {known}, rather than {default}; write “in {default.lower()}” in your goal for the "
        f"{default} path."
    )


def _known_language_note(catalog: Catalog, sense: GoalSense, other: GoalSense) -> str:
    """What the learner is told when a common goal is built in a language they know rather than its usual one: the
    choice made, and the words that make the other ("... write “a web app in javascript” for the JavaScript path")."""
    known, default = catalog.roadmap(other.language[0]).title, catalog.roadmap(sense.language[0]).title
    return (
        f"Built with {known}, which you know, rather than {default}; write “{sense.title.lower()} in "
        f"{default.lower()}” in your goal for the {default} path."
    )


def _named_as_field(
    spans: list[tuple[Meaning, set[int]]], alone: Sequence[tuple[GoalSense, set[int], str | None]]
) -> list[tuple[GoalSense, set[int], str | None]]:
    """The senses read alone whose phrase the interpreter read as a whole field ("mobile app"), or took into the name
    of what it is built with ("flutter mobile" of "flutter mobile app"): beside what they are built with, they are the
    thing to make, never a field that names no one skill. A generic word ("app" of "a flutter app", "a recipe app
    with react native") stays what the learner makes with the roadmap named, and so does a name that holds the whole
    phrase: "iphone app" is iOS Developer, the app itself, not iOS as what "app" is built with."""
    field = {i for m, span in spans if m.field and not all(map(_generic_word, normalize(m.said).split())) for i in span}
    return [
        x
        for x in alone
        if x[1] & field
        or any(x[1] & span and not x[1] <= span and _built_with(m, [x]) for m, span in spans if not m.field)
    ]


def _built_with(meaning: Meaning, senses: Sequence[tuple[GoalSense, set[int], str | None]]) -> bool:
    """Whether a reading names only what one of these common goals can be built with, a language or framework of
    theirs (`GoalSense.language`, `in_language`): "flutter" of "a mobile app in flutter" is how the app is made,
    which `_in_language` takes as such. The goal was read as the Flutter roadmap alone, "mobile app" said
    to name a whole field, though the app's own reading is built in Flutter when the goal names it."""
    named = _names_roadmaps(meaning)
    return bool(named) and any(named <= _languages(sense) for sense, _, _ in senses)


def _names_roadmaps(meaning: Meaning) -> set[str]:
    """The roadmaps a reading names: those it was read as, or the path whose language it was read as alone ("swift"
    is Swift basics, the language of iOS: `goal_words.LANGUAGE_TOPICS`), so "a mobile app in swift" is the app in
    Swift, as "in flutter" is in Flutter, not Swift basics with the app said to name a field."""
    named = {r.key for r in meaning.roadmaps}
    topics = {t.key for t in meaning.topics}
    return named or {slug for slug, (_, topic) in LANGUAGE_TOPICS.items() if topics == {topic}}


def _language_known(slug: str, knows: Collection[str]) -> bool:
    """Whether the learner knows the language a path is written in (`goal_words.LANGUAGE_TOPICS`: Dart for Flutter)."""
    return slug in LANGUAGE_TOPICS and LANGUAGE_TOPICS[slug][1] in knows


def _languages(sense: GoalSense) -> set[str]:
    """The roadmaps a common goal can be built with: its own language and those it has another path in (a language
    with a sense of its own, `other_languages`, is read by that sense's phrases: "web app in rust")."""
    return {*sense.language, *(s for slugs, _, _ in sense.in_language for s in slugs)}


def _written_in(sense: GoalSense, slugs: tuple[str, ...], topics: tuple[str, ...]) -> GoalSense:
    """The common goal in another language: its topics, its note for that way (`GoalSense.way_notes`), and that
    language's roadmap first among the suggestions (its phase titles name the generated phases). A sense whose
    roadmaps give its foundations (a mobile app: React Native's) has that roadmap's in their place (Flutter's): the
    default's are written in the default language."""
    suggestions = (slugs[0], *(s for s in sense.suggestions if s != slugs[0]))
    roadmaps = slugs[:1] if sense.roadmaps else ()
    note = dict(sense.way_notes).get(slugs[0], sense.not_covered)  # "built with Flutter", never React Native's words
    return replace(sense, topics=topics, roadmaps=roadmaps, language=slugs, suggestions=suggestions, not_covered=note)


def _entry_known(catalog: Catalog, slug: str, knows: Collection[str]) -> bool:
    """Whether the learner knows what knowing the language's roadmap by name means ("Python": Python basics; "C# and
    .NET": C# basics). Read the way "what I know" is, so a roadmap titled otherwise than the language's own name
    ("C# and .NET", "C++") counts as known from "c#", "c++", "js" or "golang" alike."""
    return any(key in knows for key in known_from(catalog, [catalog.roadmap(slug).title]).topics)


def generic_suggestions(catalog: Catalog, reading: GoalReading) -> list[str]:
    """Roadmaps that honestly help with the kinds of thing the goal names when its subject is not understood
    ("a zoom extension": JavaScript), best first; those the catalog has (`senses_in`: another content folder may lack
    the shipped catalog's)."""
    words = [w for said in (*reading.too_general, *reading.not_understood) for w in normalize(said).split()]
    slugs = (s for w in words if (kind := _generic_word(w)) for s in GENERIC_SUGGESTIONS[kind])
    return list(dict.fromkeys(s for s in slugs if catalog.has_roadmap(s)))


#: Words that name the one who makes a thing: "developer" of "c# game developer", "dev" of "c# game dev job".
_MAKER_WORDS = frozenset(
    {"developer", "developers", "dev", "devs", "programmer", "programmers", "engineer", "engineers"}
)


def _as_role(
    catalog: Catalog, chunks: list[_Chunk], text: str, sense: GoalSense, said: str, undone: set[str]
) -> Meaning | None:
    """The role a common goal's thing is the work of (`GoalSense.role`), read on the phrase and the maker's word right
    after it ("c# game dev", "unity developer"), when the goal names the maker or wants a job ("unity job"); None for
    the thing alone ("make a game in c#"), or when the learner undid the phrase. Said as a reading, undoable."""
    if not sense.role or not catalog.has_roadmap(sense.role[0]):
        return None
    span = _span(chunks, said)
    after = max(span, default=-2) + 1
    maker = 0 < after < len(chunks) and bool(set(normalize(chunks[after].text).split()) & _MAKER_WORDS)
    inside = any(set(normalize(chunks[i].text).split()) & _MAKER_WORDS for i in span)
    if not (maker or inside or wants_in(text)):
        return None
    whole = _said(chunks, span | {after}) if maker else said
    if in_undone(normalize(whole), undone):
        return None
    title = catalog.roadmap(sense.role[0]).title
    return Meaning(
        said=whole, roadmaps=[Ref(key=sense.role[0], name=title)], how="synonym", confidence=_SENSE_CONFIDENCE
    )


def _add_role(catalog: Catalog, reading: GoalReading, sense: GoalSense, said: str, role: Meaning) -> None:
    """The role read in a common goal's place (`_as_role`), with why and its Undo; the note that the phrase with the
    maker's word was read within the common goal ("“unity developer” is read within “unity”") no longer holds."""
    _add_meaning(catalog, reading, role)
    reading.notes = [n for n in reading.notes if f"” is read within “{said}”" not in n]
    why = sense.role[1] if sense.role else ""
    reading.notes.append(
        f"“{role.said}”: the job of making {sense.title}, so the {role.names[0]} role. {why} Undo "
        f"“{role.said}” to read it as typed."
    )


def _add_meaning(catalog: Catalog, reading: GoalReading, meaning: Meaning) -> None:
    """A phrase the interpreter read: reported with what it became; a field word ("web" beside "django") became
    no skill, so it is not a reading but a note (`_field_notes`), never a reading that says nothing."""
    if not (meaning.roadmaps or meaning.topics):
        if meaning.field:
            reading.fields.append(meaning.said)
        return
    reading.understood.append(_understood(meaning))
    reading.subjects.append(meaning)
    reading.titles.append(subject_title(catalog, meaning))


def _on_cloud_title(title: str, cloud: str) -> str:
    """The title of what is done on a cloud ("Data Engineer on Microsoft Azure"), unless it names the cloud already:
    "cloud computing with aws" is "Cloud Engineer with AWS", never "Cloud Engineer with AWS on AWS"."""
    return title if re.search(rf"\b{re.escape(cloud)}\b", title) else f"{title} on {cloud}"


def subject_title(catalog: Catalog, meaning: Meaning) -> str:
    """What a phrase read as a subject is called in the roadmap's title: every roadmap it names, since the roadmap is
    built from all of them. It was the first one's alone, so "cloud computing" (AWS and Cloud Engineer, 693 h) was
    titled "AWS" (390 h of it) and "web design" "HTML & CSS" (with 285 h of UX Design). A job with skills is the job
    with them ("kubernetes engineer": DevOps Engineer with Kubernetes); several topics are the first one's name."""
    if not meaning.roadmaps:
        return meaning.topics[0].name
    names = [r.name for r in meaning.roadmaps]
    roles = [r.name for r in meaning.roadmaps if catalog.has_roadmap(r.key) and catalog.roadmap(r.key).role]
    if len(roles) == 1 and len(names) > 1:
        return f"{roles[0]} with {and_list([n for n in names if n not in roles])}"
    return and_list(names)


def _field_reading(meaning: Meaning, field: str) -> Understood:
    """A word for a kind of thing read as its field beside the goal's subjects ("rpg" of "an rpg in godot": making
    games), as the learner is told of it: a curated reading like any other, said and undoable (`how="synonym"`),
    though the roadmap is built from the rest of the goal."""
    return Understood(
        said=meaning.said,
        means=[Ref(key=field, name=FIELD_NAMES[Category(field)])],
        how="synonym",
        confidence=meaning.confidence,
    )


def _understood(meaning: Meaning) -> Understood:
    """A phrase the interpreter read, as the learner is told of it: a spelling fix says what it was read as and can be
    undone, wherever the phrase ends up (a subject, or the language a common goal is written in)."""
    return Understood(
        said=meaning.said,
        means=meaning.roadmaps or meaning.topics,
        how=meaning.how,
        corrected=meaning.corrected,
        confidence=meaning.confidence,
    )


def senses_in(catalog: Catalog) -> tuple[GoalSense, ...]:
    """The common goals (`goal_words.SENSES`) this catalog can say in full: every topic and roadmap each names is in
    it, kept with the catalog. The table names the shipped catalog's topics (tests/unit/test_goals.py checks them);
    another catalog (the tests' sample, a trimmed or forked content folder) may lack them, and a sense read there
    answered the goal with its missing ids, "no topic `dom-manipulation`", a 404 from the finder and the generator
    alike (`catalog.topic`). A sense it cannot say is not read: the goal's words are read as any others are."""
    return catalog.derived(_senses_said_in)


def _senses_said_in(catalog: Catalog) -> tuple[GoalSense, ...]:
    return tuple(sense for sense in SENSES if _said_in(catalog, sense))


def may_leave_choice(catalog: Catalog, text: str) -> bool:
    """Whether `read_goal` may read `text` as a goal leaving a choice (a `GoalSense.choice` among what it refuses to
    build: "get a job in tech", "learn to code", "web developer"); False when it cannot, so a search need not read it.

    Such a reading is only ever a common goal found by its phrase (`_phrases`, perhaps then in the language the goal
    names: `_in_language`) or a job title several roles share (`_shared_role`), which names a SHARED_ROLES title
    or ends with a job title's last word ("developer", `_JOB_TITLE_TAILS`). Looking for the phrases of the choices
    alone is a small part of reading the whole goal: "how do big websites handle millions of users" has "how", a
    word of "how do i start", but none of the choices' phrases."""
    chunks = _chunks(text)
    starting = _senses_starting(catalog, chunks)
    if any(_may_choose(sense) and next(_phrases(chunks, sense), None) is not None for sense in starting):
        return True
    said = {w for piece in (text, *(chunk.text for chunk in chunks)) for w in normalize(piece).split()}
    stems = {stem(w) for w in said}
    return bool(said & _JOB_TITLE_TAILS) or any(set(title) <= stems for title in _SHARED_ROLE_STEMS)


def _may_choose(sense: GoalSense) -> bool:
    """A common goal that is a choice, or becomes one in another language (`_in_language`)."""
    return sense.choice or any(other.choice for other in sense.other_languages)


@dataclass(frozen=True)
class _Openings:
    """The common goals a catalog can say (`senses_in`), by the first word of each of their phrases as `_phrases`
    matches it: a phrase is found only where the text has that word, or (`spelling.spelt_as`) a misspelling of it."""

    table: tuple[GoalSense, ...]
    #: First words (stems) of the phrases of the senses matched by stem, each with the senses' places in `table`.
    by_stem: dict[str, frozenset[int]]
    #: First words of the `exact` senses' phrases, matched as written.
    by_word: dict[str, frozenset[int]]
    #: By initial, the first words a misspelling may stand for (five letters or more, not `GoalSense.as_typed`).
    misspelt: dict[str, tuple[tuple[str, int], ...]]


def _openings(catalog: Catalog) -> _Openings:
    table = _senses_said_in(catalog)  # as `senses_in`, without asking the catalog again while it builds this
    by_stem: dict[str, set[int]] = {}
    by_word: dict[str, set[int]] = {}
    misspelt: dict[str, list[tuple[str, int]]] = {}
    for at, sense in enumerate(table):
        for phrase in (*sense.phrases, *sense.target_phrases):
            run = _phrase_words(phrase, sense.exact)
            if not run:
                continue
            (by_word if sense.exact else by_stem).setdefault(run[0], set()).add(at)
            if not sense.exact and run[0] not in _as_typed(sense) and len(run[0]) >= 5:
                misspelt.setdefault(run[0][:1], []).append((run[0], at))
    return _Openings(
        table=table,
        by_stem={word: frozenset(places) for word, places in by_stem.items()},
        by_word={word: frozenset(places) for word, places in by_word.items()},
        misspelt={initial: tuple(firsts) for initial, firsts in misspelt.items()},
    )


def _senses_starting(catalog: Catalog, chunks: list[_Chunk]) -> tuple[GoalSense, ...]:
    """The common goals (`senses_in`, in its order) one of whose phrases may start in the text: the only ones
    `_phrases` can find there. Each goal was matched against every phrase of every sense, a few times over
    (`read_goal`): 3-5 ms a goal, most of its reading, and most of a search whose words a goal may have."""
    openings = catalog.derived(_openings)
    stems = {stemmed for chunk in chunks for stemmed, _, _ in chunk.said}
    found = {at for word in stems for at in openings.by_stem.get(word, ())}
    found.update(at for chunk in chunks for _, word, _ in chunk.said for at in openings.by_word.get(word, ()))
    for typed in stems:
        if len(typed) >= 5 and not everyday_word(typed):
            near = openings.misspelt.get(typed[:1], ())
            found.update(at for first, at in near if spelt_as(typed, first, exact=False))
    return tuple(sense for at, sense in enumerate(openings.table) if at in found)


def _said_in(catalog: Catalog, sense: GoalSense) -> bool:
    """Whether the catalog has every topic and roadmap the sense names, in what it builds, suggests, is written in,
    takes instead, offers instead and its other languages."""
    topics = [*sense.topics, *(t for pair in sense.instead for t in pair)]
    topics += [t for _, in_topics, _ in sense.in_language for t in in_topics]
    roadmaps = [*sense.roadmaps, *sense.suggestions, *sense.language, *sense.alternative[:1]]
    roadmaps += [s for slugs, _, _ in sense.in_language for s in slugs]
    return (
        all(catalog.has_topic(t) for t in topics)
        and all(catalog.has_roadmap(s) for s in roadmaps)
        and all(_said_in(catalog, other) for other in sense.other_languages)
    )


def _sense_topics(catalog: Catalog, sense: GoalSense) -> list[Ref]:
    """The topics a common goal is built from, as names: what the goal's reading, and what it is done to, say."""
    return [Ref(key=t, name=catalog.topic(t).name) for t in sense.topics]


def _same_reading(meaning: Meaning, sense: GoalSense) -> bool:
    """Whether the interpreter read a phrase overlapping a common goal's as the very topics the common goal gives:
    "game with ai" of "make a game with ai enemies" (an alias of Game AI across "with") is what "ai enemies" is read
    as, so the two are one reading on all their words; kept apart, the roadmap named Game AI twice, or "with ai" was
    read as AI features beside it ("ai" read twice)."""
    return bool(meaning.topics) and not meaning.roadmaps and {t.key for t in meaning.topics} == set(sense.topics)


def _read_otherwise(meaning: Meaning, sense: GoalSense) -> bool:
    """Whether the interpreter read a phrase as roadmaps or topics none of which the common goal holding it is built
    from ("hackers" as Penetration testing, inside Defending against attackers), rather than as a part of it
    ("godot" of Godot games) or as a field ("games")."""
    named = {r.key for r in meaning.roadmaps} | {t.key for t in meaning.topics}
    return bool(named) and not named & {*sense.roadmaps, *sense.topics}


def _add_sense(catalog: Catalog, reading: GoalReading, sense: GoalSense, said: str, fixed: str | None) -> None:
    # "get promotted": its stem is the phrase's, so no word was misspelt by the phrase's rule, but the scope reads it
    # as a slip of "promoted" (`scope.promotion_respelt`), and says so; so does the common goal of the same words
    fixed = fixed or promotion_respelt(said)
    roadmaps = [Ref(key=s, name=catalog.roadmap(s).title) for s in sense.roadmaps]
    topics = _sense_topics(catalog, sense)
    if fixed and not sense.build:  # "get promotted": the choice is read through a spelling fix, said as every one is
        reading.notes.append(f"Read “{said}” as “{fixed}”.")
    if sense.not_covered:
        reading.notes.append(sense.not_covered)
    if not sense.build:
        reading.refused.append(sense)
        reading.refused_said.setdefault(sense.key, said)
        if fixed:
            reading.refused_fixed.setdefault(sense.key, fixed)
        return
    reading.understood.append(
        Understood(said=said, means=[*roadmaps, *topics], how="synonym", corrected=fixed, confidence=_SENSE_CONFIDENCE)
    )
    if not sense.setting:  # where the thing runs names no roadmap of its own: "Mobile games", not "... and A game for"
        reading.titles.append(sense.title)
    reading.senses.append(sense)
    reading.said_as.setdefault(sense.key, said)
    if roadmaps:  # a roadmap's foundations and the topics are two subjects, as in a goal of several phrases
        reading.subjects.append(Meaning(said=said, roadmaps=roadmaps, how="synonym", confidence=_SENSE_CONFIDENCE))
    if topics:
        meaning = Meaning(said=said, topics=topics, how="synonym", confidence=_SENSE_CONFIDENCE)
        reading.subjects.append(meaning)
        if sense.within:  # the field's own sense of an everyday word: the finder reads it so too
            reading.reread.append(meaning)


#: The pieces of the goal one reading takes, and the roadmaps it is about.
_About = list[tuple[set[int], frozenset[str]]]


def _about(
    catalog: Catalog, spans: list[tuple[Meaning, set[int]]], senses: list[tuple[GoalSense, set[int], str | None]]
) -> _About:
    """What each reading of the goal is about, as roadmaps: those it names, those that teach the topics it names, a
    field word's roadmaps ("game"), and a common goal's roadmaps and suggestions (Godot games: Game Developer)."""
    about: _About = []
    for meaning, span in spans:
        slugs = {r.key for r in meaning.roadmaps}
        slugs |= {u.roadmap.slug for t in meaning.topics for u in catalog.uses_of(t.key)}
        if meaning.field:
            slugs |= {r.slug for r in catalog.roadmaps_in(meaning.field)}
        about.append((span, frozenset(slugs)))
    for sense, span, _ in senses:
        taught = {u.roadmap.slug for t in sense.topics for u in catalog.uses_of(t)}
        about.append((span, frozenset({*sense.roadmaps, *sense.suggestions, *taught})))
    return about


def _known_about(catalog: Catalog, knows: Collection[str]) -> _About:
    """The roadmaps what the learner knows places the goal in, each on no words of the goal (`_About`): a topic that
    one roadmap alone teaches is that roadmap's field (Quality assurance fundamentals, of "6 years of experience in
    manual testing": QA Engineer); a topic many teach (Python basics) places it nowhere."""
    owners = ({u.roadmap.slug for u in catalog.uses_of(topic_id)} for topic_id in knows if catalog.has_topic(topic_id))
    return [(set(), frozenset(slugs)) for slugs in owners if len(slugs) == 1]


def _in_context(sense: GoalSense, span: set[int], about: _About | None) -> bool:
    """Whether a sense read only in a goal about certain roadmaps (`GoalSense.within`: "ai" in a game is its enemies)
    has another reading of the goal, on other words, about one of them, or the learner knows a topic only one of them
    teaches (`_known_about`)."""
    if sense.not_within and any(
        other and not span & other and set(sense.not_within) & slugs for other, slugs in about or []
    ):
        return False  # "a mobile game for iphone and android": where the game runs
    return not sense.within or _context(sense, span, about) is not None


def _context(sense: GoalSense, span: set[int], about: _About | None) -> int | None:
    """How narrowly the goal's other readings place a sense read only within a field: the fewest roadmaps one of them
    is about (None: none is about the field). "docs" is about technical writing alone, "python" about every roadmap
    that teaches Python basics, so "publish" of "publish python docs" is the docs' publishing, of "publish my python
    library to pypi" the package's."""
    # a reading on other words, or reaching past the sense's: "game with ai" (Game AI, an alias across "with") of "make
    # a game with ai enemies" says the game around "ai enemies", which was then read as AI features beside it
    # what the learner knows is on no words (`_known_about`), and alone places a sense read `by_known`
    placing = [slugs for other, slugs in about or [] if (not other if sense.by_known else other - span or not other)]
    sizes = [len(slugs) for slugs in placing if set(sense.within) & slugs]
    return min(sizes, default=None)


#: The common goals the learner undid, each with the pieces of the phrase it was read on (`_withdrawn`).
_Withdrawn = list[tuple[GoalSense, set[int]]]


def _withdrawn(
    chunks: list[_Chunk], undone: set[str], about: _About | None, phrased: Sequence[tuple[GoalSense, set[int]]]
) -> _Withdrawn:
    """The common goals read on a phrase the learner undid ("enemy ai" as Game AI and pathfinding), with its pieces:
    one undo takes back the whole reading, so the same common goal is not read again on part of the phrase ("ai").
    `phrased` holds every common goal's phrase found in the text, looked for only when something was undone."""
    return [
        (sense, span)
        for sense, span in phrased
        if normalize(_said(chunks, span)) in undone and _in_context(sense, span, about)
    ]


def _phrases(chunks: list[_Chunk], sense: GoalSense) -> Iterator[tuple[set[int], str, int, bool]]:
    """Where the text says one of the sense's phrases: its pieces, the phrase, its number of words, and whether a
    word of it was misspelt. What the goal is done to (`GoalSense.targets`) is read with the phrase, inside it or
    right after it ("protect my home network from hackers", "keep hackers out of our company network"); a phrase of
    `GoalSense.target_phrases` only when it is there ("secure my home network", never "secure coding").

    The text's filler words (`search.text.STOPWORDS`) may stand between a phrase's words ("a job in tech", "learn
    how to code"), but a word the phrase keeps (`_phrase_words`: "job" of "tech job", "learn" of "learn to code")
    must be there: "become a tech lead" is no job in tech, though the search drops "job" from "job in tech"."""
    aside = _targets(chunks, sense)
    keys = [
        (word if sense.exact else stemmed, filler, i)
        for i, c in enumerate(chunks)
        if i not in aside
        for stemmed, word, filler in c.said
    ]
    # Every goal meets every phrase of every sense, and mostly the first word differs at once: a word spelt as
    # another shares its first letter (`spelling.spelt_as`), so a phrase starts only where the text has a word of
    # its initial.
    initials = [key[:1] for key, _, _ in keys]
    present = set(initials)
    as_typed = _as_typed(sense)
    for phrase in (*sense.phrases, *sense.target_phrases):
        targeted = phrase in sense.target_phrases  # counts only with what it is done to right after it
        run = _phrase_words(phrase, sense.exact)
        if not run or (initial := run[0][:1]) not in present:
            continue
        for start in range(len(keys) - len(run) + 1):
            first = keys[start][0]
            if initials[start] != initial or not spelt_as(first, run[0], exact=sense.exact or run[0] in as_typed):
                continue
            at = _phrase_at(keys, start, run, exact=sense.exact, as_typed=as_typed)
            if at is None:
                continue
            typed = [keys[k][0] for k in at]
            span = {keys[k][2] for k in at}
            end = _target_after(chunks, aside, max(span)) if aside else max(span)
            if targeted and not _owned_target(chunks, max(span), end):
                continue
            span = set(range(min(span), end + 1))
            yield span, phrase, _phrase_size(phrase, sense.exact), typed != run


def _phrase_at(
    keys: list[tuple[str, bool, int]], start: int, run: list[str], *, exact: bool, as_typed: frozenset[str]
) -> list[int] | None:
    """The places in `keys` of the phrase's words `run`, the first at `start` (already matched), stepping over the
    text's filler words between them, never over a word of the learner's own; None where the phrase is not there.
    A word of `as_typed` is matched as typed, never through a spelling fix."""
    found, at = [start], start + 1
    for word in run[1:]:
        while at < len(keys) and not spelt_as(keys[at][0], word, exact=exact or word in as_typed):
            if not keys[at][1]:
                return None
            at += 1
        if at == len(keys):
            return None
        found.append(at)
        at += 1
    return found


#: The words that make what follows the learner's own ("secure my home network"): a phrase of
#: `GoalSense.target_phrases` needs one, so "secure networks as a career" stays the network career and "secure web
#: development" the web.
_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their", "mine", "ours"})


@functools.cache
def _as_typed(sense: GoalSense) -> frozenset[str]:
    """The words of a sense's phrases read only as typed (`GoalSense.as_typed`: "phaser"), as its phrases' words are
    matched (their stems, or as written for an `exact` sense), once per sense."""
    return frozenset(w for name in sense.as_typed for w in _phrase_words(name, sense.exact))


def _owned_target(chunks: list[_Chunk], last: int, end: int) -> bool:
    """Whether a target follows the phrase ending at `last` (up to `end`) and is said to be the learner's own."""
    between = {w for chunk in chunks[last + 1 : end] for w in normalize(chunk.text).split()}
    return end > last and bool(between & _POSSESSIVES)


#: How many pieces of text may stand between a phrase and what it is done to ("out of my home network"), and how many
#: of them may be the learner's own words ("home").
_TARGET_GAP = 6
_TARGET_OWN = 2


def _targets(chunks: list[_Chunk], sense: GoalSense) -> set[int]:
    """The pieces of the text naming what the sense is done to (`GoalSense.targets`), misspelt too ("my home
    netwrok", as a phrase's words may be: `spelling.spelt_as`), and the learner's own words ("my company", "my home
    network": `lexicon.FILLER`), which its phrases read past."""
    if not sense.targets:
        return set()
    stems, words = _target_words(sense)
    return {
        i
        for i, chunk in enumerate(chunks)
        if any(spelt_as(stem, word, exact=False) for stem in chunk.stems for word in stems)
        or any(_misspelt_target(typed, word) for typed in chunk.words for word in words)
        or (chunk.words and _own(chunk))
    }


@functools.cache
def _target_words(sense: GoalSense) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of what a sense is done to, and its words as written, once per sense."""
    stems = frozenset(t for word in sense.targets for t in _phrase_words(word, False))
    return stems, frozenset(w for word in sense.targets for w in normalize(word).split())


def _misspelt_target(typed: str, word: str) -> bool:
    """A target's word misspelt where its stem hides it ("busines": Snowball's "busin" against "busi"), or short
    and missing one letter ("smal", "stor"): said after "protect my", nothing else reads it."""
    if spelt_as(typed, word, exact=False):
        return True
    missing_one = len(typed) >= 4 and len(word) == len(typed) + 1 and typed[0] == word[0]
    return missing_one and any(word[:i] + word[i + 1 :] == typed for i in range(1, len(word)))


def _own(chunk: _Chunk) -> bool:
    """Whether a piece of text is only the learner's own words ("home", "company": `lexicon.FILLER`)."""
    return set(chunk.words) <= FILLER


def _target_after(chunks: list[_Chunk], aside: set[int], last: int) -> int:
    """The last piece of what the sense is done to right after its phrase, past little words and the learner's own
    ("keep hackers out of my home network": "network"; "... of my small business network": "network", not
    "small"), or `last` when none follows."""
    own, found = 0, last
    for index in range(last + 1, min(last + 1 + _TARGET_GAP, len(chunks))):
        if not chunks[index].words:
            continue
        if index not in aside or own == _TARGET_OWN:
            break
        if _own(chunks[index]):
            own += 1
        else:
            found = index
    return found


@functools.cache
def _phrase_words(phrase: str, exact: bool) -> list[str]:
    """A sense's phrase as the words matched against the text: as written (`GoalSense.exact`) or their search stems.
    Once per phrase, not once per goal (a goal is matched against every phrase of every sense).

    The search drops a learner's filler words, and so does an exact phrase; a stemmed phrase drops only its little
    words (`_LITTLE`: "a", "in", "my"), and keeps those the search drops that say what it means: "job" of "tech job",
    "learn" of "learn to code", "what" and "should" of "what should i learn" (dropped, "job in tech" was "tech", read
    in "become a tech lead", and "what should i learn" nothing at all). A phrase its little words would leave with
    one word keeps them all: "job in IT" is a job in IT, not any job; a little word the phrase table writes in
    capitals is one it keeps (`_kept_little`: "career change to IT" without IT was any career change, and "a career
    change into data" a job in tech)."""
    if exact:
        return [w for w in normalize(phrase).split() if w not in STOPWORDS]
    said = normalize(phrase).split()
    kept = [w for w in said if w not in _LITTLE]
    if len(kept) <= 1 and len(said) > 1:
        kept = said
    else:
        kept = [w for w in said if w not in _LITTLE or w in _kept_little(phrase)]
    return [stem(w) for w in kept]


def _kept_little(phrase: str) -> set[str]:
    """The little words a phrase keeps, as the phrase table marks them: written in capitals, "IT" (the industry) of
    "career change to IT", where "it" is a little word elsewhere ("build it")."""
    return {w.lower() for w in phrase.split() if w.isupper() and w.lower() in _LITTLE}


@functools.cache
def _phrase_size(phrase: str, exact: bool) -> int:
    """How much of the goal a phrase says, to read the longest first (`_senses`): its words less its little words,
    which it keeps only to be found ("with" of "with ai" is no more said than "ai" of a game's "enemy ai"), but with
    those it keeps when it says more than one word ("career change to IT" says more than "career change")."""
    if exact:
        return len(_phrase_words(phrase, exact))
    said = normalize(phrase).split()
    size = sum(w not in _LITTLE for w in said)
    return size + sum(w in _kept_little(phrase) for w in said) if size > 1 else size


#: The little words a common goal's phrase may leave out of its match ("a", "in", "my", "like" of "app like uber"):
#: they join its words and say nothing of what it means. The search's other filler words ("job", "learn", "what",
#: "better") say what a phrase means, and a phrase that has them needs them in the text (`_phrase_words`).
_LITTLE = frozenset(
    {"a", "an", "the", "to", "in", "into", "for", "of", "with", "on", "at", "by", "from", "as", "and", "or", "but"}
    | {"so", "up", "about", "after", "all", "any", "also", "just", "some", "like", "use", "using", "then", "there"}
    | {"my", "our", "your", "their", "me", "i", "i'm", "im", "u", "ur", "m", "re", "ve", "ll", "s", "t", "it", "its"}
    | {"them", "this", "that", "these", "those", "yourself"}
)


def _senses(
    table: Sequence[GoalSense],
    chunks: list[_Chunk],
    undone: set[str],
    whole: set[str],
    *,
    alone: bool,
    about: _About | None = None,
    withdrawn: Sequence[tuple[GoalSense, set[int]]] = (),
) -> list[tuple[GoalSense, set[int], str | None]]:
    """The common goals the text names, longest phrase first, never two over the same words; each with the phrase
    it was read as when a word was misspelt ("chrom extension": "chrome extension"), else None. A sense read only
    within a field is read when `about` (what the goal's other readings are about) says the goal is in it, and then
    before a sense of as many words ("ai" of "a godot game with ai and multiplayer" is the game's AI, not an LLM's;
    ending the goal, "with ai" is how the game is made, `_studied_with`); of two
    such, the one done to what the goal names (`GoalSense.objects`: "publish a python library" is PyPI's, not the
    docs'), then the one the goal places more narrowly (`_context`). A phrase the learner undid is not read, nor is any
    part of it by the same common goal (`withdrawn`: "ai" of an undone "enemy ai"), nor by any in a phrase no common
    goal reads (`whole`: another reader's, "get promoted to senior" of the scope's promotion, whose every part is
    that reading; "promoted to", a promotion too, was read inside it and replaced "promoted", the word as typed). An
    undone common goal's own phrase is not `whole`: a more general goal may still read its words ("app" of an undone
    "app like instagram" is still an app, said with an undo of its own)."""
    found: list[tuple[int, bool, bool, bool, int, GoalSense, set[int], str]] = []
    for sense in table:
        if sense.alone != alone:
            continue
        for span, phrase, size, fixed in _phrases(chunks, sense):
            said = normalize(_said(chunks, span))
            if holds_undone(said, undone) or in_undone(said, whole) or not _in_context(sense, span, about):
                continue
            if _verb_in(chunks, span) is not None:  # "i want to go backend": going into it, not Go's
                continue
            if _in_cloud_product(chunks, span):  # "azure container apps": the service's name, not a phone app
                continue
            if any(sense is other and span <= words for other, words in withdrawn):
                continue
            narrow = _context(sense, span, about) or 0
            named = bool(_objects(chunks, sense) - span)  # "library" of "publish a python library": PyPI's
            found.append((size, fixed, not sense.within, not named, narrow, sense, span, phrase))
    found.sort(key=lambda item: (-item[0], item[1], item[2], item[3], item[4], min(item[6])))
    chosen: list[tuple[GoalSense, set[int], str | None]] = []
    taken: set[int] = set()
    for _, fixed, _, _, _, sense, span, phrase in found:
        if span & taken or any(sense is s for s, _, _ in chosen):
            continue
        chosen.append((sense, span, phrase if fixed else None))
        taken |= span
    read = {sense.key for sense, _, _ in chosen}
    return [x for x in chosen if not read & set(x[0].gives_way)]  # "a game in python with godot": Godot's


def _in_cloud_product(chunks: list[_Chunk], span: set[int]) -> bool:
    """Whether a common goal's phrase is only the "app" of a cloud product's name ("azure container apps", "google
    app engine": `cloud_products.in_cloud_product`), which is no phone app to make."""
    words = [normalize(c.text) for c in chunks]
    return all(in_cloud_product(words, i) for i in span)


def _verb_in(chunks: list[_Chunk], span: set[int]) -> int | None:
    """The piece of a common goal's phrase that is an everyday word which also names a language
    (`lexicon.EVERYDAY_NAMES`: "go" of "go backend") where the words around it make it the verb, by the interpreter's
    own rule (`interpret.go_as`: "i want to go backend", "want to go into backend", "go for backend"), else None. The
    phrase then names no such thing: "i want to go backend" was A web app in Go; "learn go for backend" and "go
    backend" alone stay Go's."""
    for index in sorted(span):
        word = normalize(chunks[index].text)
        if word not in EVERYDAY_NAMES:
            continue
        ahead = " ".join(chunk.text for chunk in chunks[:index])
        behind = " ".join(chunk.text for chunk in chunks[index + 1 :])
        if go_as(word, ahead, behind):
            return index
    return None


def _moving_into(
    table: Sequence[GoalSense],
    chunks: list[_Chunk],
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    undone: set[str],
) -> list[tuple[Meaning, set[int]]]:
    """The goal's readings with a common goal's phrase left unread because its everyday word is the verb there
    (`_verb_in`: "go" of "i want to go backend") read as the move into what follows it: the reading of those words
    ("backend": Backend Developer) takes the whole phrase ("go backend"), said as a curated reading, since "go" could
    have been the language, with a note saying so and the words for the other reading; undone, "go" is read as typed,
    the language (`interpret._doubtful`)."""
    out = list(kept)
    if _verb_in(chunks, set(range(len(chunks)))) is None:  # no everyday name read as the verb: nothing to look for
        return out
    for sense in table:
        for span, _, _, _ in _phrases(chunks, sense):
            said = _said(chunks, span)
            verb = _verb_in(chunks, span)
            if verb is None or holds_undone(normalize(said), undone):
                continue
            inside = [(i, m, s) for i, (m, s) in enumerate(out) if s & span and min(s) > verb]
            if len(inside) != 1 or not (inside[0][1].roadmaps or inside[0][1].topics):
                continue
            at, meaning, words = inside[0]
            whole = set(range(verb, max(span | words) + 1))  # "go into backend development"
            word, what, said = chunks[verb].text, meaning.said, _said(chunks, whole)
            out[at] = (meaning.model_copy(update={"said": said, "how": "synonym"}), whole)
            reading.notes.append(
                f"“{word}” is read as going into {what}, not the {word.capitalize()} language; for "
                f"{sense.title[:1].lower()}{sense.title[1:]}, write “learn {word} for {what}”, or undo “{said}” to "
                f"read “{word}” as {word.capitalize()}."
            )
    return out


def _quoted(phrases: list[str]) -> str:
    return ", ".join(f"“{p}”" for p in phrases)


def _generic(meaning: Meaning) -> bool:
    """A generic word read through an alias ("extension" as Swift protocol extensions): out of context."""
    words = normalize(meaning.said).split()
    return meaning.how != "name" and bool(words) and all(_generic_word(w) for w in words)


#: Generic words that name the thing a goal makes ("a recipe app with react native"): beside a subject, the subject
#: says what it is made with.
_THINGS = frozenset({"app", "application", "platform"})


def _about_generic(meaning: Meaning) -> bool:
    """A reading by an alias that takes in a generic word ("app for my startup" as Android's app startup): not a
    subject when a common goal reads that word as the thing to make ("a web app for my startup")."""
    return meaning.how == "alias" and any(_generic_word(w) for w in normalize(meaning.said).split())


def _modifies(chunks: list[_Chunk], meaning: Meaning, span: set[int]) -> str | None:
    """The generic word a reading by one of a topic's aliases stands before ("mastodon bot": Mastodon is the bot's
    platform, not the developer advocates' social media topic that lists it), or None. A roadmap's alias names what
    the thing is made with, never what it is for ("flutter mobile" of "flutter mobile app": Flutter)."""
    after = max(span, default=-2) + 1
    if meaning.how != "alias" or meaning.roadmaps or not 0 < after < len(chunks):
        return None
    return next((kind for w in chunks[after].words if (kind := _generic_word(w))), None)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _generic_word(word: str) -> str | None:
    """The generic kind a word names ("bots": bot), or None."""
    for candidate in (word, word.removesuffix("s"), word.replace("-", "")):
        if candidate in GENERIC_SUGGESTIONS:
            return candidate
    return None


_OPENING = "\"'“”‘’(["
_CLOSING = "\"'“”‘’,;:!?.)]"


def _without_background(
    chunks: list[_Chunk],
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    senses: list[tuple[GoalSense, set[int], str | None]],
    unknown: set[int],
    undone: Collection[str],
) -> tuple[list[tuple[Meaning, set[int]]], list[tuple[GoalSense, set[int], str | None]], set[int]]:
    """The goal's readings without the learner's background, said in a note: a background synonym beside something
    to build ("i'm an accountant and want to learn python"), where a move starts ("switch from qa to devops",
    "from teaching to web development": `_came_from`), whatever was read there, and what they work as, already set
    apart from the goal (`reading.background`); alone, each is read as before. Each is also a reading
    (`background_reading`), so the learner can undo it: undone (`undone`), where a move starts is read as typed, a
    second thing to learn."""
    came_from, moved_what = _came_from(chunks)
    if came_from and normalize(_said(chunks, came_from)) in undone:
        came_from = set()  # "qa" undone: QA is to learn too
    beyond = any(not s <= came_from for _, s in kept) or any(not s <= came_from for _, s, _ in senses)
    came_from = came_from if beyond else set()  # nothing read past the move: read as before
    moved = [m for m, span in kept if span and span <= came_from]
    senses = [x for x in senses if not (came_from and x[1] <= came_from)]
    unknown = unknown - came_from  # never read again as a thing done to ("teaching" as workshops), nor unread
    unknown -= moved_what if came_from else set()  # "careers" of "switch careers from teaching to tech": the move's
    background = [m for m, _ in kept if m.background or any(m is x for x in moved)]
    building = [sense for sense, _, _ in senses if sense.build and not sense.choice]
    where_from = list(reading.background)  # what they work as ("designer"), set apart before the goal was read
    if came_from or (background and (building or len(background) < len(kept))):
        kept = [(m, s) for m, s in kept if not any(m is b for b in background)]
        where_from += [m.said for m in background if not any(m is x for x in moved)]
        where_from += [_said(chunks, came_from)] if came_from else []
        reading.background = list(dict.fromkeys([*reading.background, *where_from, *(m.said for m in moved)]))
    if where_from:  # its Undo is the reading's (`background_reading`): a refusal, which has none, says no undo
        reading.notes.append(
            f"{_quoted(list(dict.fromkeys(where_from)))}: your background, not something to learn here; what to learn "
            "is read from the rest of your goal."
        )
    return kept, senses, unknown


#: The words between a roadmap and the cloud it is done on: "data engineering on azure", "devops with aws".
_ON_CLOUD = frozenset({"on", "in", "with", "using", "for", "via"})


def _on_cloud(
    catalog: Catalog, chunks: list[_Chunk], reading: GoalReading, kept: list[tuple[Meaning, set[int]]], undone: set[str]
) -> tuple[list[tuple[Meaning, set[int]]], dict[int, str], set[int]]:
    """The goal's readings with a cloud named right after a roadmap and "on", "in", "with", "using" or "for" ("data
    engineering on azure", "become a devops engineer on aws") read as where the roadmap is practised
    (`lexicon.CLOUD_PLATFORMS`): the phrase with its little word ("on azure") is the cloud's topics, beside the roadmap,
    so the generator reads the two as listed side by side (`listing.listed`) and the roadmap is not cut to its
    foundations; it was, as for "python for devops", and its note asked for "data engineering and azure". Said in a
    note, undone by `plain` (the phrase as typed: the cloud a second subject again). Returns the readings and, for each
    cloud's reading (by `id`), the cloud's name for the generated roadmap's title ("Data Engineer on Microsoft
    Azure"), and the ids of those said before their role.

    A cloud with no roadmap of its own said right before a role ("azure cloud computing", "gcp cloud engineer") is
    read so too: it was a second subject ("Microsoft Azure fundamentals and Cloud Engineer with AWS"). A role read with
    another cloud's own roadmap ("cloud computing": AWS with Cloud Engineer) is the role alone on the cloud named, and
    its topics named for the other cloud, which the catalog teaches there alone, stay and are said to. A role's own
    name that begins with such a cloud ("azure engineer") is read as that cloud said before the role
    (`_cloud_in_role_name`)."""
    kept = _cloud_in_role_name(catalog, chunks, kept, undone)
    out = list(kept)
    clouds: dict[int, str] = {}
    before: set[int] = set()
    for index, (meaning, span) in enumerate(kept):
        cloud = CLOUD_PLATFORMS.get(normalize(meaning.said))
        at = min(span, default=0)
        if cloud is None or not span:
            continue
        if at >= 2 and chunks[at - 1].text.lower() in _ON_CLOUD:
            role_at = next((i for i, (m, s) in enumerate(out) if m.roadmaps and s and max(s) == at - 2), None)
            span = {at - 1, *span}
        else:  # "azure cloud computing", "aws kubernetes": a cloud said right before a role or Kubernetes
            next_to = (i for i, (_, s) in enumerate(out) if i != index and s and min(s) - max(span) in (0, 1))
            role_at = next(next_to, None)  # right after, or sharing its last word ("google cloud engineer")
            if role_at is not None and not _done_on(catalog, out[role_at][0], cloud[0], bool(meaning.roadmaps)):
                role_at = None
        said = _said(chunks, span)
        if role_at is None or normalize(said) in undone or normalize(meaning.said) in undone:
            continue
        if normalize(_said(chunks, span | out[role_at][1])) in undone:
            continue  # "aws eks" undone: the cloud and what follows it read as typed, not one on the other
        name, topics = cloud
        role = _off_other_cloud(out[role_at][0], name)  # "cloud computing on azure": Cloud Engineer, never AWS
        service, topics = _managed_kubernetes(role, name) or ("", topics)
        refs = [Ref(key=t, name=catalog.topic(t).name) for t in topics if catalog.has_topic(t)]
        if not refs:
            continue
        out[role_at] = (role, out[role_at][1])
        on = Meaning(said=said, topics=refs, how="synonym", confidence=_SENSE_CONFIDENCE)
        out[index] = (on, span)
        clouds[id(on)] = name
        if min(span) < min(out[role_at][1]):
            before.add(id(on))
        title, verb = role.roadmaps[0].name, "comes" if len(refs) == 1 else "come"
        run_on = f", with {service}," if service else ","  # "with EKS, AWS's managed Kubernetes,"
        reading.notes.append(
            f"“{said}”: the cloud you do {title} on{run_on} so {and_list([r.name for r in refs])} {verb} with {title} "
            f"rather than beside its foundations; undo “{said}” to read {name} as a second subject."
        )
        if (counterparts := catalog.cloud_named(name)) is not None:  # "azure cloud engineer": Azure's own topics
            own = tuple(r.key for r in refs)
            reading.done_on.append(OnCloud(said=said, role=title, cloud=counterparts, own=own))
        if kept_on := _taught_on_other_clouds(catalog, role, name):
            reading.notes.append(
                f"{title} teaches these on AWS only, as the catalog has them: {'; '.join(kept_on)}. They stay, beside "
                f"{and_list([r.name for r in refs])}."
            )
    return out, clouds, before


def _cloud_in_role_name(
    catalog: Catalog, chunks: list[_Chunk], kept: list[tuple[Meaning, set[int]]], undone: set[str]
) -> list[tuple[Meaning, set[int]]]:
    """The readings with a role's own name that begins with a cloud's name ("azure engineer", "gcp data engineer":
    aliases of Cloud Engineer and Data Engineer) split in two, the cloud before the role, so `_on_cloud` reads the role
    on that cloud as it reads "azure cloud engineer"; read whole, the cloud was lost and the role taught on AWS unsaid.
    Only a cloud with no roadmap of its own (`lexicon.CLOUD_OWN`) is split off: "aws engineer" names the AWS roadmap,
    which teaches the role on AWS already, and a cloud read already ("microsoft azure engineer") is not read again.
    Undoing the cloud ("azure") makes it a second subject, as for "azure cloud engineer"; undoing the whole name
    ("azure engineer") reads it as typed, the role alone."""
    out: list[tuple[Meaning, set[int]]] = []
    for meaning, span in kept:
        cut = _leading_cloud(chunks, span) if _role(catalog, meaning) and normalize(meaning.said) not in undone else 0
        said = _said(chunks, set(sorted(span)[:cut])) if cut else ""
        name, topics = CLOUD_PLATFORMS.get(normalize(said), ("", ()))
        refs = [Ref(key=t, name=catalog.topic(t).name) for t in topics if catalog.has_topic(t)]
        named = any(s & span for _, s in kept if s is not span)  # "microsoft azure engineer": read as it is
        if not refs or name in CLOUD_OWN or named:
            out.append((meaning, span))
            continue
        cloud = Meaning(said=said, topics=refs, how="synonym", confidence=_SENSE_CONFIDENCE)
        rest = set(sorted(span)[cut:])  # said apart, so the two read as listed side by side: the role in full
        out += [(cloud, set(sorted(span)[:cut])), (meaning.model_copy(update={"said": _said(chunks, rest)}), rest)]
    return out


def _leading_cloud(chunks: list[_Chunk], span: set[int]) -> int:
    """How many of the span's first pieces name a cloud (`lexicon.CLOUD_PLATFORMS`), the longest name first, leaving
    at least one piece after it; 0 when they name none."""
    pieces = sorted(span)
    sizes = range(len(pieces) - 1, 0, -1)
    return next((n for n in sizes if normalize(_said(chunks, set(pieces[:n]))) in CLOUD_PLATFORMS), 0)


def _done_on(catalog: Catalog, role: Meaning, cloud: str, own: bool) -> bool:
    """Whether the roadmap said right after a cloud's name is done on that cloud: Kubernetes, on the cloud's managed
    Kubernetes ("aws kubernetes" as "eks", "azure kubernetes" as "aks"), or a role, on a cloud with no roadmap of its
    own (`own`: "aws cloud engineer" names the AWS roadmap, which teaches the role on AWS already)."""
    if not role.roadmaps:
        return False
    return _managed_kubernetes(role, cloud) is not None or (not own and _role(catalog, role))


def _role(catalog: Catalog, meaning: Meaning) -> bool:
    """Whether the phrase names a role's roadmap ("cloud computing": Cloud Engineer, with AWS)."""
    return any(catalog.has_roadmap(r.key) and catalog.roadmap(r.key).role for r in meaning.roadmaps)


def _off_other_cloud(role: Meaning, cloud: str) -> Meaning:
    """The role's phrase without another cloud's own roadmap (`lexicon.CLOUD_OWN`): "cloud computing" names AWS with
    Cloud Engineer, and "cloud computing on azure" was "Cloud Engineer with AWS on Microsoft Azure"."""
    others = {slug for name, (slug, _) in CLOUD_OWN.items() if name != cloud}
    left = [r for r in role.roadmaps if r.key not in others]
    return role.model_copy(update={"roadmaps": left}) if left and len(left) < len(role.roadmaps) else role


def _taught_on_other_clouds(catalog: Catalog, role: Meaning, cloud: str) -> list[str]:
    """The role's topics named for another cloud (`lexicon.CLOUD_OWN`: "AWS compute", "Amazon DynamoDB"), which the
    catalog teaches on that cloud alone, with no counterpart on `cloud` (content/clouds.yaml, `counterparts`): they
    stay in a role done on `cloud`, and the learner is told so."""
    words = [w for name, (_, named) in CLOUD_OWN.items() if name != cloud for w in named]
    if not words:
        return []
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")
    slugs = [r.key for r in role.roadmaps if catalog.has_roadmap(r.key)]
    ids = dict.fromkeys(t for s in slugs for t in catalog.roadmap(s).topic_ids)
    swapped = counterparts.topics if (counterparts := catalog.cloud_named(cloud)) else {}
    return [catalog.topic(t).name for t in ids if t not in swapped and pattern.search(catalog.topic(t).name)]


def _managed_kubernetes(role: Meaning, cloud: str) -> tuple[str, tuple[str, ...]] | None:
    """The cloud's managed Kubernetes service and the topics that teach it (`lexicon.MANAGED_KUBERNETES`) when the
    roadmap done on the cloud is Kubernetes ("kubernetes on aws": EKS): "on aws" gave AWS's compute and storage,
    generic AWS, rather than the service Kubernetes runs on there."""
    return MANAGED_KUBERNETES.get(cloud) if role.roadmaps[0].key == "kubernetes" else None


def _managed_names(
    catalog: Catalog,
    chunks: list[_Chunk],
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    unknown: set[int],
    undone: set[str],
) -> tuple[list[tuple[Meaning, set[int]]], set[int]]:
    """The goal's readings with a cloud's managed Kubernetes named in several words (`lexicon.MANAGED_KUBERNETES_NAMES`:
    "elastic kubernetes service", "amazon elastic kubernetes service") read as one phrase, Kubernetes, which
    `_managed_by_name` then reads as Kubernetes on its cloud; and the pieces of the goal left not understood, less its
    words. The interpreter reads only the catalog's names, so it split such a name into whatever its words name:
    "elastic" as Elasticsearch, "kubernetes service" as Kubernetes networking, "amazon" not understood. A name is read
    so only where no reading of the interpreter's runs past it ("eks auto mode" stays its topic), and not when the
    learner undid it (`plain`: read as typed). The finder reads it so too (`GoalReading.reread`)."""
    if not catalog.has_roadmap("kubernetes"):
        return kept, unknown
    written = [normalize(chunk.text) for chunk in chunks]
    names = sorted((n.split() for n in MANAGED_KUBERNETES_NAMES if " " in n), key=len, reverse=True)
    out, left = list(kept), set(unknown)
    for name in names:
        for start in range(len(chunks) - len(name) + 1):
            span = set(range(start, start + len(name)))
            inside = [(m, s) for m, s in out if s & span]
            read = {i for _, s in inside for i in s}
            if written[start : start + len(name)] != name or any(not s <= span for _, s in inside):
                continue
            said = normalize(_said(chunks, span))
            if not span <= read | left or [s for _, s in inside] == [span] or in_undone(said, undone):
                continue  # words another reading took, a name the interpreter read whole ("amazon eks"), or undone
            kubernetes = Ref(key="kubernetes", name=catalog.roadmap("kubernetes").title)
            whole = Meaning(
                said=_said(chunks, span), roadmaps=[kubernetes], how="synonym", confidence=_SENSE_CONFIDENCE
            )
            at = next((i for i, (_, s) in enumerate(out) if min(s, default=start) >= start), len(out))
            out = [x for x in out[:at] if not x[1] & span] + [(whole, span)] + [x for x in out[at:] if not x[1] & span]
            left -= span
            reading.reread.append(whole)
    return out, left


#: The words for a Kubernetes cluster after a Kubernetes word ("eks cluster", "kubernetes clusters").
_CLUSTER_WORDS = frozenset({"cluster", "clusters"})


def _kubernetes_word(meaning: Meaning) -> bool:
    """Whether the phrase names Kubernetes, one of its topics or a cloud's managed Kubernetes ("k8s", "eks")."""
    keys = [r.key for r in [*meaning.roadmaps, *meaning.topics]]
    return any("kubernetes" in key for key in keys) or _managed_name(meaning.said) in MANAGED_KUBERNETES_NAMES


def _managed_name(said: str) -> str:
    """The phrase without a cluster word after it ("eks cluster": "eks")."""
    words = normalize(said).split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in _CLUSTER_WORDS else words)


def _kubernetes_cluster(
    chunks: list[_Chunk], reading: GoalReading, kept: list[tuple[Meaning, set[int]]]
) -> list[tuple[Meaning, set[int]]]:
    """The goal's readings with "cluster" right after a Kubernetes word taken into its phrase ("eks cluster",
    "kubernetes cluster"): the cluster Kubernetes runs, which the alias of Unsupervised learning read as clustering, a
    second whole subject. Said in a note."""
    out: list[tuple[Meaning, set[int]]] = []
    for meaning, span in kept:
        host = next((i for i, (m, s) in enumerate(out) if s and span and max(s) + 1 == min(span)), None)
        if host is None or normalize(meaning.said) not in _CLUSTER_WORDS or not _kubernetes_word(out[host][0]):
            out.append((meaning, span))
            continue
        kubernetes, words = out[host]
        out[host] = (kubernetes.model_copy(update={"said": _said(chunks, words | span)}), words | span)
        reading.notes.append(f"“{meaning.said}” is the Kubernetes cluster here, not {_join(meaning.names)}")
    return out


def _managed_by_name(
    catalog: Catalog,
    chunks: list[_Chunk],
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    clouds: dict[int, str],
    undone: set[str],
) -> list[tuple[Meaning, set[int]]]:
    """The goal's readings with a cloud's managed Kubernetes named (`lexicon.MANAGED_KUBERNETES_NAMES`: "eks",
    "amazon eks", "gke") read as "kubernetes on aws" is: Kubernetes and the topics that teach the service
    (`lexicon.MANAGED_KUBERNETES`), titled "Kubernetes on AWS". "eks" was Kubernetes with no word of AWS, "aws eks" AWS
    and Kubernetes as two whole roadmaps, "amazon eks" only Running Kubernetes in production. The phrase is both
    readings, which the generator reads as listed side by side (`listing.listed`), so Kubernetes is whole. What the
    name already says, right beside it past the words that join it (`_managed_joins`), is read with it: the cloud's
    name ("aws eks") and Kubernetes itself ("kubernetes eks", "k8s on eks", "eks kubernetes"), which was a second
    subject, "Kubernetes and Kubernetes on AWS" (and beside "on", only Kubernetes' foundations). Said in a note,
    undone by `plain` (the phrase, or the name in it: read as typed). Each cloud reading's cloud goes into `clouds` for
    the title."""
    out: list[tuple[Meaning, set[int]]] = []
    rest = list(kept)
    while rest:
        meaning, span = rest.pop(0)
        cloud = MANAGED_KUBERNETES_NAMES.get(_managed_name(meaning.said))
        service, topics = MANAGED_KUBERNETES.get(cloud or "", ("", ()))
        refs = [Ref(key=t, name=catalog.topic(t).name) for t in topics if catalog.has_topic(t)]
        if not cloud or not refs or not catalog.has_roadmap("kubernetes") or not span:
            out.append((meaning, span))
            continue
        whole, before, after = set(span), 0, 0
        while len(out) > before and _managed_joins(chunks, out[-1 - before], whole, cloud, clouds):
            whole |= out[-1 - before][1]
            before += 1
        while len(rest) > after and _managed_joins(chunks, rest[after], whole, cloud, clouds):
            whole |= rest[after][1]
            after += 1
        said = _said(chunks, whole)
        if holds_undone(normalize(said), undone) or normalize(meaning.said) in undone:
            out.append((meaning, span))
            continue
        # "deploy" of "... then deploy to eks" is where Kubernetes goes: the finder leaves it unread too
        absorbed = [*out[len(out) - before :], *rest[:after]]
        reading.set_aside += [m.said for m, _ in absorbed if normalize(m.said) in _DEPLOY_WORDS]
        del out[len(out) - before :]
        del rest[:after]
        roadmap = Ref(key="kubernetes", name=catalog.roadmap("kubernetes").title)
        on = Meaning(said=said, topics=refs, how="synonym", confidence=_SENSE_CONFIDENCE)
        out += [
            (Meaning(said=said, roadmaps=[roadmap], how="alias", confidence=meaning.confidence), whole),
            (on, whole),
        ]
        clouds[id(on)] = cloud
        if (counterparts := catalog.cloud_named(cloud)) is not None:  # "gke": its projects in Google Cloud's words
            own = tuple(r.key for r in refs)
            reading.done_on.append(OnCloud(said=said, role=roadmap.name, cloud=counterparts, own=own))
        verb = "comes" if len(refs) == 1 else "come"
        reading.notes.append(
            f"“{said}”: Kubernetes on {cloud}, with {service}, so {and_list([r.name for r in refs])} {verb} with "
            f"{roadmap.name}; undo “{said}” to read it as typed."
        )
    return out


def _certified_role(
    catalog: Catalog,
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    clouds: dict[int, str],
    undone: set[str],
) -> list[tuple[Meaning, set[int]]]:
    """The goal's readings with a cloud's certification named by the role it certifies (`lexicon.CLOUD_CERTIFIED_ROLES`:
    "associate cloud engineer", Google Cloud's) read as that role on the cloud, as "gcp cloud engineer" is: the role
    and the cloud's own topics, titled "Cloud Engineer on Google Cloud", the role's topics learnt as their counterparts
    there (`counterparts.OnCloud`). It was Google Cloud fundamentals alone, 60 h. The phrase is both readings, as
    "gke" is (`_managed_by_name`); said in a note, undone by `plain` (read as typed). The cloud reading's cloud goes
    into `clouds` for the title."""
    out: list[tuple[Meaning, set[int]]] = []
    for meaning, span in kept:
        said = normalize(meaning.said)
        cloud, slug, certified = CLOUD_CERTIFIED_ROLES.get(said, ("", "", ""))
        counterparts = catalog.cloud_named(cloud) if cloud else None
        own = next((topics for name, topics in CLOUD_PLATFORMS.values() if name == cloud), ())
        refs = [Ref(key=t, name=catalog.topic(t).name) for t in own if catalog.has_topic(t)]
        if counterparts is None or not refs or not catalog.has_roadmap(slug) or said in undone or not span:
            out.append((meaning, span))
            continue
        title = catalog.roadmap(slug).title
        role = Meaning(said=meaning.said, roadmaps=[Ref(key=slug, name=title)], how="alias", confidence=1.0)
        on = Meaning(said=meaning.said, topics=refs, how="synonym", confidence=_SENSE_CONFIDENCE)
        out += [(role, span), (on, span)]
        clouds[id(on)] = cloud
        reading.done_on.append(
            OnCloud(said=meaning.said, role=title, cloud=counterparts, own=tuple(r.key for r in refs))
        )
        reading.notes.append(
            f"“{meaning.said}”: {cloud}'s certification for its {certified} role"
            + ("" if certified == title else f", a {title}'s work on {cloud}")
            + f", so {title} on {cloud}, with {and_list([r.name for r in refs])}; undo “{meaning.said}” to read it "
            "as typed."
        )
    return out


#: Words that may stand between a managed Kubernetes' name and what it already says ("kubernetes on eks", "kubernetes
#: and gke", "kubernetes and then deploy it to eks"): the little words of a cloud a roadmap is done on, those that join
#: names or steps, and where something is deployed to.
_MANAGED_JOINERS = _ON_CLOUD | frozenset({"and", "&", "+", "/", "then", "to", "onto", "into", "it"})
#: The verb of putting something on a managed Kubernetes ("deploy to eks"): where it goes, no subject of its own (the
#: interpreter reads "deploy" as Deploying a full-stack app on a platform).
_DEPLOY_WORDS = frozenset({"deploy", "deploying", "deployed", "deployment", "deployments"})


def _managed_joins(
    chunks: list[_Chunk], beside: tuple[Meaning, set[int]], span: set[int], cloud: str, clouds: dict[int, str]
) -> bool:
    """Whether a reading right beside a managed Kubernetes' name (`span`), past the words that join them, says what the
    name already says: its cloud ("aws" of "aws eks") or Kubernetes alone ("k8s" of "k8s on eks"), never a reading
    already done on a cloud ("kubernetes on aws"); or deploys to it ("deploy" of "learn kubernetes and then deploy to
    eks": where Kubernetes goes, which was a second subject, Deploying a full-stack app on a platform, beside
    Kubernetes and Kubernetes on AWS)."""
    meaning, words = beside
    if not words or id(meaning) in clouds:
        return False
    first, last = (max(words), min(span)) if max(words) < min(span) else (max(span), min(words))
    if first >= last or any(chunks[i].text.lower() not in _MANAGED_JOINERS for i in range(first + 1, last)):
        return False
    if normalize(meaning.said) in _DEPLOY_WORDS and max(words) < min(span):
        return True
    named = CLOUD_PLATFORMS.get(normalize(meaning.said))
    return [r.key for r in meaning.roadmaps] == ["kubernetes"] or bool(named and named[0] == cloud)


def _shared_alias(
    catalog: Catalog,
    chunks: list[_Chunk],
    reading: GoalReading,
    kept: list[tuple[Meaning, set[int]]],
    undone: set[str],
) -> list[tuple[Meaning, set[int]]]:
    """The goal's readings with an alias that several topics share read as the one the rest of the goal is about.
    "ecs" is an alias of Containers on AWS (AWS's ECS) and of Game engine architecture (an entity component system),
    and the interpreter, which reads a phrase by its words alone, takes the most basic, Containers on AWS. The goal's
    own words pick first (`lexicon.SHARED_ALIAS_CONTEXTS`: "bevy ecs", "c++ ecs", "ecs in unity" are the pattern,
    "ecs fargate" AWS's, whatever else the goal names), since a game engine ("bevy" is read as Rust's crates) or a
    language ("c++") says games to a learner and nothing to the catalog; else a topic another reading holds, else one
    a roadmap it names teaches ("game developer ecs", whose roadmap teaches Game engine architecture). Only when the
    rest of the goal points to one of them; said in a note, undone by `plain` (the interpreter's pick, as typed); the
    finder reads it so too (`GoalReading.reread`)."""
    vocabulary = vocabulary_for(catalog)
    out: list[tuple[Meaning, set[int]]] = []
    for meaning, span in kept:
        if meaning.how != "alias" or meaning.roadmaps or len(meaning.topics) != 1 or normalize(meaning.said) in undone:
            out.append((meaning, span))
            continue
        shared = {n.key for n in vocabulary.lookup(tuple(terms(meaning.said))) if n.kind == "topic"}
        others = [m for m, _ in kept if m.said != meaning.said]
        held = {t.key for m in others for t in m.topics} & shared
        taught = {t for m in others for r in m.roadmaps for t in catalog.roadmap(r.key).topic_ids} & shared
        chosen = _said_context(chunks, meaning, span) & shared or (held if len(held) == 1 else taught)
        if len(shared) < 2 or len(chosen) != 1 or chosen == {meaning.topics[0].key}:
            out.append((meaning, span))
            continue
        topic = catalog.topic(chosen.pop())
        reading.notes.append(
            f"“{meaning.said}” is read as {topic.name}, which the rest of your goal is about, not "
            f"{meaning.topics[0].name}; undo “{meaning.said}” to read it as typed."
        )
        ref = Ref(key=topic.id, name=topic.name)
        read = Meaning(said=meaning.said, topics=[ref], how="synonym", confidence=_SENSE_CONFIDENCE)
        reading.reread.append(read)  # the finder reads it so too
        out.append((read, span))
    return out


def _shared_role(
    catalog: Catalog,
    chunks: list[_Chunk],
    kept: list[tuple[Meaning, set[int]]],
    senses: list[tuple[GoalSense, set[int], str | None]],
) -> tuple[list[tuple[Meaning, set[int]]], list[tuple[GoalSense, set[int], str | None]]]:
    """The goal's readings with a job title that names several roles' roadmaps ("web developer": Frontend Developer
    and Full-Stack Developer, both aliases) read as the choice among those jobs, the usual way in first
    (`goal_words.SHARED_ROLES`), as "a job in tech" is: the generator merged both roadmaps (868 h) under the first
    one's title, so the title said one job and the plan was another. A title naming one role and skills ("react
    developer": Frontend Developer and React) is that role with the skill and stays as read, unless SHARED_ROLES
    lists it ("javascript developer": Frontend, Full-Stack or the language alone), and so is a field that is no job
    title, unless its words are a listed title's ("web development" is "web developer"'s work, the same choice). No
    undo: read as typed, the title names the same roadmaps."""
    out: list[tuple[Meaning, set[int]]] = []
    chosen = list(senses)
    for meaning, span in kept:
        roles = [r.key for r in meaning.roadmaps if catalog.roadmap(r.key).role]
        last = normalize(meaning.said).rsplit(maxsplit=1)[-1:]  # "developer" of "web developer"
        listed = _SHARED_ROLE_STEMS.get(_stems(meaning.said)) if meaning.how in ("name", "alias", "spelling") else None
        if listed is None and (
            meaning.how != "alias" or meaning.topics or len(roles) < 2 or not set(last) & _JOB_TITLE_TAILS
        ):
            out.append((meaning, span))
            continue
        said = normalize(meaning.said)
        slugs, sentence = listed or (
            tuple(roles),
            shared_role_sentence(meaning.said, [catalog.roadmap(s).title for s in roles]),
        )
        if listed and said not in SHARED_ROLES:  # "web development": said as the title it was read as
            title = next(t for t in SHARED_ROLES if _stems(t) == _stems(said))
            sentence = f"“{meaning.said}” is read as “{title}”: {sentence}"
        slugs = tuple(s for s in slugs if catalog.has_roadmap(s))
        if _chosen_beside(meaning, kept, slugs):
            continue  # "backend web developer": the goal's own words made the choice
        choice = GoalSense(
            key=f"shared-role:{said}",
            title=meaning.said,
            phrases=(meaning.said,),
            not_covered=sentence,
            suggestions=slugs,
            build=False,
            choice=True,
        )
        chosen.append((choice, span, None))
    return out, chosen


def _chosen_beside(meaning: Meaning, kept: list[tuple[Meaning, set[int]]], choices: tuple[str, ...]) -> bool:
    """Whether another phrase of the goal names one of a shared job title's roadmaps: "backend web developer",
    "fullstack javascript developer". The title then only repeats the choice its neighbour made; it said "choose one
    and say it in your goal" beside a roadmap built from the one chosen."""
    return any(r.key in choices for other, _ in kept if other is not meaning for r in other.roadmaps)


def _stems(said: str) -> tuple[str, ...]:
    """The words' stems, as a job title is matched (`goal_words.SHARED_ROLES`): "web developers", "web development"."""
    return tuple(stem(w) for w in normalize(said).split())


#: `goal_words.SHARED_ROLES` by its titles' stems (`_stems`).
_SHARED_ROLE_STEMS = {_stems(title): choice for title, choice in SHARED_ROLES.items()}


#: The last word of a job title (`_shared_role`): "web developer" names a job, "web development" a field, read as was.
_JOB_TITLE_TAILS = frozenset(
    {"developer", "developers", "dev", "devs", "engineer", "engineers", "analyst", "analysts", "programmer"}
    | {"programmers", "architect", "architects", "designer", "designers", "manager", "managers"}
)


def _said_context(chunks: list[_Chunk], meaning: Meaning, span: set[int]) -> set[str]:
    """The topic a shared alias means by the goal's other words (`lexicon.SHARED_ALIAS_CONTEXTS`): the first whose
    words the goal has, outside the alias itself; none when the goal has none of them."""
    said = {w for i, chunk in enumerate(chunks) if i not in span for w in normalize(chunk.text).split()}
    for topic, pointing in SHARED_ALIAS_CONTEXTS.get(normalize(meaning.said), ()):
        if said & pointing:
            return {topic}
    return set()


def background_reading(said: str) -> Understood:
    """The learner's background ("qa" of "switch from qa to devops", "designer" of "i'm a designer who wants to
    code") as a reading of their words, so every surface offers its undo, as it does for other readings that say
    more than the words: undone, the phrase is read as typed, as something to learn (`plain`). Its own `how`,
    `background`, since its one `means` entry names no topic or roadmap: said as a `synonym`, the API's readers
    took the key `background` for a topic id."""
    return Understood(said=said, means=[_BACKGROUND], how="background", confidence=_SENSE_CONFIDENCE)


def employer_reading(said: str) -> Understood:
    """Where the learner wants to work ("stripe" of "i have an interview with stripe", "google" of "work at google")
    as a reading of their words, so every surface offers its Undo: it was said only in a note, with no Undo, though
    `plain` takes it back (undone, "stripe" is read as typed: the Stripe payments topic). Its own `how`, `employer`:
    its one `means` entry names no topic or roadmap."""
    return Understood(said=said, means=[_EMPLOYER], how="employer", confidence=_SENSE_CONFIDENCE)


#: What a phrase read as where the learner wants to work means (`employer_reading`).
_EMPLOYER = Ref(key="employer", name="where you want to work, not what to learn")


def studied_reading(said: str) -> Understood:
    """A phrase read as how the learner studies ("with ai" of "learn python with ai", `_studied_with`) as a reading of
    their words, so every surface lists it with its Undo as it does every other reading: it was said only in a note,
    with no Undo, though `plain` takes it back (undone, "with ai" is AI features, as typed). Its own `how`,
    `studied`: its one `means` entry names no topic or roadmap."""
    return Understood(said=said, means=[STUDIED], how="studied", confidence=_SENSE_CONFIDENCE)


#: What a phrase read as how the learner studies means (`studied_reading`; the finder lists it so too).
STUDIED = Ref(key="studied", name="how you learn, with an AI assistant, not something to learn")


#: What a phrase read as the learner's background means (`background_reading`).
_BACKGROUND = Ref(key="background", name="your background, not something to learn here")


#: How far the words of a move may stand: the verb from "from", and "from" from "to" or "into".
_MOVE_REACH, _FROM_REACH = 3, 5


def _named_in(employers: list[Employer], runs: list[str]) -> list[Employer]:
    """The employers that runs of the goal's words name ("faang" of "join faang")."""
    return [e for e in employers if any(set(words(run)) <= set(words(e.said)) for run in runs)]


def _employers(employers: list[Employer], rest: list[str]) -> dict[str, str]:
    """The runs of words left over that name where the learner wants to work ("amazon" of "get a job at amazon",
    `employers.employer_phrases`), each with how it is said (“faang” (the big tech companies: ...)): said as that,
    never as what a thing is for nor as not understood."""
    out: dict[str, str] = {}
    for run in rest:
        own = set(words(run))
        if employer := next((e for e in employers if own and own <= set(words(e.said))), None):
            out[run] = employer.line if own == set(words(employer.said)) else f"“{run}”"
    return out


def _person_to_be(chunks: list[_Chunk]) -> set[int]:
    """The word that names the person the learner wants to be, the last of the words after "be a", "become a", "work
    as a" or "a job as a" (up to a little word): "chef" of "i want to be a chef". As what the learner is now
    (`interpret._background`), a person is read as a role the catalog has a roadmap for, never as a topic an alias
    names with the same word: "i want to be a chef" was Configuration management with Ansible, whose aliases list
    the Chef tool. A word before it says what kind ("an excel expert": Excel is still read)."""
    lowered = [c.text.lower() for c in chunks]
    out: set[int] = set()
    for at, word in enumerate(lowered[:-2]):
        if word not in _TO_BE or lowered[at + 1] not in ("a", "an"):
            continue
        last = None
        for after in range(at + 2, len(chunks)):
            if not chunks[after].words:  # a little word ends the person ("a chef in paris")
                break
            last = after
            if re.search(r"[,;:.!?]$", chunks[after].text):  # so does a mark after a word
                break
        if last is not None:
            out.add(last)
    return out


#: Words before "a"/"an" and the person the learner wants to be ("be a chef", "become a pilot", "work as a nurse").
_TO_BE = frozenset({"be", "become", "becoming", "as"})


def _moving(chunks: list[_Chunk], span: set[int]) -> bool:
    """Whether a reading is only the verb of a move, right before "to" or "into" ("transitioning into devops",
    "pivoting into penetration testing"): the learner going somewhere (the job milestone `scope` reads), never the
    topic an alias names with the verb's stem (React's Suspense and transitions, Pivoting and tunnelling)."""
    if len(span) != 1:
        return False
    (at,) = span
    after = chunks[at + 1].text.lower() if at + 1 < len(chunks) else ""
    return chunks[at].text.lower() in MOVE_WORDS and after in ("to", "into")


#: A promotion's own words, which an alias reads as Career development and engineering ladders ("promotions").
_PROMOTION_WORDS = frozenset({"promotion", "promotions", "promoted"})


def _promotion_in(
    chunks: list[_Chunk], meaning: Meaning, span: set[int], spans: list[tuple[Meaning, set[int]]], undone: set[str]
) -> bool:
    """Whether a reading is only the word of a promotion right after the job it is in ("senior devops engineer
    promotion", "backend developer promotion"): the promotion `scope.read_scope` reads (the job past its job-ready
    milestone), never the manager's topic an alias names ("promotions": Career development and engineering ladders),
    which was built beside it. A topic named with words of its own stays ("career development and promotions"), and
    so does the word the learner undid."""
    if len(span) != 1 or meaning.roadmaps or normalize(meaning.said) not in _PROMOTION_WORDS:
        return False
    (at,) = span
    if in_undone(normalize(meaning.said), undone):
        return False
    return any(m.roadmaps and s and max(s) == at - 1 for m, s in spans)


def _came_from(chunks: list[_Chunk]) -> tuple[set[int], set[int]]:
    """The pieces between "from" and "to"/"into" in a move from one field to another ("switch from qa to devops"):
    where the learner comes from, never something to learn beside where they go; a goal that opens with "from" says
    the move with no verb ("from retail to tech"). Second, the pieces between the move's verb and "from" ("careers"
    of "switch careers from teaching to tech"): what is moved, the move's own words. Both empty when the goal says
    no move."""
    lowered = [c.text.lower() for c in chunks]
    opening = [-1] if lowered[:1] == ["from"] else []
    for verb in [*opening, *(at for at, word in enumerate(lowered) if word in MOVE_WORDS)]:
        for first in range(verb + 1, min(verb + 1 + _MOVE_REACH, len(lowered))):
            if lowered[first] != "from" or lowered[first + 1 : first + 2] == ["scratch"]:
                continue  # "from scratch to hero in python" starts nowhere: it says how
            for last in range(first + 2, min(first + 2 + _FROM_REACH, len(lowered) - 1)):
                if lowered[last] in ("to", "into"):
                    return set(range(first + 1, last)), set(range(verb + 1, first))
    return set(), set()


def _chunks(text: str) -> list[_Chunk]:
    """The text's whitespace pieces (as the interpreter cuts them) with their search stems."""
    out: list[_Chunk] = []
    for found in re.finditer(r"\S+", " ".join(text.split())):
        core = found.group().lstrip(_OPENING).rstrip(_CLOSING)
        if core:
            # a slip of a promotion's word is stemmed as the word ("promtion": "promotion to" is a promotion), said
            # where the phrase is read (`_add_sense`)
            said = tuple((stem(promotion_respelt(w) or w), w, w in STOPWORDS) for w in normalize(core).split())
            words = tuple(w for _, w, filler in said if not filler)
            out.append(_Chunk(core, tuple(terms(core)), words, said))
    return out


def _span(chunks: list[_Chunk], said: str) -> set[int]:
    """The pieces of the text the learner's words `said` are (their first occurrence)."""
    run = said.split()
    for start in range(len(chunks) - len(run) + 1):
        if [c.text for c in chunks[start : start + len(run)]] == run:
            return set(range(start, start + len(run)))
    return set()


def _said(chunks: list[_Chunk], span: set[int]) -> str:
    return " ".join(chunks[i].text for i in range(min(span), max(span) + 1))


def _runs(chunks: list[_Chunk], indexes: set[int]) -> list[str]:
    """Runs of neighbouring pieces, as the learner wrote them."""
    return [" ".join(chunks[i].text for i in run) for run in _index_runs(indexes)]


def _index_runs(indexes: set[int]) -> list[list[int]]:
    """The indexes in runs of neighbours, in order."""
    out: list[list[int]] = []
    for index in sorted(indexes):
        if out and index == out[-1][-1] + 1:
            out[-1].append(index)
        else:
            out.append([index])
    return out
