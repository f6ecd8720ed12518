"""Content: the model, loading and validation, and read-only queries over the loaded catalog."""

from roadmapfinder.catalog.catalog import Catalog, TopicUse
from roadmapfinder.catalog.loader import default_catalog, default_content_root, load_catalog
from roadmapfinder.catalog.problems import ContentInvalid, Problem

__all__ = [
    "Catalog",
    "ContentInvalid",
    "Problem",
    "TopicUse",
    "default_catalog",
    "default_content_root",
    "load_catalog",
]
