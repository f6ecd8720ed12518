"""A topic's id asked for as a roadmap ("/roadmaps/http", `roadmapfinder show http`) leads to the topic, on every
surface, rather than "nothing close to it either"."""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def test_the_roadmap_page_of_a_topics_id_links_the_topic() -> None:
    response = Client().get("/roadmaps/markup")
    assert response.status_code == 404
    page = response.content.decode()
    assert '<a href="/topics/markup">Markup</a> <span class="muted">(topic)</span>' in page
    assert "Nothing close to it either" not in page


def test_the_api_and_the_command_line_say_it_is_a_topic() -> None:
    answer = Client().get("/api/v1/roadmaps/markup")
    assert answer.status_code == 404
    assert answer.json()["hint"] == "`markup` is a topic, not a roadmap: “Markup” (GET /api/v1/topics/markup)"
    result = CliRunner().invoke(app, ["show", "markup"])
    assert result.exit_code == 2  # no roadmap has that name
    assert "`markup` is a topic, not a roadmap: “Markup” (`roadmapfinder topic markup`)" in result.stderr
