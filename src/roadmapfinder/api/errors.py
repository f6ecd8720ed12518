"""The API's one error shape, shared by every router."""

from __future__ import annotations

from typing import Any

from ninja import Field, Schema


class ChoiceOut(Schema):
    """One roadmap or topic a name several share names: offer it by `name`, which names it alone."""

    said: str = Field(description="The name as it was sent (`accessibility`), which names this one and others.")
    kind: str = Field(description="`roadmap` or `topic`.")
    key: str = Field(description="Its slug or id (`web-accessibility`), for programs.")
    name: str = Field(
        description="Its title or name (“Web accessibility (a11y)”), which names it alone: send it in place of "
        "`said` to mean this one."
    )
    roadmaps: list[str] = Field(
        default_factory=list,
        description="For a topic, the titles of the roadmaps that teach it, which tell topics of one name apart; "
        "empty for a roadmap or a topic no roadmap teaches.",
    )
    goal: str = Field(
        default="",
        description="For a goal that leaves a choice (a 404 with `choices`), the goal to send for this roadmap, "
        "keeping what was asked (“get promoted to senior as a Backend Developer”); empty when the roadmap as it is "
        "answers (`GET /api/v1/roadmaps/{key}`, or send its `name` as the goal).",
    )
    suits: str = Field(
        default="",
        description="For a goal that leaves a choice (a 404 with `choices`), who this roadmap suits, one line to show "
        "beside its name (“for those who want to train and ship models of their own, …”), where the goal's sense "
        "says it; empty when it does not, and for a name several share. `hint` says every choice in one sentence "
        "too, for a client that shows no `suits`.",
    )


class ReadingOut(Schema):
    """A reading of the learner's words that a goal's answer was made with and they may undo."""

    said: str = Field(description="The learner's words, as written (“teaching”): send them in `plain` to undo it.")
    line: str = Field(
        description="What they were read as, for people: “teaching” → your background, not something to learn here."
    )
    how: str = Field(
        description="The kind of reading, as a generated roadmap's `understood[].how` says it "
        "(`background`, `known`, `synonym`...)."
    )


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
    choices: list[ChoiceOut] = Field(
        default_factory=list,
        description="For a 400 whose names several roadmaps or topics share (“accessibility”: two topics), each of "
        "them to choose from, with the name that means it alone; for a 404 whose goal leaves a choice (“web "
        "developer”: several jobs), each roadmap to choose from, with the goal that asks for it. Nothing is taken "
        "for the learner. Absent from every other error.",
    )
    readings: list[ReadingOut] = Field(
        default_factory=list,
        description="For a 404 whose goal leaves a choice or names nothing to build from, each reading of the "
        "learner's words it was answered with that says more than they typed (“teaching” of “switch careers from "
        "teaching to tech”: their background), as a generated roadmap's `understood` offers it: send its `said` in "
        "`plain` to read it as typed. Absent when there is none.",
    )
    suggestions: list[str] = Field(
        default_factory=list,
        description="The close ones the hint offers, in its order, as keys for programs: roadmap slugs, topic ids "
        "or project keys (`backend`, `linux-command-line`, `backend/terminal-only-day`); empty when none is close.",
    )

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """The body as sent: `choices` and `readings` only when there are some, so every other error keeps the shape
        clients already read (`detail`, `hint`, `suggestions`)."""
        body = super().model_dump(**kwargs)
        for optional in ("choices", "readings"):
            if not body.get(optional):
                body.pop(optional, None)
        return body
