"""Reader versions: a per-learner number that database triggers count up on every change to their pages' data.

The tables are listed here, not imported, so this migration stays what it was when later ones change the list
(tests/web/test_personal_answers.py holds that every table with a learner's rows is covered); the triggers' SQL
is tracking/reader_triggers.trigger_statements, the one text that every migrate's repair also writes. On PostgreSQL the
triggers are deferred to commit: the version row is then the last lock a transaction takes, so two transactions of
one learner cannot deadlock on it.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations, models

from roadmapfinder.tracking.reader_triggers import trigger_statements

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


def _create(apps: Any, schema_editor: Any) -> None:
    for statement in trigger_statements(schema_editor.connection.vendor, TABLES)[0]:
        schema_editor.execute(statement, params=None)


def _drop(apps: Any, schema_editor: Any) -> None:
    for statement in trigger_statements(schema_editor.connection.vendor, TABLES)[1]:
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
