"""The guided finder: four answers in, the three roadmaps that fit best out, each with a one-line reason.

It reuses the search: the goal ("what do you want to build or become") is searched, roadmaps the learner already
knows are set aside, roadmaps that build on what they know are lifted, and the purpose (job, freelance, hobby)
and pace shape the order and the reason. Topics the learner knows shorten each estimate by their hours, and the
reason says how many there are. The same function answers the web form, the API and the CLI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from math import ceil
from typing import Literal, get_args

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, Category, Roadmap, WeekRange
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.search.engine import search_catalog
from roadmapfinder.search.index import index_for
from roadmapfinder.search.shapes import RoadmapHit
from roadmapfinder.search.text import clean_query, terms

Purpose = Literal["job", "freelance", "hobby"]
PURPOSES: tuple[str, ...] = get_args(Purpose)

#: Categories whose roadmaps lead to a role, and those clients pay freelancers for.
_JOB_CATEGORIES = {Category.WEB, Category.MOBILE, Category.DATA_AI, Category.CLOUD_OPS, Category.SECURITY}
_FREELANCE_CATEGORIES = {Category.WEB, Category.MOBILE}
#: Where to start when the goal names nothing the catalog knows, by purpose (the first that exist are used).
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "job": ("backend", "frontend", "data-scientist", "devops", "python"),
    "freelance": ("full-stack", "frontend", "ios", "android", "javascript"),
    "hobby": ("python", "javascript", "frontend", "html-css", "ios"),
}
_PURPOSE_PHRASE = {"job": "towards a job", "freelance": "for freelance work", "hobby": "as a hobby"}


class FinderAnswers(BaseModel):
    """What the questionnaire asks."""

    goal: str
    known: str = ""
    hours_per_week: float = REFERENCE_HOURS_PER_WEEK
    purpose: str = "job"


class Recommendation(BaseModel):
    slug: str
    title: str
    reason: str
    weeks_min: int  # at the learner's pace, less the hours of the topics they know
    weeks_max: int
    hours_per_week: float
    known_topics: list[str] = Field(default_factory=list, description="its topics the learner already knows")


class FinderOut(BaseModel):
    recommendations: list[Recommendation]
    known: list[str] = Field(
        default_factory=list, description="the roadmap slugs and topic ids understood in `known`, for a plan's input"
    )


@dataclass(frozen=True)
class _Known:
    """What the learner says they know: named roadmaps and topics, and every topic that makes known."""

    roadmaps: set[str] = field(default_factory=set)
    named_topics: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)


def recommend_roadmaps(
    catalog: Catalog,
    *,
    goal: str | None,
    known: str | None = None,
    hours_per_week: float | str | None = None,
    purpose: str | None = None,
    count: int = 3,
) -> FinderOut:
    """The `count` roadmaps that best fit the answers, best first, each with a one-line reason.

    Refuses (`InvalidInput`) an empty or unusable goal, hours outside 1-80 and a purpose other than job,
    freelance or hobby.
    """
    goal_text = clean_query(goal)
    known_text = clean_query(known) if known and known.strip() else ""
    hours = parse_hours_per_week(hours_per_week) or REFERENCE_HOURS_PER_WEEK
    why = (purpose or "job").strip().lower()
    if why not in PURPOSES:
        raise InvalidInput(f"unknown purpose `{purpose}`", hint=f"choose one of: {', '.join(PURPOSES)}")

    wanted = _roadmap_hits(catalog, goal_text)
    known_things = _known(catalog, known_text) if known_text else _Known()
    already = known_things.roadmaps
    top = max((h.score for h in wanted.values()), default=1.0) or 1.0
    scored: list[tuple[float, Roadmap, str]] = []
    for slug, hit in wanted.items():
        roadmap = catalog.roadmap(slug)
        score = hit.score / top
        if slug in already:
            score *= 0.3
        builds_on = [p for p in roadmap.prerequisite_roadmaps if p in already]
        if builds_on:
            score *= 1.2
        score *= _purpose_factor(roadmap, why, hours)
        scored.append((score, roadmap, _reason(catalog, hit, builds_on, slug in already)))
    scored.sort(key=lambda item: -item[0])
    chosen = [(roadmap, reason) for _, roadmap, reason in scored[:count]]
    for slug in _FALLBACKS[why]:
        if len(chosen) >= count:
            break
        if slug in {r.slug for r, _ in chosen} or slug in already:
            continue
        try:
            roadmap = catalog.roadmap(slug)
        except NotFound:
            continue
        chosen.append((roadmap, "A sound first roadmap while the goal is still open"))
    return FinderOut(
        recommendations=[_recommendation(catalog, r, reason, hours, why, known_things) for r, reason in chosen],
        known=sorted(known_things.roadmaps) + sorted(known_things.named_topics),
    )


def _roadmap_hits(catalog: Catalog, text: str) -> dict[str, RoadmapHit]:
    result = search_catalog(catalog, text, limit=30)
    return {hit.slug: hit for hit in result.results if isinstance(hit, RoadmapHit)}


def _known(catalog: Catalog, text: str) -> _Known:
    """Roadmaps and topics the learner names as known: a comma-separated part, or a piece of it around "and" or
    "/", that is one of their whole names ("Python, HTML and CSS").

    Knowing "html" is not knowing the Frontend roadmap, so only whole names count; a roadmap named as known makes
    all of its topics known.
    """
    index = index_for(catalog)
    known = _Known()
    for part in re.split(r"[,;]", text):
        for piece in dict.fromkeys([part, *re.split(r"\s+(?:and|&)\s+|/", part)]):
            for doc in index.phrases.get(" ".join(terms(piece)), ()):
                document = index.documents[doc]
                (known.roadmaps if document.kind == "roadmap" else known.named_topics).add(document.key)
    known.topics.update(known.named_topics)
    for slug in known.roadmaps:
        known.topics.update(catalog.roadmap(slug).topic_ids)
    return known


def _purpose_factor(roadmap: Roadmap, purpose: str, hours: float) -> float:
    if purpose == "job":
        return 1.1 if roadmap.category in _JOB_CATEGORIES else 1.0
    if purpose == "freelance":
        return 1.15 if roadmap.category in _FREELANCE_CATEGORIES else 1.0
    weeks = roadmap.estimated_weeks.at_pace(hours).max
    return 1.1 if weeks <= 52 else 1.0


def _reason(catalog: Catalog, hit: RoadmapHit, builds_on: list[str], known: bool) -> str:
    names = [m.text for m in hit.matched if m.field in ("title", "slug", "alias")]
    topics = [m.text for m in hit.matched if m.field == "topic"]
    if names:
        reason = f"Matches “{names[0]}”"
    elif topics:
        reason = f"Teaches {', '.join(topics[:2])}"
    else:
        reason = "Close to what you described"
    if builds_on:
        reason += f", and builds on {', '.join(catalog.roadmap(s).title for s in builds_on)}, which you know"
    if known:
        reason += " (you know much of it already: skim the early phases)"
    return reason


def _recommendation(
    catalog: Catalog, roadmap: Roadmap, reason: str, hours: float, purpose: str, known: _Known
) -> Recommendation:
    known_here = [t for t in dict.fromkeys(roadmap.topic_ids) if t in known.topics]
    known_hours = sum(catalog.topic(t).effort_hours for t in known_here)
    weeks = _less_known(roadmap.estimated_weeks.at_pace(hours), known_hours / catalog.roadmap_hours(roadmap))
    pace = f"{weeks.min}–{weeks.max} weeks at {hours:g} h/week"
    if known_here and roadmap.slug not in known.roadmaps:
        count = len(known_here)
        pace += f" (less the {count} topic{'s' if count > 1 else ''} you know)"
    return Recommendation(
        slug=roadmap.slug,
        title=roadmap.title,
        reason=f"{reason}; {pace} {_PURPOSE_PHRASE[purpose]}.",
        weeks_min=weeks.min,
        weeks_max=weeks.max,
        hours_per_week=hours,
        known_topics=known_here,
    )


def _less_known(weeks: WeekRange, known_share: float) -> WeekRange:
    """An estimate shortened by the share of the roadmap's hours already learned (never below one week)."""
    left = max(0.0, 1 - known_share)
    return WeekRange(min=max(1, ceil(weeks.min * left - 1e-9)), max=max(1, ceil(weeks.max * left - 1e-9)))
