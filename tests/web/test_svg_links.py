"""A diagram saved from the command line links its nodes only to addresses that lead somewhere once the file leaves
the site.

Before: `roadmapfinder show git --svg git.svg` without SITE_URL linked every topic node to a path of no site
(`href="/topics/git"`), a broken link once the file is opened from a folder, as the Markdown's were (db28d3bb). Now
without SITE_URL each node is the topic's name and nothing more; with SITE_URL it links the site's full address, as
before. The page's own diagram and the site's `.svg` keep their links."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
SITE = "https://roadmaps.example.org"


def _svg(tmp_path: Path) -> str:
    target = tmp_path / "git.svg"
    result = runner.invoke(app, ["show", "git", "--svg", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_text()


def test_without_the_sites_address_nodes_are_named_and_nothing_links_nowhere(tmp_path: Path) -> None:
    svg = _svg(tmp_path)
    assert ">Git version control" in svg or "Git version control</text>" in svg  # every topic is still drawn
    assert re.findall(r'href="([^"]*)"', svg) == []  # before: href="/topics/git" and one per node
    assert "<a " not in svg


def test_with_the_sites_address_every_node_links_in_full(tmp_path: Path, setenv: Callable[[str, str], None]) -> None:
    setenv("SITE_URL", SITE)
    links = re.findall(r'href="([^"]*)"', _svg(tmp_path))
    assert f"{SITE}/topics/git" in links
    assert all(link.startswith(SITE) for link in links)


@pytest.mark.django_db
def test_the_sites_diagrams_keep_their_links() -> None:
    page = Client().get("/roadmaps/git-github").content.decode()
    assert 'href="/topics/git' in page
    standalone = Client().get("/roadmaps/git-github.svg").content.decode()
    assert re.search(r'href="https?://[^"]+/topics/git', standalone)
