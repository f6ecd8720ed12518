"""A document as PDF, typeset by WeasyPrint from the print HTML.

WeasyPrint is imported on first use: it is heavy to import and only this exporter needs it, so the server and
the command line start without it. It needs Pango from the system (`scripts/system-deps.sh` installs it).
"""

from __future__ import annotations

import logging

from roadmapfinder.exporters.document import Document
from roadmapfinder.exporters.print_html import render_print_html


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes (A4, page numbers, links kept clickable and written out)."""
    from weasyprint import HTML

    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)  # one INFO line per page otherwise

    pdf: bytes = HTML(string=render_print_html(document)).write_pdf()
    return pdf
