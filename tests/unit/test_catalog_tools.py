"""`roadmapfinder stats` and `roadmapfinder links`, links checked against local servers only."""

from __future__ import annotations

import http.server
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
import yaml
from typer.testing import CliRunner

from roadmapfinder.catalog.links import check_links
from roadmapfinder.cli.app import app

runner = CliRunner()


class Handler(http.server.BaseHTTPRequestHandler):
    """/ok answers 200, /moved redirects, /gone is 404, /no-head refuses HEAD but answers GET."""

    def do_HEAD(self) -> None:
        if self.path == "/no-head":
            self.send_response(405)
            self.end_headers()
            return
        self._answer()

    def do_GET(self) -> None:
        self._answer()

    def _answer(self) -> None:
        if self.path in ("/ok", "/no-head"):
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def serve(server: http.server.HTTPServer) -> Iterator[str]:
    # `shutdown` waits for the serving loop to look again: every half second by default, half a second per test
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"{host!s}:{port}"
    server.shutdown()


@pytest.fixture
def http_origin() -> Iterator[str]:
    for address in serve(http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)):
        yield f"http://{address}"


@pytest.fixture
def https_origin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    ca_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    for address in serve(server):
        yield f"https://{address}"


def test_stats_json_counts_the_sample_catalog() -> None:
    result = runner.invoke(app, ["stats", "--json"])
    assert result.exit_code == 0
    stats = json.loads(result.stdout)
    assert stats["roadmaps"] == 2
    assert stats["topics"] == 20
    assert stats["key_points"] == 60
    assert stats["phases"] == 8
    assert stats["projects"] == 8
    assert stats["resources"] == 41
    assert stats["free_resources_share"] == pytest.approx(21 / 41, abs=0.001)
    assert {c["category"]: c["roadmaps"] for c in stats["by_category"]} == {"web": 1, "cloud-ops": 1}


def test_stats_table() -> None:
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0
    assert "Key points" in result.stdout
    assert "Estimates per category" in result.stdout
    assert "Estimates per kind" in result.stdout
    assert "Role roadmaps from no experience, to their job-ready milestone" in result.stdout


def test_stats_reports_estimate_bands_per_category() -> None:
    """The sample catalog: every topic sits in the 10-hour band; Alpha is the web roadmap, Beta the ops one."""
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert {b["hours"]: b["topics"] for b in stats["topic_bands"]} == {3: 0, 5: 0, 10: 20, 20: 0, 40: 0}
    web = next(c for c in stats["estimates_by_category"] if c["category"] == "web")
    assert web["shortest_hours"] == web["longest_hours"] == web["median_hours"]
    assert web["shortest_weeks"].startswith("Alpha")
    assert stats["zero_experience_roles"] == []  # no sample roadmap is a role roadmap
    assert stats["job_ready_band_hours"] == [300, 500]


@pytest.mark.slow
def test_stats_shows_the_spread_of_role_roadmaps_from_no_experience() -> None:
    from roadmapfinder.catalog import default_content_root, load_catalog
    from roadmapfinder.catalog.stats import catalog_stats

    stats = catalog_stats(load_catalog(default_content_root()))
    roles = stats.zero_experience_roles
    by_slug = {r.slug: r for r in roles}
    assert {"backend", "frontend", "android", "data-analyst", "product-manager"} <= set(by_slug)
    assert "engineering-manager" not in by_slug, "it assumes the Software Engineer roadmap"
    bands = {"role": (300, 500), "non-coding-role": (200, 500)}
    assert all(bands[r.kind][0] <= r.job_ready_hours <= bands[r.kind][1] for r in roles)
    spread = {s.kind: s for s in stats.zero_experience_spread}
    assert spread["role"].roadmaps >= 20
    assert spread["non-coding-role"].roadmaps == 4  # product, UX, writing, developer relations; not the manager
    assert spread["non-coding-role"].band_hours == (200, 500)
    assert [k.category for k in stats.estimates_by_kind] == ["role", "non-coding-role", "skill"]
    assert by_slug["backend"].job_ready_phase == 4
    assert by_slug["backend"].total_hours > by_slug["backend"].job_ready_hours


def test_links_lists_every_link_offline() -> None:
    result = runner.invoke(app, ["links", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    urls = [link["url"] for link in data["links"]]
    assert "https://example.org/docs/markup" in urls
    assert "https://docs.sqlalchemy.org/" in urls
    assert data["checked"] == []


def test_check_links_reports_ok_redirect_and_dead(http_origin: str) -> None:
    urls = [f"{http_origin}/ok", f"{http_origin}/moved", f"{http_origin}/gone", f"{http_origin}/no-head"]
    urls.append("http://127.0.0.1:9/refused")
    results = {r.url.rsplit("/", 1)[1]: r for r in check_links(urls, concurrency=3, timeout=5)}
    assert results["ok"].outcome == "ok"
    assert (results["moved"].outcome, results["moved"].status, results["moved"].location) == ("redirect", 301, "/ok")
    assert (results["gone"].outcome, results["gone"].status) == ("dead", 404)
    assert results["no-head"].outcome == "ok", "a server that refuses HEAD is asked with GET"
    assert results["refused"].outcome == "dead"
    assert results["refused"].error


def test_links_check_from_the_cli_reports_dead_links(https_origin: str, content_copy: Path) -> None:
    special = {"styling": "/gone", "scripting": "/moved"}
    for topic_file in (content_copy / "topics").glob("*.yaml"):  # every link local: never the internet
        topic = yaml.safe_load(topic_file.read_text())
        path = special.get(topic["id"], "/ok")
        topic["resources"] = [{"title": "Local", "url": f"{https_origin}{path}", "kind": "docs"}]
        topic.pop("variants", None)
        topic_file.write_text(yaml.safe_dump(topic))
    (content_copy / "checklists/alpha-dev.yaml").unlink()  # it names a variant removed above
    with_local = [
        "links",
        str(content_copy),
        "--check",
        "--timeout",
        "5",
    ]
    result = runner.invoke(app, with_local, env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert f"dead {https_origin}/gone (404)" in result.stdout
    assert f"redirect 301 {https_origin}/moved → /ok" in result.stdout
    assert "3 links, 1 flagged, 1 ok, 2 dead or redirected" in result.stdout
    assert f"flag {https_origin}/ok is copied into 18 topics" in result.stdout


@pytest.mark.parametrize(("option", "value"), [("--concurrency", "0"), ("--timeout", "600")])
def test_links_check_options_are_bounded(option: str, value: str) -> None:
    result = runner.invoke(app, ["links", "--check", option, value])
    assert result.exit_code == 1
    assert "out of range" in result.stderr


def test_stats_report_each_checklist_and_the_roadmaps_without_one() -> None:
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert stats["checklists"] == [
        {"slug": "alpha-dev", "title": "Alpha Developer", "concepts": 5, "covered_share": 0.8, "omitted_share": 0.2}
    ]
    assert stats["without_checklist"] == [{"slug": "beta-ops", "title": "Beta Operations"}]
    table = runner.invoke(app, ["stats"]).stdout
    assert "Alpha Developer │ 5        │ 80%     │ 20%" in table
    assert "No checklist yet (1): Beta Operations" in table
