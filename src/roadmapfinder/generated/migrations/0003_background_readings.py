from django.db import migrations


def background_said_as_background(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Stored roadmaps answered a learner's background ("qa" of "switch from qa to devops") as a `synonym` meaning
    the key `background`, no topic; the API now says it with `how` `background`, as new ones are generated. Only the
    reading's `how` changes, so shared links show what they showed."""
    records = apps.get_model("generated", "GeneratedRoadmapRecord").objects
    for record in records.only("id", "roadmap").iterator():
        readings = record.roadmap.get("understood") or []
        changed = False
        for reading in readings:
            if reading.get("how") == "synonym" and [m.get("key") for m in reading.get("means", [])] == ["background"]:
                reading["how"] = "background"
                changed = True
        if changed:
            records.filter(pk=record.pk).update(roadmap=record.roadmap)


class Migration(migrations.Migration):
    dependencies = [("generated", "0002_inputs_help_text")]

    operations = [migrations.RunPython(background_said_as_background, migrations.RunPython.noop)]
