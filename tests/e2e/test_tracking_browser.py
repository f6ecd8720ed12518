"""The tracking flow in headless Chromium against the production server with the shipped catalog: sign up, mark
three topics on `backend` and watch the bars move, find them done on `full-stack`, log out and in, still there."""

from __future__ import annotations

import re
import uuid

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
PASSWORD = "a long passphrase 42"
SHARED = ("how-the-web-works", "http", "git")  # phase 1 of backend and of full-stack


def _log_in(page: Page, server: str, username: str) -> None:
    page.goto(f"{server}/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My progress")


def test_progress_follows_the_learner_across_roadmaps_and_sessions(server: str, page: Page) -> None:
    username = f"learner-{uuid.uuid4().hex[:6]}"
    page.goto(f"{server}/accounts/signup/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_text(f"Signed in as {username}")).to_be_visible()

    page.goto(f"{server}/roadmaps/backend")
    overall = page.locator("#progress-overall")
    phase_one = page.locator("#progress-phase-1")
    expect(overall).to_contain_text("Your progress: 0%")
    expect(phase_one).to_contain_text("0 of")
    for count, topic in enumerate(SHARED, start=1):
        page.locator(f"#status-1-{topic}").select_option("done")
        expect(phase_one).to_contain_text(f"{count} of")  # swapped in place by htmx, no reload
        expect(overall).to_contain_text(f"{count} of")
    phase_percent = int(re.sub(r"\D", "", phase_one.locator(".percent").inner_text()))
    assert phase_percent > 0
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1, "no full reload"

    page.goto(f"{server}/roadmaps/full-stack")
    for topic in SHARED:
        expect(page.locator(f"#status-1-{topic}")).to_have_value("done")
    expect(page.locator("#progress-overall")).to_contain_text("3 of")

    page.get_by_role("button", name="Log out").click()
    page.goto(f"{server}/roadmaps/backend")
    expect(page.locator("#progress-overall")).not_to_contain_text("3 of")
    _log_in(page, server, username)
    card = page.locator('[data-roadmap="backend"]')
    expect(card).to_contain_text("3 of")
    page.goto(f"{server}/roadmaps/backend")
    expect(page.locator("#progress-phase-1")).to_contain_text("3 of")
    expect(page.locator("#status-1-git")).to_have_value("done")


def test_a_plan_page_tracks_in_place_and_the_plan_joins_the_new_account(server: str, page: Page) -> None:
    page.goto(f"{server}/generate?roadmap=devops")
    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    plan_id = page.url.rsplit("/", 1)[1]
    overall = page.locator("#progress-overall")
    expect(overall).to_contain_text("Your progress: 0%")
    page.locator("#phase-1 form.check input[type=checkbox]").first.check()
    expect(page.locator("#progress-phase-1")).to_contain_text("1 of")
    expect(overall).to_contain_text("1 of")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1, "no full reload"

    page.goto(f"{server}/accounts/signup/")
    page.locator("#id_username").fill(f"planner-{uuid.uuid4().hex[:6]}")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    card = page.locator(f'[data-plan="{plan_id}"]')
    expect(card).to_contain_text("1 of")
    card.get_by_role("link").first.click()
    expect(page.get_by_role("heading", name="Change this plan")).to_be_visible()  # still theirs to edit
    expect(page.locator("#progress-overall")).to_contain_text("1 of")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_with_progress_pass_axe(server: str, browser: Browser, scheme: str) -> None:
    """The roadmap page with its marking controls, a plan page with bars, and /me with follows and plans."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{server}/generate?roadmap=devops")
    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    page.locator("#phase-1 .status-menu summary").first.click()
    page.locator("#phase-1 form.mark select").first.select_option("in_progress")
    expect(page.locator("#progress-overall")).to_contain_text("1 in progress")
    plan_url = page.url
    page.goto(f"{server}/roadmaps/backend")
    page.locator("#status-1-http").select_option("done")
    expect(page.locator("#progress-overall")).to_contain_text("1 of")
    for url in (f"{server}/roadmaps/backend", plan_url, f"{server}/me"):
        page.goto(url)
        results = Axe().run(page)
        assert results.violations_count == 0, f"{url}\n{results.generate_report()}"
    context.close()
