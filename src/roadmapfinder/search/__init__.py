"""Search over roadmaps and topics, and the guided finder: plain Python over the loaded catalog.

`search_catalog` is the one search every surface calls (a query that is a goal leaving a choice, "get a job in tech",
has the roadmaps to choose from first); `index_for` builds (once per catalog) the BM25 index its words search uses;
`recommend_roadmaps` is the guided finder.
"""

from roadmapfinder.search.choice import search_catalog
from roadmapfinder.search.engine import DEFAULT_LIMIT, MAX_LIMIT, roadmap_searched
from roadmapfinder.search.finder import PURPOSES, FinderOut, Recommendation, recommend_roadmaps
from roadmapfinder.search.index import SearchIndex, index_for
from roadmapfinder.search.shapes import GoalRead, MatchOut, RoadmapHit, SearchOut, Suggestion, TopicHit
from roadmapfinder.search.text import MAX_QUERY_LENGTH

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_QUERY_LENGTH",
    "PURPOSES",
    "FinderOut",
    "GoalRead",
    "MatchOut",
    "Recommendation",
    "RoadmapHit",
    "SearchIndex",
    "SearchOut",
    "Suggestion",
    "TopicHit",
    "index_for",
    "recommend_roadmaps",
    "roadmap_searched",
    "search_catalog",
]
