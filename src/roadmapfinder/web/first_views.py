"""A tracking reader's roadmap page, plan page or /me assembled before Django runs, when only their data changed
since Django last answered them.

A learner marks a topic, then opens a roadmap page: the kept answer (web/personal_answers.py) is stale, so the page
is assembled again from its skeleton and their progress (web/personal_pages.py). Django's request handling around
that assembly (thirteen middlewares, loading the session and the learner, checking them, the headers) cost more than
the assembly itself, and for this request it can only decide what it decided last time: every input of those
decisions is in the reader's *identity key* (`personal_answers.ReaderKeys.identity`): the build, the day, host,
scheme, script prefix, path, query, compression, the session's key and its data without the progress, the learner's
whole row without its reader version and, on a plan page, the plan's whole row (its inputs, version, owner, feed,
automatic mode and the week it last checked). Cookies other than the session's and the CSRF cookie are not read on
these pages; a messages cookie, htmx and Authorization headers never come here.

So when Django answers a page assembled from its skeleton, completely and changing no cookie but the CSRF
cookie's renewal (`personal_answers._keepable`), its headers are kept under the identity key (`remember`). A later
request with the same identity but no kept answer (`answer`) gets the page assembled here: the same fillers, the
progress read again (the session's data, or the learner's rows), a CSRF token masked for its own cookie, the CSRF
cookie renewed by Django's own code, compressed where Django's GZipMiddleware would (by a faster compressor: a view
like this one is compressed each time, web/reader_gzip.py), and the headers Django sent. A CSRF cookie of another
shape than a secret (Django would replace it), a skeleton no longer kept, or any error while assembling (a database
that is down) go to Django. tests/web/test_first_views.py holds that the answer is Django's, byte for byte once
decompressed, but the CSRF masks and cookie dates.

A plan page's view does more than Django's middleware: it applies the plan's automatic reschedule when due, and
builds the plan, its track and whether the reader may edit it. The same row and day decide the same, so here the
parts are prepared by the view's own function (tracking/plan_pages.py); a reschedule that is due (a write), a plan
whose laid-out record is due (a write: plans.services.plan_laid_out_keep) or a plan that no longer builds goes to
the view. A learner's /me is a frame whose one slot reads everything it shows
afresh (tracking/dashboard.py); its view keeps the learner's plans current first, so here their plans are read and
one whose automatic reschedule is due goes to the view.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user, get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.middleware.gzip import GZipMiddleware
from django.urls import set_script_prefix

from roadmapfinder.db_rows import RowsAhead, from_row, reads_ahead
from roadmapfinder.errors import RoadmapFinderError
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.plans.selectors import laid_out_due, plan_build, plan_can_edit
from roadmapfinder.plans.services import auto_reschedule_week
from roadmapfinder.tracking.csrf import is_secret
from roadmapfinder.tracking.dashboard import reader_plans
from roadmapfinder.tracking.plan_pages import plan_page_parts
from roadmapfinder.tracking.slots import PageParts, assemble, set_page_parts
from roadmapfinder.web.caching import process_copies
from roadmapfinder.web.personal_answers import ReaderKeys, Remembered
from roadmapfinder.web.personal_pages import compiled_skeleton
from roadmapfinder.web.reader_gzip import compressed_for_reader

Headers = tuple[tuple[str, str], ...]

#: Django's CSRF middleware, for the one thing it does to these answers: renew the CSRF cookie.
_CSRF = CsrfViewMiddleware(lambda request: HttpResponse())


@dataclass(frozen=True)
class FirstView:
    """A page assembled here: its body, the headers to send, and those to keep with it (no per-answer ones)."""

    body: bytes
    headers: list[tuple[str, str]]
    kept_headers: Headers


def remember(identity: str, skeleton: str, headers: Headers) -> None:
    """Keep the headers of an answer Django assembled from `skeleton` for this identity (module docstring)."""
    process_copies.put(identity, (skeleton.encode(), headers))


def answer(environ: dict[str, Any], keys: ReaderKeys, ahead: RowsAhead) -> FirstView | None:
    """The reader's page assembled here, or None when Django must answer (module docstring)."""
    assert keys.identity is not None
    frame = process_copies.get(keys.identity)
    if frame is None:
        return None
    skeleton_key, headers = frame[0].decode(), frame[1]
    skeleton = process_copies.get(skeleton_key)
    if skeleton is None or not is_secret(keys.csrf_cookie):
        return None
    set_script_prefix(get_script_name(environ))  # as Django's handler does for each request
    try:
        request = _request(environ, keys, ahead, keys.csrf_cookie)
        if request is None or not _prepared(keys, request, ahead):
            return None
        body = assemble(compiled_skeleton(skeleton[0]), request)
    except Exception:  # a database that is down, or a fault: Django answers, with its own error handling and log
        return None
    if ("Content-Encoding", "gzip") in headers:
        compressed = compressed_for_reader(body, max_random_bytes=GZipMiddleware.max_random_bytes)
        if len(compressed) >= len(body):
            return None  # Django would have sent it as it is: let it
        body = compressed
    sent = [*headers, ("Content-Length", str(len(body)))]
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        sent += _renewed_csrf_cookie(keys.csrf_cookie)
    return FirstView(body, sent, headers)


#: A stand-in for a reader's CSRF secret: 32 characters, like every secret (`is_secret`), in no cookie's attributes.
_STAND_IN = "RoadmapFinderCsrfSecretStandIn00"
#: The second Django's renewal was last made in, and its Set-Cookie headers for `_STAND_IN`.
_renewal: tuple[int, list[tuple[str, str]]] = (-1, [])


def _renewed_csrf_cookie(secret: str) -> list[tuple[str, str]]:
    """The Set-Cookie headers Django's CSRF middleware renews `secret`'s cookie with.

    Made by Django's own code, once a second for a stand-in secret, then given this reader's secret: its cookie
    differs from another reader's only by the value (a secret is letters and digits, never quoted) and by an expiry
    counted in whole seconds from now. Building the cookie per request (its expiry date formatted by the email
    package) cost a twentieth of a learner's roadmap page.
    """
    global _renewal
    second = int(time.time())
    made_in, headers = _renewal
    if made_in != second:
        stand_in = HttpRequest()
        stand_in.META["CSRF_COOKIE"] = _STAND_IN
        renewed = HttpResponse()
        _CSRF._set_csrf_cookie(stand_in, renewed)  # type: ignore[attr-defined]  # Django's own, not a copy of it
        headers = [("Set-Cookie", cookie.output(header="")) for cookie in renewed.cookies.values()]
        _renewal = (second, headers)  # one assignment: a thread reads the old pair or the new, never half of one
    return [(name, value.replace(_STAND_IN, secret, 1)) for name, value in headers]


def _prepared(keys: ReaderKeys, request: WSGIRequest, ahead: RowsAhead) -> bool:
    """The request prepared as the page's view prepares it, or False when the view must answer."""
    page, identity = keys.page, keys.identity
    assert identity is not None  # `answer` is only asked for a page of a known identity
    if page == "plan":
        return _plan_prepared(request, identity, ahead)
    if page == "me":
        return _dashboard_prepared(request)
    return True


def _dashboard_prepared(request: WSGIRequest) -> bool:
    """/me's plans read as its view reads them (tracking/dashboard.py `reader_plans`); False when one's automatic
    reschedule or laid-out record is due, since the view would write it first."""
    return all(auto_reschedule_week(saved) is None and not _laid_out_due(saved) for saved in reader_plans(request))


def _laid_out_due(saved: SavedPlan) -> bool:
    """Whether the view would write the plan's laid-out record (never for a plan that no longer builds)."""
    try:
        return laid_out_due(saved, plan_build(saved))
    except RoadmapFinderError:
        return False


def _plan_prepared(request: WSGIRequest, identity: str, ahead: RowsAhead) -> bool:
    """A plan page's parts set on the request as its view sets them (tracking/plan_pages.py), from the plan's row
    the keys read, or as prepared for this identity before (`_plan_parts`); False when the view must answer: the
    plan's automatic reschedule or its laid-out record is due (reading it writes), or its inputs no longer build
    (the view says why)."""
    parts = _plan_parts.get(identity)
    if parts is None:
        plan_id = request.path_info.removeprefix("/plans/")
        row = ahead.get((SavedPlan, plan_id))
        if row is None:
            return False
        saved = from_row(SavedPlan, row)
        if auto_reschedule_week(saved) is not None:
            return False
        can_edit = plan_can_edit(saved, session_key=request.session.session_key or "", user=request.user)
        try:
            parts = plan_page_parts(saved, can_edit=can_edit)
        except RoadmapFinderError:
            return False
        if laid_out_due(saved, parts.plan):  # its record is written first (the view keeps it current)
            return False
        _plan_parts.remember(identity, parts)
    set_page_parts(request, parts)
    return True


#: Identity -> the plan page's parts prepared for it (`_plan_prepared`): the plan's row, the day, the session and
#: the learner decide them, and all are in the identity, while the reader's progress, which is not, plays no part.
#: Few are kept: a part holds its built plan (a big plan: ~750 sessions), shared with plan_build's own cache.
_plan_parts: Remembered[PageParts] = Remembered(64)


def _request(environ: dict[str, Any], keys: ReaderKeys, ahead: RowsAhead, secret: str) -> WSGIRequest | None:
    """The request as Django's middleware would have prepared it: session, learner and CSRF secret."""
    identity = keys.identity
    assert identity is not None  # `answer` is only asked for a page of a known identity
    request = WSGIRequest(environ)
    session = import_module(settings.SESSION_ENGINE).SessionStore(keys.session_key)
    session._session_cache = dict(keys.session)  # a copy: the decoded data is shared by every request
    request.session = session
    if keys.learner is None:
        request.user = AnonymousUser()
    elif _signed_in.get(identity) == keys.learner:
        request.user = from_row(get_user_model(), ahead[get_user_model(), keys.learner])
    else:
        # Django's own decision, from the learner's row read ahead: the session's backend, an active learner, the
        # session's hash of their password. Any other outcome than this learner signed in (a deactivated account
        # reads as a visitor; a stale hash ends the session) is Django's to answer. Its inputs (the session's data,
        # the learner's row, this process's settings) are all in the identity, so it is made once per identity.
        with reads_ahead(dict(ahead)):  # a copy: should Django answer after all, it takes the row from `ahead`
            user = get_user(request)
        if session.modified or not user.is_authenticated or str(user.pk) != keys.learner:
            return None
        _signed_in.remember(identity, keys.learner)
        request.user = user
    request.META["CSRF_COOKIE"] = secret
    return request


#: Identity -> the learner Django signs in with it (`_request`).
_signed_in: Remembered[str] = Remembered(16_384)
