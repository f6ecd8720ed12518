"""The learner's data file: everything tracked for one learner, as JSON, and its strict reading back.

Export and import use this one format, so a file exported and imported again restores exactly the same records.
Reading refuses a bad file as a whole, with the reason, before anything is stored.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roadmapfinder.bounds import check_timestamp, load_json
from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.questions import split_question_key
from roadmapfinder.checking.records import AnswerRecord, CheckRecord
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.planning.request import PlanRequest, check_request
from roadmapfinder.progress.estimates import MAX_REPORTED_HOURS
from roadmapfinder.progress.status import TopicStatus, check_project, check_topic
from roadmapfinder.understanding.shapes import GENERATED_ID

FORMAT: Final = "roadmapfinder-learner-data"
#: Notes are private study notes, not documents; the cap keeps one learner from filling the database.
MAX_NOTE_CHARS = 20_000
#: Refuse files larger than this before parsing them.
MAX_FILE_BYTES = 5_000_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicRecord(_Strict):
    """A topic's status; when it went in progress and done, and the hours it took, when known (files written
    before these existed still read)."""

    topic: str
    status: TopicStatus
    updated: datetime
    started: datetime | None = None
    finished: datetime | None = None
    hours: float | None = Field(default=None, gt=0, le=MAX_REPORTED_HOURS)


class ProjectRecord(_Strict):
    project: str
    updated: datetime


class NoteRecord(_Strict):
    topic: str
    text: str = Field(max_length=MAX_NOTE_CHARS)
    updated: datetime


class FollowRecord(_Strict):
    roadmap: str
    since: datetime


class GeneratedFollowRecord(_Strict):
    """A generated roadmap the learner follows, by its id (the roadmap itself stays on the server it was made on)."""

    id: str = Field(pattern=GENERATED_ID.pattern, description="the generated roadmap's id")
    since: datetime


class PlanRecord(_Strict):
    id: str = Field(min_length=1, max_length=32)
    title: str = Field(default="", max_length=200)
    request: dict[str, object]
    created: datetime
    #: What its weeks were laid out with (planning/laid_out.py): its weeks kept as planned and the content changes
    #: it said. Optional: files written before it still read (the plan is laid out anew from today's content).
    laid_out: dict[str, object] | None = None


class LearnerData(_Strict):
    """One learner's progress, followed roadmaps, notes, saved plans, and self-check answers and checks (never
    passwords or tokens).

    Files written before `roadmaps`, `generated`, `answers` or `checks` existed still read: each defaults to none."""

    format: Literal["roadmapfinder-learner-data"] = FORMAT
    version: Literal[1] = 1
    username: str = ""
    topics: list[TopicRecord] = Field(default_factory=list)
    projects: list[ProjectRecord] = Field(default_factory=list)
    roadmaps: list[FollowRecord] = Field(default_factory=list)
    generated: list[GeneratedFollowRecord] = Field(default_factory=list)
    notes: list[NoteRecord] = Field(default_factory=list)
    plans: list[PlanRecord] = Field(default_factory=list)
    answers: list[AnswerRecord] = Field(default_factory=list)
    checks: list[CheckRecord] = Field(default_factory=list)


def learner_data_json(data: LearnerData) -> str:
    """The file's text: stable key order and indentation so two exports of the same data are identical."""
    return json.dumps(data.model_dump(mode="json"), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def parse_learner_data(raw: bytes, catalog: Catalog) -> LearnerData:
    """Read a learner data file; `InvalidInput` saying what is wrong (and where) for any bad file.

    Refuses: not JSON, another format or version, unknown fields, bad statuses or dates, unknown topics, projects
    or roadmaps, and the same topic, project, roadmap, generated roadmap or plan twice. A followed generated
    roadmap is checked for the shape of its id only: it lives in a server's database, and one that is gone is
    listed on /me as no longer available rather than refusing the whole file.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidInput("the file is too large", hint=f"a learner data file is at most {MAX_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"the file is not JSON: {error}", hint="choose a file made by Export my data") from None
    document = load_json(text, field="the file")  # refuses deep nesting and control characters, as every form does
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput("this is not a RoadmapFinder learner data file", hint=f'expected "format": "{FORMAT}"')
    try:
        data = LearnerData.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(f"invalid file at {where}: {first['msg']}", hint="the file was changed or damaged") from None
    _check_references(data, catalog)
    _check_dates(data)
    return data


def _check_dates(data: LearnerData) -> None:
    """Every timestamp in the same sane range as plan dates, also once converted to UTC (how it is stored)."""
    stamps = [
        *(("a topic's date", r.updated) for r in data.topics),
        *(("a topic's date", stamp) for r in data.topics for stamp in (r.started, r.finished) if stamp is not None),
        *(("a project's date", r.updated) for r in data.projects),
        *(("a followed roadmap's date", r.since) for r in data.roadmaps),
        *(("a followed generated roadmap's date", r.since) for r in data.generated),
        *(("a note's date", r.updated) for r in data.notes),
        *(("a plan's date", r.created) for r in data.plans),
        *(("an answer's date", r.answered) for r in data.answers),
        *(("a check's date", r.checked) for r in data.checks),
    ]
    for field, stamp in stamps:
        check_timestamp(stamp, field=field)


def _check_references(data: LearnerData, catalog: Catalog) -> None:
    groups: list[tuple[str, list[str]]] = [
        ("topic", [r.topic for r in data.topics]),
        ("project", [r.project for r in data.projects]),
        ("roadmap", [r.roadmap for r in data.roadmaps]),
        ("generated roadmap", [r.id for r in data.generated]),
        ("note", [r.topic for r in data.notes]),
        ("plan", [r.id for r in data.plans]),
    ]
    for kind, keys in groups:
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise InvalidInput(f"{kind} `{repeated[0]}` appears twice", hint="each item may appear once")
    for check in data.checks:
        if check.right > check.asked:
            raise InvalidInput(f"a check of `{check.topic}` has more right than asked", hint="the file was damaged")
    try:
        answered = [_answer_topic(a.question) for a in data.answers]
        checked = [c.topic for c in data.checks]
        for topic_id in [r.topic for r in data.topics] + [n.topic for n in data.notes] + answered + checked:
            if topic_id not in catalog.retired:  # records on a retired topic are kept (see `carry_retired`)
                check_topic(catalog, topic_id)
        for project in data.projects:
            if project.project not in catalog.retired_projects:  # kept too: a renamed project's mark carries over
                check_project(catalog, project.project)
        for follow in data.roadmaps:
            catalog.roadmap(follow.roadmap)
    except NotFound as error:
        raise InvalidInput(f"the file mentions an unknown {error.kind} `{error.key}`", hint=error.hint) from None
    for plan in data.plans:
        try:
            check_request(PlanRequest.model_validate(plan.request))
        except ValidationError:
            raise InvalidInput(f"plan `{plan.id}` has invalid inputs", hint="the file was changed or damaged") from None
        except InvalidInput as error:
            raise InvalidInput(f"plan `{plan.id}`: {error.message}", hint=error.hint) from None


def _answer_topic(key: str) -> str:
    """The topic of an answer's question key; the question itself may have been removed since (its history stays)."""
    try:
        return split_question_key(key)[0]
    except ValueError:
        raise InvalidInput(f"`{key}` is not a question", hint="answers name `<topic>/<question id>`") from None
