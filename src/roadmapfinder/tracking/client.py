"""The client's address, the key of every rate limit.

Behind the TLS-terminating load balancer (BEHIND_HTTPS_PROXY) every request arrives from the balancer's address:
counting per REMOTE_ADDR would make one budget for everybody, so ten wrong passwords from anyone locked everyone
out. There the address comes from X-Forwarded-For, read from the right: each proxy appends the address it received
the request from, so with TRUSTED_PROXIES proxies in front (default 1) the client is the TRUSTED_PROXIES-th entry
from the end. Entries further left were written by the client itself and are never trusted. Without the setting,
the header is ignored (a client reaching the server directly could write anything in it).
"""

from __future__ import annotations

import ipaddress

from django.http import HttpRequest

from roadmapfinder.config import config

#: What a request without any usable address is counted as (all such requests share one budget).
UNKNOWN = "0.0.0.0"


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip().strip("[]")))
    except ValueError:
        return None


def forwarded_client(forwarded_for: str, remote_addr: str, trusted_proxies: int) -> str:
    """The client address from an X-Forwarded-For value, `trusted_proxies` hops from its end; the peer's own address
    (REMOTE_ADDR) when the header is missing, malformed, or shorter than the proxies that should have written it."""
    peer = _valid(remote_addr) or UNKNOWN
    hops = [h for h in (part.strip() for part in forwarded_for.split(",")) if h]
    if trusted_proxies < 1 or len(hops) < trusted_proxies:
        return peer
    return _valid(hops[-trusted_proxies]) or peer


def client_address(request: HttpRequest) -> str:
    """The address this request's limits are counted against (tracking/limits.py's `address_of`)."""
    remote = str(request.META.get("REMOTE_ADDR") or "")
    settings = config()
    if not settings.behind_https_proxy:
        return _valid(remote) or UNKNOWN
    return forwarded_client(str(request.META.get("HTTP_X_FORWARDED_FOR") or ""), remote, settings.trusted_proxies)
