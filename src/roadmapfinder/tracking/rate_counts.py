"""Rate-limit counts in the database (the RateCount table), for deployments without Redis: one statement per count.

Counting is one upsert, `INSERT ... ON CONFLICT (key) DO UPDATE SET count = count + 1 ... RETURNING count`
(SQLite 3.35 and later, PostgreSQL): atomic under any number of workers and instances, since the database takes
the row's lock for the whole statement, and nothing is read first. Reading a count is one SELECT by key.

It replaced Django's database cache, which did neither well for counters: it keeps MAX_ENTRIES (300) rows and, past
that, every write deleted a third of them, live counts among them, so limits under-counted once more than 300
learners, addresses and accounts were counted at once (a guesser spread over many accounts was no longer stopped);
and its `incr` was a read, then a write that also ran `SELECT COUNT(*)` to decide on culling, about a third of an
API write's CPU on SQLite.

Old rows are deleted now and then, not on every count: at most once a minute per process, by the count that finds
the minute over, in batches of `_PURGE_BATCH` (each its own short write, so other writers get their turn between
them) until none has expired. The cost of deleting is thus the rows made since the last purge, spread over them.
"""

from __future__ import annotations

import contextlib
import time
from contextlib import AbstractContextManager

from django.db import connection, transaction

_TABLE = "tracking_ratecount"
_COUNT = (
    f'INSERT INTO {_TABLE} ("key", count, expires) VALUES (%s, 1, %s) '
    f'ON CONFLICT ("key") DO UPDATE SET count = {_TABLE}.count + 1 RETURNING count'
)
_READ = f'SELECT count FROM {_TABLE} WHERE "key" = %s'
_PURGE = f'DELETE FROM {_TABLE} WHERE "key" IN (SELECT "key" FROM {_TABLE} WHERE expires < %s LIMIT %s)'
#: Seconds between two purges in one process, and rows deleted per statement.
_PURGE_EVERY = 60
_PURGE_BATCH = 500
_next_purge = 0.0


def _one_write() -> AbstractContextManager[object]:
    """On SQLite a transaction, so the write waits its turn in web/sqlite_queue's file lock like every other write
    (outside it, it would poll in SQLite's busy handler and lose to them under load); elsewhere the statement alone,
    which is atomic by itself (a transaction would only add a round trip for COMMIT)."""
    if connection.vendor == "sqlite":
        return transaction.atomic()
    return contextlib.nullcontext()


def count_one(key: str, *, expires: int) -> int:
    """Count one more under `key` and answer the new count; `expires` (Unix seconds) is when the row may go."""
    now = time.time()
    if now >= _next_purge:
        purge_expired(now=int(now))
    with _one_write(), connection.cursor() as cursor:
        cursor.execute(_COUNT, [key, expires])
        row = cursor.fetchone()
    return int(row[0])


def count_of(key: str) -> int:
    """How many were counted under `key` (0 when nothing was)."""
    with connection.cursor() as cursor:
        cursor.execute(_READ, [key])
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def purge_expired(*, now: int) -> int:
    """Delete the rows whose window ended before `now`, in batches; answer how many went. The next purge in this
    process is due a minute later."""
    global _next_purge
    _next_purge = now + _PURGE_EVERY
    deleted = 0
    while True:
        with _one_write(), connection.cursor() as cursor:
            cursor.execute(_PURGE, [now, _PURGE_BATCH])
            batch = int(cursor.rowcount)
        deleted += batch
        if batch < _PURGE_BATCH:
            return deleted
