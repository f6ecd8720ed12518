"""Catalog statistics: how much ground the content covers, for authors and for `roadmapfinder stats`."""

from __future__ import annotations

from statistics import median

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.estimate import TOPIC_HOUR_BANDS, ZERO_EXPERIENCE_JOB_READY_HOURS, job_ready_band
from roadmapfinder.catalog.models import Roadmap, RoadmapKind


class CategoryCount(BaseModel):
    category: str
    label: str
    roadmaps: int


class CategoryEstimate(BaseModel):
    """How long a category's roadmaps take at 10 h/week: the shortest, median and longest in hours and weeks."""

    category: str
    label: str
    shortest_hours: float
    median_hours: float
    longest_hours: float
    shortest_weeks: str
    longest_weeks: str


class RoleEstimate(BaseModel):
    """A role roadmap that assumes no experience: hours to its job-ready milestone and to its end."""

    slug: str
    title: str
    kind: str
    job_ready_phase: int | None
    job_ready_hours: float
    job_ready_weeks: str
    total_hours: float
    total_weeks: str


class ChecklistCoverage(BaseModel):
    """How much of a roadmap's checklist it teaches and how much it deliberately leaves out (the rest is neither)."""

    slug: str
    title: str
    concepts: int
    covered_share: float
    omitted_share: float


class RoadmapName(BaseModel):
    slug: str
    title: str


class KindSpread(BaseModel):
    """For one kind of role: the band its zero-experience roadmaps must reach job-ready within, and where they do."""

    kind: str
    label: str
    band_hours: tuple[int, int]
    roadmaps: int
    shortest_hours: float
    median_hours: float
    longest_hours: float


class BandCount(BaseModel):
    hours: int
    topics: int


class CatalogStats(BaseModel):
    roadmaps: int
    by_category: list[CategoryCount]
    topics: int
    key_points: int
    resources: int
    distinct_links: int
    free_resources_share: float
    phases: int
    projects: int
    total_hours: float
    topic_bands: list[BandCount]
    estimates_by_category: list[CategoryEstimate]
    estimates_by_kind: list[CategoryEstimate]
    zero_experience_roles: list[RoleEstimate]
    zero_experience_spread: list[KindSpread]
    job_ready_band_hours: tuple[int, int] = ZERO_EXPERIENCE_JOB_READY_HOURS
    checklists: list[ChecklistCoverage] = Field(default_factory=list)
    without_checklist: list[RoadmapName] = Field(default_factory=list)


def catalog_stats(catalog: Catalog) -> CatalogStats:
    """Totals over the whole catalog; resources counted per topic (variants included)."""
    resources = [r for t in catalog.topics for r in (*t.resources, *(r for v in t.variants for r in v.resources))]
    free = sum(1 for r in resources if r.free)
    roles = sorted(
        (_role_estimate(catalog, r) for r in catalog.roadmaps if r.role and not r.prerequisite_roadmaps),
        key=lambda role: role.job_ready_hours,
    )
    return CatalogStats(
        roadmaps=len(catalog.roadmaps),
        by_category=[
            CategoryCount(category=c.value, label=c.label, roadmaps=len(rs)) for c, rs in catalog.by_category()
        ],
        topics=len(catalog.topics),
        key_points=sum(len(t.key_points) for t in catalog.topics),
        resources=len(resources),
        distinct_links=len({r.url for r in resources}),
        free_resources_share=round(free / len(resources), 3) if resources else 0.0,
        phases=sum(len(r.phases) for r in catalog.roadmaps),
        projects=sum(len(p.projects) for r in catalog.roadmaps for p in r.phases),
        total_hours=sum(catalog.roadmap_hours(r) for r in catalog.roadmaps),
        topic_bands=[
            BandCount(hours=band, topics=sum(1 for t in catalog.topics if t.effort_hours == band))
            for band in TOPIC_HOUR_BANDS
        ],
        estimates_by_category=[_category_estimate(catalog, c.value, c.label, rs) for c, rs in catalog.by_category()],
        estimates_by_kind=[
            _category_estimate(catalog, k.value, k.label, rs)
            for k in RoadmapKind
            if (rs := catalog.roadmaps_in(None, k))
        ],
        zero_experience_roles=roles,
        zero_experience_spread=[
            _spread(kind, [r for r in roles if r.kind == kind.value]) for kind in RoadmapKind if kind.is_role
        ],
        checklists=[_checklist_coverage(r, catalog) for r in catalog.roadmaps if r.slug in catalog.checklists],
        without_checklist=[
            RoadmapName(slug=r.slug, title=r.title) for r in catalog.roadmaps if r.slug not in catalog.checklists
        ],
    )


def _checklist_coverage(roadmap: Roadmap, catalog: Catalog) -> ChecklistCoverage:
    concepts = catalog.checklists[roadmap.slug].concepts
    return ChecklistCoverage(
        slug=roadmap.slug,
        title=roadmap.title,
        concepts=len(concepts),
        covered_share=round(sum(1 for c in concepts if c.covered) / len(concepts), 3),
        omitted_share=round(sum(1 for c in concepts if c.omitted) / len(concepts), 3),
    )


def _spread(kind: RoadmapKind, roles: list[RoleEstimate]) -> KindSpread:
    hours = sorted(r.job_ready_hours for r in roles) or [0.0]
    return KindSpread(
        kind=kind.value,
        label=kind.label,
        band_hours=job_ready_band(kind),
        roadmaps=len(roles),
        shortest_hours=hours[0],
        median_hours=median(hours),
        longest_hours=hours[-1],
    )


def _category_estimate(catalog: Catalog, category: str, label: str, roadmaps: tuple[Roadmap, ...]) -> CategoryEstimate:
    by_hours = sorted(roadmaps, key=catalog.roadmap_hours)
    hours = [catalog.roadmap_hours(r) for r in by_hours]
    return CategoryEstimate(
        category=category,
        label=label,
        shortest_hours=hours[0],
        median_hours=median(hours),
        longest_hours=hours[-1],
        shortest_weeks=f"{by_hours[0].title}: {by_hours[0].estimated_weeks}",
        longest_weeks=f"{by_hours[-1].title}: {by_hours[-1].estimated_weeks}",
    )


def _role_estimate(catalog: Catalog, roadmap: Roadmap) -> RoleEstimate:
    """Hours up to and including the job-ready phase (the whole roadmap when it has none)."""
    job_ready = next((n for n, p in enumerate(roadmap.phases, start=1) if p.job_ready), None)
    phases = roadmap.phases[:job_ready] if job_ready else roadmap.phases
    hours = sum(catalog.phase_hours(roadmap, p) for p in phases)
    total = catalog.roadmap_hours(roadmap)
    return RoleEstimate(
        slug=roadmap.slug,
        title=roadmap.title,
        kind=roadmap.kind.value,
        job_ready_phase=job_ready,
        job_ready_hours=hours,
        job_ready_weeks=str(_weeks_of(roadmap, job_ready)),
        total_hours=total,
        total_weeks=str(roadmap.estimated_weeks),
    )


def _weeks_of(roadmap: Roadmap, phases: int | None) -> str:
    """The summed week range of the first `phases` phases, as the roadmap page adds them up."""
    chosen = roadmap.phases[:phases] if phases else roadmap.phases
    low, high = sum(p.estimated_weeks.min for p in chosen), sum(p.estimated_weeks.max for p in chosen)
    return f"{low}-{high} weeks"
