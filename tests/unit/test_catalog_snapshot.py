"""The catalog snapshot `roadmapfinder serve` keeps between starts: the same catalog back, with its search index,
and a new one as soon as a content file changes (so a snapshot is never stale)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from roadmapfinder.catalog.snapshot import catalog_from_snapshot, snapshot_path
from roadmapfinder.search.engine import search_words
from roadmapfinder.search.index import SearchIndex
from roadmapfinder.understanding.goals import read_goal
from roadmapfinder.understanding.vocabulary import Vocabulary
from roadmapfinder.web.startup import served_derived

SAMPLE = Path(__file__).resolve().parent.parent / "assets" / "content"


def test_a_second_load_comes_from_the_snapshot_with_its_index(tmp_path: Path) -> None:
    built, reused = catalog_from_snapshot(SAMPLE, tmp_path, derive=(SearchIndex,))
    assert not reused
    again, reused = catalog_from_snapshot(SAMPLE, tmp_path, derive=(SearchIndex,))
    assert reused
    assert again.content_hash == built.content_hash
    assert [r.slug for r in again.roadmaps] == [r.slug for r in built.roadmaps]
    assert SearchIndex in again._derived, "the index came with it"
    assert search_words(again, "alpha").results[0].slug == "alpha-dev"


def test_a_served_catalog_reads_a_goal_without_building_the_goal_readers_vocabulary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's first learner to type a goal waited about a second while the vocabulary was built: the server's
    snapshot brings it (`startup.served_derived`)."""
    catalog_from_snapshot(SAMPLE, tmp_path, derive=served_derived())
    served, reused = catalog_from_snapshot(SAMPLE, tmp_path, derive=served_derived())
    assert reused

    def built_again(self: Vocabulary, catalog: object) -> None:
        raise AssertionError("the vocabulary was built on a learner's request")

    monkeypatch.setattr(Vocabulary, "__init__", built_again)
    reading = read_goal(served, "become an alpha developer")
    assert [r.key for m in reading.interpretation.meanings for r in m.roadmaps] == ["alpha-dev"]


def test_a_changed_content_file_gives_a_new_snapshot_and_the_old_one_goes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    cache = tmp_path / "cache"
    catalog_from_snapshot(content, cache)
    first = snapshot_path(cache, content)
    roadmap = content / "roadmaps" / "alpha-dev.yaml"
    roadmap.write_text(roadmap.read_text().replace("title: Alpha Developer", "title: Alpha Developer Two"))
    changed, reused = catalog_from_snapshot(content, cache)
    assert not reused
    assert changed.roadmap("alpha-dev").title == "Alpha Developer Two"
    assert not first.exists()
    assert list(cache.iterdir()) == [snapshot_path(cache, content)]


def test_an_unreadable_snapshot_is_rebuilt(tmp_path: Path) -> None:
    catalog_from_snapshot(SAMPLE, tmp_path)
    snapshot_path(tmp_path, SAMPLE).write_bytes(b"not a pickle")
    catalog, reused = catalog_from_snapshot(SAMPLE, tmp_path)
    assert not reused
    assert catalog.roadmap("alpha-dev").title == "Alpha Developer"
