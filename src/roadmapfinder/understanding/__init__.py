"""Understanding what the learner says, and roadmaps generated for any goal (plain Python over the catalog).

`interpret` reads a goal, a "what I know" list or a search into catalog terms, saying what it could not place;
`known_from` turns "what I know" into topics (a bare name is that topic, never a whole roadmap);
`finished_roadmaps` reads the explicit "I finished this roadmap" input; `generate_roadmap` builds a roadmap for
any goal from the topic graph. The finder, plan tailoring and search use them; adapters call them too.
"""

from roadmapfinder.understanding.demand import DemandOut, normalise_goal
from roadmapfinder.understanding.generate import generate_roadmap
from roadmapfinder.understanding.interpret import Interpretation, Meaning, Ref, interpret
from roadmapfinder.understanding.known import KnownReading, Understood, finished_roadmaps, known_from, undo_places
from roadmapfinder.understanding.shapes import (
    CoreSkillOut,
    GeneratedPhaseOut,
    GeneratedProjectOut,
    GeneratedRoadmap,
    GeneratedRoadmapOut,
    SkippedTopicOut,
    generated_out,
    generated_path,
)

__all__ = [
    "CoreSkillOut",
    "DemandOut",
    "GeneratedPhaseOut",
    "GeneratedProjectOut",
    "GeneratedRoadmap",
    "GeneratedRoadmapOut",
    "Interpretation",
    "KnownReading",
    "Meaning",
    "Ref",
    "SkippedTopicOut",
    "Understood",
    "finished_roadmaps",
    "generate_roadmap",
    "generated_out",
    "generated_path",
    "interpret",
    "known_from",
    "normalise_goal",
    "undo_places",
]
