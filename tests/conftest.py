"""Shared fixtures. Web, API and CLI tests read the small sample catalog under tests/assets/content; tests of
the shipped catalog ask for it explicitly (`use_shipped_catalog`, or `catalog_in(None)` in the core's tests)."""

from __future__ import annotations

import functools
import gc
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import typer.main
import typer.testing
from django.urls import set_script_prefix

ASSETS = Path(__file__).parent / "assets"
SAMPLE_CONTENT = ASSETS / "content"

os.environ["ROADMAPFINDER_CONTENT_DIR"] = str(SAMPLE_CONTENT)
# The CLI takes a new plan's first day of the week from the locale (LC_ALL, LC_TIME, LANG): the tests expect
# Monday-first weeks wherever they run (a developer's en_US would make them Sunday-first), unless a test says so.
for _name in ("LC_ALL", "LC_TIME"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

from roadmapfinder.config import config  # noqa: E402

config.cache_clear()  # pytest-django read the configuration before the sample content was chosen

# Typer's CliRunner builds the click command from the Typer app at every `invoke`, reading every command's signature
# again (about 30 ms); the tests invoke the same apps hundreds of times, so each app's command is built once.
typer.testing._get_command = functools.cache(typer.main.get_command)

# Look for cyclic garbage less often than Python's default (every 700 allocations): a test process keeps a large heap
# for its whole run (Django, the catalogs and their indexes, every collected test), and each full collection walks
# it again. At the default, those walks were about a tenth of the fast lane's CPU, its collection phase included.
gc.set_threshold(10_000, 10, 10)

# Property tests check what the code answers, not how fast: Hypothesis's default deadline (200 ms an example) failed
# tests on a loaded machine (474 ms and 319 ms, 7 December) with nothing wrong. Speed is bench/'s job.
hypothesis.settings.register_profile("roadmapfinder", deadline=None)
hypothesis.settings.load_profile("roadmapfinder")


@pytest.fixture(autouse=True)
def _script_prefix_at_the_root() -> None:
    """Each test starts with the site at the root. A request through the WSGI entry point sets the thread's script
    prefix (Django's handler, web/first_views.py), and a test calling it with SCRIPT_NAME="/learn" left "/learn/" for
    the thread when its last answer came from a kept copy, which sets none; Django's test client sets none either.
    Every later test on that worker then reversed its links under /learn, and followed them to the site's own 404
    ("This page does not exist" for /finder, the home page, /api/v1/docs): the fast lane's rare failures of 7
    December, which depended on which tests xdist gave the worker first."""
    set_script_prefix("/")


@pytest.fixture(autouse=True)
def _plain_static_files(settings: Any) -> None:
    """Serve static files without the production manifest, which only `collectstatic` builds, and look each one up
    when it is asked for (WhiteNoise's autorefresh). Without a collect, WhiteNoise otherwise lists and stats every
    file the finders know (about 150, most of them the admin's) each time a middleware chain is built, and Django's
    test client builds one per `Client`: about a quarter of the fast lane, for files no test in it asks for."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(autouse=True, scope="session")
def _pdfs_typeset_in_the_test_process() -> None:
    """Typeset PDFs in the test process, as the command line does. Importing the WSGI entry point (the tests of
    what it answers do, at collection) switches the whole process to a server's renderer process: a fresh
    interpreter that imports WeasyPrint at a lower priority, on which each worker's first PDF test waited 10-25 s
    on a busy machine. The renderer process has its own test (tests/unit/test_exporters.py)."""
    from roadmapfinder.exporters import typesetter

    typesetter._in_renderer = False


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Hash test passwords with a fast hasher: Argon2 is slow on purpose, and creating a learner with a password was a
    third of a second of the fast lane per test. The test of how sign-up stores a password sets Argon2 back."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_page_cache() -> None:
    """Each test starts with an empty cache: cached pages (web/caching.py) and rate-limit counts would carry over."""
    from django.core.cache import cache

    from roadmapfinder.web.caching import process_copies

    cache.clear()
    process_copies.clear()


@pytest.fixture
def use_shipped_catalog() -> Iterator[None]:
    """Serve the shipped catalog for one test, then go back to the sample one."""
    os.environ.pop("ROADMAPFINDER_CONTENT_DIR")
    config.cache_clear()  # each folder's catalog is kept: the shipped one is loaded and indexed once per run
    yield
    os.environ["ROADMAPFINDER_CONTENT_DIR"] = str(SAMPLE_CONTENT)
    config.cache_clear()


@pytest.fixture
def setenv(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """Set an environment variable for one test and have the configuration read it again (it is read once)."""

    def set_variable(name: str, value: str) -> None:
        monkeypatch.setenv(name, value)
        config.cache_clear()

    yield set_variable
    config.cache_clear()  # the monkeypatch restores the variables after this; the next read sees them


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample content, for tests that break it on purpose."""
    target = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, target)
    return target


def pytest_configure(config: pytest.Config) -> None:
    """Fail fast, with a clear reason, when PostgreSQL is asked for but unreachable (a failure in CI)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as error:
        message = f"PostgreSQL at {url} is unreachable: {error}".strip()
        if os.environ.get("CI", "").lower() == "true":
            raise pytest.UsageError(message + " (CI needs it: start it with `make services`)") from error
        config.issue_config_time_warning(pytest.PytestWarning(message + "; database tests are skipped"), 2)
        config.option.markexpr = "database and not database"
