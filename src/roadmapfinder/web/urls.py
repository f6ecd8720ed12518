"""URL map: pages, the JSON API under /api/v1/, and the admin."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from roadmapfinder.api.app import api
from roadmapfinder.web import exports, plan_views, search_views, seo, views

urlpatterns = [
    path("", views.home, name="home"),
    path("roadmaps/<slug:slug>", views.roadmap, name="roadmap"),
    path("topics/<slug:topic_id>", views.topic, name="topic"),
    path("roadmaps/<slug:slug>.svg", exports.roadmap_export, {"fmt": "svg"}, name="roadmap-svg"),
    path("roadmaps/<slug:slug>.md", exports.roadmap_export, {"fmt": "md"}, name="roadmap-md"),
    path("roadmaps/<slug:slug>.pdf", exports.roadmap_export, {"fmt": "pdf"}, name="roadmap-pdf"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots, name="robots"),
    path("search", search_views.search_page, name="search"),
    path("search/suggest", search_views.search_suggest, name="search-suggest"),
    path("finder", search_views.finder_page, name="finder"),
    path("generate", plan_views.generate, name="generate"),
    path("generate/preview", plan_views.generate_preview, name="generate-preview"),
    path("plans/<str:plan_id>", plan_views.plan_page, name="plan"),
    path("plans/<str:plan_id>/delete", plan_views.plan_delete, name="plan-delete"),
    path("plans/<str:plan_id>/reschedule", plan_views.plan_reschedule, name="plan-reschedule"),
    path("plans/<str:plan_id>/feed", plan_views.plan_feed, name="plan-feed"),
    path("api/v1/", api.urls),
    path("", include("roadmapfinder.tracking.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "roadmapfinder.web.views.page_not_found"
handler500 = "roadmapfinder.web.views.server_error"
