"""Following a generated roadmap in headless Chromium against the production server: generate one from the home
page, follow it, mark a topic in place and find it on /me with its bar and next topics; the generated page and /me
photographed at 1366 and 390 px in both colour schemes (`SCREENSHOT_DIR`, default a pytest folder) and clean for
axe."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.e2e.test_security_browser import RECORD_VIOLATIONS, assert_no_violation

pytestmark = pytest.mark.browser

GOAL = "Go microservices on AWS"


def _follow_and_mark(page: Page) -> str:
    """On a generated roadmap's page as a visitor: start tracking, follow it, mark its first topic done; its id."""
    roadmap_id = page.url.rsplit("/", 1)[1]
    page.get_by_role("link", name="start tracking").click()
    page.get_by_role("button", name="Follow this roadmap on my dashboard").click()
    expect(page.locator("#progress-overall")).to_contain_text("On your dashboard")
    page.locator("#phase-1 ol.skills select").first.select_option("done")
    expect(page.locator("#progress-phase-1")).to_contain_text("1 of")  # swapped in place by htmx
    expect(page.locator("#progress-overall")).to_contain_text("1 of")
    return roadmap_id


def test_generate_from_the_home_page_follow_mark_and_find_it_on_me(server: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.goto(server)
    page.get_by_label("Generate a roadmap for:").fill(GOAL)
    page.get_by_role("button", name="Generate my roadmap").click()
    expect(page).to_have_url(re.compile(r"/roadmaps/generated/\w{12}$"))
    title = page.get_by_role("heading", level=1).inner_text().removesuffix(" Roadmap")

    roadmap_id = _follow_and_mark(page)
    expect(page.locator("#progress-overall")).to_contain_text("Stop following")
    assert_no_violation(page)

    page.goto(f"{server}/me")
    card = page.locator(f'[data-generated="{roadmap_id}"]')
    expect(card.get_by_role("link", name=title)).to_have_attribute("href", f"/roadmaps/generated/{roadmap_id}")
    expect(card).to_contain_text(f"Generated for “{GOAL}”")
    expect(card).to_contain_text(re.compile(r"1 of \d+ finished"))
    expect(card).to_contain_text("Next:")
    expect(card.get_by_role("progressbar")).to_be_visible()
    assert_no_violation(page)

    card.get_by_role("button", name=re.compile("Stop following")).click()
    expect(page.locator(f'[data-generated="{roadmap_id}"]')).to_have_count(0)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_generated_page_and_me_pass_axe(
    server: str, browser: Browser, scheme: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    shots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path_factory.mktemp("screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 900), (390, 844)):
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=scheme, is_mobile=width == 390
        )
        page = context.new_page()
        page.goto(f"{server}/roadmaps/generate?goal=Kubernetes+security&known=docker")
        _follow_and_mark(page)
        page.locator("#progress-overall").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"follow-generated-page-{width}-{scheme}.png"))
        results = Axe().run(page)
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
        page.goto(f"{server}/me")
        page.screenshot(path=str(shots / f"follow-generated-me-{width}-{scheme}.png"), full_page=True)
        results = Axe().run(page)
        assert results.violations_count == 0, f"/me\n{results.generate_report()}"
        context.close()
