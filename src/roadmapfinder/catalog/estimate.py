"""The one estimation rule: topic hours in bands, project hours in bands, a phase's weeks from its hours.

Authors pick a band for each topic and project (content/README.md says how); a phase's week range is then not
an opinion but a formula over its hours, so two roadmaps that teach the same ground always tell the same story.
A phase's hours are its own: a topic that a prerequisite roadmap already teaches stays where the author put it, as
a *recap* (context, and progress shared with that roadmap), but its hours belong to the roadmap that teaches it and
are not counted again (`recaps`, `counted_topics`, `phase_hours`). The validator, `scripts/recompute_estimates.py`
and the catalog all count with these functions, and `roadmapfinder stats` reports the result.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from math import floor
from typing import Protocol

from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, Phase, Roadmap, RoadmapKind, WeekRange

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
#: A week of study is a calendar week: a phase shorter than one is said in its days at the learner's pace.
DAYS_PER_WEEK = 7


class _Span(Protocol):
    """A range of weeks as the catalog (WeekRange) and the API's shapes (Weeks) both hold one."""

    @property
    def min(self) -> int: ...

    @property
    def max(self) -> int: ...


def weeks_said(weeks: _Span, *, at: float | None = None) -> str:
    """A range of weeks as people read it, on every page, export and the CLI: "4–6 weeks", and one number when both
    ends agree ("4 weeks", "1 week"), never "4–4 weeks" (a short goal at a fast pace: "learn http in 2 weeks").

    With `at`, `weeks` are at the reference pace of 10 h a week (a phase's or a roadmap's estimate by the rule) and
    are said at `at` hours a week: to the nearest whole week, as a roadmap's total is (`WeekRange.at_pace`), and in
    days when even a slow learner needs a week or less ("4–5 days"), so the phases add up to the total. In whole
    weeks each such phase said "1 week": the six phases of Git and GitHub, "2–3 weeks" at 80 h a week, added up to
    six; in days they say 2–4, 2–3, 3–4, 2–3, 3–4 and 2–3, two to three weeks."""
    if at is None or at == REFERENCE_HOURS_PER_WEEK:
        return _whole_weeks_said(weeks)
    factor = REFERENCE_HOURS_PER_WEEK / at
    if weeks.max * factor <= 1 or weeks.min * factor < 0.5:  # a week or less, or a quick end of no week at all
        return _days_said(*days_at_pace(weeks, at=at))
    return _whole_weeks_said(WeekRange(min=weeks.min, max=weeks.max).at_pace(at))


def days_at_pace(weeks: _Span, *, at: float) -> tuple[int, int]:
    """The calendar days a quick and a slow learner take at `at` hours a week for `weeks` at the reference pace (10 h
    a week), to the nearest whole day (halves up, as weeks are), at least one: what `weeks_said` says of a phase of a
    week or less ("2–4 days"), and what the API answers beside whole weeks, which read 1–1 for such a phase."""
    factor = REFERENCE_HOURS_PER_WEEK / at * DAYS_PER_WEEK
    low = max(1, _round_half_up(weeks.min * factor))
    return low, max(low, _round_half_up(weeks.max * factor))


def weeks_span(weeks: _Span) -> str:
    """A week range's numbers without the unit: "4–6", or "4" when both ends agree."""
    return f"{weeks.min}–{weeks.max}" if weeks.min != weeks.max else str(weeks.min)


def _whole_weeks_said(weeks: _Span) -> str:
    return f"{weeks_span(weeks)} {'week' if weeks.max == 1 else 'weeks'}"


def _days_said(low: int, high: int) -> str:
    return f"{low}–{high} days" if low != high else f"{low} {'day' if low == 1 else 'days'}"


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


def weeks_at_pace(phase_hours: Iterable[float], hours_per_week: float) -> WeekRange:
    """The weeks phases of these hours take together at `hours_per_week`: their ranges by the rule at 10 h a week,
    added up, then converted (`WeekRange.at_pace`), as a catalog roadmap's total is. Adding up ranges already
    converted would count a whole week for each phase shorter than one: four 16-hour phases at 33 h a week are about
    two weeks, not four."""
    return _phases_at_reference(phase_hours).at_pace(hours_per_week)


def days_of_phases(phase_hours: Iterable[float], hours_per_week: float) -> tuple[int, int]:
    """The calendar days phases of these hours take together at `hours_per_week` (one phase, or a whole generated
    roadmap): their ranges by the rule added up, then in days (`days_at_pace`), as `weeks_at_pace` gives weeks."""
    return days_at_pace(_phases_at_reference(phase_hours), at=hours_per_week)


def phases_said(phase_hours: Iterable[float], hours_per_week: float) -> str:
    """The time phases of these hours take together at `hours_per_week`, in words: a generated roadmap's total, by the
    rule of `weeks_said` that a catalog roadmap's total and every phase follow, so "4–8 days" when even a slow
    learner needs a week or less, else whole weeks (the numbers of `days_of_phases` and `weeks_at_pace`, which the
    API answers). Said from `estimated_weeks` alone, "learn markdown" at 80 h a week read "1 week" above four phases
    of 1–3 days."""
    return weeks_said(_phases_at_reference(phase_hours), at=hours_per_week)


def _phases_at_reference(phase_hours: Iterable[float]) -> WeekRange:
    """Phases of these hours together at the reference pace: their ranges by the rule added up, at least 1."""
    ranges = [phase_weeks(hours) for hours in phase_hours]
    return WeekRange(min=max(1, sum(r.min for r in ranges)), max=max(1, sum(r.max for r in ranges)))


def taught_by_prerequisites(roadmap: Roadmap, roadmaps: Mapping[str, Roadmap]) -> dict[str, str]:
    """Every topic the roadmap's prerequisite roadmaps teach, transitively, with the slug of the nearest one that
    teaches it (breadth first, in the order `prerequisite_roadmaps` lists them).

    Unknown slugs and cycles are skipped here: the validator reports them (`unknown-roadmap`, `prerequisite-cycle`).
    """
    taught: dict[str, str] = {}
    pending, visited = list(roadmap.prerequisite_roadmaps), {roadmap.slug}
    while pending:
        slug = pending.pop(0)
        if slug in visited or slug not in roadmaps:
            continue
        visited.add(slug)
        for topic_id in roadmaps[slug].topic_ids:
            taught.setdefault(topic_id, slug)
        pending.extend(roadmaps[slug].prerequisite_roadmaps)
    return taught


def recaps(roadmap: Roadmap, roadmaps: Mapping[str, Roadmap]) -> dict[str, str]:
    """The roadmap's recap topics: those of its topics (core skills and extra sections) that a prerequisite roadmap
    teaches, each with that roadmap's slug. Derived from the catalog, never listed by hand, so a new roadmap cannot
    count a prerequisite's hours twice."""
    taught = taught_by_prerequisites(roadmap, roadmaps)
    return {topic_id: taught[topic_id] for topic_id in roadmap.topic_ids if topic_id in taught}


def counted_topics(phase: Phase, recap_ids: Container[str]) -> tuple[str, ...]:
    """The phase's topics whose hours its estimate counts: all but its recaps, in order."""
    return tuple(t for t in phase.topic_ids if t not in recap_ids)


def phase_hours(phase: Phase, topic_hours: Mapping[str, float], recap_ids: Container[str]) -> float:
    """A phase's hours by the rule: its own topics (recaps left out) plus its projects. Unknown topic ids count 0
    (the validator reports them)."""
    topics = sum(topic_hours.get(t, 0.0) for t in counted_topics(phase, recap_ids))
    return topics + sum(p.effort_hours for p in phase.projects)


def nearest_band(hours: float, bands: tuple[int, ...]) -> int:
    """The band closest to `hours`, the lower one on a tie (used to suggest a fix)."""
    return min(bands, key=lambda band: (abs(band - hours), band))
