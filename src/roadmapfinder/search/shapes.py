"""The JSON shape of search results, shared by the API's response schema, the CLI's `--json` and the web page.

`{"query": ..., "results": [{"kind": "roadmap"|"topic", "slug" or "id", "title", "score", "matched": [...]}]}`,
best first; `suggestions` holds close names when nothing matched, `corrected` the spelling searched for, and `goal`
what a query that is a goal leaving a choice ("get a job in tech") was read as.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class MatchOut(BaseModel):
    """Why a result matched: the field (`title`, `slug`, `alias`, `summary`, `content`, `topic`, `goal`) and what in it.

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


class GoalRead(BaseModel):
    """A query read as a goal that names no one roadmap and leaves a choice ("get a job in tech": a job in tech, whose
    jobs each have a roadmap): the learner's words, what they were read as, and what to do next. Its roadmaps come
    first in `results`, each matched as `goal`."""

    said: str  # "job in tech", as the learner wrote it
    read_as: str  # "A job in tech"
    message: str  # why it leaves a choice, and the finder that narrows it down
    roadmaps: list[str]  # the slugs offered for the choice, first in `results`


class SearchOut(BaseModel):
    query: str
    results: list[RoadmapHit | TopicHit]
    corrected: str | None = None
    suggestions: list[Suggestion] = []
    #: Set when the query is a goal that leaves a choice (`choice.search_catalog`); None for names and words.
    goal: GoalRead | None = None
