"""Exporters (diagram, Markdown, PDF) on the sample catalog, directly and through `roadmapfinder show`."""

from __future__ import annotations

import io
import os
import signal
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.catalog import load_catalog
from roadmapfinder.catalog.shapes import RoadmapDetail, roadmap_detail
from roadmapfinder.cli.app import app
from roadmapfinder.errors import InvalidInput
from roadmapfinder.exporters import Status, document_from_roadmap, export, render_svg, typesetter
from roadmapfinder.exporters.diagram import wrap
from roadmapfinder.exporters.markdown import render_markdown

SAMPLE = Path(__file__).parent.parent / "assets" / "content"
SVG = "{http://www.w3.org/2000/svg}"
runner = CliRunner()


@pytest.fixture(scope="module")
def detail() -> RoadmapDetail:
    catalog = load_catalog(SAMPLE)
    return roadmap_detail(catalog, catalog.roadmap("alpha-dev"))


def topic_ids(detail: RoadmapDetail) -> list[str]:
    return [t.id for p in detail.phases for t in (*p.core_skills, *(t for s in p.extra_sections for t in s.topics))]


def test_diagram_draws_every_phase_in_order_with_level_weeks_and_linked_topics(detail: RoadmapDetail) -> None:
    site = "https://rf.example"  # a file links its nodes only to full addresses (tests/web/test_svg_links.py)
    svg = ET.fromstring(render_svg(document_from_roadmap(detail, base_url=site)).split("\n", 1)[1])
    texts = [t.text or "" for t in svg.iter(f"{SVG}text")]
    kickers = [t for t in texts if t.startswith("PHASE ")]
    assert kickers == [f"PHASE {p.number}" for p in detail.phases]
    assert [t for t in texts if t in {p.level.value for p in detail.phases}] == [p.level.value for p in detail.phases]
    assert len([t for t in texts if t.endswith((" weeks", " week"))]) == len(detail.phases)
    links = [a.get("href") for a in svg.iter(f"{SVG}a")]
    assert links == [f"{site}/topics/{t}" for t in topic_ids(detail)]
    assert svg.get("role") == "img"
    assert "overview diagram" in (svg.find(f"{SVG}title").text or "")  # type: ignore[union-attr]
    assert int(svg.get("width", "0")) >= 900, "drawn at full size; the page scrolls it on a phone"


def test_standalone_diagram_has_colours_for_both_schemes_and_the_inline_one_uses_the_page(
    detail: RoadmapDetail,
) -> None:
    document = document_from_roadmap(detail)
    standalone = render_svg(document)
    inline = render_svg(document, standalone=False)
    assert standalone.startswith("<?xml")
    assert "prefers-color-scheme:dark" in standalone
    assert "--surface:#ffffff" in standalone
    assert "prefers-color-scheme" not in inline, "inline follows the site's toggle"
    assert "--surface:#" not in inline
    assert "<style" not in inline, "the page links the diagram's stylesheet: its policy refuses inline styles"
    assert 'tabindex="-1"' in inline, "the page lists the same links; the picture stays out of the Tab order"


def test_diagram_marks_progress_states(detail: RoadmapDetail) -> None:
    first, second, third = topic_ids(detail)[:3]
    progress = {first: Status.DONE, second: Status.IN_PROGRESS, third: Status.SKIPPED}
    svg = render_svg(document_from_roadmap(detail, progress=progress))
    assert svg.count('class="rfd-node rfd-done"') == 1
    assert svg.count('class="rfd-node rfd-in-progress"') == 1
    assert svg.count('class="rfd-node rfd-skipped"') == 1
    assert "(done)" in svg
    assert "✓" in svg


@given(st.text(alphabet=st.sampled_from("abc defghij-"), max_size=120), st.integers(5, 40), st.integers(1, 4))
def test_wrapped_lines_never_overflow_a_node(text: str, width: int, lines: int) -> None:
    wrapped = wrap(text, width, lines)
    assert all(len(line) <= width for line in wrapped)
    assert 1 <= len(wrapped) <= lines


def test_markdown_has_every_phase_and_every_topic_link(detail: RoadmapDetail) -> None:
    markdown = render_markdown(document_from_roadmap(detail, base_url="https://rf.example"))
    for phase in detail.phases:
        assert f"## Phase {phase.number}: {phase.title}" in markdown
    for topic_id in topic_ids(detail):
        assert f"](https://rf.example/topics/{topic_id})" in markdown
    assert markdown.startswith("# Alpha Developer Roadmap\n")
    assert "- [ ] [" in markdown


def test_markdown_escapes_special_characters_and_ticks_done_topics(detail: RoadmapDetail) -> None:
    first = topic_ids(detail)[0]
    site = "https://rf.example"  # without a full address a name is not linked (test_markdown_links)
    markdown = render_markdown(document_from_roadmap(detail, base_url=site, progress={first: Status.DONE}))
    assert "- [x] [" in markdown
    assert f"({site}/topics/{first})" in markdown
    renamed = detail.model_copy(update={"title": "C++ <templates> [fast]"})
    assert "# C++ \\<templates\\> \\[fast\\] Roadmap" in render_markdown(document_from_roadmap(renamed))


@pytest.mark.slow
def test_pdf_opens_and_contains_every_phase_title(detail: RoadmapDetail) -> None:
    exported = export(document_from_roadmap(detail), "pdf")
    assert exported.media_type == "application/pdf"
    reader = PdfReader(io.BytesIO(exported.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= len(detail.phases)
    for phase in detail.phases:
        assert f"Phase {phase.number}: {phase.title}" in text


@pytest.fixture
def in_renderer_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """PDFs typeset as a server's workers typeset them: in a renderer process (exporters/typesetter.py)."""
    monkeypatch.setattr(typesetter, "_in_renderer", True)
    typesetter.stop_renderer()  # one an earlier test of this process may have started (importing the WSGI app)
    yield
    typesetter.stop_renderer()


def _phase_titles_in(pdf: bytes, detail: RoadmapDetail) -> bool:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return all(f"Phase {phase.number}: {phase.title}" in text for phase in detail.phases)


@pytest.mark.usefixtures("in_renderer_process")
@pytest.mark.slow
def test_a_servers_pdf_is_typeset_in_a_renderer_process_started_again_if_it_dies(detail: RoadmapDetail) -> None:
    assert typesetter.renderer_pid() is None, "no renderer before the first PDF"
    first = export(document_from_roadmap(detail), "pdf").content
    pid = typesetter.renderer_pid()
    assert pid is not None
    assert pid != os.getpid()
    assert _phase_titles_in(first, detail)
    os.kill(pid, signal.SIGKILL)  # killed, as the kernel's out-of-memory killer would
    os.waitpid(pid, 0)
    again = export(document_from_roadmap(detail, hours_per_week=4), "pdf").content
    assert _phase_titles_in(again, detail)
    assert typesetter.renderer_pid() not in (None, pid)


def test_unknown_export_format_names_the_known_ones(detail: RoadmapDetail) -> None:
    with pytest.raises(InvalidInput, match="unknown export format") as error:
        export(document_from_roadmap(detail), "docx")
    assert "svg, md, pdf" in error.value.hint


@pytest.mark.slow
def test_cli_writes_svg_and_pdf_and_prints_markdown(tmp_path: Path, detail: RoadmapDetail) -> None:
    svg, pdf = tmp_path / "alpha.svg", tmp_path / "alpha.pdf"
    result = runner.invoke(app, ["show", "alpha-dev", "--svg", str(svg), "--pdf", str(pdf)])
    assert result.exit_code == 0, result.output
    assert ET.fromstring(svg.read_text().split("\n", 1)[1]).get("role") == "img"
    assert PdfReader(pdf).pages
    markdown = runner.invoke(app, ["show", "alpha-dev", "--md"])
    assert markdown.exit_code == 0
    assert markdown.stdout == render_markdown(document_from_roadmap(detail))


def test_cli_export_to_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "alpha-dev", "--svg", str(tmp_path / "missing" / "x.svg")])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.output


def test_cli_export_of_an_unknown_roadmap_suggests_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "alpah", "--md"])
    assert result.exit_code == 2
    assert "did you mean: “Alpha Developer”?" in result.stderr
    assert (
        runner.invoke(app, ["show", "alpha", "--md"]).exit_code == 0
    )  # "alpha" is one of its names, as "Alpha Developer" is
