"""Rate limits: log-ins (web and admin), sign-up, password reset and API tokens, each a budget of requests per
fixed window, counted by `counted` (and read by `spent`, `counted_and_over`) below.

Counts are shared by every worker and instance: in Redis when there is one (the "ratelimit" cache), else in the
database's RateCount table (tracking/rate_counts.py). They are kept per client address (tracking/client.py: the
proxy's X-Forwarded-For behind the load balancer; an IPv6 client's /64). Failed log-ins are also counted per
account, so an attacker spreading guesses over many addresses is slowed too; a browser that already logged in to
that account (it holds the account's signed device cookie) is exempt from the per-account limit, so nobody can lock
a learner out of their own account by failing on purpose.

One small counter serves every limit because every API token call pays for it. django-ratelimit through Django's
Redis cache made four or five round trips per call, each through a new client object (about 0.9 ms of a write's 2.4
ms of CPU, issue 17); here, with Redis, `counted` is one pipelined round trip (INCR and EXPIRE), and a token call's
two budgets (the learner's count, the address's wrong guesses) are one round trip together (`counted_and_over`).
Without Redis the counts were in Django's database cache, which keeps 300 entries and past that deleted a third of
them on every write, live counts among them (limits under-counted once more than 300 addresses, learners and
accounts were counted at once), and whose `incr` was a read, a write and a `SELECT COUNT(*)`: now a count is one
upsert and a read one SELECT. django-ratelimit's windows are kept: fixed, as long as the rate's period, their edges
staggered per key, so every learner's budget does not turn over at the same second.
"""

from __future__ import annotations

import ipaddress
import re
import time
import zlib
from collections.abc import Callable
from functools import wraps
from typing import Any, NamedTuple

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render

from roadmapfinder.tracking import rate_counts
from roadmapfinder.tracking.client import client_address

View = Callable[..., HttpResponseBase]
__all__ = [
    "Budget",
    "address_of",
    "counted",
    "counted_and_over",
    "login_limited",
    "rate_limited",
    "spent",
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


#: The cache alias of the Redis the counts live in, when there is one (web/settings.py).
_CACHE = "ratelimit"
#: The methods `rate_limited` counts: form posts (Django's form views answer PUT as POST).
_WRITES = ("POST", "PUT")
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


def _redis() -> Any:
    """The Redis client the counts live in, or None when they live in the database (no Redis configured)."""
    if _CACHE not in settings.CACHES:
        return None
    cache = caches[_CACHE]
    if not isinstance(cache, RedisCache):
        return None
    location = str(settings.CACHES[_CACHE]["LOCATION"])
    client = _redis_clients.get(location)
    if client is None:
        client = _redis_clients.setdefault(location, cache._cache.get_client(write=True))
    return client


class Budget(NamedTuple):
    """A budget of requests: `value` (a learner, an address, an account) may make `rate` of `group`'s requests."""

    group: str
    value: str
    rate: str


class _Window(NamedTuple):
    """One budget's count asked for: its key in this window, whether to add one first, its limit and period."""

    key: str
    add: bool
    limit: int
    period: int
    end: int


def _counts(*asked: tuple[Budget, bool]) -> list[tuple[int, int]]:
    """Each budget's count in this window, one more first where it is asked with True, and its rate's limit; all in
    one round trip to Redis. The counts are 0 while limits are off (RATELIMIT_ENABLE=false)."""
    windows = []
    for budget, add in asked:
        limit, period = _split(budget.rate)
        end = _window_end(budget.value, period)
        key = f"rf:rl:{budget.group}:{limit}/{period}:{budget.value}:{end}"
        windows.append(_Window(key, add, limit, period, end))
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return [(0, w.limit) for w in windows]
    client = _redis()
    if client is None:
        return [
            (rate_counts.count_one(w.key, expires=w.end + _FUDGE) if w.add else rate_counts.count_of(w.key), w.limit)
            for w in windows
        ]
    pipeline = client.pipeline(transaction=False)
    for w in windows:
        key = caches[_CACHE].make_key(w.key)  # the cache's prefix and version, as its own calls would write it
        if w.add:
            pipeline.incr(key)
            pipeline.expire(key, w.period + _FUDGE)  # the key names its window: the last call's expiry is as good
        else:
            pipeline.get(key)
    answers = iter(pipeline.execute())
    counts = []
    for w in windows:
        counts.append((int(next(answers) or 0), w.limit))
        if w.add:
            next(answers)  # EXPIRE's answer
    return counts


def _count(group: str, value: str, rate: str, *, add: bool) -> tuple[int, int]:
    """The count of `value` for `group` in this window (one more first when `add`) and the rate's limit."""
    return _counts((Budget(group, value, rate), add))[0]


def counted(group: str, value: str, rate: str) -> bool:
    """Count one request of `value` (a learner, an address, an account) against its budget for `group`; True once
    this request is over `rate`. Shared by every worker and instance."""
    count, limit = _count(group, value, rate, add=True)
    return count > limit


def spent(group: str, value: str, rate: str) -> bool:
    """Whether `value`'s budget for `group` is used up, without counting this request: `rate`'s limit was reached.

    For a budget of failures counted after the fact: with 20 failures recorded, the 21st try must be refused, not
    let through to fail once more."""
    count, limit = _count(group, value, rate, add=False)
    return count >= limit


def counted_and_over(counted_in: Budget, read: Budget) -> tuple[bool, bool]:
    """`counted` for one budget, and whether another is already over its limit (more than it allows were counted,
    this request not among them): in one round trip to Redis, since every token call asks both."""
    (count, limit), (read_count, read_limit) = _counts((counted_in, True), (read, False))
    return count > limit, read_count > read_limit


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
            if request.method in _WRITES and counted(group, address_of(request), rate):
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
            if counted(group, address_of(request), LOGIN_RATE):
                return too_many(request)
            account = _account(request)
            watched = bool(account) and not _known_device(request, account)
            account_group = f"{group}-account"
            if watched and spent(account_group, account, ACCOUNT_FAILURE_RATE):
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
                counted(account_group, account, ACCOUNT_FAILURE_RATE)
            return response

        return wrapper

    return decorate
