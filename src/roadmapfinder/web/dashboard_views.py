"""/me: the learner's dashboard, a frame of the site's header and footer around content that is all theirs.

It lives beside the roadmap and plan pages rather than with the tracking app's views because it is assembled the
same way (web/personal_pages.py): the frame is rendered once per address and build for an anonymous copy of the
request, and its one content slot is filled per view (tracking/dashboard.py), so a first view after a change can be
assembled before Django too (web/first_views.py).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import render

from roadmapfinder.tracking import services
from roadmapfinder.tracking.dashboard import reader_plans
from roadmapfinder.tracking.trackers import reader_state
from roadmapfinder.web.personal_pages import assembled_from_frame

TEMPLATE = "tracking/dashboard.html"


def dashboard(request: HttpRequest) -> HttpResponseBase:
    """/me: followed roadmaps (catalog, then generated) and plans with their percentage and next topics, other
    roadmaps the progress counts on, notes and account links. A followed generated roadmap that is gone is listed
    with a short note and a way to stop following it, never an error (tracking/dashboard.py reads them)."""
    services.plans_kept_current(reader_plans(request), state=reader_state(request))  # a reschedule may be due
    return assembled_from_frame(request, TEMPLATE) or render(request, TEMPLATE)
