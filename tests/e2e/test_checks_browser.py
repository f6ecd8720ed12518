"""Self-checks in headless Chromium, on the sample catalog (the shipped Backend topics have no questions yet): the
placement check from /generate marks topics known and shortens the plan, one decision is undone; a topic is
checked on its page and in a roadmap's side panel. Screenshots at 1366 and 390 px in both schemes go to
/tmp/check-core-*.png."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from roadmapfinder.catalog import load_catalog
from tests.conftest import SAMPLE_CONTENT
from tests.e2e.live_server import LiveServer
from tests.e2e.test_security_browser import assert_no_violation

pytestmark = pytest.mark.browser

SERVER = {"shipped": False, "pages": True}  # the sample catalog: its alpha-dev topics carry questions
CATALOG = load_catalog(SAMPLE_CONTENT)
SHOTS = Path("/tmp")
RETRY_PUT = "The same as after one request, because PUT replaces the resource with the body it sends"
STATUS_RIGHT = "The client's request, because 4xx codes describe a request the server will not fulfil as sent"


def hours(page: Page) -> int:
    found = re.search(r"(\d+) hours over", page.locator("#preview").inner_text())
    assert found is not None
    return int(found[1])


def answer_placement(page: Page, right: set[str]) -> None:
    """Answer every question the check asks: right for the topics in `right`, wrong for the others."""
    for _ in range(30):
        if page.get_by_role("heading", level=1).inner_text() != "Test out of what you know":
            return
        key = page.locator("input[name=question]").get_attribute("value") or ""
        topic_id, _, question_id = key.partition("/")
        question = next(q for q in CATALOG.topic(topic_id).questions if q.id == question_id)
        choice = question.answer if topic_id in right else question.wrong[0].choice
        page.get_by_label(choice, exact=True).check()
        page.get_by_role("button", name="Next").click()
    raise AssertionError("the placement check never ended")


def test_placement_marks_topics_known_shortens_the_plan_and_one_is_undone(server: str, watched: Page) -> None:
    page = watched
    page.goto(f"{server}/generate?roadmap=alpha-dev")
    before = hours(page)
    page.get_by_role("button", name="Test out of what you know").click()
    expect(page.get_by_text("Question 1 · topic 1 of 4: How the web works")).to_be_visible()
    answer_placement(page, right={"web-basics", "terminal", "version-control"})
    expect(page.get_by_role("heading", level=1)).to_have_text("Generate your learning plan")
    decided = page.locator(".placement-outcome")
    expect(decided).to_contain_text("How the web works: known, left out of the plan (2 of 2 right)")
    expect(decided).to_contain_text("HTTP basics: not known yet, it stays in the plan (0 of 2 right)")
    expect(page.get_by_label("What you already know")).to_have_value(
        "How the web works, Terminal basics, Version control"
    )
    assert hours(page) == before - 30, "three 10-hour topics left the plan"

    page.get_by_role("button", name="Undo: keep Version control in the plan").click()
    expect(page.locator(".placement-outcome")).to_contain_text(
        "Version control: undone, it stays in the plan", timeout=30_000
    )
    expect(page.get_by_label("What you already know")).to_have_value("How the web works, Terminal basics")
    assert hours(page) == before - 20
    assert_no_violation(page)
    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    expect(page.locator("body")).to_contain_text("Version control")


def test_a_topic_is_checked_on_its_page_and_in_the_side_panel(server: str, watched: Page) -> None:
    page = watched
    page.goto(f"{server}/topics/http-basics")
    page.get_by_role("link", name="Answer the questions").click()
    check = page.locator("#self-check-http-basics")
    page.get_by_label(RETRY_PUT).check()
    page.get_by_label("The server's, because it lost the order").check()
    page.get_by_text("Show the model answer").click()
    expect(check).to_contain_text("It sends a GET to /new")
    page.get_by_label("I got it").check()
    page.get_by_role("button", name="Check my answers").click()
    expect(check).to_contain_text("2 of 3 right. Not yet")
    expect(check).to_contain_text("You chose “The server's, because it lost the order”: A lost record")
    expect(page).to_have_url(f"{server}/topics/http-basics")  # checked in place
    assert_no_violation(page)

    page.goto(f"{server}/roadmaps/alpha-dev")
    page.locator("#phase-1 .skills a", has_text="HTTP basics").click()
    panel = page.get_by_role("dialog", name="HTTP basics")
    panel.get_by_role("link", name="Answer the questions").click()
    panel.get_by_label(RETRY_PUT).check()
    panel.get_by_label(STATUS_RIGHT).check()
    panel.get_by_label("I got it").check()
    panel.get_by_role("button", name="Check my answers").click()
    expect(panel).to_contain_text("3 of 3 right. You passed")
    expect(panel.get_by_role("button", name="Mark HTTP basics done")).to_be_visible()
    assert_no_violation(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_at_desktop_and_phone_widths_pass_axe(server: str, browser: Browser, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    for width, height in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{server}/topics/http-basics")
        page.get_by_role("link", name="Answer the questions").click()
        expect(page.get_by_role("button", name="Check my answers")).to_be_visible()
        page.locator("#self-check-http-basics").scroll_into_view_if_needed()
        _shoot_and_check(page, f"topic-page-form-{width}-{scheme}", width)
        page.goto(f"{server}/finder?goal=alpha&hours=10&purpose=job")
        page.get_by_role("link", name="Test out of what you know").first.scroll_into_view_if_needed()
        _shoot_and_check(page, f"finder-{width}-{scheme}", width)
        page.goto(f"{server}/roadmaps/alpha-dev")
        page.locator("#phase-1 .skills a", has_text="HTTP basics").click()
        panel = page.get_by_role("dialog", name="HTTP basics")
        panel.get_by_role("link", name="Answer the questions").click()
        panel.get_by_label(RETRY_PUT).check()
        panel.get_by_role("button", name="Check my answers").click()
        expect(panel).to_contain_text("1 of 3 right")
        page.screenshot(path=str(SHOTS / f"check-core-panel-{width}-{scheme}.png"))
        page.goto(f"{server}/topics/http-basics/check")
        page.get_by_label(RETRY_PUT).check()
        page.get_by_label("I got it").check()
        page.get_by_role("button", name="Check my answers").click()
        expect(page.locator(".check-score")).to_contain_text("2 of 3 right")
        _shoot_and_check(page, f"topic-check-{width}-{scheme}", width)
        page.goto(f"{server}/generate/placement?roadmap=alpha-dev&hours=10")
        _shoot_and_check(page, f"placement-{width}-{scheme}", width)
        answer_placement(page, right={"web-basics", "terminal"})
        page.locator(".placement-outcome").scroll_into_view_if_needed()
        _shoot_and_check(page, f"placement-outcome-{width}-{scheme}", width)
    context.close()


def _shoot_and_check(page: Page, name: str, width: int) -> None:
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(SHOTS / f"check-core-{name}.png"), full_page=width == 390)
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{name} scrolls sideways ({scroll} px)"
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name}\n{results.generate_report()}"


def test_a_review_session_is_answered_from_me(server: LiveServer, watched: Page) -> None:
    """A learner who finished HTTP basics three days ago sees it due on /me, answers, and sees it move on."""
    name = f"reviewer-{uuid.uuid4().hex[:8]}"
    setup = (
        "from datetime import timedelta;"
        "from django.contrib.auth.models import User;"
        "from roadmapfinder.progress import TopicStatus;"
        "from roadmapfinder.tracking.models import TopicProgress;"
        "from roadmapfinder.tracking.services import progress_set;"
        f"u = User.objects.create_user({name!r}, password='a long passphrase 42');"
        "progress_set(user=u, topic_id='http-basics', status=TopicStatus.DONE);"
        "row = TopicProgress.objects.get(user=u, topic_id='http-basics');"
        "TopicProgress.objects.filter(pk=row.pk).update(updated=row.updated - timedelta(days=3))"
    )
    subprocess.run([sys.executable, "-m", "django", "shell", "-c", setup], env=server.env, check=True)
    page = watched
    page.goto(f"{server}/accounts/login/")
    page.locator("#id_username").fill(name)
    page.locator("#id_password").fill("a long passphrase 42")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="1 topic to review today")).to_be_visible()
    page.get_by_role("link", name="Start today's review").click()
    page.get_by_label(RETRY_PUT).check()
    page.get_by_label(STATUS_RIGHT).check()
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator(".review-topic")).to_contain_text("All right. HTTP basics comes back on")
    assert_no_violation(page)
    page.goto(f"{server}/me")
    expect(page.get_by_text("Next review:")).to_be_visible()
