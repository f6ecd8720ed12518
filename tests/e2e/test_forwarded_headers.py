"""What a client's headers may change of the server's view of a request, with `roadmapfinder serve --server
gunicorn`: gunicorn lets a peer it trusts set WSGI variables such as SCRIPT_NAME with a request header, and every
link of a page carries the script prefix, so a client that could set it would make the pages it is shown (and, for
a cached page, every visitor's) link under a prefix of its choosing. https behind a proxy is Django's own setting
(SECURE_PROXY_SSL_HEADER), so no header is trusted to set the environment."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.live_server import Instance

pytestmark = pytest.mark.slow


def test_a_clients_script_name_header_never_becomes_the_sites_prefix(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {"ROADMAPFINDER_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings"}
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True)
    server = Instance(env, workers=1, server="gunicorn")
    server.start(timeout=60)
    try:
        request = urllib.request.Request(f"{server.url}/elsewhere/search?q=git", headers={"SCRIPT_NAME": "/elsewhere"})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                status, page = answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            status, page = error.code, error.read().decode()
    finally:
        server.stop()
    assert status == 404, "the path is the site's own: no page lives under /elsewhere"
    assert 'href="/elsewhere/' not in page
    assert 'href="/generate"' in page
