"""What a learner asks for: targets, pace, what they know, level, stack, dates and their own edits.

The request is the whole of a plan's identity: a saved plan stores its request, and the plan is rebuilt from it,
so changing an input and regenerating is the same operation as creating.
"""

from __future__ import annotations

from datetime import date, time
from enum import StrEnum
from math import ceil

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator
from pydantic.config import JsonDict

from roadmapfinder.bounds import check_date, check_text
from roadmapfinder.catalog.models import NO_STACK, Level
from roadmapfinder.catalog.pace import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.weeks import WeekStart

MAX_TARGETS = 10
MAX_NAMES = 200
#: A study session lasts from a quarter of an hour to 12 hours: longer is not a sitting, and two sessions on
#: consecutive days at the same time would overlap.
MIN_SESSION_MINUTES, MAX_SESSION_MINUTES = 15, 720
STACKS = (
    "python",
    "javascript",
    "typescript",
    "java",
    "kotlin",
    "go",
    "csharp",
    "php",
    "ruby",
    "rust",
    "swift",
    "dart",
    "cpp",
)


#: What the OpenAPI document says of each name (the planner refuses longer ones, and more than MAX_NAMES).
_NAME: JsonDict = {"type": "string", "maxLength": 100}
_NAMES: JsonDict = {"maxItems": MAX_NAMES, "items": _NAME}


class CurrentLevel(StrEnum):
    """Where the learner stands; phases wholly below it are skipped (unless a later topic needs them)."""

    BEGINNER = "beginner"
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"

    @property
    def floor(self) -> Level:
        """The lowest phase level still worth studying at this level."""
        return {
            CurrentLevel.BEGINNER: Level.BEGINNER,
            CurrentLevel.JUNIOR: Level.JUNIOR,
            CurrentLevel.MID: Level.MID,
            CurrentLevel.SENIOR: Level.ADVANCED,
        }[self]


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


_DAY_NUMBER = {day: number for number, day in enumerate(Weekday)}

#: The study days of a plan that names none: weekday evenings.
DEFAULT_STUDY_DAYS = (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI)
#: When a session starts if the learner gave no time: an evening, or the morning for a session that would run
#: past midnight from the evening (more than five hours: a full-time learner's day, not a night).
DEFAULT_SESSION_TIME, DAYTIME_SESSION_TIME = time(19, 0), time(9, 0)


#: How many phases a plan may be given (a generated roadmap has 4 to 8).
MAX_PHASES = 20


class PhaseRequest(BaseModel):
    """A phase given whole, as a generated roadmap made it: its topics in order and the catalog projects that close
    it. A plan of given phases is that roadmap, never rebuilt from its last topics (which pulled in every
    prerequisite the generator had left out on purpose, and read a topic named like a roadmap as the roadmap)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(max_length=200)
    level: Level
    goal: str = Field(default="", max_length=500)
    topics: tuple[str, ...] = Field(default=(), description="Topic ids, in learning order.", json_schema_extra=_NAMES)
    projects: tuple[str, ...] = Field(
        default=(), description="Catalog projects by key (`<roadmap>/<title as a slug>`).", json_schema_extra=_NAMES
    )


class PlanRequest(BaseModel):
    """The inputs of a personal plan. Names (targets, known, add, drop) are matched forgivingly at build time."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    targets: tuple[str, ...] = Field(
        default=(),
        description="Roadmap slugs and/or goal topic ids, e.g. ['frontend', 'backend']; may be empty when the plan "
        "follows a generated roadmap (`generated` or `phases`).",
        json_schema_extra={"maxItems": MAX_TARGETS, "items": _NAME},
    )
    hours_per_week: float = Field(
        default=10,
        description="Study hours a week, 1-80.",
        json_schema_extra={"minimum": MIN_HOURS_PER_WEEK, "maximum": MAX_HOURS_PER_WEEK},
    )
    study_days: tuple[Weekday, ...] = Field(default=(), description="Weekdays you study, e.g. ['mon', 'wed'].")
    known: tuple[str, ...] = Field(
        default=(),
        description="What you know, in your words or as topic ids; a roadmap's name means its first topics. Read "
        "as one list in the order given, as the generator reads its `known` text: a hedge carries over the bare "
        'items right after it (["a bit of docker", "kubernetes"] has started both, as “a bit of docker, '
        "kubernetes” has).",
        json_schema_extra=_NAMES,
    )
    finished: tuple[str, ...] = Field(
        default=(), description="Roadmaps (slugs) you have finished as a whole.", json_schema_extra=_NAMES
    )
    level: CurrentLevel = CurrentLevel.BEGINNER
    stack: str | None = Field(
        default=None,
        description=f"One of: {', '.join(STACKS)}. Empty: read from the targets (“python backend”) or, with one role "
        f"planned, the one language in `known` (the answer's `stack_read`); `{NO_STACK}`: no stack, nothing read.",
    )
    start: date | None = Field(
        default=None, description="First day of the plan (default: today), 2000-01-01 to 2100-12-31."
    )
    target_date: date | None = Field(default=None, description="The date you want to finish by (after the start).")
    drop: tuple[str, ...] = Field(default=(), description="Topics to leave out of the plan.", json_schema_extra=_NAMES)
    add: tuple[str, ...] = Field(
        default=(), description="Topics to add (their missing prerequisites come along).", json_schema_extra=_NAMES
    )
    order: tuple[str, ...] = Field(
        default=(), description="Topics to learn as early as prerequisites allow.", json_schema_extra=_NAMES
    )
    # Added with study sessions (issue 15): optional with defaults, so requests saved before them still load.
    session_time: time | None = Field(
        default=None,
        description="When study sessions begin, e.g. '19:00' (default: 19:00, an evening, or 09:00 for sessions "
        "longer than five hours, which would run past midnight).",
    )
    session_minutes: int | None = Field(
        default=None,
        ge=MIN_SESSION_MINUTES,
        le=MAX_SESSION_MINUTES,
        description="Length of one study session in minutes (default: the weekly hours spread over the study days).",
    )
    finished_work: tuple[str, ...] = Field(
        default=(),
        description="Topic ids and project keys already finished when the plan was made, edited or last "
        "rescheduled: kept on the plan, never scheduled again. Set from your progress, unless `schedule_finished`.",
    )
    # Added with plans of a generated roadmap: optional, so requests saved before them still load.
    phases: tuple[PhaseRequest, ...] = Field(
        default=(),
        description="Phases to plan as given, before the targets' (a generated roadmap's: its topics and projects, "
        "nothing else, no prerequisite it left out); `targets` may then be empty.",
        json_schema_extra={"maxItems": MAX_PHASES},
    )
    name: str = Field(
        default="",
        max_length=200,
        description="What the plan is called when it follows `phases` (their roadmap's title).",
    )
    generated: str = Field(
        default="",
        max_length=32,
        description="The generated roadmap `phases` come from (its id), linked from the plan.",
    )
    # Added with plans that leave out what the learner finished: requests saved before it leave nothing out.
    schedule_finished: bool = Field(
        default=False,
        description="Schedule the topics and projects you already finished too, as a refresher. By default a new or "
        "edited plan leaves them on the plan but off the schedule (`finished_work`), as a reschedule does; a plan "
        "that starts before today keeps them in their place in its weeks, where they count as done.",
    )
    # Added with refreshers of part of what was finished: requests saved before it refresh all of it or none.
    refresh: tuple[str, ...] = Field(
        default=(),
        description="Of what you already finished, the topics (ids or names) and projects (keys) to schedule again, as "
        "a refresher of those only (`schedule_finished` schedules all of it); each must be in the plan.",
        json_schema_extra=_NAMES,
    )
    # Added with the locale's first day of the week (issue 15): requests saved before it read as Monday.
    week_start: WeekStart = Field(
        default=WeekStart.MONDAY,
        description="The day the plan's weeks start on: monday, sunday or saturday (default monday). The web form "
        "guesses it from the browser's languages and the CLI from LC_ALL/LC_TIME/LANG; the API takes it as sent.",
    )

    #: Read from a saved plan (`as_saved`): never sent, never stored, never in the API's schema.
    _saved: bool = PrivateAttr(default=False)

    def as_saved(self) -> PlanRequest:
        """This request as a saved plan's: a name several topics share (“accessibility”) is read as the first of
        them, as every plan saved before 7 December 2026 was built, so a learner's saved plan keeps its topics; a
        request sent anew (a new plan, "Change this plan") is asked which one (`errors.SharedNames`) and so never
        holds such a name once saved."""
        copy = self.model_copy()
        copy._saved = True
        return copy

    @property
    def saved_first(self) -> bool:
        """Whether a name several topics share is read as the first of them (`as_saved`)."""
        return self._saved

    @field_validator("targets", "known", "finished", "drop", "add", "order", mode="after")
    @classmethod
    def _clean_names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        if len(cleaned) > MAX_NAMES or any(len(n) > 100 for n in cleaned):
            raise ValueError(f"at most {MAX_NAMES} names of at most 100 characters")
        return cleaned

    @field_validator("finished_work", "refresh", mode="after")
    @classmethod
    def _clean_finished_work(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        if len(cleaned) > 2000 or any(len(n) > 200 for n in cleaned):
            raise ValueError("at most 2000 finished items of at most 200 characters")
        return cleaned

    @property
    def days(self) -> tuple[Weekday, ...]:
        """The study days in the plan's week order (from its first day); weekday evenings when none were chosen."""
        chosen = set(self.study_days) or set(DEFAULT_STUDY_DAYS)
        first = self.week_start.weekday
        return tuple(day for day in sorted(Weekday, key=lambda d: (_DAY_NUMBER[d] - first) % 7) if day in chosen)

    @property
    def time_of_day(self) -> time:
        """When sessions start: the time asked for, else 19:00, or 09:00 when a session is longer than what is left
        of the day from 19:00 (forty hours on weekday evenings ran from 19:00 to 03:00 every night)."""
        if self.session_time is not None:
            return self.session_time
        length = self.session_minutes / 60 if self.session_minutes else self.hours_per_week / len(self.days)
        evening_left = 24 - DEFAULT_SESSION_TIME.hour - DEFAULT_SESSION_TIME.minute / 60
        return DAYTIME_SESSION_TIME if min(length, self.hours_per_week) > evening_left else DEFAULT_SESSION_TIME

    @field_validator("stack", mode="before")
    @classmethod
    def _clean_stack(cls, stack: object) -> object:
        return stack.strip().lower() or None if isinstance(stack, str) else stack


def check_request(request: PlanRequest) -> None:
    """Reject what a plan cannot be built from, with a message that says how to fix it."""
    if not request.targets and not request.phases:
        raise InvalidInput(
            "the plan has nothing to reach",
            hint="name at least one roadmap (e.g. Backend Developer) or goal topic, or a generated roadmap",
            field="targets",
        )
    if len(request.targets) > MAX_TARGETS:
        raise InvalidInput(
            f"{len(request.targets)} targets is too many", hint=f"combine at most {MAX_TARGETS}", field="targets"
        )
    hours = request.hours_per_week
    if not MIN_HOURS_PER_WEEK <= hours <= MAX_HOURS_PER_WEEK:
        raise InvalidInput(
            f"{hours:g} hours per week is out of range",
            hint=f"give a number from {MIN_HOURS_PER_WEEK} to {MAX_HOURS_PER_WEEK}",
            field="hours_per_week",
        )
    if len(request.phases) > MAX_PHASES:
        raise InvalidInput(
            f"{len(request.phases)} phases is too many", hint=f"give at most {MAX_PHASES}", field="phases"
        )
    given = [name for phase in request.phases for name in (*phase.topics, *phase.projects)]
    if len(given) > MAX_NAMES:
        raise InvalidInput(
            f"the phases hold {len(given)} topics and projects", hint=f"give at most {MAX_NAMES}", field="phases"
        )
    for said in (request.name, *(part for phase in request.phases for part in (phase.title, phase.goal)), *given):
        check_text(said, field="a phase", single_line=True)
    named = {"a target": request.targets, "a known topic": request.known, "a finished roadmap": request.finished}
    named |= {"a topic to drop": request.drop}
    named |= {"a topic to add": request.add, "a topic to order": request.order}
    for field, names in named.items():
        for name in names:
            check_text(name, field=field, single_line=True)
    if request.stack is not None:
        check_text(request.stack, field="the stack", single_line=True)
    if request.start is not None:
        check_date(request.start, field="start date")
    if request.target_date is not None:
        check_date(request.target_date, field="target date")
    if request.stack is not None and request.stack not in (*STACKS, NO_STACK):
        raise InvalidInput(
            f"unknown stack `{request.stack}`", hint=f"use one of: {', '.join(STACKS)}, or {NO_STACK}", field="stack"
        )
    _check_sessions(request)
    if request.start and request.target_date and request.target_date <= request.start:
        raise InvalidInput(
            f"the target date {request.target_date} is not after the start date {request.start}",
            hint="choose a target date after the start",
            field="target_date",
        )


def _check_sessions(request: PlanRequest) -> None:
    """Refuse study days and session lengths that cannot hold the hours a week, rather than make a plan whose
    dates follow other hours than the ones it says: 90-minute sessions on five evenings hold 7.5 hours, not 10
    (the plan said "10 h/week" and ran 107 weeks, not 80), and 80 hours on a weekend made two 40-hour sessions,
    each running into the next. Sessions longer than the week needs are fine: the week's last ones are shorter."""
    hours, days = request.hours_per_week, len(request.days)
    if request.session_minutes is None:
        length = hours / days
        if length * 60 > MAX_SESSION_MINUTES + 1e-9:
            longest = MAX_SESSION_MINUTES // 60
            raise InvalidInput(
                f"{hours:g} hours a week on {count_said(days, 'study day')} makes sessions of "
                f"{round(length, 2):g} hours; a session lasts at most {longest} hours",
                hint=f"choose more study days, or at most {longest * days} hours a week on {count_said(days, 'day')}",
                field="hours_per_week",
            )
        return
    held = days * request.session_minutes / 60
    if held + 1e-9 < hours:
        sessions = count_said(days, "session")
        verb = "hold" if days > 1 else "holds"
        needed = ceil(hours * 60 / days - 1e-9)
        fix = f"make each session {minutes_said(needed)} long, " if needed <= MAX_SESSION_MINUTES else ""
        raise InvalidInput(
            f"{sessions} of {minutes_said(request.session_minutes)} a week {verb} {round(held, 2):g} hours, fewer than "
            f"the plan's {hours:g} hours a week",
            hint=f"{fix}choose more study days, or set {round(held, 2):g} hours a week",
            field="session_minutes",
        )


def count_said(number: int, noun: str) -> str:
    """A count with its noun, as people say it: "1 session", "5 sessions"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def minutes_said(minutes: int) -> str:
    """A length as people say it: "2 hours", "1 hour", "90 minutes"."""
    return count_said(minutes // 60, "hour") if minutes % 60 == 0 else f"{minutes} minutes"
