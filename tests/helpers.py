"""Helpers shared by the test lanes: a page's visible text, and checking an answer against the OpenAPI document."""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

from django.test import Client
from jsonschema import Draft202012Validator

PASSWORD = "a long passphrase 42"


def text(body: bytes | str) -> str:
    """The page's visible text with whitespace folded, as a reader would see it."""
    markup = body.decode() if isinstance(body, bytes) else body
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup)))


@cache
def openapi_document() -> dict[str, Any]:
    """The API's own OpenAPI document (it does not change while the tests run)."""
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


def check_openapi(path: str, status: int, body: Any, *, method: str = "get") -> None:
    """Assert that `body` matches the schema the OpenAPI document declares for `method path` and `status`."""
    spec = openapi_document()
    operation = spec["paths"][path][method]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    Draft202012Validator({**schema, "components": spec["components"]}).validate(body)
