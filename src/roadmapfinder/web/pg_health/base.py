"""Django's PostgreSQL backend with one change: the health check at a request's first query looks at the
connection's socket instead of sending `SELECT 1` to the server.

Why: Django checks a kept connection before each request's first query (`CONN_HEALTH_CHECKS`), so a server restart
or a dropped connection costs no learner a failed request. Its check is a round trip, one of the five a progress
write made on PostgreSQL, and under 32 concurrent writers each round trip is a sleep and a wake of the server's
thread and of a PostgreSQL backend, on a machine whose cores are already busy (`make bench`, issue 17).

A connection the server ended is visible without asking: the server says why ("terminating connection due to
administrator command") and closes its end, so the idle socket becomes readable. Nothing else arrives on an idle
connection here (no LISTEN, no asynchronous notices), so an idle socket with something to read is taken as broken
and closed, and Django opens a new one; the rare false alarm costs one new connection, never a failed request.
What this cannot see, a peer gone without a word (a cable pulled), `SELECT 1` could not see promptly either: it
would wait for TCP's retransmissions.

After an error inside a request Django still asks the server (`is_usable`, unchanged): the connection may be in a
state only the server knows.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base
from psycopg import OperationalError
from psycopg.pq import ConnStatus
from psycopg.pq.abc import PGconn


class DatabaseWrapper(base.DatabaseWrapper):
    """PostgreSQL with a health check that costs no round trip (see the module's docstring)."""

    def close_if_health_check_failed(self) -> None:
        enabled = self.health_check_enabled  # type: ignore[attr-defined]  # Django's own, absent from its stubs
        if self.connection is None or not enabled or self.health_check_done:  # type: ignore[has-type]  # likewise
            return
        if ended_by_server(self.connection.pgconn):
            self.close()
        self.health_check_done = True


def ended_by_server(pgconn: PGconn) -> bool:
    """Whether an idle connection is over: libpq already knows it is bad, or the socket has something to read,
    which on an idle connection is the server's goodbye (or its closed end)."""
    if pgconn.status != ConnStatus.OK:
        return True
    try:
        socket = pgconn.socket
    except OperationalError:  # libpq holds no socket: the connection is gone
        return True
    poller = select.poll()
    poller.register(socket, select.POLLIN | select.POLLPRI)
    return bool(poller.poll(0))
