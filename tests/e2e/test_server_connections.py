"""Connections a server keeps open never keep another client waiting (cli/servers.CONNECTIONS_PER_WORKER).

Browsers, and nginx's upstream keep-alive, hold a connection open between requests. Granian's `--backpressure`
counts open connections per worker; at 2 x cores + 1 two workers served ten, and the eleventh client waited in the
listen queue until one of them closed.
"""

from __future__ import annotations

import http.client
import time
from contextlib import ExitStack
from typing import Any
from urllib.parse import urlsplit

from tests.e2e.live_server import LiveServer

#: The sample catalog; no browser.
SERVER: dict[str, Any] = {}

#: More open connections than the old limit allowed for two workers (10).
KEPT_OPEN = 24


def _answer(connection: http.client.HTTPConnection, path: str) -> int:
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    return response.status


def test_open_keep_alive_connections_never_keep_a_new_client_waiting(server: LiveServer) -> None:
    address = urlsplit(server)
    assert address.hostname
    assert address.port
    with ExitStack() as open_connections:
        for _ in range(KEPT_OPEN):  # each answered, then kept open, as a browser keeps it between two pages
            kept = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
            open_connections.callback(kept.close)
            assert _answer(kept, "/api/v1/healthz") == 200
        newcomer = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
        open_connections.callback(newcomer.close)
        started = time.monotonic()
        assert _answer(newcomer, "/roadmaps/alpha-dev") == 200
        assert time.monotonic() - started < 2
