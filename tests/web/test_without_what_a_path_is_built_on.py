"""Goals that say to do without what the thing they want is usually built on: "react native without react", "mobile
apps without react", "mobile developer without javascript", and goals that say to do without what they ask for
("react without react").

"react native without react" kept React, rightly (React Native is written in React), but offered an Undo that only
changed the line's words: nothing had been swapped to undo. "mobile apps without react" said React stays, since a
mobile app is built with React Native here, and taught React Native and React, though the catalog has Flutter, a
whole way to build the same app without them. "react without react" was "React with Vue.js", a contradiction read
as a swap without a word."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import check_openapi, generate_answer, generated, text, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


def _undo_links(html: str) -> list[list[str]]:
    """The phrases each Undo link of a page sends in `plain`."""
    links = re.findall(r'href="([^"]*plain=[^"]*)"', html)
    return [parse_qs(urlsplit(unescape(link)).query)["plain"] for link in links]


def _page(goal: str, plain: list[str] | None = None) -> tuple[str, str]:
    """The generated page (or the generator's answer page) for the goal: its markup and visible text."""
    query = urlencode({"goal": goal, **({"plain": plain} if plain else {})}, doseq=True)
    page = Client().get(f"/roadmaps/generate?{query}", follow=True)
    assert page.status_code == 200
    html = page.content.decode()
    return html, " ".join(text(html).split())


def _said(goal: str, *plain: str) -> str:
    """What the command line says on stderr of the goal, whitespace folded."""
    result = runner.invoke(app, ["generate", goal, *(a for p in plain for a in ("--plain", p))])
    return " ".join(result.stderr.split())


def _reading(roadmap: dict[str, Any], said: str) -> dict[str, Any]:
    [reading] = [u for u in roadmap["understood"] if u["said"] == said]
    return reading


@pytest.mark.parametrize(
    ("goal", "title"),
    [("react native without react", "React Native"), ("nextjs without react", "Next.js")],
)
def test_a_roadmap_built_on_the_framework_says_it_stays_with_no_undo_that_changes_nothing(goal: str, title: str) -> None:
    roadmap = generated(goal)
    line = _reading(roadmap, "without react")
    assert line["means"][0]["name"] == f"React, which you'd rather avoid: {title} is built on it, so it stays"
    assert line["how"] == "stays"  # before: "feels", with an Undo whose roadmap was this one, only worded otherwise
    assert "react" in topics_taught(roadmap)
    html, shown = _page(goal)
    assert f"“without react” → React, which you'd rather avoid: {title} is built on it, so it stays" in shown
    assert ["without react"] not in _undo_links(html)
    said = _said(goal)
    assert f"{title} is built on it, so it stays" in said
    assert "--plain 'without react'" not in said
