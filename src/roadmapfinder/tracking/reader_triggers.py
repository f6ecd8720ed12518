"""The database triggers that count reader versions (`tracking.models.ReaderVersion`), present after every migrate.

Migration 0006 created them, but Django's migration state knows nothing of triggers, and SQLite does most ALTER
TABLEs (a column added with a default, a field altered or removed with its index) by rebuilding the table: a new
one, the rows copied, the old one dropped, and its triggers with it. Plans 0005 and 0006 rebuild `web_savedplan`.
On a fresh database they run before tracking 0006 (Django orders migrations that do not depend on each other by
app name), so the triggers survive; on one set up with tracking 0006 and plans 0004 (5 and 6 December) they ran
after it and left saved plans without triggers, so a learner's /me kept showing a plan changed or deleted.
PostgreSQL alters tables in place and keeps them.

A migration ordered after plans 0006 (tracking 0008) repairs those databases, but dependencies cannot order it
after migrations not yet written that rebuild one of these tables, nor after a backward migration (unapplying
plans 0005 rebuilds the table again). So, as Django's contenttypes and auth do for what the migration state cannot
say, the tracking app's `post_migrate` receiver (sent at the end of every `migrate`, whatever it applied or
unapplied, and after `flush`) creates the triggers that are missing, from `VERSIONED_TABLES`, on the tables that
exist, once the version table exists (before tracking 0006, or after unapplying it, there is nothing to count in).
It reads which exist first, so a migrate that changed nothing costs one query.
"""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper

from roadmapfinder.tracking.models import VERSIONED_TABLES, ReaderVersion

_BUMP = (
    "INSERT INTO tracking_readerversion (user_id, version) SELECT {row}.{column}, 1 WHERE {row}.{column} IS NOT NULL "
    "ON CONFLICT (user_id) DO UPDATE SET version = tracking_readerversion.version + 1;"
)
_ROWS = {"INSERT": ("NEW",), "UPDATE": ("OLD", "NEW"), "DELETE": ("OLD",)}

#: Deferred to commit: the version row is then the last lock a transaction takes, so two transactions of one
#: learner cannot deadlock on it.
_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION rf_bump_reader_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    learner bigint;
BEGIN
    -- the learner of the row before the change (update, delete) and after it (insert, update)
    FOREACH learner IN ARRAY ARRAY[
        CASE WHEN TG_OP <> 'INSERT' THEN (to_jsonb(OLD) ->> TG_ARGV[0])::bigint END,
        CASE WHEN TG_OP <> 'DELETE' THEN (to_jsonb(NEW) ->> TG_ARGV[0])::bigint END
    ] LOOP
        CONTINUE WHEN learner IS NULL;
        INSERT INTO tracking_readerversion (user_id, version) VALUES (learner, 1)
        ON CONFLICT (user_id) DO UPDATE SET version = tracking_readerversion.version + 1;
    END LOOP;
    RETURN NULL;
END
$$;
"""
_PG_TRIGGER = (
    "CREATE CONSTRAINT TRIGGER rf_reader_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rf_bump_reader_version('{column}');"
)


def create_missing_reader_triggers(connection: BaseDatabaseWrapper) -> list[str]:
    """Create the reader-version triggers this database lacks; the tables that got them (none: all were there)."""
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        if ReaderVersion._meta.db_table not in tables:
            return []
        wanted = [(table, column) for table, column in VERSIONED_TABLES if table in tables]
        if connection.vendor == "postgresql":
            return _create_on_postgresql(cursor, wanted)
        if connection.vendor == "sqlite":
            return _create_on_sqlite(cursor, wanted)
    raise NotImplementedError(f"reader-version triggers are written for SQLite and PostgreSQL, not {connection.vendor}")


def _create_on_postgresql(cursor: CursorWrapper, wanted: list[tuple[str, str]]) -> list[str]:
    cursor.execute(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname = 'rf_reader_version' AND c.relnamespace = current_schema()::regnamespace"
    )
    present = {row[0] for row in cursor.fetchall()}
    missing = [(table, column) for table, column in wanted if table not in present]
    if missing:
        cursor.execute(_PG_FUNCTION)
    for table, column in missing:
        cursor.execute(_PG_TRIGGER.format(table=table, column=column))
    return [table for table, _ in missing]


def _create_on_sqlite(cursor: CursorWrapper, wanted: list[tuple[str, str]]) -> list[str]:
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rf_reader_version_%'")
    present = {row[0] for row in cursor.fetchall()}
    created = []
    for table, column in wanted:
        for name, statement in _sqlite_triggers(table, column):
            if name not in present:
                cursor.execute(statement)
                created.append(table)
    return sorted(set(created))


def _sqlite_triggers(table: str, column: str) -> list[tuple[str, str]]:
    """Each trigger's name and the statement that creates it, for one table on SQLite (one per operation)."""
    return [
        (
            name := f"rf_reader_version_{table}_{operation.lower()}",
            f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW BEGIN "
            + " ".join(_BUMP.format(row=row, column=column) for row in rows)
            + " END;",
        )
        for operation, rows in _ROWS.items()
    ]


def trigger_statements(vendor: str, tables: tuple[tuple[str, str], ...]) -> tuple[list[str], list[str]]:
    """The SQL that creates the triggers on `tables` (table, learner column) and the SQL that drops them: migration
    0006 runs it with the tables it lists, so the triggers it made and those `create_missing_reader_triggers` makes
    again are one text."""
    create, drop = [], []
    if vendor == "postgresql":
        create.append(_PG_FUNCTION)
        for table, column in tables:
            create.append(_PG_TRIGGER.format(table=table, column=column))
            drop.append(f"DROP TRIGGER IF EXISTS rf_reader_version ON {table};")
        drop.append("DROP FUNCTION IF EXISTS rf_bump_reader_version();")
    elif vendor == "sqlite":
        for table, column in tables:
            for name, statement in _sqlite_triggers(table, column):
                create.append(statement)
                drop.append(f"DROP TRIGGER IF EXISTS {name};")
    else:
        raise NotImplementedError(f"reader-version triggers are written for SQLite and PostgreSQL, not {vendor}")
    return create, drop
