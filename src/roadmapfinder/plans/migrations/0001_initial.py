"""SavedPlan, moved here from the web project: the state is created over the existing `web_savedplan` table, and
the content type (admin history, permissions) changes app so nothing points at the old label."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import roadmapfinder.plans.models


def _move_content_type(apps, schema_editor):  # type: ignore[no-untyped-def]
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(app_label="plans", model="savedplan").exists():
        content_types.objects.filter(app_label="web", model="savedplan").update(app_label="plans")


def _restore_content_type(apps, schema_editor):  # type: ignore[no-untyped-def]
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(app_label="web", model="savedplan").exists():
        content_types.objects.filter(app_label="plans", model="savedplan").update(app_label="web")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
        ("web", "0001_saved_plan"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SavedPlan",
                    fields=[
                        (
                            "id",
                            models.CharField(
                                default=roadmapfinder.plans.models.new_plan_id,
                                editable=False,
                                max_length=32,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        (
                            "request",
                            models.JSONField(help_text="The PlanRequest, with its start date fixed at creation."),
                        ),
                        ("creator_session", models.CharField(blank=True, db_index=True, max_length=64)),
                        ("title", models.CharField(blank=True, max_length=200)),
                        ("created", models.DateTimeField(auto_now_add=True)),
                        ("updated", models.DateTimeField(auto_now=True)),
                        (
                            "owner",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="plans",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={"ordering": ("-updated",), "db_table": "web_savedplan"},
                ),
            ]
        ),
        migrations.RunPython(_move_content_type, _restore_content_type),
    ]
