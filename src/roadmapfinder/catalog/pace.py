"""The learner's own pace: estimates are written at 10 hours a week and converted for everyone else."""

from __future__ import annotations

from roadmapfinder.errors import InvalidInput

MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK = 1, 80
#: Full-time study: a deadline that needs more hours a week than this is not realistic, whether a generated
#: roadmap's or a plan's (a plan may still be set faster, up to MAX_HOURS_PER_WEEK).
FULL_TIME_HOURS_PER_WEEK = 40


def parse_hours_per_week(value: float | str | None) -> float | None:
    """Hours a week as a number from 1 to 80, None when not given; `InvalidInput` for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        hours = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(
            f"hours per week must be a number, not `{value}`", hint="give a number of hours from 1 to 80"
        ) from None
    if not MIN_HOURS_PER_WEEK <= hours <= MAX_HOURS_PER_WEEK:
        raise InvalidInput(
            f"{hours:g} hours per week is out of range",
            hint=f"give a number from {MIN_HOURS_PER_WEEK} to {MAX_HOURS_PER_WEEK}",
        )
    return hours
