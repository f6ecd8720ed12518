"""What a saved plan's page is filled from, prepared one way for its view and for its first view before Django.

A plan page is assembled from the plan's shared skeleton (web/personal_pages.py) and `PageParts`: the plan built
for today, its track and whether this reader may change it. The view prepares them for Django's answer, and
web/first_views.py for a first view it answers itself; both call `plan_page_parts`, so the two cannot drift.

A long plan's week-by-week schedule has a page of its own (`/plans/<id>/weeks`): listed on the plan page, the 400
sessions of an 80-week plan were 46 % of its bytes (158 of 345 KB), folded away where few open them, and about 820
of its 1,300 slots. `weeks_on_page` says which plans still list their weeks in place.
"""

from __future__ import annotations

from roadmapfinder.catalog import default_catalog
from roadmapfinder.planning import Plan
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.plans.selectors import plan_build
from roadmapfinder.progress.tracks import plan_track
from roadmapfinder.tracking.slots import PageParts


def plan_page_parts(saved: SavedPlan, *, can_edit: bool) -> PageParts:
    """The parts of the saved plan's page for a reader who may (or may not) change it.

    `RoadmapFinderError` when the saved inputs no longer build against today's catalog: the page then says why.
    """
    plan = plan_build(saved)
    return PageParts(plan=plan, track=plan_track(default_catalog(), plan, saved.id), can_edit=can_edit)


#: The longest plan, in weeks, whose page lists every week itself (unfolded): a quarter's schedule reads at a glance.
WEEKS_ON_PAGE = 12


def weeks_on_page(plan: Plan) -> bool:
    """Whether the plan's page lists its weeks session by session, rather than linking to its weeks page.

    The answer to a mark redraws the schedule's ticks out of band only where this holds (tracking/views.py).
    """
    return len(plan.weeks) <= WEEKS_ON_PAGE
