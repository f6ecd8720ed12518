"""What is left of "work unticked is scheduled again at once" (tests/web/test_plan_untick_scheduled_again.py):

- every date a plan's reschedules say is the app's day (`roadmapfinder.clock`), never the machine's;
- progress changed another way than a tick (a data file imported, a visitor's marks joining their account at
  log-in) repairs the plans it leaves with finished work no longer finished, and says so, as an untick does;
- on a plan whose content changed earlier, the line about the weeks kept as planned says what is true of them.

The plan: Alpha Developer at 8 hours a week from Monday 4 January 2027, 1.6-hour sessions Monday to Friday
(tests/web/test_plan_past_weeks_kept.py)."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.helpers import pin_today, text
from tests.web.test_plan_past_weeks_kept import mark_done, plan_json
from tests.web.test_plan_untick_scheduled_again import BACK, ticked_and_replanned

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def test_the_reschedules_say_the_apps_day_not_the_machines(ada_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = ticked_and_replanned(ada_client, monkeypatch)  # rescheduled on Wednesday 3 February 2027
    [moved] = plan_json(ada_client, plan_id)["reschedules"]
    assert moved["message"].startswith("On 3 February 2027 rescheduled from 3 February 2027"), moved["message"]
    assert moved["at"].startswith("2027-02-03"), "the API's moment is the app's day too"

    pin_today(monkeypatch, BACK)  # a week later: "I did not really get HTTP"
    mark_done(ada_client, plan_id, "http-basics", "none")
    again = plan_json(ada_client, plan_id)["reschedules"][0]
    assert again["message"].startswith("On 10 February 2027 “HTTP basics”, unticked, is scheduled again from 10 Feb")
    page = text(ada_client.get(f"/plans/{plan_id}").content)
    assert "On 10 February 2027 “HTTP basics”, unticked," in page
    assert "On 3 February 2027 rescheduled" in page
    assert "2026" not in page.split("Rescheduled", 1)[1].split("Share this page")[0], "no date of the machine's"
