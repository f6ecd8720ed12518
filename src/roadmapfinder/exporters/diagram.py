"""The roadmap diagram: a server-rendered SVG of the phases in order, each with its level, weeks and topic nodes.

Plain string building, no JavaScript and no drawing library. The drawing has a fixed width and real pixel sizes:
the page puts it in a sideways-scrolling box, so on a phone it scrolls rather than shrinking to illegible text.
Colours are CSS classes over the site's custom properties (`--text`, `--surface`, ...), so an inline diagram
follows the page's light or dark scheme and its toggle; a standalone `.svg` file carries its own values for both
schemes (`prefers-color-scheme`). Each node is drawn by its `Status`, the hook progress tracking fills. A file links
its nodes only to full addresses (`printed_address`), as the Markdown and the PDFs do: a path of the site leads nowhere
from a folder.
"""

from __future__ import annotations

import re
from html import escape
from importlib.resources import files

from roadmapfinder.exporters.document import Document, Item, Section, Status, printed_address

WIDTH = 960
PAD = 16
BAND_PAD = 12
HEAD_W = 236
NODE_W = 212
NODE_GAP = 10
COLUMNS = 3
NODES_X = PAD + BAND_PAD + HEAD_W + 8
LINE = 16
BAND_GAP = 28
#: Characters per line: a cautious average glyph width for system sans-serif fonts, so text never overflows.
NODE_CHARS = 26
TITLE_CHARS = 24
NODE_MAX_LINES = 3

MARKS = {Status.TODO: "", Status.IN_PROGRESS: "◐ ", Status.DONE: "✓ ", Status.SKIPPED: "⤼ "}

#: The drawing's rules, in `exporters/static/` so the website serves the same file as a stylesheet beside an
#: inline diagram (a `<style>` in the page would break its Content-Security-Policy); a standalone drawing embeds
#: them. Custom properties come from the site stylesheet or, standalone, from `LIGHT` and `DARK`.
STYLESHEET = "roadmapfinder/css/diagram.css"
RULES = re.sub(
    r"/\*.*?\*/",  # the file's comment is for its readers, not for every exported drawing
    "",
    files("roadmapfinder.exporters").joinpath("static", STYLESHEET).read_text(encoding="utf-8"),
    flags=re.DOTALL,
).strip()

#: The site stylesheet's values, for a diagram that stands alone (a `.svg` file, the PDF).
LIGHT = {
    "bg": "#fbfbfd",
    "surface": "#ffffff",
    "text": "#1b1d23",
    "muted": "#5b6170",
    "border": "#dfe2ea",
    "accent": "#2446c9",
    "accent-soft": "#e8edff",
    "good": "#12733a",
    "warn": "#8a4b00",
}
DARK = {
    "bg": "#0f1115",
    "surface": "#181b22",
    "text": "#e8eaf0",
    "muted": "#a3a9b8",
    "border": "#2c313c",
    "accent": "#8ea8ff",
    "accent-soft": "#1f2a4d",
    "good": "#6fd39a",
    "warn": "#ffc27a",
}


def _palette(colours: dict[str, str]) -> str:
    return ".rfd{" + ";".join(f"--{name}:{value}" for name, value in colours.items()) + "}"


def _fixed(rules: str, colours: dict[str, str]) -> str:
    """The rules with every custom property replaced by its value, for renderers without CSS variables."""
    for name, value in sorted(colours.items(), key=lambda kv: -len(kv[0])):
        rules = rules.replace(f"var(--{name})", value)
    return rules


def standalone_css() -> str:
    """The stylesheet a standalone drawing embeds: both schemes' colours and the rules (its CSP hash is stable)."""
    return f"{_palette(LIGHT)}@media (prefers-color-scheme:dark){{{_palette(DARK)}}}{RULES}"


def render_svg(document: Document, *, standalone: bool = True, for_print: bool = False) -> str:
    """The document's diagram as SVG markup.

    Standalone (a file): an XML document with its own colours for light and dark schemes. For print (the PDF):
    light colours written out, because print renderers may lack CSS custom properties and dark schemes.
    Inline (the roadmap page): no `<style>`, the page links `STYLESHEET` and supplies the colours; hidden from
    assistive technology and its links kept out of the Tab order, because the page lists the same links right
    below and captions the drawing.
    """
    uid = f"rfd-{_ident(document.key)}"
    inline = not standalone
    y = PAD
    parts: list[str] = []
    for index, section in enumerate(document.sections):
        band, height = _band(section, y, inline=inline)
        parts.append(band)
        if index + 1 < len(document.sections):
            parts.append(_arrow(y + height, y + height + BAND_GAP))
        y += height + BAND_GAP
    height = max(y - BAND_GAP + PAD, 2 * PAD)
    # A file is a picture with its text alternative. On the page the same links are listed right below, so the
    # drawing is hidden from assistive technology (links inside role="img" would be unreachable and confusing)
    # and the page captions it with `describe()` instead.
    semantics = (
        'aria-hidden="true" focusable="false"' if inline else f'role="img" aria-labelledby="{uid}-title {uid}-desc"'
    )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="rfd" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" {semantics}>'
    )
    if for_print:
        style = f"<style>{_fixed(RULES, LIGHT)}</style>"
    elif standalone:
        style = f"<style>{standalone_css()}</style>"
    else:
        style = ""  # the page links `STYLESHEET`
    title = f'<title id="{uid}-title">{_t(document.title)}: overview diagram</title>'
    desc = f'<desc id="{uid}-desc">{_t(describe(document))}</desc>'
    background = f'<rect class="rfd-bg" width="{WIDTH}" height="{height}"/>' if standalone and not for_print else ""
    svg = "".join([head, title, desc, style, background, *parts, "</svg>"])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n") if standalone and not for_print else svg


def describe(document: Document) -> str:
    """The diagram in words: its text alternative for screen readers."""
    phases = "; ".join(
        f"phase {s.number}, {s.title}: {s.level}, {s.time}, {len(s.items)} topics" for s in document.sections
    )
    return f"{len(document.sections)} phases in order. {phases}."


def _band(section: Section, top: int, *, inline: bool) -> tuple[str, int]:
    """One phase: a header on the left, its topic nodes in a grid on the right; returns markup and height."""
    x = PAD + BAND_PAD
    title_lines = wrap(section.title, TITLE_CHARS, 4)
    title_top = top + BAND_PAD + 36
    after_title = title_top + len(title_lines) * 20
    head: list[str] = [
        _text(x, top + BAND_PAD + 14, f"PHASE {section.number}", "rfd-kicker"),
        *(_text(x, title_top + i * 20, line, "rfd-ptitle") for i, line in enumerate(title_lines)),
        _text(x, after_title + 2, section.level, "rfd-level"),
        _text(x, after_title + 22, section.time, "rfd-weeks"),
    ]
    head_height = after_title + 22 - top + BAND_PAD
    nodes: list[str] = []
    y = top + BAND_PAD
    for group_index, group in enumerate(section.groups):
        if not group.core or group_index > 0:
            nodes.append(_text(NODES_X, y + 13, group.title, "rfd-group"))
            y += 20
        for start in range(0, len(group.items), COLUMNS):
            row = group.items[start : start + COLUMNS]
            lines = [wrap(_mark(i) + i.name, NODE_CHARS, NODE_MAX_LINES) for i in row]
            row_height = max(len(text) for text in lines) * LINE + 14
            for column, (item, text) in enumerate(zip(row, lines, strict=True)):
                node_x = NODES_X + column * (NODE_W + NODE_GAP)
                nodes.append(_node(item, text, node_x, y, row_height, core=group.core, inline=inline))
            y += row_height + NODE_GAP
    height = max(head_height, y - top - NODE_GAP + BAND_PAD)
    band = (
        f'<g class="rfd-phase" id="{section.anchor or f"phase-{section.number}"}-diagram">'
        f'<rect class="rfd-band" x="{PAD}" y="{top}" width="{WIDTH - 2 * PAD}" height="{height}" rx="12"/>'
        + "".join(head)
        + "".join(nodes)
        + "</g>"
    )
    return band, height


def _node(item: Item, lines: list[str], x: int, y: int, height: int, *, core: bool, inline: bool) -> str:
    """A topic's node, linked to its page: on the page by the site's path; in a file (or the PDF) only by a full
    address (`printed_address`), else drawn without a link. A file saved by `show --svg` without SITE_URL linked
    each node to "/topics/git", which leads nowhere once the file is opened from a folder."""
    classes = f"rfd-node rfd-{item.status.value}" + ("" if core else " rfd-extra")
    status = "" if item.status is Status.TODO else f" ({item.status.label})"
    focus = ' tabindex="-1"' if inline else ""
    first = y + (height - len(lines) * LINE) // 2 + LINE - 4  # the text block centred in the node
    texts = "".join(_text(x + 10, first + i * LINE, line) for i, line in enumerate(lines))
    inside = (
        f"<title>{_t(item.name)}{_t(status)} · {item.hours:g} h{_t(f' · {item.note}' if item.note else '')}</title>"
        f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{height}" rx="8"/>{texts}'
    )
    href = item.href if inline else printed_address(item.href)
    if not href:
        return f'<g class="{classes}">{inside}</g>'
    return f'<a class="{classes}" href="{escape(href)}"{focus}>{inside}</a>'


def _arrow(start: int, end: int) -> str:
    x = PAD + BAND_PAD + 18
    return (
        f'<path class="rfd-arrow" d="M{x} {start + 2}V{end - 3}M{x - 6} {end - 10}L{x} {end - 3}L{x + 6} {end - 10}"/>'
    )


def _text(x: int, y: int, content: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f'<text x="{x}" y="{y}"{klass}>{_t(content)}</text>'


def _mark(item: Item) -> str:
    return MARKS[item.status]


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """Words into lines of at most `width` characters; the last kept line ends with "…" when text is cut."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > width:  # a single overlong word is split rather than overflowing the node
            if current:
                lines.append(current)
                current = ""
            lines.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = kept[-1][: width - 1].rstrip() + "…"
        return kept
    return lines or [""]


def _t(text: str) -> str:
    return escape(text, quote=False)


def _ident(key: str) -> str:
    return "".join(c if c.isalnum() or c == "-" else "-" for c in key) or "doc"
