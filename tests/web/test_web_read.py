"""Reading on the web: the inline diagram, downloads, search-engine tags, and cached answers with ETags."""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from django.test import Client

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.estimate import weeks_said


@pytest.fixture
def client() -> Client:
    return Client()


def meta(content: str, attribute: str, name: str) -> str:
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', content)
    assert match, f"no {name} meta tag"
    return match.group(1)


def test_roadmap_page_opens_with_an_accessible_scrollable_diagram(client: Client) -> None:
    page = client.get("/roadmaps/alpha-dev").content.decode()
    diagram = page.index('class="diagram-scroll"')
    assert diagram < page.index('class="jump"'), "the diagram comes before the phases"
    svg = page[page.index("<svg", diagram) : page.index("</svg>", diagram) + 6]
    root = ET.fromstring(svg)
    assert root.get("aria-hidden") == "true", "the page lists the same links, and captions the picture"
    assert "Overview diagram: 4 phases in order." in page
    hrefs = [a.get("href") for a in root.iter("{http://www.w3.org/2000/svg}a")]
    assert "/topics/markup" in hrefs
    assert len(hrefs) == len(default_catalog().roadmap("alpha-dev").topic_ids)


def test_diagram_follows_the_readers_pace(client: Client) -> None:
    stated = default_catalog().roadmap("alpha-dev").phases[0].estimated_weeks
    page = client.get("/roadmaps/alpha-dev", {"hours": 40}).content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert weeks_said(stated) != weeks_said(stated, at=40)
    assert f">{weeks_said(stated, at=40)}<" in svg
    assert f">{weeks_said(stated)}<" in client.get("/roadmaps/alpha-dev.svg").content.decode()


@pytest.mark.parametrize(
    ("suffix", "media_type", "disposition"),
    [
        (".svg", "image/svg+xml", "inline"),
        (".md", "text/markdown", "attachment"),
        (".pdf", "application/pdf", "attachment"),
    ],
)
def test_downloads(client: Client, suffix: str, media_type: str, disposition: str) -> None:
    response = client.get(f"/roadmaps/alpha-dev{suffix}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(media_type)
    assert response["Content-Disposition"] == f'{disposition}; filename="alpha-dev-roadmap{suffix}"'


def test_markdown_download_links_to_the_site_itself(client: Client) -> None:
    body = client.get("/roadmaps/alpha-dev.md").content.decode()
    for phase in default_catalog().roadmap("alpha-dev").phases:
        assert f": {phase.title}\n" in body
    assert "(http://testserver/topics/markup)" in body


def test_download_of_unknown_roadmap_is_a_404_with_suggestions(client: Client) -> None:
    response = client.get("/roadmaps/alpha.pdf")
    assert response.status_code == 404
    assert "/roadmaps/alpha-dev" in response.content.decode()


def test_download_at_a_bad_pace_is_a_400(client: Client) -> None:
    assert client.get("/roadmaps/alpha-dev.md", {"hours": "lots"}).status_code == 400


def test_sitemap_lists_every_roadmap_and_topic(client: Client) -> None:
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    locations = {
        loc.text for loc in ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    catalog = default_catalog()
    expected = {"http://testserver/"}
    expected |= {f"http://testserver/roadmaps/{r.slug}" for r in catalog.roadmaps}
    expected |= {f"http://testserver/topics/{t.id}" for t in catalog.topics}
    assert locations == expected


def test_robots_points_to_the_sitemap_and_keeps_out_of_the_admin(client: Client) -> None:
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


@pytest.mark.parametrize("path", ["/", "/roadmaps/alpha-dev", "/topics/markup", "/no-such-page", "/roadmaps/nope"])
@pytest.mark.django_db  # topic pages read learners' medians
def test_every_page_has_description_canonical_and_link_preview_tags(client: Client, path: str) -> None:
    page = client.get(path, {"hours": 5} if path.startswith("/roadmaps/alpha") else {}).content.decode()
    assert meta(page, "name", "description")
    assert f'<link rel="canonical" href="http://testserver{path}">' in page, "canonical drops the query string"
    assert meta(page, "property", "og:url") == f"http://testserver{path}"
    assert meta(page, "property", "og:title")
    assert meta(page, "property", "og:description")
    assert meta(page, "name", "twitter:card") == "summary"


@pytest.mark.django_db  # topic pages read learners' medians
def test_canonical_uses_the_configured_public_address(client: Client, settings: Any) -> None:
    settings.SITE_URL = "https://roadmaps.example"
    page = client.get("/topics/markup").content.decode()
    assert '<link rel="canonical" href="https://roadmaps.example/topics/markup">' in page


def test_error_pages_are_not_indexed(client: Client) -> None:
    assert '<meta name="robots" content="noindex">' in client.get("/roadmaps/nope").content.decode()


def test_roadmap_page_describes_itself_as_a_schema_org_course(client: Client) -> None:
    page = client.get("/roadmaps/alpha-dev").content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match
    data = json.loads(match.group(1))
    roadmap = default_catalog().roadmap("alpha-dev")
    assert data["@type"] == "Course"
    assert data["name"] == "Alpha Developer Roadmap"
    assert data["url"] == "http://testserver/roadmaps/alpha-dev"
    assert [s["name"] for s in data["syllabusSections"]] == [
        f"Phase {n}: {p.title}" for n, p in enumerate(roadmap.phases, 1)
    ]
    assert re.fullmatch(r"PT\d+H", data["timeRequired"])


@pytest.mark.parametrize("path", ["/roadmaps/alpha-dev", "/api/v1/roadmaps/alpha-dev", "/topics/markup", "/"])
@pytest.mark.django_db  # topic pages read learners' medians
def test_content_answers_carry_an_etag_and_revalidate_with_304(client: Client, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200
    etag = first["ETag"]
    assert default_catalog().content_hash in etag
    assert "max-age=" in first["Cache-Control"]
    again = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(path, HTTP_IF_NONE_MATCH='W/"an-old-build"').status_code == 200


def test_a_cached_answer_is_the_same_page(client: Client) -> None:
    first = client.get("/roadmaps/alpha-dev")
    second = client.get("/roadmaps/alpha-dev")
    assert second.content == first.content
    assert second["Content-Length"] == str(len(first.content))
    assert second["X-Content-Type-Options"] == "nosniff", "security headers survive the cache"


def test_answers_are_compressed_when_the_client_accepts_it(client: Client) -> None:
    plain = client.get("/roadmaps/alpha-dev")
    packed = client.get("/roadmaps/alpha-dev", HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert "Accept-Encoding" in packed["Vary"]


def test_cached_pages_vary_on_the_cookie_so_signing_in_refreshes_them(client: Client) -> None:
    response = client.get("/roadmaps/alpha-dev")
    assert response["Cache-Control"].startswith("public")
    assert "Cookie" in [v.strip() for v in response["Vary"].split(",")]


@pytest.mark.django_db
@pytest.mark.database
def test_signed_in_readers_and_errors_bypass_the_cache(client: Client) -> None:
    client.cookies["sessionid"] = "anything"
    assert "ETag" not in client.get("/roadmaps/alpha-dev")
    assert "ETag" not in Client().get("/roadmaps/nope")
