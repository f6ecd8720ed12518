"""The CLI's link to a RoadmapFinder server: the saved login (URL and token) and calls to `/api/v1/me/...`.

Plain urllib, so the CLI needs nothing more; every failure becomes a `RemoteError` with a message and a hint,
which the CLI's one error translator prints.
"""

from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from roadmapfinder.checking import Answer, CheckResult
from roadmapfinder.checking.review import ReviewAnswerIn, ReviewQueueOut, ReviewResultOut
from roadmapfinder.cli.errors import RemoteError, named_key
from roadmapfinder.config import config
from roadmapfinder.hints import command_hint
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.shapes import PlanOut
from roadmapfinder.progress import split_project_key
from roadmapfinder.progress.estimates import LearnedEstimatesOut
from roadmapfinder.progress.shapes import (
    FollowOut,
    GeneratedFollowOut,
    ProgressOut,
    ProjectProgressOut,
    TopicProgressOut,
)
from roadmapfinder.progress.this_week import ThisWeekOut
from roadmapfinder.understanding.demand import DemandOut

TIMEOUT_SECONDS = 20
_LOGIN_AGAIN = "log in again with `roadmapfinder login --server URL --token TOKEN`"
_CONFIG_HINT = "set ROADMAPFINDER_CONFIG to a file you can write, e.g. ~/.config/roadmapfinder/config.json"
_SERVER_HINT = "check the --server URL: it must be a RoadmapFinder site (log in again with `roadmapfinder login`)"
M = TypeVar("M", bound=BaseModel)

__all__ = ["ApiClient", "Login", "RemoteError", "config_path", "normalise_server", "refusal"]


def config_path() -> Path:
    """`$ROADMAPFINDER_CONFIG`, else `$XDG_CONFIG_HOME/roadmapfinder/config.json` (~/.config by default)."""
    return config().cli_config_file


@dataclass(frozen=True)
class Login:
    server: str
    token: str

    def save(self) -> Path:
        """Write the login readable by its owner only (0600): the token is a password."""
        path = config_path()
        if path.is_dir():
            raise RemoteError(f"cannot save the login: {path} is a folder", hint=_CONFIG_HINT)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                json.dump({"server": self.server, "token": self.token}, handle)
            path.chmod(0o600)
        except OSError as error:
            raise RemoteError(
                f"cannot save the login to {path}: {error.strerror or error}", hint=_CONFIG_HINT
            ) from None
        return path

    @staticmethod
    def load() -> Login:
        path = config_path()
        try:
            data = json.loads(path.read_text())
            login = Login(server=str(data["server"]), token=str(data["token"]))
        except FileNotFoundError:
            raise RemoteError("not logged in", hint="run `roadmapfinder login --server URL --token TOKEN`") from None
        except IsADirectoryError:
            raise RemoteError(f"cannot read the login: {path} is a folder", hint=_CONFIG_HINT) from None
        except OSError as error:
            raise RemoteError(
                f"cannot read the login from {path}: {error.strerror or error}", hint=_CONFIG_HINT
            ) from None
        except (ValueError, KeyError, TypeError):
            raise RemoteError(f"{path} is damaged", hint="log in again with `roadmapfinder login`") from None
        try:
            normalise_server(login.server)
        except RemoteError:
            raise RemoteError(
                f"{path} holds no usable server URL", hint="log in again with `roadmapfinder login`"
            ) from None
        return Login(server=normalise_server(login.server), token=login.token)


def normalise_server(url: str) -> str:
    """`https://host[:port]` without a trailing slash; refuses anything that is not an http(s) URL."""
    hint = "for example https://roadmapfinder.example"
    try:
        parts = urllib.parse.urlsplit(url.strip())
        parts.port  # noqa: B018  (reading it checks the port: "http://host:x" raises ValueError)
    except ValueError as error:
        raise RemoteError(f"`{url}` is not a server URL: {error}", hint=hint) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"`{url}` is not a server URL", hint=hint)
    if any(c.isspace() or ord(c) < 32 for c in url.strip()) or parts.query or parts.fragment:
        raise RemoteError(f"`{url}` is not a server URL: it holds spaces, a query or a fragment", hint=hint)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class ApiClient:
    """Calls to a server's `/api/v1/me/progress` endpoints (topics and projects) with a personal token."""

    def __init__(self, login: Login) -> None:
        self.login = login

    def progress(self, roadmap: str | None = None) -> ProgressOut:
        query = f"?{urllib.parse.urlencode({'roadmap': roadmap})}" if roadmap else ""
        return self._shaped(ProgressOut, self._call("GET", f"/api/v1/me/progress{query}"))

    def set_topic(
        self, topic_id: str, status: str | None, *, hours: float | Literal["keep"] | None = "keep"
    ) -> TopicProgressOut:
        """Set a topic's status; with `hours`, also the hours a done topic took (None forgets them; by default
        they are left as they are)."""
        path = f"/api/v1/me/progress/{urllib.parse.quote(topic_id, safe='')}"
        body: dict[str, object] = {"status": status}
        if hours != "keep":
            body["hours"] = hours
        return self._shaped(TopicProgressOut, self._call("PUT", path, body))

    def set_project(self, key: str, *, done: bool) -> ProjectProgressOut:
        roadmap, project = split_project_key(key)
        path = "/api/v1/me/progress/projects/" + "/".join(urllib.parse.quote(p, safe="") for p in (roadmap, project))
        return self._shaped(ProjectProgressOut, self._call("PUT", path, {"done": done}))

    def create_plan(self, request: PlanRequest) -> PlanOut:
        """Save a plan on the server as the logged-in learner's (it then shows on /me and in `progress`)."""
        return self._shaped(PlanOut, self._call("POST", "/api/v1/plans", request.model_dump(mode="json")))

    def reschedule_plan(self, plan_id: str, *, start: str | None, hours: float | None) -> PlanOut:
        """Reschedule what is left of one of the learner's plans; the server reads their progress."""
        body: dict[str, object] = {"from": start} if start else {}
        if hours is not None:
            body["hours_per_week"] = hours
        path = f"/api/v1/plans/{urllib.parse.quote(plan_id, safe='')}/reschedule"
        return PlanOut.model_validate(self._call("POST", path, body))

    def set_auto_reschedule(self, plan_id: str, *, enabled: bool) -> PlanOut:
        """Turn one of the learner's plans' automatic weekly reschedule on or off."""
        path = f"/api/v1/plans/{urllib.parse.quote(plan_id, safe='')}/auto-reschedule"
        return PlanOut.model_validate(self._call("PUT", path, {"enabled": enabled}))

    def this_week(self) -> ThisWeekOut:
        """This week across the learner's plans on the server."""
        return ThisWeekOut.model_validate(self._call("GET", "/api/v1/me/this-week"))

    def follow(self, slug: str, *, following: bool) -> FollowOut:
        path = f"/api/v1/me/following/{urllib.parse.quote(slug, safe='')}"
        return self._shaped(FollowOut, self._call("PUT", path, {"following": following}))

    def follow_generated(self, roadmap_id: str, *, following: bool) -> GeneratedFollowOut:
        """Follow a generated roadmap by its id (or stop following it)."""
        path = f"/api/v1/me/following/generated/{urllib.parse.quote(roadmap_id, safe='')}"
        return self._shaped(GeneratedFollowOut, self._call("PUT", path, {"following": following}))

    def check_topic(self, topic_id: str, answers: list[Answer]) -> CheckResult:
        """Grade answers to a topic's questions on the server, which keeps them as the learner's."""
        path = f"/api/v1/topics/{urllib.parse.quote(topic_id, safe='')}/check"
        body = {"answers": [a.model_dump(exclude_none=True) for a in answers]}
        return self._shaped(CheckResult, self._call("POST", path, body))

    def review_queue(self) -> ReviewQueueOut:
        """Today's review session of the logged-in learner."""
        return self._shaped(ReviewQueueOut, self._call("GET", "/api/v1/me/review"))

    def review_answer(self, answers: list[ReviewAnswerIn]) -> ReviewResultOut:
        """Grade a review session on the server, which keeps the answers and moves each topic's next review."""
        body = {"answers": [a.model_dump() for a in answers]}
        return self._shaped(ReviewResultOut, self._call("POST", "/api/v1/me/review", body))

    def requests(self) -> list[DemandOut]:
        """Goals nothing matched (a staff account's token; 403 otherwise)."""
        return [DemandOut.model_validate(d) for d in self._call("GET", "/api/v1/requests")]

    def estimates(self) -> LearnedEstimatesOut:
        """The catalog's hours beside learners' medians (a staff account's token; 403 otherwise)."""
        return self._shaped(LearnedEstimatesOut, self._call("GET", "/api/v1/estimates"))

    def _call(self, method: str, path: str, body: object | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.login.server + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.login.token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            raise _refusal(error) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise RemoteError(
                f"cannot reach {self.login.server}: {reason}", hint="check the URL and your network"
            ) from None
        except (http.client.HTTPException, ValueError) as error:  # not HTTP, a truncated body, a bad URL
            raise RemoteError(
                f"{self.login.server} did not answer like a RoadmapFinder server ({type(error).__name__})",
                hint=_SERVER_HINT,
            ) from None
        try:
            return json.loads(raw)
        except ValueError:
            raise RemoteError(f"{self.login.server} answered something that is not JSON", hint=_SERVER_HINT) from None

    def _shaped(self, model: type[M], data: object) -> M:
        """The answer read as `model`; `RemoteError` when the server sent another shape."""
        try:
            return model.model_validate(data)
        except ValidationError:
            raise RemoteError(f"{self.login.server} answered in an unexpected shape", hint=_SERVER_HINT) from None


def _refusal(error: urllib.error.HTTPError) -> RemoteError:
    try:
        body = json.loads(error.read())
    except (ValueError, OSError, http.client.HTTPException):
        body = {}
    return refusal(error.code, body, reason=str(error.reason))


def refusal(status: int, body: object, *, reason: str = "") -> RemoteError:
    """The `RemoteError` for the server's refusal `status` with its JSON `body` (`{"detail", "hint",
    "suggestions"}`; anything else keeps only the status): the server's hint, which names each suggestion as its
    page shows it (an older server's listed their keys: those are named from this install's catalog, `named_key`),
    and the status stays on the error, for its exit code. Tests that answer the CLI's calls with Django's test
    client refuse through it too."""
    if not isinstance(body, dict):  # an error page or another shape: keep only the status
        body = {}
    detail = str(body.get("detail") or reason or status)
    if status == 401:
        return RemoteError(
            "the server refused the token", hint="create a new one on /me/account and log in again", status=status
        )
    hint = command_hint(str(body.get("hint") or ""))  # the API's words (endpoints) in the command line's
    suggestions = body.get("suggestions")
    if isinstance(suggestions, list) and suggestions and hint == f"did you mean: {', '.join(map(str, suggestions))}?":
        hint = f"did you mean: {', '.join(named_key(str(s)) for s in suggestions)}?"  # an older server's keys
    if not hint:
        hint = (
            "the server failed or is busy: try again in a minute"
            if status >= 500
            else "check the name, and that the saved server is a RoadmapFinder site"
            if status == 404
            else "check the command's arguments"
        )
    keys = [str(s) for s in suggestions] if isinstance(suggestions, list) else []
    return RemoteError(f"{detail} (HTTP {status})", hint=hint, status=status, suggestions=keys)
