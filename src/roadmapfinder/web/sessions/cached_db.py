"""Django's cached_db engine (Redis in front of the database) with the row read by key on a cache miss."""

from __future__ import annotations

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDatabaseStore

from roadmapfinder.web.sessions import RowRead


class SessionStore(RowRead, CachedDatabaseStore):
    pass
