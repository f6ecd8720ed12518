"""How a topic's self-check questions are shown: their key, their choices in a stable shuffled order, and the
read model every surface (page, API, CLI) shows before the learner answers.

The order of a question's choices is a shuffle seeded by the question's key, so the right answer is not always
first (authors write it first), yet every surface and every visit shows the same order, which keeps a learner's
"the second one" meaningful between the page, the API and the terminal.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field

from roadmapfinder.catalog.models import Question, QuestionKind, Topic


def question_key(topic_id: str, question_id: str) -> str:
    """The key a learner's answers are stored under: `<topic>/<question id>` (question ids are unique per topic
    and never renamed, so rewording a question keeps its history, and a removed question's history stays)."""
    return f"{topic_id}/{question_id}"


def split_question_key(key: str) -> tuple[str, str]:
    """The topic id and question id of a key; `ValueError` when it has no slash."""
    topic_id, slash, question_id = key.partition("/")
    if not slash or not topic_id or not question_id:
        raise ValueError(f"not a question key: {key!r}")
    return topic_id, question_id


def choices_of(question: Question) -> tuple[str, ...]:
    """The question's choices as written: the right answer first, then the wrong ones (empty for open ones)."""
    if question.kind.is_open:
        return ()
    return (question.answer, *(w.choice for w in question.wrong))


def shown_choices(topic_id: str, question: Question) -> tuple[str, ...]:
    """The choices in the order every surface shows them: sorted by a digest of the question's key and the choice."""
    key = question_key(topic_id, question.id)
    return tuple(sorted(choices_of(question), key=lambda c: hashlib.sha256(f"{key}\0{c}".encode()).digest()))


class QuestionOut(BaseModel):
    """A question as it is asked: what the learner needs to answer, nothing that tells them if they were right.

    A choice question lists its `choices` (stable shuffled order) but not which one is right; an open question
    (explain, predict, spot-the-bug) carries its `model_answer`, since the learner judges their own answer against
    it. The right choice and every explanation come back in the graded result."""

    id: str
    key: str = Field(description="`<topic>/<question id>`: what answers and review schedules are kept under")
    kind: QuestionKind
    ask: str
    choices: list[str] = Field(description="for a choice question, in the order to show; empty for open ones")
    model_answer: str = Field(description="for an open question, the answer to compare with; empty for choice ones")


def question_out(topic: Topic, question: Question) -> QuestionOut:
    return QuestionOut(
        id=question.id,
        key=question_key(topic.id, question.id),
        kind=question.kind,
        ask=question.ask,
        choices=list(shown_choices(topic.id, question)),
        model_answer=question.model_answer if question.kind.is_open else "",
    )
