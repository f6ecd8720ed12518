"""Admin for progress, notes and tokens (users are Django's own admin; token hashes are read-only)."""

from __future__ import annotations

from django.contrib import admin

from roadmapfinder.tracking.models import ApiToken, FollowedRoadmap, ProjectProgress, TopicNote, TopicProgress


@admin.register(TopicProgress)
class TopicProgressAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "topic_id", "status", "updated")
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


@admin.register(TopicNote)
class TopicNoteAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "topic_id", "updated")
    search_fields = ("user__username", "topic_id")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "name", "prefix", "created", "last_used")
    readonly_fields = ("key_hash", "prefix", "created", "last_used")
    search_fields = ("user__username", "name")
