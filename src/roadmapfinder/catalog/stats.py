"""Catalog statistics: how much ground the content covers, for authors and for `roadmapfinder stats`."""

from __future__ import annotations

from pydantic import BaseModel

from roadmapfinder.catalog.catalog import Catalog


class CategoryCount(BaseModel):
    category: str
    label: str
    roadmaps: int


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


def catalog_stats(catalog: Catalog) -> CatalogStats:
    """Totals over the whole catalog; resources counted per topic (variants included)."""
    resources = [r for t in catalog.topics for r in (*t.resources, *(r for v in t.variants for r in v.resources))]
    free = sum(1 for r in resources if r.free)
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
    )
