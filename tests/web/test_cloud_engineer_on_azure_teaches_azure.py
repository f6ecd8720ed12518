"""Cloud Engineer on Microsoft Azure teaches Azure, not AWS under an Azure title.

"azure cloud engineer" (and "azure engineer", "cloud engineer on azure", "azure cloud computing") answered "Cloud
Engineer on Microsoft Azure", but its phases taught "AWS compute - EC2, Auto Scaling and load balancers", "AWS
storage - S3, EBS, EFS and AWS Backup" and twelve more AWS topics, a note said the fourteen "stay", and its projects
said "Open an AWS account the right way" and "GitOps on EKS". Each AWS topic is now its Azure counterpart
(content/clouds.yaml), said once in a note by name, and the projects are worded for Azure; undoing “azure” gives the
AWS roadmap back (test_cloud_named_is_the_cloud_taught, with the command line, for both clouds). Plain "cloud
engineer" and "aws cloud engineer" are unchanged.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tests.helpers import generated, naming_aws, phases_shown, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()

AZURE_GOALS = [
    "azure cloud engineer",
    "i want to be an azure engineer",
    "cloud engineer on azure",
    "azure cloud computing",
]


@pytest.mark.parametrize("goal", AZURE_GOALS)
def test_cloud_engineer_on_azure_teaches_azure_services(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Cloud Engineer on Microsoft Azure"
    taught = topics_taught(roadmap)
    assert {
        "azure-fundamentals",
        "azure-compute",
        "azure-storage",
        "azure-edge-networking",
        "azure-cli-sdks",
        "azure-containers",
        "azure-serverless",
        "azure-messaging-events",
        "azure-observability",
    } <= taught  # "i want to be an azure engineer" stops at the job-ready phase, before security and governance
    assert not {t for t in taught if t.startswith(("aws-", "amazon-"))}  # were fourteen
    assert naming_aws(phases_shown(roadmap), "VPC") == []
    assert not {t for t in taught if t.startswith("gcp-")}
    assert not [n for n in roadmap["notes"] if "on AWS only" in n]  # nothing is left on AWS


def test_the_swap_is_said_once_by_name_and_azure_fundamentals_come_first() -> None:
    roadmap = generated("azure cloud engineer")
    [said] = [n for n in roadmap["notes"] if "in place of" in n]
    assert "AWS compute - EC2, Auto Scaling and load balancers" in said
    assert "Azure compute - Virtual Machines, scale sets and load balancing" in said
    assert "aws-compute" not in said  # names, never ids
    assert "azure-compute" not in said
    assert "undo “azure”" in said
    assert {"azure-security-services", "azure-landing-zones", "azure-advanced-networking"} <= topics_taught(roadmap)
    order = [s["topic"] for p in roadmap["phases"] for s in p["core_skills"]]
    assert order.index("azure-fundamentals") < order.index("azure-compute")  # was phase 8, after everything
    skipped = {s["id"]: s["reason"] for s in roadmap["skipped"]}
    assert skipped["aws-compute"] == "its Microsoft Azure counterpart takes its place in this roadmap"  # one reason


@pytest.mark.parametrize(
    ("goal", "title"), [("cloud engineer", "Cloud Engineer"), ("aws cloud engineer", "Cloud Engineer with AWS")]
)
def test_cloud_engineer_on_aws_is_unchanged(goal: str, title: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    taught = topics_taught(roadmap)
    assert {"aws-compute", "aws-storage", "aws-containers", "aws-organizations"} <= taught
    assert not {t for t in taught if t.startswith(("azure-", "gcp-")) and not t.endswith("-fundamentals")}
    assert "GitOps on EKS" in [p["title"] for phase in roadmap["phases"] for p in phase["projects"]]
    assert not [n for n in roadmap["notes"] if "in place of" in n]
