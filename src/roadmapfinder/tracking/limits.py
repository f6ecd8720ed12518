"""Rate limits for log-in, sign-up, password reset and tokens (django-ratelimit, counted in the default cache)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited  # type: ignore[import-untyped]

View = Callable[..., HttpResponseBase]

#: Attempts per client address; generous for people, low for password guessing.
LOGIN_RATE = "10/m"
SIGNUP_RATE = "5/m"
TOKEN_RATE = "10/m"


def limited(request: HttpRequest, *, group: str, rate: str) -> bool:
    """Count this request against the client's budget for `group`; True once it is spent."""
    return bool(is_ratelimited(request, group=group, key="ip", rate=rate, method=["POST", "PUT"], increment=True))


def too_many(request: HttpRequest) -> HttpResponse:
    """429 with a page that says how to recover."""
    response = render(request, "tracking/too_many.html", status=429)
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
