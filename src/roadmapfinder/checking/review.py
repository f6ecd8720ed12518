"""The review queue: which finished topics come back today, the questions a review asks, and grading one.

The schedule is not stored: it is replayed from what is (the day each topic was finished and every review answer,
`progress.reviews` decides each step), so importing a learner's data file or a content change can never leave a
schedule that disagrees with the answers. Answers given in one review of a topic share one timestamp; that group is
one review, right when every question in it was right.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.questions import QuestionOut, question_out, split_question_key
from roadmapfinder.checking.grade import Answer, AnswerSource, QuestionResult, grade_check
from roadmapfinder.checking.records import AnswerRecord
from roadmapfinder.errors import InvalidInput
from roadmapfinder.progress.reviews import (
    ReviewState,
    after_review,
    due_count,
    due_today,
    first_review,
    questions_to_ask,
)


class ReviewTopicOut(BaseModel):
    topic: str
    name: str
    due: date = Field(description="the day this review fell due (today or earlier)")
    interval_days: int = Field(description="the interval it is on: 3, 10, 30, 90 or 180 days")
    questions: list[QuestionOut] = Field(description="the questions to answer in this review")


class ReviewQueueOut(BaseModel):
    today: date
    due: int = Field(description="finished topics due for review today or overdue (today's session holds up to 5)")
    session: list[ReviewTopicOut] = Field(description="today's session: the longest overdue first")
    next_due: date | None = Field(description="when the next review falls due after today; null with none finished")


class ReviewAnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = Field(min_length=3, max_length=170, description="the question's `key`, `<topic>/<id>`")
    choice: str = Field(max_length=2000, description="the chosen choice, as listed")


class ReviewTopicResult(BaseModel):
    topic: str
    name: str
    right: bool = Field(description="every question of this review right: the topic moves one interval further")
    next_due: date
    results: list[QuestionResult]


class ReviewResultOut(BaseModel):
    topics: list[ReviewTopicResult]


def review_states(
    catalog: Catalog, finished: Mapping[str, date], answers: Sequence[AnswerRecord]
) -> dict[str, ReviewState]:
    """Each finished topic that has questions, with its place in the schedule after every review answered since."""
    reviews: dict[str, dict[datetime, bool]] = defaultdict(dict)
    for answer in answers:
        if answer.source is AnswerSource.REVIEW:
            topic_id = split_question_key(answer.question)[0]
            events = reviews[topic_id]
            events[answer.answered] = events.get(answer.answered, True) and answer.right
    states: dict[str, ReviewState] = {}
    for topic_id, finished_on in finished.items():
        if not catalog.has_topic(topic_id) or not catalog.topic(topic_id).questions:
            continue
        state = first_review(topic_id, finished_on)
        for at, right in sorted(reviews.get(topic_id, {}).items()):
            if at.date() >= finished_on:
                state = after_review(state, at.date(), right=right)
        states[topic_id] = state
    return states


def review_queue(
    catalog: Catalog, finished: Mapping[str, date], answers: Sequence[AnswerRecord], today: date
) -> ReviewQueueOut:
    """Today's review session for a learner who finished `finished` (topic id -> day) and answered `answers`."""
    states = review_states(catalog, finished, answers)
    last_asked: dict[str, dict[str, datetime]] = defaultdict(dict)  # topic -> question id -> last answered
    for answer in answers:
        topic_id, question_id = split_question_key(answer.question)
        seen = last_asked[topic_id]
        seen[question_id] = max(answer.answered, seen.get(question_id, answer.answered))
    session = []
    for state in due_today(states.values(), today):
        topic = catalog.topic(state.topic)
        asked = last_asked.get(topic.id, {})
        session.append(
            ReviewTopicOut(
                topic=topic.id,
                name=topic.name,
                due=state.due,
                interval_days=state.interval_days,
                questions=[question_out(topic, q) for q in questions_to_ask(topic.questions, asked)],
            )
        )
    later = [s.due for s in states.values() if s.due > today]
    return ReviewQueueOut(
        today=today,
        due=due_count(states.values(), today),
        session=session,
        next_due=min(later) if later and not session else None,
    )


def grade_review(
    catalog: Catalog,
    finished: Mapping[str, date],
    history: Sequence[AnswerRecord],
    answers: Sequence[ReviewAnswerIn],
    today: date,
) -> ReviewResultOut:
    """Grade one review session: per topic, which answers were right, and when the topic comes back.

    Refuses (`InvalidInput`) an answer to a topic the learner has not finished, to a question that is not a choice
    question of that topic, a choice that is not one of its choices, or the same question twice: a review only
    grades what the queue could have asked.
    """
    if not answers:
        raise InvalidInput("the review has no answers", hint="answer the questions of today's review session")
    states = review_states(catalog, finished, history)
    by_topic: dict[str, list[Answer]] = defaultdict(list)
    seen: set[str] = set()
    for answer in answers:
        try:
            topic_id, question_id = split_question_key(answer.question)
        except ValueError:
            raise InvalidInput(
                f"`{answer.question[:80]}` is not a question key", hint="send the `key` of a question of the queue"
            ) from None
        if topic_id not in states:
            raise InvalidInput(
                f"`{topic_id[:80]}` is not a finished topic with questions", hint="review only the topics of the queue"
            )
        question = next((q for q in catalog.topic(topic_id).questions if q.id == question_id), None)
        if question is None or question.kind.is_open:
            raise InvalidInput(
                f"`{answer.question[:80]}` is not a choice question of the review", hint="answer the queue's questions"
            )
        if answer.question in seen:
            raise InvalidInput(f"`{answer.question}` is answered twice", hint="answer each question once")
        seen.add(answer.question)
        by_topic[topic_id].append(Answer(question=question_id, choice=answer.choice))
    topics = []
    for topic_id, given in by_topic.items():
        graded = grade_check(catalog, topic_id, given)
        results = [r for r in graded.results if r.answered]
        right = all(r.right for r in results)
        state = after_review(states[topic_id], today, right=right)
        topics.append(
            ReviewTopicResult(topic=topic_id, name=graded.topic_name, right=right, next_due=state.due, results=results)
        )
    return ReviewResultOut(topics=topics)
