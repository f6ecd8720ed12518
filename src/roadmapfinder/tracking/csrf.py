"""The CSRF token a page's forms carry, masked as Django masks it, for a tenth of the time.

Django's `get_token` masks the secret with 32 characters each drawn by `secrets.choice` (a system call apiece) and
finds every character's place with `str.index`: about a tenth of assembling a learner's roadmap page. This draws
the mask from the system's random bytes fetched a few KB at a time (`_RandomBytes`) and uses a table. The token is
exactly what Django's `_unmask_cipher_token` and `CsrfViewMiddleware` accept (tests/web/test_first_view_reads.py):
32 characters of mask, then the secret shifted by it, all from `CSRF_ALLOWED_CHARS`. As with `get_token`, using the
cookie's secret marks the cookie to be sent again (renewing its expiry), and a reader without one is given a new
secret.
"""

from __future__ import annotations

import os
import secrets
import threading
from typing import TypeGuard

from django.http import HttpRequest
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token
from django.utils.functional import SimpleLazyObject

_BASE = len(CSRF_ALLOWED_CHARS)
#: Random bytes at or above this are dropped, so each of the 62 characters is equally likely (248 = 4 x 62).
_UNBIASED = 256 - 256 % _BASE
_PLACE = {char: place for place, char in enumerate(CSRF_ALLOWED_CHARS)}


class _RandomBytes(threading.local):
    """The system's random bytes drawn 4 KB at a time per thread, and handed out a mask's worth at a time.

    A draw is a system call that lets go of the interpreter lock, and taking it back under load cost a twentieth of
    a worker's time when each page drew its own. The bytes are the same `secrets.token_bytes` gives; each is used
    once, and a buffer filled before a fork is never used by the child (the workers would mask alike).
    """

    def __init__(self) -> None:
        self.buffer, self.used, self.pid = b"", 0, -1

    def take(self, count: int) -> bytes:
        if self.used + count > len(self.buffer) or self.pid != os.getpid():
            self.buffer, self.used, self.pid = secrets.token_bytes(4096), 0, os.getpid()
        taken = self.buffer[self.used : self.used + count]
        self.used += count
        return taken


_random_bytes = _RandomBytes()


def _mask() -> list[int]:
    """CSRF_SECRET_LENGTH uniformly random places in CSRF_ALLOWED_CHARS."""
    places: list[int] = []
    while len(places) < CSRF_SECRET_LENGTH:
        places += [byte % _BASE for byte in _random_bytes.take(CSRF_SECRET_LENGTH + 8) if byte < _UNBIASED]
    return places[:CSRF_SECRET_LENGTH]


def is_secret(value: str | None) -> TypeGuard[str]:
    """Whether a CSRF cookie's value is a secret as Django keeps it (32 allowed characters); Django replaces one of
    another shape with a new secret."""
    return value is not None and len(value) == CSRF_SECRET_LENGTH and _PLACE.keys() >= set(value)


def masked_token(request: HttpRequest) -> str:
    """What `django.middleware.csrf.get_token` answers: the reader's CSRF secret under a fresh mask."""
    secret = request.META.get("CSRF_COOKIE")
    if not is_secret(secret):
        return get_token(request)  # no secret yet (Django makes one), or one of another shape: Django's way
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = _mask()
    chars = CSRF_ALLOWED_CHARS
    cipher = "".join(chars[(_PLACE[char] + shift) % _BASE] for char, shift in zip(secret, mask, strict=True))
    return "".join(chars[shift] for shift in mask) + cipher


def csrf(request: HttpRequest) -> dict[str, SimpleLazyObject[str]]:
    """A context processor replacing Django's built-in `csrf` one (listed after it, so its `csrf_token` wins)."""
    return {"csrf_token": SimpleLazyObject(lambda: masked_token(request))}
