"""End to end in headless Chromium (Debian's, driven by Playwright) against the production server.

The server is started exactly as `make run` starts it: migrate, collectstatic, `roadmapfinder serve` (gunicorn),
on a free port, with the shipped catalog and a throw-away SQLite database.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("server")
    env = {k: v for k, v in os.environ.items() if k not in {"ROADMAPFINDER_CONTENT_DIR", "DATABASE_URL"}}
    env |= {"ROADMAPFINDER_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings"}
    manage = [sys.executable, "-m", "django"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, check=True)
    port = _free_port()
    process = subprocess.Popen(
        [str(BIN / "roadmapfinder"), "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/v1/healthz", timeout=2):
                break
        except OSError as error:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"server did not start: {log}") from error
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make install-test` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


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
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_role("heading", name="What to learn")).to_be_visible()


def test_dark_scheme_follows_the_system_and_the_toggle(server: str, browser: Browser) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(f"{server}/")
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.get_by_role("button", name="Switch colour scheme").click()
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark == "rgb(15, 17, 21)"
    assert light == "rgb(251, 251, 253)"
    page.reload()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == light, "the choice is remembered"
    context.close()


def test_home_filter_narrows_the_catalog_as_you_type(server: str, page: Page) -> None:
    page.goto(f"{server}/")
    cards = page.locator("#catalog .card")
    total = cards.count()
    page.get_by_label("Search roadmaps").fill("android")
    expect(cards).to_have_count(1)
    assert total > 1
    expect(page).to_have_url(f"{server}/?q=android&category=")
