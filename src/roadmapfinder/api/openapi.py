"""The OpenAPI document, completed with every answer the server really gives.

Ninja documents the statuses each route declares. Some answers come from layers around the routes: the boundary
check (web/boundary.py: 400 for control characters or malformed JSON, 413 for oversized bodies, 415 for bodies that
are not JSON), ninja's own parameter validation (422), the token checks (401, and 429 once a client is over its
limit), CSRF on session writes (403) and the export limit (503). They are added here, in one place, from what each
operation has (parameters, a body, a security scheme), so a client generated from the document handles them.
Exports are documented as the files they are, and the optional token as optional.
"""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI
from ninja.openapi.schema import OpenAPISchema

from roadmapfinder.search import MAX_QUERY_LENGTH
from roadmapfinder.search.engine import MAX_LIMIT

_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
_WHY = {
    "400": "Bad input: control characters in the address, query or body, malformed JSON, or values the planner "
    "cannot use (the detail says which, the hint how to fix it)",
    "401": "Not signed in, or a wrong token",
    "403": "Not allowed: someone else's plan, or a write with the session cookie but without the CSRF token",
    "404": "Unknown roadmap, topic, project or plan (with suggestions when there are close ones)",
    "413": "The request body is too large",
    "415": "The request body is not JSON (send Content-Type: application/json)",
    "422": "A parameter or body field of the wrong type or out of its documented range",
    "429": "Too many requests with a token, or too many wrong tokens, from this client: wait (see Retry-After)",
    "503": "Too many exports are being made right now: try again after Retry-After seconds",
}
#: Export routes (by their path's ending) and the media type of their file.
_EXPORTS = {".md": "text/markdown", ".ics": "text/calendar", ".pdf": "application/pdf"}
#: Bounds of query parameters that the core checks itself (a clear 400 with a hint), stated in the document too.
_PARAMETER_BOUNDS: dict[tuple[str, str], dict[str, Any]] = {
    ("/api/v1/search", "limit"): {"minimum": 1, "maximum": MAX_LIMIT},
    ("/api/v1/search", "q"): {"maxLength": MAX_QUERY_LENGTH},
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}


def _add(operation: dict[str, Any], *statuses: str) -> None:
    responses = operation.setdefault("responses", {})  # ninja keys them by int; JSON makes them strings
    for status in statuses:
        entry = responses.setdefault(int(status), {"description": _WHY[status], "content": _ERROR})
        if status in ("429", "503"):
            entry["headers"] = _RETRY_AFTER


def complete(document: dict[str, Any]) -> dict[str, Any]:
    """Add the statuses and media types the layers around the routes answer to every operation."""
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                bounds = _PARAMETER_BOUNDS.get((path, parameter.get("name", "")), {})
                schema = parameter.get("schema", {})
                for option in schema.get("anyOf", [schema]):  # an optional parameter is anyOf [type, null]
                    if option.get("type") in ("integer", "string"):
                        option.update(bounds)
            schemes = {name for requirement in operation.get("security", []) for name in requirement}
            _add(operation, "400")
            if operation.get("parameters") or "requestBody" in operation:
                _add(operation, "422")
            if "requestBody" in operation:
                _add(operation, "413", "415")
            if schemes:
                _add(operation, "401", "429")
            if method in ("post", "put", "patch", "delete") and schemes & {"SessionAuth", "OptionalToken"}:
                _add(operation, "403")
            if "OptionalToken" in schemes:  # anonymous callers are welcome: the token is optional
                operation["security"] = [{}, *operation["security"]]
            for ending, media_type in _EXPORTS.items():
                if path.endswith(ending) and 200 in operation["responses"]:
                    schema = {"type": "string", "format": "binary"} if ending == ".pdf" else {"type": "string"}
                    operation["responses"][200]["content"] = {media_type: {"schema": schema}}
                    _add(operation, "503")
    return document


class DocumentedAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI document states every answer (see `complete`)."""

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        document = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        complete(document)
        return document
