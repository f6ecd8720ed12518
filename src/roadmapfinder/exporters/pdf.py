"""A document as PDF: a roadmap typeset by WeasyPrint from the print HTML, a plan by Typst (plan_pdf.py).

WeasyPrint is imported on first use: it is heavy to import and only this exporter needs it, so the server and
the command line start without it; a server's workers run it in a renderer process of their own (typesetter.py).
It needs Pango from the system (`scripts/system-deps.sh` installs it). A plan's
document (one with a schedule) goes to Typst instead: its week-by-week schedule is hundreds of boxes, which
WeasyPrint's pure-Python layout took seconds over for the largest plans.
"""

from __future__ import annotations

from roadmapfinder.exporters.document import Document
from roadmapfinder.exporters.print_html import render_print_html
from roadmapfinder.exporters.typesetter import typeset


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes (A4, page numbers, links kept clickable and written out)."""
    if document.schedule:
        from roadmapfinder.exporters.plan_pdf import render_plan_pdf

        return render_plan_pdf(document)
    return typeset(render_print_html(document))
