"""Admin for progress, notes and tokens (users are Django's own admin; token hashes are read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from roadmapfinder.tracking.models import (
    ApiToken,
    FollowedGenerated,
    FollowedRoadmap,
    LearnedEstimate,
    ProjectProgress,
    TopicNote,
    TopicProgress,
)
from roadmapfinder.tracking.selectors import learned_estimates_of


@admin.register(TopicProgress)
class TopicProgressAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "topic_id", "status", "updated", "started", "finished", "hours")
    list_filter = ("status",)
    search_fields = ("user__username", "topic_id")


@admin.register(ProjectProgress)
class ProjectProgressAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "project_key", "updated")
    search_fields = ("user__username", "project_key")


@admin.register(FollowedRoadmap)
class FollowedRoadmapAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "roadmap_slug", "since")
    search_fields = ("user__username", "roadmap_slug")


@admin.register(FollowedGenerated)
class FollowedGeneratedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "generated_id", "since")
    search_fields = ("user__username", "generated_id")


@admin.register(TopicNote)
class TopicNoteAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "topic_id", "updated")
    search_fields = ("user__username", "topic_id")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "name", "prefix", "created", "last_used")
    readonly_fields = ("key_hash", "prefix", "created", "last_used")
    search_fields = ("user__username", "name")


@admin.register(LearnedEstimate)
class LearnedEstimateAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """One read-only page: the catalog's hours beside learners' medians (aggregates only, like the API's)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        context = {
            **self.admin_site.each_context(request),
            "title": "Learners' estimates",
            "opts": self.model._meta,
            "estimates": learned_estimates_of(),
        }
        return TemplateResponse(request, "tracking/admin_estimates.html", context)
