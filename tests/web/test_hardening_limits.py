"""Rate limits that hold behind a load balancer (issue 14): the client's address from the proxy's header, a
per-account limit on failed log-ins that cannot lock the owner out, the admin log-in, every token request, and
counts shared by every worker (kept in the database without Redis), which hold however many other clients are
counted at the same time. The API token limits (issue 17) are tested on the database and on Redis."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.http import HttpResponse
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
    assert "ratelimit" not in settings.CACHES, "without REDIS_URL the counts are kept in the database"
    client = Client()
    for _ in range(6):
        _login(client, "ignored")
    caches["default"].clear()  # another worker: its own process memory, the same database
    codes = [_login(Client(), "ignored") for _ in range(6)]
    assert codes[-1] == 429


#: A database of the local Redis kept for these tests, emptied before each (the topology test has 14, the bench 15):
#: one per pytest-xdist worker (13, then 12, ...), since make test's PostgreSQL pass runs the parametrized cases of
#: one file on both workers at once, and one worker's emptying wiped the other's counts mid-test.
REDIS_URL = f"redis://127.0.0.1:6379/{13 - int(os.environ.get('PYTEST_XDIST_WORKER', 'gw0').removeprefix('gw'))}"


def _count_in_redis(settings: Any) -> None:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).flushdb()
    except redis.ConnectionError as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Redis at {REDIS_URL} is unreachable: {error} (CI needs it: `make services`)")
        pytest.skip(f"Redis at {REDIS_URL} is unreachable: {error}")
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    settings.CACHES = {**settings.CACHES, "ratelimit": redis_cache}


@pytest.fixture(params=["database", "redis"])
def counts_in(request: pytest.FixtureRequest, settings: Any) -> str:
    """Where the API's counts live: the database (no REDIS_URL), or Redis as production runs it. The token
    limits take a different path on each (tracking/limits.py), so each test runs on both."""
    if request.param == "redis":
        _count_in_redis(settings)
    return str(request.param)


def _progress(client: Client, token: str, address: str = "192.0.2.10") -> HttpResponse:
    return client.get("/api/v1/me/progress", headers={"Authorization": f"Bearer {token}"}, REMOTE_ADDR=address)


def _mark(client: Client, token: str, address: str = "192.0.2.10") -> HttpResponse:
    return client.put(
        "/api/v1/me/progress/markup",
        {"status": "done"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
        REMOTE_ADDR=address,
    )


def test_a_learners_token_requests_trip_at_the_rate_on_every_token_and_address(
    counts_in: str, ada: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TOKEN_REQUEST_RATE is the learner's: a second token or another address buys no new budget, and another
    learner's budget is their own."""
    from roadmapfinder.api import progress as progress_api
    from roadmapfinder.tracking.services import token_create

    monkeypatch.setattr(progress_api, "TOKEN_REQUEST_RATE", "4/m")
    laptop, phone = token_create(user=ada, name="laptop")[1], token_create(user=ada, name="phone")[1]
    grace = token_create(user=User.objects.create_user("grace"), name="laptop")[1]
    client = Client()
    codes = [_mark(client, laptop).status_code, _mark(client, phone, "192.0.2.11").status_code]
    codes += [_progress(client, laptop, "198.51.100.3").status_code, _mark(client, phone).status_code]
    assert codes == [200, 200, 200, 200]
    refused = _mark(client, phone, "203.0.113.9")
    assert refused.status_code == 429
    assert refused.json()["detail"] == "too many requests with this token; wait a minute"
    assert _progress(client, laptop).status_code == 429
    assert _mark(client, grace).status_code == 200


def test_with_redis_the_learners_count_is_redis_s_alone(
    ada: User, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every worker and instance shares the count because nothing of it is kept in the worker: the learner's
    requests are counted in Redis, refused at the rate, and let through again once Redis forgets the count."""
    import redis

    from roadmapfinder.api import progress as progress_api
    from roadmapfinder.tracking.services import token_create

    _count_in_redis(settings)
    monkeypatch.setattr(progress_api, "TOKEN_REQUEST_RATE", "3/m")
    token = token_create(user=ada, name="laptop")[1]
    assert [_mark(Client(), token).status_code for _ in range(3)] == [200, 200, 200]
    stored = redis.Redis.from_url(REDIS_URL)
    keys = stored.keys(f"*api-learner*:{ada.pk}:*")
    assert [int(stored.get(key) or 0) for key in keys] == [3]
    assert 0 < int(stored.ttl(keys[0])) <= 65, "a count expires with its window"
    assert _mark(Client(), token).status_code == 429
    stored.delete(*keys)
    assert _mark(Client(), token).status_code == 200


def test_a_spent_wrong_token_budget_refuses_the_address_even_with_the_right_token(counts_in: str, ada: User) -> None:
    """Once an address has sent more wrong tokens than TOKEN_RATE allows, its requests are refused with the
    wrong-token message, the right token's too, so a guesser cannot tell a right guess from a wrong one; other
    addresses keep their own budget."""
    from roadmapfinder.tracking.services import token_create

    token = token_create(user=ada, name="laptop")[1]
    client, guesser = Client(), "198.51.100.66"
    codes = [_mark(client, f"rf_guess{i}", guesser).status_code for i in range(12)]
    assert codes[:10] == [401] * 10
    assert codes[10:] == [429, 429]
    refused = _mark(client, token, guesser)
    assert refused.status_code == 429
    assert refused.json()["detail"] == "too many requests with a wrong token from this address; wait a minute"
    assert refused["Retry-After"] == "60"
    assert _mark(client, token, "198.51.100.67").status_code == 200


def test_a_token_call_is_one_round_trip_to_redis(ada: User, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every token call counts its learner and reads its address's wrong-token budget: one pipelined round trip to
    Redis, not one each (under 32 concurrent writers every round trip is a sleep and a wake, issue 17)."""
    from redis.connection import AbstractConnection

    from roadmapfinder.tracking.services import token_create

    _count_in_redis(settings)
    token = token_create(user=ada, name="laptop")[1]
    sent: list[object] = []
    send = AbstractConnection.send_packed_command

    def counting(connection: AbstractConnection, command: object, check_health: bool = True) -> None:
        sent.append(command)
        send(connection, command, check_health)

    monkeypatch.setattr(AbstractConnection, "send_packed_command", counting)
    client = Client()
    _mark(client, token)  # the client's connection opens (its handshake is not a count)
    sent.clear()
    assert _mark(client, token).status_code == 200
    assert len(sent) == 1
    sent.clear()
    assert _mark(client, "rf_a-wrong-guess").status_code == 401
    assert len(sent) == 1


def test_an_ipv6_client_is_counted_by_its_64_bit_prefix(counts_in: str) -> None:
    """One subscriber usually gets a whole /64: counted per address, they could guess from 2^64 of them."""
    client = Client()
    codes = [_mark(client, f"rf_guess{i}", f"2001:db8:1:2::{i:x}").status_code for i in range(12)]
    assert codes[0] == 401
    assert codes[-1] == 429
    assert _mark(client, "rf_guess", "2001:db8:1:3::1").status_code == 401  # the next /64 is someone else


#: More counts than Django's database cache keeps (its MAX_ENTRIES, 300): past that, every write deleted a third of
#: the rows, live counts among them, and limits under-counted.
CROWD = 400


@pytest.mark.slow
def test_a_learners_budget_holds_while_hundreds_of_other_addresses_are_counted(
    ada: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runaway script is stopped even when the counts of hundreds of other clients are kept at the same time."""
    from roadmapfinder.api import progress as progress_api
    from roadmapfinder.tracking.services import token_create

    monkeypatch.setattr(progress_api, "TOKEN_REQUEST_RATE", "5/m")
    token = token_create(user=ada, name="laptop")[1]
    client = Client()
    codes = []
    for i in range(CROWD):
        _mark(client, f"rf_guess{i}", f"2001:db8:{i:x}::1")  # a wrong token from its own /64: one count each
        if i % 50 == 0:
            codes.append(_mark(client, token).status_code)
    assert codes == [200] * 5 + [429] * 3


@pytest.mark.slow
def test_failed_log_ins_per_account_are_counted_while_many_other_accounts_are_guessed(
    ada: User, setenv: Callable[[str, str], None]
) -> None:
    """A guesser spreading tries over hundreds of accounts and addresses still finds ada's budget spent after 20."""
    setenv("BEHIND_HTTPS_PROXY", "true")
    attacker = Client()
    codes = []
    for i in range(CROWD):
        _login(attacker, f"10.{i // 250}.{i % 250}.1", username=f"someone{i}")
        if i % 16 == 0:
            codes.append(_login(attacker, f"10.9.{i % 250}.1"))
    assert codes == [200] * 20 + [429] * 5


def test_counts_of_ended_windows_are_deleted_in_batches_and_live_ones_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Redis nothing expires by itself: old windows' rows are deleted now and then, a batch at a time."""
    from roadmapfinder.tracking import rate_counts

    monkeypatch.setattr(rate_counts, "_PURGE_BATCH", 3)
    for i in range(7):
        rate_counts.count_one(f"ended{i}", expires=1_000)
    rate_counts.count_one("live", expires=3_000)
    rate_counts.count_one("live", expires=3_000)
    assert rate_counts.purge_expired(now=2_000) == 7
    assert [rate_counts.count_of(f"ended{i}") for i in range(7)] == [0] * 7
    assert rate_counts.count_of("live") == 2
