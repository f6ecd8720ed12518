"""The guided finder: four answers in, the three roadmaps that fit best out, each with a one-line reason.

It reuses the search: the goal ("what do you want to build or become") is searched, roadmaps the learner already
knows are set aside, roadmaps that build on what they know are lifted, and the purpose (job, freelance, hobby)
and pace shape the order and the reason. The same function answers the web form, the API and the CLI.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, Category, Roadmap
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
    weeks_min: int
    weeks_max: int
    hours_per_week: float


class FinderOut(BaseModel):
    recommendations: list[Recommendation]


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
    already = _known_roadmaps(catalog, known_text) if known_text else set()
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
    return FinderOut(recommendations=[_recommendation(catalog, r, reason, hours, why) for r, reason in chosen])


def _roadmap_hits(catalog: Catalog, text: str) -> dict[str, RoadmapHit]:
    result = search_catalog(catalog, text, limit=30)
    return {hit.slug: hit for hit in result.results if isinstance(hit, RoadmapHit)}


def _known_roadmaps(catalog: Catalog, text: str) -> set[str]:
    """Roadmaps the learner names as known: a comma-separated part that is one of a roadmap's names.

    Knowing "html" is not knowing the Frontend roadmap, so only whole names count, not shared topics.
    """
    index = index_for(catalog)
    known: set[str] = set()
    for part in text.replace(";", ",").split(","):
        for doc in index.phrases.get(" ".join(terms(part)), ()):
            document = index.documents[doc]
            if document.kind == "roadmap":
                known.add(document.key)
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


def _recommendation(catalog: Catalog, roadmap: Roadmap, reason: str, hours: float, purpose: str) -> Recommendation:
    weeks = roadmap.estimated_weeks.at_pace(hours)
    pace = f"{weeks.min}–{weeks.max} weeks at {hours:g} h/week"
    return Recommendation(
        slug=roadmap.slug,
        title=roadmap.title,
        reason=f"{reason}; {pace} {_PURPOSE_PHRASE[purpose]}.",
        weeks_min=weeks.min,
        weeks_max=weeks.max,
        hours_per_week=hours,
    )
