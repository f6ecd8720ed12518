"""A learner's answers and topic checks as plain records: what the `answers` app stores, the data file carries
and the review queue reads.

Both are kept by content key, not foreign key (content is not in the database): an answer by its question's key
`<topic>/<question id>`, a check by its topic id. A question removed from the content keeps its history.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from roadmapfinder.checking.grade import AnswerSource


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerRecord(_Strict):
    """One answer to one question: right or not, when, and where it was given (a check, a placement, a review)."""

    question: str = Field(min_length=3, max_length=170, description="`<topic>/<question id>`")
    right: bool
    source: AnswerSource
    answered: datetime


class CheckRecord(_Strict):
    """One graded check of a whole topic; `passed` is the verdict (marking the topic done is a separate choice)."""

    topic: str = Field(min_length=1, max_length=100)
    right: int = Field(ge=0, le=100)
    asked: int = Field(ge=1, le=100)
    passed: bool
    checked: datetime
