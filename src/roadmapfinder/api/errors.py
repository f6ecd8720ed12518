"""The API's one error shape, shared by every router."""

from __future__ import annotations

from ninja import Field, Schema


class ErrorOut(Schema):
    """Every error: what went wrong, how to fix it, and for a name that names nothing the closest existing ones.

    `hint` is written for people, so a client may show it as it is: a "did you mean" names roadmaps, topics and
    projects as their pages do. `suggestions` are the same ones as keys, for programs to follow up with."""

    detail: str = Field(description="What went wrong, in words a person reads; names what was not understood.")
    hint: str = Field(
        default="",
        description="How to fix it, for people: a “did you mean” names each close roadmap, topic or project as "
        "their pages name them (“Backend Developer”), never by key; empty when there is nothing to add.",
    )
    suggestions: list[str] = Field(
        default_factory=list,
        description="The close ones the hint offers, in its order, as keys for programs: roadmap slugs, topic ids "
        "or project keys (`backend`, `linux-command-line`, `backend/terminal-only-day`); empty when none is close.",
    )
