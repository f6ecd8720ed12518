"""Cloud Engineer on Google Cloud teaches Google Cloud, not AWS under a Google Cloud title.

"gcp cloud engineer" (and "google cloud engineer", "cloud engineer on google cloud", "gcp engineer", "google cloud
computing") answered "Cloud Engineer on Google Cloud", but its phases taught "AWS compute - EC2, Auto Scaling and load
balancers", "AWS storage - S3, EBS, EFS and AWS Backup" and twelve more AWS topics, a note said the fourteen were taught
"on AWS only" and stayed, and its projects said "Open an AWS account the right way" and "GitOps on EKS". Each AWS topic
is now its Google Cloud counterpart (content/clouds.yaml, as Azure's are), said once in a note by name, and the projects
are worded for Google Cloud; undoing the cloud gives the AWS roadmap back (test_cloud_named_is_the_cloud_taught, with
the command line, for both clouds). Plain "cloud engineer", "aws cloud engineer" and the Azure roadmap are unchanged
(test_cloud_engineer_on_azure_teaches_azure).
"""

from __future__ import annotations

import pytest

from tests.helpers import generated, naming_aws, phases_shown, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

GOOGLE_CLOUD_GOALS = [
    "gcp cloud engineer",
    "google cloud engineer",
    "cloud engineer on google cloud",
    "i want to be a gcp engineer",
    "google cloud computing",
]


@pytest.mark.parametrize("goal", GOOGLE_CLOUD_GOALS)
def test_cloud_engineer_on_google_cloud_teaches_google_cloud_services(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Cloud Engineer on Google Cloud"
    taught = topics_taught(roadmap)
    assert {
        "google-cloud-fundamentals",
        "gcp-compute",
        "gcp-storage",
        "gcp-edge-networking",
        "gcp-cli-sdks",
        "gcp-well-architected",
        "gcp-containers",
        "gcp-serverless",
        "gcp-messaging-events",
        "gcp-firestore",
        "gcp-observability",
    } <= taught  # "i want to be a gcp engineer" stops at the job-ready phase, before security and governance
    assert not {t for t in taught if t.startswith(("aws-", "amazon-"))}  # were fourteen
    assert naming_aws(phases_shown(roadmap)) == []
    assert not [n for n in roadmap["notes"] if "on AWS only" in n]  # nothing is left on AWS


def test_the_swap_is_said_once_by_name_and_google_cloud_fundamentals_come_first() -> None:
    roadmap = generated("google cloud engineer")
    [said] = [n for n in roadmap["notes"] if "in place of" in n]
    assert said.startswith("Cloud Engineer on Google Cloud teaches Google Cloud's own services: Google Cloud compute")
    assert "Firestore on Google Cloud in place of Amazon DynamoDB" in said
    assert "gcp-compute" not in said  # names, never ids
    assert "undo “google cloud”" in said
    assert {"gcp-security-services", "gcp-resource-hierarchy", "gcp-advanced-networking"} <= topics_taught(roadmap)
    order = [s["topic"] for p in roadmap["phases"] for s in p["core_skills"]]
    assert order.index("google-cloud-fundamentals") < order.index("gcp-compute")  # was phase 8, after everything
    skipped = {s["id"]: s["reason"] for s in roadmap["skipped"]}
    assert skipped["amazon-dynamodb"] == "its Google Cloud counterpart takes its place in this roadmap"
    projects = [p["title"] for phase in roadmap["phases"] for p in phase["projects"]]
    assert {"GitOps on GKE", "Multi-project landing zone"} <= set(projects)  # were "GitOps on EKS", "Multi-account ..."
