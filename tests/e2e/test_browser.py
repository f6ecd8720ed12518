"""End to end in headless Chromium (Debian's, driven by Playwright) against the production server.

The server is started exactly as `make run` starts it: migrate, collectstatic, `roadmapfinder serve` (gunicorn),
on a free port, with the shipped catalog and a throw-away SQLite database.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from roadmapfinder.catalog.loader import catalog_in

pytestmark = pytest.mark.browser


def test_read_a_roadmap_and_move_to_the_next_phase(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    expect(page.get_by_role("heading", level=1)).to_have_text("Backend Developer Roadmap")
    phase_one = page.locator("#phase-1")
    expect(phase_one.get_by_role("heading", level=2)).to_contain_text("Phase 1:")
    phase_two_heading = page.locator("#phase-2").get_by_role("heading", level=2)
    expect(phase_two_heading).not_to_be_in_viewport()

    phase_one.get_by_role("link", name="Next: Phase 2").click()

    expect(page).to_have_url(f"{server}/roadmaps/backend#phase-2")
    expect(phase_two_heading).to_be_in_viewport()
    expect(phase_two_heading).to_contain_text("Phase 2:")


def test_topic_link_leads_to_the_topic_page(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    first_skill = page.locator("#phase-1 ol.skills a").first
    name = first_skill.inner_text()
    first_skill.click()
    page.get_by_role("dialog", name=name).get_by_role("link", name=f"Open the full page of {name}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_role("heading", name="What to learn")).to_be_visible()


def test_dark_scheme_follows_the_system_and_the_toggle(server: str, browser: Browser) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(f"{server}/")
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.get_by_role("button", name="Theme: switch the colour scheme").click()
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark == "rgb(15, 17, 21)"
    assert light == "rgb(251, 251, 253)"
    page.reload()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == light, "the choice is remembered"
    context.close()


def test_home_box_suggests_as_you_type_and_submits_to_search(server: str, page: Page) -> None:
    page.goto(f"{server}/")
    page.get_by_label("Search roadmaps").fill("andriod")
    suggestion = page.locator("#search-suggestions a").first
    expect(suggestion).to_have_text("Android Developer")
    page.get_by_label("Search roadmaps").press("Enter")
    expect(page).to_have_url(f"{server}/search?q=andriod&category=")
    expect(page.locator(".results .card h3").first).to_have_text("Android Developer")


def test_roadmap_topic_filter_jumps_to_the_topic(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    page.get_by_label("Find a topic in this roadmap").fill("jwt")
    link = page.locator("#topic-filter-results a").first
    expect(link).to_have_text("Authentication")
    link.click()
    expect(page).to_have_url(f"{server}/roadmaps/backend#topic-authentication")
    expect(page.locator("#topic-authentication")).to_be_in_viewport()


def test_placement_for_backend_marks_proven_topics_known_and_shortens_the_plan(server: str, page: Page) -> None:
    """The shipped Backend roadmap's first topics carry questions: answering them right tests those topics out."""
    catalog = catalog_in(None)  # the shipped content, as the server serves it
    page.goto(f"{server}/generate?roadmap=backend")
    before = _preview_hours(page)
    page.get_by_role("button", name="Test out of what you know").click()
    proven: list[str] = []
    for _ in range(40):
        if page.get_by_role("heading", level=1).inner_text() != "Test out of what you know":
            break
        key = page.locator("input[name=question]").get_attribute("value") or ""
        topic_id, _, question_id = key.partition("/")
        topic = catalog.topic(topic_id)
        question = next(q for q in topic.questions if q.id == question_id)
        right = topic_id in ("how-the-web-works", "git")  # two topics proven, the others not
        if right and topic.name not in proven:
            proven.append(topic.name)
        choice = question.answer if right else question.wrong[0].choice
        radios = page.locator("input[type=radio]")  # labels render inline code, values keep the text as written
        radios.nth(radios.evaluate_all("els => els.map(e => e.value)").index(choice)).check()
        page.get_by_role("button", name="Next").click()
    decided = page.locator(".placement-outcome")
    for name in proven:
        expect(decided).to_contain_text(f"{name}: known, left out of the plan")
    assert _preview_hours(page) < before
    undo = proven[-1]
    page.get_by_role("button", name=f"Undo: keep {undo} in the plan").click()
    expect(page.locator(".placement-outcome")).to_contain_text(f"{undo}: undone, it stays in the plan", timeout=30_000)


def _preview_hours(page: Page) -> int:
    found = re.search(r"(\d+) hours over", page.locator("#preview").inner_text())
    assert found is not None
    return int(found[1])
