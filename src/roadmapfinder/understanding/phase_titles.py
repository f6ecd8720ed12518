"""Titles for a generated roadmap's phases: a catalog phase's title only where it honestly fits.

A generated phase is a slice of the topic graph, not a catalog phase, so a catalog title can name what is not
there ("Block Themes" over HTML and CSS, "Classes, Ownership and CMake" with no CMake). Each catalog phase that
teaches the phase's topics gets votes: 1 for each of them among its core skills, `EXTRA_WEIGHT` for each in an
extra section, all times `NAMED_WEIGHT` when the learner named its roadmap. It may lend its title when:

- it has `MIN_VOTES` votes and covers at least `MIN_SHARE` of the phase, so the title describes the phase and
  not one topic of it;
- its title names nothing missing: no word of it belongs only to the names of its core skills that are not in
  this phase ("CMake" when the CMake topic is elsewhere, "JavaScript" in "PHP and JavaScript for WordPress" over
  PHP alone), unless the phase holds `WHOLE` of those core skills (the title was written for these topics) and
  none of them is one the learner put out of the roadmap ("First games in Unity" over Godot's fundamentals, for
  "game developer with godot"); nor,
  for a roadmap the learner did not name, to that roadmap's own subject ("Laravel" over plain PHP).

A catalog phase less what the learner has is still that phase: when every topic of the group is the catalog
phase's own (a core skill or one of its extra sections, a cloud's counterpart as the topic it stands for) and each
of its core skills missing from the group is one the learner has (`had`: known, what a known topic builds on,
below their level, the job they are promoted from), those count as if they were in the group, for its votes and
for what its title names. A sysadmin's first DevOps phase, How the web works, SSH, Git and GitHub without the two
Linux topics they know, is still "Linux and version control", not a list of its topics. A group that mixes
catalog phases is voted on as it is: knowing part of one phase never lends that phase's title to a group that is
mostly another's. A catalog phase the learner has all of teaches nothing, so no group holds it and its title is
never handed out; a remnant of one or two topics is titled with their names, as any phase that small.

Titles are handed out best first (votes per topic, then the share of the catalog phase's topics taught here,
then the one teaching the phase's earliest topic) across the whole roadmap, each at most once, so a phase split
in two keeps the title for the half it fits best. A phase of one or two topics is titled with their names, and
so is a phase no catalog title fits (`described`). Same groups, same titles: every choice is ordered.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog, TopicUse
from roadmapfinder.catalog.shapes import and_list

#: Votes a catalog phase needs to lend its title, and the least share of the phase's topics it must teach.
MIN_VOTES, MIN_SHARE = 3.0, 1 / 3
#: A group with this share of a catalog phase's core skills is that phase, whatever its title's words say.
WHOLE = 0.8
#: A catalog phase of a roadmap the learner named weighs this much more than one of another roadmap.
NAMED_WEIGHT = 3.0
#: A topic in a catalog phase's extra section counts this much towards it (a core skill counts 1).
EXTRA_WEIGHT = 0.5
#: Words of a roadmap's title that say who, not what: "Frontend Developer" is about the frontend.
_ROLE_WORDS = frozenset({"developer", "engineer", "engineering", "development", "analyst", "architect", "manager"})
#: Words a title uses to join what it names, never what it names.
_JOINERS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "your"})


@dataclass(frozen=True, order=True)
class _Offer:
    """A catalog title offered to one phase; ordered best first."""

    rank: tuple[float, float, int, int, str]
    phase: int
    title: str


def phase_titles(
    catalog: Catalog,
    groups: Sequence[Sequence[str]],
    named: Collection[str],
    replaced: Collection[str] = (),
    standing_for: Mapping[str, str] | None = None,
    had: Collection[str] = (),
) -> list[str]:
    """One title per group of topics (a generated phase), none repeated; `named` are the roadmaps the learner
    named, `replaced` the topics the learner put out of it, another in their place or none (see the module
    docstring). `standing_for` maps a topic to the catalog's topic it stands for on another cloud (Azure compute
    for AWS compute, `counterparts`): it votes as that topic, so Cloud Engineer on Azure's third phase is still
    "Core cloud services". `had` are the topics the learner has, left out of the roadmap: a catalog phase less them
    keeps its title."""
    stands = standing_for or {}
    titles: list[str | None] = [_names(catalog, g) if len(g) <= 2 else None for g in groups]
    taken = {t for t in titles if t}
    taught = {stands.get(t, t) for g in groups for t in g}
    offers = sorted(
        _Offer((-votes / len(group), -share, first, number, title), number, title)
        for number, group in enumerate(groups)
        if titles[number] is None
        for title, (votes, share, first) in _fits(
            catalog, group, taught, named, frozenset(replaced), stands, frozenset(had)
        ).items()
    )
    for offer in offers:
        if titles[offer.phase] is None and offer.title not in taken:
            titles[offer.phase] = offer.title
            taken.add(offer.title)
    done: list[str] = []
    for group, title in zip(groups, titles, strict=True):
        done.append(title or described(catalog, group, taken))
        taken.add(done[-1])
    return done


def described(catalog: Catalog, group: Sequence[str], taken: Collection[str] = ()) -> str:
    """A title made of the phase's topics' names when no catalog title fits: all three of three, else the first
    two and how many more ("Game design fundamentals · C++ classes and operator overloading · 2 more"), more
    names if that is taken."""
    names = [re.sub(r"\s*\([^)]*\)", "", catalog.topic(t).name) for t in group]
    for shown in range(2, len(names) - 1):
        title = _join([*names[:shown], f"{len(names) - shown} more"])
        if title not in taken:
            return title
    return _join(names)


def _fits(
    catalog: Catalog,
    group: Sequence[str],
    taught: set[str],
    named: Collection[str],
    replaced: frozenset[str],
    stands: Mapping[str, str],
    had: frozenset[str],
) -> dict[str, tuple[float, float, int]]:
    """Each catalog title that may title the group (see the module docstring), with its best votes, the share
    of its catalog phase's topics (among those this roadmap teaches) that are in the group, and where in the
    group the first topic it teaches is (a title for how the phase begins before one for how it ends); a catalog
    phase the group is, less what the learner has (`had`), votes with those too."""
    present = {w for t in group for w in _words(catalog.topic(t).name)}
    group = [stands.get(t, t) for t in group]  # a cloud's counterpart votes as the topic it stands for
    here = set(group)
    cores = catalog.derived(_cores)
    counted: dict[tuple[str, int], list[float]] = {}  # catalog phase -> [core skills here, extra topics here]
    uses: dict[tuple[str, int], tuple[TopicUse, int]] = {}
    for first, topic_id in enumerate(group):
        for use in catalog.uses_of(topic_id):
            key = (use.roadmap.slug, use.phase_number)
            uses.setdefault(key, (use, first))
            counted.setdefault(key, [0.0, 0.0])[0 if topic_id in cores[key] else 1] += 1
    fits: dict[str, tuple[float, float, int]] = {}
    for key, (core_here, extra_here) in counted.items():
        use, first = uses[key]
        has = _had_of(use, here, had)
        covered = core_here + EXTRA_WEIGHT * extra_here
        votes = (covered + len(has)) * (NAMED_WEIGHT if key[0] in named else 1.0)
        if votes < MIN_VOTES or covered / len(here) < MIN_SHARE:
            continue
        if _names_missing(catalog, use, here | has, present, named=key[0] in named, replaced=replaced):
            continue
        share = core_here / max(1, len(cores[key] & taught))
        best = fits.get(use.phase.title)
        if best is None or (votes, share, -first) > (best[0], best[1], -best[2]):
            fits[use.phase.title] = (votes, share, first)
    return fits


def _had_of(use: TopicUse, here: set[str], had: frozenset[str]) -> frozenset[str]:
    """The catalog phase's core skills the learner has, when the group is that phase less them: every topic of the
    group is the phase's own and every core skill not in it is had; else none (a group mixing phases is voted on as
    it is)."""
    missing = frozenset(use.phase.core_skills) - here
    if missing <= had and here <= set(use.phase.topic_ids):
        return missing
    return frozenset()


def _cores(catalog: Catalog) -> dict[tuple[str, int], frozenset[str]]:
    """Each catalog phase's core skills, by roadmap and phase number (worked out once per catalog)."""
    return {
        (roadmap.slug, number): frozenset(phase.core_skills)
        for roadmap in catalog.roadmaps
        for number, phase in enumerate(roadmap.phases, start=1)
    }


def _names_missing(
    catalog: Catalog, use: TopicUse, here: set[str], present: set[str], *, named: bool, replaced: frozenset[str]
) -> bool:
    """Whether a word of the catalog phase's title names what the group does not teach: the subject of its
    roadmap when the learner did not name it (a roadmap they named is what the whole roadmap is about: "Web
    Services with Python" in a Python roadmap, over FastAPI), or a word of only its core skills that are
    elsewhere, unless the group holds `WHOLE` of them (the title was written for these topics). A core skill the
    learner put out of the roadmap (`replaced`) names what is missing even then: "First games in Unity" over
    Godot's fundamentals, in Unity's place for "game developer with godot". `present` are the words of the
    group's topics' names."""
    core = use.phase.core_skills
    missing: set[str] = set() if named else set(catalog.derived(_subjects)[use.roadmap.slug])
    whole = len(here.intersection(core)) >= WHOLE * len(core)
    missing |= {
        w for t in core if t not in here and (not whole or t in replaced) for w in _words(catalog.topic(t).name)
    }
    return any(_in(word, missing) and not _in(word, present) for word in _words(use.phase.title))


def _subjects(catalog: Catalog) -> dict[str, frozenset[str]]:
    """The words that name what each roadmap is about: its title's and slug's (not who does it) and its one-word
    aliases ("Laravel", "tester", "firmware"); worked out once per catalog."""
    roles = {_stem(w) for w in _ROLE_WORDS}
    subjects: dict[str, frozenset[str]] = {}
    for roadmap in catalog.roadmaps:
        names = [roadmap.title, roadmap.slug.replace("-", " "), *(a for a in roadmap.aliases if " " not in a.strip())]
        subjects[roadmap.slug] = frozenset(w for text in names for w in _words(text)) - roles
    return subjects


@functools.lru_cache(maxsize=8192)  # the catalog's topic names and phase titles, read for every generated roadmap
def _words(text: str) -> frozenset[str]:
    """The words of a name, without joiners and in a stem form (so "Tested" meets "Testing", "maths" "Math")."""
    found = re.findall(r"[a-z0-9][a-z0-9+#.]*", text.lower())
    return frozenset(_stem(w.rstrip(".")) for w in found if w not in _JOINERS)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _in(word: str, words: Collection[str]) -> bool:
    """The word, or one of its family: one shortens the other ("async", "asynchronous") or both share a long
    start ("exploration", "exploratory"); "Java" is not "JavaScript"."""
    return word in words or any(_kin(word, other) for other in words)


def _kin(word: str, other: str) -> bool:
    shorter = min(len(word), len(other))
    if shorter >= 5 and (other.startswith(word) or word.startswith(other)):
        return True
    return shorter >= 6 and word[:6] == other[:6]


def _names(catalog: Catalog, group: Sequence[str]) -> str:
    return _join([catalog.topic(t).name for t in group])


def _join(names: list[str]) -> str:
    """The names as a list a learner reads at a glance: "A, B and C"; with a middle dot between them when a name
    holds its own "and" or comma ("Asynchronous Python with asyncio · Designing webhooks · WebSockets and
    real-time communication"), where "A, B and C" would not say where one topic ends."""
    if len(names) > 1 and any(" and " in name or ", " in name for name in names):
        return " · ".join(names)
    return and_list(names)
