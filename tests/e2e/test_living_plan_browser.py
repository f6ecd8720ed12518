"""A living plan in headless Chromium: marking in place, falling behind and re-planning, the feed following, and
the plan page and /me at desktop and phone widths in both colour schemes (screenshots in /tmp/shots-plan)."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect

from tests.e2e.test_security_browser import RECORD_VIOLATIONS

pytestmark = pytest.mark.browser

PASSWORD = "a long passphrase 42"
SHOTS = Path("/tmp/shots-plan")


def monday(weeks_ago: int = 0) -> date:
    today = date.today()
    return today - timedelta(days=today.weekday() + 7 * weeks_ago)


def first_study_week() -> date:
    """The Monday of the week holding the first default study day (Monday to Friday) from today: on a weekend, a
    plan re-planned from today starts next week."""
    day = date.today()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day - timedelta(days=day.weekday())


def generate(page: Page, server: str, *, start: date, roadmap: str = "devops") -> str:
    page.goto(f"{server}/generate?roadmap={roadmap}")
    page.get_by_label("Start date").fill(start.isoformat())
    page.get_by_label("Hours a week").fill("6")
    # the form guesses the first day of the week from the browser's language (Sunday for en-US): these plans are
    # Monday-first whatever the browser says, as a learner would set it
    page.get_by_label("Weeks start on").select_option("monday")
    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    # the address changes when the plan page starts to arrive; a key pressed before htmx has set the page up
    # ticks a box nobody listens to, so wait for the page's load as a person waits to see it
    page.wait_for_load_state("load")
    return page.url.rsplit("/", 1)[1]


def sign_up(page: Page, server: str) -> None:
    page.goto(f"{server}/accounts/signup/")
    page.locator("#id_username").fill(f"living-{uuid.uuid4().hex[:6]}")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()


def test_a_done_box_updates_bar_tick_and_this_week_without_a_reload(server: str, watched: Page) -> None:
    page = watched
    plan_id = generate(page, server, start=monday())
    panel = page.locator(f"#this-week-{plan_id}")
    expect(panel).to_contain_text("This week")
    box = panel.locator("form.check input[type=checkbox]").first
    topic = page.locator(f"#this-week-{plan_id} form.check").first.locator("input[name=topic]").get_attribute("value")
    assert topic
    box.check()
    expect(page.locator("#progress-overall")).to_contain_text("1 of")
    expect(page.locator(f"#this-week-{plan_id} form.check-done").first).to_be_visible()
    expect(page.locator(f"#check-p1-{topic} input[type=checkbox]")).to_be_checked()
    expect(page.locator(f"#status-1-{topic}")).to_have_value("done")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1, "no full reload"
    page.locator(f"#check-p1-{topic} input[type=checkbox]").uncheck()
    expect(page.locator("#progress-overall")).to_contain_text("0 of")
    expect(page.locator(f"#this-week-{plan_id} form.check-done")).to_have_count(0)
    assert page.evaluate("window.__csp") == [], "every update ran under the strict policy"
    box.check()
    expect(page.locator("#progress-overall")).to_contain_text("1 of")
    page.get_by_role("link", name=re.compile(r"All \d+ weeks, session by session")).click()  # a long plan's weeks
    expect(page.get_by_role("heading", level=1)).to_contain_text("Week by week")
    expect(page.locator(f'[id^="tick-"][id$="-{topic}"]').first).to_contain_text("✓")


def test_behind_then_reschedule_and_the_feed_follows(server: str, watched: Page) -> None:
    page = watched
    sign_up(page, server)
    start = monday(weeks_ago=4)
    plan_id = generate(page, server, start=start)
    expect(page.locator(".schedule-standing.warn")).to_contain_text("behind")
    page.get_by_text("Keep it in your calendar").click()
    page.get_by_role("button", name="Get a calendar subscription address").click()
    feed = page.get_by_label("Calendar feed address").input_value()
    assert (
        page.get_by_role("link", name="Subscribe (webcal)").get_attribute("href")
        == "webcal" + feed[feed.index("://") :]
    )
    before = Calendar.from_ical(page.request.get(feed).body())
    first_before = min(e.decoded("DTSTART").date() for e in before.walk("VEVENT"))
    assert first_before == start

    page.get_by_role("link", name="Re-plan what is left from today").click()
    page.get_by_role("button", name="Reschedule").click()
    expect(page.locator(".messages")).to_contain_text("Rescheduled.")
    expect(page.locator(".reschedules")).to_contain_text("rescheduled from")
    expect(page.locator(".schedule-standing.warn")).to_have_count(0)
    assert page.url.endswith(plan_id), "the plan keeps its link"
    week = first_study_week()
    page.get_by_role("link", name=re.compile(r"All \d+ weeks, session by session")).click()
    expect(page.locator("li.week").first).to_contain_text(f"{start:%a} {start.day} {start:%b}")  # the weeks lived
    expect(page.locator("main")).to_contain_text("stay as they were planned before the plan was rescheduled")
    expect(page.locator("#week-5")).to_contain_text(f"{week:%a} {week.day} {week:%b}")  # what is left, numbered on
    after = Calendar.from_ical(page.request.get(feed).body())
    sessions = [e.decoded("DTSTART").date() for e in after.walk("VEVENT")]
    assert min(sessions) >= date.today(), "the feed follows the reschedule"
    assert len({str(e["UID"]) for e in after.walk("VEVENT")}) == len(sessions)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_plan_page_and_me_at_desktop_and_phone_widths(server: str, browser: Browser, scheme: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1366, "height": 900})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    sign_up(page, server)
    plan_id = generate(page, server, start=monday(weeks_ago=1), roadmap="backend")
    first = page.locator(f"#this-week-{plan_id} form.check input[type=checkbox]").first
    first.check()
    expect(page.locator("#progress-overall")).to_contain_text("1 of")
    for width, height in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        plan = f"{server}/plans/{plan_id}"
        pages = (("plan", plan), ("weeks", f"{plan}/weeks"), ("me", f"{server}/me"))
        for name, url in pages:
            page.goto(url)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(SHOTS / f"{name}-{width}-{scheme}.png"), full_page=width == 390 and name == "me")
            if name == "weeks":
                expect(page.locator(".item-mark.item-done").first).to_contain_text("✓")
            if width == 390:
                scroll = page.evaluate("document.documentElement.scrollWidth")
                assert scroll <= width, f"{name} scrolls sideways at {width} px ({scroll})"
            results = Axe().run(page)
            assert results.violations_count == 0, f"{url} at {width}\n{results.generate_report()}"
            assert page.evaluate("window.__csp") == []
        page.goto(f"{server}/plans/{plan_id}")
        if width == 390:
            top = page.locator(f"#this-week-{plan_id}").bounding_box()
            phases = page.locator("#phases-heading").bounding_box()
            assert top is not None
            assert phases is not None
            assert top["y"] < phases["y"], "this week comes before the phases"
            height_px = page.evaluate("document.documentElement.scrollHeight")
            assert height_px < 12_000, f"the phone page is {height_px} px tall"
    context.close()
