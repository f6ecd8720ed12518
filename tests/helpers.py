"""Helpers shared by the test lanes: a page's visible text, and checking an answer against the OpenAPI document."""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime, time, tzinfo
from functools import cache
from typing import Any

from django.test import Client
from icalendar import Calendar
from jsonschema import Draft202012Validator

PASSWORD = "a long passphrase 42"


def text(body: bytes | str) -> str:
    """The page's visible text with whitespace folded, as a reader would see it."""
    markup = body.decode() if isinstance(body, bytes) else body
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup)))


@cache
def openapi_document() -> dict[str, Any]:
    """The API's own OpenAPI document (it does not change while the tests run)."""
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


def check_openapi(path: str, status: int, body: Any, *, method: str = "get") -> None:
    """Assert that `body` matches the schema the OpenAPI document declares for `method path` and `status`."""
    spec = openapi_document()
    operation = spec["paths"][path][method]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    Draft202012Validator({**schema, "components": spec["components"]}).validate(body)


def strictly_parsed_calendar(body: bytes) -> list[Any]:
    """The events of a calendar that meets RFC 5545's rules we rely on; fails on anything loose."""
    assert body.startswith(b"BEGIN:VCALENDAR\r\n")
    assert body.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in body.split(b"\r\n")), "lines folded at 75 octets"
    assert b"\n" not in body.replace(b"\r\n", b""), "CRLF line ends only"
    calendar = Calendar.from_ical(body)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    events = list(calendar.walk("VEVENT"))
    for event in [calendar, *calendar.walk()]:
        assert not event.errors, event.errors
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert required in event, required
        assert event.decoded("DTEND") > event.decoded("DTSTART")
    return events


def pin_today(monkeypatch: Any, day: date) -> None:
    """Make the one clock (`roadmapfinder.clock.today`) say `day` on every surface, for one test: what "next friday"
    means depends on the weekday it is typed on."""
    import roadmapfinder.clock

    class Pinned(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Pinned:
            return cls.combine(day, time(12), tzinfo=tz)

    monkeypatch.setattr(roadmapfinder.clock, "datetime", Pinned)


def answer_cli_calls_here(monkeypatch: Any) -> None:
    """Have the CLI's API calls answered by this process's API (Django's test client), with the saved login's token,
    instead of a network server; an error status raises the CLI's RemoteError as the real client does (its
    `refusal`: the message, the hint naming the suggestions, the status)."""
    import json

    from roadmapfinder.cli.server_client import ApiClient, refusal

    def call(self: ApiClient, method: str, path: str, body: object | None = None) -> Any:
        response = Client().generic(
            method,
            path,
            json.dumps(body) if body is not None else "",  # like the real client: no body when there is none
            content_type="application/json",
            headers={"Authorization": f"Bearer {self.login.token}"},
        )
        if response.status_code >= 400:
            raise refusal(response.status_code, response.json())
        return response.json()

    monkeypatch.setattr(ApiClient, "_call", call)


def finder_answer(goal: str, purpose: str = "job", known: str = "", plain: list[str] | None = None) -> dict[str, Any]:
    """The finder's API answer to a learner's answers (`plain`: phrases whose reading was undone); a 200 asserted."""
    sent: dict[str, Any] = {"goal": goal, "purpose": purpose, "known": known}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/finder", sent, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def finder_picks(found: dict[str, Any]) -> list[str]:
    """The slugs the finder recommends, in its order."""
    return [r["slug"] for r in found["recommendations"]]


def generate_answer(goal: str, plain: list[str] | None = None) -> tuple[int, dict[str, Any]]:
    """The generator API's status and JSON for a goal (`plain`: phrases whose reading was undone)."""
    sent: dict[str, Any] = {"goal": goal}
    if plain:
        sent["plain"] = plain
    response = Client().post("/api/v1/roadmaps/generate", sent, content_type="application/json")
    body: dict[str, Any] = response.json()
    return response.status_code, body


def generated(goal: str, plain: list[str] | None = None) -> dict[str, Any]:
    """The generator API's roadmap for a goal that must build one (201); `plain` as for `generate_answer`."""
    status, roadmap = generate_answer(goal, plain)
    assert status == 201, roadmap
    return roadmap


def reading_of(roadmap: dict[str, Any], said: str) -> dict[str, Any]:
    """The one reading of a generated roadmap's goal on the learner's words `said`."""
    found = [u for u in roadmap["understood"] if u["said"] == said]
    assert len(found) == 1, [u["said"] for u in roadmap["understood"]]
    return found[0]


def names_read(reading: dict[str, Any]) -> list[str]:
    """The names a reading of the goal means, in order."""
    return [m["name"] for m in reading["means"]]


def understood_keys(roadmap: dict[str, Any]) -> set[str]:
    """The roadmaps and topics a generated roadmap's readings of the goal mean, by key."""
    return {m["key"] for u in roadmap["understood"] for m in u["means"]}


def generated_page(goal: str) -> str:
    """The generated roadmap's page for the goal (the generator redirects to it), as visible text."""
    client = Client()
    response = client.get("/roadmaps/generate", {"goal": goal})
    assert response.status_code == 302, response.content[:300]
    return text(client.get(response["Location"]).content)


def topics_taught(body: dict[str, object]) -> set[str]:
    """The topics a generated roadmap's phases teach."""
    phases = body["phases"]
    assert isinstance(phases, list)
    return {s["topic"] for p in phases for s in p["core_skills"]}


#: AWS's own service names: none may be taught or asked of a learner in a roadmap that promises another cloud.
AWS_NAMES = (
    "AWS|Amazon|EC2|S3|EBS|EFS|Lambda|CloudFront|Route 53|ACM|ECS|EKS|ECR|Fargate|SQS|SNS|EventBridge|Kinesis|DynamoDB|"
    "CloudWatch|CloudTrail|GuardDuty|Security Hub|IAM Identity Center|boto3|Transit Gateway|RDS"
)


def naming_aws(lines: list[str], *also: str) -> list[str]:
    """The lines that name an AWS service, or one of the words `also` ("VPC", which Azure calls a virtual network
    and Google Cloud a VPC network, is AWS's on Azure only)."""
    pattern = re.compile(rf"\b({'|'.join([AWS_NAMES, *also])})\b")
    return [line for line in lines if pattern.search(line)]


def phases_shown(roadmap: dict[str, Any]) -> list[str]:
    """What a generated roadmap's phases teach and ask the learner to build: their titles, goals, topic names and
    projects."""
    return [
        shown
        for phase in roadmap["phases"]
        for shown in (
            phase["title"],
            phase["goal"],
            *(s["name"] for s in phase["core_skills"]),
            *(p["title"] for p in phase["projects"]),
            *(p["description"] for p in phase["projects"]),
        )
    ]


def outside_notes(output: str) -> list[str]:
    """The lines `roadmapfinder generate` prints outside its notes, its readings and its list of what was left out
    and why (which name the topics a cloud's counterparts replaced)."""
    said = ("Note:", "Understood:", "  • ")
    return [line for line in output.splitlines() if not line.startswith(said)]


def generated_phases(goal: str, *options: str) -> list[dict[str, Any]]:
    """The phases `roadmapfinder generate GOAL --json` prints for a goal that must build one (`options`: more of
    the command's options, "--know", "docker")."""
    from typer.testing import CliRunner  # imported when asked: most tests that use these helpers drive no CLI

    from roadmapfinder.cli.app import app

    result = CliRunner().invoke(app, ["generate", goal, *options, "--json"])
    assert result.exit_code == 0, result.output
    phases: list[dict[str, Any]] = json.loads(result.stdout)["phases"]
    return phases


def plan_knowing(know: str) -> tuple[dict[str, Any], str]:
    """A plan of Backend Developer on the command line, knowing `know`: its JSON, and what it said on stderr."""
    from typer.testing import CliRunner  # imported when asked: most tests that use these helpers drive no CLI

    from roadmapfinder.cli.app import app

    result = CliRunner().invoke(app, ["plan", "backend", "--know", know, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), " ".join(result.stderr.split())


def known_keys(plan: dict[str, Any]) -> set[str]:
    """The keys a plan's readings count as known (neither started nor denied)."""
    return {ref["key"] for u in plan["understood"] if not (u["started"] or u["denied"]) for ref in u["means"]}
