"""Demand for roadmaps the catalog does not have: how a goal is counted, and its JSON shape.

When nothing in a goal matches, the request is remembered so the content team knows which roadmap to write next.
Learners write the same goal many ways ("Elixir", " elixir!", "ELIXIR"); counting them as one needs one
normal form, kept here so the web, the API and the admin agree on it.
"""

from __future__ import annotations

import re
from datetime import datetime

from pydantic import BaseModel, Field

#: The longest goal remembered (longer ones are cut: the words at the start say what was asked for).
MAX_GOAL_LENGTH = 200
_NOT_WORD = re.compile(r"[^\w#+.]+")


def normalise_goal(goal: str) -> str:
    """Lower case, punctuation and repeated spaces dropped: "  Elixir!! " and "elixir" count as one goal.

    "#", "+" and "." stay inside words, so "C#", "C++" and "node.js" remain what was asked for.
    """
    words = _NOT_WORD.sub(" ", goal.lower()).split()
    return " ".join(w.strip(".") for w in words if w.strip("."))[:MAX_GOAL_LENGTH]


class DemandOut(BaseModel):
    """One goal learners asked a roadmap for that the catalog could not build."""

    goal: str = Field(description="the goal in its normal form (lower case, no punctuation)")
    said: str = Field(description="the goal as it was last written")
    count: int = Field(description="how many times it was asked for")
    first_asked: datetime
    last_asked: datetime
