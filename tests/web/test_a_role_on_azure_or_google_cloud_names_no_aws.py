"""A role done on Microsoft Azure or Google Cloud names no AWS service, in what it teaches, asks to build or leaves out.

"i want to be a gcp engineer" taught Google Cloud up to the job-ready milestone, but its list of what comes after it
(what undoing “want to be” adds) named "AWS security services", "AWS accounts, Organizations and landing zones" and
"Advanced AWS networking", which the whole roadmap teaches as their Google Cloud counterparts; "i want to be a network
engineer on azure" named "Advanced AWS networking" so. Projects that other roadmaps lend ("A safe cloud sandbox" of
Terraform, "A production-shaped AWS environment in Terraform" of DevOps, "Taxi trips lakehouse", "Managed database
platform as code", "Break and fix a cloud account"...) asked an Azure or Google Cloud learner to "open an AWS account",
use "IAM Identity Center", S3 or RDS; each is now worded for the cloud (content/clouds.yaml), as Cloud Engineer's are.
"learn azure" and "learn gcp" were lent the AWS roadmap's own "A scalable web tier", now never handed to another cloud.
"promotion to senior cloud engineer on azure" taught Azure compute, storage, containers and seven more Azure topics
again, the job the learner has, and said AWS compute was replaced by its Azure counterpart, which it left out.
"""

from __future__ import annotations

import pytest

from tests.helpers import generated, naming_aws, phases_shown, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

AFTER = "after the job-ready milestone"


@pytest.mark.parametrize(
    ("goal", "counterparts"),
    [
        (
            "i want to be a gcp engineer",
            [
                "Google Cloud security services",
                "Google Cloud resource hierarchy, projects and landing zones",
                "Advanced Google Cloud networking",
            ],
        ),
        (
            "i want to be an azure cloud engineer",
            [
                "Azure security services",
                "Azure subscriptions, management groups and landing zones",
                "Advanced Azure networking",
            ],
        ),
        (
            "i want to be a network engineer on azure",
            ["Advanced Azure networking"],
        ),
    ],
)
def test_what_comes_after_the_milestone_is_on_the_cloud_asked_for(goal: str, counterparts: list[str]) -> None:
    roadmap = generated(goal)
    after = {s["id"]: s["name"] for s in roadmap["skipped"] if s["reason"].startswith(AFTER)}
    assert naming_aws(list(after.values())) == []  # were "AWS security services", "Advanced AWS networking"...
    assert set(counterparts) <= set(after.values())
    whole = generated(goal, plain=["want to be"])  # what undoing “want to be” includes is what the list said
    taught = {s["topic"]: s["hours"] for p in whole["phases"] for s in p["core_skills"]}
    assert set(after) <= set(taught)
    [scope] = roadmap["scope"]
    assert scope["left_out_hours"] == sum(taught[t] for t in after)


def test_a_promotion_on_azure_starts_from_the_job_done_on_azure() -> None:
    roadmap = generated("promotion to senior cloud engineer on azure")
    taught = topics_taught(roadmap)
    assert not {"azure-compute", "azure-storage", "azure-containers", "azure-cosmos-db"} & taught  # taught again
    assert {"azure-security-services", "azure-landing-zones", "azure-advanced-networking"} <= taught
    job = [s["name"] for s in roadmap["skipped"] if s["reason"].startswith("up to")]
    assert "Azure compute - Virtual Machines, scale sets and load balancing" in job
    replaced = [s["name"] for s in roadmap["skipped"] if "counterpart" in s["reason"]]
    assert replaced == [
        "AWS security services",
        "AWS accounts, Organizations and landing zones",
        "Advanced AWS networking",
    ]


@pytest.mark.parametrize(
    "goal",
    [
        "network engineer on azure",
        "network engineer on gcp",
        "full stack developer on azure",
        "software engineer on google cloud",
        "ai engineer on gcp",
        "backend developer on azure",
        "backend developer on gcp",
        "i want to be a data engineer on azure",
        "data engineer on gcp",
        "cyber security on azure",
        "cyber security on gcp",
        "penetration tester on azure",
        "database administrator on azure",
        "database administrator on gcp",
        "kubernetes on azure",
        "gke",
        "learn terraform on gcp",
        "terraform on azure",
        "go developer on azure",
        "linux on gcp",
        "next.js on azure",
        "node.js on gcp",
        "elasticsearch on azure",
        "learn azure",  # lent the AWS roadmap's "A scalable web tier", an AWS Organization and Session Manager
        "learn gcp",
    ],
)
def test_every_project_is_written_for_the_cloud_asked_for(goal: str) -> None:
    roadmap = generated(goal)
    assert "Azure" in roadmap["title"] or "Google Cloud" in roadmap["title"]
    on_azure = "Azure" in roadmap["title"]
    assert naming_aws(phases_shown(roadmap), *(["VPC"] if on_azure else []), "CloudGoat", "Athena", "Glue") == []
