"""When a finished topic comes back for review, and which of its questions to ask: spaced repetition, in plain Python.

A topic the learner finished is reviewed after 3, 10, 30, 90 and then every 180 days while they keep answering it
right; a review with a wrong answer sends it back to the first interval. Intervals count from the day of the
answer, and a right answer never brings the next review closer than it already was (answering early is allowed and
must not be punished). Reviews are per topic, not per question: "3 topics to review today" is what a learner can
plan for, and each review asks one or two of the topic's choice questions, the least recently asked first, so the
same question does not come back every time.

The storage (one row per learner and topic, one per answer) is the tracking app's; this module only decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from roadmapfinder.catalog.models import Question

#: Days from an answer to the next review, one step further after each right answer.
INTERVALS: tuple[int, ...] = (3, 10, 30, 90, 180)
#: A short session a day: more than this many due topics wait for the next day, oldest due first.
TOPICS_PER_SESSION = 5
#: Questions asked per topic in one review.
QUESTIONS_PER_REVIEW = 2


@dataclass(frozen=True)
class ReviewState:
    """One finished topic's place in the schedule: which interval it is on and when it is next due."""

    topic: str
    step: int
    due: date

    @property
    def interval_days(self) -> int:
        return INTERVALS[self.step]


def first_review(topic: str, finished_on: date) -> ReviewState:
    """A topic just finished comes back after the first interval."""
    return ReviewState(topic=topic, step=0, due=finished_on + timedelta(days=INTERVALS[0]))


def after_review(state: ReviewState, answered_on: date, *, right: bool) -> ReviewState:
    """The state after a review answered on `answered_on`; `right` means every question of the review was right.

    Right: one step further (capped at the last interval), counted from the answer, never earlier than the review
    was already due. Wrong: back to the first interval, counted from the answer.
    """
    if not right:
        return ReviewState(topic=state.topic, step=0, due=answered_on + timedelta(days=INTERVALS[0]))
    step = min(state.step + 1, len(INTERVALS) - 1)
    due = max(state.due, answered_on + timedelta(days=INTERVALS[step]))
    return ReviewState(topic=state.topic, step=step, due=due)


def due_today(states: Iterable[ReviewState], today: date, limit: int = TOPICS_PER_SESSION) -> list[ReviewState]:
    """Today's session: the topics due on or before today, the longest overdue first, at most `limit`.

    Ties keep a stable order (by topic id) so a learner who reloads sees the same session.
    """
    due = [s for s in states if s.due <= today]
    due.sort(key=lambda s: (s.due, s.topic))
    return due[:limit]


def due_count(states: Iterable[ReviewState], today: date) -> int:
    """How many topics are due today or overdue, whether or not they fit in today's session."""
    return sum(1 for s in states if s.due <= today)


def questions_to_ask(
    questions: Sequence[Question],
    last_asked: Mapping[str, datetime],
    count: int = QUESTIONS_PER_REVIEW,
) -> list[Question]:
    """The topic's choice questions for one review: never asked first, then the least recently asked.

    Only choice questions are graded automatically, so reviews use them; `last_asked` maps a question id to the
    time the learner last answered it (questions that were retired from the content are simply not in `questions`).
    Ties keep the content's order, so authors decide which question a new learner meets first.
    """
    choices = [q for q in questions if not q.kind.is_open]

    def recency(index: int) -> tuple[bool, float, int]:
        asked = last_asked.get(choices[index].id)
        return (asked is not None, asked.timestamp() if asked else 0.0, index)

    return [choices[i] for i in sorted(range(len(choices)), key=recency)[:count]]
