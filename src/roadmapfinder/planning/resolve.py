"""Forgiving name matching for plan inputs: "Golang", "k8s", "sql joins" and "I finished frontend" all resolve.

A name matches a roadmap slug, a topic id, or (ignoring case, spaces, hyphens and dots) a title, name or alias.
Names that match nothing are collected and reported together, each with its closest candidates, so a learner
fixes every typo in one go; nothing is silently ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.suggest import closest
from roadmapfinder.errors import InvalidInput


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
        for roadmap in catalog.roadmaps:
            for name in (roadmap.slug, roadmap.title, *roadmap.aliases):
                self._roadmaps.setdefault(_norm(name), roadmap.slug)
        for topic in catalog.topics:
            for name in (topic.id, topic.name, *topic.aliases):
                self._topics.setdefault(_norm(name), topic.id)

    def lookup(self, name: str, *, roadmaps: bool = True) -> Resolved | None:
        """The roadmap (preferred) or topic a name denotes, or None."""
        key = _norm(name)
        if roadmaps and key in self._roadmaps:
            return Resolved(name, "roadmap", self._roadmaps[key])
        if key in self._topics:
            return Resolved(name, "topic", self._topics[key])
        return None

    def suggestions(self, name: str, *, roadmaps: bool = True) -> list[str]:
        candidates = {t.id: (t.name, *t.aliases) for t in self.catalog.topics}
        if roadmaps:
            candidates |= {r.slug: (r.title, *r.aliases) for r in self.catalog.roadmaps}
        return closest(name, candidates)

    def resolve_all(self, names: tuple[str, ...], field: str, *, roadmaps: bool = True) -> list[Resolved]:
        """Resolve every name or raise one `InvalidInput` listing all unknown names with suggestions."""
        resolved, unknown = [], []
        for name in names:
            match = self.lookup(name, roadmaps=roadmaps)
            if match:
                resolved.append(match)
            else:
                hints = self.suggestions(name, roadmaps=roadmaps)
                unknown.append(f"`{name}`" + (f" (did you mean {', '.join(hints)}?)" if hints else ""))
        if unknown:
            what = "roadmap or topic" if roadmaps else "topic"
            raise InvalidInput(
                f"unknown {what} in {field}: {'; '.join(unknown)}",
                hint="use a roadmap slug or topic id as listed by `roadmapfinder list` and `roadmapfinder topic`",
            )
        return resolved
