"""Learner notes as HTML: Markdown with raw HTML disabled, so a note can never inject markup or scripts."""

from __future__ import annotations

import functools

from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

# "commonmark" with html off: `<script>` in a note is shown as text; markdown-it also refuses javascript:,
# vbscript:, file: and data: links.
_renderer = MarkdownIt("commonmark", {"html": False})


@functools.lru_cache(maxsize=256)
def render_note(text: str) -> SafeString:
    """The note's HTML, safe to insert in a page.

    Kept per text for the notes rendered lately (a reader's roadmap and plan pages render each of their notes on
    every view, and Markdown cost a tenth of such a page): the HTML depends on the text alone. At most 256 notes'
    HTML, a few MB at worst, outside the page copies' budget.
    """
    html: str = _renderer.render(text)
    return mark_safe(html)


@functools.lru_cache(maxsize=256)
def note_preview(text: str) -> str:
    """The note as the words a reader sees of it, without its Markdown marks ("**Status codes**: learn 2xx" reads
    "Status codes: learn 2xx"): for lists that show a line of each note (/me), where the marks were shown raw."""
    words: list[str] = []
    for token in _renderer.parse(text):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak", "image"):
                words.append(" ")
        if token.type == "inline":
            words.append(" ")
    return " ".join("".join(words).split())
