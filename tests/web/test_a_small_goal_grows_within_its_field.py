"""A goal of one topic grows to a roadmap by where it leads, never into another field.

"pen testing" was read as the Penetration testing methodology topic alone and grew from its prerequisite
Networking fundamentals into IPv4 addressing and subnetting and network devices' operating systems: a network
engineer's next steps, in a roadmap titled "Penetration testing methodology", placed before the methodology itself.
"pen testing" is now the Penetration Tester roadmap, as "pentest" and "penetration testing" were; and a small goal
grows from a prerequisite only into what a roadmap teaching the goal teaches too.
"""

from __future__ import annotations

import pytest

from roadmapfinder.catalog import default_catalog
from tests.helpers import generated, topics_taught

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

#: A network engineer's next steps after Networking fundamentals: no way into pen testing.
NETWORK_ENGINEERING = {"ip-addressing-subnetting", "network-device-cli"}


@pytest.mark.parametrize("goal", ["pen testing", "i want to learn pen testing", "pen test"])
def test_pen_testing_is_the_penetration_tester_roadmap(goal: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Penetration Tester"  # was "Penetration testing methodology", 65 h
    assert not topics_taught(roadmap) & NETWORK_ENGINEERING


@pytest.mark.parametrize("goal", ["penetration testing methodology", "capture the flag"])
def test_a_security_topic_grows_into_security_never_into_network_engineering(goal: str) -> None:
    roadmap = generated(goal)
    taught = topics_taught(roadmap)
    assert "penetration-testing" in taught
    assert not taught & NETWORK_ENGINEERING, sorted(taught & NETWORK_ENGINEERING)
    catalog = default_catalog()
    security = {t for r in catalog.roadmaps if "penetration-testing" in r.topic_ids for t in r.topic_ids}
    grown = [s["topic"] for p in roadmap["phases"] for s in p["core_skills"] if s["why"].startswith("where ")]
    assert grown, "it still grows to four phases by where it leads"
    assert set(grown) <= security


def test_a_small_web_goal_still_grows_by_what_builds_on_it() -> None:
    roadmap = generated("http")
    whys = [s["why"] for p in roadmap["phases"] for s in p["core_skills"]]
    assert "where HTTP and HTTPS leads next" in whys  # REST API design, GraphQL: what builds on the goal itself
    assert len(roadmap["phases"]) >= 4
