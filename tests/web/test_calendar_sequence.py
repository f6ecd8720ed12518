"""A plan's calendar (the .ics file and the subscribed feed) raises its events' SEQUENCE whenever an edit moves
them, reschedule or not, and keeps it while nothing moves: calendars that respect SEQUENCE (RFC 5545) take the
moved events on re-import, and re-importing an unchanged plan changes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from tests.helpers import strictly_parsed_calendar
from tests.web.test_tracking_plans import create_plan, feed_address

pytestmark = [pytest.mark.database, pytest.mark.django_db]

INPUTS = {"targets": ["alpha-dev"], "hours_per_week": 8, "start": "2027-01-04", "study_days": ["mon", "wed"]}


def events(body: bytes) -> dict[str, tuple[Any, Any, int]]:
    """What a calendar keys and compares: UID → (start, end, sequence), as icalendar reads the file."""
    return {
        str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND"), int(e["SEQUENCE"]))
        for e in strictly_parsed_calendar(body)
    }


def edit(client: Client, plan_id: str, **fields: Any) -> None:
    body = json.dumps(INPUTS | fields)
    response = client.put(f"/api/v1/plans/{plan_id}", body, content_type="application/json")
    assert response.status_code == 200, response.content


def moved_events_have_a_higher_sequence(before: dict[str, Any], after: dict[str, Any]) -> None:
    moved = [uid for uid in before.keys() & after.keys() if before[uid][:2] != after[uid][:2]]
    assert moved, "the edit moved events that keep their UID"
    for uid in moved:
        assert after[uid][2] > before[uid][2], f"{uid} moved with SEQUENCE {before[uid][2]} → {after[uid][2]}"


@pytest.mark.parametrize(
    "change",
    [{"session_time": "07:30"}, {"start": "2027-01-06"}, {"study_days": ["mon", "wed", "fri"]}],
    ids=["a new session time", "a start typed anew", "other study days"],
)
def test_an_edit_that_moves_sessions_raises_sequence_in_the_file_and_the_feed(change: dict[str, Any]) -> None:
    creator = Client()
    plan_id = create_plan(creator, **{k: v for k, v in INPUTS.items() if k != "targets"})
    feed = feed_address(creator, plan_id)
    file = f"/api/v1/plans/{plan_id}.ics"
    first_file, first_feed = creator.get(file), Client().get(feed)
    assert events(creator.get(file).content) == events(first_file.content), "an unchanged plan: the same file"
    again = Client().get(feed, headers={"If-None-Match": first_feed["ETag"]})
    assert again.status_code == 304, "an unchanged feed: nothing to take"

    edit(creator, plan_id, **change)
    second_file, second_feed = creator.get(file), Client().get(feed)
    assert not creator.get(f"/api/v1/plans/{plan_id}").json()["reschedules"], "an edit, not a reschedule"
    moved_events_have_a_higher_sequence(events(first_file.content), events(second_file.content))
    moved_events_have_a_higher_sequence(events(first_feed.content), events(second_feed.content))
    assert events(creator.get(file).content) == events(second_file.content), "and then it stays put"
    assert Client().get(feed, headers={"If-None-Match": second_feed["ETag"]}).status_code == 304


def test_an_edit_that_moves_nothing_keeps_the_sequence() -> None:
    creator = Client()
    plan_id = create_plan(creator, **{k: v for k, v in INPUTS.items() if k != "targets"})
    file = f"/api/v1/plans/{plan_id}.ics"
    before = events(creator.get(file).content)
    edit(creator, plan_id)  # Regenerate with the same inputs
    assert events(creator.get(file).content) == before
