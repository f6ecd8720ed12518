"""Addresses kept: static ones per manifest (web/static_storage.py), a page linking the plain name before a collect,
the hashed name after one, never an address worked out for another manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import override_settings

from roadmapfinder.web.static_storage import CollectedOrPlainStorage
from tests.web.test_wsgi_cache import call


def test_addresses_follow_the_manifest_loaded(tmp_path: Path) -> None:
    with override_settings(STATIC_ROOT=tmp_path, STATIC_URL="/static/"):
        storage = CollectedOrPlainStorage()
        assert storage.url("roadmapfinder/css/site.css") == "/static/roadmapfinder/css/site.css"
        assert storage.url("roadmapfinder/css/site.css") == "/static/roadmapfinder/css/site.css"  # kept
        manifest = {"paths": {"roadmapfinder/css/site.css": "roadmapfinder/css/site.0123abcd.css"}, "version": "1.1"}
        (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
        storage.hashed_files, _ = storage.load_manifest()  # what a storage made after the collect reads
        assert storage.url("roadmapfinder/css/site.css") == "/static/roadmapfinder/css/site.0123abcd.css"


@pytest.mark.django_db
def test_links_are_kept_per_prefix_the_site_is_served_under(django_requests: list[object]) -> None:
    """Addresses are kept (roadmapfinder/addresses.py), but a site mounted under a path links under it, and the same
    process serving at its root links at the root (through the WSGI entry point, which sets the prefix)."""
    mounted = call("/me", django_requests, SCRIPT_NAME="/learn").body.decode()
    assert '<a href="/learn/generate">Generate a plan</a>' in mounted
    at_root = call("/me", django_requests).body.decode()
    assert '<a href="/generate">Generate a plan</a>' in at_root
    assert "/learn/" not in at_root
