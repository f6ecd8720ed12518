"""Every link in the catalog: where it is used, which break the link rules, and (online) which are dead.

Checking is I/O, but it lives in the core behind one small function so the CLI only renders; the HTTP fetch is a
parameter so tests drive it against a local server, never the internet.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Literal

from roadmapfinder import __version__
from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.validation import link_problem

#: A link used by more topics than this should be one shared definition, not copies.
MAX_COPIES = 3


@dataclass(frozen=True)
class LinkUse:
    url: str
    title: str
    place: str  # e.g. "topics/http.yaml resources[0]"
    shared: str = ""  # the resources.yaml id when the topic cites the shared definition


@dataclass(frozen=True)
class LinkFlag:
    url: str
    reason: str


@dataclass(frozen=True)
class LinkStatus:
    url: str
    outcome: Literal["ok", "redirect", "dead"]
    status: int | None = None
    location: str | None = None
    error: str | None = None


def collect_links(catalog: Catalog) -> dict[str, list[LinkUse]]:
    """Every URL in the catalog with each place it is used, sorted by URL."""
    uses: dict[str, list[LinkUse]] = {}
    for topic in catalog.topics:
        groups = [("resources", topic.resources)] + [
            (f"variants[{i}].resources", v.resources) for i, v in enumerate(topic.variants)
        ]
        for field, resources in groups:
            for index, resource in enumerate(resources):
                place = f"topics/{topic.id}.yaml {field}[{index}]"
                uses.setdefault(resource.url, []).append(LinkUse(resource.url, resource.title, place, resource.shared))
    return dict(sorted(uses.items()))


def flag_links(links: dict[str, list[LinkUse]]) -> list[LinkFlag]:
    """Links that break the rules, and links copied into many topics instead of being defined once."""
    flags = [LinkFlag(url, reason) for url in links if (reason := link_problem(url))]
    for url, uses in links.items():
        topics = {use.place.split(" ", 1)[0] for use in uses if not use.shared}
        if len(topics) > MAX_COPIES:
            flags.append(
                LinkFlag(url, f"is copied into {len(topics)} topics; define it once in resources.yaml and cite it")
            )
    return flags


Fetch = Callable[[str, float], LinkStatus]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def fetch_status(url: str, timeout: float) -> LinkStatus:
    """One HEAD request (GET when HEAD is refused), redirects reported rather than followed."""
    opener = urllib.request.build_opener(_NoRedirect)
    headers = {"User-Agent": f"RoadmapFinder-linkcheck/{__version__}"}
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers=headers)
        try:
            with opener.open(request, timeout=timeout) as response:
                return LinkStatus(url, "ok", status=response.status)
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            if 300 <= error.code < 400:
                return LinkStatus(url, "redirect", status=error.code, location=error.headers.get("Location"))
            return LinkStatus(url, "dead", status=error.code, error=str(error.reason))
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            return LinkStatus(url, "dead", error=str(reason))
    return LinkStatus(url, "dead", error="no answer")


def check_links(
    urls: Iterable[str],
    *,
    concurrency: int = 8,
    timeout: float = 10.0,
    fetch: Fetch = fetch_status,
    on_result: Callable[[LinkStatus], None] | None = None,
) -> list[LinkStatus]:
    """Check every URL over the network, at most `concurrency` at a time, each within `timeout` seconds."""
    results: list[LinkStatus] = []
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        for future in as_completed([pool.submit(fetch, url, timeout) for url in urls]):
            status = future.result()
            results.append(status)
            if on_result:
                on_result(status)
    return sorted(results, key=lambda s: s.url)
