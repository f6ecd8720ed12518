"""Django admin for saved plans."""

from __future__ import annotations

from django.contrib import admin

from roadmapfinder.plans.models import PlanReschedule, SavedPlan


class PlanRescheduleInline(admin.TabularInline[PlanReschedule, SavedPlan]):
    model = PlanReschedule
    extra = 0
    readonly_fields = ("at", "from_date", "finish_before", "finish_after", "hours_before", "hours_after")


@admin.register(SavedPlan)
class SavedPlanAdmin(admin.ModelAdmin[SavedPlan]):
    inlines = (PlanRescheduleInline,)
    list_display = ("id", "title", "owner", "created", "updated")
    search_fields = ("id", "title", "owner__username")
    readonly_fields = ("id", "created", "updated")
