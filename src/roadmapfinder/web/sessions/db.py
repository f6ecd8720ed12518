"""The database session engine with the session's row read by key (see the package docstring)."""

from __future__ import annotations

from roadmapfinder.web.sessions import RowRead


class SessionStore(RowRead):
    pass
