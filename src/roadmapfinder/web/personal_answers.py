"""Personal pages answered again, before Django builds a request, while nothing they show has changed.

A tracking reader reloads the same pages (their roadmap, their plan, /me) far more often than their data changes.
Assembling such a page from its skeleton (web/personal_pages.py) still costs the whole middleware stack, a session
and a user load and ~250 slot fills. `PersonalAnswersApp` wraps the WSGI application like `CachedPagesApp` and
answers a reload with the bytes Django answered last time, when the *personal key* is unchanged. The key holds
everything the answer depended on:

- the request's variant: host (as Django reads it: an empty Host header is never a kept page's), scheme, the prefix
  the site is mounted under, path, query, gzip, and the CSRF cookie (the page's forms carry a token
  masked for it; a reader without one gets it set, which is never kept);
- the session row's stored data, read from the database as the session engine reads it (so a log-out, a message
  waiting to be shown, a visitor's progress or a new log-in all change it) and, for a learner, their whole
  `auth_user` row (a password change ends other sessions) and their reader version, which database triggers count
  up on every change to their data (tracking/models.py `ReaderVersion`);
- for a plan page, the saved plan's whole row and its owner's reader version (a plan nobody owns shows its
  creator's session progress, which this cannot see: those pages are never kept);
- the build fingerprint and the day (plan pages fold this week; /me lists what is due).

The key is computed *before* Django runs (a write during the render then leaves the copy under a key that is
already old), and `PersonalAnswersMiddleware` keeps only a complete 200 HTML answer that sets no cookie, from the
second view of the same key (a page seen once since a change would only push reloaded pages out), in this
process's page copies (`PAGE_MEMORY_MB`). Readers without a session cookie, htmx requests, and a request with a
messages cookie always go through Django. tests/web/test_personal_answers.py holds that a kept answer is never
older than the data, whatever wrote it.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import import_module
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.contrib.auth import SESSION_KEY as USER_SESSION_KEY
from django.contrib.auth import get_user_model
from django.core.handlers.wsgi import get_script_name
from django.db import DatabaseError, close_old_connections
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.http.cookie import parse_cookie
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone

from roadmapfinder.catalog import default_catalog
from roadmapfinder.clock import today
from roadmapfinder.db_rows import RowsAhead, column, fetch_all, reads_ahead, select_list, table
from roadmapfinder.web.caching import (
    StartResponse,
    WSGIApplication,
    build_fingerprint,
    is_https,
    process_copies,
    raw_host,
)

V = TypeVar("V")
#: The personal pages kept: a catalog roadmap, a saved plan, /me.
_ROADMAP = re.compile(r"/roadmaps/([-\w]+)")
_PLAN = re.compile(r"/plans/([-\w]+)")
#: The kept pages a first view can be assembled for before Django (web/first_views.py).
_ASSEMBLED_FIRST = frozenset({"roadmap", "plan", "me"})
#: Headers set per answer, never kept.
_PER_ANSWER = {"date", "content-length", "set-cookie"}
#: Set in the environ by `PersonalAnswersApp` to the keys it computed when it had nothing to answer.
_KEY = "roadmapfinder.personal.key"
#: The attribute a request carries when its page was assembled from a skeleton (web/personal_pages.py): the
#: skeleton's key.
ASSEMBLED_FROM = "_rf_assembled_from"


@dataclass(frozen=True)
class _Queries:
    """The reads of a key, in the database's own SQL, and the models whose rows they read (built once, after the
    models are loaded).

    A key's session is read in one statement with the learner it probably holds and a plan page's plan: one of these
    reads cost a worker's thread about 30 us of CPU under load (thread time, with its wrapper and the row's
    conversion; 9 us in a quiet process, 3 us of it SQLite's). So the learner is read beside their session by the
    id that session held last time (`_learner_of`), and alone (`learner`) only when there is no such guess or the
    session holds another.
    """

    #: (with the guessed learner, with the plan) -> the statement reading the session with them.
    session: Mapping[tuple[bool, bool], str]
    learner: str
    #: How many columns the session's, the learner's and the plan's rows have.
    session_width: int
    learner_width: int
    plan_width: int
    #: Where the session's data stands in its row, and whether the learner is active in theirs.
    session_data: int
    learner_active: int
    session_model: type[Model]
    learner_model: type[Model]
    plan_model: type[Model]
    #: Where a visitor's progress stands in their session's data.
    progress_key: str


@functools.cache
def _queries() -> _Queries:
    # Imported here: the WSGI module imports this one before Django has loaded its apps.
    from django.contrib.sessions.models import Session

    from roadmapfinder.plans.models import SavedPlan
    from roadmapfinder.tracking.models import ReaderVersion
    from roadmapfinder.tracking.trackers import SESSION_KEY as PROGRESS_KEY

    # Whole rows in the models' own column order (db_rows.select_list), so Django can take them (db_rows.read_ahead),
    # the learner's and the plan's each followed by a reader version. A join that matches nothing gives NULLs.
    learner_model = get_user_model()
    session, user, plan, version = (table(model) for model in (Session, learner_model, SavedPlan, ReaderVersion))
    learner_columns = f", {select_list(learner_model, 'u')}, COALESCE(v.version, 0)"
    learner_join = f" LEFT JOIN {user} u ON u.id = %s LEFT JOIN {version} v ON v.user_id = u.id"
    plan_columns = f", {select_list(SavedPlan, 'p')}, COALESCE(pv.version, 0)"
    plan_join = (
        f" LEFT JOIN {plan} p ON p.id = %s AND p.owner_id IS NOT NULL LEFT JOIN {version} pv ON pv.user_id = p.owner_id"
    )
    where = f" WHERE s.{column(Session, 'session_key')} = %s AND s.{column(Session, 'expire_date')} > %s"
    statements = {}
    for with_learner, with_plan in itertools.product((False, True), repeat=2):
        columns = (learner_columns if with_learner else "") + (plan_columns if with_plan else "")
        joins = (learner_join if with_learner else "") + (plan_join if with_plan else "")
        statements[with_learner, with_plan] = (
            f"SELECT {select_list(Session, 's')}{columns} FROM {session} s{joins}{where}"
        )
    return _Queries(
        session=statements,
        learner=f"SELECT {learner_columns[2:]} FROM {user} u LEFT JOIN {version} v ON v.user_id = u.id WHERE u.id = %s",
        session_width=len(Session._meta.concrete_fields),
        learner_width=len(learner_model._meta.concrete_fields),
        plan_width=len(SavedPlan._meta.concrete_fields),
        session_data=[field.name for field in Session._meta.concrete_fields].index("session_data"),
        learner_active=[field.name for field in learner_model._meta.concrete_fields].index("is_active"),
        session_model=Session,
        learner_model=learner_model,
        plan_model=SavedPlan,
        progress_key=PROGRESS_KEY,
    )


@functools.lru_cache(maxsize=4096)
def decoded(session_data: str) -> Mapping[str, Any]:
    """A stored session's data as the session engine decodes it, once per distinct data rather than per request
    (a signature check and a JSON parse). Shared by every request that reads it: never changed, copied to change."""
    return MappingProxyType(import_module(settings.SESSION_ENGINE).SessionStore().decode(session_data))


def _learner_in(session: Mapping[str, Any]) -> str | None:
    """The signed-in learner's id a session holds."""
    learner = session.get(USER_SESSION_KEY)
    return str(learner) if learner is not None else None


def _kept_page(path: str) -> str | None:
    """Which kind of kept page a path is ("roadmap", "plan", "me"), or None for every other path."""
    if path == "/me":
        return "me"
    if match := _ROADMAP.fullmatch(path):
        return "roadmap" if default_catalog().has_roadmap(match.group(1)) else None
    if _PLAN.fullmatch(path):
        return "plan"
    return None


@dataclass(frozen=True)
class ReaderKeys:
    """The keys of a request for a personal page, and what its reads found of the reader.

    `personal` keys the answer itself (module docstring). `identity`, for a catalog roadmap page, a saved plan's
    and a learner's /me, holds the same request and reader *without* their progress and CSRF cookie: everything
    Django's middleware and the view decide a page's answer by (host, scheme, session, learner row, the plan's row,
    cookies it reads) but what the page's slots show (web/first_views.py answers a page of a known identity from
    its skeleton).
    """

    #: Which kind of kept page (see `_kept_page`): "roadmap", "plan" or "me".
    page: str
    personal: str
    identity: str | None
    session_key: str
    csrf_cookie: str
    session: Mapping[str, Any]
    learner: str | None


def reader_keys(environ: dict[str, Any], ahead: RowsAhead | None = None) -> ReaderKeys | None:
    """The keys of a request (see `ReaderKeys`), or None when its answer is never kept.

    The rows it read go into `ahead`, for Django to take rather than read again (db_rows.read_ahead).
    """
    if environ.get("REQUEST_METHOD") != "GET" or "HTTP_HX_REQUEST" in environ or "HTTP_AUTHORIZATION" in environ:
        return None
    path: str = environ.get("PATH_INFO", "")
    page = _kept_page(path)
    cookie_header = environ.get("HTTP_COOKIE", "")
    if page is None or settings.SESSION_COOKIE_NAME not in cookie_header:
        return None
    if settings.SECURE_SSL_REDIRECT and not is_https(environ):
        return None  # Django's SecurityMiddleware redirects it
    cookies = parse_cookie(cookie_header)
    session_key, csrf = cookies.get(settings.SESSION_COOKIE_NAME), cookies.get(settings.CSRF_COOKIE_NAME)
    if not session_key or not csrf or "messages" in cookies:
        return None
    read = _reads(page, path, session_key, {} if ahead is None else ahead)
    if read is None:
        return None
    variant = (
        build_fingerprint(),
        f"{today():%Y%m%d}",
        raw_host(environ),
        str(is_https(environ)),
        get_script_name(environ),  # every link carries the prefix the site is mounted under
        path,
        environ.get("QUERY_STRING", ""),
        str(bool(re_accepts_gzip.search(environ.get("HTTP_ACCEPT_ENCODING", "")))),
    )
    identity = None
    if page in _ASSEMBLED_FIRST:
        identity = _hashed("rf:identity:", (*variant, session_key, *read.identity))
    return ReaderKeys(
        page=page,
        personal=_hashed("rf:personal:", (*variant, csrf, *read.parts)),
        identity=identity,
        session_key=session_key,
        csrf_cookie=csrf,
        session=read.session,
        learner=read.learner,
    )


def _hashed(prefix: str, parts: tuple[str, ...]) -> str:
    """The parts' digest, each part preceded by its length so that no two lists of parts read alike (cheaper
    than the `repr` of the tuple, which escaped every long part again)."""
    return prefix + hashlib.sha256("".join(f"{len(part)}:{part}" for part in parts).encode()).hexdigest()


@dataclass(frozen=True)
class _Read:
    """What the keys hold from the database: `parts` for the personal key, `identity` without the progress."""

    parts: tuple[str, ...]
    identity: tuple[str, ...]
    session: Mapping[str, Any]
    learner: str | None


def _reads(page: str, path: str, session_key: str, ahead: RowsAhead) -> _Read | None:
    """The session, the learner and, on a plan page, the plan; each row read goes into `ahead` under its model and
    key."""
    queries = _queries()
    close_old_connections()  # what Django does as a request starts: a connection past its age is replaced
    guess = _learner_of.get(session_key)
    plan_id = path.removeprefix("/plans/") if page == "plan" else None
    with_learner, with_plan = guess is not None, plan_id is not None
    params = [*([guess] if with_learner else []), *([plan_id] if with_plan else []), session_key, timezone.now()]
    row = _first(queries.session[with_learner, with_plan], params)
    if row is None:
        return None  # no such session, or expired: Django answers (and starts a new one if it must)
    session_row, row = row[: queries.session_width], row[queries.session_width :]
    learner_row = row[: queries.learner_width + 1] if with_learner else None
    plan_row = row[queries.learner_width + 1 :] if with_learner else row
    ahead[queries.session_model, session_key] = session_row
    session_data = session_row[queries.session_data]
    session = decoded(session_data)
    parts = [session_data]
    # A visitor's progress is in their session: the identity holds the rest of it.
    identity = [repr(sorted((k, v) for k, v in session.items() if k != queries.progress_key))]
    learner = _learner_in(session)
    if learner is not None:
        if learner_row is None or learner != guess:
            _learner_of.remember(session_key, learner)
            found = _first(queries.learner, [learner])
        else:
            found = learner_row if learner_row[0] is not None else None  # no such learner: a row of NULLs
        if page == "me" and (found is None or not found[queries.learner_active]):
            return None  # Django shows a deleted or deactivated learner's session a visitor's /me: never kept
        row_text = row_key(found[:-1]) if found is not None else "none"  # the row, not its reader version
        if found is not None:
            ahead[queries.learner_model, learner] = found[:-1]
        parts.append(f"{row_text} {found[-1] if found is not None else ''}")
        identity.append(row_text)
    elif page == "me":
        return None  # a visitor's /me lists the plans their session made: changes this key cannot see
    if plan_id is not None:
        if plan_row[0] is None:
            return None  # no such plan, or nobody owns it
        plan = plan_row[: queries.plan_width + 1]
        ahead[queries.plan_model, plan_id] = plan[:-1]
        row_text = row_key(plan[:-1])  # the row, not its owner's reader version
        parts.append(f"{row_text} {plan[-1]}")
        identity.append(row_text)
    return _Read(tuple(parts), tuple(identity), session, learner)


def row_key(row: tuple[Any, ...]) -> str:
    """A row as a key part: the digest of its values, each with its type and length, so two rows read alike only
    when every value is the same. A plan's row holds its laid-out record (kilobytes of JSON): its `repr`, then
    hashed twice over (the personal key and the identity), was a tenth of a plan page's first view."""
    encoded = "".join(
        "-" if value is None else f"{type(value).__name__}{len(text)}:{text}" for value in row for text in (str(value),)
    )
    return hashlib.sha256(encoded.encode()).hexdigest()


def _first(sql: str, params: list[Any]) -> tuple[Any, ...] | None:
    """The first row of a read by key (at most one matches)."""
    found = fetch_all(sql, params)
    return found[0] if found else None


class Remembered(Generic[V]):
    """What this process learnt per key and may forget: a learner a session held (`_learner_of`, the guess `_reads`
    reads beside the session), an identity Django signs its learner in with, a plan page's parts for an identity
    (web/first_views.py).

    Bounded by count like `_SeenKeys`, and forgotten all at once when full, since a forgotten entry only costs the
    work that found it again, never a wrong answer (what it spares is checked, or decided by the same inputs).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._values: dict[str, V] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        return self._values.get(key)

    def remember(self, key: str, value: V) -> None:
        with self._lock:
            if len(self._values) >= self.limit:
                self._values.clear()
            self._values[key] = value


_learner_of: Remembered[str] = Remembered(16_384)


class PersonalAnswersApp:
    """WSGI wrapper answering a personal page from the copy kept under its personal key (module docstring), or
    assembling a page of a known identity itself (web/first_views.py)."""

    def __init__(self, application: WSGIApplication) -> None:
        self.application = application

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        ahead: RowsAhead = {}
        keys = self._keys(environ, ahead)
        stored = process_copies.get(keys.personal) if keys else None
        if stored is None and keys is not None and keys.identity is not None:
            from roadmapfinder.web import first_views  # imports Django's models: loaded once the apps are

            if (answer := first_views.answer(environ, keys, ahead)) is not None:
                keep(keys.personal, answer.body, answer.kept_headers)
                start_response("200 OK", answer.headers)
                return [answer.body]
        if stored is None:
            if keys is not None:
                environ[_KEY] = keys
            with reads_ahead(ahead):
                return self.application(environ, start_response)
        body, headers = stored
        start_response("200 OK", [*headers, ("Content-Length", str(len(body)))])
        return [body]

    @staticmethod
    def _keys(environ: dict[str, Any], ahead: RowsAhead) -> ReaderKeys | None:
        try:
            return reader_keys(environ, ahead)
        except DatabaseError:
            ahead.clear()
            return None  # Django answers, with its own handling of a database that is down


class PersonalAnswersMiddleware:
    """Keeps the answer to a request `PersonalAnswersApp` computed keys for, when it is complete and personal; and
    for a page assembled from its skeleton, its headers under the reader's identity (web/first_views.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        keys: ReaderKeys | None = request.META.get(_KEY)
        if keys and isinstance(response, HttpResponse) and _keepable(request, response):
            headers = tuple((h, v) for h, v in response.items() if h.lower() not in _PER_ANSWER)
            keep(keys.personal, response.content, headers)
            if keys.identity is not None and (skeleton := getattr(request, ASSEMBLED_FROM, None)):
                from roadmapfinder.web import first_views

                first_views.remember(keys.identity, skeleton, headers)
        return response


def keep(key: str, body: bytes, headers: tuple[tuple[str, str], ...]) -> None:
    """Keep an answer under its personal key, from the second time it is answered (`_SeenKeys`)."""
    if _seen.again(key):
        process_copies.put(key, (body, headers))


class _SeenKeys:
    """The personal keys this process answered lately, so a page is kept only when its state is viewed again.

    A page viewed once since its last change (a learner who marks a topic and reloads, over and over) would only
    push pages that are reloaded out of the page copies: each key is kept from its second view. Bounded by count
    (keys are 76 characters): the oldest are forgotten first.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def again(self, key: str) -> bool:
        """Whether the key was seen before; remembers it either way."""
        with self._lock:
            if key in self._keys:
                self._keys.move_to_end(key)
                return True
            self._keys[key] = None
            if len(self._keys) > self.limit:
                self._keys.popitem(last=False)
            return False


_seen = _SeenKeys(16_384)


def _keepable(request: HttpRequest, response: HttpResponse) -> bool:
    """A complete HTML page that changed no cookie.

    Django sends the CSRF cookie again with every page that has a form, to renew its expiry: that alone, with the
    value the reader already has, does not stop a page being kept (a copy's answers then do not renew it; the next
    page Django renders does).
    """
    csrf = response.cookies.get(settings.CSRF_COOKIE_NAME)
    return (
        response.status_code == 200
        and not response.streaming
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
        and (csrf is None or csrf.value == request.COOKIES.get(settings.CSRF_COOKIE_NAME))
        and not response.has_header("Set-Cookie")
        and response.get("Content-Type", "").startswith("text/html")
    )
