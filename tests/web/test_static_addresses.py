"""Static addresses are kept per manifest (web/static_storage.py): a page links the plain name before a collect,
the hashed name after one, never an address worked out for another manifest."""

from __future__ import annotations

import json
from pathlib import Path

from django.test import override_settings

from roadmapfinder.web.static_storage import CollectedOrPlainStorage


def test_addresses_follow_the_manifest_loaded(tmp_path: Path) -> None:
    with override_settings(STATIC_ROOT=tmp_path, STATIC_URL="/static/"):
        storage = CollectedOrPlainStorage()
        assert storage.url("roadmapfinder/css/site.css") == "/static/roadmapfinder/css/site.css"
        assert storage.url("roadmapfinder/css/site.css") == "/static/roadmapfinder/css/site.css"  # kept
        manifest = {"paths": {"roadmapfinder/css/site.css": "roadmapfinder/css/site.0123abcd.css"}, "version": "1.1"}
        (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
        storage.hashed_files, _ = storage.load_manifest()  # what a storage made after the collect reads
        assert storage.url("roadmapfinder/css/site.css") == "/static/roadmapfinder/css/site.0123abcd.css"
