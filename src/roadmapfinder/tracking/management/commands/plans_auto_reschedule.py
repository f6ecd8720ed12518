"""`manage.py plans_auto_reschedule`: apply the automatic weekly reschedule to every owned plan that has it on.

Plans are also kept current whenever they are read, so this only matters for plans nobody opens (a subscribed
calendar feed is read, but a printed PDF is not); a systemd timer runs it early each day (docs/deployment.md), since
a plan's week starts on its learner's first day of the week (Monday, Sunday or Saturday). Running it twice in a
week, or on several servers at once, changes nothing more: each plan's week is claimed once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.plans.services import plan_auto_reschedule
from roadmapfinder.tracking.selectors import progress_state


class Command(BaseCommand):
    help = "Reschedule, once this week, the plans in automatic mode whose learner is behind."

    def handle(self, *args: Any, **options: Any) -> None:
        moved = 0
        plans = SavedPlan.objects.filter(auto_reschedule=True, owner__isnull=False).select_related("owner")
        for saved in plans.iterator():
            assert saved.owner is not None
            if plan_auto_reschedule(saved=saved, state=progress_state(user=saved.owner)) is not None:
                moved += 1
        self.stdout.write(f"{moved} plan{'s' if moved != 1 else ''} rescheduled automatically.")
