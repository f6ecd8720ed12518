"""Reading on any device (issue 16), in Debian's Chromium against the production server: the roadmap page's
numbered lists, phones at 390 px without sideways scrolling, and axe-core at 1366 and 390 px in both schemes.

Each page is also photographed at both widths in both schemes for review: `SCREENSHOT_DIR` (default: a pytest
temporary folder) keeps them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

from roadmapfinder.catalog.loader import catalog_in

pytestmark = pytest.mark.browser

re_generated = re.compile(r"/roadmaps/generated/[\w-]+$")
re_plan = re.compile(r"/plans/[\w-]{20,}$")

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
#: The pages this work changed, read as a learner reads them.
PAGES = [
    "/",
    "/roadmaps/backend",
    "/topics/http?roadmap=backend",
    "/accounts/signup/",
    "/accounts/login/",
    "/signup",
    "/api/v1/docs",
    "/generate",
    "/generate?roadmap=backend",
]


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def _context(browser: Browser, width: int, scheme: str) -> BrowserContext:
    viewport = PHONE if width == PHONE["width"] else DESKTOP
    return browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=width == PHONE["width"])  # type: ignore[arg-type]


def test_core_skills_are_numbered_with_what_each_covers(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    skills = page.locator("#phase-1 ol.skills")
    first = skills.locator("> li").first
    style = first.evaluate(
        """li => {
          const list = getComputedStyle(li.parentElement), item = getComputedStyle(li);
          const text = li.querySelector('a').getBoundingClientRect().left;
          return {display: item.display, type: list.listStyleType, position: list.listStylePosition,
                  room: text - li.parentElement.getBoundingClientRect().left};
        }"""
    )
    assert style["display"] == "list-item", "a flex item would hide its number"
    assert style["type"] == "decimal"
    assert style["position"] == "outside"
    assert style["room"] >= 20, "the number has room to show left of the text"
    expect(first.locator(".covers")).to_contain_text("request-response cycle")
    expect(first.locator(".hours")).to_have_text("5 h")
    project = page.locator("#phase-1 ol.projects > li").first
    assert project.evaluate("li => getComputedStyle(li).display") == "list-item"
    title_box, description_box = project.evaluate(
        """li => { const s = li.querySelector('strong'); const r = document.createRange();
                   r.selectNodeContents(s.parentElement); const rects = r.getClientRects();
                   return [s.getBoundingClientRect().top, rects[rects.length - 1].top]; }"""
    )
    assert title_box <= description_box, "the description follows the title on the same line"
    phase = page.locator("#phase-1")
    expect(phase.locator(".level")).to_have_text("Beginner")
    weeks = catalog_in(None).roadmap("backend").phases[0].estimated_weeks  # the content's figure, whatever it is
    expect(phase.locator(".estimate")).to_contain_text(f"Estimated time: {weeks.min}–{weeks.max} weeks")


def _sideways_overflow(page: Page) -> int:
    """How far the page scrolls sideways (0 when nothing but the timeline's own box scrolls)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


@pytest.mark.parametrize("path", PAGES)
def test_no_sideways_scroll_on_a_phone(server: str, phone: Page, path: str) -> None:
    phone.goto(server + path)
    assert _sideways_overflow(phone) == 0


def test_on_a_phone_the_diagram_is_a_vertical_flow_and_the_phase_list_stays_in_reach(server: str, phone: Page) -> None:
    phone.goto(f"{server}/roadmaps/backend")
    expect(phone.locator(".diagram")).to_be_hidden()
    flow = phone.locator("details.flow")
    flow.locator("summary").click()
    expect(flow.locator(".flow-phases > li")).to_have_count(7)
    box = flow.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= PHONE["width"], "the overview fits the screen"
    assert _sideways_overflow(phone) == 0
    flow.get_by_role("link", name="HTTP and HTTPS").click()
    expect(phone.locator("#topic-http")).to_be_in_viewport()
    flow.locator("summary").click()
    assert phone.evaluate("document.querySelector('#phase-1').getBoundingClientRect().top + scrollY") < 1800
    phone.locator("#phase-4").scroll_into_view_if_needed()
    jump = phone.locator("nav.jump")
    expect(jump).to_be_in_viewport()
    assert jump.evaluate("el => el.getBoundingClientRect().top") <= 1, "the phase list sticks to the top"
    jump.get_by_role("link", name="6 DevOps and deployment").click()
    expect(phone.locator("#phase-6 h2")).to_be_in_viewport()


def test_on_a_phone_the_phase_list_scrolls_in_its_own_box_with_a_cue_and_the_pages_never_sideways(
    server: str, phone: Page
) -> None:
    """The phase list (seven phases of Backend Developer, five screens wide) scrolls sideways in its own box, and
    its right edge faded out, the cue that more phases follow; it was cut flush at the screen's edge, mid-word, with
    nothing to say more followed. A roadmap, a generated roadmap and a plan page: none scrolls sideways."""
    phone.goto(f"{server}/roadmaps/generate?goal=become a backend developer in python")
    expect(phone).to_have_url(re_generated)
    generated = phone.url
    phone.goto(f"{server}/generate?roadmap=git-github")
    phone.get_by_role("button", name="Generate my plan").click()
    expect(phone).to_have_url(re_plan)
    for url in (f"{server}/roadmaps/backend", generated, phone.url):
        phone.goto(url)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], f"{url} scrolls sideways"
        phases = phone.locator("nav.jump ol")
        if not phases.count():  # a plan has no phase list
            continue
        box = phases.evaluate(
            """ol => { const s = getComputedStyle(ol);
                return {mask: s.maskImage || s.webkitMaskImage, overscroll: s.overscrollBehaviorX,
                        more: ol.scrollWidth > ol.clientWidth, right: ol.getBoundingClientRect().right}; }"""
        )
        assert box["right"] <= PHONE["width"], "the list ends at the screen's edge"
        assert box["more"], "seven phases do not fit one row: the list scrolls"
        assert "gradient" in box["mask"], "its edge fades: more phases follow"
        assert box["overscroll"] == "contain", "a swipe past its end does not move the page"
        phases.evaluate("ol => { ol.scrollLeft = ol.scrollWidth; }")
        last = phases.locator("li").last.bounding_box()
        assert last is not None
        assert last["x"] + last["width"] <= PHONE["width"] - 24, "scrolled to its end, the last phase shows whole"
        assert phone.evaluate("scrollX") == 0


def test_home_starts_with_job_roadmaps_and_folds_long_lists(server: str, phone: Page) -> None:
    phone.goto(f"{server}/")
    roles = phone.locator(".roles").first  # roles in software; the roles beyond code follow in their own section
    expect(roles.get_by_role("heading", level=3)).to_contain_text("Start here")
    titles = [" ".join(t.split()).removesuffix(" roadmap") for t in roles.locator(".row-title").all_inner_texts()]
    assert titles[:3] == ["Backend Developer", "Frontend Developer", "Full-Stack Developer"]
    expect(roles.locator(".row").first).to_contain_text("weeks")
    height = phone.evaluate("document.documentElement.scrollHeight")
    # 24,869 px before it was folded; the section of roles beyond code (design, product, writing) added ~500 px
    assert height < 7000, f"the home page is {height} px tall on a phone"
    hidden = roles.locator("details.more .row").first
    expect(hidden).to_be_hidden()
    roles.locator("details.more summary").click()
    expect(hidden).to_be_visible()
    skills = [
        " ".join(t.split()).removesuffix(" roadmap")
        for t in phone.locator(".category:not(.roles) .row-title").all_inner_texts()
    ]
    assert "Angular" in skills
    assert "Backend Developer" not in skills, "each roadmap is listed once"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [DESKTOP["width"], PHONE["width"]])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_at_both_widths_and_a_photo_is_kept(
    server: str, browser: Browser, shots: Path, path: str, width: int, scheme: str
) -> None:
    context = _context(browser, width, scheme)
    page = context.new_page()
    page.goto(server + path)
    for folded in page.locator("details").all():
        if folded.is_visible():
            folded.evaluate("el => { el.open = true; }")  # what is folded is checked too
    results = Axe().run(page)
    name = path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "home"
    page.screenshot(path=shots / f"{name}-{width}-{scheme}.png", full_page=True)
    context.close()
    assert results.violations_count == 0, results.generate_report()


def test_side_panel_opens_a_topic_marks_it_done_and_closes_with_escape(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    page.get_by_role("link", name="start tracking").first.click()
    link = page.locator("#phase-1 .skills a", has_text="HTTP and HTTPS")
    link.click()
    panel = page.get_by_role("dialog", name="HTTP and HTTPS")
    expect(panel).to_be_visible()
    expect(page).to_have_url(f"{server}/roadmaps/backend")
    expect(panel.get_by_role("heading", name="What to learn")).to_be_visible()
    expect(panel.get_by_role("heading", name="Resources")).to_be_visible()
    expect(panel).to_contain_text("Anatomy of a request and a response")

    panel.get_by_label("Status of HTTP and HTTPS").select_option("done")
    expect(page.locator("#phase-1 #status-1-http")).to_have_value("done")
    expect(page.locator("#progress-phase-1")).to_contain_text("1 of 8 finished"), "the phase's bar is redrawn"

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert page.evaluate("document.activeElement.textContent") == "HTTP and HTTPS", "focus returns to the link"

    # a topic in the diagram opens the same panel
    page.locator(".diagram a[href='/topics/rest-api-design']").dispatch_event("click")
    expect(page.get_by_role("dialog", name="REST API design")).to_be_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_without_javascript_a_topic_link_is_a_plain_link(server: str, browser: Browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/roadmaps/backend")
    page.locator("#phase-1 .skills a", has_text="HTTP and HTTPS").click()
    expect(page).to_have_url(f"{server}/topics/http?roadmap=backend")
    expect(page.get_by_role("heading", level=1)).to_have_text("HTTP and HTTPS")
    context.close()


def test_account_page_copies_a_new_token_asks_before_revoking_and_passes_axe(
    server: str, browser: Browser, shots: Path
) -> None:
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{server}/accounts/signup/")
    page.get_by_label("Username").fill("grace")
    page.get_by_label("Password", exact=True).fill("a long passphrase 42")
    page.get_by_label("Password confirmation").fill("a long passphrase 42")
    page.get_by_role("button", name="Create my account").click()
    page.goto(f"{server}/me/account")
    page.get_by_label("Name of a new token").fill("my laptop")
    page.get_by_role("button", name="Create token").click()
    secret = page.locator("#new-token").inner_text()
    page.get_by_role("button", name="Copy").click()
    expect(page.get_by_text("The token is on your clipboard.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == secret

    page.goto(f"{server}/me/account")
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Revoke my laptop").click()
    expect(page.get_by_role("cell", name="my laptop", exact=True)).to_be_visible()  # dismissed: nothing revoked
    assert asked == ["Revoke the token “my laptop”? Scripts that use it stop working."]

    for width in (DESKTOP["width"], PHONE["width"]):
        page.set_viewport_size(DESKTOP if width == DESKTOP["width"] else PHONE)
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto(f"{server}/me/account")
            assert _sideways_overflow(page) == 0
            page.screenshot(path=shots / f"me-account-{width}-{scheme}.png", full_page=True)
            results = Axe().run(page)
            assert results.violations_count == 0, results.generate_report()
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [DESKTOP["width"], PHONE["width"]])
def test_pages_a_reader_makes_pass_axe_with_every_fold_open(
    server: str, browser: Browser, shots: Path, width: int, scheme: str
) -> None:
    """A generated roadmap, a plan (tracked, so its marking controls show), and the generate form with an error:
    axe with every fold open, so a scrollable region hidden in a fold is checked for keyboard reach too."""
    context = _context(browser, width, scheme)
    page = context.new_page()
    page.goto(f"{server}/roadmaps/generate?goal=kubernetes security")
    expect(page).to_have_url(re_generated)
    generated = page.url
    # A short plan: every fold of a 150-week plan open made axe and the full-page photo take minutes per scheme.
    page.goto(f"{server}/generate?roadmap=git-github")
    page.get_by_label("Hours a week").fill("6")
    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re_plan)
    plan = page.url
    page.goto(f"{server}/generate?roadmap=backend")
    page.get_by_label("Finish by (optional)").fill("2000-01-01")
    page.get_by_label("Start date").fill("2027-03-01")
    page.get_by_role("button", name="Generate my plan").click()
    expect(page.locator("#target_date_error")).to_be_visible()
    failures = []
    for name, url in (("generated", generated), ("plan", plan), ("generate-error", None)):
        if url:
            page.goto(url)
        for folded in page.locator("details").all():
            folded.evaluate("el => { el.open = true; }")
        assert _sideways_overflow(page) == 0, f"{name} scrolls sideways"
        page.screenshot(path=shots / f"{name}-{width}-{scheme}.png", full_page=True, timeout=120_000)  # long pages
        results = Axe().run(page)
        if results.violations_count:
            failures.append(f"{name} ({url}):\n{results.generate_report()}")
    context.close()
    assert not failures, "\n".join(failures)
