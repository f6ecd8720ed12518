"""Rewrite every phase's `estimated_weeks` from its hours by the one estimation rule (content/README.md).

Run after changing a topic's or a project's effort_hours:  .venv/bin/python scripts/recompute_estimates.py
Only the `estimated_weeks: {min: N, max: N}` lines change, so comments and layout stay as the author wrote them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from roadmapfinder.catalog import default_content_root
from roadmapfinder.catalog.estimate import phase_weeks

WEEKS_LINE = re.compile(r"^(\s*estimated_weeks: )\{min: \d+, max: \d+\}$", re.MULTILINE)


def main(root: Path) -> int:
    hours_of = {
        data["id"]: data["effort_hours"]
        for path in sorted((root / "topics").glob("*.yaml"))
        if isinstance(data := yaml.safe_load(path.read_text()), dict)
    }
    changed = 0
    for path in sorted((root / "roadmaps").glob("*.yaml")):
        text = path.read_text()
        phases = yaml.safe_load(text)["phases"]
        ranges = []
        for phase in phases:
            topics = [*phase["core_skills"], *(t for s in phase.get("extra_sections", []) for t in s["topics"])]
            hours = sum(hours_of[t] for t in topics) + sum(p.get("effort_hours", 10) for p in phase["projects"])
            weeks = phase_weeks(hours)
            ranges.append(f"{{min: {weeks.min}, max: {weeks.max}}}")
        if len(WEEKS_LINE.findall(text)) != len(phases):
            print(f"{path.name}: write each estimated_weeks as `{{min: N, max: N}}` on one line", file=sys.stderr)
            return 1
        new = _replace_ranges(text, ranges)
        if new != text:
            path.write_text(new)
            changed += 1
    print(f"{changed} roadmap files updated")
    return 0


def _replace_ranges(text: str, ranges: list[str]) -> str:
    """Each `estimated_weeks` line, in order, set to the next computed range."""
    pending = iter(ranges)
    return WEEKS_LINE.sub(lambda match: match.group(1) + next(pending), text)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default_content_root()))
