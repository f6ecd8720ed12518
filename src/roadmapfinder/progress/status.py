"""What a learner has done: a status per topic and a set of finished projects, and how two records merge."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import project_key
from roadmapfinder.catalog.suggest import NameIndex
from roadmapfinder.errors import InvalidInput, NotFound


class TopicStatus(StrEnum):
    """A topic's state for one learner; a topic with no status has not been started."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    SKIPPED = "skipped"

    @property
    def label(self) -> str:
        return {"done": "Done", "in_progress": "In progress", "skipped": "Skipped"}[self.value]

    @property
    def rank(self) -> int:
        """Which status wins when two records disagree: done beats in progress beats skipped."""
        return {"done": 3, "in_progress": 2, "skipped": 1}[self.value]


#: The words accepted for "no status" (clearing a topic).
CLEAR_WORDS = frozenset({"", "none", "todo", "not_started", "clear"})


def parse_topic_status(value: str | None) -> TopicStatus | None:
    """A status from user input (`done`, `in_progress`/`in-progress`, `skipped`); None clears the topic.

    Refuses anything else with `InvalidInput` naming the accepted words.
    """
    text = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    if text in CLEAR_WORDS:
        return None
    try:
        return TopicStatus(text)
    except ValueError:
        valid = ", ".join(s.value for s in TopicStatus)
        raise InvalidInput(f"unknown status `{value}`", hint=f"use one of: {valid}, or none to clear") from None


def parse_project_done(value: str | None) -> bool:
    """Whether a project is done, from the same words as a topic status: `done`, or none to unmark it.

    Refuses the statuses a project cannot have (in progress, skipped) and anything else with `InvalidInput`.
    """
    status = parse_topic_status(value)
    if status not in (None, TopicStatus.DONE):
        raise InvalidInput(f"a project is done or not, never `{value}`", hint="use done, or none to unmark it")
    return status is TopicStatus.DONE


def is_project_key(key: str) -> bool:
    """Whether an id a learner typed names a project (`<roadmap>/<project>`) rather than a topic: topic ids never
    hold a slash."""
    return "/" in key


def split_project_key(key: str) -> tuple[str, str]:
    """A project key's two parts, the roadmap slug and the project's slug; `InvalidInput` for any other shape.

    Only the shape is checked here; whether the project exists is `check_project`'s answer.
    """
    roadmap, _, project = key.strip().partition("/")
    if not roadmap or not project or "/" in project:
        raise InvalidInput(
            f"`{key}` is not a project key",
            hint="a project key is ROADMAP/PROJECT; `roadmapfinder show ROADMAP` lists them",
        )
    return roadmap, project


@dataclass(frozen=True)
class ProgressState:
    """One learner's progress: topic id -> status, the keys of the projects they finished, and the roadmaps they
    follow (those they marked something on: a shared topic counts on many roadmaps, but the learner works
    through these), and the ids of the generated roadmaps they follow (kept apart: an id is no catalog slug)."""

    topics: Mapping[str, TopicStatus] = field(default_factory=dict)
    projects: frozenset[str] = frozenset()
    roadmaps: frozenset[str] = frozenset()
    generated: frozenset[str] = frozenset()
    #: Retired topic ids (content/retired.yaml) as a plan's weeks kept as planned still name them: the learner's own
    #: mark on the old id, else done once every replacement is finished (`carry_retired`). Never in `topics`, so no
    #: count or list of the learner's topics holds them.
    retired: Mapping[str, TopicStatus] = field(default_factory=dict)
    #: The same for retired project keys (a renamed project): finished, as the learner marked the old key or every
    #: project that replaced it. Never in `projects`.
    retired_projects: frozenset[str] = frozenset()

    def status(self, topic_id: str) -> TopicStatus | None:
        found = self.topics.get(topic_id)
        return self.retired.get(topic_id) if found is None and self.retired else found

    @property
    def is_empty(self) -> bool:
        return not self.topics and not self.projects and not self.roadmaps and not self.generated


def merge_states(ours: ProgressState, theirs: ProgressState) -> ProgressState:
    """Both records together, losing neither: every topic of either side, the stronger status on a conflict
    (done > in progress > skipped), and every finished project and followed roadmap (catalog or generated) of
    either side."""
    topics = dict(ours.topics)
    for topic_id, status in theirs.topics.items():
        current = topics.get(topic_id)
        if current is None or status.rank > current.rank:
            topics[topic_id] = status
    return ProgressState(
        topics=topics,
        projects=ours.projects | theirs.projects,
        roadmaps=ours.roadmaps | theirs.roadmaps,
        generated=ours.generated | theirs.generated,
    )


def carry_retired(state: ProgressState, catalog: Catalog) -> ProgressState:
    """The state with each status on a retired topic id moved to its replacements that have no status of their own,
    and kept apart (`ProgressState.retired`) for what a plan planned under the old id.

    Content changes on deploy may retire a topic; what the learner marked must not be lost with it. The stored
    record keeps the old id (so an export still imports); every reader sees the replacements instead. When two
    retired topics went into one replacement, the furthest status wins (`TopicStatus.rank`, as when two records of
    a topic disagree), never the one whose row the database happened to return first.
    """
    state = _carry_retired_projects(state, catalog)
    if not catalog.retired:
        return state
    marked = {t: s for t, s in state.topics.items() if t in catalog.retired}
    topics: Mapping[str, TopicStatus] = state.topics
    if marked:
        topics = {t: s for t, s in state.topics.items() if t not in catalog.retired}
        own = set(topics)
        for topic_id, status in marked.items():
            for replacement in catalog.replacements(topic_id) or ():
                carried = topics.get(replacement)
                if replacement not in own and (carried is None or status.rank > carried.rank):
                    topics[replacement] = status
    # What a plan planned under a retired id reads as the learner's mark on it, else as its ground's.
    retired = dict(marked)
    for topic_id, gone in catalog.retired.items():
        if topic_id not in retired and gone.replaced_by and all(topics.get(r) in _ENDED for r in gone.replaced_by):
            retired[topic_id] = TopicStatus.DONE
    return replace(state, topics=topics, retired=retired) if marked or retired else state


_ENDED = frozenset({TopicStatus.DONE, TopicStatus.SKIPPED})


def _carry_retired_projects(state: ProgressState, catalog: Catalog) -> ProgressState:
    """The state with a finished mark on a retired project key (a project renamed: its key is made from its title)
    carried to the projects that replaced it, and kept apart (`ProgressState.retired_projects`), with the retired
    keys whose every replacement is finished, for what a plan planned under the old key. The stored record keeps
    the old key, so an export still imports."""
    if not catalog.retired_projects:
        return state
    marked = state.projects & catalog.retired_projects.keys()
    projects = (state.projects - marked) | {r for key in marked for r in catalog.retired_projects[key].replaced_by}
    ended = {
        key
        for key, gone in catalog.retired_projects.items()
        if key not in marked and gone.replaced_by and set(gone.replaced_by) <= projects
    }
    if not marked and not ended:
        return state
    return replace(state, projects=frozenset(projects), retired_projects=frozenset(marked | ended))


def _project_keys(catalog: Catalog) -> frozenset[str]:
    return frozenset(project_key(r.slug, p.title) for r in catalog.roadmaps for ph in r.phases for p in ph.projects)


def _project_names(catalog: Catalog) -> NameIndex:
    return NameIndex({key: (key,) for key in catalog.derived(_project_keys)})


def check_topic(catalog: Catalog, topic_id: str) -> str:
    """The topic id if the catalog has it; `NotFound` with the closest ids otherwise."""
    return catalog.topic(topic_id).id


def check_project(catalog: Catalog, key: str) -> str:
    """The project key if some roadmap has that project; `NotFound` with the closest keys otherwise (by their titles
    in its hint)."""
    keys = catalog.derived(_project_keys)
    if key not in keys:
        close = catalog.derived(_project_names).closest(key)
        raise NotFound("project", key, close, hint=catalog.did_you_mean(close, "project"))
    return key
