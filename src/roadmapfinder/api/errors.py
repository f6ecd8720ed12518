"""The API's one error shape, shared by every router."""

from __future__ import annotations

from ninja import Field, Schema


class ErrorOut(Schema):
    """Every error: what went wrong, how to fix it, and for unknown slugs the closest existing ones."""

    detail: str
    hint: str = ""
    suggestions: list[str] = Field(default_factory=list)
