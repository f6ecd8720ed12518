"""Security settings: `manage.py check --deploy` is clean under the production environment, every answer carries
the Content-Security-Policy and the other security headers (cached pages too), and no template holds inline
script, style or event handlers that the policy would refuse. The browser side is tests/test_security_browser.py."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

ROOT = Path(__file__).parent.parent.parent
#: The production environment of README "Configuration", less the services (the check needs no database).
PRODUCTION = {
    "DEBUG": "false",
    "HTTPS_ONLY": "true",
    "BEHIND_HTTPS_PROXY": "true",
    "ALLOWED_HOSTS": "roadmapfinder.example",
    "CSRF_TRUSTED_ORIGINS": "https://roadmapfinder.example",
    "SITE_URL": "https://roadmapfinder.example",
}
#: What Django's deploy check says of the development defaults (plain http on 127.0.0.1).
DEVELOPMENT_WARNINGS = {"security.W004", "security.W008", "security.W012", "security.W016"}


def manage(tmp_path: Path, *arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """`manage.py ARGUMENTS` in a clean environment (nothing of this shell's) plus `environment`."""
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "ROADMAPFINDER_DATA_DIR": str(tmp_path), **environment}
    command = [sys.executable, str(ROOT / "manage.py"), *arguments]
    return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, check=False)


def check_deploy(tmp_path: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    return manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **environment)


def production(**overrides: str) -> dict[str, str]:
    """The production environment with a fresh secret key, and `overrides`."""
    return {**PRODUCTION, "SECRET_KEY": secrets.token_urlsafe(50), **overrides}


@pytest.mark.slow
def test_check_deploy_is_clean_under_the_production_environment(tmp_path: Path) -> None:
    result = check_deploy(tmp_path, **production())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


@pytest.mark.slow
def test_check_deploy_flags_the_development_defaults(tmp_path: Path) -> None:
    """The check above means something: the defaults (made for `make run`) fail it, for the expected reasons."""
    result = check_deploy(tmp_path)
    assert result.returncode != 0
    assert set(re.findall(r"\((security\.W\d+)\)", result.stderr)) == DEVELOPMENT_WARNINGS, result.stderr
    assert (tmp_path / "secret_key").is_file(), "the generated secret key passes the length and variety rule"


@pytest.mark.parametrize(
    ("mistake", "warning"),
    [
        ({"BEHIND_HTTPS_PROXY": "false"}, "roadmapfinder.W001"),  # every request would be redirected, forever
        ({"SECRET_KEY": "change-me"}, "security.W009"),
        ({"SECURE_HSTS_SECONDS": "0"}, "security.W004"),
        ({"DEBUG": "true"}, "security.W018"),
    ],
)
@pytest.mark.slow
def test_check_deploy_catches_a_production_mistake(tmp_path: Path, mistake: dict[str, str], warning: str) -> None:
    result = check_deploy(tmp_path, **production(**mistake))
    assert result.returncode != 0
    assert f"({warning})" in result.stderr


@pytest.mark.slow
def test_https_settings_are_off_for_local_runs_and_one_switch_turns_them_on(tmp_path: Path) -> None:
    def https_settings(**environment: str) -> str:
        code = (
            "from django.conf import settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
            "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
        )
        return manage(tmp_path, "shell", "-c", code, **environment).stdout.strip().splitlines()[-1]

    assert https_settings() == "False False False 0 False False"
    assert https_settings(HTTPS_ONLY="true") == "True True True 31536000 True True"
    assert https_settings(HTTPS_ONLY="true", SECURE_HSTS_SECONDS="3600", SECURE_HSTS_PRELOAD="false") == (
        "True True True 3600 True False"
    )


def test_the_https_redirect_spares_the_health_check(settings: Any) -> None:
    """A load balancer's health check over plain http is answered; pages move to https."""
    settings.SECURE_SSL_REDIRECT = True
    assert Client().get("/api/v1/healthz").status_code == 200
    redirect = Client().get("/topics/markup")
    assert redirect.status_code == 301
    assert redirect["Location"] == "https://testserver/topics/markup"


def policy(header: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as directive -> sources."""
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def assert_secured(response: object) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    assert policy(headers["Content-Security-Policy"]) == STRICT
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/roadmaps/alpha-dev",
        "/topics/markup",
        "/search?q=markup",
        "/generate",
        "/accounts/login/",
        "/roadmaps/no-such-roadmap",  # the 404 page
        "/api/v1/roadmaps/alpha-dev",  # JSON answers carry it too: harmless, and it covers a JSON opened as a page
        "/api/v1/healthz",
    ],
)
@pytest.mark.django_db  # topic pages read learners' medians
def test_answers_carry_the_policy_and_the_security_headers(path: str) -> None:
    assert_secured(Client().get(path))


def test_a_cached_page_keeps_the_policy() -> None:
    client = Client()
    first = client.get("/roadmaps/alpha-dev")
    second = client.get("/roadmaps/alpha-dev")
    assert first.templates, "the first reader's page is rendered"
    assert not second.templates, "the second one comes from the page cache"
    assert_secured(second)
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


@pytest.mark.django_db
def test_a_changed_policy_is_sent_from_the_next_answer(settings: Any) -> None:
    """The site's policy header is built once per process (web/csp.py): a change of the settings must not be missed."""
    Client().get("/topics/markup")  # the policy as the settings first had it, built and kept
    directives = {**STRICT, "img-src": ["'self'", "data:"]}
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": directives}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {
        "DIRECTIVES": {"default-src": ["'none'"]},
        "EXCLUDE_URL_PREFIXES": ["/api/"],
    }
    page = Client().get("/topics/markup?fresh=1")
    assert policy(page["Content-Security-Policy"]) == directives
    assert policy(page["Content-Security-Policy-Report-Only"]) == {"default-src": ["'none'"]}
    api = Client().get("/api/v1/healthz")
    assert policy(api["Content-Security-Policy"]) == directives
    assert "Content-Security-Policy-Report-Only" not in api, "the report-only policy's excluded prefix is honoured"


def test_the_standalone_svg_allows_exactly_its_own_style() -> None:
    response = Client().get("/roadmaps/alpha-dev.svg")
    directives = policy(response["Content-Security-Policy"])
    style = ET.fromstring(response.content.decode().split("\n", 1)[1]).find("{http://www.w3.org/2000/svg}style")
    assert style is not None
    assert style.text
    digest = base64.b64encode(hashlib.sha256(style.text.encode()).digest()).decode()
    assert directives["style-src"] == [f"'sha256-{digest}'"]
    assert directives | {"style-src": ["'self'"]} == STRICT, "everything else as strict as the pages"


#: What the policy refuses in a served template: inline styles, inline scripts (a JSON-LD data block is not run),
#: event-handler attributes and javascript: URLs.
INLINE = re.compile(
    r"<style|\sstyle\s*=|\son[a-z]+\s*=|javascript:|<script(?![^>]*\ssrc=)(?![^>]*type=\"application/ld\+json\")",
    re.IGNORECASE,
)


def test_no_served_template_holds_what_the_policy_refuses() -> None:
    package = ROOT / "src" / "roadmapfinder"
    # the exporters' print.html is WeasyPrint's input for the PDF, never served
    served = [p for p in package.glob("*/templates/**/*.html") if "exporters" not in p.relative_to(package).parts]
    assert len(served) > 20
    offenders = {f"{p.relative_to(package)}: {m.group(0)}" for p in served for m in INLINE.finditer(p.read_text())}
    assert not offenders
