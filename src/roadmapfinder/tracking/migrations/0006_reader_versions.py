"""Reader versions: a per-learner number that database triggers count up on every change to their pages' data.

The tables are listed here, not imported, so this migration stays what it was when later ones change the list
(tests/web/test_personal_answers.py holds that every table with a learner's rows is covered). On PostgreSQL the
triggers are deferred to commit: the version row is then the last lock a transaction takes, so two transactions of
one learner cannot deadlock on it.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations, models

TABLES = (
    ("tracking_topicprogress", "user_id"),
    ("tracking_projectprogress", "user_id"),
    ("tracking_followedroadmap", "user_id"),
    ("tracking_followedgenerated", "user_id"),
    ("tracking_topicnote", "user_id"),
    ("web_savedplan", "owner_id"),
    ("answers_questionanswer", "user_id"),
    ("answers_topiccheck", "user_id"),
)
_BUMP = (
    "INSERT INTO tracking_readerversion (user_id, version) SELECT {row}.{column}, 1 WHERE {row}.{column} IS NOT NULL "
    "ON CONFLICT (user_id) DO UPDATE SET version = tracking_readerversion.version + 1;"
)
_ROWS = {"INSERT": ("NEW",), "UPDATE": ("OLD", "NEW"), "DELETE": ("OLD",)}

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


def _statements(vendor: str) -> tuple[list[str], list[str]]:
    """The SQL that creates the triggers on this database, and the SQL that drops them."""
    create, drop = [], []
    if vendor == "postgresql":
        create.append(_PG_FUNCTION)
        for table, column in TABLES:
            create.append(
                f"CREATE CONSTRAINT TRIGGER rf_reader_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rf_bump_reader_version('{column}');"
            )
            drop.append(f"DROP TRIGGER IF EXISTS rf_reader_version ON {table};")
        drop.append("DROP FUNCTION IF EXISTS rf_bump_reader_version();")
    elif vendor == "sqlite":
        for table, column in TABLES:
            for operation, rows in _ROWS.items():
                name = f"rf_reader_version_{table}_{operation.lower()}"
                body = " ".join(_BUMP.format(row=row, column=column) for row in rows)
                create.append(f"CREATE TRIGGER {name} AFTER {operation} ON {table} FOR EACH ROW BEGIN {body} END;")
                drop.append(f"DROP TRIGGER IF EXISTS {name};")
    else:
        raise NotImplementedError(f"reader-version triggers are written for SQLite and PostgreSQL, not {vendor}")
    return create, drop


def _create(apps: Any, schema_editor: Any) -> None:
    for statement in _statements(schema_editor.connection.vendor)[0]:
        schema_editor.execute(statement, params=None)


def _drop(apps: Any, schema_editor: Any) -> None:
    for statement in _statements(schema_editor.connection.vendor)[1]:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("tracking", "0005_followed_generated"),
        ("plans", "0004_auto_reschedule"),
        ("answers", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReaderVersion",
            fields=[
                ("user_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("version", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(_create, _drop),
    ]
