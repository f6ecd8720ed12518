"""Personal plans: tailoring roadmaps to a learner and scheduling them week by week (plain Python)."""

from roadmapfinder.planning.plan import Plan, TargetCheck, build_plan
from roadmapfinder.planning.request import CurrentLevel, PlanRequest, Weekday
from roadmapfinder.planning.weeks import WeekStart

__all__ = ["CurrentLevel", "Plan", "PlanRequest", "TargetCheck", "WeekStart", "Weekday", "build_plan"]
