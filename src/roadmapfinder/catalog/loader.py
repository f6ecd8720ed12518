"""Reading a content folder into a validated, immutable `Catalog`.

Loading is all-or-nothing: every file is read, every problem is collected (syntax, schema, then cross-file rules
in `validation.py`), and only a folder with no problem becomes a `Catalog`. Nothing after loading re-checks
content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from threading import Lock
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.checklists import SourcedChecklist
from roadmapfinder.catalog.models import (
    Checklist,
    CloudCounterparts,
    Resource,
    RetiredTopic,
    Roadmap,
    Topic,
    project_key,
)
from roadmapfinder.catalog.problems import ContentInvalid, Problem
from roadmapfinder.catalog.suggest import closest
from roadmapfinder.catalog.validation import SourcedRoadmap, SourcedTopic, validate
from roadmapfinder.config import config

ModelT = TypeVar("ModelT", bound=BaseModel)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_YamlLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def default_content_root() -> Path:
    """The content folder shipped inside the installed package."""
    return Path(str(resources.files("roadmapfinder") / "content"))


def default_catalog() -> Catalog:
    """The catalog this process serves, loaded once (content never changes while a process runs).

    It is the shipped content unless ROADMAPFINDER_CONTENT_DIR names another folder (tests, content previews).
    Each folder's catalog is kept, so a test suite that switches between the sample and the shipped content loads
    (and indexes) each once.
    """
    return catalog_in(config().content_dir)


_catalogs: dict[Path | None, Catalog] = {}
_catalogs_lock = Lock()


def catalog_in(root: Path | None, *, load: Callable[[Path | None], Catalog] | None = None) -> Catalog:
    """The catalog of the content folder `root` (the shipped one for None), loaded and validated once.

    `load` replaces `load_catalog` for the first call of a folder: the server's processes read the catalog from
    the snapshot `roadmapfinder serve` keeps (catalog/snapshot.py), and every later call returns that catalog.
    """
    with _catalogs_lock:
        if root not in _catalogs:
            _catalogs[root] = (load or load_catalog)(root)
        return _catalogs[root]


def load_catalog(root: Path | None = None) -> Catalog:
    """Load and validate the content folder at `root` (the shipped content by default).

    Raises `ContentInvalid` with every problem found if anything is wrong.
    """
    root = root or default_content_root()
    problems: list[Problem] = []
    if not (root / "roadmaps").is_dir() or not (root / "topics").is_dir():
        problems.append(
            Problem(
                file=str(root),
                field="",
                rule="layout",
                message="this is not a content folder: it needs `roadmaps/` and `topics/` subfolders",
                fix="point at the folder that holds roadmaps/ and topics/ (see content/README.md)",
            )
        )
        raise ContentInvalid(str(root), problems)
    shared = _read_shared_resources(root, problems)
    topics = [
        SourcedTopic(file, model)
        for file, model in _read_models(
            root, "topics", Topic, problems, lambda f, d: _resolve_refs(f, d, shared, problems)
        )
    ]
    roadmaps = [SourcedRoadmap(file, model) for file, model in _read_models(root, "roadmaps", Roadmap, problems)]
    checklists = [
        SourcedChecklist(file, model) for file, model in _read_models(root, "checklists", Checklist, problems)
    ]
    problems.extend(validate(roadmaps, topics, checklists))
    projects = {project_key(r.model.slug, p.title) for r in roadmaps for ph in r.model.phases for p in ph.projects}
    retired, retired_projects = _read_retired(root, {t.model.id for t in topics}, projects, problems)
    clouds = _read_clouds(root, {t.model.id for t in topics}, projects, problems)
    if problems:
        raise ContentInvalid(str(root), problems)
    return Catalog(
        roadmaps=[r.model for r in roadmaps],
        topics=[t.model for t in topics],
        retired=retired,
        checklists=[c.model for c in checklists],
        retired_projects=retired_projects,
        clouds=clouds,
    )


def _read_models(
    root: Path,
    folder: str,
    model: type[ModelT],
    problems: list[Problem],
    prepare: Callable[[str, dict[str, Any]], None] | None = None,
) -> Iterator[tuple[str, ModelT]]:
    for path in sorted((root / folder).glob("*.y*ml")):
        file = f"{folder}/{path.name}"
        data = _read_yaml(path, file, problems)
        if data is None:
            continue
        if prepare:
            prepare(file, data)
        try:
            yield file, model.model_validate(data)
        except ValidationError as error:
            problems.extend(_schema_problems(file, error))


SHARED_RESOURCES = "resources.yaml"
RETIRED_TOPICS = "retired.yaml"
CLOUDS = "clouds.yaml"


def _read_clouds(
    root: Path, live: set[str], projects: set[str], problems: list[Problem]
) -> dict[str, CloudCounterparts]:
    """The clouds a roadmap may be done on other than the one its topics are written for (`key: {name, topics,
    projects}`): each topic's counterpart there, a live topic that is not itself and counterpart of no other topic
    of the cloud, and the projects worded for it, live projects."""
    path = root / CLOUDS
    data = _read_yaml(path, CLOUDS, problems) if path.exists() else None
    clouds: dict[str, CloudCounterparts] = {}
    for key, value in (data or {}).items():
        try:
            cloud = CloudCounterparts.model_validate(value)
        except ValidationError as error:
            problems.extend(_schema_problems(CLOUDS, error, prefix=str(key)))
            continue
        first: dict[str, str] = {}
        for topic_id, counterpart in cloud.topics.items():
            field = f"{key}.topics.{topic_id}"
            for named in (topic_id, counterpart):
                if named not in live:
                    fix = f"use the id of an existing topic{_did_you_mean(named, live)}"
                    problems.append(Problem(CLOUDS, field, "cloud", f"no topic `{named}`", fix))
            if topic_id == counterpart:
                fix = "map the topic to the one that teaches it on this cloud, or remove the entry"
                problems.append(Problem(CLOUDS, field, "cloud", f"`{topic_id}` is its own counterpart", fix))
            elif counterpart in first:
                what = f"`{counterpart}` is the counterpart of `{first[counterpart]}` already"
                fix = "a topic has one counterpart, and a counterpart stands for one topic: write a topic for each"
                problems.append(Problem(CLOUDS, field, "cloud", what, fix))
            first.setdefault(counterpart, topic_id)
        for project in cloud.projects:
            if project not in projects:
                fix = f"use the key of an existing project (roadmap/title-as-slug){_did_you_mean(project, projects)}"
                problems.append(Problem(CLOUDS, f"{key}.projects.{project}", "cloud", f"no project `{project}`", fix))
        clouds[str(key)] = cloud
    return clouds


def _read_retired(
    root: Path, live: set[str], projects: set[str], problems: list[Problem]
) -> tuple[dict[str, RetiredTopic], dict[str, RetiredTopic]]:
    """Retired topic ids (`id: {name, replaced_by: [...]}`), so records that name them keep working; and retired
    project keys (`roadmap/old-title: {name, replaced_by: [roadmap/new-title]}`: a renamed project, whose key is
    made from its title), so a learner's finished mark and a saved plan follow it."""
    path = root / RETIRED_TOPICS
    data = _read_yaml(path, RETIRED_TOPICS, problems) if path.exists() else None
    retired: dict[str, RetiredTopic] = {}
    retired_projects: dict[str, RetiredTopic] = {}
    for key, value in (data or {}).items():
        topic_id = str(key)
        try:
            entry = RetiredTopic.model_validate(value)
        except ValidationError as error:
            problems.extend(_schema_problems(RETIRED_TOPICS, error, prefix=topic_id))
            continue
        if "/" in topic_id:
            retired_projects[topic_id] = entry
            problems.extend(_retired_project_problems(topic_id, entry, projects))
            continue
        if topic_id in live or not SLUG.match(topic_id):
            problems.append(
                Problem(
                    RETIRED_TOPICS,
                    topic_id,
                    "retired",
                    f"`{topic_id}` is a live topic id" if topic_id in live else f"`{topic_id}` is not a topic id",
                    "a retired id is never used again: give the new topic another id, or remove this entry",
                )
            )
        for number, replacement in enumerate(entry.replaced_by):
            if replacement not in live:
                problems.append(
                    Problem(
                        RETIRED_TOPICS,
                        f"{topic_id}.replaced_by[{number}]",
                        "retired",
                        f"no topic `{replacement}`",
                        f"use the id of an existing topic{_did_you_mean(replacement, live)}",
                    )
                )
        retired[topic_id] = entry
    return retired, retired_projects


def _retired_project_problems(key: str, entry: RetiredTopic, projects: set[str]) -> list[Problem]:
    """A retired project key is no live project's and reads as one (`roadmap/title-as-slug`), and the projects that
    replaced it exist."""
    found = []
    slug, _, title = key.partition("/")
    if key in projects or not (SLUG.match(slug) and SLUG.match(title)):
        what = f"`{key}` is a live project key" if key in projects else f"`{key}` is not a project key"
        fix = "a retired key is never used again: rename the project, or remove this entry"
        found.append(Problem(RETIRED_TOPICS, key, "retired", what, fix))
    for number, replacement in enumerate(entry.replaced_by):
        if replacement not in projects:
            found.append(
                Problem(
                    RETIRED_TOPICS,
                    f"{key}.replaced_by[{number}]",
                    "retired",
                    f"no project `{replacement}`",
                    f"use the key of an existing project (roadmap/title-as-slug){_did_you_mean(replacement, projects)}",
                )
            )
    return found


def _did_you_mean(key: str, live: set[str]) -> str:
    found = closest(key, {t: (t,) for t in live})
    return f" (did you mean `{found[0]}`?)" if found else ""


def _read_shared_resources(root: Path, problems: list[Problem]) -> dict[str, dict[str, Any]]:
    """Links used by many topics, defined once in resources.yaml (`id: {title, url, kind, free}`)."""
    path = root / SHARED_RESOURCES
    if not path.exists():
        return {}
    data = _read_yaml(path, SHARED_RESOURCES, problems) or {}
    shared: dict[str, dict[str, Any]] = {}
    for key, value in data.items():
        if not isinstance(value, dict) or not SLUG.match(str(key)):
            problems.append(
                Problem(
                    SHARED_RESOURCES,
                    str(key),
                    "schema",
                    "a shared resource is an id with title, url, kind, free",
                    "write `lowercase-id: {title: ..., url: https://..., kind: docs, free: true}`",
                )
            )
            continue
        try:
            Resource.model_validate(value)
        except ValidationError as error:
            problems.extend(_schema_problems(SHARED_RESOURCES, error, prefix=str(key)))
            continue
        shared[str(key)] = {**value, "shared": str(key)}
    return shared


def _resolve_refs(file: str, data: dict[str, Any], shared: dict[str, dict[str, Any]], problems: list[Problem]) -> None:
    """Replace each `{ref: id}` in a topic's resources (and its variants') with the shared definition."""
    lists: list[tuple[str, Any]] = [("resources", data.get("resources"))]
    variants = data.get("variants")
    if isinstance(variants, list):
        lists += [
            (f"variants[{i}].resources", v.get("resources")) for i, v in enumerate(variants) if isinstance(v, dict)
        ]
    for field, items in lists:
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if isinstance(item, dict) and set(item) == {"ref"}:
                key = str(item["ref"])
                if key in shared:
                    items[index] = dict(shared[key])
                else:
                    hint = closest(key, {k: (v.get("title", ""), v.get("url", "")) for k, v in shared.items()})
                    did = f" (did you mean {', '.join(f'`{h}`' for h in hint)}?)" if hint else ""
                    problems.append(
                        Problem(
                            file,
                            f"{field}[{index}].ref",
                            "unknown-resource",
                            f"no shared resource `{key}`",
                            f"use an id defined in {SHARED_RESOURCES}{did}, or write the resource in full",
                        )
                    )


def _read_yaml(path: Path, file: str, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problems.append(
            Problem(
                file,
                where,
                "yaml",
                f"not valid YAML: {getattr(error, 'problem', error)}",
                "fix the YAML syntax at that position (indentation, a missing colon, an unquoted ': ')",
            )
        )
        return None
    except UnicodeDecodeError:
        problems.append(Problem(file, "", "yaml", "not UTF-8 text", "save the file as UTF-8"))
        return None
    if not isinstance(data, dict):
        problems.append(
            Problem(
                file,
                "",
                "yaml",
                "the file does not hold a mapping of fields",
                "start the file with `slug:` (roadmaps) or `id:` (topics); see content/README.md",
            )
        )
        return None
    return data


def _schema_problems(file: str, error: ValidationError, prefix: str = "") -> Iterator[Problem]:
    for detail in error.errors():
        field = ".".join(p for p in (prefix, _dotted(detail["loc"])) if p)
        kind = detail["type"]
        if kind == "missing":
            fix = f"add `{detail['loc'][-1]}` (see content/README.md for what it holds)"
        elif kind == "extra_forbidden":
            fix = f"remove `{detail['loc'][-1]}` or correct its spelling; unknown fields are not allowed"
        elif kind == "string_type" and isinstance(detail.get("input"), dict):
            fix = 'quote the whole line: YAML reads `words: more words` as a mapping, so write "words: more words"'
        elif kind == "enum":
            expected = (detail.get("ctx") or {}).get("expected", "")
            fix = f"use one of: {expected}"
        else:
            fix = "give the field a value of the right type (see content/README.md)"
        yield Problem(file, field, "schema", detail["msg"], fix)


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
