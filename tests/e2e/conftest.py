"""Fixtures of the end-to-end lane: one live production server per test module (started from a data folder
prepared once per run), Chromium, and a page.

A module shapes its server with a module-level `SERVER` dict of `live_server` options (the default is the shipped
catalog with collected static files, for the browser); every module gets it through the same `server` fixture.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.e2e.live_server import CHROMIUM, CHROMIUM_ARGS, LiveServer, live_server

#: How long an assertion waits for the page to get there, against Playwright's 5 s: under `make test` two processes
#: of tests share the 2 cores with the live servers, and a plan starting four weeks back (a 124-week plan, built and
#: saved) once took longer than 5 s to arrive (7 December, a slow machine); it arrives in well under a second alone.
expect.set_options(timeout=15_000)

#: A browser test's server: the shipped catalog, with its static files collected as in production.
BROWSER_SERVER = {"shipped": True, "pages": True}


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The production server (`roadmapfinder serve`) for this module, shaped by the module's `SERVER` options."""
    options = getattr(request.module, "SERVER", BROWSER_SERVER)
    folder = tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1])
    with live_server(folder, prepared_in=_run_folder(tmp_path_factory), **options) as running:
        yield running


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run that its xdist workers share (each worker's base folder is one of its children),
    for the data folders prepared once per run (live_server.prepared_folder)."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if "PYTEST_XDIST_WORKER" in os.environ else base) / "prepared"


@pytest.fixture(scope="module")
def token(server: LiveServer) -> str:
    """A personal API token of a fresh learner on this module's server."""
    return server.learner_token(f"learner-{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium under Playwright, one per test module (browser downloads do not work here)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make install-test` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Page]:
    """A desktop page whose documents record Content-Security-Policy violations (`assert_no_violation` reads them);
    a module may shape its own (test_security_browser.py: both colour schemes)."""
    from tests.e2e.test_security_browser import RECORD_VIOLATIONS

    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.add_init_script(RECORD_VIOLATIONS)
    yield context.new_page()
    context.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh desktop-sized page in its own context (no cookies shared between tests)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()
