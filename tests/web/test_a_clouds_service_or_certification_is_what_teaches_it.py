"""A cloud's service or certification is read as what teaches it.

"azure functions" was Serverless and managed container platforms (an alias of the general topic and of Azure's
fundamentals), "cloud run" the same, and "associate cloud engineer", Google Cloud's certification for the role, was
Google Cloud fundamentals alone (60 h). Now "azure functions" is Serverless on Azure, "cloud run" Containers on Google
Cloud, and "associate cloud engineer" Cloud Engineer on Google Cloud, said in a note with its Undo; its exam is still
Google Cloud's certifications.
"""

from __future__ import annotations

import pytest

from tests.helpers import generated, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    ("goal", "topic", "not_read_as"),
    [
        ("azure functions", "azure-serverless", {"serverless", "azure-fundamentals"}),
        ("learn azure functions", "azure-serverless", {"serverless", "azure-fundamentals"}),
        ("cloud run", "gcp-containers", {"serverless", "google-cloud-fundamentals"}),
    ],
)
def test_a_clouds_service_is_read_as_the_topic_that_teaches_it(goal: str, topic: str, not_read_as: set[str]) -> None:
    roadmap = generated(goal)
    read = {m["key"] for u in roadmap["understood"] for m in u["means"]}
    assert topic in read
    assert not read & not_read_as  # "azure functions" was Serverless and managed container platforms


@pytest.mark.parametrize(
    "goal",
    ["associate cloud engineer", "i want to be an associate cloud engineer", "study for associate cloud engineer"],
)
def test_googles_associate_cloud_engineer_is_cloud_engineer_on_google_cloud(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Cloud Engineer on Google Cloud"  # was "Google Cloud fundamentals", 60 h
    taught = topics_taught(roadmap)
    assert {"google-cloud-fundamentals", "gcp-compute", "gcp-storage"} <= taught
    assert not {t for t in taught if t.startswith(("aws-", "amazon-"))}
    [note] = [n for n in roadmap["notes"] if n.startswith("“associate cloud engineer”")]
    assert "Google Cloud's certification" in note
    assert "undo “associate cloud engineer”" in note
    assert generated(goal, plain=["associate cloud engineer"])["title"] != "Cloud Engineer on Google Cloud"


def test_the_associate_cloud_engineer_exam_is_still_google_clouds_certifications() -> None:
    roadmap = generated("pass the associate cloud engineer exam")
    assert "gcp-certifications" in {m["key"] for u in roadmap["understood"] for m in u["means"]}
