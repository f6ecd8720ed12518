"""The API reference at /api/v1/docs, inside the site's frame: read from the OpenAPI document django-ninja builds
and rendered with the site's template `roadmapfinder/api_docs.html` (found by name; the API imports no web code).

Swagger UI stays available (`/api/v1/docs/swagger`) for trying requests, but it cannot follow the site's colour
schemes and fails dozens of accessibility checks; this page is plain HTML, so it reads well everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja.openapi.docs import DocsBase, Swagger

JSON = dict[str, Any]
METHODS = ("get", "post", "put", "patch", "delete")
AUTH_NAMES = {
    "TokenAuth": "an API token",
    "SessionAuth": "your logged-in session",
    "OptionalToken": "an API token, optional",
}


@dataclass(frozen=True)
class Param:
    name: str
    where: str
    required: bool
    type: str
    description: str


@dataclass(frozen=True)
class Reply:
    status: str
    description: str
    type: str


@dataclass(frozen=True)
class Operation:
    anchor: str
    method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    body: str
    replies: list[Reply]
    auth: str


@dataclass(frozen=True)
class Group:
    tag: str
    anchor: str
    operations: list[Operation] = field(default_factory=list)


@dataclass(frozen=True)
class SchemaField:
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class SchemaDoc:
    name: str
    description: str
    fields: list[SchemaField]


def type_of(schema: JSON) -> str:
    """A JSON schema in a few words: "RoadmapDetail", "list of TopicRef", "string or null", "one of a, b"."""
    if ref := schema.get("$ref"):
        return str(ref).rsplit("/", 1)[-1]
    if options := schema.get("anyOf") or schema.get("oneOf"):
        return " or ".join(type_of(o) for o in options)
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {type_of(schema.get('items', {}))}"
    if kind == "object" and "additionalProperties" in schema:
        return f"map of {type_of(schema['additionalProperties'])}"
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


def _reply_type(reply: JSON) -> str:
    for media, content in reply.get("content", {}).items():
        return type_of(content.get("schema", {})) if media == "application/json" else media
    return ""


def _auth(operation: JSON) -> str:
    schemes = [name for entry in operation.get("security", []) for name in entry]
    return " or ".join(AUTH_NAMES.get(s, s) for s in schemes)


def reference(spec: JSON) -> tuple[list[Group], list[SchemaDoc]]:
    """Operations grouped by tag (in the order they first appear) and every schema with its fields."""
    groups: dict[str, Group] = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if (op := item.get(method)) is None:
                continue
            tag = (op.get("tags") or ["other"])[0]
            group = groups.setdefault(tag, Group(tag=tag, anchor=f"tag-{tag.replace(' ', '-')}"))
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            group.operations.append(
                Operation(
                    anchor=str(op.get("operationId", f"{method}-{path}")).rsplit("_api_", 1)[-1],
                    method=method.upper(),
                    path=path,
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    params=[
                        Param(
                            name=p["name"],
                            where=p["in"],
                            required=bool(p.get("required")),
                            type=type_of(p.get("schema", {})),
                            description=p.get("description", "") or p.get("schema", {}).get("description", ""),
                        )
                        for p in op.get("parameters", [])
                    ],
                    body=type_of(body) if body else "",
                    replies=[
                        Reply(status=s, description=r.get("description", ""), type=_reply_type(r))
                        for s, r in op.get("responses", {}).items()
                    ],
                    auth=_auth(op),
                )
            )
    schemas = [
        SchemaDoc(
            name=name,
            description=schema.get("description", ""),
            fields=[
                SchemaField(
                    name=prop,
                    type=type_of(detail),
                    required=prop in schema.get("required", []),
                    description=detail.get("description", ""),
                )
                for prop, detail in schema.get("properties", {}).items()
            ],
        )
        for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items())
    ]
    return list(groups.values()), schemas


class SiteDocs(DocsBase):
    """django-ninja's docs page, rendered as the site's own page."""

    def render_page(self, request: HttpRequest, api: Any, **kwargs: Any) -> HttpResponse:
        spec = api.get_openapi_schema(path_params=kwargs)
        groups, schemas = reference(spec)
        context = {
            "info": spec.get("info", {}),
            "groups": groups,
            "schemas": schemas,
            "openapi_url": self.get_openapi_url(api, kwargs),
        }
        return render(request, "roadmapfinder/api_docs.html", context)


def swagger(request: HttpRequest) -> HttpResponse:
    """Swagger UI, to try requests from the browser (its own look; the reference is /api/v1/docs)."""
    from roadmapfinder.api.app import api

    return Swagger().render_page(request, api)
