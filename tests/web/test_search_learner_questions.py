"""Questions learners type into search, answered by the topic that teaches them.

"how to center a div" found Data centre networking first, then cloud identity and AWS landing zones: "center" met
"centre" of the data centre, and nothing named the most asked CSS question. The CSS layout topic now says it
teaches centring and is found by it, while "data center networking" stays the network engineers' topic.
"""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog")]


def _first_topic(query: str) -> str:
    results = Client().get("/api/v1/search", {"q": query}).json()["results"]
    return next(r["title"] for r in results if r["kind"] == "topic")


@pytest.mark.parametrize("query", ["how to center a div", "center div vertically", "centring in css"])
def test_centring_a_div_is_css_layout(query: str) -> None:
    assert _first_topic(query) == "CSS layout with Flexbox and Grid"


def test_a_data_centre_is_still_a_data_centre() -> None:
    assert _first_topic("data center networking") == "Data centre networking"
