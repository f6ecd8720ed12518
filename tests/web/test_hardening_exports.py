"""Plan exports are made once per plan version and only a few at a time per worker (issue 14): a repeated download
is a cache hit, a changed plan gets a new file, and beyond the slots the answer is 503 with Retry-After at once.
A roadmap PDF asked while the worker's renderer is busy gets the same at once, as a page (issue 17)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from roadmapfinder.api import export_limits
from roadmapfinder.exporters import typesetter

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def _plan(client: Client) -> str:
    body = json.dumps({"targets": ["alpha-dev"], "start": "2026-01-05"})
    return str(client.post("/api/v1/plans", body, content_type="application/json").json()["id"])


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The exports actually rendered (cache misses), by format."""
    from roadmapfinder.api import plans
    from roadmapfinder.exporters import pdf

    calls: list[str] = []
    render_ics, render_pdf = plans.render_ics, pdf.render_pdf

    def counted_ics(*args: Any, **kwargs: Any) -> bytes:
        calls.append("ics")
        return render_ics(*args, **kwargs)

    def counted_pdf(*args: Any, **kwargs: Any) -> bytes:
        calls.append("pdf")
        return render_pdf(*args, **kwargs)

    monkeypatch.setattr(plans, "render_ics", counted_ics)
    monkeypatch.setattr(pdf, "render_pdf", counted_pdf)
    return calls


def test_exports_are_made_once_per_plan_version(client: Client, made: list[str]) -> None:
    plan_id = _plan(client)
    first = [client.get(f"/api/v1/plans/{plan_id}.{fmt}") for fmt in ("ics", "pdf", "ics", "pdf")]
    assert [r.status_code for r in first] == [200] * 4
    assert first[0].content == first[2].content
    assert first[1].content == first[3].content
    assert first[1]["Content-Type"] == "application/pdf"
    assert made == ["ics", "pdf"]
    body = json.dumps({"targets": ["alpha-dev"], "start": "2026-02-02"})
    assert client.put(f"/api/v1/plans/{plan_id}", body, content_type="application/json").status_code == 200
    changed = client.get(f"/api/v1/plans/{plan_id}.ics")
    assert changed.content != first[0].content  # a new version, a new file
    assert made == ["ics", "pdf", "ics"]


def test_beyond_the_slots_an_export_is_503_at_once_and_cached_files_still_come(client: Client, made: list[str]) -> None:
    plan_id = _plan(client)
    assert client.get(f"/api/v1/plans/{plan_id}.ics").status_code == 200  # cached from now on
    taken = [export_limits._slots.acquire(blocking=False) for _ in range(export_limits.EXPORT_SLOTS)]
    assert all(taken)
    try:
        busy = client.get(f"/api/v1/plans/{plan_id}.pdf")
        assert busy.status_code == 503
        assert busy["Retry-After"] == str(export_limits.RETRY_AFTER_SECONDS)
        assert busy.json()["detail"] == "the server is busy making other exports"
        assert client.get(f"/api/v1/plans/{plan_id}.ics").status_code == 200
        assert client.get(f"/api/v1/plans/{plan_id}.md").status_code == 200
    finally:
        for _ in taken:
            export_limits._slots.release()
    assert client.get(f"/api/v1/plans/{plan_id}.pdf").status_code == 200
    assert made == ["ics", "pdf"]


def test_a_failed_export_gives_its_slot_back(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmapfinder.api import plans

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("boom")

    monkeypatch.setattr(plans, "render_ics", broken)
    plan_id = _plan(client)
    client.raise_request_exception = False
    for _ in range(export_limits.EXPORT_SLOTS + 1):
        assert client.get(f"/api/v1/plans/{plan_id}.ics").status_code == 500
    free = [export_limits._slots.acquire(blocking=False) for _ in range(export_limits.EXPORT_SLOTS)]
    for _ in free:
        export_limits._slots.release()
    assert all(free)


@pytest.fixture
def renderer_busy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process typesets as a server's worker does, and its renderer is busy with someone else's PDF for the
    next 10 s (released then, so a request that waits for it ends instead of hanging)."""
    monkeypatch.setattr(typesetter, "_in_renderer", True)
    assert typesetter._lock.acquire(blocking=False)
    releaser = threading.Timer(10, typesetter._lock.release)
    releaser.start()
    yield
    releaser.cancel()
    releaser.join()
    if typesetter._lock.locked():
        typesetter._lock.release()
    typesetter.stop_renderer()  # one a request that waited may have started


@pytest.mark.usefixtures("renderer_busy")
def test_a_roadmap_pdf_asked_while_the_renderer_is_busy_is_a_page_saying_so_at_once(client: Client) -> None:
    started = time.monotonic()
    busy = client.get("/roadmaps/alpha-dev.pdf?hours=5")
    assert time.monotonic() - started < 5, "answered at once, not after the other PDF"
    assert busy.status_code == 503
    assert busy["Retry-After"] == "5"
    assert busy["Content-Type"].startswith("text/html")
    page = busy.content.decode()
    assert "The PDF maker is busy" in page
    assert "Try again in 5 seconds" in page
    assert 'href="/roadmaps/alpha-dev.pdf?hours=5"' in page
    assert client.get("/roadmaps/alpha-dev").status_code == 200
    markdown = client.get("/roadmaps/alpha-dev.md")
    assert markdown.status_code == 200
    assert markdown.content.startswith(b"# ")


@pytest.mark.usefixtures("renderer_busy")
def test_typesetting_in_a_busy_renderer_is_refused_without_waiting() -> None:
    started = time.monotonic()
    with pytest.raises(typesetter.RendererBusy):
        typesetter.typeset("<p>a second PDF</p>")
    assert time.monotonic() - started < 1
