"""A cloud's service or certification is read as what teaches it.

"azure functions" was Serverless and managed container platforms (an alias of the general topic and of Azure's
fundamentals), "cloud run" the same, and "associate cloud engineer", Google Cloud's certification for the role, was
Google Cloud fundamentals alone (60 h). Now "azure functions" is Serverless on Azure, "cloud run" Containers on Google
Cloud, and "associate cloud engineer" Cloud Engineer on Google Cloud, said in a note with its Undo; its exam is still
Google Cloud's certifications.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, generated, topics_taught, understood_keys

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

runner = CliRunner()


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


#: Topics that make a phone app: never read from the "apps" of a cloud service's name.
_PHONE_APP = {"react-native", "mobile-backend-services", "app-store-publishing"}


@pytest.mark.parametrize(
    ("goal", "topic"),
    [
        ("azure container apps", "azure-containers"),  # was a mobile app beside “azure container”
        ("learn azure container apps", "azure-containers"),
        ("azure logic apps", "azure-serverless"),
        ("azure function apps", "azure-serverless"),
    ],
)
def test_a_cloud_services_name_with_apps_in_it_is_that_service_not_a_phone_app(goal: str, topic: str) -> None:
    roadmap = generated(goal)
    read = understood_keys(roadmap)
    assert topic in read
    assert not read & _PHONE_APP, roadmap["understood"]
    assert "mobile app" not in roadmap["title"].lower(), roadmap["title"]
    assert not [n for n in roadmap["notes"] if n.startswith("Read as a phone app")]


@pytest.mark.parametrize(
    "goal", ["google app engine", "azure app service", "aws app runner", "azure static web apps", "aws amplify apps"]
)
def test_no_cloud_services_name_with_app_in_it_is_read_as_a_phone_app(goal: str) -> None:
    _, body = generate_answer(goal)  # a roadmap, or a 404 naming what was not found: never a phone app
    read = {m["key"] for u in body.get("understood", []) for m in u["means"]}
    read |= {m["key"] for r in body.get("readings", []) for m in r.get("means", [])}
    assert not read & _PHONE_APP, body
    assert "mobile app" not in str(body.get("title", "")).lower()


def test_a_phone_app_is_still_a_phone_app() -> None:
    assert {"react-native"} <= understood_keys(generated("build a mobile app"))
    assert {"react-native"} <= understood_keys(generated("i want to make apps"))


def test_the_cli_reads_azure_container_apps_as_the_azure_service() -> None:
    result = runner.invoke(app, ["generate", "azure container apps"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "“azure container apps” → Containers on Azure" in said
    assert "React Native" not in said


@pytest.mark.parametrize(
    "goal", ["az-104", "azure administrator", "azure admin", "az 104 exam", "i want to become an azure administrator"]
)
def test_azures_administrator_exam_is_cloud_engineer_on_azure(goal: str) -> None:
    roadmap = generated(goal)
    # was "Azure certifications" (85 h) or "Microsoft Azure fundamentals" (60 h)
    assert roadmap["title"] == "Cloud Engineer on Microsoft Azure", roadmap["title"]
    taught = topics_taught(roadmap)
    assert {"azure-fundamentals", "azure-compute", "azure-storage", "azure-observability"} <= taught
    assert not {t for t in taught if t.startswith(("aws-", "amazon-"))}
    [note] = [n for n in roadmap["notes"] if "Azure Administrator" in n and "certification" in n]
    assert "undo “" in note


def test_undoing_the_azure_administrator_reading_gives_it_back_as_typed() -> None:
    roadmap = generated("az-104", plain=["az-104"])
    assert roadmap["title"] != "Cloud Engineer on Microsoft Azure", roadmap["title"]


def test_azures_fundamentals_exam_stays_the_fundamentals() -> None:
    assert generated("az-900")["title"] == "Microsoft Azure fundamentals"


def test_the_cli_says_az_104_is_read_as_cloud_engineer_on_azure_with_its_undo() -> None:
    result = runner.invoke(app, ["generate", "az-104"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "Cloud Engineer on Microsoft Azure Roadmap" in said
    assert "--plain az-104" in said
