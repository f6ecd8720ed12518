"""Django admin: generated roadmaps, and the requested roadmaps (demand) the content team reads."""

from __future__ import annotations

from django.contrib import admin

from roadmapfinder.generated.models import GeneratedRoadmapRecord, GoalDemand


@admin.register(GoalDemand)
class GoalDemandAdmin(admin.ModelAdmin[GoalDemand]):
    list_display = ("goal", "count", "last_asked", "first_asked", "said")
    search_fields = ("goal", "said")
    readonly_fields = ("first_asked",)


@admin.register(GeneratedRoadmapRecord)
class GeneratedRoadmapAdmin(admin.ModelAdmin[GeneratedRoadmapRecord]):
    list_display = ("id", "title", "goal", "times_asked", "last_asked", "created")
    search_fields = ("id", "title", "goal")
    readonly_fields = ("id", "created", "inputs", "roadmap")
