"""A week range says one number when both ends agree: "1 week", never "1–1 weeks" (a roadmap at a fast pace)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def test_a_roadmap_at_a_fast_pace_says_its_weeks_once() -> None:
    page = Client().get("/roadmaps/alpha-dev", {"hours": "50"}).content.decode()
    said = re.findall(r"(\d+)–(\d+) weeks", page)
    assert said, "no week range on the page"
    assert all(low != high for low, high in said), said
    assert re.search(r'class="flow-meta">[^<]* · 1 week</span>', page)  # a phase of 0.8–1.2 weeks at that pace
