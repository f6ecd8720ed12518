"""Generating a plan in headless Chromium: from a roadmap page to a shareable, dated plan."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser


def test_generate_a_plan_from_a_roadmap_page(server: str, page: Page) -> None:
    page.goto(f"{server}/roadmaps/backend")
    page.get_by_role("link", name="Generate a dated plan for this roadmap").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Generate your learning plan")
    expect(page.get_by_label("Backend Developer")).to_be_checked()

    preview = page.locator("#preview")
    expect(preview).to_contain_text(re.compile(r"\d+ hours over \d+ weeks at 10 h/week"))  # rendered with the page
    page.get_by_label("Hours a week").fill("20")
    page.get_by_label("What you already know").fill("git, http")
    expect(preview).to_contain_text("at 20 h/week", timeout=30_000)  # htmx updates it as you type
    expect(preview).to_contain_text("3 topics skipped", timeout=30_000)
    expect(preview).to_contain_text("How the web works: you know HTTP and HTTPS and what it builds on")

    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    expect(page.get_by_role("heading", name="Week by week")).to_be_visible()
    expect(page.locator("svg.timeline")).to_be_visible()
    expect(page.get_by_role("heading", name="Change this plan")).to_be_visible()
    expect(page.get_by_role("link", name="Calendar (.ics)")).to_have_attribute("href", re.compile(r"\.ics$"))
    page.get_by_role("link", name=re.compile(r"All \d+ weeks, session by session")).click()  # a long plan's own page
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}/weeks$"))
    expect(page.locator("ol.weeks li.week").first).to_contain_text("Week 1")
    page.get_by_role("link", name="Back to the plan").click()
    expect(page.get_by_role("heading", name="Change this plan")).to_be_visible()


@pytest.mark.parametrize(
    ("locale", "first_day", "weeks"),
    [("en-US", "sunday", "Sunday to Saturday"), ("de-DE", "monday", "Monday to Sunday")],
)
def test_the_form_guesses_the_first_day_of_the_week_from_the_browsers_language(
    server: str, browser: Browser, locale: str, first_day: str, weeks: str
) -> None:
    context = browser.new_context(locale=locale)  # the browser's Accept-Language
    page = context.new_page()
    page.goto(f"{server}/generate?roadmap=frontend")
    expect(page.get_by_label("Weeks start on")).to_have_value(first_day)
    expect(page.locator("label[for=week_start]")).to_contain_text("guessed from your browser's language")
    page.get_by_role("button", name="Generate my plan").click()
    expect(page).to_have_url(re.compile(r"/plans/[\w-]{20,}$"))
    expect(page.get_by_text(f"Weeks run {weeks}.")).to_be_visible()
    context.close()


def test_what_is_wrong_is_said_once_before_and_after_sending_the_form(server: str, page: Page) -> None:
    said = "No roadmap named “bakend” in finished"
    page.goto(f"{server}/generate?roadmap=devops")
    finished = page.locator("#finished")
    finished.fill("bakend")
    preview = page.locator("#preview")
    expect(preview).to_contain_text(said, timeout=30_000)  # while typing, the preview says it
    expect(page.locator("#preview-status")).to_have_text(re.compile(f"^{said}"))  # and the screen reader hears it
    page.get_by_role("button", name="Generate my plan").click()
    note = page.locator("#finished_error")  # sent: beside the answer, where the learner looks, and not again below
    expect(note).to_contain_text(said)
    expect(preview).not_to_contain_text(said)
    expect(finished).to_have_attribute("aria-invalid", "true")

    finished.fill("Backend Developer")  # fixed: the note beside it goes with the preview's answer
    expect(preview).to_contain_text(re.compile(r"\d+ hours over \d+ weeks"), timeout=30_000)
    expect(note).to_have_count(0)
    expect(page.locator(".plan-form .form-error")).to_have_count(0)
    expect(finished).not_to_have_attribute("aria-invalid", "true")

    finished.fill("bakend")  # wrong again while typing: said in the preview alone, read out once
    expect(preview).to_contain_text(said, timeout=30_000)
    expect(page.locator(".plan-form .field-errors, .plan-form .form-error")).to_have_count(0)
    expect(page.locator("#preview-status")).to_have_text(re.compile(f"^{said}[^“]*$"))


def test_the_stack_read_from_what_you_know_is_said_and_its_undo_keeps_the_select_on_none(
    server: str, page: Page
) -> None:
    page.goto(f"{server}/generate?roadmap=backend&known=i+know+python")
    stack_read = page.locator(".stack-read")
    expect(stack_read).to_contain_text("“Python” → in Python, the language you know")
    expect(page.get_by_label("Your stack")).to_have_value("")  # "From your answers"
    page.get_by_role("button", name="Undo: no one language").click()
    expect(page.get_by_label("Your stack")).to_have_value("none", timeout=30_000)  # swapped in out of band
    expect(stack_read).to_have_count(0)
    page.get_by_label("Hours a week").fill("12")  # a later preview keeps it undone
    expect(page.locator("#preview")).to_contain_text("at 12 h/week", timeout=30_000)
    expect(stack_read).to_have_count(0)
