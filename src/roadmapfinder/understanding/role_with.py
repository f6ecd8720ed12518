"""A role named with the language or tool it is done with: the role as asked, the tool taken in it.

"data engineer with python", "data engineering using python and spark", "devops with kubernetes": the learner wants
the job, done with that tool. The generator read such a goal as any goal of several subjects ("python for devops"):
each roadmap cut to its foundations (phases up to Junior) beside the others, so the job the learner named was cut
at Junior because a tool was named beside it, said only in a note asking to list them side by side. A role written
first, then "with", "using" or "in" and the tools (listed with "and" or commas), is now read as the role the learner
asked for (whole, or cut where its own words cut it: "become" is up to the job-ready milestone) and each tool in it:
one the role's roadmap teaches already (its first phase, or the topic itself, within the phases asked for) adds
nothing and is said to be taught as the role goes; one it does not is added beside the role, as a subject is beside
another. The title names both, "Data Engineer with Python", as `goals.subject_title` names a role with its skills.

A language a role takes as its stack ("backend developer with python") is read by `stacks` first and never here; a
goal that lists them ("data engineer and python") keeps each whole, as a list does; the reading is said and undone as
typed (`plain`: the words from "with" on), which gives back the reading of several subjects.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.goal_words import GoalSense
from roadmapfinder.understanding.goals import subject_title
from roadmapfinder.understanding.interpret import Meaning
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.lexicon import LANGUAGE_STACKS
from roadmapfinder.understanding.listing import LISTED_BY
from roadmapfinder.understanding.stacks import takes
from roadmapfinder.understanding.titles import with_more

#: The words between a role and what it is done with: "data engineer with python", "devops using terraform".
_WITH = re.compile(r"\s+(with|using|in)\s+", re.IGNORECASE)

#: A word for the job after a role read by its field alone ("frontend dev", "data engineering"), before "with".
_ROLE_NOUN = re.compile(r"\s+(?:dev|devs|developer|developers|engineer|engineering)\b", re.IGNORECASE)

#: How a tool is read: by the catalog's own names (a spelling fix too), never a curated reading of the phrase.
_BY_NAME = ("name", "alias", "spelling")


@dataclass(frozen=True)
class RoleWith:
    """A role (`role`, its one roadmap) said with the tools it is done with (`tools`), as typed from the joining word
    on (`said`: "with python and spark")."""

    said: str
    role: Meaning
    tools: tuple[Meaning, ...]
    #: The topics of each curated reading read as one of the role's own tools (`_tool`: "unity", Unity games)
    curated: tuple[frozenset[str], ...] = ()

    @property
    def role_slug(self) -> str:
        return self.role.roadmaps[0].key

    def taught(self, catalog: Catalog, phases: int | None) -> list[Meaning]:
        """The tools the role's roadmap teaches within its first `phases` (all when None): a roadmap's first phase, or
        every topic the tool's phrase names. The first phase is what knowing a roadmap means elsewhere too
        (`vocabulary.entry_topics`): Data Engineer teaches Python basics to files and exceptions, so it teaches
        Python as it goes; DevOps Engineer teaches two of Kubernetes' four first topics, so it does not."""
        role_topics = {t for p in catalog.roadmap(self.role_slug).phases[:phases] for t in p.core_skills}
        return [tool for tool in self.tools if set(_first_topics(catalog, tool)) <= role_topics]

    def understood(self) -> Understood:
        """The reading as the learner is told it, undoable like the others: “with python” → Python; with the spelling
        fix of a misspelt tool said in it, “with pyhton” → Python (read as “with python”), as the tool's own line
        said it (this reading takes that line's place, and the fix went unsaid)."""
        corrected = self.said
        for tool in self.tools:
            if tool.corrected:
                corrected = re.sub(re.escape(tool.said), tool.corrected, corrected, count=1, flags=re.IGNORECASE)
        means = [r for t in self.tools for r in t.roadmaps or t.topics]
        fixed = corrected if corrected != self.said else None
        return Understood(said=self.said, means=means, how="synonym", corrected=fixed)

    def title(self, catalog: Catalog) -> str:
        """The role with its tools: “Data Engineer with Apache Spark and PySpark”; a tool read from a curated reading
        by a topic is the tool, never the topic's level: “Game Developer with Unity”, not “with
        Unity fundamentals”."""
        return f"{catalog.roadmap(self.role_slug).title} with {and_list([_tool_title(t) for t in self.tools])}"

    def other_engines(self, catalog: Catalog, senses: Iterable[GoalSense]) -> list[str]:
        """The titles of the role's phases that teach another way of doing what a curated tool is: another common
        goal puts a topic of theirs in the tool's place (`GoalSense.instead`: Unreal Engine fundamentals for Unity
        fundamentals), so “Unreal Engine and C++” of Game Developer for "game developer with unity"; none for a tool
        named by the catalog's own names."""
        if not self.curated:
            return []
        senses = tuple(senses)
        tool_topics = {r.key for t in self.tools for r in t.topics}
        replaced = tool_topics | {default for default, _ in self.in_place(catalog, senses)}  # "with godot": Unity's
        others = {c for sense in senses for d, c in sense.instead if d in replaced and c not in tool_topics}
        # a phase teaching the tool itself, or the topic it takes the place of, is the tool's own, never another's:
        # "First games in Unity" is where Godot's fundamentals are learnt for "with godot"
        phases = catalog.roadmap(self.role_slug).phases
        return [p.title for p in phases if not others.isdisjoint(p.core_skills) and replaced.isdisjoint(p.core_skills)]

    def in_place(self, catalog: Catalog, senses: Iterable[GoalSense]) -> list[tuple[str, str]]:
        """The role's topics a curated tool takes the place of, each with the tool's topic: a common goal of the tool
        puts it there (`GoalSense.instead`), the role teaches the one it replaces and names the tool's topic only
        in an extra section ("game developer with godot": Godot Engine fundamentals, which Game Developer names as
        its alternative engine, for Unity fundamentals). None for a tool the role teaches as it goes ("with unity")."""
        if not self.curated:
            return []
        tools = {r.key for t in self.tools for r in t.topics} - _core(catalog, self.role_slug)
        beside = {  # each topic the role's phases teach, with the topics their extra sections name beside it
            (default, chosen)
            for p in catalog.roadmap(self.role_slug).phases
            for default in p.core_skills
            for section in p.extra_sections
            for chosen in section.topics
        }
        pairs = {d: c for s in senses for d, c in s.instead if c in tools and (d, c) in beside}
        return list(pairs.items())

    def note(
        self,
        catalog: Catalog,
        taught: Collection[Meaning],
        elsewhere: Collection[str] = (),
        in_place: Collection[tuple[str, str]] = (),
    ) -> str:
        """What was made of the role and of each tool: the role kept as asked, a tool taught as the role goes, or
        what is added of one the role does not teach (a roadmap's foundations and its topics about the role, as beside
        any other subject; a topic, with what it needs first), and how to have it in full or undo the reading."""
        role = catalog.roadmap(self.role_slug).title
        said = [f"“{self.said}”: what you do {role} with, so {role} is kept as you asked for it, never cut beside it"]
        if taught:
            them = "it" if len(taught) == 1 else "them"
            said.append(
                f"{role} teaches {and_list([_name(t) for t in taught])} as it goes, so nothing is added for {them}"
            )
        placed = {chosen for _, chosen in in_place}
        for default, chosen in in_place:  # "with godot": Godot's fundamentals where Unity's were, said plainly
            left, came = catalog.topic(default).name, catalog.topic(chosen).name
            said.append(
                f"{came} takes the place of {left} ({role} offers it in the same phase). The catalog's later engine "
                f"lessons use {_LEVEL_WORDS.sub('', left)}: learn the rest of {_LEVEL_WORDS.sub('', came)}'s own "
                "tools from its documentation"
            )
        lacking = [t for t in self.tools if t not in taught and not {r.key for r in t.topics} & placed]
        if roadmaps := [t for t in lacking if t.roadmaps]:
            names, listed = and_list([_name(t) for t in roadmaps]), " and ".join(t.said for t in roadmaps)
            said.append(
                f"{role} does not teach all of {names}, so the foundations of {names} (phases up to Junior) and "
                f"what is about {role} are added; list them side by side (“{self.role.said} and {listed}”) to "
                "learn each in full"
            )
        if topics := [t for t in lacking if not t.roadmaps]:
            names = and_list([_name(t) for t in topics])
            said.append(f"{role} does not teach {names}, so it is added, with what it needs first")
        for title in elsewhere:  # "with unity": Game Developer's senior phase is Unreal's, kept and said so
            said.append(
                f"{role}'s phase “{title}” teaches another engine than {and_list([_tool_title(t) for t in self.tools])}"
                f": it stays, as {role} moves on to it for its later work"
            )
        # "with unity": undone, the words as typed ("unity" is an alias of Game Developer); so a misspelt tool ("with
        # pyhton"), whose fix the undo takes back with the reading: it promised Python beside the role, and gave
        # Data Analyst with “pyhton” not understood
        if self.curated or any(t.corrected for t in self.tools):
            return f"{'. '.join(said)}. Undo “{self.said}” to read it as typed."
        tools = and_list([_name(t) for t in self.tools])
        return f"{'. '.join(said)}. Undo “{self.said}” to read {tools} as a second subject beside {role}'s foundations."


def read_role_with(
    catalog: Catalog,
    subjects: list[Meaning],
    words: str,
    *,
    listed: bool,
    plain: Collection[str] = (),
    stack_said: str = "",
) -> RoleWith | None:
    """The goal's role and the tools it is said with (see the module docstring), or None: not when the goal lists its
    subjects (`listed`), when its first subject is not one role's roadmap, when another names a role ("frontend
    with backend") or is no tool's name (a common goal the role does not teach all of, "game developer with
    godot"), when the role takes a tool as its stack (`stacks`), when the words between them are not "with",
    "using" or "in" then a list, or when the learner undid the reading (`plain`). A curated reading the role teaches
    all of is its tool ("game developer with unity": `_tool`). `stack_said`: the words read as the role's stack
    (`stacks`), which may be listed among the tools ("full stack developer using python and vue") though no tool."""
    if listed or len(subjects) < 2:
        return None
    role, *tools = subjects
    if len(role.roadmaps) != 1 or not _is_role(catalog, role.roadmaps[0].key):
        return None
    role_slug = role.roadmaps[0].key
    read = tools
    tools = [tool for t in tools if (tool := _tool(catalog, role_slug, t)) is not None]
    if len(tools) != len(read):
        return None  # a curated reading the role does not teach says more than a tool's name ("with godot")
    if any(
        r.key in LANGUAGE_STACKS and takes(catalog, role_slug, LANGUAGE_STACKS[r.key])
        for t in tools
        for r in t.roadmaps
    ):
        return None  # "backend with python" is the role's stack (`stacks`); undone there, read as typed
    said = _said_with(words, role, tools, stack_said)
    if said is None or normalize(said) in {normalize(p) for p in plain}:
        return None
    curated = tuple(frozenset(r.key for r in t.topics) for t in read if t.how not in _BY_NAME)
    return RoleWith(said=said, role=role, tools=tuple(tools), curated=curated)


def _tool(catalog: Catalog, role_slug: str, meaning: Meaning) -> Meaning | None:
    """A tool as the catalog names it, or None when the phrase is no tool of the role: a role ("frontend with
    backend"), or a curated reading that says more than the role teaches. A curated reading all of whose topics the
    role teaches ("unity", a common goal: Unity games, every topic of it in Game Developer) is the role's own tool,
    read as the catalog's topic its words name (“unity” → Unity fundamentals); it used to keep the common goal beside
    the role, which was cut to its foundations for it ("game developer with unity": 450 h of 560, no career phase)."""
    if meaning.how in _BY_NAME:
        return None if any(_is_role(catalog, r.key) for r in meaning.roadmaps) else meaning
    if meaning.roadmaps:
        return None
    role_topics = set(catalog.roadmap(role_slug).topic_ids)  # its extra sections too: "Alternative engine", Godot
    said = normalize(meaning.said)
    named = [
        r
        for r in meaning.topics
        if said in {normalize(n) for n in (catalog.topic(r.key).name, *catalog.topic(r.key).aliases)}
    ]
    if len(named) > 1:  # "godot" is an alias of Choosing a game engine too: the topic named after it
        named = [r for r in named if said in normalize(catalog.topic(r.key).name)]
    if len(named) != 1 or named[0].key not in role_topics:
        return None
    if not {r.key for r in meaning.topics} <= role_topics and named[0].key in _core(catalog, role_slug):
        return None
    return Meaning(said=meaning.said, topics=named, how="name", confidence=1.0)


def senses_within(senses: Iterable[GoalSense], reading: RoleWith) -> list[GoalSense]:
    """The common goals read as the role's own tools (`RoleWith.curated`): their titles and notes give way to the
    role's ("Unity games", "Unreal Engine and C++ are another engine's path, in the Game Developer roadmap")."""
    return [sense for sense in senses if frozenset(sense.topics) in reading.curated]


def without_taught(subjects: list[Meaning], taught: Collection[Meaning]) -> list[Meaning]:
    """The goal's subjects less the tools the role teaches: no second subject, so the role is never cut beside it."""
    return [m for m in subjects if not any(m is t for t in taught)]


def titled(catalog: Catalog, titles: list[str], reading: RoleWith) -> list[str]:
    """The roadmap's titles with the role's and its tools' as one, in the role's place: “Data Engineer with Python”,
    never “Data Engineer and Python”, which says two roadmaps side by side."""
    role_title = subject_title(catalog, reading.role)
    tool_titles = {subject_title(catalog, t) for t in reading.tools} - {role_title}
    kept = [t for t in titles if t not in tool_titles]
    return with_more(kept, role_title, reading.title(catalog))


def understood_with(understood: list[Understood], reading: RoleWith) -> list[Understood]:
    """The goal's readings with each tool's own line (“python” → Python) given way to the reading of all of them
    with the role (“with python” → Python), said right after the role's."""
    tools = {t.said for t in reading.tools}
    out = [u for u in understood if u.said not in tools]
    at = next((i + 1 for i, u in enumerate(out) if u.said == reading.role.said), len(out))
    return [*out[:at], reading.understood(), *out[at:]]


def _said_with(words: str, role: Meaning, tools: list[Meaning], stack_said: str = "") -> str | None:
    """The goal's words from the joining word to the last tool, as typed, when the role is followed by it and the
    tools are listed after it ("with python and spark"), the role's stack among them or not (`stack_said`: "python"
    of "using python and vue", read by `stacks`); else None."""
    lowered = words.lower()
    start = lowered.find(role.said.lower())
    if start < 0:
        return None
    cursor = start + len(role.said)
    if noun := _ROLE_NOUN.match(lowered, cursor):  # "frontend dev using angular": "frontend" names the role
        cursor = noun.end()
    joined = _WITH.match(lowered, cursor)
    if joined is None:
        return None
    begin, cursor = joined.start(1), joined.end()
    listed = [tool.said.lower() for tool in tools]
    stack = stack_said.lower()
    for number in range(len(listed) + bool(stack)):
        if number:
            gap = LISTED_BY.match(lowered, cursor)
            if gap is None:
                return None
            cursor = gap.end()
        if stack and lowered.startswith(stack, cursor):
            cursor, stack = cursor + len(stack), ""
        elif listed and lowered.startswith(listed[0], cursor):
            cursor += len(listed.pop(0))
        else:
            return None
    return words[begin:cursor]


def _is_role(catalog: Catalog, slug: str) -> bool:
    return catalog.has_roadmap(slug) and catalog.roadmap(slug).role


def _core(catalog: Catalog, slug: str) -> set[str]:
    """The topics a roadmap's phases teach as their core, never an extra section's."""
    return {t for p in catalog.roadmap(slug).phases for t in p.core_skills}


def _first_topics(catalog: Catalog, tool: Meaning) -> list[str]:
    """What teaching the tool means: each roadmap's first phase, else the topics its phrase names."""
    if tool.roadmaps:
        return [t for r in tool.roadmaps for t in catalog.roadmap(r.key).phases[0].core_skills]
    return [r.key for r in tool.topics]


#: The words a topic's name ends with that say its level, not the tool: “Unity fundamentals” is Unity.
_LEVEL_WORDS = re.compile(r"\s+(?:fundamentals|basics|essentials|foundations)$", re.IGNORECASE)


def _tool_title(tool: Meaning) -> str:
    """A tool as the roadmap's title names it: its name less the words of its level (“Unity fundamentals”: Unity)."""
    return _LEVEL_WORDS.sub("", _name(tool))


def _name(tool: Meaning) -> str:
    """A tool as the roadmap's title names it (`goals.subject_title`, which needs no catalog for a tool: no role)."""
    return and_list([r.name for r in tool.roadmaps]) if tool.roadmaps else tool.topics[0].name
