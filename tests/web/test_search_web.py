"""The search page, the as-you-type suggestions, the roadmap topic filter and the finder, on the sample catalog."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.helpers import text


def test_search_page_shows_result_cards_with_why(client: Client) -> None:
    response = client.get("/search", {"q": "containers"})
    assert response.status_code == 200
    page = text(response.content)
    assert "results for “containers”" in page
    assert "Topic Containers" in page
    assert "Taught in Beta Operations" in page
    assert "Roadmap · Cloud & operations Beta Operations" in page
    assert "phases" in page
    assert "weeks at 10 h/week" in page
    assert "Matched: " in page
    assert "topic Containers" in page
    markup = response.content.decode()
    assert 'href="/topics/containers"' in markup
    assert 'href="/roadmaps/beta-ops"' in markup


def test_category_filter(client: Client) -> None:
    page = text(client.get("/search", {"q": "sample roadmap", "category": "web"}).content)
    assert "Roadmap · Web development Alpha Developer" in page
    assert "Roadmap · Cloud & operations" not in page


def test_typo_says_what_was_searched(client: Client) -> None:
    page = text(client.get("/search", {"q": "containres"}).content)
    assert "Showing results for “ containers ”" in page


def test_no_result_offers_close_names_and_the_finder(client: Client) -> None:
    response = client.get("/search", {"q": "alpah developr xyz"})
    page = text(response.content)
    assert response.status_code == 200
    if "Nothing matches" in page:
        assert "Did you mean" in page
    page = text(client.get("/search", {"q": "qqqq zzzz"}).content)
    assert "Nothing matches “qqqq zzzz”" in page
    assert "roadmap finder" in page
    assert 'href="/finder"' in client.get("/search", {"q": "qqqq zzzz"}).content.decode()


def test_no_result_asks_the_finder_and_the_generator_about_the_query(client: Client) -> None:
    # a learner's wish ("build my own robots") names nothing: the finder reads it and names the nearest roadmaps,
    # the generator builds one; both links carry what they typed
    markup = client.get("/search", {"q": "build my own robots"}).content.decode()
    page = text(markup)
    assert "Ask the roadmap finder about “build my own robots”" in page
    assert "generate a roadmap for “build my own robots”" in page
    assert 'href="/finder?goal=build%20my%20own%20robots"' in markup
    assert 'href="/roadmaps/generate?goal=build%20my%20own%20robots"' in markup


def test_blank_search_shows_the_form(client: Client) -> None:
    response = client.get("/search")
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("x" * 300, "The search query is 300 characters long"),
        ("react\x00hooks", "The search query contains control or binary characters"),
    ],
)
def test_bad_query_is_a_clear_400(client: Client, query: str, message: str) -> None:
    response = client.get("/search", {"q": query})
    assert response.status_code == 400
    assert message in text(response.content)


def test_binary_query_string_is_a_clear_400(client: Client) -> None:
    response = client.get("/search?q=%ff%fe")
    assert response.status_code == 400


def test_unknown_roadmap_filter_is_a_400_with_suggestions(client: Client) -> None:
    response = client.get("/search", {"q": "basics", "roadmap": "alpha-dve"})
    assert response.status_code == 400  # the search exists; the roadmap to search in is the bad value
    assert 'href="/roadmaps/alpha-dev"' in response.content.decode()


def test_home_box_submits_to_search_and_asks_for_suggestions(client: Client) -> None:
    markup = client.get("/").content.decode()
    assert 'action="/search"' in markup
    assert 'hx-get="/search/suggest"' in markup
    assert 'href="/finder"' in markup


def test_suggestions_fragment_lists_links(client: Client) -> None:
    response = client.get("/search/suggest", {"q": "alph"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert 'href="/roadmaps/alpha-dev"' in body


def test_suggestions_are_counted_in_a_status_not_read_out_whole(client: Client) -> None:
    """The list is no live region (a screen reader would read every suggestion again at each pause in typing): a
    status beside it says how many there are."""
    home = client.get("/").content.decode()
    assert 'id="search-suggestions" class="suggest" data-focus-fallback="q">' in home
    assert '<p id="search-suggestions-status" class="visually-hidden" role="status"></p>' in home
    hx = {"HX-Request": "true", "HX-Target": "search-suggestions"}
    found = client.get("/search/suggest", {"q": "alph"}, headers=hx).content.decode()
    assert re.search(r'<p id="search-suggestions-status" [^>]*hx-swap-oob="true">\d+ suggestions?</p>', found)
    nothing = client.get("/search/suggest", {"q": "qwzxv"}, headers=hx).content.decode()
    assert 'hx-swap-oob="true">No match yet</p>' in nothing
    page = client.get("/roadmaps/beta-ops").content.decode()
    assert '<p id="topic-filter-results-status" class="visually-hidden" role="status"></p>' in page
    assert "aria-live" not in page.split('id="topic-filter-results"')[1].split(">")[0]


@pytest.mark.parametrize("query", ["", "x" * 300, "\x00"])
def test_suggestions_stay_quiet_on_unfinished_input(client: Client, query: str) -> None:
    response = client.get("/search/suggest", {"q": query})
    assert response.status_code == 200
    assert "<li" not in response.content.decode()


def test_roadmap_page_filter_jumps_to_its_topics(client: Client) -> None:
    markup = client.get("/roadmaps/beta-ops").content.decode()
    assert 'id="topic-containers"' in markup
    assert "Find a topic in this roadmap" in text(markup.encode())
    fragment = client.get("/search/suggest", {"q": "containers", "roadmap": "beta-ops"}).content.decode()
    assert 'href="/roadmaps/beta-ops#topic-containers"' in fragment
    page = client.get("/search", {"q": "basics", "roadmap": "beta-ops"}).content.decode()
    assert 'href="/roadmaps/beta-ops#topic-terminal"' in page
    assert "http-basics" not in page


def test_finder_form_and_recommendations(client: Client) -> None:
    page = text(client.get("/finder").content)
    assert "What do you want to build or become?" in page
    assert "Roadmaps for you" not in page
    response = client.get("/finder", {"goal": "ship containers", "known": "alpha", "hours": "5", "purpose": "job"})
    assert response.status_code == 200
    page = text(response.content)
    assert "Roadmaps for you" in page
    assert "Beta Operations" in page
    assert "builds on Alpha Developer" in page
    markup = response.content.decode()
    assert 'href="/roadmaps/beta-ops?hours=5"' in markup
    # the plan form gets the learner's words, which it reads and shows back the same way: names, never ids
    assert 'href="/generate?roadmap=beta-ops&amp;hours=5&amp;known=alpha"' in markup
    assert "You know “alpha” →" in page
    plan_form = text(client.get("/generate", {"roadmap": "beta-ops", "hours": "5", "known": "alpha"}).content)
    assert "“alpha” → " in plan_form
    assert "web-basics" not in plan_form


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"goal": ""}, "The search query is empty"),
        ({"goal": "web", "hours": "lots"}, "Hours per week must be a number"),
        ({"goal": "web", "purpose": "fame"}, "Unknown purpose “fame”"),
    ],
)
def test_finder_bad_answers_are_a_clear_400(client: Client, params: dict[str, str], message: str) -> None:
    response = client.get("/finder", params)
    assert response.status_code == 400
    assert message in text(response.content)


def test_finder_counts_known_topics_out_of_the_estimate_and_passes_them_to_the_plan(client: Client) -> None:
    answers = {"goal": "web pages", "hours": "10", "purpose": "job"}
    plain = text(client.get("/finder", answers).content)
    knowing = client.get("/finder", answers | {"known": "Markup and Styling, terminal"}).content
    assert "Counted as known, and left out of the estimates: Markup, Styling, Terminal basics." in text(knowing)
    assert "(less the 3 topics you know)" in text(knowing)
    link = 'href="/generate?roadmap=alpha-dev&amp;hours=10&amp;known=Markup%20and%20Styling%2C%20terminal"'
    assert link in knowing.decode()
    plan = text(client.get("/generate", {"roadmap": "alpha-dev", "known": "Markup and Styling, terminal"}).content)
    assert "“Markup” → Markup Undo “Styling” → Styling Undo “terminal” → Terminal basics" in plan
    weeks = re.compile(r"Alpha Developer.*?About (\d+)–\d+ weeks", re.S)
    fewer, more = weeks.search(text(knowing)), weeks.search(plain)
    assert fewer
    assert more
    assert int(fewer.group(1)) < int(more.group(1))


def test_results_also_offer_the_finder_for_a_goal_in_words(client: Client) -> None:
    # "make a discord bot" matches words of other roadmaps; the finder and the generator read the goal itself
    markup = client.get("/search", {"q": "containers for my app"}).content.decode()
    assert "results for “containers for my app”" in text(markup)
    assert 'href="/finder?goal=containers%20for%20my%20app"' in markup
    assert 'href="/roadmaps/generate?goal=containers%20for%20my%20app"' in markup
    assert "{#" not in markup
    assert "comment" not in text(markup)
    # a sentence is likely a goal: the links come before the results; a name's results come first
    assert markup.index("ask the roadmap finder") < markup.index('class="results"')
    short = client.get("/search", {"q": "containers"}).content.decode()
    assert short.index('class="results"') < short.index("ask the roadmap finder")
