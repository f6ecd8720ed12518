"""Forgiving name matching for plan inputs: "Golang", "k8s", "sql joins" and "I finished frontend" all resolve.

A name matches a roadmap slug, a topic id, or (ignoring case, spaces, hyphens and dots) a title, name or alias: an
owner's own name (slug or title, id or name) before another's alias, as the command line's resolver rules
(`Catalog.ExactNames`), so "Hash tables" is the Hash tables topic, never Data structures, whose aliases hold it.
Names that match nothing are collected and reported together, each with its closest candidates, so a learner
fixes every typo in one go; nothing is silently ignored, and what a name was read as is said (the plan's
`understood`, the CLI's "“elixir” → Functional programming").

Why plans do not resolve through that resolver (`Catalog.roadmap_named`, `topic_named`), measured over the shipped
catalog's 16,140 names, aliases and stack variant names: it would change what 1,124 of them resolve to, most beyond
a clear mistake. It answers nothing for a name two owners share in its deciding tier, where this index takes the
first in catalog order and says so: 867 names that plans take today would be refused ("accessibility", an alias of
Accessible design and of Web accessibility; "airflow"; "agent engineer", an alias of two roadmaps; "Axum" and
"Prisma", an alias of one topic and a stack's variant name of another), saved plans among them. It reads a stack's
variant names, which plans never took (179: "Django, FastAPI or Flask"), and 78 names would name another owner:
23 clear fixes, which the own-names-first rule here makes too, and 55 not clearly better ("bash", the Shell (Bash)
roadmap, would become the Shell scripting topic; "cloud computing", the AWS roadmap, Cloud fundamentals). Asking
the learner which one a shared name means would be the better answer for those, a change of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roadmapfinder.catalog import Catalog, suggest
from roadmapfinder.errors import UnknownNames


@dataclass(frozen=True)
class Resolved:
    """A name resolved to a roadmap slug or a topic id."""

    name: str
    kind: str  # "roadmap" or "topic"
    key: str


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-./]+", "", text.lower())


class NameIndex:
    """Exact and normalised lookups over roadmap and topic names, built once per catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._roadmaps: dict[str, str] = {}
        self._topics: dict[str, str] = {}
        self._slugs = {r.slug for r in catalog.roadmaps}
        self._ids = {t.id for t in catalog.topics}
        # every owner's own names first, then the aliases: a name that is one topic's own and another's alias is
        # the first's ("Hash tables"; by catalog order it was Data structures'), as `Catalog.ExactNames` reads it
        for roadmap in catalog.roadmaps:
            for name in (roadmap.slug, roadmap.title):
                self._roadmaps.setdefault(_norm(name), roadmap.slug)
        for roadmap in catalog.roadmaps:
            for name in roadmap.aliases:
                self._roadmaps.setdefault(_norm(name), roadmap.slug)
        for topic in catalog.topics:
            for name in (topic.id, topic.name):
                self._topics.setdefault(_norm(name), topic.id)
        for topic in catalog.topics:
            for name in topic.aliases:
                self._topics.setdefault(_norm(name), topic.id)

    def lookup(self, name: str, *, roadmaps: bool = True, prefer_topics: bool = False) -> Resolved | None:
        """The roadmap or topic a name denotes, or None.

        An exact slug or id wins over everything; then titles, names and aliases, roadmaps first unless
        `prefer_topics` (for what a learner knows, "git" is the topic, not the Git and GitHub roadmap).
        """
        exact = name.strip().lower()
        if roadmaps and exact in self._slugs:
            return Resolved(name, "roadmap", exact)
        if exact in self._ids:
            return Resolved(name, "topic", exact)
        key = _norm(name)
        order = ("topic", "roadmap") if prefer_topics else ("roadmap", "topic")
        for kind in order:
            table = self._topics if kind == "topic" else (self._roadmaps if roadmaps else {})
            if key in table:
                return Resolved(name, kind, table[key])
        return None

    def _name_of(self, key: str) -> str:
        """A suggested slug or id as people read it: the roadmap's title or the topic's name."""
        return self.catalog.roadmap(key).title if key in self._slugs else self.catalog.topic(key).name

    def suggestions(self, name: str, *, roadmaps: bool = True) -> list[str]:
        if not roadmaps:
            return self.catalog.topic_names().closest(name)
        return self.catalog.derived(_topic_and_roadmap_names).closest(name)

    def resolve_all(
        self, names: tuple[str, ...], field: str, *, roadmaps: bool = True, prefer_topics: bool = False
    ) -> list[Resolved]:
        """Resolve every name or raise one `UnknownNames` listing all unknown names with suggestions.

        A retired topic id (a saved plan may hold one) stands for the topics that replaced it.
        """
        resolved: list[Resolved] = []
        unknown: list[str] = []
        for name in names:
            if (replaced_by := self.catalog.replacements(name.strip().lower())) is not None:
                resolved.extend(Resolved(name, "topic", topic_id) for topic_id in replaced_by)
                continue
            match = self.lookup(name, roadmaps=roadmaps, prefer_topics=prefer_topics)
            if match:
                resolved.append(match)
            else:
                hints = [self._name_of(key) for key in self.suggestions(name, roadmaps=roadmaps)]
                unknown.append(f"`{name}`" + (f" (close names: {', '.join(hints)})" if hints else ""))
        if unknown:
            what = "roadmap or topic" if roadmaps else "topic"
            raise UnknownNames(
                f"unknown {what} in {field}: {'; '.join(unknown)}: not in the catalog, no roadmap or topic teaches it",
                kind=what,
                suggestions=[],  # said by name in the message, beside each name
                hint="choose from `roadmapfinder list` and `roadmapfinder search`; `roadmapfinder generate GOAL` "
                "says what comes closest",
                field=field,
            )
        return resolved


def _topic_and_roadmap_names(catalog: Catalog) -> suggest.NameIndex:
    """Every topic's and roadmap's names in one index, so suggestions for a plan's input rank them together."""
    names = {t.id: (t.name, *t.aliases) for t in catalog.topics}
    return suggest.NameIndex(names | {r.slug: (r.title, *r.aliases) for r in catalog.roadmaps})
