"""A learner's records: topic statuses, finished projects, private notes and personal API tokens.

Topics and projects are referenced by their content ids (content lives in the package, not the database), so a
status belongs to the learner and the topic and shows on every roadmap and plan that has the topic.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from roadmapfinder.progress import TopicStatus

STATUS_CHOICES = [(s.value, s.label) for s in TopicStatus]


class TopicProgress(models.Model):
    """A learner's status on a topic, when it went in progress and done, and (if they said) the hours it took.

    `started` and `finished` are kept so the catalog's estimates can be compared with what learners took; the hours
    are the learner's own answer. Only aggregates over many learners ever leave the database
    (`selectors.learned_estimates`).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_progress")
    topic_id = models.CharField(max_length=100)
    status = models.CharField(max_length=20, choices=STATUS_CHOICES)
    updated = models.DateTimeField(default=timezone.now)
    started = models.DateTimeField(null=True, blank=True, help_text="When the topic was first marked in progress.")
    finished = models.DateTimeField(null=True, blank=True, help_text="When it was marked done (empty unless done).")
    hours = models.FloatField(null=True, blank=True, help_text="The hours it took, as the learner said (optional).")

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "topic_id"], name="tracking_one_status_per_topic"),)
        indexes = (models.Index(fields=["topic_id", "status"], name="tracking_topic_status"),)
        verbose_name_plural = "topic progress"

    def __str__(self) -> str:
        return f"{self.topic_id}: {self.status}"


class ProjectProgress(models.Model):
    """A finished project (the only status a project has), keyed `<roadmap>/<project title slug>`."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_progress")
    project_key = models.CharField(max_length=200)
    updated = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "project_key"], name="tracking_one_row_per_project"),)
        verbose_name_plural = "project progress"

    def __str__(self) -> str:
        return f"{self.project_key}: done"


class FollowedRoadmap(models.Model):
    """A roadmap the learner works through: /me, the API and the CLI list its progress (shared topics alone would
    make every roadmap that has them look started)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_roadmaps")
    roadmap_slug = models.CharField(max_length=100)
    since = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "roadmap_slug"], name="tracking_follow_once"),)

    def __str__(self) -> str:
        return f"follows {self.roadmap_slug}"


class FollowedGenerated(models.Model):
    """A generated roadmap the learner works through, by its id: /me, the API and the CLI list its progress beside
    the catalog roadmaps they follow.

    Its own table rather than `FollowedRoadmap` with a `generated:<id>` key, so `roadmap_slug` keeps one meaning
    (a catalog slug, checked against the catalog) and the id keeps the generated app's shape. The id is plain text,
    not a foreign key, as topic ids are: a roadmap removed by staff leaves the follow, which /me lists as no longer
    available instead of losing it without a word.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_generated")
    generated_id = models.CharField(max_length=32)
    since = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "generated_id"], name="tracking_follow_generated_once"),)
        verbose_name = "followed generated roadmap"

    def __str__(self) -> str:
        return f"follows generated {self.generated_id}"


class TopicNote(models.Model):
    """Private Markdown notes on a topic; rendered with raw HTML disabled, never trusted."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_notes")
    topic_id = models.CharField(max_length=100)
    text = models.TextField()
    updated = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["user", "topic_id"], name="tracking_one_note_per_topic"),)

    def __str__(self) -> str:
        return f"note on {self.topic_id}"


class ApiToken(models.Model):
    """A personal API token. Only its SHA-256 is stored; the token itself is shown once, when created."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=12, help_text="The token's first characters, to recognise it in a list.")
    created = models.DateTimeField(default=timezone.now)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created",)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class LearnedEstimate(TopicProgress):
    """The admin's page comparing the catalog's hours with learners' medians (a proxy: no table of its own)."""

    class Meta:
        proxy = True
        verbose_name = "learners' estimate"
        verbose_name_plural = "learners' estimates"


class ReaderVersion(models.Model):
    """A number that changes with every change to what a learner's personal pages show.

    Database triggers (migration 0006; every migrate ends by creating those missing, tracking/reader_triggers.py)
    count up a learner's row whenever a row of theirs changes in the tables their pages read (`VERSIONED_TABLES`):
    statuses, projects, follows, notes, saved plans, self-check answers.
    Every write counts, whichever code path or tool made it, so `web/personal_answers.py` can answer a page again
    from a copy kept under the number, and never from a copy older than the data. No foreign key: the triggers
    of a cascade deleting a learner write here too, and the row must not be in the way.
    """

    user_id = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"learner {self.user_id}: version {self.version}"


#: The tables whose rows belong to a learner and show on their personal pages, with the column naming the learner.
#: API tokens are left out on purpose: every token call stamps `last_used`, and no cached page shows it.
VERSIONED_TABLES = (
    ("tracking_topicprogress", "user_id"),
    ("tracking_projectprogress", "user_id"),
    ("tracking_followedroadmap", "user_id"),
    ("tracking_followedgenerated", "user_id"),
    ("tracking_topicnote", "user_id"),
    ("web_savedplan", "owner_id"),
    ("answers_questionanswer", "user_id"),
    ("answers_topiccheck", "user_id"),
)


class RateCount(models.Model):
    """Requests counted against a rate limit in one window, where there is no Redis to count them
    (tracking/rate_counts.py, tracking/limits.py).

    The key names the limit, what is counted (a learner, an address, an account) and the window's end, so a new
    window is a new row and a count is never reset in place. `expires` (Unix seconds: the window's end and a few
    seconds' grace) is only for deleting old rows in batches now and then; reads never need it.
    """

    key = models.CharField(max_length=255, primary_key=True)
    count = models.BigIntegerField()
    expires = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
