"""The server-rendered pages, through Django's test client, on the sample catalog."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.helpers import text


def test_home_says_what_the_site_does_and_groups_the_catalog(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = text(response.content)
    assert "Find the best roadmap for your next tech skill" in page
    assert "Start here" not in page, "no sample roadmap is marked as a job role in its content"
    assert "All 2 roadmaps" in page
    assert "Web development 1 Alpha Developer roadmap 17–26 weeks" in page  # " roadmap" is hidden text
    assert 'href="/roadmaps/alpha-dev"' in response.content.decode()
    assert 'role="search"' in response.content.decode()


@pytest.mark.usefixtures("use_shipped_catalog")
def test_home_leads_with_the_roadmaps_for_a_job_then_skills(client: Client) -> None:
    """Role roadmaps (marked `role: true` in the content) come first, so Backend is not below Angular and API Design."""
    page = text(client.get("/").content)
    start_here, skills = page.index("Start here"), page.index("Skills and tools")
    assert start_here < page.index("Backend Developer") < skills
    assert start_here < page.index("Frontend Developer") < skills
    assert page.index("Angular", skills) > skills, "a skill roadmap is listed after the roles"


def test_home_search_box_filters_the_catalog(client: Client) -> None:
    page = text(client.get("/", {"q": "ops"}).content)
    assert "1 of 2 roadmaps match" in page
    assert "Beta Operations" in page
    assert "Alpha Developer" not in page


def test_home_filter_with_no_match_says_so(client: Client) -> None:
    page = text(client.get("/", {"q": "cobol mainframes"}).content)
    assert "No roadmap matches “cobol mainframes”" in page


def test_htmx_request_gets_only_the_catalog_fragment(client: Client) -> None:
    response = client.get("/", {"q": "alpha"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="catalog"')
    assert "<html" not in body


def test_unknown_category_is_a_clear_400(client: Client) -> None:
    response = client.get("/", {"category": "cooking"})
    assert response.status_code == 400
    assert "Unknown category “cooking”" in text(response.content), "quotes, not command-line backticks"


def test_roadmap_page_reads_like_the_seed(client: Client) -> None:
    response = client.get("/roadmaps/alpha-dev")
    assert response.status_code == 200
    page = text(response.content)
    for expected in (
        "Alpha Developer Roadmap",
        "Total time 17–26 weeks at 10 h/week",
        "Phase 1: Foundations",
        "Beginner",
        "Learn how the web and the tools work",
        "Estimated time: 4–6 weeks",
        "Core skills",
        "Project",
        "Phase 4: APIs",
        "System Design",
        "Scaling",
        "Congratulations!",
        "Well done: you finished the alpha sample roadmap.",
    ):
        assert expected in page, expected
    markup = response.content.decode()
    assert 'href="/topics/web-basics"' in markup
    assert 'href="#phase-2" rel="next"' in markup
    assert 'href="#phase-1" rel="prev"' in markup
    assert markup.count('class="phase"') == 4
    assert "<script" not in markup.split("</head>")[1], "reading a roadmap needs no JavaScript"


def test_roadmap_estimates_follow_the_readers_pace(client: Client) -> None:
    page = text(client.get("/roadmaps/alpha-dev", {"hours": "5"}).content)
    assert "Total time 34–52 weeks at 5 h/week" in page
    assert "Estimated time: 8–12 weeks" in page


@pytest.mark.parametrize("hours", ["0", "500", "abc", "nan"])
def test_bad_pace_is_a_clear_400(client: Client, hours: str) -> None:
    response = client.get("/roadmaps/alpha-dev", {"hours": hours})
    assert response.status_code == 400
    assert "Give a number" in text(response.content)


def test_roadmap_page_names_its_prerequisite_roadmaps(client: Client) -> None:
    page = text(client.get("/roadmaps/beta-ops").content)
    assert "Assumes: Alpha Developer" in page


@pytest.mark.django_db  # the page reads learners' medians
def test_topic_page(client: Client) -> None:
    response = client.get("/topics/orm-layer")
    assert response.status_code == 200
    page = text(response.content)
    for expected in (
        "ORM layer",
        "What to learn",
        "First point of ORM layer",
        "Learn first Queries",
        "Docs ORM layer docs Free",
        "Book ORM layer book Paid",
        "Python SQLAlchemy",
        "TypeScript Prisma — Drizzle is lighter.",
        "Taught in Alpha Developer · Phase 3: Data",
        "Beta Operations · Phase 4: Lead",
    ):
        assert expected in page, expected
    assert "typescript" not in page, "stacks by name, never by key"


@pytest.mark.django_db  # the page reads learners' medians
def test_topic_page_from_a_roadmap_keeps_its_place(client: Client) -> None:
    page = text(client.get("/topics/http-basics", {"roadmap": "alpha-dev"}).content)
    assert "Roadmaps Alpha Developer Phase 1: Foundations HTTP basics HTTP basics" in page, "breadcrumb, then h1"
    assert "← Previous topic How the web works Topic 2 of 17 Next topic → Terminal basics" in page
    markup = client.get("/topics/http-basics", {"roadmap": "alpha-dev"}).content.decode()
    assert 'href="/topics/terminal?roadmap=alpha-dev"' in markup, "the next topic keeps the roadmap"


@pytest.mark.django_db  # the page reads learners' medians
def test_topic_page_with_a_roadmap_it_does_not_know_says_so(client: Client) -> None:
    response = client.get("/topics/http-basics", {"roadmap": "backnd"})
    assert response.status_code == 200
    page = text(response.content)
    assert "We know no roadmap called “backnd”, so this page shows the topic on its own." in page
    assert "Next topic" not in page


@pytest.mark.django_db  # the page reads learners' medians
def test_topic_page_names_other_names_as_a_sentence(client: Client) -> None:
    page = text(client.get("/topics/http-basics").content)
    assert "About 10 hours of study. You may also see it called “http”." in page
    page = text(client.get("/topics/orm-layer").content)
    assert "also see it called" not in page, "an alias that only repeats the name is not another name"


@pytest.mark.django_db  # the page reads learners' medians
def test_taught_in_folds_after_the_first_few(client: Client, use_shipped_catalog: None) -> None:
    markup = client.get("/topics/http", {"roadmap": "frontend"}).content.decode()
    taught_in = markup.partition('<ul class="taught-in">')[2]
    shown, _, folded = taught_in.partition('<details class="more">')
    assert shown.count('<li><a href="/roadmaps/') == 4
    assert 'href="/roadmaps/frontend#topic-http"' in shown, "the roadmap the reader came from leads"
    assert re.search(r"and \d+ more roadmaps", folded)


def test_unknown_roadmap_404_suggests_the_closest(client: Client) -> None:
    response = client.get("/roadmaps/alpah-dev")
    assert response.status_code == 404
    page = text(response.content)
    assert "We have no roadmap “alpah-dev”" in page
    assert "Did you mean: Alpha Developer" in page


def test_unknown_topic_404_suggests_the_closest(client: Client) -> None:
    response = client.get("/topics/queris")
    assert response.status_code == 404
    assert "Did you mean: Queries" in text(response.content)


def test_unknown_url_404_still_suggests(client: Client) -> None:
    response = client.get("/roadmap/beta")
    assert response.status_code == 404
    assert "Beta Operations" in text(response.content)


@pytest.mark.usefixtures("use_shipped_catalog")
def test_the_shipped_backend_roadmap_page(client: Client) -> None:
    response = client.get("/roadmaps/backend")
    assert response.status_code == 200
    page = text(response.content)
    assert "Backend Developer Roadmap" in page
    for number in range(1, 8):
        assert f"Phase {number}:" in page
    assert "Congratulations!" in page


#: Pictographs drawn only by an emoji font (📅, 🎉): Debian's Chromium has none, nor have some readers' systems, and
#: it shows an empty box. The text symbols the pages use (✓, ✗, ◐) are in the ordinary fonts (DejaVu) and stay.
EMOJI = re.compile("[\U0001f000-\U0001faff\ufe0f]")


@pytest.mark.django_db  # a generated roadmap is kept
@pytest.mark.usefixtures("use_shipped_catalog")
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/roadmaps/backend",
        "/roadmaps/generate?goal=become a backend developer",
        "/finder?goal=pyhton data analyst",
    ],
)
def test_pages_draw_their_icons_rather_than_emoji_a_browser_may_show_as_a_box(client: Client, path: str) -> None:
    response = client.get(path, follow=True)
    assert response.status_code == 200
    markup = response.content.decode()
    assert not EMOJI.findall(markup), f"{path} uses {set(EMOJI.findall(markup))}"
    if "/roadmaps/" in path:  # the estimate keeps its calendar, drawn, hidden from screen readers, who hear the words
        estimate = re.search(r'<p class="estimate">(.*?)</p>', markup, re.S)
        assert estimate is not None
        assert re.match(r'\s*<svg [^>]*aria-hidden="true"', estimate.group(1)), estimate.group(1)
        assert text(estimate.group(1)).strip().startswith("Estimated time: ")
    if path == "/roadmaps/backend":
        assert "Congratulations!" in text(markup)


@pytest.mark.django_db  # the page reads learners' medians
def test_topic_panel_is_the_topic_without_the_page_around_it(client: Client) -> None:
    response = client.get("/topics/orm-layer/panel", {"roadmap": "alpha-dev"})
    assert response.status_code == 200
    markup = response.content.decode()
    assert "<html" not in markup
    page = text(response.content)
    assert "Alpha Developer · Phase 3: Data ORM layer" in page
    assert "What to learn First point of ORM layer" in page
    assert "Open the full page of ORM layer" in page
    assert client.get("/topics/orm-layr/panel").status_code == 404
