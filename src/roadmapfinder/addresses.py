"""Site addresses by view name, worked out once per name, arguments and prefix.

Django's `reverse` matches the name against the URL patterns and quotes the arguments every time: about 35
microseconds here, which on /me (some twenty-five links) was a sixth of the page. An address depends only on the
URL patterns (fixed while a process runs), the name, the arguments and the script prefix the site is served under,
which is part of the key, so a site mounted under a path gets its own addresses.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.urls import get_script_prefix, reverse

#: A view name and its arguments -> the address: what `addresses` gives a page.
Link = Callable[..., str]


def address(name: str, *args: str | int) -> str:
    """`reverse(name, args=args)`, kept (the 4,096 asked most lately)."""
    return _address(get_script_prefix(), name, args)


@functools.lru_cache(maxsize=4096)
def _address(prefix: str, name: str, args: tuple[str | int, ...]) -> str:
    return reverse(name, args=list(args))  # reads the prefix itself: the key's is the same, set for this request


def addresses() -> Link:
    """`address` for a page that makes many: the script prefix read once (reading it costs more than the kept
    address itself), for this request only."""
    prefix = get_script_prefix()
    return lambda name, *args: _address(prefix, name, args)
