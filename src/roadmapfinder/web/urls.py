"""URL map: pages, the JSON API under /api/v1/, and the admin."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from roadmapfinder.api import docs as api_docs
from roadmapfinder.api.app import api
from roadmapfinder.tracking.limits import login_limited
from roadmapfinder.web import (
    check_views,
    dashboard_views,
    exports,
    generated_views,
    placement_views,
    plan_views,
    search_views,
    seo,
    views,
)

gen_export = generated_views.generated_export

urlpatterns = [
    # The API first: Django tries the patterns in order, and an API call (a progress write, a token read) went
    # through some thirty page patterns before reaching it. No page's address starts with `api/v1/`.
    path("api/v1/docs/swagger", api_docs.swagger, name="api-swagger"),
    path("api/v1/", api.urls),
    path("", views.home, name="home"),
    # Generated roadmaps come before `roadmaps/<slug>`, which would otherwise read "generate" as a slug.
    path("roadmaps/generate", generated_views.generated_start, name="generated-start"),
    path("roadmaps/generate/ask", generated_views.generated_ask, name="generated-ask"),
    path("roadmaps/generated/<slug:roadmap_id>", generated_views.generated_page, name="generated"),
    path(
        "roadmaps/generated/<slug:roadmap_id>.svg",
        generated_views.generated_export,
        {"fmt": "svg"},
        name="generated-svg",
    ),
    path("roadmaps/generated/<slug:roadmap_id>.md", gen_export, {"fmt": "md"}, name="generated-md"),
    path(
        "roadmaps/generated/<slug:roadmap_id>.pdf",
        generated_views.generated_export,
        {"fmt": "pdf"},
        name="generated-pdf",
    ),
    path("roadmaps/<slug:slug>", views.roadmap, name="roadmap"),
    path("topics/<slug:topic_id>", views.topic, name="topic"),
    path("topics/<slug:topic_id>/panel", views.topic_panel, name="topic-panel"),
    path("topics/<slug:topic_id>/check", check_views.topic_check, name="topic-check"),
    path("roadmaps/<slug:slug>.svg", exports.roadmap_export, {"fmt": "svg"}, name="roadmap-svg"),
    path("roadmaps/<slug:slug>.md", exports.roadmap_export, {"fmt": "md"}, name="roadmap-md"),
    path("roadmaps/<slug:slug>.pdf", exports.roadmap_export, {"fmt": "pdf"}, name="roadmap-pdf"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("search", search_views.search_page, name="search"),
    path("search/suggest", search_views.search_suggest, name="search-suggest"),
    path("finder", search_views.finder_page, name="finder"),
    path("generate", plan_views.generate, name="generate"),
    path("generate/preview", plan_views.generate_preview, name="generate-preview"),
    path("generate/placement", placement_views.placement, name="placement"),
    path("plans/<str:plan_id>", plan_views.plan_page, name="plan"),
    path("plans/<str:plan_id>/weeks", plan_views.plan_weeks, name="plan-weeks"),
    path("plans/<str:plan_id>/delete", plan_views.plan_delete, name="plan-delete"),
    path("plans/<str:plan_id>/reschedule", plan_views.plan_reschedule, name="plan-reschedule"),
    path("plans/<str:plan_id>/auto-reschedule", plan_views.plan_auto, name="plan-auto"),
    path("plans/<str:plan_id>/content-change", plan_views.plan_content_change, name="plan-content-change"),
    path("plans/<str:plan_id>/feed", plan_views.plan_feed, name="plan-feed"),
    path("me", dashboard_views.dashboard, name="dashboard"),
    path("", include("roadmapfinder.tracking.urls")),
    # The admin's log-in has the same limits as the site's (per address, and per account for unknown browsers).
    path("admin/login/", login_limited("admin-login")(admin.site.login)),
    path("admin/", admin.site.urls),
]

handler404 = "roadmapfinder.web.views.page_not_found"
handler500 = "roadmapfinder.web.views.server_error"
