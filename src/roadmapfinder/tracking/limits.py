"""Rate limits: log-ins (web and admin), sign-up, password reset (django-ratelimit) and API tokens (`counted`,
`over`: the counter below).

Counts live in the "ratelimit" cache, shared by every worker (Redis, else the database), and are kept per client
address (tracking/client.py: the proxy's X-Forwarded-For behind the load balancer). Failed log-ins are also
counted per account, so an attacker spreading guesses over many addresses is slowed too; a browser that already
logged in to that account (it holds the account's signed device cookie) is exempt from the per-account limit, so
nobody can lock a learner out of their own account by failing on purpose.

API tokens have a counter of their own because every token call pays for it: django-ratelimit through Django's
Redis cache made four or five round trips per call (the wrong-token check wrote a zero with `add` before reading
it; the learner's count was `add`, then `exists` and `incr`), each through a new client object, which was about
0.9 ms of a write's 2.4 ms of CPU (issue 17). With Redis, `counted` is one pipelined round trip (INCR and EXPIRE)
and `over` one GET; with the database cache, `over` is one read and `counted` an `incr` (an `add` only when a
window starts), where django-ratelimit took three write transactions, each one a turn of SQLite's write lock. The
windows are django-ratelimit's: fixed, as long as the rate's period, their edges staggered per key.
"""

from __future__ import annotations

import ipaddress
import re
import time
import zlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import BaseCache, caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django_ratelimit.core import ALL, get_usage, is_ratelimited  # type: ignore[import-untyped]

from roadmapfinder.tracking.client import client_address

View = Callable[..., HttpResponseBase]
__all__ = [
    "ALL",
    "address_of",
    "counted",
    "limited",
    "limited_key",
    "login_limited",
    "over",
    "rate_limited",
    "spent_key",
    "too_many",
]

#: Attempts per client address; generous for people, low for password guessing.
LOGIN_RATE = "10/m"
SIGNUP_RATE = "5/m"
TOKEN_RATE = "10/m"
#: Failed log-ins per account from browsers that never logged in to it, from any number of addresses.
ACCOUNT_FAILURE_RATE = "20/h"
#: Requests per minute with a valid personal token (per learner): 100 a second, far above what the CLI or a script
#: syncing progress sends (the multi-instance test drives several learners flat out), but a runaway loop stops.
TOKEN_REQUEST_RATE = "6000/m"
#: The cookie a successful log-in leaves: the account's name, signed, for a year.
DEVICE_COOKIE = "rf_device"
DEVICE_MAX_AGE = 365 * 24 * 3600
_DEVICE_SALT = "roadmapfinder.login-device"


def limited(
    request: HttpRequest, *, group: str, rate: str, methods: object = ("POST", "PUT"), increment: bool = True
) -> bool:
    """Count this request against the client's budget for `group` (only read it with `increment=False`); True once
    it is spent."""
    method = methods if methods is ALL else list(methods)  # type: ignore[call-overload]
    return bool(is_ratelimited(request, group=group, key="ip", rate=rate, method=method, increment=increment))


def limited_key(request: HttpRequest, *, group: str, key: str, rate: str, increment: bool = True) -> bool:
    """Count this request against the budget of `key` (an account, a learner) for `group`; True once it is spent."""
    return bool(
        is_ratelimited(request, group=group, key=lambda _g, _r: key, rate=rate, method=ALL, increment=increment)
    )


def spent_key(request: HttpRequest, *, group: str, key: str, rate: str) -> bool:
    """Whether `key`'s budget for `group` is already used up, without counting this request.

    django-ratelimit's own check without counting (`increment=False`) answers "more than the limit", which is one
    late for a budget of failures counted after the fact: with 20 failures recorded, the 21st try must be refused,
    not let through to fail once more."""
    usage = get_usage(request, group=group, key=lambda _g, _r: key, rate=rate, method=ALL, increment=False)
    return usage is not None and int(usage["count"]) >= int(usage["limit"])


#: The cache alias the counts live in (django-ratelimit's RATELIMIT_USE_CACHE).
_CACHE = "ratelimit"
#: Seconds a count outlives its window, so a request at the window's very end still finds it.
_FUDGE = 5
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"(\d+)/(\d*)([smhd])")
#: One Redis client per server (it is thread-safe and holds the connection pool): Django's cache builds a new
#: client object for every call.
_redis_clients: dict[str, Any] = {}


def _split(rate: str) -> tuple[int, int]:
    """The limit and the window's length in seconds of a rate in django-ratelimit's notation: "6000/m" is (6000, 60)."""
    found = _RATE.fullmatch(rate)
    if found is None:
        raise ValueError(f"not a rate: {rate!r}")
    count, multiple, unit = found.groups()
    return int(count), _PERIODS[unit] * int(multiple or 1)


def _window_end(value: str, period: int) -> int:
    """When the fixed window `value` is counted in ends: django-ratelimit's windows, whose edges are staggered by a
    hash of the key, so every learner's budget does not turn over at the same second."""
    now = int(time.time())
    end = now - now % period + zlib.crc32(value.encode()) % period
    return end + period if end < now else end


def _redis(cache: BaseCache) -> Any:
    """The Redis client behind the "ratelimit" cache, or None when the counts live elsewhere (the database)."""
    if not isinstance(cache, RedisCache):
        return None
    location = str(settings.CACHES[_CACHE]["LOCATION"])
    client = _redis_clients.get(location)
    if client is None:
        client = _redis_clients.setdefault(location, cache._cache.get_client(write=True))
    return client


def _count(group: str, value: str, rate: str, *, add: bool) -> bool:
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return False
    limit, period = _split(rate)
    cache = caches[_CACHE]
    key = f"rf:rl:{group}:{limit}/{period}:{value}:{_window_end(value, period)}"
    client = _redis(cache)
    if client is not None:
        key = cache.make_key(key)  # the cache's prefix and version, as its own calls would write it
        if add:
            pipeline = client.pipeline(transaction=False)
            pipeline.incr(key)
            pipeline.expire(key, period + _FUDGE)  # the key names its window: the last call's expiry is as good
            count = int(pipeline.execute()[0])
        else:
            count = int(client.get(key) or 0)
    elif not add:
        count = int(cache.get(key, 0))
    else:
        count = _incr(cache, key, period + _FUDGE)
    return count > limit


def _incr(cache: BaseCache, key: str, timeout: int) -> int:
    """One more in a cache without atomic counters (the database's): `incr` is a read and a write, `add` only when
    the window starts, where django-ratelimit always tried `add` first (a write transaction that fails)."""
    try:
        return int(cache.incr(key))
    except ValueError:  # the window's first request
        if cache.add(key, 1, timeout):
            return 1
        return int(cache.incr(key))  # another worker's request added it first


def counted(group: str, value: str, rate: str) -> bool:
    """Count one request of `value` (a learner, an address) against its budget for `group`; True once this request
    is over `rate`. Shared by every worker and instance, like the cache it counts in."""
    return _count(group, value, rate, add=True)


def over(group: str, value: str, rate: str) -> bool:
    """Whether `value` is already over its budget for `group`, without counting this request: more than `rate`'s
    limit were counted in this window (as django-ratelimit's check without counting answers)."""
    return _count(group, value, rate, add=False)


def address_of(request: HttpRequest) -> str:
    """The client address limits count against: an IPv6 client's /64, which one subscriber usually gets whole
    (django-ratelimit's default mask), else the address itself."""
    address = client_address(request)
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return address


def too_many(request: HttpRequest, message: str = "") -> HttpResponse:
    """429 with a page that says how to recover."""
    response = render(request, "tracking/too_many.html", {"message": message}, status=429)
    response["Retry-After"] = "60"
    return response


def rate_limited(group: str, rate: str) -> Callable[[View], View]:
    """Decorate a view so POSTs beyond `rate` per client address get a 429 page."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
            if limited(request, group=group, rate=rate):
                return too_many(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def _account(request: HttpRequest) -> str:
    return request.POST.get("username", "").strip().lower()[:150]


def _known_device(request: HttpRequest, account: str) -> bool:
    """Whether this browser logged in to `account` before (its signed device cookie names it)."""
    try:
        name = signing.loads(request.COOKIES.get(DEVICE_COOKIE, ""), salt=_DEVICE_SALT, max_age=DEVICE_MAX_AGE)
    except signing.BadSignature:
        return False
    return isinstance(name, str) and name == account


def login_limited(group: str) -> Callable[[View], View]:
    """Decorate a log-in view: LOGIN_RATE per client address, ACCOUNT_FAILURE_RATE failures per account for browsers
    that never logged in to it; a successful log-in marks the browser as known for that account."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
            if request.method != "POST":
                return view(request, *args, **kwargs)
            if limited(request, group=group, rate=LOGIN_RATE):
                return too_many(request)
            account = _account(request)
            watched = bool(account) and not _known_device(request, account)
            account_group = f"{group}-account"
            if watched and spent_key(request, group=account_group, key=account, rate=ACCOUNT_FAILURE_RATE):
                return too_many(
                    request,
                    "This account had too many failed log-ins. Try again in an hour, log in from a browser you used "
                    "before, or reset your password.",
                )
            response = view(request, *args, **kwargs)
            if response.status_code == 302 and account:  # logged in: this browser is now known for the account
                secure = request.is_secure()
                cookie = signing.dumps(account, salt=_DEVICE_SALT)
                response.set_cookie(
                    DEVICE_COOKIE, cookie, max_age=DEVICE_MAX_AGE, httponly=True, secure=secure, samesite="Lax"
                )
            elif watched:
                limited_key(request, group=account_group, key=account, rate=ACCOUNT_FAILURE_RATE)
            return response

        return wrapper

    return decorate
