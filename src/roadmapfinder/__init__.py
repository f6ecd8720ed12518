"""RoadmapFinder: find, read, generate and track learning roadmaps for tech skills."""

__version__ = "0.1.0"
