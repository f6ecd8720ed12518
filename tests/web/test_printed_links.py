"""A PDF is read on paper, where a link is what is printed beside a name: the site's full address, or nothing.

Before: a PDF exported from the command line without SITE_URL printed each topic's link as the site's path after
its name ("Git version control · 10 h /topics/git"), "RoadmapFinder · /roadmaps/git-github" under its title, and
carried links to those paths, which lead nowhere from a file; a plan's and a generated roadmap's PDF the same."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from pypdf import PdfReader
from typer.testing import CliRunner

from roadmapfinder.cli.app import app

pytestmark = [pytest.mark.usefixtures("use_shipped_catalog"), pytest.mark.slow]  # each typesets a PDF

runner = CliRunner()
SITE = "https://roadmaps.example.org"


def _printed(pdf: Path | bytes) -> str:
    """The PDF's text as a reader sees it on paper (poppler's pdftotext)."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def _links(pdf: Path | bytes) -> list[str]:
    """The addresses the PDF's links open."""
    reader = PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action and (uri := action.get_object().get("/URI")):
                found.append(str(uri))
    return found


def _export(args: list[str], target: Path) -> None:
    result = runner.invoke(app, [*args, "--pdf", str(target)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("args", "topic", "path"),
    [
        (["show", "Git and GitHub"], "Git version control", "/topics/git"),
        (["plan", "Git and GitHub", "--start", "2027-01-04"], "Git version control", "/topics/git"),
        (["generate", "learn vim"], "Terminal text editors (Vim and nano)", "/topics/vim"),
    ],
)
def test_a_pdf_from_the_command_line_prints_no_address_that_leads_nowhere(
    tmp_path: Path, args: list[str], topic: str, path: str
) -> None:
    target = tmp_path / "on-paper.pdf"
    _export(args, target)
    printed = _printed(target)
    assert topic in printed  # every topic is still there, by name
    assert path not in printed
    assert "/topics/" not in printed
    assert "/roadmaps/" not in printed
    assert _links(target) == []  # no link to a path of no site


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (["show", "Git and GitHub"], "/topics/git"),
        (["plan", "Git and GitHub", "--start", "2027-01-04"], "/topics/git"),
        (["generate", "learn vim"], "/topics/vim"),
    ],
)
def test_with_the_sites_address_a_pdf_prints_each_topics_full_address(
    tmp_path: Path, setenv: Callable[[str, str], None], args: list[str], path: str
) -> None:
    setenv("SITE_URL", SITE)
    target = tmp_path / "on-paper.pdf"
    _export(args, target)
    assert f"{SITE}{path}" in _printed(target).replace("\n", "")
    links = _links(target)
    assert f"{SITE}{path}" in links
    assert all(link.startswith(SITE) for link in links)


@pytest.mark.django_db
def test_the_sites_pdfs_print_its_full_addresses() -> None:
    roadmap = Client().get("/roadmaps/git-github.pdf")
    assert roadmap.status_code == 200
    assert "http://testserver/topics/git" in _printed(roadmap.content)
    assert all(link.startswith("http://testserver/") for link in _links(roadmap.content))
    plan = Client().post("/api/v1/plans", {"targets": ["Git and GitHub"]}, "application/json")
    assert plan.status_code == 201, plan.content
    printed = Client().get(f"/api/v1/plans/{plan.json()['id']}.pdf")
    assert printed.status_code == 200
    assert "http://testserver/topics/git" in _printed(printed.content)
    assert all(link.startswith("http://testserver/") for link in _links(printed.content))
