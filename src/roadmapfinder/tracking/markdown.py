"""Learner notes as HTML: Markdown with raw HTML disabled, so a note can never inject markup or scripts."""

from __future__ import annotations

from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

# "commonmark" with html off: `<script>` in a note is shown as text; markdown-it also refuses javascript:,
# vbscript:, file: and data: links.
_renderer = MarkdownIt("commonmark", {"html": False})


def render_note(text: str) -> SafeString:
    """The note's HTML, safe to insert in a page."""
    html: str = _renderer.render(text)
    return mark_safe(html)
