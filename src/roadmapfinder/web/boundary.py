"""The one boundary check on every request: URL path, query, form fields and JSON bodies (roadmapfinder.bounds).

A request whose text holds a control character (NUL and the like; PostgreSQL cannot store NUL and nothing a person
types contains one), whose JSON body is nested too deeply, or whose body is larger than Django accepts is answered
here with a clear 400 or 413, before any view, service or database sees it: JSON under /api/, a page elsewhere.
Uploaded files are not read here; the learner data import checks its file with the same rules.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from roadmapfinder.bounds import check_text, has_control, load_json
from roadmapfinder.errors import InvalidInput

API_PREFIX = "/api/"


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


def error_response(request: HttpRequest, status: int, message: str, hint: str = "") -> HttpResponse:
    """The error in the surface's own form: the API's JSON error shape, or the 400 page (with its status)."""
    if is_api(request):
        return JsonResponse({"detail": message, "hint": hint, "suggestions": []}, status=status)
    return render(request, "roadmapfinder/400.html", {"message": message, "hint": hint}, status=status)


class _Unsupported(Exception):
    """An API body that is not JSON."""


def _json_body(request: HttpRequest) -> bool:
    content_type = request.content_type or ""
    return content_type == "application/json" or content_type.endswith("+json")


#: The as-you-type suggestions answer unfinished or odd input with nothing at all (the search core's guard), not an
#: error under the search box; their query is read by that guard only and never stored.
_QUIET_QUERIES = {"/search/suggest"}
#: Parameters people type into a box, named as the page names the box.
_LABELS = {"q": "the search query", "goal": "what you want to do", "known": "what you know"}


def _named(kind: str, key: str) -> str:
    if key in _LABELS:
        return _LABELS[key]
    return f"{kind} `{key[:40]}`" if not has_control(key, single_line=True) else f"a {kind.split()[-1]} name"


class BoundaryMiddleware:
    """Refuse control characters and over-deep or oversized bodies before any view runs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            self._check(request)
        except InvalidInput as error:
            return error_response(request, 400, error.message, error.hint)
        except _Unsupported:
            return error_response(
                request, 415, "the request body must be JSON", "send it with Content-Type: application/json"
            )
        except RequestDataTooBig:
            return error_response(request, 413, "the request body is too large", "send less data at once")
        except SuspiciousOperation as error:  # too many fields, a malformed upload...
            return error_response(request, 400, f"the request was refused: {error}", "send a smaller, simpler form")
        response = self.get_response(request)
        if (
            is_api(request)
            and response.status_code == 405
            and not response.get("Content-Type", "").startswith("application/json")
        ):  # ninja answers a wrong method with an empty page: say it in the API's shape, keeping Allow
            allowed = response.get("Allow", "")
            response = error_response(request, 405, f"{request.method} is not allowed here", f"use {allowed}")
            response["Allow"] = allowed
        return response

    def _check(self, request: HttpRequest) -> None:
        if has_control(request.path, single_line=True):
            raise InvalidInput("the address contains control or binary characters", hint="check the link")
        for key, values in request.GET.lists() if request.path_info not in _QUIET_QUERIES else ():
            for value in (key, *values):
                check_text(value, field=_named("the query parameter", key))
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return
        writes_api = is_api(request) and request.method in ("POST", "PUT", "PATCH")
        if writes_api and not _json_body(request) and request.body:
            raise _Unsupported
        if _json_body(request):
            if request.body:
                load_json(request.body, field="the request body")
            return
        if (request.content_type or "") in ("application/x-www-form-urlencoded", "multipart/form-data"):
            for key, values in request.POST.lists():
                for value in (key, *values):
                    check_text(value, field=_named("the field", key))
        elif is_api(request):
            _ = request.body  # read it once here, so an oversized body is a 413 in the API's own shape
