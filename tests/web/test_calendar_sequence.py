"""A plan's calendar (the .ics file and the subscribed feed) raises its events' SEQUENCE whenever an edit moves
them, reschedule or not, and keeps it while nothing moves: calendars that respect SEQUENCE (RFC 5545) take the
moved events on re-import, and re-importing an unchanged plan changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.test import Client

from tests.helpers import strictly_parsed_calendar
from tests.web.test_tracking_plans import PASSWORD, create_plan, feed_address, mark

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


# -- a learner's ticks ---------------------------------------------------------------------------------------------

WHEN_IMPORTED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def versions(body: bytes) -> dict[str, tuple[str, int, datetime, datetime]]:
    """UID → (what the event says, SEQUENCE, DTSTAMP, LAST-MODIFIED): what a calendar compares on re-import."""
    found = {}
    for e in strictly_parsed_calendar(body):
        said = "|".join(str(e.get(k, "")) for k in ("DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"))
        said += f"|{e.decoded('DTSTART')}|{e.decoded('DTEND')}"
        found[str(e["UID"])] = (said, int(e["SEQUENCE"]), e.decoded("DTSTAMP"), e.decoded("LAST-MODIFIED"))
    return found


def imported_earlier(monkeypatch: pytest.MonkeyPatch, get: Any, when: datetime = WHEN_IMPORTED) -> bytes:
    """The calendar as a learner imported it days ago (the server's clock set back while it answers)."""
    from django.utils import timezone

    with monkeypatch.context() as earlier:
        earlier.setattr(timezone, "now", lambda: when)
        body: bytes = get().content
    return body


def changed_events_rise_and_others_stay(before: bytes, after: bytes) -> list[str]:
    """Every event whose content changed has a higher SEQUENCE and a later DTSTAMP and LAST-MODIFIED; every other
    event is exactly as it was, version and stamps included. Returns the changed events' UIDs."""
    old, new = versions(before), versions(after)
    changed = [uid for uid in old.keys() & new.keys() if old[uid][0] != new[uid][0]]
    for uid in old.keys() & new.keys():
        if uid in changed:
            assert new[uid][1] > old[uid][1], f"{uid} changed with SEQUENCE {old[uid][1]} → {new[uid][1]}"
            assert new[uid][2] > old[uid][2], f"{uid} changed, DTSTAMP kept"
            assert new[uid][3] > old[uid][3], f"{uid} changed, LAST-MODIFIED kept"
        else:
            assert new[uid][1:] == old[uid][1:], f"{uid} unchanged but its version moved"
    return changed


def test_ticking_a_topic_done_on_the_plan_page_raises_the_events_it_changes_in_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visitor = Client()
    plan_id = create_plan(visitor, **{k: v for k, v in INPUTS.items() if k != "targets"})
    file = f"/api/v1/plans/{plan_id}.ics"
    before = imported_earlier(monkeypatch, lambda: visitor.get(file))

    assert mark(visitor, plan_id, "web-basics").status_code == 200  # "How the web works": done
    after = imported_earlier(monkeypatch, lambda: visitor.get(file), when=WHEN_IMPORTED + timedelta(days=1))
    assert len(versions(after)) < len(versions(before)), "sessions of the finished topic alone are gone"
    changed = changed_events_rise_and_others_stay(before, after)
    assert changed, "the session shared with HTTP basics changed"
    summaries = [str(e["SUMMARY"]) for e in strictly_parsed_calendar(after) if str(e["UID"]) in changed]
    assert summaries == ["Study: HTTP basics"], "and now holds HTTP basics alone"
    assert versions(visitor.get(file).content) == versions(after), "the same plan state: the same calendar"

    assert mark(visitor, plan_id, "web-basics", status="none").status_code == 200  # ticked by mistake
    undone = visitor.get(file).content
    back = changed_events_rise_and_others_stay(after, undone)
    assert set(changed) <= set(back), "what the tick changed changes back, with a higher SEQUENCE again"
    assert versions(Client().get(file).content).keys() == versions(undone).keys(), "another reader: every session"


def test_ticking_a_topic_done_through_the_api_raises_the_events_it_changes_in_the_feed(
    monkeypatch: pytest.MonkeyPatch, django_user_model: Any
) -> None:
    from roadmapfinder.tracking.services import token_create

    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    learner = Client()
    learner.force_login(ada)
    plan_id = create_plan(learner, **{k: v for k, v in INPUTS.items() if k != "targets"})
    feed = feed_address(learner, plan_id)
    before = imported_earlier(monkeypatch, lambda: Client().get(feed))

    _, secret = token_create(user=ada, name="phone")
    body = json.dumps({"status": "done"})
    headers = {"Authorization": f"Bearer {secret}"}
    ticked = Client().put("/api/v1/me/progress/http-basics", body, content_type="application/json", headers=headers)
    assert ticked.status_code == 200, ticked.content
    after = Client().get(feed)
    changed = changed_events_rise_and_others_stay(before, after.content)
    assert changed, "the session shared with How the web works changed"
    assert Client().get(feed, headers={"If-None-Match": after["ETag"]}).status_code == 304, "and then stays put"


def test_a_deleted_account_leaves_no_trace_of_the_calendars_it_took(django_user_model: Any) -> None:
    from roadmapfinder.plans.models import CalendarEventVersion

    sharer = Client()
    plan_id = create_plan(sharer, **{k: v for k, v in INPUTS.items() if k != "targets"})
    assert sharer.get(f"/api/v1/plans/{plan_id}.ics").status_code == 200
    ada = Client()
    ada.force_login(django_user_model.objects.create_user("ada", password=PASSWORD))
    assert ada.get(f"/api/v1/plans/{plan_id}.ics").status_code == 200  # a plan shared with her
    assert CalendarEventVersion.objects.filter(reader__startswith="user:").exists()
    assert ada.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert not CalendarEventVersion.objects.filter(reader__startswith="user:").exists()
    kept = CalendarEventVersion.objects.values_list("reader", flat=True)
    assert kept
    assert all(sharer.session.session_key not in reader for reader in kept), "never a session's secret"


# -- readers that cannot come back ---------------------------------------------------------------------------------


def _visitor_with_a_session() -> Client:
    visitor = Client()
    assert visitor.get("/me/progress/start?next=/").status_code == 302
    return visitor


def _session_readers() -> set[str]:
    from roadmapfinder.plans.models import CalendarEventVersion

    return set(CalendarEventVersion.objects.filter(reader__startswith="session:").values_list("reader", flat=True))


def test_the_calendars_of_visitors_whose_session_expired_are_forgotten_by_clearsessions(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    from django.core.management import call_command
    from django.utils import timezone

    sharer = Client()
    plan_id = create_plan(sharer, **{k: v for k, v in INPUTS.items() if k != "targets"})
    file = f"/api/v1/plans/{plan_id}.ics"
    ticked = _visitor_with_a_session()
    assert mark(ticked, plan_id, "web-basics").status_code == 200  # "i already know how the web works"
    held = [versions(reader.get(file).content) for reader in (sharer, _visitor_with_a_session(), ticked)]
    assert mark(ticked, plan_id, "web-basics", status="none").status_code == 200
    held.append(versions(ticked.get(file).content))  # the same visitor's calendar, its changed events raised
    assert len(_session_readers()) == 3

    later = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE, days=1)
    monkeypatch.setattr(timezone, "now", lambda: later)  # every one of those sessions has expired
    still_here = _visitor_with_a_session()
    kept = versions(still_here.get(file).content)
    call_command("clearsessions")

    assert len(_session_readers()) == 1, "only the visitor still around keeps versions"
    assert versions(still_here.get(file).content) == kept, "and their calendar stays put"
    newcomer = versions(_visitor_with_a_session().get(file).content)
    for uid, (_, sequence, _, _) in newcomer.items():
        before = max(calendar[uid][1] for calendar in held if uid in calendar)
        assert sequence > before, f"{uid}: a calendar may hold SEQUENCE {before} from an expired session's file"


# -- dates that are no longer scheduled ----------------------------------------------------------------------------


def _rows(reader: str) -> int:
    from roadmapfinder.plans.models import CalendarEventVersion

    return CalendarEventVersion.objects.filter(reader=reader).count()


def test_a_reader_keeps_versions_of_the_dates_scheduled_now_and_a_date_that_comes_back_never_goes_down(
    django_user_model: Any,
) -> None:
    ada = django_user_model.objects.create_user("ada", password=PASSWORD)
    learner = Client()
    learner.force_login(ada)
    plan_id = create_plan(learner, **{k: v for k, v in INPUTS.items() if k != "targets"})
    file, feed = f"/api/v1/plans/{plan_id}.ics", feed_address(learner, plan_id)
    reschedule = f"/api/v1/plans/{plan_id}/reschedule"
    held: dict[str, dict[str, int]] = {"file": {}, "feed": {}}

    def download(*, edited: bool = True) -> None:
        """Both calendars twice (the same bytes), each UID's SEQUENCE never below what a calendar held of it; after
        an edit or a reschedule, one version per event each calendar has now."""
        for name, get in (("file", lambda: learner.get(file)), ("feed", lambda: Client().get(feed))):
            body = get().content
            assert get().content == body, f"the same plan state: the same {name}"
            now = {uid: sequence for uid, (_, _, sequence) in events(body).items()}
            for uid, sequence in now.items():
                assert sequence >= held[name].get(uid, 0), f"{name}: {uid} went down to {sequence}"
            held[name] |= now
            reader = "feed" if name == "feed" else f"user:{ada.pk}"
            assert _rows(reader) == len(now) or not edited, f"{name}: one version per event scheduled now"

    download()
    # "i know how the web works", then HTTP basics: the session they shared changes, then goes; then "oops, not yet"
    for topic, status in (("web-basics", "done"), ("http-basics", "done"), ("http-basics", "none")):
        assert mark(learner, plan_id, topic, status=status).status_code == 200
        download(edited=False)
    edits = [{"start": "2027-01-06"}, {"study_days": ["tue", "thu"]}, {}, {"start": "2027-01-11"}, {}]
    for fields in edits:  # "i moved it to wednesday", "tuesdays and thursdays suit me better", back as it was...
        edit(learner, plan_id, **fields)
        download()
    for pace in (4, 8, 4):  # "i only have 4 hours a week now", then back to 8
        body = json.dumps({"from": "2027-01-04", "hours_per_week": pace})
        assert learner.post(reschedule, body, content_type="application/json").status_code == 200
        download()
    assert len(held["file"]) > len(events(learner.get(file).content)), "dates came and went"
