"""URL map: pages, the JSON API under /api/v1/, and the admin."""

from __future__ import annotations

from django.contrib import admin
from django.urls import path

from roadmapfinder.api.routes import api
from roadmapfinder.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("roadmaps/<slug:slug>", views.roadmap, name="roadmap"),
    path("topics/<slug:topic_id>", views.topic, name="topic"),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

handler404 = "roadmapfinder.web.views.page_not_found"
handler500 = "roadmapfinder.web.views.server_error"
