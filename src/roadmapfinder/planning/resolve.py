"""Forgiving name matching for plan inputs: "Golang", "k8s", "sql joins" and "I finished frontend" all resolve.

A name matches a roadmap slug, a topic id, or a title, name or alias by the catalog's one rule for typed names
(`Catalog.ExactNames`, which the command line's `show` and `topic` read by too): an owner's own name (slug or title,
id or name) before another's alias, an alias before another's variant name for one stack ("axum" is Web services in
Rust, not Backend web frameworks' Axum), each as typed, then punctuation aside, then spaces aside, so "Hash tables"
is the Hash tables topic, never Data structures, whose aliases hold it, and "terraform state" the Terraform state topic.
Names that match nothing are collected and reported together, each with its closest candidates, so a learner
fixes every typo in one go; nothing is silently ignored, and what a name was read as is said (the plan's
`understood`, the CLI's "“elixir” → Functional programming").

Plans had a resolver of their own until 7 December 2026 (its own table, every name with its spaces, hyphens and dots
dropped); over the shipped catalog's names, aliases, variant names and ids typed in words, it and the command line's
disagreed on 1,234 topic names: 1,001 a name several topics share (the command line refused it, the plan took the
first), the others a name each read as another topic ("terraform state": no topic on the command line, Terraform
state in a plan; "collision detection": Game physics in one, Collision detection in the other). One rule now reads
them all; a name several share (840 of a plan's targets, 957 of the topics it leaves out, adds or orders) is asked
about, as the command line asks (`errors.SharedNames`), where a plan read it as the first of them; a saved plan still
reads it so (`PlanRequest.as_saved`), as it was built when saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmapfinder.catalog import Catalog, suggest
from roadmapfinder.clock import today
from roadmapfinder.errors import NameChoice, UnknownNames
from roadmapfinder.hints import NAME_IN_A_SENTENCE, UNKNOWN_NAME


@dataclass(frozen=True)
class Resolved:
    """A name resolved to a roadmap slug or a topic id."""

    name: str
    kind: str  # "roadmap" or "topic"
    key: str


class NameIndex:
    """Plan names read by the catalog's one rule (`Catalog.roadmaps_named`, `topics_named`), roadmaps before topics
    unless asked otherwise; built once per catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._slugs = {r.slug for r in catalog.roadmaps}
        self._ids = {t.id for t in catalog.topics}

    def lookup(
        self, name: str, *, roadmaps: bool = True, prefer_topics: bool = False, shared: list[NameChoice] | None = None
    ) -> Resolved | None:
        """The roadmap or topic a name denotes, or None.

        An exact slug or id wins over everything; then titles, names and aliases by `Catalog.ExactNames`' rule,
        roadmaps first unless `prefer_topics` (for what a learner knows, "git" is the topic, not the Git and GitHub
        roadmap). A name several share in the deciding tier is never quietly the first of them: its owners go to
        `shared` as choices, and None is answered. Without `shared` (a plan saved before names were asked about,
        `PlanRequest.saved_first`) it is read as the first of them, as it was when the plan was saved.
        """
        exact = name.strip().lower()
        if roadmaps and exact in self._slugs:
            return Resolved(name, "roadmap", exact)
        if exact in self._ids:
            return Resolved(name, "topic", exact)
        order = ("topic", "roadmap") if prefer_topics else ("roadmap", "topic")
        for kind in order:
            if kind == "roadmap" and not roadmaps:
                continue
            owners = self.catalog.roadmaps_named(name) if kind == "roadmap" else self.catalog.topics_named(name)
            if len(owners) > 1 and shared is not None:
                shared += self.catalog.name_choices(name, kind, owners)
                return None
            if owners:
                return Resolved(name, kind, owners[0])
        return None

    def _name_of(self, key: str) -> str:
        """A suggested slug or id as people read it: the roadmap's title or the topic's name."""
        return self.catalog.roadmap(key).title if key in self._slugs else self.catalog.topic(key).name

    def suggestions(self, name: str, *, roadmaps: bool = True) -> list[str]:
        if not roadmaps:
            return self.catalog.topic_names().closest(name)
        return self.catalog.derived(_topic_and_roadmap_names).closest(name)

    def resolve_all(
        self,
        names: tuple[str, ...],
        field: str,
        *,
        roadmaps: bool = True,
        prefer_topics: bool = False,
        saved_first: bool = False,
    ) -> list[Resolved]:
        """Resolve every name or raise one `UnknownNames` listing all unknown names with suggestions, or, when every
        name names something, one `SharedNames` with the choices of every name several share ("accessibility").

        A retired topic id (a saved plan may hold one) stands for the topics that replaced it. `saved_first` reads a
        shared name as the first of its owners, as plans saved before 7 December 2026 were built
        (`PlanRequest.saved_first`): a learner's saved plan keeps its topics.
        """
        resolved: list[Resolved] = []
        unknown: list[str] = []
        sentences: list[str] = []  # inputs that hold more than a name ("react by march"): said part by part
        # Read by understanding's readers, which import the planner (its generator plans): imported here, when a
        # name matched nothing, so that importing either package first never meets the other half-made.
        from roadmapfinder.planning.typed_sentences import read_sentence

        close: list[str] = []
        shared: list[NameChoice] = []
        for name in names:
            if (replaced_by := self.catalog.replacements(name.strip().lower())) is not None:
                resolved.extend(Resolved(name, "topic", topic_id) for topic_id in replaced_by)
                continue
            before = len(shared)
            match = self.lookup(
                name, roadmaps=roadmaps, prefer_topics=prefer_topics, shared=None if saved_first else shared
            )
            if match:
                resolved.append(match)
            elif len(shared) == before and (sentence := read_sentence(self.catalog, name, today=today())):
                sentences.append(f"`{name}` is more than a name: {sentence.said()}")
                close += [key for key in sentence.keys if key not in close]
            elif len(shared) == before:
                keys = self.suggestions(name, roadmaps=roadmaps)
                close += [key for key in keys if key not in close]
                hints = [self._name_of(key) for key in keys]
                unknown.append(f"`{name}`" + (f" (close names: {', '.join(hints)})" if hints else ""))
        if unknown or sentences:
            what = "roadmap or topic" if roadmaps else "topic"
            said = [f"{'; '.join(unknown)}: not in the catalog, no roadmap or topic teaches it"] if unknown else []
            raise UnknownNames(
                f"{'unknown ' + what + ' ' if unknown else ''}in {field}: {'; '.join([*said, *sentences])}",
                kind=what,
                suggestions=close,  # keys, for programs, as every NotFound's; said by name beside each name
                hint=NAME_IN_A_SENTENCE if sentences else UNKNOWN_NAME,
                field=field,
            )
        if shared:
            raise self.catalog.shared_names(shared, field)
        return resolved


def _topic_and_roadmap_names(catalog: Catalog) -> suggest.NameIndex:
    """Every topic's and roadmap's names in one index, so suggestions for a plan's input rank them together."""
    names = {t.id: (t.name, *t.aliases) for t in catalog.topics}
    return suggest.NameIndex(names | {r.slug: (r.title, *r.aliases) for r in catalog.roadmaps})
