"""Search over roadmaps and topics, and the guided finder: plain Python over the loaded catalog.

`search_catalog` is the one search every surface calls; `index_for` builds (once per catalog) the BM25 index it
uses; `recommend_roadmaps` is the guided finder.
"""

from roadmapfinder.search.engine import DEFAULT_LIMIT, MAX_LIMIT, search_catalog
from roadmapfinder.search.finder import PURPOSES, FinderOut, Recommendation, recommend_roadmaps
from roadmapfinder.search.index import SearchIndex, index_for
from roadmapfinder.search.shapes import MatchOut, RoadmapHit, SearchOut, Suggestion, TopicHit
from roadmapfinder.search.text import MAX_QUERY_LENGTH

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_QUERY_LENGTH",
    "PURPOSES",
    "FinderOut",
    "MatchOut",
    "Recommendation",
    "RoadmapHit",
    "SearchIndex",
    "SearchOut",
    "Suggestion",
    "TopicHit",
    "index_for",
    "recommend_roadmaps",
    "search_catalog",
]
