"""The domain's own errors. Each adapter (web, API, CLI) translates them once, in one place."""

from __future__ import annotations

from dataclasses import dataclass


class RoadmapFinderError(Exception):
    """Base of every error a user can cause; its message is written for that user."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class UndoableReading:
    """A reading of the learner's words a refusal was made with that says more than they typed (“teaching” of
    "switch careers from teaching to tech": their background), so every surface offers its Undo there as on a
    generated roadmap: `said` is the phrase to send in `plain` to read it as typed, `line` says what it was read as
    (“teaching” → your background, not something to learn here), `how` the kind of reading (`background`)."""

    said: str
    line: str
    how: str


class NotFound(RoadmapFinderError):
    """An unknown roadmap slug or topic id, with the closest existing ones as suggestions.

    `suggestions` are keys, for programs (the API's clients); the hint is for people, so it names them as their
    pages do, which the caller knows (`Catalog.did_you_mean`): keys are never listed in it for them."""

    def __init__(
        self,
        kind: str,
        key: str,
        suggestions: list[str],
        *,
        hint: str = "",
        choice: bool = False,
        goals: dict[str, str] | None = None,
        readings: tuple[UndoableReading, ...] = (),
        suits: dict[str, str] | None = None,
        choosing: str = "",
    ) -> None:
        self.kind = kind
        self.key = key
        self.suggestions = suggestions
        #: Nothing is missing: the learner's words leave a choice among `suggestions` to make ("learn to code").
        self.choice = choice
        #: For a choice, the goal that asks what the learner asked in a suggestion, by its key ("backend": "get
        #: promoted to senior as a Backend Developer"): the page links it, never the whole roadmap, which drops it.
        self.goals = goals or {}
        #: For a goal, the readings of its words the answer was made with that the learner may undo (a choice's
        #: "“teaching”: your background" had no Undo where a generated roadmap's reading has one).
        self.readings = readings
        #: For a choice, who each suggestion suits, by its key, where the goal's sense says it ("ai-engineer": "for
        #: developers and career switchers who ..."): said beside each choice; none for one it says nothing of.
        self.suits = suits or {}
        #: For a choice whose suggestions say who they suit, what needs choosing said alone, for the surfaces that
        #: show `suits` beside each choice; `hint` keeps the whole sentence for a reader of it alone.
        self.choosing = choosing
        if not hint and not suggestions:
            hint = "list them with `roadmapfinder list`"
        # a choice is no failure to find: saying "no roadmap for `web developer`" read as if nothing had matched
        said = f"`{key}` leaves a choice to make before a roadmap" if choice else f"no {kind} `{key}`"
        super().__init__(said, hint=hint)


class InvalidInput(RoadmapFinderError):
    """A request the domain cannot answer as asked (an unknown category, a phase out of range...).

    `field` names the input at fault when one is (a plan request's field, such as `hours_per_week` or
    `target_date`), so a form can show the message beside it; empty when the request as a whole is at fault.
    """

    def __init__(self, message: str, *, hint: str = "", field: str = "") -> None:
        super().__init__(message, hint=hint)
        self.field = field


class UnknownNames(InvalidInput):
    """Names in a request's field that name nothing the field takes (a plan's targets, its finished roadmaps), with
    the closest keys as `suggestions` (`kind` says of what: "roadmap"), as `NotFound` has them for one name.

    A bad value of the field like any other (400 from the API, beside the field on the page); the command line,
    which reads a name that names nothing as a usage error, exits 2 for it as for `NotFound` (cli/errors.py). As
    `NotFound`'s, its hint names the suggestions for people (`Catalog.did_you_mean`)."""

    def __init__(self, message: str, *, kind: str, suggestions: list[str], hint: str = "", field: str = "") -> None:
        self.kind = kind
        self.suggestions = suggestions
        super().__init__(message, hint=hint, field=field)


@dataclass(frozen=True)
class NameChoice:
    """One of the roadmaps or topics a name several of them share names (`SharedNames`), or one of the roadmaps a
    goal leaves to choose from (`NotFound.choice`): what the learner typed (`said`), which one this is (`kind`,
    `key`), the name that means it alone (`name`, what to type instead), for a topic the titles of the roadmaps that
    teach it, which tell two topics of one name apart, and for a goal's choice the goal that asks for this roadmap
    as the learner asked (`goal`: "get promoted to senior as a Backend Developer"; empty when the roadmap as it is
    answers) and who it suits where the goal's sense says it (`suits`: "for developers and career switchers who ...";
    empty when it does not)."""

    said: str
    kind: str
    key: str
    name: str
    roadmaps: tuple[str, ...] = ()
    goal: str = ""
    suits: str = ""


class SharedNames(InvalidInput):
    """Names in a request's field (or one typed on the command line) that several roadmaps or topics share
    ("accessibility": Accessible design and Web accessibility), so the learner chooses: never the first quietly.

    `choices` hold every owner of every such name, in catalog order. A bad value of the field like `UnknownNames`
    (400 from the API with the choices, beside the field on the page with a button for each, exit 2 on the command
    line), though nothing is misspelt."""

    def __init__(self, message: str, *, choices: list[NameChoice], hint: str = "", field: str = "") -> None:
        self.choices = choices
        super().__init__(message, hint=hint, field=field)


class NotAllowed(RoadmapFinderError):
    """The thing exists but this person may not change it (a plan they did not create, for example)."""
