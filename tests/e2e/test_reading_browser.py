"""Reading in a real browser (Debian's Chromium) against the production server: accessibility (axe-core) in both
colour schemes, a roadmap read by keyboard alone, the diagram on a phone, print, and page weight."""

from __future__ import annotations

import urllib.request
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

PAGES = ["/", "/roadmaps/backend", "/topics/http", "/search?q=backend", "/roadmaps/no-such-roadmap"]
#: The roadmap page with its CSS and scripts, as sent compressed over the wire.
PAGE_WEIGHT_BUDGET = 100_000


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(server: str, browser: Browser, path: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server + path)
    results = Axe().run(page)
    context.close()
    assert results.violations_count == 0, results.generate_report()


def test_a_roadmap_can_be_read_by_keyboard_alone(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    stops: list[dict[str, str]] = []
    for _ in range(80):
        page.keyboard.press("Tab")
        stops.append(
            page.evaluate(
                """() => {
                  const el = document.activeElement;
                  const style = getComputedStyle(el);
                  return {href: el.getAttribute('href') || '', text: el.textContent.trim().slice(0, 60),
                          where: el.closest('nav.jump') ? 'jump' : el.closest('.phase') ? 'phase' :
                                 el.classList.contains('diagram-scroll') ? 'diagram' : 'other',
                          outline: style.outlineStyle + ' ' + style.outlineWidth};
                }"""
            )
        )
    assert stops[0]["text"] == "Skip to content"
    wheres = [s["where"] for s in stops]
    assert "diagram" in wheres, "the diagram's scroll box is reachable, to scroll it with the arrow keys"
    jump, phase = wheres.index("jump"), wheres.index("phase")
    assert wheres.index("diagram") < jump < phase
    assert stops[jump]["href"] == "#phase-1"
    assert any(s["href"].startswith("/topics/") for s in stops[phase:]), "topic links inside the phase"
    assert any(s["text"].startswith("Next: Phase 2") for s in stops), "the next-phase link is reachable"
    for stop in stops:
        assert not stop["outline"].startswith("none"), f"focus is visible on {stop}"
    # follow a phase from the jump list with Enter, and land on it
    page.goto(f"{server}/roadmaps/backend")
    page.locator("nav.jump a[href='#phase-3']").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{server}/roadmaps/backend#phase-3")
    expect(page.locator("#phase-3 h2")).to_be_in_viewport()


def test_diagram_keeps_its_real_size_on_a_wide_screen(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    svg_width = page.locator(".diagram-scroll svg").evaluate("svg => svg.getBoundingClientRect().width")
    assert svg_width >= 900, "drawn at full size, never shrunk to unreadable text"
    expect(page.locator("details.flow")).to_be_hidden()


def test_a_roadmap_prints_without_chrome_and_with_links_written_out(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    page.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", "nav.jump", ".phase-nav", "form.pace"):
        assert page.locator(selector).first.evaluate("el => getComputedStyle(el).display") == "none", selector
    after = page.locator("#phase-1 ol.skills a").first.evaluate("el => getComputedStyle(el, '::after').content")
    assert f"{server}/topics/" in after
    assert page.locator("#phase-2").evaluate("el => getComputedStyle(el).breakBefore") == "page"


def test_a_page_printed_without_javascript_writes_out_full_addresses_only(server: str, browser: Browser) -> None:
    # Print writes a link's address after its text; a path of the site needs the origin that print-links.js sets.
    # Before, without JavaScript a link printed "How the web works </topics/how-the-web-works>": a bare path.
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/topics/http")
    page.emulate_media(media="print")
    after = "el => getComputedStyle(el, '::after').content"
    assert page.locator("main a[href^='/topics/']").first.evaluate(after) == "none"
    assert "https://" in page.locator("main a[href^='https://']").first.evaluate(after)  # a full one is written
    context.close()


def test_roadmap_page_weight_and_no_third_party_host(server: str, page: Page) -> None:
    hosts: set[str] = set()
    sizes: list[int] = []

    def finished(request: object) -> None:
        hosts.add(urlsplit(request.url).hostname or "")  # type: ignore[attr-defined]
        measured = request.sizes()  # type: ignore[attr-defined]
        sizes.append(measured["responseBodySize"] + measured["responseHeadersSize"])

    page.on("requestfinished", finished)
    page.goto(f"{server}/roadmaps/backend", wait_until="networkidle")
    assert hosts == {"127.0.0.1"}
    assert sum(sizes) < PAGE_WEIGHT_BUDGET, f"{sum(sizes)} bytes over {len(sizes)} requests"


def test_static_files_are_compressed_hashed_and_cached_for_long(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    css = page.locator("link[rel=stylesheet][href*='site']").get_attribute("href") or ""
    request = urllib.request.Request(server + css, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]
    assert css.count(".") >= 2, f"{css} carries a content hash"
