"""A phone app in the language the learner names or knows, on the shipped catalog.

"a mobile app in kotlin" was the whole Kotlin roadmap (376 h, its server and multiplatform phases too) and "a mobile
app in swift" Swift basics alone (70 h), each with the note "“mobile app” names a whole field": the mobile app is
built in React Native, or in Flutter when the goal names it, and nothing else. A learner who said they know only
Dart, Swift or Kotlin got React Native, though knowing Flutter already picked Flutter. Now Kotlin is Android's
app and Swift iOS's (their roadmaps up to a first app, with a ready-made backend and store publishing), said
"Built with Kotlin for Android, as you asked."; and the language of a path counts as the way into it, so knowing
Dart builds in Flutter ("since you know Dart"), Kotlin in Android, Swift in iOS; JavaScript, or nothing, stays React
Native.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, text, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

FIELD_NOTE = "names a whole field"


def _notes(body: dict[str, Any]) -> str:
    return " ".join(body["notes"])


@pytest.mark.parametrize(
    ("goal", "own", "said"),
    [
        ("a mobile app in kotlin", {"kotlin-basics", "jetpack-compose"}, "Kotlin for Android"),
        ("mobile app with kotlin", {"kotlin-basics", "jetpack-compose"}, "Kotlin for Android"),
        ("a mobile app in swift", {"swift-basics", "swiftui"}, "Swift for iOS"),
        ("I wanna build a mobile app in Swift", {"swift-basics", "swiftui"}, "Swift for iOS"),
    ],
)
def test_a_mobile_app_in_kotlin_or_swift_is_that_platforms_app(goal: str, own: set[str], said: str) -> None:
    # Before: the Kotlin roadmap, or Swift basics alone, with "“mobile app” names a whole field"
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "A mobile app"
    assert FIELD_NOTE not in _notes(body)
    assert f"Built with {said}, as you asked." in _notes(body)
    taught = topics_taught(body)
    assert own | {"app-store-publishing"} <= taught
    assert not {"react-native-basics", "expo", "kotlin-spring-boot"} & taught
    assert "mobile app" in [u["said"] for u in body["understood"]]
    undone_status, undone = generate_answer(goal, plain=["mobile app"])  # as typed, as before
    assert undone_status == 201, undone
    assert undone["title"] != "A mobile app"


@pytest.mark.parametrize(
    ("goal", "own", "note"),
    [
        ("i only know dart and want to build a mobile app", {"flutter-layout"}, "since you know Dart"),
        ("i know swift, i want to make a mobile app", {"swiftui"}, "Swift for iOS"),
        ("i know kotlin and wanna make an app for my phone", {"jetpack-compose"}, "Kotlin for Android"),
    ],
)
def test_the_language_the_learner_knows_picks_the_path(goal: str, own: set[str], note: str) -> None:
    # Before: React Native, whatever language the learner knew
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "A mobile app"
    taught = topics_taught(body)
    assert own <= taught
    assert not {"react-native-basics", "expo"} & taught
    assert note in _notes(body)
    assert "write “in react native”" in _notes(body)


def test_knowing_javascript_or_nothing_stays_react_native() -> None:
    for goal in ("i know javascript and want to build a mobile app", "a mobile app"):
        status, body = generate_answer(goal)
        assert status == 201, body
        assert "react-native-basics" in topics_taught(body)


def test_the_page_and_the_command_line_say_the_path() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "a mobile app in kotlin"}, follow=True)
    assert response.status_code == 200
    page = text(response.content)
    assert "Built with Kotlin for Android, as you asked." in page
    assert FIELD_NOTE not in page
    result = runner.invoke(app, ["generate", "a mobile app", "--know", "dart"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "Built with Flutter, since you know Dart, rather than React Native" in flat
    assert "Dart language basics" in flat
