"""A search within one roadmap takes the roadmap as learners type it, on the API and the site as on the command line
(`Catalog.roadmap_by_name`: its title, any case, its slug or an alias), and a name that names no roadmap is a 400
that says which name and offers the close roadmaps by title, never another roadmap searched nor the filter dropped.

Before: `roadmap=` took slugs only: `GET /api/v1/search?q=http&roadmap=Backend Developer` answered 404 "no roadmap
`Backend Developer`" with "did you mean: backend, nodejs, spring-boot?", and `/search?q=jwt&roadmap=Backend
Developer` the page "We have no roadmap “Backend Developer”", as if the search itself did not exist; the as-you-type
suggestions answered a whole 404 page."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.helpers import check_openapi, text

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog")]

SEARCH = "/api/v1/search"


def _api(query: str, roadmap: str) -> Any:
    return Client().get(SEARCH, {"q": query, "roadmap": roadmap})


@pytest.mark.parametrize("typed", ["Backend Developer", "backend developer", " Backend Developer ", "backend"])
def test_the_api_searches_a_roadmap_named_by_its_title(typed: str) -> None:
    answer = _api("jwt", typed)
    assert answer.status_code == 200, answer.content
    body = answer.json()
    check_openapi(SEARCH, 200, body)
    assert body["results"]
    assert body == _api("jwt", "backend").json()  # the same search as by its slug
    assert all(hit["kind"] == "topic" for hit in body["results"])


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("bakend", "did you mean: “Backend Developer”?"),
        ("Backend Develper", "did you mean: “Backend Developer”"),
        ("qwzx", "name a roadmap by its title or slug"),
    ],
)
def test_the_api_says_which_roadmap_it_did_not_understand(typed: str, hint: str) -> None:
    answer = _api("jwt", typed)
    assert answer.status_code == 400, answer.content
    body = answer.json()
    check_openapi(SEARCH, 400, body)
    assert body["detail"] == f"no roadmap named `{typed}` to search in"
    assert body["hint"].startswith(hint)
    assert ("backend" in body["suggestions"]) == (typed != "qwzx")


def test_the_search_page_searches_a_roadmap_named_by_its_title() -> None:
    page = Client().get("/search", {"q": "jwt", "roadmap": "Backend Developer"})
    assert page.status_code == 200
    markup = page.content.decode()
    assert "Search the Backend Developer roadmap" in text(markup)
    assert '<input type="hidden" name="roadmap" value="backend">' in markup
    assert 'href="/roadmaps/backend#topic-' in markup  # its results open in the roadmap searched


def test_the_search_page_says_which_roadmap_it_did_not_understand() -> None:
    page = Client().get("/search", {"q": "jwt", "roadmap": "bakend"})
    assert page.status_code == 400
    said = text(page.content)
    assert "No roadmap named “bakend” to search in." in said
    assert 'Did you mean <a href="/roadmaps/backend">Backend Developer</a>?' in page.content.decode()
    assert "We have no roadmap" not in said


def test_the_suggestions_under_a_search_box_take_the_title_and_refuse_a_wrong_roadmap() -> None:
    by_title = Client().get("/search/suggest", {"q": "jwt", "roadmap": "Backend Developer"})
    assert by_title.status_code == 200
    assert 'href="/roadmaps/backend#topic-' in by_title.content.decode()
    wrong = Client().get("/search/suggest", {"q": "jwt", "roadmap": "bakend"})
    assert wrong.status_code == 400
    assert "No roadmap named “bakend” to search in." in text(wrong.content)


def test_the_document_says_the_roadmap_is_taken_by_its_title() -> None:
    from tests.helpers import openapi_document

    operation = openapi_document()["paths"][SEARCH]["get"]
    roadmap = next(p for p in operation["parameters"] if p["name"] == "roadmap")
    assert "its title" in roadmap["description"]
    assert "404" not in operation["responses"]  # a search is always there; a wrong roadmap is a bad value
