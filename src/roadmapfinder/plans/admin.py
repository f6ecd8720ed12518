"""Django admin for saved plans."""

from __future__ import annotations

from django.contrib import admin

from roadmapfinder.plans.models import SavedPlan


@admin.register(SavedPlan)
class SavedPlanAdmin(admin.ModelAdmin[SavedPlan]):
    list_display = ("id", "title", "owner", "created", "updated")
    search_fields = ("id", "title", "owner__username")
    readonly_fields = ("id", "created", "updated")
