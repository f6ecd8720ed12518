"""Rate limits that hold behind a load balancer (issue 14): the client's address from the proxy's header, a
per-account limit on failed log-ins that cannot lock the owner out, the admin log-in, every token request, and
counts shared by every worker (kept in the database without Redis)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.test import Client

from roadmapfinder.tracking.client import forwarded_client
from tests.helpers import PASSWORD

pytestmark = [pytest.mark.database, pytest.mark.django_db]

BALANCER = "10.0.0.5"


@pytest.fixture(autouse=True)
def _fast_hashing(settings: Any) -> None:
    """These tests log in hundreds of times: Argon2's deliberate slowness would take most of a minute."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.parametrize(
    ("header", "remote", "proxies", "expected"),
    [
        ("203.0.113.7", BALANCER, 1, "203.0.113.7"),
        ("6.6.6.6, 203.0.113.7", BALANCER, 1, "203.0.113.7"),  # the client wrote the first entry: never trusted
        ("203.0.113.7, 10.0.0.9", BALANCER, 2, "203.0.113.7"),  # CDN then balancer
        ("10.0.0.9", BALANCER, 2, BALANCER),  # fewer entries than proxies: the peer
        ("", BALANCER, 1, BALANCER),
        ("not-an-address", BALANCER, 1, BALANCER),
        (" 2001:db8::1 ", BALANCER, 1, "2001:db8::1"),
        ("[2001:db8::2]", BALANCER, 1, "2001:db8::2"),
        ("203.0.113.7", "", 1, "203.0.113.7"),
        ("", "", 1, "0.0.0.0"),
        ("203.0.113.7", BALANCER, 0, BALANCER),
    ],
)
def test_the_client_address_is_read_from_the_right_of_x_forwarded_for(
    header: str, remote: str, proxies: int, expected: str
) -> None:
    assert forwarded_client(header, remote, proxies) == expected


def _login(client: Client, address: str, password: str = "guess", username: str = "ada") -> int:
    response = client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR=address,
    )
    return response.status_code


def test_behind_the_proxy_each_client_has_its_own_log_in_budget(ada: User, setenv: Callable[[str, str], None]) -> None:
    setenv("BEHIND_HTTPS_PROXY", "true")
    attacker, learner = Client(), Client()
    codes = [_login(attacker, "198.51.100.1") for _ in range(12)]
    assert codes[-1] == 429
    assert _login(learner, "198.51.100.2", PASSWORD) == 302  # the balancer's address is not the budget
    # writing another address in front does not buy the attacker a new budget
    assert _login(attacker, "192.0.2.99, 198.51.100.1") == 429


def test_without_the_proxy_setting_the_header_is_ignored(ada: User) -> None:
    client = Client()
    codes = [_login(client, f"198.51.100.{i}") for i in range(12)]  # a direct client cannot pick its address
    assert codes[-1] == 429


def test_failed_log_ins_per_account_slow_an_attacker_but_never_lock_out_the_owner(
    ada: User, setenv: Callable[[str, str], None]
) -> None:
    setenv("BEHIND_HTTPS_PROXY", "true")
    owner = Client()
    assert _login(owner, "192.0.2.1", PASSWORD) == 302  # the owner's browser is now known for the account
    owner.post("/accounts/logout/")
    attacker = Client()
    codes = [_login(attacker, f"198.51.100.{i}") for i in range(1, 24)]  # a new address each time
    assert codes[0] == 200
    assert codes[-1] == 429
    refused = attacker.post(
        "/accounts/login/",
        {"username": "ada", "password": PASSWORD},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR="198.51.100.200",
    )
    assert refused.status_code == 429  # even the right password, from a browser that never logged in to it
    assert "too many failed log-ins" in refused.content.decode()
    assert _login(owner, "192.0.2.1", PASSWORD) == 302  # the owner's own browser still gets in
    assert _login(Client(), "198.51.100.250", PASSWORD, username="nobody") == 200  # other accounts are unaffected


def test_the_account_limit_refuses_exactly_the_twenty_first_failed_log_in(
    ada: User, setenv: Callable[[str, str], None]
) -> None:
    """20 failures an hour are answered as failures; the 21st try is refused (it was let through once too often)."""
    setenv("BEHIND_HTTPS_PROXY", "true")
    attacker = Client()
    codes = [_login(attacker, f"198.51.100.{i}") for i in range(1, 21)]  # a new address each time
    assert codes == [200] * 20
    assert _login(attacker, "198.51.100.21") == 429
    assert _login(attacker, "198.51.100.22", PASSWORD) == 429  # the right password too, from this browser


def test_the_admin_log_in_is_rate_limited(ada: User) -> None:
    client = Client()
    codes = [client.post("/admin/login/", {"username": "ada", "password": "guess"}).status_code for _ in range(12)]
    assert codes[0] == 200
    assert codes[-1] == 429


def test_wrong_token_gets_are_counted(client: Client) -> None:
    codes = [
        client.get("/api/v1/me/progress", headers={"Authorization": f"Bearer rf_guess{i}"}).status_code
        for i in range(12)
    ]
    assert codes[0] == 401
    assert codes[-1] == 429
    refused = client.get("/api/v1/me/progress", headers={"Authorization": "Bearer rf_again"})
    assert refused["Retry-After"] == "60"
    assert refused.json()["detail"].startswith("too many requests with a wrong token")


def test_every_token_request_is_limited(ada: User, monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmapfinder.api import progress as progress_api
    from roadmapfinder.tracking.services import token_create

    monkeypatch.setattr(progress_api, "TOKEN_REQUEST_RATE", "3/m")
    secret = token_create(user=ada, name="laptop")[1]
    client = Client()
    codes = [
        client.get("/api/v1/me/progress", headers={"Authorization": f"Bearer {secret}"}).status_code for _ in range(5)
    ]
    assert codes[:3] == [200, 200, 200]
    assert codes[-1] == 429
    plan = client.post(
        "/api/v1/plans",
        {"targets": ["alpha-dev"]},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert plan.status_code == 429


def test_limits_are_shared_by_every_worker_without_redis(ada: User, settings: Any) -> None:
    assert settings.CACHES["ratelimit"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    client = Client()
    for _ in range(6):
        _login(client, "ignored")
    caches["default"].clear()  # another worker: its own process memory, the same database
    codes = [_login(Client(), "ignored") for _ in range(6)]
    assert codes[-1] == 429
