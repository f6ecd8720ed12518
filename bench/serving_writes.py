"""Concurrent writers: learners marking progress at once through the API, as the issue measured them (#17).

WRITERS threads, each a learner with a token, put statuses on the Backend roadmap's topics (WRITES in all), each
request on a new connection as a command-line client or a script does, after WARM_UP untimed writes each. Every
answer's time is kept; after the run each learner's progress is read back and compared with the last status the
server acknowledged per topic, so a lost write shows. The kernel's TCP counters around the run (listen-queue
overflows and SYN retransmits, from /proc/net/netstat and /proc/net/snmp) tell whether waits came from connections
the server did not take in time.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

WRITES = 2000
#: Untimed writes per writer before the timed ones, all writers at once: the server's threads open their database
#: connections and take their first requests (a server in service is warm). Without it the slowest 1 % were the
#: first burst alone (32 requests at once on connections still being opened).
WARM_UP = 2
STATUSES = ("in_progress", "done", "skipped")
#: The TCP counters that show connections refused or retried at the listening socket.
COUNTERS = ("ListenOverflows", "ListenDrops", "TCPSynRetrans", "TCPTimeouts")


@dataclass(frozen=True)
class Writes:
    count: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    over_1s: int
    failed: int
    lost: int
    counters: dict[str, int]
    #: Wall time of the timed writes, from the moment all writers start together to the last one's end.
    seconds: float

    @property
    def per_s(self) -> float:
        """Writes acknowledged or refused per second of the timed run."""
        return self.count / self.seconds


def tcp_counters() -> dict[str, int]:
    """The kernel's TCP extension counters (netstat -s reads the same files)."""
    values: dict[str, int] = {}
    for name in ("/proc/net/netstat", "/proc/net/snmp"):
        lines = Path(name).read_text().splitlines()
        for header, row in zip(lines[::2], lines[1::2], strict=False):
            keys, numbers = header.split()[1:], row.split()[1:]
            values.update({k: int(v) for k, v in zip(keys, numbers, strict=False) if k in COUNTERS})
    return values


def _put(base: str, path: str, token: str, status: str) -> int:
    """One status write on a connection of its own; the answer's HTTP status, or 0 when the connection failed.

    Written on the socket rather than through urllib: the writers share the server's two cores, and urllib's
    request and response objects cost each write 0.46-0.53 ms of the writers' CPU against 0.22 ms here (three
    alternating rounds each on PostgreSQL), which the server's answers then queued behind: p99 102-133 ms through
    urllib against 89-98 ms, at the same server CPU per write. What the server receives is the same request (HTTP/1.1,
    the token, a JSON body), asking to close the connection after the answer, as a one-shot client does.
    """
    host, _, port = base.removeprefix("http://").partition(":")
    body = json.dumps({"status": status}).encode()
    head = (
        f"PUT {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    try:
        with socket.create_connection((host, int(port)), timeout=30) as connection:
            connection.sendall(head.encode() + body)
            answer = b"".join(iter(lambda: connection.recv(65536), b""))
    except OSError:
        return 0
    status_line = answer.split(b"\r\n", 1)[0].split()
    return int(status_line[1]) if len(status_line) > 1 and status_line[0].startswith(b"HTTP/") else 0


def _progress(base: str, token: str) -> dict[str, str]:
    request = urllib.request.Request(f"{base}/api/v1/me/progress")
    request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:
        topics: dict[str, str] = json.loads(response.read())["topics"]
        return topics


def concurrent_writes(base: str, tokens: list[str], topics: list[str]) -> Writes:
    """WRITES progress updates from len(tokens) learners at once; latency, failures and lost writes."""
    per_writer = WRITES // len(tokens)
    times: list[float] = []
    acknowledged: list[dict[str, str]] = [{} for _ in tokens]
    failures = [0]
    lock = threading.Lock()
    started: list[float] = []
    start = threading.Barrier(len(tokens), action=lambda: started.append(time.perf_counter()))

    def writer(index: int) -> None:
        for step in range(WARM_UP):
            _put(base, f"/api/v1/me/progress/{topics[(index + step) % len(topics)]}", tokens[index], "in_progress")
        start.wait()
        for step in range(per_writer):
            topic = topics[(index + step) % len(topics)]
            status = STATUSES[(index + step) % len(STATUSES)]
            began = time.perf_counter()
            code = _put(base, f"/api/v1/me/progress/{topic}", tokens[index], status)
            spent = (time.perf_counter() - began) * 1000
            with lock:
                times.append(spent)
                if code == 200:
                    acknowledged[index][topic] = status
                else:
                    failures[0] += 1

    before = tcp_counters()
    threads = [threading.Thread(target=writer, args=(i,)) for i in range(len(tokens))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ended = time.perf_counter()
    after = tcp_counters()
    lost = 0
    for token, acked in zip(tokens, acknowledged, strict=True):
        stored = _progress(base, token)
        lost += sum(1 for topic, status in acked.items() if stored.get(topic) != status)
    times.sort()
    return Writes(
        count=len(times),
        p50_ms=times[len(times) // 2],
        p99_ms=times[int(len(times) * 0.99) - 1],
        max_ms=times[-1],
        over_1s=sum(1 for t in times if t >= 1000),
        failed=failures[0],
        lost=lost,
        counters={k: after.get(k, 0) - before.get(k, 0) for k in COUNTERS},
        seconds=ended - started[0],
    )
