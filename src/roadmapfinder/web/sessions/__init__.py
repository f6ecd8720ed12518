"""Session engines: Django's database engines (`db`, and `cached_db` with Redis), reading the session row by key
without the ORM building the query (see roadmapfinder/db_rows.py): every personal page loads its session first.

`SESSION_ENGINE` names `roadmapfinder.web.sessions.db` or `.cached_db`; the stored sessions are Django's own, so
switching engines keeps everyone signed in.
"""

from __future__ import annotations

from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from roadmapfinder.db_rows import column, one_row, read_ahead


class RowRead(DatabaseStore):
    """The session's row read by its key, as Django's engine reads it: an expired or unknown key reads as none."""

    def _get_session_from_db(self) -> Session | None:
        key = self.session_key
        session = None if key is None else read_ahead(Session, key)
        if key is not None and session is None:
            where = f"{column(Session, 'session_key')} = %s AND {column(Session, 'expire_date')} > %s"
            session = one_row(Session, where, [key, timezone.now()])
        if session is None:
            self._session_key = None  # as Django does: a new key is made if this session is saved
        return session

    @classmethod
    def clear_expired(cls) -> None:
        """Delete the expired sessions (`manage.py clearsessions`, deploy/systemd), and what the site kept only for
        them: the versions of their calendars (plans.services.plan_calendar_versions_expire)."""
        from roadmapfinder.plans.services import plan_calendar_versions_expire

        super().clear_expired()
        plan_calendar_versions_expire()
