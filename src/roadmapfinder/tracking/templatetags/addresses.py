"""`{% href 'name' arg ... %}`: `{% url %}` for the pages that link many times, from roadmapfinder/addresses.py."""

from __future__ import annotations

from django import template

from roadmapfinder.addresses import address

register = template.Library()


@register.simple_tag
def href(name: str, *args: str | int) -> str:
    """The address of view `name` with `args` (escaped on output, as `{% url %}`'s)."""
    return address(name, *args)
