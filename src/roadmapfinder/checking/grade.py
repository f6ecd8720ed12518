"""Grading a topic check: the learner's answers in, which were right and every explanation out.

A choice question is right when the chosen text is its answer; an open question (explain, predict, spot-the-bug)
is right when the learner, having compared with the model answer, says they got it. The result reveals what the
question read model held back: the right choice, why, and why each wrong choice is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Question, QuestionKind, Topic
from roadmapfinder.catalog.questions import question_key, shown_choices
from roadmapfinder.errors import InvalidInput

#: A topic check passes with at least this share right (3 of 3, 4 of 5, 5 of 6): one slip in five is forgiven.
PASS_SHARE = 0.8
#: How long a choice or an answer may be (the longest choice in the content is far shorter).
MAX_ANSWER_CHARS = 2_000


class AnswerSource(StrEnum):
    """Where an answer was given; the review queue reads all of them as the question's history."""

    CHECK = "check"
    PLACEMENT = "placement"
    REVIEW = "review"


class Answer(BaseModel):
    """One answer: the text of the chosen choice for a choice question, or `got_it` for an open one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = Field(min_length=1, max_length=60, description="the question's id within the topic")
    choice: str | None = Field(default=None, max_length=MAX_ANSWER_CHARS, description="the chosen choice, as listed")
    got_it: bool | None = Field(
        default=None, description="for an open question: true when your answer matched the model answer"
    )


class WrongOut(BaseModel):
    choice: str
    why: str


class QuestionResult(BaseModel):
    id: str
    key: str
    kind: QuestionKind
    ask: str
    answered: bool
    right: bool
    chosen: str | None = Field(description="the choice picked (choice questions); null when not answered")
    answer: str = Field(description="the right choice, or an open question's model answer")
    why: str = Field(description="why the answer is right (choice questions)")
    chosen_why: str = Field(description="why the picked choice is wrong; empty when it is right or nothing was picked")
    wrong: list[WrongOut] = Field(description="every wrong choice with why it is wrong, in the order shown")


class CheckResult(BaseModel):
    """A graded topic check. `passed` is only the verdict: marking the topic done stays the learner's decision."""

    topic: str
    topic_name: str
    right: int
    asked: int
    passed: bool
    results: list[QuestionResult]
    recorded: bool = Field(
        default=False, description="whether the answers were stored as a learner's (a token or a session)"
    )


def is_pass(right: int, asked: int) -> bool:
    """Whether `right` of `asked` is a pass (integer arithmetic, so 4 of 5 passes exactly)."""
    return asked > 0 and right * 10 >= asked * round(PASS_SHARE * 10)


def grade_check(catalog: Catalog, topic_id: str, answers: Sequence[Answer]) -> CheckResult:
    """Grade answers to one topic's questions; questions left unanswered count as not right.

    Refuses (`InvalidInput`, naming the question): a topic without questions, an unknown question id, the same
    question twice, a choice that is not one of the question's, a choice for an open question or `got_it` for a
    choice question. An unknown topic is `NotFound` with suggestions.
    """
    topic = catalog.topic(topic_id)
    if not topic.questions:
        raise InvalidInput(f"the topic `{topic.id}` has no self-check questions yet", hint="check another topic")
    by_id = {q.id: q for q in topic.questions}
    given: dict[str, Answer] = {}
    for answer in answers:
        question = by_id.get(answer.question)
        if question is None:
            known = ", ".join(by_id)
            raise InvalidInput(f"`{topic.id}` has no question `{answer.question}`", hint=f"its questions are {known}")
        if answer.question in given:
            raise InvalidInput(f"question `{answer.question}` is answered twice", hint="answer each question once")
        _check_shape(topic, question, answer)
        given[answer.question] = answer
    results = [_result(topic, q, given.get(q.id)) for q in topic.questions]
    right = sum(r.right for r in results)
    return CheckResult(
        topic=topic.id,
        topic_name=topic.name,
        right=right,
        asked=len(results),
        passed=is_pass(right, len(results)),
        results=results,
    )


def _check_shape(topic: Topic, question: Question, answer: Answer) -> None:
    if question.kind.is_open:
        if answer.choice is not None:
            raise InvalidInput(
                f"question `{question.id}` is answered in your own words, not by a choice",
                hint='send "got_it": true or false after comparing with its model answer',
            )
        return
    if answer.got_it is not None:
        raise InvalidInput(
            f"question `{question.id}` is multiple choice", hint='send "choice" with the text of one of its choices'
        )
    if answer.choice is not None and answer.choice not in shown_choices(topic.id, question):
        raise InvalidInput(
            f"`{answer.choice[:80]}` is not a choice of question `{question.id}`",
            hint="send one of its choices exactly as listed in the topic's questions",
        )


def _result(topic: Topic, question: Question, answer: Answer | None) -> QuestionResult:
    wrong_why = {w.choice: w.why for w in question.wrong}
    if question.kind.is_open:
        answered = answer is not None and answer.got_it is not None
        right = bool(answer and answer.got_it)
        chosen = None
        main = question.model_answer
    else:
        chosen = answer.choice if answer else None
        answered = chosen is not None
        right = chosen == question.answer
        main = question.answer
    return QuestionResult(
        id=question.id,
        key=question_key(topic.id, question.id),
        kind=question.kind,
        ask=question.ask,
        answered=answered,
        right=right,
        chosen=chosen,
        answer=main,
        why=question.why,
        chosen_why=wrong_why.get(chosen or "", ""),
        wrong=[WrongOut(choice=c, why=wrong_why[c]) for c in shown_choices(topic.id, question) if c in wrong_why],
    )
