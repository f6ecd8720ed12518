"""A general cloud topic taught on Azure or Google Cloud speaks of that cloud, not of AWS alone.

Cloud Engineer on Microsoft Azure or on Google Cloud teaches the catalog's general cloud topics beside the cloud's
own (Cloud fundamentals, Cloud identity and access management, Cloud networking, Managed cloud databases, Secrets
management, Cloud security...). Their pages spoke of AWS alone in places: "learn the building blocks on one provider,
AWS being the most common", "On Amazon RDS, which of these remains your responsibility rather than AWS's?", a
question on an organisation SCP, "S3 Block Public Access", and Secrets management's only cloud guide was AWS's. Each
line that names AWS now names Azure and Google Cloud too, and each topic with an AWS guide has the cloud's guide.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from tests.helpers import generated, naming_aws, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

OWN = ("aws-", "amazon-", "azure-", "gcp-", "google-cloud-")
AZURE = re.compile(r"\b(Azure|Entra)\b")
GOOGLE = re.compile(r"\b(Google|GCS|GKE|Compute Engine|Cloud (SQL|DNS|Run|Storage|KMS|Audit Logs|Identity))\b")


def _shown(topic: dict[str, Any]) -> list[str]:
    """What a topic's page shows a learner: its summary, key points and self-check questions."""
    asked = [text for q in topic["questions"] for text in (q["ask"], *q["choices"], q["model_answer"])]
    return [topic["summary"], *topic["key_points"], *asked]


@pytest.mark.parametrize(
    ("goal", "docs"), [("cloud engineer on azure", "learn.microsoft.com"), ("gcp cloud engineer", "cloud.google.com")]
)
def test_each_general_topic_names_aws_only_beside_the_other_clouds(goal: str, docs: str) -> None:
    general = sorted(t for t in topics_taught(generated(goal)) if not t.startswith(OWN))
    aws_only: dict[str, list[str]] = {}
    for topic_id in general:
        topic = Client().get(f"/api/v1/topics/{topic_id}").json()
        lines = [line for line in naming_aws(_shown(topic)) if not (AZURE.search(line) and GOOGLE.search(line))]
        urls = [r["url"] for r in topic["resources"]]
        if any("docs.aws.amazon.com" in u or "aws.amazon.com" in u for u in urls) and not any(docs in u for u in urls):
            lines.append(f"resources: {urls}")
        if lines:
            aws_only[topic_id] = lines
    assert aws_only == {}
