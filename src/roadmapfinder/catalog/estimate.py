"""The one estimation rule: topic hours in bands, project hours in bands, a phase's weeks from its hours.

Authors pick a band for each topic and project (content/README.md says how); a phase's week range is then not
an opinion but a formula over its hours, so two roadmaps that teach the same ground always tell the same story.
The validator holds content to these numbers and `roadmapfinder stats` reports them.
"""

from __future__ import annotations

from math import floor

from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, RoadmapKind, WeekRange

#: Hours a topic takes to reach working competence, in units of a learner's week at 10 h/week: one idea learnt in
#: a couple of evenings (3), one narrow skill practised (5, half a week), one tool or technique to daily use or a
#: subject of several parts (10, a week), a broad and deep subject (20, two weeks), a field of its own (40, a month).
TOPIC_HOUR_BANDS: tuple[int, ...] = (3, 5, 10, 20, 40)
#: Hours a project takes: an exercise (5), a small app (10), a feature-complete app (20), a capstone (40).
PROJECT_HOUR_BANDS: tuple[int, ...] = (5, 10, 20, 40)
#: A phase's range around hours / 10: the low end assumes a quick learner, the high end a slow one.
LOW_FACTOR, HIGH_FACTOR = 0.8, 1.25
#: Hours from no experience to a role roadmap's job-ready milestone (its phases up to and including that one):
#: 30-50 weeks at 10 h/week, the effort of two to three semesters of part-time study or a full-time bootcamp.
ZERO_EXPERIENCE_JOB_READY_HOURS = (300, 500)
#: The same for a role beyond code (design, product, management, writing): no first programming language to learn
#: from zero (a 40-hour topic and the practice that makes it usable), so the band starts lower; the top is the same.
NON_CODING_JOB_READY_HOURS = (200, 500)


def job_ready_band(kind: RoadmapKind) -> tuple[int, int]:
    """Hours from no experience to the job-ready milestone that a role roadmap of this kind must fall within."""
    return NON_CODING_JOB_READY_HOURS if kind is RoadmapKind.NON_CODING_ROLE else ZERO_EXPERIENCE_JOB_READY_HOURS


def _round_half_up(value: float) -> int:
    return floor(value + 0.5)


def phase_weeks(hours: float) -> WeekRange:
    """The week range of a phase of `hours` at 10 h/week: round(0.8 h/10) to round(1.25 h/10), at least 1-2."""
    weeks = hours / REFERENCE_HOURS_PER_WEEK
    low = max(1, _round_half_up(weeks * LOW_FACTOR))
    return WeekRange(min=low, max=max(low + 1, _round_half_up(weeks * HIGH_FACTOR)))


def nearest_band(hours: float, bands: tuple[int, ...]) -> int:
    """The band closest to `hours`, the lower one on a tie (used to suggest a fix)."""
    return min(bands, key=lambda band: (abs(band - hours), band))
