"""The loaded catalog: immutable, trusted, and the only way the rest of the code reads content."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from threading import RLock
from typing import Any, TypeVar

from roadmapfinder.catalog import estimate
from roadmapfinder.catalog.models import (
    Category,
    Checklist,
    CloudCounterparts,
    Phase,
    RetiredTopic,
    Roadmap,
    RoadmapKind,
    Topic,
    project_key,
)
from roadmapfinder.catalog.suggest import NameIndex, name_key
from roadmapfinder.errors import InvalidInput, NameChoice, NotFound, SharedNames

T = TypeVar("T")


@dataclass(frozen=True)
class TopicUse:
    """Where a topic is taught: a roadmap and the (1-based) number of the phase."""

    roadmap: Roadmap
    phase_number: int

    @property
    def phase(self) -> Phase:
        return self.roadmap.phases[self.phase_number - 1]


class Catalog:
    """Every roadmap and topic, validated; lookups raise `NotFound` with suggestions."""

    def __init__(
        self,
        roadmaps: Iterable[Roadmap],
        topics: Iterable[Topic],
        retired: Mapping[str, RetiredTopic] | None = None,
        checklists: Iterable[Checklist] = (),
        retired_projects: Mapping[str, RetiredTopic] | None = None,
        clouds: Mapping[str, CloudCounterparts] | None = None,
    ) -> None:
        order = list(Category)
        #: Retired topic id -> what replaced it; never the id of a live topic (the validator sees to that).
        self.retired: Mapping[str, RetiredTopic] = dict(retired or {})
        #: Retired project key (a project renamed, its key made from its title) -> the project keys that replaced
        #: it; kept apart from `retired`, which every reader takes for topic ids.
        self.retired_projects: Mapping[str, RetiredTopic] = dict(retired_projects or {})
        #: Cloud key -> the counterparts of topics and the projects' words on that cloud (clouds.yaml), for a roadmap
        #: done on it ("cloud engineer on azure"); read by its name for people, `cloud_named`.
        self.clouds: Mapping[str, CloudCounterparts] = dict(clouds or {})
        #: Roadmap slug -> its checklist of expected concepts; a content-review aid that learners never see, so it
        #: is not part of the content hash.
        self.checklists: Mapping[str, Checklist] = {c.roadmap: c for c in checklists}
        self._roadmaps = {r.slug: r for r in sorted(roadmaps, key=lambda r: (order.index(r.category), r.title.lower()))}
        self._topics = {t.id: t for t in sorted(topics, key=lambda t: t.name.lower())}
        self._uses: dict[str, list[TopicUse]] = {}
        for roadmap in self._roadmaps.values():
            for number, phase in enumerate(roadmap.phases, start=1):
                for topic_id in phase.topic_ids:
                    self._uses.setdefault(topic_id, []).append(TopicUse(roadmap, number))
        #: Roadmap slug -> its recap topics (taught by a prerequisite roadmap) -> the slug of the one that teaches it.
        self._recaps = {slug: estimate.recaps(r, self._roadmaps) for slug, r in self._roadmaps.items()}
        self.content_hash = self._fingerprint()
        self._derived: dict[Callable[[Catalog], Any], Any] = {}
        self._derived_lock = RLock()

    def __getstate__(self) -> dict[str, Any]:
        """What a snapshot keeps (catalog/snapshot.py): everything but the lock, which is per process."""
        state = self.__dict__.copy()
        del state["_derived_lock"]
        state["_derived"] = dict(self._derived)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._derived_lock = RLock()

    def derived(self, build: Callable[[Catalog], T]) -> T:
        """What `build` computes from this catalog (a search index, a name index...), built once and kept here.

        The one way every layer caches per catalog: the catalog is immutable, so a value derived from it never goes
        stale, lives exactly as long as the catalog, and the catalog needs to know nothing of the layers above.
        """
        try:
            return self._derived[build]  # type: ignore[no-any-return]
        except KeyError:
            # two threads asking at once build it once; re-entrant, since a builder may ask for another derived value
            # (a name index built from the topic index) on its own thread, which waited forever on a plain lock
            with self._derived_lock:
                if build not in self._derived:
                    self._derived[build] = build(self)
                return self._derived[build]  # type: ignore[no-any-return]

    @property
    def roadmaps(self) -> tuple[Roadmap, ...]:
        """All roadmaps, by category order then title."""
        return tuple(self._roadmaps.values())

    @property
    def topics(self) -> tuple[Topic, ...]:
        """All topics, by name."""
        return tuple(self._topics.values())

    def has_roadmap(self, slug: str) -> bool:
        """Whether a roadmap has this slug (without the search for close ones that `roadmap` makes)."""
        return slug in self._roadmaps

    def roadmap(self, slug: str) -> Roadmap:
        """The roadmap with this slug; `NotFound` otherwise, with the closest slugs as its suggestions and by their
        titles in its hint (`did_you_mean`)."""
        try:
            return self._roadmaps[slug]
        except KeyError:
            hint = ""
            if (topic := self._topics.get(slug)) is not None:  # /roadmaps/http: a topic's id asked for as a roadmap
                hint = f"`{slug}` is a topic, not a roadmap: “{topic.name}” (`roadmapfinder topic {slug}`)"
            close = self.roadmap_names().closest(slug)
            raise NotFound("roadmap", slug, close, hint=hint or self.did_you_mean(close, "roadmap")) from None

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id; `NotFound` otherwise, with the closest ids as its suggestions and by their names
        in its hint (a retired id's hint names what replaced it)."""
        try:
            return self._topics[topic_id]
        except KeyError:
            if gone := self.retired.get(topic_id):
                # by name: people read the hint on every surface; `suggestions` keep the ids for programs
                names = (self._topics[t].name if t in self._topics else t for t in gone.replaced_by)
                taught_by = ", ".join(names) or "no topic"
                hint = f"“{gone.name}” was retired; what it taught is now in: {taught_by}"
                raise NotFound("topic", topic_id, list(gone.replaced_by), hint=hint) from None
            close = self.topic_names().closest(topic_id)
            raise NotFound("topic", topic_id, close, hint=self.did_you_mean(close, "topic")) from None

    def roadmap_names(self) -> NameIndex:
        """The roadmaps' slugs, titles and aliases, prepared once for "did you mean" (catalog/suggest.py)."""
        return self.derived(_roadmap_names)

    def topic_names(self) -> NameIndex:
        """The topics' ids, names and aliases, prepared once for "did you mean": preparing the catalog's 4,000
        names took about 40 ms, which every unknown topic or mistyped address had cost."""
        return self.derived(_topic_names)

    def has_topic(self, topic_id: str) -> bool:
        return topic_id in self._topics

    def topic_named(self, text: str) -> str | None:
        """The id of the one topic that `text` names exactly (its id, name, an alias or a stack's variant name, in any
        case, spaces and punctuation aside: "Python basics", "python-basics"), or None when it names none or several.
        For the command line, where a learner types the name they read on a page; a near miss is never taken for a
        name (it gets the "did you mean" of `topic`). A topic's own name wins over another's alias or variant name
        ("Django" is the Django topic, though Backend web frameworks has a Django variant), an alias over another's
        variant name ("axum" is Web services in Rust, not Backend web frameworks' Rust variant), and the text as typed
        over its letters without punctuation (`ExactNames`)."""
        return self.derived(_topics_by_name).find(text)

    def roadmap_named(self, text: str) -> str | None:
        """The slug of the one roadmap that `text` names exactly (its slug, title or an alias, in any case, spaces
        and punctuation aside: "Git and GitHub"), or None. For the command line, where a learner types the title
        they read; a near miss gets the "did you mean" of `roadmap`, never taken for a title. A title as typed wins
        over its letters ("C++" is C++, not C)."""
        return self.derived(_roadmaps_by_name).find(text)

    def topics_named(self, text: str) -> tuple[str, ...]:
        """The ids of every topic `text` names by `ExactNames`' rule: one, none, or several for a name they share
        (in catalog order), so a caller asks which one rather than take the first."""
        return self.derived(_topics_by_name).owners(text)

    def roadmaps_named(self, text: str) -> tuple[str, ...]:
        """The slugs of every roadmap `text` names by `ExactNames`' rule (see `topics_named`)."""
        return self.derived(_roadmaps_by_name).owners(text)

    def roadmap_by_name(self, text: str) -> Roadmap:
        """The roadmap `text` names as a learner types it: its slug, its title or an alias (`roadmap_named`);
        `SharedNames` with each of them when it names several (an alias two roadmaps list); `NotFound` with the
        closest names otherwise, so a near miss ("bakend") is a "did you mean", never taken."""
        if len(owners := self.roadmaps_named(text)) > 1 and not self.has_roadmap(text.strip()):
            raise self.shared_names(self.name_choices(text, "roadmap", owners))
        return self.roadmap(self.roadmap_named(text) or text.strip())

    def topic_by_name(self, text: str) -> Topic:
        """The topic `text` names as a learner types it: its id, its name, an alias or a variant name
        (`topic_named`); `SharedNames` with each of them when it names several ("accessibility"), so the learner
        chooses; `NotFound` with the closest names otherwise (a retired id says what replaced it)."""
        if len(owners := self.topics_named(text)) > 1 and not self.has_topic(text.strip()):
            raise self.shared_names(self.name_choices(text, "topic", owners))
        return self.topic(self.topic_named(text) or text.strip())

    def name_choices(self, said: str, kind: str, keys: Iterable[str]) -> list[NameChoice]:
        """Each roadmap or topic (`kind`) of `keys` that the learner's `said` names alike, as a choice to offer by
        name: a topic with the titles of the roadmaps that teach it, which tell topics of one name apart."""
        if kind == "roadmap":
            return [NameChoice(said.strip(), kind, key, self._roadmaps[key].title) for key in keys]
        return [
            NameChoice(
                said.strip(),
                kind,
                key,
                self._topics[key].name,
                tuple(dict.fromkeys(u.roadmap.title for u in self.uses_of(key))),
            )
            for key in keys
        ]

    def shared_names(self, choices: list[NameChoice], field: str = "") -> SharedNames:
        """The "which one?" for `choices` (`name_choices` of one or more names several share), in words: each name
        with its choices by the name that means them alone and where each is taught; `field` names the request's
        field the names were given in (a plan's targets), empty for a name typed alone."""
        said: dict[str, list[NameChoice]] = {}
        for choice in choices:
            said.setdefault(choice.said, []).append(choice)
        where = f" in {field}" if field else ""
        parts = [
            f"“{name}”{where} names {len(them)} {them[0].kind}s: "
            + "; ".join(f"{self.named(c.key, c.kind)}{_taught_in(c.roadmaps)}" for c in them)
            for name, them in said.items()
        ]
        alone = " or ".join(self.named(c.key, c.kind) for c in choices)
        return SharedNames(
            f"{'. '.join(parts)}: which one do you mean?",
            choices=choices,
            hint=f"write the one you mean by its name: {alone}",
            field=field,
        )

    def projects_named(self, text: str) -> tuple[str, ...]:
        """The keys (`<roadmap>/<project>`) of every project titled `text` (any case, spaces and punctuation aside):
        one for most titles, several for a title two roadmaps share ("Habit tracker"), none for anything else. Lets
        the command line mark a project done by the title `show` prints."""
        return self.derived(_projects_by_title).get(name_key(text), ())

    def project_title(self, key: str) -> str | None:
        """The title people read of the project with this key (`git-github/notes-repository`), or None."""
        slug = key.partition("/")[0]
        if slug not in self._roadmaps:
            return None
        titles = (p.title for ph in self._roadmaps[slug].phases for p in ph.projects)
        return next((t for t in titles if project_key(slug, t) == key), None)

    def named(self, key: str, kind: str | None = None) -> str:
        """A roadmap's slug, a topic's id or a project's key as people read it, which is also what every surface
        takes by name: “Backend Developer”, “HTTP and HTTPS”, “Terminal-only day”; with the key beside a name that
        would not give it back (a project title two roadmaps share: “Habit tracker” (android/habit-tracker)).
        `kind` ("roadmap", "topic", "project") says what the key is; None when it could be any. A key the catalog
        does not know stays as it is."""
        if kind in (None, "topic") and key in self._topics:
            name = self._topics[key].name
            return f"“{name}”" if self.topic_named(name) == key else f"“{name}” ({key})"
        if kind in (None, "roadmap") and key in self._roadmaps:
            title = self._roadmaps[key].title
            return f"“{title}”" if self.roadmap_named(title) == key else f"“{title}” ({key})"
        if kind in (None, "project") and (project := self.project_title(key)):
            return f"“{project}”" if self.projects_named(project) == (key,) else f"“{project}” ({key})"
        return key

    def did_you_mean(self, keys: Iterable[str], kind: str | None = None) -> str:
        """The hint offering the close `keys` to a person, by name (`named`): "did you mean: “Backend Developer”?";
        empty for none. Every surface shows hints to people (the API's clients too); the keys go in the error's
        `suggestions`, for programs."""
        names = [self.named(key, kind) for key in keys]
        return f"did you mean: {', '.join(names)}?" if names else ""

    def replacements(self, topic_id: str) -> tuple[str, ...] | None:
        """The topics that replaced a retired id (the projects that replaced a retired project key), or None if it
        was never retired."""
        gone = self.retired.get(topic_id) or self.retired_projects.get(topic_id)
        return gone.replaced_by if gone else None

    def roadmaps_in(
        self, category: Category | str | None, kind: RoadmapKind | str | None = None
    ) -> tuple[Roadmap, ...]:
        """Roadmaps of one category and/or one kind (all of them for None); an unknown one is `InvalidInput`."""
        roadmaps = self.roadmaps
        if category:
            wanted = parse_category(category)
            roadmaps = tuple(r for r in roadmaps if r.category == wanted)
        if kind:
            wanted_kind = parse_kind(kind)
            roadmaps = tuple(r for r in roadmaps if r.kind is wanted_kind)
        return roadmaps

    def matching(self, query: str, category: Category | str | None = None) -> tuple[Roadmap, ...]:
        """Roadmaps whose slug, title, aliases, summary or category contain every word of `query`.

        A plain filter for browsing the catalog; ranked, typo-tolerant search is the search module's job.
        """
        words = query.lower().split()
        return tuple(
            r
            for r in self.roadmaps_in(category)
            if all(w in " ".join((r.slug, r.title, *r.aliases, r.summary, r.category.label)).lower() for w in words)
        )

    def by_category(self) -> list[tuple[Category, tuple[Roadmap, ...]]]:
        """Non-empty categories in display order, each with its roadmaps."""
        groups = [(c, self.roadmaps_in(c)) for c in Category]
        return [(c, roadmaps) for c, roadmaps in groups if roadmaps]

    def with_prerequisites(self, topic_ids: Iterable[str], stop: Iterable[str] = ()) -> list[str]:
        """The topics and all their prerequisites, dependencies first, not descending into `stop`.

        The planner and the roadmap generator both order what a learner studies by it.
        """
        stopped = frozenset(stop)
        out: list[str] = []
        seen: set[str] = set()

        def visit(topic_id: str) -> None:
            if topic_id in seen or topic_id in stopped:
                return
            seen.add(topic_id)
            for prerequisite in self._topics[topic_id].prerequisites:
                visit(prerequisite)
            out.append(topic_id)

        for topic_id in topic_ids:
            visit(topic_id)
        return out

    def uses_of(self, topic_id: str) -> tuple[TopicUse, ...]:
        """Every roadmap phase that teaches the topic."""
        return tuple(self._uses.get(topic_id, ()))

    def topics_of(self, phase: Phase) -> tuple[Topic, ...]:
        """The phase's topics, core skills first, in order."""
        return tuple(self._topics[t] for t in phase.topic_ids)

    def recap_of(self, roadmap: Roadmap, topic_id: str) -> Roadmap | None:
        """The prerequisite roadmap that teaches this topic of `roadmap`, when it is a recap there; None for the
        roadmap's own topics. A recap stays in place on the page; its hours are counted by the roadmap that teaches
        it, never again here (catalog/estimate.py)."""
        slug = self._recaps[roadmap.slug].get(topic_id)
        return self._roadmaps[slug] if slug else None

    def recaps(self, roadmap: Roadmap) -> tuple[str, ...]:
        """The roadmap's recap topics, in reading order."""
        return tuple(self._recaps[roadmap.slug])

    def counted_topics(self, roadmap: Roadmap, phase: Phase) -> tuple[str, ...]:
        """The topics of one of the roadmap's phases that its estimate counts: every topic but its recaps."""
        return estimate.counted_topics(phase, self._recaps[roadmap.slug])

    def phase_hours(self, roadmap: Roadmap, phase: Phase) -> float:
        """Effort of one of the roadmap's phases by the estimation rule: its own topics' hours (recaps left out)
        plus its projects' hours."""
        hours = {t: self._topics[t].effort_hours for t in phase.topic_ids}
        return estimate.phase_hours(phase, hours, self._recaps[roadmap.slug])

    def roadmap_hours(self, roadmap: Roadmap) -> float:
        """Effort of the whole roadmap in hours: the sum of its phases' (what a learner who has done its
        prerequisite roadmaps has left)."""
        return sum(self.phase_hours(roadmap, p) for p in roadmap.phases)

    def cloud_named(self, name: str) -> CloudCounterparts | None:
        """The counterparts on the cloud of this name for people ("Microsoft Azure"), or None when the catalog has
        none for it."""
        return next((c for c in self.clouds.values() if c.name == name), None)

    def _fingerprint(self) -> str:
        digest = hashlib.sha256()
        retired = (*self.retired.values(), *self.retired_projects.values())
        for model in (*self._roadmaps.values(), *self._topics.values(), *retired, *self.clouds.values()):
            digest.update(model.model_dump_json().encode())
        digest.update(",".join([*self.retired, *self.retired_projects, *self.clouds]).encode())
        return digest.hexdigest()[:16]


def parse_kind(value: RoadmapKind | str) -> RoadmapKind:
    """A roadmap kind from its key or label ("role", "non-coding-role", "skill", "Roles beyond code"); `InvalidInput`
    naming the valid keys otherwise."""
    if isinstance(value, RoadmapKind):
        return value
    text = value.strip().lower().replace("_", "-")
    for kind in RoadmapKind:
        if text in (kind.value, kind.label.lower()):
            return kind
    valid = ", ".join(k.value for k in RoadmapKind)
    raise InvalidInput(f"unknown kind `{value}`", hint=f"use one of: {valid}")


def parse_category(value: Category | str) -> Category:
    """A category from its key or label; `InvalidInput` naming the valid keys otherwise."""
    if isinstance(value, Category):
        return value
    text = value.strip().lower()
    for category in Category:
        if text in (category.value, category.label.lower()):
            return category
    valid = ", ".join(c.value for c in Category)
    raise InvalidInput(f"unknown category `{value}`", hint=f"use one of: {valid}")


def _taught_in(roadmaps: tuple[str, ...]) -> str:
    """Where a topic offered as a choice is taught, in brackets: "(in Frontend Developer, UX Designer and 3 more)"."""
    if not roadmaps:
        return ""
    shown = ", ".join(roadmaps[:3])
    return f" (in {shown}{f' and {len(roadmaps) - 3} more' if len(roadmaps) > 3 else ''})"


def _roadmap_names(catalog: Catalog) -> NameIndex:
    return NameIndex({r.slug: (r.title, *r.aliases) for r in catalog.roadmaps})


def _topic_names(catalog: Catalog) -> NameIndex:
    return NameIndex({t.id: (t.name, *t.aliases) for t in catalog.topics})


class ExactNames:
    """The names that name a roadmap (or a topic) exactly: the one rule every surface reads a typed name by
    (`Catalog.roadmap_named`, `topic_named` and `roadmaps_named`, `topics_named` for the command line, and the plan's
    targets, additions, drops and order through planning/resolve.py).

    Looked up in tiers, the first that holds the text deciding: the owners' own names (slug or id, title or name),
    then their aliases, then (topics only) the stacks' variant names; within each, the name as typed, case and
    spacing aside, then by `_letters`, punctuation aside ("terraform state" is the Terraform state topic's id in
    words, so that topic's, though Terraform and it both list it as an alias), then with no spaces at all
    (`_squashed`: "go lang" is "golang", "dot net" ".NET"). A text that names
    several owners in the deciding tier names all of them (`owners`), so the caller asks which one; `find` names
    one or none. One table of all names by their key lost a topic's own name to another's variant ("Django",
    "TypeScript": the learner typed the name the page shows and was asked "did you mean “Django”?") and "C++" to C#
    (both are "c" without punctuation); "c" still names neither.

    An alias says the name means the whole topic; a variant name says only how a broader topic is taught in one stack
    (Backend web frameworks, in Rust: Axum). A learner who types a tool's name alone means the topic about that tool,
    so aliases come before variant names: "axum" is Web services in Rust, which lists it, not a choice between it and
    Backend web frameworks; "pprof", "cargo test", "xUnit.net" likewise (18 of the shipped catalog's topic names, 31 as
    it spells them, were read so on 7 December 2026, each one it asked about; ranking aliases before variants only
    within each spelling reads every spelling of every name the same). A variant name still names its topic when no
    topic lists it as an alias. `owners` gives each owner's key with its groups of names, in the order they rank."""

    def __init__(self, owners: Iterable[tuple[str, Sequence[Iterable[str]]]]) -> None:
        groups = 0
        tiers: list[dict[str, list[str]]] = []
        for key, named in owners:
            groups = max(groups, len(named))
            tiers += [{} for _ in range(groups * len(_SPELLINGS) - len(tiers))]
            for side, names in enumerate(tuple(n) for n in named):
                for step, spelling in enumerate(_SPELLINGS):
                    for name in names:
                        found = tiers[side * len(_SPELLINGS) + step].setdefault(spelling(name), [])
                        if key not in found:
                            found.append(key)
        #: Per tier, each name to the owners it names, in the order given (the catalog's).
        self.tiers = tuple({n: tuple(keys) for n, keys in tier.items() if n} for tier in tiers)

    def owners(self, text: str) -> tuple[str, ...]:
        """Every owner `text` names in the deciding tier: one for most names, several for a name they share there
        (the caller asks which one), none for a name that names nothing."""
        for tier, table in enumerate(self.tiers):
            name = _SPELLINGS[tier % len(_SPELLINGS)](text)
            if name and name in table:
                return table[name]
        return ()

    def find(self, text: str) -> str | None:
        """The one owner `text` names, or None for none or several (see the class)."""
        found = self.owners(text)
        return found[0] if len(found) == 1 else None


def _letters(name: str) -> str:
    """A name's `name_key` (punctuation aside: "python-basics" is "python basics"), keeping what "+" and "#" say:
    "c# programming" is "c sharp programming", never the C programming topic."""
    return name_key(name.replace("+", " plus ").replace("#", " sharp "))


def _as_typed(name: str) -> str:
    """A name as typed, case and spacing aside: "C++", "c++" and " C++ " are one; "C" is another."""
    return " ".join(name.casefold().split())


def _squashed(name: str) -> str:
    """A name's `_letters` with no spaces: "go lang" is "golang", "dot net" is "dotnet", "Spring Boot" "springboot";
    the last resort, after the names as typed and by their letters (a plan read names so before they had one rule)."""
    return _letters(name).replace(" ", "")


#: The spellings `ExactNames` compares, from the closest to what was typed.
_SPELLINGS: tuple[Callable[[str], str], ...] = (_as_typed, _letters, _squashed)


def _topics_by_name(catalog: Catalog) -> ExactNames:
    """Each topic's own names (id, name), then its aliases, then the stacks' variant names a plan for that stack shows
    ("SQLAlchemy ORM"): an alias before a variant name (see `ExactNames`)."""
    return ExactNames((t.id, ((t.id, t.name), t.aliases, tuple(v.name for v in t.variants))) for t in catalog.topics)


def _roadmaps_by_name(catalog: Catalog) -> ExactNames:
    """Each roadmap's own names (slug, title), then its aliases."""
    return ExactNames((r.slug, ((r.slug, r.title), r.aliases)) for r in catalog.roadmaps)


def _projects_by_title(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Each project title, to the keys of the projects that bear it, in catalog order."""
    keys: dict[str, list[str]] = {}
    for roadmap in catalog.roadmaps:
        for phase in roadmap.phases:
            for project in phase.projects:
                keys.setdefault(name_key(project.title), []).append(project_key(roadmap.slug, project.title))
    return {title: tuple(found) for title, found in keys.items() if title}
