"""Generated roadmaps and the goals nothing matched: kept for sharing, and for the content team."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class GeneratedRoadmapRecord(models.Model):
    """A roadmap the core generated, under the id the core derived from its content.

    The same inputs give the same roadmap, so the same id and this same record: sharing its link shows everyone
    the roadmap as it was generated. The id covers the readings of the learner's words too (`_content_id`), so a
    learner is never sent to a record that shows another wording's readings. The roadmap is stored as generated
    (not rebuilt on read), so a link keeps showing what was shared even after the catalog grows.
    """

    id = models.CharField(primary_key=True, max_length=32, editable=False)
    goal = models.CharField(max_length=200, help_text="The goal as the learner wrote it.")
    title = models.CharField(max_length=200)
    inputs = models.JSONField(
        help_text="goal, known, hours_per_week, level, purpose and plain (the readings undone) as asked."
    )
    roadmap = models.JSONField(help_text="The generated roadmap, in the API's shape.")
    times_asked = models.PositiveIntegerField(default=1)
    created = models.DateTimeField(auto_now_add=True)
    last_asked = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-last_asked",)
        verbose_name = "generated roadmap"

    def __str__(self) -> str:
        return f"{self.title} ({self.id})"


class GoalDemand(models.Model):
    """A goal no roadmap or topic matched, counted by its normal form, so the next roadmap to write is visible."""

    goal = models.CharField(max_length=200, unique=True, help_text="Lower case, without punctuation.")
    said = models.CharField(max_length=200, help_text="The goal as it was last written.")
    count = models.PositiveIntegerField(default=1)
    first_asked = models.DateTimeField(auto_now_add=True)
    last_asked = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-count", "-last_asked")
        verbose_name = "requested roadmap"

    def __str__(self) -> str:
        return f"{self.goal} ×{self.count}"
