"""The JSON shape of search results, shared by the API's response schema, the CLI's `--json` and the web page.

`{"query": ..., "results": [{"kind": "roadmap"|"topic", "slug" or "id", "title", "score", "matched": [...]}]}`,
best first; `suggestions` holds close names when nothing matched, and `corrected` the spelling searched for.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class MatchOut(BaseModel):
    """Why a result matched: the field (`title`, `slug`, `alias`, `summary`, `content`, `topic`) and what in it.

    For `topic`, `text` is the topic's name and `topic` its id: the roadmap teaches a topic that matched.
    """

    field: str
    text: str
    topic: str | None = None


class RoadmapHit(BaseModel):
    kind: Literal["roadmap"] = "roadmap"
    slug: str
    title: str
    score: float
    matched: list[MatchOut]


class TopicHit(BaseModel):
    kind: Literal["topic"] = "topic"
    id: str
    title: str
    score: float
    matched: list[MatchOut]


class Suggestion(BaseModel):
    """A close name offered when nothing matched ("did you mean")."""

    kind: Literal["roadmap", "topic"]
    key: str
    title: str


class SearchOut(BaseModel):
    query: str
    results: list[RoadmapHit | TopicHit]
    corrected: str | None = None
    suggestions: list[Suggestion] = []
