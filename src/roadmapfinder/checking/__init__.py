"""Self-checks in plain Python: grading a topic's questions, and the adaptive placement check over a plan's early
topics. Storing answers is the `answers` app's job; these functions only read the catalog and what was answered.

Answers are kept per learner and question under `<topic>/<question id>` (`catalog.questions.question_key`), so a
reworded question keeps its history and a removed one keeps what was answered before it went.
"""

from roadmapfinder.catalog.questions import QuestionOut, question_key, question_out, shown_choices
from roadmapfinder.checking.grade import (
    PASS_SHARE,
    Answer,
    AnswerSource,
    CheckResult,
    QuestionResult,
    WrongOut,
    grade_check,
    is_pass,
)
from roadmapfinder.checking.placement import (
    PLACEMENT_TOPICS,
    Placement,
    PlacementAnswer,
    PlacementQuestion,
    PlacementResult,
    TopicDecision,
    Verdict,
    placement_step,
    placement_topics,
    topic_verdict,
)

__all__ = [
    "PASS_SHARE",
    "PLACEMENT_TOPICS",
    "Answer",
    "AnswerSource",
    "CheckResult",
    "Placement",
    "PlacementAnswer",
    "PlacementQuestion",
    "PlacementResult",
    "QuestionOut",
    "QuestionResult",
    "TopicDecision",
    "Verdict",
    "WrongOut",
    "grade_check",
    "is_pass",
    "placement_step",
    "placement_topics",
    "question_key",
    "question_out",
    "shown_choices",
    "topic_verdict",
]
