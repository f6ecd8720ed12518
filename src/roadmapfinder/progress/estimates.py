"""Estimates that learn: the catalog's hours per topic beside the median of what learners said a topic took.

Plain Python over plain values: the tracking app reads the hours learners reported for topics they finished
(nothing else: no learner, no date) and hands them here. A topic's median is shown only once at least
`min_learners` learners reported it, so no figure ever describes one person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from statistics import median
from typing import Final

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.shapes import LearnedHours
from roadmapfinder.errors import InvalidInput

#: The hours a learner may say one topic took: a topic is at most a 40-hour band, so 500 is generous; above it the
#: answer is a typo (a year, minutes), not a report.
MAX_REPORTED_HOURS: Final = 500.0


class LearnedEstimateOut(BaseModel):
    """One topic's catalog hours beside the learners' median (staff's comparison; aggregates only)."""

    topic: str
    name: str
    catalog_hours: float
    median_hours: float
    learners: int
    ratio: float = Field(description="median / catalog hours: above 1 the catalog is optimistic, below 1 generous")


class LearnedEstimatesOut(BaseModel):
    """Every topic enough learners reported on, furthest from the catalog first."""

    min_learners: int = Field(description="learners who must report a topic before its median is shown")
    topics: list[LearnedEstimateOut]


def parse_reported_hours(value: object) -> float | None:
    """The hours a learner typed ("12", "2.5", "" for none), rounded to a tenth; `InvalidInput` for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        hours = float(str(value).strip().replace(",", ".").removesuffix("h").strip())
    except ValueError:
        raise InvalidInput(f"`{value}` is not a number of hours", hint="write the hours it took, e.g. 12") from None
    if not 0 < hours <= MAX_REPORTED_HOURS or hours != hours:
        raise InvalidInput(
            f"{value} hours is not a time one topic takes",
            hint=f"write a number above 0 and at most {MAX_REPORTED_HOURS:g}",
        )
    return round(hours, 1)


def learned_hours(reported: Iterable[float], *, min_learners: int) -> LearnedHours | None:
    """The median of the reported hours, or None while fewer than `min_learners` learners reported."""
    values = sorted(reported)
    if len(values) < max(1, min_learners):
        return None
    return LearnedHours(median_hours=round(float(median(values)), 1), learners=len(values))


def learned_estimates(
    catalog: Catalog, reported: Mapping[str, Iterable[float]], *, min_learners: int
) -> LearnedEstimatesOut:
    """The comparison for every topic of the catalog with enough reports, furthest from its estimate first.

    Reports on topics the catalog no longer has (retired ids) are left out: there is no estimate to compare.
    """
    rows: list[LearnedEstimateOut] = []
    for topic_id, hours in reported.items():
        learned = learned_hours(hours, min_learners=min_learners)
        if learned is None or not catalog.has_topic(topic_id):
            continue
        topic = catalog.topic(topic_id)
        rows.append(
            LearnedEstimateOut(
                topic=topic.id,
                name=topic.name,
                catalog_hours=topic.effort_hours,
                median_hours=learned.median_hours,
                learners=learned.learners,
                ratio=round(learned.median_hours / topic.effort_hours, 2),
            )
        )
    rows.sort(key=lambda r: (-abs(r.ratio - 1), r.name.lower()))
    return LearnedEstimatesOut(min_learners=min_learners, topics=rows)
