"""A search does only the work that can change its answer (search/choice.py), so a search box typed into answers fast.

A query with one of the words of a goal that leaves a choice ("how", "make", "code", "security") was read whole as a
goal, the generator's reading, which cost more than the search itself, though only the choices' own phrases ("get a
job in tech", "learn to code") or a job title several roles share ("web developer") can make it one: "how do big
websites handle millions of users" has "how" and no such phrase, and is searched by its words alone. And a query its
words match nothing of that is such a goal ("get into it") looked for the catalog's closest names first, which its
answer then dropped: the closest names are looked for only when neither the words nor a goal answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from roadmapfinder.catalog.suggest import NameIndex
from roadmapfinder.search import choice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.fixture
def goals_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the search reads as a goal, as it reads them."""
    read: list[str] = []
    reader = choice.read_goal

    def counting(catalog: Any, text: str, **kwargs: Any) -> Any:
        read.append(text)
        return reader(catalog, text, **kwargs)

    monkeypatch.setattr(choice, "read_goal", counting)
    return read


@pytest.fixture
def names_looked_up(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the closest names are looked for."""
    asked: list[str] = []
    closest: Callable[..., list[str]] = NameIndex.closest

    def counting(self: NameIndex, query: str, **kwargs: Any) -> list[str]:
        asked.append(query)
        return closest(self, query, **kwargs)

    monkeypatch.setattr(NameIndex, "closest", counting)
    return asked


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("how do big websites handle millions of users", "system-design"),
        ("make my website handle more trafic", "system-design"),
        ("i know some php and want to build saas apps with laravel", "laravel"),
        ("how to give better feedback on pull requests", "code-review"),
    ],
)
def test_a_query_that_says_no_choice_is_searched_by_its_words_alone(
    goals_read: list[str], query: str, first: str
) -> None:
    # Before: each was read whole as a goal, and the reading changed nothing
    body = Client().get("/api/v1/search", {"q": query}).json()
    assert body["results"][0]["slug"] == first
    assert body["goal"] is None
    assert goals_read == []


@pytest.mark.parametrize(
    ("query", "read_as"),
    [("get a job in tech", "A job in tech"), ("break into tech", "A job in tech"), ("web developer", "web developer")],
)
def test_a_choice_is_still_read_once(goals_read: list[str], query: str, read_as: str) -> None:
    body = Client().get("/api/v1/search", {"q": query}).json()
    assert body["goal"]["read_as"] == read_as
    assert goals_read == [query]


def test_a_goal_its_words_match_nothing_of_looks_for_no_close_names(names_looked_up: list[str]) -> None:
    # Before: "get into it" looked for the closest of the catalog's names, then answered with the jobs in tech
    body = Client().get("/api/v1/search", {"q": "get into it"}).json()
    assert body["goal"]["read_as"] == "A job in tech"
    assert body["suggestions"] == []
    assert names_looked_up == []


def test_a_query_that_matches_nothing_still_gets_the_closest_names(names_looked_up: list[str]) -> None:
    body = Client().get("/api/v1/search", {"q": "kubernetezzz"}).json()
    assert body["results"] == []
    assert body["goal"] is None
    assert "kubernetes" in [s["key"] for s in body["suggestions"]]
    assert names_looked_up
