"""Saved plans: learners' data (content never lives in the database: it ships in the package)."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.expressions import Expression

from roadmapfinder import clock


def new_feed_token() -> str:
    """The secret in a plan's calendar feed address (256 bits): calendar apps cannot send a login, so the address
    is the key. Revoking it replaces it."""
    return secrets.token_urlsafe(32)


def new_plan_id() -> str:
    """An unguessable id (128 bits): knowing it is what grants read access to a shared plan.

    Never one that begins with "-" (one in 64 would): `roadmapfinder replan -3f...` reads it as an option.
    """
    while (plan_id := secrets.token_urlsafe(16)).startswith("-"):
        pass
    return plan_id


class ReadOnlyJSONField(models.JSONField):
    """A JSON column whose value is decoded once per stored text in this process, and the same object given to
    every read of that text: so it must only ever be replaced, never changed in place.

    Why: a learner's plans are read on every view of /me and the home page, and a plan's laid-out record is 5 KB of
    JSON for a 4-phase roadmap and ten times that for a big one: decoding it was a twentieth of /me's first view
    per plan (issue 17). What is kept is bounded by count (`KEPT`), each text with its value: a few MB for plans of
    a usual size, about 20 MB if all were of the biggest roadmaps. plans/services.py gives a plan a new record and
    a new request each time (`saved.laid_out = ...`), never edits one. The plan's request and record are read by
    plans/selectors.py (`saved_request`, `saved_laid_out`), which keep what they read by the decoded object.

    Migrations see a plain JSONField (`deconstruct`): the column, and what is stored in it, are the same.
    """

    #: The last texts decoded, and their values: as many as plans whose built plan is kept (plans/selectors.py).
    _decoded: ClassVar[OrderedDict[str, Any]] = OrderedDict()
    _lock: ClassVar[threading.Lock] = threading.Lock()
    KEPT: ClassVar[int] = 64

    def from_db_value(self, value: Any, expression: Expression, connection: BaseDatabaseWrapper) -> Any:
        if not isinstance(value, str):
            return super().from_db_value(value, expression, connection)
        with self._lock:
            kept = self._decoded.get(value)
            if kept is not None:
                self._decoded.move_to_end(value)
                return kept
        decoded = super().from_db_value(value, expression, connection)
        with self._lock:
            self._decoded[value] = decoded
            if len(self._decoded) > self.KEPT:
                self._decoded.popitem(last=False)
        return decoded

    def deconstruct(self) -> Any:
        name, _, args, kwargs = super().deconstruct()
        return name, "django.db.models.JSONField", args, kwargs


class SavedPlan(models.Model):
    """A learner's plan, stored as its request; the plan itself is rebuilt from it on every read, with the weeks a
    change of the catalog would have rewritten kept as they were planned (`laid_out`)."""

    id = models.CharField(primary_key=True, max_length=32, default=new_plan_id, editable=False)
    request = ReadOnlyJSONField(help_text="The PlanRequest, with its start date fixed at creation.")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="plans"
    )
    creator_session = models.CharField(max_length=64, blank=True, db_index=True)
    title = models.CharField(max_length=200, blank=True)
    feed_token = models.CharField(
        max_length=64, blank=True, default="", help_text="The secret of the calendar feed's address; empty: no feed."
    )
    auto_reschedule = models.BooleanField(
        default=False, help_text="Each week, if the learner is behind, what is left moves to start from that week."
    )
    auto_checked_week = models.DateField(
        null=True, blank=True, help_text="The first day of the last week the automatic mode was applied for."
    )
    calendar_sequence = models.PositiveIntegerField(
        default=0,
        help_text="The SEQUENCE an event starts from when no reader has had it yet: above any a calendar took before "
        "events had versions of their own (CalendarEventVersion).",
    )
    laid_out = ReadOnlyJSONField(
        null=True,
        blank=True,
        help_text="What its weeks were laid out with: the content then (names and hours), the weeks kept as planned "
        "when the content changed, and each change said (planning/laid_out.py). Empty: saved before it was kept; "
        "written at its next read.",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-updated",)
        # The table predates this app (plans began in the web project); keeping its name made the move state-only.
        db_table = "web_savedplan"

    def __str__(self) -> str:
        return self.title or self.id


class PlanReschedule(models.Model):
    """One reschedule of a saved plan: when, from which day, and how its finish date and pace moved.

    The plan itself keeps only its latest request; these records are its history, shown on the plan page so the
    learner sees each time the dates were moved.
    """

    plan = models.ForeignKey(SavedPlan, on_delete=models.CASCADE, related_name="reschedules")
    at = models.DateTimeField(
        default=clock.now,
        help_text="When it was made, by the app's clock (roadmapfinder.clock), whose day the plan says it was made on.",
    )
    from_date = models.DateField(help_text="The first day of the new schedule.")
    finish_before = models.DateField()
    finish_after = models.DateField()
    hours_before = models.FloatField()
    hours_after = models.FloatField()
    automatic = models.BooleanField(default=False, help_text="Made by the automatic mode, not by the learner.")
    scheduled_again = models.JSONField(
        default=list,
        blank=True,
        help_text="Topic ids and project keys the learner unticked that the plan had off its schedule as finished, "
        "scheduled again from `from_date` (plans.services.plan_unfinished_scheduled); empty for a reschedule.",
    )

    class Meta:
        ordering = ("-at", "-pk")

    def __str__(self) -> str:
        return f"{self.plan_id}: {self.finish_before} -> {self.finish_after}"


class CalendarEventVersion(models.Model):
    """The version of one event of a plan's calendar as one reader last got it: what it said (a digest), its
    SEQUENCE and when that changed (its DTSTAMP and LAST-MODIFIED).

    Per reader, because each reader's calendar leaves out what they finished, so one event says different things
    to two readers; a count shared by the plan either stayed put when a reader's tick changed their events (their
    calendar kept the old ones) or rose for every reader at every tick. `reader`: "feed" (the subscribed feed, with
    the owner's marks), "user:<id>", "session:<key>" (a visitor's marks), or "" (anyone else, no marks).

    A visitor session's versions are forgotten once it has expired (`expires`), as an account's are with it: one
    row per reader per event would otherwise grow with every visitor who ever downloaded a calendar. What they held
    is then folded into the plan's `calendar_sequence` (plans.services), so no later reader starts below it. So is,
    at an edit or a reschedule, every version handed out, and each reader's download then forgets their versions
    of events they no longer have below it: a reader kept one row per date ever scheduled.
    """

    plan = models.ForeignKey(SavedPlan, on_delete=models.CASCADE, related_name="calendar_events")
    reader = models.CharField(max_length=80, blank=True)
    uid = models.CharField(max_length=120, help_text="The event's UID: the plan id and the session's date.")
    content = models.CharField(max_length=64, help_text="The digest of what the event said (exporters/ical.py).")
    sequence = models.PositiveIntegerField()
    modified = models.DateTimeField(help_text="When what the event says last changed for this reader.")
    expires = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="A visitor session's: when that session ends at the latest, so it cannot come back for its calendar "
        "(`clearsessions` then forgets it). Empty for the feed, an account and anyone: kept with the plan or account.",
    )

    class Meta:
        constraints = (models.UniqueConstraint(fields=("plan", "reader", "uid"), name="one_version_per_event"),)

    def __str__(self) -> str:
        return f"{self.uid} for {self.reader or 'anyone'}: {self.sequence}"
