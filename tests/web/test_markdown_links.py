"""A Markdown file from the command line links only to addresses that lead somewhere once the file leaves the site.

Before: `roadmapfinder show git --md`, `plan git --md` and `generate "learn vim" --md` without SITE_URL wrote
"Online: </roadmaps/git-github>" under the title and each topic as "[Git version control](/topics/git)": paths of no
site, broken in a notes app, an issue or a README. Now without SITE_URL each topic is named without a link and one
line says where the file came from; with SITE_URL every link is the site's full address, as before."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()
SITE = "https://roadmaps.example.org"
EXPORTS = [
    (["show", "git", "--md"], "Git version control", "/topics/git"),
    (["plan", "git", "--start", "2027-01-04", "--md"], "Git version control", "/topics/git"),
    (["generate", "learn vim", "--md"], "Terminal text editors (Vim and nano)", "/topics/vim"),
]


def _markdown(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _targets(markdown: str) -> list[str]:
    """Every address the Markdown links to: [name](address) and <address>."""
    return re.findall(r"\]\(([^)]*)\)", markdown) + re.findall(r"<([^>\s]*)>", markdown)


@pytest.mark.parametrize(("args", "topic", "path"), EXPORTS)
def test_without_the_sites_address_topics_are_named_and_nothing_links_nowhere(
    args: list[str], topic: str, path: str
) -> None:
    markdown = _markdown(args)
    assert topic in markdown  # every topic is still there, by name
    assert _targets(markdown) == []  # before: "Online: </roadmaps/...>", "[Git version control](/topics/git)"
    assert path not in markdown
    assert "From RoadmapFinder" in markdown


@pytest.mark.parametrize(("args", "topic", "path"), EXPORTS)
def test_with_the_sites_address_every_link_is_full(
    setenv: Callable[[str, str], None], args: list[str], topic: str, path: str
) -> None:
    setenv("SITE_URL", SITE)
    markdown = _markdown(args)
    assert f"]({SITE}{path})" in markdown
    assert f"Online: <{SITE}" in markdown
    targets = _targets(markdown)
    assert targets
    assert all(t.startswith(SITE) for t in targets)
