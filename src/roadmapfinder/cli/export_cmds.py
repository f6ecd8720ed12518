"""`roadmapfinder show SLUG --svg FILE | --pdf FILE | --md`: the site's downloads, from the same exporters.

Links inside exported files point to `SITE_URL` when it is set (the public site), else they stay site-relative.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from roadmapfinder.catalog.shapes import RoadmapDetail
from roadmapfinder.config import config
from roadmapfinder.errors import InvalidInput
from roadmapfinder.exporters import document_from_roadmap, export

SvgOption = Annotated[Path | None, typer.Option("--svg", metavar="FILE", help="Write the diagram as SVG to FILE.")]
PdfOption = Annotated[Path | None, typer.Option("--pdf", metavar="FILE", help="Write the roadmap as PDF to FILE.")]
MdFlag = Annotated[bool, typer.Option("--md", help="Print the roadmap as a Markdown checklist.")]


def write_exports(
    detail: RoadmapDetail, *, hours_per_week: float | None, svg: Path | None, pdf: Path | None, md: bool
) -> bool:
    """Write the requested exports; False when none was asked for. Unwritable files are `InvalidInput`."""
    if not (svg or pdf or md):
        return False
    document = document_from_roadmap(detail, base_url=config().site_url, hours_per_week=hours_per_week)
    for fmt, target in (("svg", svg), ("pdf", pdf)):
        if target is not None:
            _write(target, export(document, fmt).content)
            sys.stderr.write(f"wrote {target}\n")
    if md:
        sys.stdout.write(export(document, "md").content.decode())
    return True


def _write(target: Path, content: bytes) -> None:
    try:
        target.write_bytes(content)
    except OSError as error:
        raise InvalidInput(
            f"cannot write {target}: {error.strerror or error}", hint="choose a file in a folder you can write to"
        ) from None
