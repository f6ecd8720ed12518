"""Estimates count what a roadmap adds: a topic its prerequisite roadmap already teaches is a recap, shown in place
and marked with that roadmap's name, its hours left out of the phase's and the roadmap's estimate, on every surface
(the page, the API, the exports and the plan). Written as a learner meets it, on the sample and the shipped catalog.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client

from tests.helpers import check_openapi, text


class _Topics(HTMLParser):
    """Each topic row of a roadmap page (`<li id="topic-...">`): its visible text and the links in it."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, Any]] = {}
        self._open: list[str | None] = []  # the topic id of each open <li>, None for other lists' items

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "li":
            topic = (
                (found.get("id") or "").removeprefix("topic-") if (found.get("id") or "").startswith("topic-") else None
            )
            self._open.append(topic)
            if topic:
                self.rows[topic] = {"text": "", "links": []}
        elif tag == "a" and (row := self._row()):
            row["links"].append(found.get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if row := self._row():
            row["text"] += data

    def _row(self) -> dict[str, Any] | None:
        current = next((t for t in reversed(self._open) if t), None)
        return self.rows.get(current) if current else None


def topic_rows(page: bytes) -> dict[str, dict[str, Any]]:
    parser = _Topics()
    parser.feed(page.decode())
    for row in parser.rows.values():
        row["text"] = " ".join(row["text"].split())
    return parser.rows


def facts(page: bytes) -> str:
    return text(re.search(rb'<dl class="facts">.*?</dl>', page, re.S).group(0))  # type: ignore[union-attr]


# --- the sample catalog: Beta Operations assumes Alpha Developer and lists 13 of its topics again ---------------


def test_a_recap_is_marked_in_place_with_the_roadmap_that_teaches_it_and_the_page_says_what_it_assumes() -> None:
    page = Client().get("/roadmaps/beta-ops").content
    rows = topic_rows(page)
    assert "Terminal basics 10 h Recap · taught in Alpha Developer, not counted" in rows["terminal"]["text"]
    assert "/roadmaps/alpha-dev" in rows["terminal"]["links"], "the roadmap is linked by its name, never an id"
    assert "Recap" not in rows["containers"]["text"], "Beta's own topic is no recap"
    visible = text(page)
    assert "Assumes: Alpha Developer" in visible
    assert (
        "Estimates assume you have done Alpha Developer: the 13 topics marked “Recap” are taught there, "
        "so their hours are not counted here."
    ) in visible
    # Phase 2 lists four Alpha topics and one 10-hour project: what is left is the project.
    assert "Estimated time: 1–2 weeks (10 hours at 10 h/week; recaps not counted)" in visible
    assert "Effort about 70 hours" in facts(page)


def test_the_api_says_which_topics_are_recaps_and_the_phases_add_up_to_the_total() -> None:
    body = Client().get("/api/v1/roadmaps/beta-ops").json()
    check_openapi("/api/v1/roadmaps/{slug}", 200, body)
    skills = [t for p in body["phases"] for t in p["core_skills"]]
    recaps = [t["id"] for t in skills if t["recap_of"]]
    assert {t["recap_of"]["slug"] for t in skills if t["recap_of"]} == {"alpha-dev"}
    assert {t["recap_of"]["title"] for t in skills if t["recap_of"]} == {"Alpha Developer"}
    assert len(recaps) == body["recap_count"] == 13
    assert [t["id"] for t in skills if not t["recap_of"]] == ["containers", "pipelines", "monitoring"]
    own_topics = sum(t["effort_hours"] for t in skills if not t["recap_of"])
    projects = sum(j["effort_hours"] for p in body["phases"] for j in p["projects"])
    assert body["total_hours"] == own_topics + projects == sum(p["hours"] for p in body["phases"]) == 70
    assert sum(p["recap_hours"] for p in body["phases"]) == sum(t["effort_hours"] for t in skills if t["recap_of"])
    assert body["assumes"] == [{"slug": "alpha-dev", "title": "Alpha Developer"}]
    assert body["estimate_note"].startswith("Estimates assume you have done Alpha Developer")
    summary = next(r for r in Client().get("/api/v1/roadmaps").json() if r["slug"] == "beta-ops")
    assert summary["total_hours"] == 70, "the catalog list says the same"


def test_a_roadmap_that_assumes_nothing_has_no_recaps_and_no_note() -> None:
    body = Client().get("/api/v1/roadmaps/alpha-dev").json()
    assert body["recap_count"] == 0
    assert body["assumes"] == []
    assert body["estimate_note"] == ""
    assert "Assumes:" not in text(Client().get("/roadmaps/alpha-dev").content)


def test_the_markdown_export_marks_recaps_and_says_what_the_estimate_assumes() -> None:
    markdown = Client().get("/roadmaps/beta-ops.md").content.decode()
    assert "Recap · taught in Alpha Developer, not counted" in markdown
    assert "**Estimates:** Estimates assume you have done Alpha Developer" in markdown
    assert "**Effort:** about 70 hours" in markdown


# --- the shipped catalog: the roadmaps whose estimates counted their prerequisite's topics again -----------------


#: slug: (hours a learner who has done the prerequisite roadmaps has left, how many topics are recaps, taught by)
BEFORE_AND_NOW = {
    "system-design": (186, 22, "Backend Developer"),  # was 376 h
    "software-architect": (395, 8, "Software Engineer"),  # was 455 h
    "engineering-manager": (250, 8, "Software Engineer"),  # was 300 h
    "django": (356, 0, "Python"),  # Django itself counts: Python only glances at it (Django at a glance)
    "typescript": (206, 1, "JavaScript"),  # was 226 h
    "vue": (279, 2, "HTML & CSS"),  # was 294 h
    "angular": (256, 1, "HTML & CSS"),  # was 266 h
    "nodejs": (378, 1, "JavaScript"),  # was 388 h
}


@pytest.mark.usefixtures("use_shipped_catalog")
@pytest.mark.parametrize("slug", sorted(BEFORE_AND_NOW))
def test_each_roadmap_counts_only_what_it_adds_to_its_prerequisite(slug: str) -> None:
    hours, recaps, teacher = BEFORE_AND_NOW[slug]
    body = Client().get(f"/api/v1/roadmaps/{slug}").json()
    assert body["total_hours"] == hours == sum(p["hours"] for p in body["phases"])
    marked = [
        t for p in body["phases"] for s in (p["core_skills"], *(x["topics"] for x in p["extra_sections"])) for t in s
    ]
    assert [t["recap_of"]["title"] for t in marked if t["recap_of"]] == [teacher] * recaps
    page = Client().get(f"/roadmaps/{slug}").content
    assert f"Effort about {hours} hours" in facts(page)
    assert text(page).count(f"Recap · taught in {teacher}, not counted") == recaps


@pytest.mark.usefixtures("use_shipped_catalog")
def test_system_design_keeps_its_backend_topics_in_place_and_counts_what_a_backend_developer_has_left() -> None:
    body = Client().get("/api/v1/roadmaps/system-design").json()
    check_openapi("/api/v1/roadmaps/{slug}", 200, body)
    phase_four = body["phases"][3]
    ids = [t["id"] for t in phase_four["core_skills"]]
    assert "cap-theorem" in ids, "the authors' order stays: CAP theorem is still taught in place"
    cap = next(t for t in phase_four["core_skills"] if t["id"] == "cap-theorem")
    assert cap["recap_of"] == {"slug": "backend", "title": "Backend Developer"}
    websockets = next(t for s in phase_four["extra_sections"] for t in s["topics"] if t["id"] == "websockets")
    assert websockets["recap_of"]["slug"] == "backend", "an extra section's topic Backend teaches is a recap too"
    assert phase_four["projects"], "projects are the roadmap's own and stay counted"
    page = text(Client().get("/roadmaps/system-design").content)
    assert "Estimates assume you have done Backend Developer: the 22 topics marked “Recap” are taught there" in page
    search = Client().get("/api/v1/search", {"q": "cap theorem"}).json()
    assert next(r for r in search["results"] if r["kind"] == "roadmap")["slug"] == "system-design"


@pytest.mark.django_db
@pytest.mark.usefixtures("use_shipped_catalog")
def test_a_plan_for_system_design_alone_matches_the_page_and_says_it_assumes_backend() -> None:
    client = Client()
    page_hours = client.get("/api/v1/roadmaps/system-design").json()["total_hours"]
    request = {"targets": ["system-design"], "hours_per_week": 10, "start": "2027-01-04"}
    plan = client.post("/api/v1/plans", request, content_type="application/json").json()
    check_openapi("/api/v1/plans", 201, plan, method="post")
    assert plan["total_hours"] == page_hours == 186
    assert plan["assumes"] == [
        {
            "slug": "backend",
            "title": "Backend Developer",
            "assumed_by": "system-design",
            "recaps": 22,
            "message": "System Design assumes you have done Backend Developer, so this plan leaves out the 22 "
            "System Design topics that Backend Developer teaches.",
        }
    ]
    shown = text(client.get(f"/plans/{plan['id']}").content)
    assert (
        plan["assumes"][0]["message"] + " Not done it yet? Plan Backend Developer and System Design together" in shown
    )
    link = re.search(
        r'href="(/generate\?[^"]+)">Plan Backend Developer', client.get(f"/plans/{plan['id']}").content.decode()
    )
    assert link is not None
    form = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert re.search(r'value="backend"[^>]*checked|checked[^>]*value="backend"', form), "Backend is ticked"
    assert re.search(r'value="system-design"[^>]*checked|checked[^>]*value="system-design"', form)
    both = client.post(
        "/api/v1/plans", request | {"targets": ["backend", "system-design"]}, content_type="application/json"
    )
    backend = client.get("/api/v1/roadmaps/backend").json()["total_hours"]
    assert both.json()["total_hours"] == backend + page_hours, "together, nothing is counted twice"
    assert both.json()["assumes"] == []
    finished = client.post("/api/v1/plans", request | {"finished": ["backend"]}, content_type="application/json")
    assert finished.json()["total_hours"] == page_hours
    assert finished.json()["assumes"] == [], "done it: nothing to say"


@pytest.mark.django_db
@pytest.mark.usefixtures("use_shipped_catalog")
def test_the_plan_form_offers_to_add_the_assumed_roadmap() -> None:
    client = Client()
    preview = client.get("/generate", {"roadmap": "system-design"}).content.decode()
    assert "System Design assumes you have done Backend Developer" in text(preview)
    button = re.search(r'<button type="submit"[^>]*name="roadmap" value="backend"[^>]*>([^<]+)</button>', preview)
    assert button is not None
    assert button.group(1) == "Add Backend Developer and make the plan"
