"""Learning progress in plain Python: statuses, per-phase and overall tallies, merging, and the export format.

Progress belongs to the learner and the *topic* (topics are shared by id across roadmaps), so a topic done on one
roadmap counts on every roadmap and plan that contains it. Storage (database or session) is the tracking app's job.
"""

from roadmapfinder.catalog.models import project_key
from roadmapfinder.progress.status import (
    ProgressState,
    TopicStatus,
    carry_retired,
    check_project,
    check_topic,
    is_project_key,
    merge_states,
    parse_project_done,
    parse_topic_status,
    split_project_key,
)
from roadmapfinder.progress.summary import (
    RoadmapOverall,
    RoadmapsOverall,
    RoadmapStanding,
    Section,
    SectionProgress,
    Tally,
    TrackProgress,
    next_topics,
    roadmap_progress,
    roadmaps_followed,
    roadmaps_overall,
    roadmaps_sharing,
    roadmaps_started,
    sections_progress,
)

__all__ = [
    "ProgressState",
    "RoadmapOverall",
    "RoadmapStanding",
    "RoadmapsOverall",
    "Section",
    "SectionProgress",
    "Tally",
    "TopicStatus",
    "TrackProgress",
    "carry_retired",
    "check_project",
    "check_topic",
    "is_project_key",
    "merge_states",
    "next_topics",
    "parse_project_done",
    "parse_topic_status",
    "project_key",
    "roadmap_progress",
    "roadmaps_followed",
    "roadmaps_overall",
    "roadmaps_sharing",
    "roadmaps_started",
    "sections_progress",
    "split_project_key",
]
