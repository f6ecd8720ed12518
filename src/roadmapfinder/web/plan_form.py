"""The generate form's fields: collected into the shared learner-input parser, and pre-filled from a request."""

from __future__ import annotations

from collections.abc import Sequence

from django.http import QueryDict

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.planning import PlanRequest
from roadmapfinder.planning.already_finished import work_name
from roadmapfinder.planning.learner_input import plan_request_from_input
from roadmapfinder.planning.weeks import week_start_from_accept_language
from roadmapfinder.plans.selectors import plan_request_resolved


def request_from_form(data: QueryDict) -> PlanRequest:
    """A plan request from the form's fields (the shared parser does the work); `InvalidInput` naming the field.

    A form opened from a generated roadmap sends its id (`from`): the plan follows that roadmap's phases."""
    plan_request = plan_request_from_input(
        targets=[*data.getlist("roadmap"), *data.getlist("goals")],
        hours=data.get("hours"),
        days=data.getlist("days"),
        known=data.get("known", ""),
        finished=data.getlist("finished"),
        level=data.get("level"),
        stack=data.get("stack"),
        start=data.get("start"),
        target_date=data.get("target_date"),
        drop=data.get("drop", ""),
        add=data.getlist("add"),
        order=data.get("order", ""),
        session_time=data.get("session_time"),
        session_minutes=data.get("session_minutes"),
        week_start=data.get("week_start"),
        generated=data.get("from"),
        schedule_finished=bool(data.get("schedule_finished")),
        refresh=data.getlist("refresh"),
        catalog=default_catalog(),
    )
    return plan_request_resolved(plan_request=plan_request)


def form_initial(
    plan_request: PlanRequest | None,
    roadmap_slugs: set[str],
    roadmaps: Sequence[str] = (),
    *,
    accept_language: str | None = None,
) -> dict[str, object]:
    """Values to pre-fill the form with: a saved plan's request, or the roadmaps chosen on a page (a roadmap's own,
    or a plan's with the roadmap it assumes).

    A new plan's first day of the week is guessed from the browser's languages (`accept_language`, CLDR's data):
    the form shows the guess in its "Weeks start on" select, so the learner sees it and can change it.
    """
    if plan_request is None:
        week_start = week_start_from_accept_language(accept_language)
        return {
            "roadmaps": list(roadmaps),
            "hours": 10,
            "level": "beginner",
            "days": [],
            "week_start": week_start.value,
            "week_start_guessed": accept_language is not None,
        }
    catalog = default_catalog()
    return {
        "roadmaps": [t for t in plan_request.targets if t in roadmap_slugs],
        "goals": _names(catalog, [t for t in plan_request.targets if t not in roadmap_slugs]),
        "hours": f"{plan_request.hours_per_week:g}",
        "known": ", ".join(plan_request.known),
        "finished": ", ".join(plan_request.finished),
        "level": plan_request.level.value,
        "stack": plan_request.stack or "",
        "start": plan_request.start.isoformat() if plan_request.start else "",
        "target_date": plan_request.target_date.isoformat() if plan_request.target_date else "",
        "days": [d.value for d in plan_request.study_days],
        "drop": _names(catalog, plan_request.drop),
        "add": _names(catalog, plan_request.add),
        "order": _names(catalog, plan_request.order),
        "session_time": f"{plan_request.session_time:%H:%M}" if plan_request.session_time else "",
        "session_minutes": plan_request.session_minutes or "",
        "week_start": plan_request.week_start.value,
        "schedule_finished": plan_request.schedule_finished,
        "refresh": [{"ref": ref, "name": work_name(catalog, ref)} for ref in plan_request.refresh],
    }


def _names(catalog: Catalog, keys: Sequence[str]) -> str:
    """A topic box as people read it: each topic by its name (a stored id or a name the catalog no longer has stays
    as written). Names holding a comma still read back as one (`planning.learner_input.split_names`)."""
    return ", ".join(catalog.topic(k).name if catalog.has_topic(k) else k for k in keys)
