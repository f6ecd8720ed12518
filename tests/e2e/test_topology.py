"""Production's shape, proven: two `roadmapfinder serve` instances behind nginx, sharing PostgreSQL and Redis.

It runs in `make test`'s PostgreSQL pass (the instances must share a database server), with Debian's nginx
configured from the deployed files (bench/nginx_front.py: deploy/nginx's upstream and proxy rules). It checks that
sessions, rate limits and the page cache are shared; that an instance killed mid-load loses no acknowledged write;
that a rolling restart fails no request; and that readiness fails while the database and the cache are unreachable.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bench.nginx_front import nginx_conf

from tests.e2e.live_server import Instance, _free_port, create_learner_with_token
from tests.helpers import PASSWORD

#: Both this module and the other one that writes to DATABASE_URL's own database run on one xdist worker, one
#: after the other (`--dist loadgroup` in `make test-postgres`): two migrations of one fresh database would collide.
pytestmark = [pytest.mark.database, pytest.mark.xdist_group("database-url")]

REDIS_DB = 14  # a database of the local Redis kept for this test, emptied before it starts
TOPICS = ("web-basics", "http-basics", "markup", "styling", "version-control", "terminal")


@dataclass
class Topology:
    """Two instances, the nginx in front of them, and the environment they share."""

    env: dict[str, str]
    a: Instance
    b: Instance
    url: str  # nginx

    def learner(self, username: str) -> str:
        return create_learner_with_token(self.env, username)


@pytest.fixture(scope="module")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Topology]:
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        pytest.skip("the instances share PostgreSQL: `make test` runs this in its PostgreSQL pass")
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("nginx is missing: `make install-test` installs Debian's nginx-light")
    work = tmp_path_factory.mktemp("topology")
    redis_url = f"redis://127.0.0.1:6379/{REDIS_DB}"
    subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], check=True, capture_output=True)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECRET_KEY": "the-same-secret-on-every-instance-of-this-test",
        "ROADMAPFINDER_DATA_DIR": str(work),
        "DJANGO_SETTINGS_MODULE": "roadmapfinder.web.settings",
    }
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True)
    a, b = Instance(env, workers=1), Instance(env, workers=1)
    a.start()
    b.start()
    port = _free_port()
    (work / "nginx.conf").write_text(nginx_conf(work, port, [a.port, b.port]))
    proxy = subprocess.Popen([nginx, "-p", str(work), "-c", str(work / "nginx.conf")], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    _wait_for(f"{url}/api/v1/healthz")
    try:
        yield Topology(env, a, b, url)
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)
        for instance in (a, b):
            if instance.process and instance.process.poll() is None:
                instance.stop()


def _wait_for(url: str, timeout: float = 60) -> None:
    """Until `url` answers 200; each try may take a while, since the instance may be serving the test's load."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _unique(name: str) -> str:
    """A username no earlier run left in the shared PostgreSQL database."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


def _call(url: str, *, method: str = "GET", token: str = "", body: object = None, host: str = "") -> tuple[int, str]:
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body is not None else None)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if host:
        request.add_header("Host", host)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError as error:  # refused, reset, timed out: the request failed without an answer
        return 0, str(error)


class Browser:
    """A cookie-keeping client, as a person's browser would be, that can talk to any instance."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, url: str) -> tuple[int, str]:
        try:
            with self.opener.open(url, timeout=15) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def log_in(self, base: str, username: str, password: str) -> int:
        """Post the log-in form of `base` with its CSRF token; answers the status of the answer followed."""
        _, page = self.get(f"{base}/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token, "the log-in page has a CSRF token"
        form = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token[1]})
        request = urllib.request.Request(f"{base}/accounts/login/", data=form.encode(), method="POST")
        request.add_header("Referer", f"{base}/accounts/login/")
        try:
            with self.opener.open(request, timeout=15) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code


def test_a_session_started_on_one_instance_is_known_to_the_other(topology: Topology) -> None:
    username = _unique("grace")
    topology.learner(username)
    browser = Browser()
    assert browser.log_in(topology.a.url, username, PASSWORD) == 200
    status, page = browser.get(f"{topology.b.url}/me")
    assert status == 200
    assert username in page, "the other instance reads the same session"


def test_rate_limits_count_across_instances(topology: Topology) -> None:
    for _ in range(2):  # a burst slowed past its window's end by a busy machine is tried once more
        username = _unique("linus")
        topology.learner(username)
        window = _not_near_the_end_of_a_rate_window()
        statuses = [
            Browser().log_in(instance.url, username, "not the password")
            for instance in (topology.a, topology.b) * 6  # twelve guesses, alternating: more than the 10 a minute
        ]
        if _rate_window() == window:
            break
    else:
        pytest.fail("two bursts of twelve log-ins each outlasted the rest of a one-minute rate window")
    # Counted per instance, each would have seen six guesses and refused none; counted together (in Redis), the
    # budget runs out before the twelfth, and from then on both instances refuse.
    assert 429 in statuses, statuses
    first = statuses.index(429)
    assert set(statuses[first:]) == {429}, statuses


def test_the_page_cache_is_shared(topology: Topology) -> None:
    from django.core.cache.backends.redis import RedisCache

    status, _ = _call(f"{topology.url}/roadmaps/alpha-dev")  # stored by whichever instance answered
    assert status == 200
    shared = RedisCache(topology.env["REDIS_URL"], {})
    keys = [k.decode() for k in shared._cache.get_client().keys("*rf:page:*")]
    assert len(keys) == 1, keys
    key = keys[0].split(":", 2)[2]  # without Django's key prefix and version
    body, headers = shared.get(key)
    shared.set(key, (body.replace(b"Alpha Developer", b"Alpha Developer (from the shared cache)"), headers))
    pages = [_call(f"{i.url}/roadmaps/alpha-dev", host="127.0.0.1")[1] for i in (topology.a, topology.b)]
    from_shared = ["from the shared cache" in page for page in pages]
    assert from_shared.count(True) == 1, "the instance that did not render it reads it from Redis"


def _rate_window() -> float:
    """When the current one-minute rate window of the tests' client address ends."""
    from roadmapfinder.tracking.limits import _window_end

    return float(_window_end("127.0.0.1", 60))


def _not_near_the_end_of_a_rate_window(seconds: float = 20) -> float:
    """Wait, if need be, so that a burst of guesses is counted in one window of the per-minute limit; answers the
    window's end.

    Limits count in fixed one-minute windows whose edge depends on the key (the client's address here);
    a window ending in the middle of the burst would reset the count and look like an instance that does not share.
    """
    left = _rate_window() - time.time()
    if left < seconds:
        time.sleep(left + 1)
    return _rate_window()


@dataclass
class Load:
    """Learners marking topics through nginx while a test does something to the instances."""

    topology: Topology
    tokens: list[str]
    acknowledged: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # topic -> (seq, status) answered
    sent: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # every write tried, answered or not
    failures: list[str] = field(default_factory=list)
    reads: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self, during: Callable[[], None]) -> None:
        threads = [threading.Thread(target=self._learner, args=(i,)) for i in range(len(self.tokens))]
        threads.append(threading.Thread(target=self._reader))
        for thread in threads:
            thread.start()
        try:
            time.sleep(1.5)
            during()
            time.sleep(1.5)
        finally:
            self.stop.set()
            for thread in threads:
                thread.join(timeout=30)

    def _learner(self, index: int) -> None:
        token, topic = self.tokens[index], TOPICS[index]
        statuses = ("in_progress", "done", "skipped")
        sequence = 0
        while not self.stop.is_set():
            sequence += 1
            status = statuses[sequence % 3]
            self.sent.setdefault(topic, []).append((sequence, status))
            code, body = _call(
                f"{self.topology.url}/api/v1/me/progress/{topic}", method="PUT", token=token, body={"status": status}
            )
            if code == 200:
                self.acknowledged.setdefault(topic, []).append((sequence, status))
            else:
                self.failures.append(f"PUT {topic}: {code} {body[:120]}")

    def _reader(self) -> None:
        while not self.stop.is_set():
            code, body = _call(f"{self.topology.url}/roadmaps/alpha-dev")
            self.reads += 1
            if code != 200:
                self.failures.append(f"GET page: {code} {body[:120]}")

    def final_statuses(self) -> dict[str, str]:
        out = {}
        for index, topic in enumerate(TOPICS[: len(self.tokens)]):
            _, body = _call(f"{self.topology.url}/api/v1/me/progress", token=self.tokens[index])
            out[topic] = json.loads(body)["topics"].get(topic, "")
        return out


def _check_no_acknowledged_write_lost(load: Load) -> None:
    for topic, final in load.final_statuses().items():
        last_ack = max(load.acknowledged[topic])
        later = [status for seq, status in load.sent[topic] if seq > last_ack[0]]  # unanswered, maybe applied
        assert final in {last_ack[1], *later}, f"{topic}: {final} but the last acknowledged write was {last_ack}"


def test_an_instance_killed_mid_load_loses_no_acknowledged_write(topology: Topology) -> None:
    tokens = [topology.learner(_unique(f"kill-{i}")) for i in range(4)]
    load = Load(topology, tokens)
    load.run(during=topology.a.kill)
    topology.a.start()
    _check_no_acknowledged_write_lost(load)
    assert sum(len(acks) for acks in load.acknowledged.values()) > 20, "the load really ran"
    assert len(load.failures) <= len(tokens) + 1, (
        f"only requests in flight on the killed instance fail: {load.failures}"
    )


def test_a_rolling_restart_fails_no_request(topology: Topology) -> None:
    tokens = [topology.learner(_unique(f"roll-{i}")) for i in range(4)]
    stop_times: list[float] = []

    left_running: list[str] = []

    def restart_each() -> None:
        for instance in (topology.a, topology.b):
            groups = instance.server_groups()
            stop_times.append(instance.stop())  # SIGTERM: stop accepting, finish what is in flight, exit
            left_running.extend(instance.left_running(groups))
            instance.start()
            _wait_for(f"{instance.url}/api/v1/readyz")

    load = Load(topology, tokens)
    load.run(during=restart_each)
    assert load.failures == []
    assert max(stop_times) < 10, f"SIGTERM stops an instance within its bounded drain time: {stop_times}"
    assert left_running == [], "no worker outlives its server, holding the port"
    _check_no_acknowledged_write_lost(load)
    assert load.reads > 20


def test_readiness_fails_while_the_database_and_the_cache_are_unreachable(tmp_path: Path) -> None:
    unreachable = {
        **os.environ,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:9/nowhere",
        "REDIS_URL": "redis://127.0.0.1:9/0",
        "ROADMAPFINDER_DATA_DIR": str(tmp_path),
    }
    instance = Instance(unreachable, workers=1)
    instance.start()  # liveness answers: the process itself is fine
    try:
        status, body = _call(f"{instance.url}/api/v1/readyz")
        assert status == 503
        assert json.loads(body) == {"status": "not ready", "database": "unavailable", "cache": "unavailable"}
    finally:
        instance.stop()


def _end_idle_connections(database_url: str) -> int:
    """End every idle connection to the instances' database, as a PostgreSQL restart or an idle timeout would;
    answers how many were ended.

    Ending is asynchronous: `pg_terminate_backend(pid)` only signals the backend, which says goodbye and exits a
    moment later. Until it has, the connection is still alive and a query on it could yet fail mid-way (the same
    race a restart has for the query already in flight; CI once met it here). The timeout argument waits for each
    backend to be gone, so what the next burst meets is connections already ended, which is what the test claims."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle'"
        ).fetchone()
    return int(ended[0]) if ended else 0


def test_connections_the_database_ended_are_replaced_without_a_failed_request(topology: Topology) -> None:
    """Each server thread keeps its database connection between requests. When PostgreSQL ends them (a restart,
    an idle timeout, a failover), the next request on each thread opens a new one instead of failing
    (web/pg_health: the socket tells, without a round trip)."""
    tokens = [topology.learner(_unique(f"ended-{i}")) for i in range(6)]

    def burst() -> list[str]:
        failures: list[str] = []

        def learner(index: int) -> None:
            for step in range(4):
                base = (topology.a, topology.b)[(index + step) % 2].url
                calls = [
                    _call(
                        f"{base}/api/v1/me/progress/{TOPICS[index]}",
                        method="PUT",
                        token=tokens[index],
                        body={"status": ("in_progress", "done")[step % 2]},
                    ),
                    _call(f"{base}/api/v1/me/progress", token=tokens[index]),
                ]
                failures.extend(f"{code} {body[:120]}" for code, body in calls if code != 200)

        threads = [threading.Thread(target=learner, args=(i,)) for i in range(len(tokens))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        return failures

    assert burst() == []  # every server thread has opened its connection
    assert _end_idle_connections(topology.env["DATABASE_URL"]) >= 2
    assert burst() == []
