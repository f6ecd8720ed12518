"""The Content-Security-Policy in headless Chromium against the production server: every page and every htmx
interaction runs under the strict policy without a single violation, in both colour schemes.

An init script records each `securitypolicyviolation` event in `window.__csp` before any page script runs; the
list is read after every page and interaction (it starts empty on each new document).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

PASSWORD = "a long passphrase 42"
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__csp.push(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} `
                    + `(${event.sourceFile || "?"}:${event.lineNumber})`);
});
"""


@pytest.fixture(params=["light", "dark"])
def watched(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    """A page in the given colour scheme whose documents record policy violations."""
    context = browser.new_context(color_scheme=request.param, viewport={"width": 1280, "height": 800})
    context.add_init_script(RECORD_VIOLATIONS)
    yield context.new_page()
    context.close()


def assert_no_violation(page: Page) -> None:
    page.wait_for_load_state("networkidle")  # late scripts and stylesheets have run or been refused by now
    violations = page.evaluate("window.__csp")
    assert violations == [], f"{page.url}: {violations}"


def visit(page: Page, url: str) -> None:
    page.goto(url)
    assert_no_violation(page)


def test_the_recorder_sees_a_violation(server: str, watched: Page) -> None:
    """The check below can fail: an inline style is refused and recorded."""
    visit(watched, f"{server}/")
    watched.evaluate("document.head.append(Object.assign(document.createElement('style'), {textContent: 'p{}'}))")
    watched.wait_for_function("window.__csp.length === 1")


def test_reading_and_searching_run_under_the_policy(server: str, watched: Page) -> None:
    visit(watched, f"{server}/")
    watched.get_by_label("Search roadmaps").fill("andriod")  # suggestions as you type (htmx)
    expect(watched.locator("#search-suggestions a").first).to_have_text("Android Developer")
    watched.get_by_role("button", name="Theme: switch the colour scheme").click()
    assert_no_violation(watched)
    watched.get_by_label("Search roadmaps").press("Enter")
    expect(watched.locator(".results .card h3").first).to_have_text("Android Developer")
    assert_no_violation(watched)

    visit(watched, f"{server}/roadmaps/backend")
    fill = watched.locator("svg.rfd .rfd-node rect").first.evaluate("el => getComputedStyle(el).fill")
    assert fill != "rgb(0, 0, 0)", "the inline diagram is styled by its linked stylesheet (unstyled SVG is black)"
    watched.get_by_label("Find a topic in this roadmap").fill("jwt")  # the topic filter (htmx)
    expect(watched.locator("#topic-filter-results a").first).to_have_text("Authentication")
    assert_no_violation(watched)

    others = ("/topics/http", "/search?q=kubernets", "/search?q=zzzqqq", "/finder", "/roadmaps/no-such-roadmap")
    for path in (*others, "/admin/login/"):
        visit(watched, server + path)
    visit(watched, f"{server}/roadmaps/backend.svg")
    fill = watched.locator("rect.rfd-band").first.evaluate("el => getComputedStyle(el).fill")
    assert fill != "rgb(0, 0, 0)", "the standalone drawing's own style is allowed by its hash"


def test_accounts_plans_and_progress_run_under_the_policy(server: str, watched: Page) -> None:
    visit(watched, f"{server}/accounts/login/")
    visit(watched, f"{server}/accounts/signup/")
    username = f"csp-{uuid.uuid4().hex[:8]}"
    watched.locator("#id_username").fill(username)
    watched.locator("#id_password1").fill(PASSWORD)
    watched.locator("#id_password2").fill(PASSWORD)
    watched.get_by_role("button", name="Create my account").click()
    expect(watched.get_by_text(f"Signed in as {username}")).to_be_visible()
    assert_no_violation(watched)

    visit(watched, f"{server}/roadmaps/backend")
    watched.locator("#status-1-http").select_option("done")  # marked in place (htmx)
    expect(watched.locator("#progress-phase-1")).to_contain_text("1 of")
    assert_no_violation(watched)

    visit(watched, f"{server}/generate?roadmap=backend")
    watched.get_by_label("Hours a week").fill("20")  # the live preview (htmx)
    expect(watched.locator("#preview")).to_contain_text("at 20 h/week", timeout=30_000)
    assert_no_violation(watched)
    watched.get_by_role("button", name="Generate my plan").click()
    expect(watched).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    expect(watched.locator("svg.timeline")).to_be_visible()
    assert_no_violation(watched)

    for path in ("/me", "/topics/http", "/me/account"):
        visit(watched, server + path)
    watched.get_by_role("button", name="Log out").click()
    expect(watched.get_by_role("link", name="Log in")).to_be_visible()
    assert_no_violation(watched)
    visit(watched, f"{server}/api/v1/docs")
    visit(watched, f"{server}/api/v1/docs/swagger")
    expect(watched.locator(".swagger-ui .title").first).to_contain_text("RoadmapFinder")
