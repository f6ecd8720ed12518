"""The progress domain: statuses, tallies per phase and overall, merging, and the learner data file."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.progress import (
    ProgressState,
    TopicStatus,
    check_project,
    merge_states,
    next_topics,
    parse_project_done,
    parse_topic_status,
    project_key,
    roadmap_progress,
    roadmaps_sharing,
    roadmaps_started,
    split_project_key,
)
from roadmapfinder.progress.learner_data import LearnerData, learner_data_json, parse_learner_data
from roadmapfinder.progress.summary import Section, roadmap_sections, sections_progress
from roadmapfinder.progress.tracks import Track, TrackKind, follow_target

DONE, DOING, SKIP = TopicStatus.DONE, TopicStatus.IN_PROGRESS, TopicStatus.SKIPPED


def test_statuses_parse_from_words_and_refuse_others() -> None:
    assert parse_topic_status("in-progress") is DOING
    assert parse_topic_status("Done") is DONE
    assert parse_topic_status("none") is None
    with pytest.raises(InvalidInput, match="unknown status `finished`"):
        parse_topic_status("finished")


def test_phase_and_overall_tallies_count_topics_and_projects() -> None:
    alpha = default_catalog().roadmap("alpha-dev")
    state = ProgressState(
        topics={"web-basics": DONE, "http-basics": SKIP, "terminal": DOING, "markup": DONE},
        projects=frozenset({project_key("alpha-dev", "Foundations project")}),
    )
    progress = roadmap_progress(alpha, state)
    first = progress.sections[0].tally
    assert (first.total, first.done, first.skipped, first.in_progress) == (5, 2, 1, 1)
    assert first.percent == 60
    assert progress.sections[1].tally.percent == 20
    assert progress.overall.total == 21
    assert progress.overall.finished == 4
    assert progress.overall.percent == 19


_SECTIONS = (
    Section(1, "Basics", ("markup", "http", "markup"), ("alpha-dev/a-page",)),  # a topic listed twice counts twice
    Section(2, "More", ("http", "styles"), ()),
    Section(3, "Empty", (), ()),
)


@settings(max_examples=200, deadline=None)
@given(
    topics=st.dictionaries(st.sampled_from(["markup", "http", "styles", "unlisted"]), st.sampled_from(TopicStatus)),
    projects=st.frozensets(st.sampled_from(["alpha-dev/a-page", "alpha-dev/unlisted"])),
)
def test_a_tracks_tally_by_its_index_is_the_tally_of_its_sections(
    topics: dict[str, TopicStatus], projects: frozenset[str]
) -> None:
    """A track counts a reader's marks through its index (one pass over what they marked): the same tallies as
    counting every listed item."""
    state = ProgressState(topics=topics, projects=projects)
    track = Track(TrackKind.PLAN, "a-plan", _SECTIONS)
    assert track.progress(state) == sections_progress(_SECTIONS, state)


def test_a_topic_done_once_counts_on_every_roadmap_that_has_it() -> None:
    catalog = default_catalog()
    state = ProgressState(topics={"terminal": DONE})
    started = {s.roadmap.slug: s.progress.overall.finished for s in roadmaps_started(catalog, state)}
    assert started == {"alpha-dev": 1, "beta-ops": 1}


def test_next_topics_puts_topics_in_progress_first_then_learning_order() -> None:
    alpha = default_catalog().roadmap("alpha-dev")
    state = ProgressState(topics={"web-basics": DONE, "markup": DOING})
    assert next_topics(alpha.topic_ids, state) == ["markup", "http-basics", "terminal"]


def test_merging_loses_neither_side_and_the_stronger_status_wins() -> None:
    ours = ProgressState(
        topics={"markup": DOING, "terminal": DONE}, projects=frozenset({"a"}), roadmaps=frozenset({"alpha-dev"})
    )
    theirs = ProgressState(
        topics={"markup": DONE, "terminal": SKIP, "styling": SKIP},
        projects=frozenset({"b"}),
        roadmaps=frozenset({"beta-ops"}),
    )
    merged = merge_states(ours, theirs)
    assert dict(merged.topics) == {"markup": DONE, "terminal": DONE, "styling": SKIP}
    assert merged.projects == {"a", "b"}
    assert merged.roadmaps == {"alpha-dev", "beta-ops"}
    generated = merge_states(
        ProgressState(generated=frozenset({"a" * 12})), ProgressState(generated=frozenset({"b" * 12}))
    )
    assert generated.generated == {"a" * 12, "b" * 12}
    assert not generated.is_empty, "a visitor who only followed a generated roadmap still has something to merge"


@pytest.mark.parametrize(
    ("typed", "kind", "key"),
    [
        ("backend", TrackKind.ROADMAP, "backend"),
        ("3f2a9c1b7d4e", TrackKind.GENERATED, "3f2a9c1b7d4e"),
        ("generated:3f2a9c1b7d4e", TrackKind.GENERATED, "3f2a9c1b7d4e"),
        ("https://rf.example/roadmaps/generated/3f2a9c1b7d4e", TrackKind.GENERATED, "3f2a9c1b7d4e"),
        (" /roadmaps/generated/3f2a9c1b7d4e/?hours=6#phase-2 ", TrackKind.GENERATED, "3f2a9c1b7d4e"),
    ],
)
def test_what_to_follow_is_read_from_a_slug_an_id_or_a_link(typed: str, kind: TrackKind, key: str) -> None:
    assert follow_target(typed) == (kind, key)


def test_a_broken_generated_link_or_nothing_is_refused() -> None:
    with pytest.raises(InvalidInput, match="is not a generated roadmap's link"):
        follow_target("https://rf.example/roadmaps/generated/nope")
    with pytest.raises(InvalidInput, match="say which roadmap to follow"):
        follow_target("  ")


def test_unknown_project_keys_are_refused_with_suggestions() -> None:
    with pytest.raises(NotFound) as error:
        check_project(default_catalog(), "alpha-dev/foundations-projec")
    assert error.value.suggestions[0] == "alpha-dev/foundations-project"


def test_project_marks_and_keys_parse_from_what_a_learner_types() -> None:
    assert parse_project_done("done") is True
    assert parse_project_done("none") is False
    with pytest.raises(InvalidInput, match="a project is done or not, never `in_progress`"):
        parse_project_done("in_progress")
    assert split_project_key("alpha-dev/pages-project") == ("alpha-dev", "pages-project")
    for bad in ("alpha-dev/", "/pages-project", "alpha-dev/pages/project"):
        with pytest.raises(InvalidInput, match="is not a project key"):
            split_project_key(bad)


def _file(**changes: object) -> bytes:
    document: dict[str, object] = {
        "format": "roadmapfinder-learner-data",
        "version": 1,
        "username": "ada",
        "topics": [{"topic": "markup", "status": "done", "updated": "2026-01-02T03:04:05Z"}],
        "projects": [],
        "notes": [],
        "plans": [],
    }
    document.update(changes)
    return json.dumps(document).encode()


def test_a_data_file_reads_back_to_the_same_text() -> None:
    data = parse_learner_data(_file(), default_catalog())
    assert parse_learner_data(learner_data_json(data).encode(), default_catalog()) == data
    assert isinstance(data, LearnerData)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "the file is not JSON"),
        (json.dumps({"format": "other"}).encode(), "not a RoadmapFinder learner data file"),
        (_file(version=2), "invalid file at version"),
        (_file(topics=[{"topic": "markup", "status": "finished", "updated": "2026-01-02T03:04:05Z"}]), "topics.0"),
        (_file(topics=[{"topic": "markupp", "status": "done", "updated": "2026-01-02T03:04:05Z"}]), "unknown topic"),
        (_file(surprise=1), "invalid file at surprise"),
        (_file(roadmaps=[{"roadmap": "alpha", "since": "2026-01-02T03:04:05Z"}]), "unknown roadmap `alpha`"),
        (
            _file(roadmaps=[{"roadmap": "alpha-dev", "since": "2026-01-02T03:04:05Z"}] * 2),
            "roadmap `alpha-dev` appears twice",
        ),
        (
            _file(notes=[{"topic": "markup", "text": "a", "updated": "2026-01-02T03:04:05Z"}] * 2),
            "note `markup` appears twice",
        ),
    ],
)
def test_bad_data_files_are_refused_with_the_reason(raw: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_learner_data(raw, default_catalog())


_SHIPPED = catalog_in(None)  # the shipped catalog: its shared topics put most roadmaps in reach of one mark
_TOPIC_IDS = sorted(t.id for t in _SHIPPED.topics)
_PROJECT_KEYS = sorted({k for r in _SHIPPED.roadmaps for s in roadmap_sections(r) for k in s.project_keys})


@settings(max_examples=60, deadline=None)
@given(
    topics=st.dictionaries(st.sampled_from(_TOPIC_IDS), st.sampled_from(list(TopicStatus)), max_size=40),
    projects=st.frozensets(st.sampled_from(_PROJECT_KEYS), max_size=4),
    followed=st.frozensets(st.sampled_from([r.slug for r in _SHIPPED.roadmaps]), max_size=4),
)
def test_the_roadmaps_progress_also_counts_on_are_the_furthest_started_ones_not_followed(
    topics: dict[str, TopicStatus], projects: frozenset[str], followed: frozenset[str]
) -> None:
    state = ProgressState(topics=topics, projects=projects, roadmaps=followed)
    started = [s for s in roadmaps_started(_SHIPPED, state, next_limit=0) if s.roadmap.slug not in followed]
    sharing = roadmaps_sharing(_SHIPPED, state)
    assert [(s.roadmap.slug, s.progress) for s in sharing] == [(s.roadmap.slug, s.progress) for s in started[:5]]
    assert all(s.progress.started and not s.next_topic_ids for s in sharing)
