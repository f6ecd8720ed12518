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
    for target in (svg, pdf):
        if target is not None:
            check_target(target)
    document = document_from_roadmap(detail, base_url=config().site_url, hours_per_week=hours_per_week)
    for fmt, target in (("svg", svg), ("pdf", pdf)):
        if target is not None:
            write_file(target, export(document, fmt).content)
            sys.stderr.write(f"wrote {target}\n")
    if md:
        sys.stdout.write(export(document, "md").content.decode())
    return True


def check_target(target: Path) -> None:
    """`InvalidInput` when `target` is a folder or its folder does not exist (checked before any work is done)."""
    if target.is_dir():
        raise InvalidInput(f"cannot write {target}: it is a folder", hint=f"give a file name, e.g. {target / 'plan'}")
    if not target.parent.is_dir():
        raise InvalidInput(
            f"cannot write {target}: the folder {target.parent} does not exist", hint="create the folder first"
        )


def write_file(target: Path, content: bytes) -> None:
    """Write an export; `InvalidInput` saying why for a folder, a missing folder or a file that cannot be written."""
    check_target(target)
    try:
        target.write_bytes(content)
    except OSError as error:
        raise InvalidInput(
            f"cannot write {target}: {error.strerror or error}", hint="choose a file in a folder you can write to"
        ) from None
