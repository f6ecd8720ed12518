"""A phone app in the framework the learner names, on the shipped catalog.

"a mobile app in flutter" was the whole Flutter roadmap (398 h) with the note "“mobile app” names a whole field, not
one skill: the roadmap is built from the rest of your goal", though the learner named what to build it with; the
mobile app's own reading says "or with Flutter (Dart) when your goal names it", but it was read only when nothing
else in the goal was. Now the framework it is built with does not stop it: Flutter's phases up to a first app with its
Firebase and store publishing, "Built with Flutter, as you asked.", as for a learner who knows Flutter; "in react
native" is the usual path, said so too.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import finder_answer, finder_picks, generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

FIELD_NOTE = "names a whole field"


def _notes(body: dict[str, Any]) -> str:
    return " ".join(body["notes"])


@pytest.mark.parametrize("goal", ["a mobile app in flutter", "build a mobile app with flutter", "flutter mobile app"])
def test_a_mobile_app_in_flutter_is_the_phone_app_built_with_flutter(goal: str) -> None:
    # Before: the whole Flutter roadmap (398 h) or its first four phases, with "“mobile app” names a whole field"
    status, body = generate_answer(goal)
    assert status == 201, body
    assert FIELD_NOTE not in _notes(body)
    assert body["title"] == "A mobile app"
    taught = topics_taught(body)
    assert {"flutter-widgets", "flutter-firebase", "app-store-publishing"} <= taught
    assert not {"react-native-basics", "expo", "javascript-basics"} & taught
    assert "Built with Flutter, as you asked." in _notes(body)
    assert body["not_understood"] == []
    read = {u["said"]: u for u in body["understood"]}
    assert read["mobile app"]["how"] == "synonym"  # our reading: undoable
    undone_status, undone = generate_answer(goal, plain=["mobile app"])  # as typed: Flutter, "mobile app" a field
    assert undone_status == 201, undone
    assert undone["title"].startswith("Flutter")


def test_a_mobile_app_in_react_native_is_the_usual_path_said_so() -> None:
    # Before: the whole React Native roadmap (373 h), "“mobile app” names a whole field"
    status, body = generate_answer("a mobile app in react native")
    _, usual = generate_answer("a mobile app")
    assert status == 201, body
    assert FIELD_NOTE not in _notes(body)
    assert topics_taught(body) == topics_taught(usual)
    assert "Built with React Native, as you asked." in _notes(body)


def test_a_mobile_app_in_flutter_on_the_page_the_command_line_and_the_finder() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "a mobile app in flutter"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "Built with Flutter, as you asked." in page
    assert FIELD_NOTE not in page
    result = runner.invoke(app, ["generate", "a mobile app in flutter"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“mobile app” → Flutter" in flat
    assert FIELD_NOTE not in flat
    found = finder_answer("a mobile app in flutter")  # the finder already led with Flutter
    assert finder_picks(found)[0] == "flutter"
