"""The CLI's link to a RoadmapFinder server: the saved login (URL and token) and calls to `/api/v1/me/...`.

Plain urllib, so the CLI needs nothing more; every failure becomes a `RemoteError` with a message and a hint,
which the CLI's one error translator prints.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmapfinder.config import config
from roadmapfinder.errors import RoadmapFinderError
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.shapes import PlanOut
from roadmapfinder.progress import split_project_key
from roadmapfinder.progress.shapes import FollowOut, ProgressOut, ProjectProgressOut, TopicProgressOut
from roadmapfinder.progress.this_week import ThisWeekOut

TIMEOUT_SECONDS = 20


class RemoteError(RoadmapFinderError):
    """The server could not be reached or refused the request."""


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
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            json.dump({"server": self.server, "token": self.token}, handle)
        path.chmod(0o600)
        return path

    @staticmethod
    def load() -> Login:
        path = config_path()
        try:
            data = json.loads(path.read_text())
            return Login(server=str(data["server"]), token=str(data["token"]))
        except FileNotFoundError:
            raise RemoteError("not logged in", hint="run `roadmapfinder login --server URL --token TOKEN`") from None
        except (ValueError, KeyError, TypeError):
            raise RemoteError(f"{path} is damaged", hint="log in again with `roadmapfinder login`") from None


def normalise_server(url: str) -> str:
    """`https://host[:port]` without a trailing slash; refuses anything that is not an http(s) URL."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RemoteError(f"`{url}` is not a server URL", hint="for example https://roadmapfinder.example")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class ApiClient:
    """Calls to a server's `/api/v1/me/progress` endpoints (topics and projects) with a personal token."""

    def __init__(self, login: Login) -> None:
        self.login = login

    def progress(self, roadmap: str | None = None) -> ProgressOut:
        query = f"?{urllib.parse.urlencode({'roadmap': roadmap})}" if roadmap else ""
        return ProgressOut.model_validate(self._call("GET", f"/api/v1/me/progress{query}"))

    def set_topic(self, topic_id: str, status: str | None) -> TopicProgressOut:
        path = f"/api/v1/me/progress/{urllib.parse.quote(topic_id, safe='')}"
        return TopicProgressOut.model_validate(self._call("PUT", path, {"status": status}))

    def set_project(self, key: str, *, done: bool) -> ProjectProgressOut:
        roadmap, project = split_project_key(key)
        path = "/api/v1/me/progress/projects/" + "/".join(urllib.parse.quote(p, safe="") for p in (roadmap, project))
        return ProjectProgressOut.model_validate(self._call("PUT", path, {"done": done}))

    def create_plan(self, request: PlanRequest) -> PlanOut:
        """Save a plan on the server as the logged-in learner's (it then shows on /me and in `progress`)."""
        return PlanOut.model_validate(self._call("POST", "/api/v1/plans", request.model_dump(mode="json")))

    def reschedule_plan(self, plan_id: str, *, start: str | None, hours: float | None) -> PlanOut:
        """Reschedule what is left of one of the learner's plans; the server reads their progress."""
        body: dict[str, object] = {"from": start} if start else {}
        if hours is not None:
            body["hours_per_week"] = hours
        path = f"/api/v1/plans/{urllib.parse.quote(plan_id, safe='')}/reschedule"
        return PlanOut.model_validate(self._call("POST", path, body))

    def this_week(self) -> ThisWeekOut:
        """This week across the learner's plans on the server."""
        return ThisWeekOut.model_validate(self._call("GET", "/api/v1/me/this-week"))

    def follow(self, slug: str, *, following: bool) -> FollowOut:
        path = f"/api/v1/me/following/{urllib.parse.quote(slug, safe='')}"
        return FollowOut.model_validate(self._call("PUT", path, {"following": following}))

    def _call(self, method: str, path: str, body: object | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.login.server + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.login.token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise _refusal(error) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise RemoteError(
                f"cannot reach {self.login.server}: {reason}", hint="check the URL and your network"
            ) from None


def _refusal(error: urllib.error.HTTPError) -> RemoteError:
    try:
        body = json.loads(error.read())
    except ValueError:
        body = {}
    detail = str(body.get("detail") or error.reason)
    if error.code == 401:
        return RemoteError("the server refused the token", hint="create a new one on /me/account and log in again")
    hint = str(body.get("hint") or "")
    if suggestions := body.get("suggestions"):
        hint = f"did you mean: {', '.join(suggestions)}?"
    return RemoteError(f"{detail} (HTTP {error.code})", hint=hint)
