"""Lighthouse (the npm package, pinned in bench/lighthouse/package.json) with Debian's Chromium on the home page, a
roadmap, a topic and a plan page: performance, accessibility, best practices and SEO, each at least 98 (issue 16).

`make lighthouse` installs it into bench/lighthouse/node_modules (ignored by git) with `npm ci`; this module starts
the production server (`roadmapfinder serve`, its data in var/lighthouse so later runs start warm), makes a plan
through the API, and runs Lighthouse's default mobile audit (a mid-range phone, simulated slow 4G and CPU) on each
page. It prints every score and the audits that cost points, and exits 1 when a score is under the floor, so
`python -m bench lighthouse` can gate a change. Performance is simulated from a trace of this machine, so a
machine busy with other jobs can cost it a point or two: read a low figure twice.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FLOOR = 98
PAGES = {"home": "/", "roadmap": "/roadmaps/backend", "topic": "/topics/http?roadmap=backend"}


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _plan(base: str) -> str:
    """A plan made as a learner makes one (through the API), so its page is a real one."""
    body = json.dumps({"targets": ["backend"], "hours_per_week": 8, "start": "2027-01-04"}).encode()
    request = urllib.request.Request(
        f"{base}/api/v1/plans", data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        plan_id: str = json.load(response)["id"]
    return f"/plans/{plan_id}"


#: Lighthouse runs per page before a page counts as not audited: its own runtime errors ("Something went wrong
#: with recording the trace", NO_NAVSTART) come and go on a loaded machine, and it says to run it again.
ATTEMPTS = 3


def audit(url: str, report: Path) -> dict[str, object]:
    """Lighthouse's JSON report of one page, run again after a failed run (ATTEMPTS in all); RuntimeError with
    Lighthouse's last words when every run failed."""
    argv = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
    ]
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(
            argv, env=os.environ | {"CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300
        )
        if done.returncode == 0:
            result: dict[str, object] = json.loads(report.read_text())
            return result
        said = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        print(f"  (Lighthouse failed on {url}, run {attempt} of {ATTEMPTS}: {said[0]})", flush=True)
    raise RuntimeError(f"Lighthouse failed {ATTEMPTS} times on {url}")


def scores(result: dict[str, object]) -> dict[str, int]:
    categories = result["categories"]
    assert isinstance(categories, dict)
    return {name: round(categories[name]["score"] * 100) for name in CATEGORIES}


def losses(result: dict[str, object]) -> list[str]:
    """The audits that cost points: id and Lighthouse's title, with the value it measured."""
    audits = result["audits"]
    assert isinstance(audits, dict)
    found = []
    for key, item in audits.items():
        score = item.get("score")
        if score is not None and score < 0.9 and item.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"):
            found.append(f"{key}: {item.get('title')} ({item.get('displayValue', '')})")
    return found


def run() -> int:
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: `make lighthouse` installs it (npm ci in bench/lighthouse)", file=sys.stderr)
        return 1
    data = ROOT / "var" / "lighthouse"
    data.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ROADMAPFINDER_CONTENT_DIR")}
    env["ROADMAPFINDER_DATA_DIR"] = str(data)
    port = _port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "roadmapfinder"), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    failed = False
    try:
        deadline = time.monotonic() + 600
        while True:
            try:
                urllib.request.urlopen(f"{base}/roadmaps/backend", timeout=5).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        pages = PAGES | {"plan": _plan(base)}
        reports = data / "reports"
        shutil.rmtree(reports, ignore_errors=True)
        reports.mkdir()
        print(f"Lighthouse (mobile) floor {FLOOR}: " + ", ".join(CATEGORIES))
        for name, path in pages.items():
            urllib.request.urlopen(base + path, timeout=30).close()  # the page cache is warm, as for a reader
            try:
                result = audit(base + path, reports / f"{name}.json")
            except RuntimeError as error:
                failed = True
                print(f"{name:8} {path:34} NOT AUDITED: {error}")
                continue
            got = scores(result)
            low = [c for c, v in got.items() if v < FLOOR]
            failed = failed or bool(low)
            figures = "  ".join(f"{c} {v}" for c, v in got.items())
            print(f"{name:8} {path:34} {figures}{'  UNDER ' + ','.join(low) if low else ''}")
            for line in losses(result) if low else ():
                print(f"           {line}")
        print(f"reports: {reports}")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run())
