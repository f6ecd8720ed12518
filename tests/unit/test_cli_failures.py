"""The command line never prints a traceback (issue 14): each failure is `error: ...` and a hint on stderr with a
non-zero exit code, for impossible dates, unwritable export files, bad server URLs, servers that answer something
else than the API, broken config files, and a server that cannot listen."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.progress import ProgressState
from roadmapfinder.progress.shapes import progress_out

runner = CliRunner()
#: What a server answers `GET /api/v1/me/progress` for a learner who has done nothing yet.
EMPTY_PROGRESS = progress_out(default_catalog(), ProgressState()).model_dump_json().encode()


def _fails(args: list[str], message: str, hint: str = "") -> str:
    result = runner.invoke(app, args)
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    error_line = next((line for line in result.stderr.splitlines() if line.startswith("error: ")), "")
    assert message in error_line, result.stderr
    assert "hint:" in result.stderr
    assert hint in result.stderr
    return result.stderr


@pytest.mark.parametrize("start", ["9999-12-01", "0001-01-01", "2101-01-01"])
def test_a_start_date_out_of_range(start: str) -> None:
    _fails(["plan", "alpha-dev", "--start", start], f"the start date {start} is out of range", "2000-01-01")


@pytest.mark.parametrize("option", ["--ics", "--pdf"])
def test_exports_to_a_missing_folder_or_a_folder(option: str, tmp_path: Path) -> None:
    _fails(["plan", "alpha-dev", option, str(tmp_path / "nope" / "plan")], "cannot write", "create the folder first")
    _fails(["plan", "alpha-dev", option, str(tmp_path)], f"cannot write {tmp_path}: it is a folder", "file name")
    _fails(["show", "alpha-dev", "--svg", str(tmp_path)], f"cannot write {tmp_path}: it is a folder")


@pytest.fixture
def config_file(tmp_path: Path, setenv: Callable[[str, str], None]) -> Path:
    path = tmp_path / "config.json"
    setenv("ROADMAPFINDER_CONFIG", str(path))
    return path


@pytest.mark.parametrize("url", ["http://[::1", "http://host:port", "ftp://example.org", "http://a b", "example.org"])
def test_login_with_a_url_that_is_not_a_server(url: str, config_file: Path) -> None:
    _fails(["login", "--server", url, "--token", "x"], f"`{url}` is not a server URL", "https://")
    assert not config_file.exists()


def _read_request(connection: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")), 0
    )
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return
        body += chunk


class _Answer:
    """What the fake server sends back: raw bytes written straight to the socket."""

    raw = b""


@pytest.fixture
def fake_server() -> Iterator[Callable[[bytes], str]]:
    """A server that answers every request with the given raw bytes, then closes the connection."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    answer = _Answer()

    def run() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                _read_request(connection)  # all of it, so closing the connection is not a reset
                connection.sendall(answer.raw)

    threading.Thread(target=run, daemon=True).start()

    def answering(raw: bytes) -> str:
        answer.raw = raw
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield answering
    listener.close()


def _http(body: bytes, content_type: str = "application/json", length: int | None = None) -> bytes:
    size = len(body) if length is None else length
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
    return head.encode() + body


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (_http(b"<html><body>Welcome to nginx</body></html>", "text/html"), "answered something that is not JSON"),
        (_http(b'{"hello": "world"}'), "answered in an unexpected shape"),
        (_http(b"[1, 2, 3]"), "answered in an unexpected shape"),
        (_http(b'{"topics": {', length=500), "did not answer like a RoadmapFinder server"),
        (b"SSH-2.0-OpenSSH_9.2\r\n", "did not answer like a RoadmapFinder server"),
        (b"HTTP/1.1 500 Oops\r\nContent-Length: 3\r\nConnection: close\r\n\r\n[1]", "HTTP 500"),
        (b"HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\nConnection: close\r\n\r\n<h1>x", "HTTP 404"),
    ],
    ids=["html", "wrong-shape", "list", "truncated", "not-http", "error-list", "error-html"],
)
def test_a_server_that_answers_something_else(
    raw: bytes, message: str, fake_server: Callable[[bytes], str], config_file: Path
) -> None:
    url = fake_server(raw)
    _fails(["login", "--server", url, "--token", "rf_x"], message)
    assert not config_file.exists()
    config_file.write_text(json.dumps({"server": url, "token": "rf_x"}))
    _fails(["progress"], message)
    _fails(["done", "markup"], message)


def test_a_config_path_that_is_a_folder(config_file: Path, fake_server: Callable[[bytes], str]) -> None:
    config_file.mkdir()
    _fails(["progress"], "cannot read the login", "ROADMAPFINDER_CONFIG")
    ok = _http(EMPTY_PROGRESS)
    stderr = _fails(["login", "--server", fake_server(ok), "--token", "rf_x"], "cannot save the login")
    assert "is a folder" in stderr


def test_a_config_path_that_cannot_be_written(
    config_file: Path, fake_server: Callable[[bytes], str], setenv: Callable[[str, str], None]
) -> None:
    setenv("ROADMAPFINDER_CONFIG", "/proc/roadmapfinder/config.json")  # not writable, even for root
    stderr = _fails(
        ["login", "--server", fake_server(_http(EMPTY_PROGRESS)), "--token", "rf_x"], "cannot save the login"
    )
    assert "ROADMAPFINDER_CONFIG" in stderr


@pytest.mark.parametrize("server", ["http://a b", "not a url", "http://[::1"])
def test_a_config_file_holding_a_bad_url(server: str, config_file: Path) -> None:
    config_file.write_text(json.dumps({"server": server, "token": "rf_x"}))
    _fails(["progress"], "holds no usable server URL", "log in again")


def test_serve_on_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        _fails(["serve", "--port", str(port)], f"cannot listen on 127.0.0.1:{port}", "choose another --port")


@pytest.mark.parametrize("host", ["no-such-host.invalid", "300.1.2.3", "192.0.2.1"])
def test_serve_on_an_invalid_host(host: str) -> None:
    _fails(["serve", "--host", host, "--port", "8765"], "cannot listen on", "--host")
