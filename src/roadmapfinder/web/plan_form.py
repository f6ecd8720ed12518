"""The generate form: turning submitted fields into a `PlanRequest`, with errors a person can act on."""

from __future__ import annotations

import re
from datetime import date

from django.http import QueryDict
from pydantic import ValidationError

from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning import PlanRequest


def _names(value: str) -> tuple[str, ...]:
    return tuple(n for n in (p.strip() for p in re.split(r"[,\n]+", value)) if n)


def _date(value: str, label: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"{label} `{value}` is not a date", hint="use the date picker, or write YYYY-MM-DD"
        ) from None


def request_from_form(data: QueryDict) -> PlanRequest:
    """A plan request from form fields; `InvalidInput` naming the field at fault otherwise."""
    targets = tuple(data.getlist("roadmap")) + _names(data.get("goals", ""))
    try:
        return PlanRequest(
            targets=targets,
            hours_per_week=float(data.get("hours", "10") or 10),
            study_days=tuple(data.getlist("days")),
            known=_names(data.get("known", "")),
            level=data.get("level", "beginner") or "beginner",
            stack=data.get("stack") or None,
            start=_date(data.get("start", ""), "Start date"),
            target_date=_date(data.get("target_date", ""), "Target date"),
            drop=_names(data.get("drop", "")),
            add=_names(data.get("add", "")),
            order=_names(data.get("order", "")),
        )
    except ValueError as error:  # float() of a non-number, or pydantic's ValidationError
        if isinstance(error, ValidationError):
            first = error.errors()[0]
            field = str(first["loc"][0]) if first["loc"] else "input"
            raise InvalidInput(f"{field.replace('_', ' ')}: {first['msg']}", hint="correct it and try again") from None
        raise InvalidInput("hours per week must be a number", hint="give a number of hours from 1 to 80") from None


def form_initial(request: PlanRequest | None, roadmap_slugs: set[str], roadmap: str = "") -> dict[str, object]:
    """Values to pre-fill the form with: a saved plan's request, or a roadmap chosen on its page."""
    if request is None:
        return {"roadmaps": [roadmap] if roadmap else [], "hours": 10, "level": "beginner", "days": []}
    return {
        "roadmaps": [t for t in request.targets if t in roadmap_slugs],
        "goals": ", ".join(t for t in request.targets if t not in roadmap_slugs),
        "hours": f"{request.hours_per_week:g}",
        "known": ", ".join(request.known),
        "level": request.level.value,
        "stack": request.stack or "",
        "start": request.start.isoformat() if request.start else "",
        "target_date": request.target_date.isoformat() if request.target_date else "",
        "days": [d.value for d in request.study_days],
        "drop": ", ".join(request.drop),
        "add": ", ".join(request.add),
        "order": ", ".join(request.order),
    }
