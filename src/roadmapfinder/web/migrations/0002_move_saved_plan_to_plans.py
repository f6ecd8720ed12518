"""SavedPlan moved to the `plans` app. The table stays (`web_savedplan`); only Django's model state moves."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0001_saved_plan"),
        ("plans", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="SavedPlan")]),
    ]
