"""Rate limits: log-ins (web and admin), sign-up, password reset and API tokens (django-ratelimit).

Counts live in the "ratelimit" cache, shared by every worker (Redis, else the database), and are kept per client
address (tracking/client.py: the proxy's X-Forwarded-For behind the load balancer). Failed log-ins are also
counted per account, so an attacker spreading guesses over many addresses is slowed too; a browser that already
logged in to that account (it holds the account's signed device cookie) is exempt from the per-account limit, so
nobody can lock a learner out of their own account by failing on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.core import signing
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django_ratelimit.core import ALL, get_usage, is_ratelimited  # type: ignore[import-untyped]

View = Callable[..., HttpResponseBase]
__all__ = ["ALL", "limited", "limited_key", "login_limited", "rate_limited", "spent_key", "too_many"]

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
