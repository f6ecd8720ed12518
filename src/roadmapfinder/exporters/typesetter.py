"""WeasyPrint, in this process or in a renderer process of its own (what a server's workers use).

Typesetting a roadmap PDF loads WeasyPrint, its fonts and its layout objects: about 70 MB that a process keeps
for as long as it lives (`make bench` saw one server worker grow from 160 to 230 MB after exporting PDFs; the
other, which exported none, stayed at 180). A server therefore calls `typeset_in_renderer_process()` once at
start: each worker then hands the print HTML to one renderer process of its own (renderer_process.py, started on
the first PDF, a fresh interpreter that imports WeasyPrint and nothing of the app) and reads the PDF back, so the
worker stays a web worker's size and a PDF no longer holds the worker's interpreter lock while other pages wait.
A worker asks its renderer one PDF at a time (WeasyPrint is single-threaded Python anyway), and a PDF asked while
its renderer is busy is refused at once (`RendererBusy`, which the web answers 503 with Retry-After) instead of
waiting: a waiting request holds one of the worker's two app threads (cli/servers.py), and two PDFs on one worker
would leave none for the pages behind them. A renderer that died
is started again and the PDF asked of it typeset once more; one never asked for never starts; it ends when its
worker does (its stdin closes). The command line keeps typesetting in its own process: it makes one file.
"""

from __future__ import annotations

import atexit
import logging
import struct
import subprocess
import sys
import threading
from pathlib import Path

_PROGRAM = Path(__file__).with_name("renderer_process.py")
_LENGTH = struct.Struct("!Q")
_lock = threading.Lock()
_renderer: subprocess.Popen[bytes] | None = None
_in_renderer = False


class TypesettingFailed(RuntimeError):
    """WeasyPrint could not typeset a document: a bug of ours (the print HTML is ours), so a server error."""


class RendererBusy(RuntimeError):
    """This worker's renderer is typesetting another PDF: ask again in a few seconds (module docstring)."""

    retry_after_seconds = 5


def typeset_in_renderer_process() -> None:
    """From now on, typeset in a renderer process of this process's own (see the module docstring)."""
    global _in_renderer
    _in_renderer = True


def typeset(html: str) -> bytes:
    """The print HTML as PDF bytes (A4, page numbers, links kept clickable); in a server's worker, `RendererBusy`
    when its renderer is typesetting another PDF."""
    if not _in_renderer:
        return typeset_here(html)
    if not _lock.acquire(blocking=False):
        raise RendererBusy("this server is typesetting another PDF")
    try:
        return _ask(_running_renderer(), html)
    except (BrokenPipeError, EOFError):  # it died since the last PDF (killed, out of memory): once more
        stop_renderer()
        return _ask(_running_renderer(), html)
    finally:
        _lock.release()


def typeset_here(html: str) -> bytes:
    """WeasyPrint in this process (imported on first use: it is heavy and only PDFs need it)."""
    from weasyprint import HTML

    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)  # one INFO line per page otherwise
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf


def renderer_pid() -> int | None:
    """The running renderer's process id, or None (for tests and the benchmark's memory figures)."""
    renderer = _renderer
    return renderer.pid if renderer is not None and renderer.poll() is None else None


def _ask(renderer: subprocess.Popen[bytes], html: str) -> bytes:
    assert renderer.stdin is not None  # both pipes are asked for in `_running_renderer`
    data = html.encode()
    renderer.stdin.write(_LENGTH.pack(len(data)) + data)
    renderer.stdin.flush()
    status = _read(renderer, 1)
    body = _read(renderer, _LENGTH.unpack(_read(renderer, _LENGTH.size))[0])
    if status != b"1":
        raise TypesettingFailed(f"the renderer process could not typeset the PDF: {body.decode(errors='replace')}")
    return body


def _read(renderer: subprocess.Popen[bytes], size: int) -> bytes:
    assert renderer.stdout is not None
    data = renderer.stdout.read(size)
    if len(data) != size:
        raise EOFError("the renderer process ended")
    return data


def _running_renderer() -> subprocess.Popen[bytes]:
    global _renderer
    if _renderer is None or _renderer.poll() is not None:
        _renderer = subprocess.Popen(
            [sys.executable, str(_PROGRAM)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True
        )
        atexit.register(stop_renderer)  # a worker that exits takes its renderer along (and reaps it)
    return _renderer


def stop_renderer() -> None:
    global _renderer
    if _renderer is not None:
        _renderer.kill()
        _renderer.wait()
        _renderer = None
