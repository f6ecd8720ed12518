"""The placement check: a short adaptive check over a plan's early topics that tells which the learner already
knows, so "what you know" is shown rather than only declared.

Only multiple-choice questions are asked (they grade without the learner's judgement), up to three per topic,
stopping as soon as the answers are clear: two right is known, two wrong is not; one of each asks a third. A
topic with fewer than two choice questions is not offered. The check is stateless: the surface sends every answer
given so far and gets the next question, or, once every offered topic is decided, the decisions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Question, QuestionKind, Topic
from roadmapfinder.catalog.questions import QuestionOut, question_key, question_out
from roadmapfinder.errors import InvalidInput

#: How many of the plan's early topics a placement check covers: a few minutes of questions, not an exam.
PLACEMENT_TOPICS = 6
#: The most questions asked about one topic; the rule below always decides by then.
MAX_PER_TOPIC = 3
#: Right (or wrong) answers that decide a topic.
DECIDING = 2


class Verdict(StrEnum):
    KNOWN = "known"
    NOT_KNOWN = "not_known"


def topic_verdict(answers: Sequence[bool], available: int) -> Verdict | None:
    """The decision on one topic from its answers so far (True = right), or None when another question is needed.

    Two right is known, two wrong is not known; one of each asks a third, which decides. When the topic has no
    question left before that (`available` choice questions in all), it is not known: unclear is not proven.
    """
    right = sum(answers)
    wrong = len(answers) - right
    if right >= DECIDING:
        return Verdict.KNOWN
    if wrong >= DECIDING:
        return Verdict.NOT_KNOWN
    if len(answers) >= min(available, MAX_PER_TOPIC):
        return Verdict.NOT_KNOWN
    return None


def placement_questions(topic: Topic) -> tuple[Question, ...]:
    """The questions a placement check may ask about a topic, in the order it asks them (as authored)."""
    return tuple(q for q in topic.questions if q.kind is QuestionKind.CHOICE)[:MAX_PER_TOPIC]


def placement_topics(catalog: Catalog, topic_ids: Iterable[str], limit: int = PLACEMENT_TOPICS) -> tuple[str, ...]:
    """The first `limit` of these topics (in plan order) that a placement check can ask about."""
    offered: list[str] = []
    for topic_id in topic_ids:
        if topic_id not in offered and len(placement_questions(catalog.topic(topic_id))) >= DECIDING:
            offered.append(topic_id)
        if len(offered) >= limit:
            break
    return tuple(offered)


@dataclass(frozen=True)
class PlacementAnswer:
    """One answer given in a placement check: the question's key (`<topic>/<id>`) and the chosen text."""

    key: str
    choice: str


class TopicDecision(BaseModel):
    topic: str
    name: str
    verdict: Verdict
    right: int
    asked: int

    @property
    def known(self) -> bool:
        return self.verdict is Verdict.KNOWN

    @property
    def line(self) -> str:
        """The decision as one line for people: "HTTP basics: known (2 of 2 right)"."""
        said = "known" if self.known else "not known yet"
        return f"{self.name}: {said} ({self.right} of {self.asked} right)"


class PlacementQuestion(BaseModel):
    topic: str
    topic_name: str
    number: int = Field(description="this question's number in the check so far, from 1")
    topic_number: int = Field(description="which of the offered topics it is about, from 1")
    topics: int = Field(description="how many topics the check covers")
    question: QuestionOut


class PlacementResult(BaseModel):
    key: str = Field(description="`<topic>/<question id>`")
    right: bool


class Placement(BaseModel):
    """Where a placement check stands: the decisions so far and the next question, or none when it is done."""

    topics: list[str] = Field(description="the topics the check covers, in plan order")
    decisions: list[TopicDecision]
    next: PlacementQuestion | None
    answered: int
    results: list[PlacementResult] = Field(description="each answer so far, right or not, in the order given")

    @property
    def done(self) -> bool:
        return self.next is None

    @property
    def proven(self) -> list[TopicDecision]:
        """The decisions that proved a topic known."""
        return [d for d in self.decisions if d.known]


def placement_step(catalog: Catalog, topics: Sequence[str], answers: Sequence[PlacementAnswer]) -> Placement:
    """The decisions the answers so far make over `topics`, and the question to ask next.

    Topics are taken in order: the next question is about the first undecided topic. Refuses (`InvalidInput`)
    an answer to a question that was not asked by then, the same question twice, or a choice that is not one of
    the question's: the answers must be the ones this function asked for.
    """
    given = list(answers)
    graded: list[PlacementResult] = []
    decisions: list[TopicDecision] = []
    position = 0
    for number, topic_id in enumerate(topics, start=1):
        topic = catalog.topic(topic_id)
        questions = placement_questions(topic)
        results: list[bool] = []
        while (verdict := topic_verdict(results, len(questions))) is None:
            question = questions[len(results)]
            if position >= len(given):
                asked = PlacementQuestion(
                    topic=topic.id,
                    topic_name=topic.name,
                    number=position + 1,
                    topic_number=number,
                    topics=len(topics),
                    question=question_out(topic, question),
                )
                return Placement(
                    topics=list(topics), decisions=decisions, next=asked, answered=position, results=graded
                )
            results.append(_right(topic, question, given[position]))
            graded.append(PlacementResult(key=given[position].key, right=results[-1]))
            position += 1
        decisions.append(
            TopicDecision(topic=topic.id, name=topic.name, verdict=verdict, right=sum(results), asked=len(results))
        )
    if position < len(given):
        raise InvalidInput("more answers were sent than the check asked", hint="start the placement check again")
    return Placement(topics=list(topics), decisions=decisions, next=None, answered=position, results=graded)


def _right(topic: Topic, question: Question, answer: PlacementAnswer) -> bool:
    expected = question_key(topic.id, question.id)
    if answer.key != expected:
        raise InvalidInput(
            f"the answer to `{answer.key}` came where `{expected}` was asked", hint="start the placement check again"
        )
    if answer.choice not in (question.answer, *(w.choice for w in question.wrong)):
        raise InvalidInput(f"`{answer.choice[:80]}` is not a choice of `{expected}`", hint="pick one of its choices")
    return answer.choice == question.answer
