"""A document as a standalone, printable HTML page: the input of the PDF exporter.

Built from `templates/print.html` and `templates/print.css` (plain `string.Template`, so the domain core needs no
web framework). Every link is written out next to its text, because paper has no hover; a link that is only a path
of the site (exported without SITE_URL) is left out, text and all (`printed_address`).
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib.resources import files
from string import Template

from roadmapfinder.exporters.diagram import render_svg
from roadmapfinder.exporters.document import (
    Document,
    Item,
    Section,
    Status,
    printed_address,
)


@cache
def _template(name: str) -> str:
    return files("roadmapfinder.exporters").joinpath("templates", name).read_text(encoding="utf-8")


def render_print_html(document: Document, *, with_diagram: bool = True) -> str:
    """The document as one HTML page with its print stylesheet inlined.

    A plan's document (one with a schedule) is typeset from `plan_pdf.py`'s Typst page instead.
    """
    facts = "".join(f"<div><dt>{_e(label)}</dt><dd>{_e(value)}</dd></div>" for label, value in document.facts)
    outro = (
        f'<section class="outro"><h2>Congratulations!</h2><p>{_e(document.outro)}</p></section>'
        if document.outro
        else ""
    )
    href = printed_address(document.href)
    return Template(_template("print.html")).substitute(
        title=_e(document.title),
        css=_template("print.css"),
        site=f'RoadmapFinder · <a href="{_e(href)}">{_e(href)}</a>' if href else "RoadmapFinder",
        summary=_e(document.summary),
        facts=facts,
        diagram=_figure(render_svg(document, standalone=True, for_print=True)) if with_diagram else "",
        sections="\n".join(_section(s, document.hours_per_week) for s in document.sections),
        outro=outro,
    )


def _section(section: Section, pace: float) -> str:
    groups = "".join(f"<h3>{_e(g.title)}</h3><ol>{''.join(_item(i) for i in g.items)}</ol>" for g in section.groups)
    projects = ""
    if section.projects:
        heading = "Projects" if len(section.projects) > 1 else "Project"
        entries = "".join(
            f"<li><strong>{_e(p.title)}</strong>{' (done)' if p.status is Status.DONE else ''} — {_e(p.description)}"
            + (f" <em>Practises: {_e(', '.join(p.practises))}.</em>" if p.practises else "")
            + (f" {_e(p.also_uses)}" if p.also_uses else "")
            + "</li>"
            for p in section.projects
        )
        projects = f"<h3>{heading}</h3><ol>{entries}</ol>"
    elif section.no_project:
        projects = f"<h3>Project</h3><p>{_e(section.no_project)}</p>"
    return (
        f'<section class="phase" id="{_e(section.anchor)}">'
        f'<p class="kicker">Phase {section.number} · {_e(section.level)} · {section.time}'
        f" ({section.hours:.0f} hours at {pace:g} h/week)</p>"
        f"<h2>Phase {section.number}: {_e(section.title)}</h2>"
        f'<p class="goal">{_e(section.goal)}</p>{groups}{projects}</section>'
    )


def _figure(svg: str) -> str:
    return f'<figure class="diagram">{svg}</figure>'


def _item(item: Item) -> str:
    status = f' <span class="status">({item.status.label})</span>' if item.status is not Status.TODO else ""
    note = f' <span class="note">— {_e(item.note)}</span>' if item.note else ""
    href = printed_address(item.href)
    name = (
        f'<a class="name" href="{_e(href)}">{_e(item.name)}</a>'
        if href
        else f'<span class="name">{_e(item.name)}</span>'
    )
    url = f' <span class="url">{_e(href)}</span>' if href else ""
    return (
        f'<li class="{item.status.value}">{name} <span class="hours">· {item.hours:g} h</span>{status}{note}{url}</li>'
    )


def _e(text: str) -> str:
    return escape(text)
