"""Rewrite every phase's `estimated_weeks` from its hours by the one estimation rule (content/README.md).

Run after changing a topic's or a project's effort_hours, a phase's topics or a roadmap's prerequisite_roadmaps:
    .venv/bin/python scripts/recompute_estimates.py [CONTENT_DIR]
A phase's hours are its own topics' and its projects' (catalog/estimate.py): a recap topic, one a prerequisite
roadmap already teaches, is not counted again. Only the `estimated_weeks: {min: N, max: N}` lines change, so
comments and layout stay as the author wrote them. It reads the files without validating them (their ranges are
what it fixes), so run `roadmapfinder validate` afterwards.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from roadmapfinder.catalog import default_content_root
from roadmapfinder.catalog.estimate import phase_hours, phase_weeks, recaps
from roadmapfinder.catalog.models import Roadmap

WEEKS_LINE = re.compile(r"^(\s*estimated_weeks: )\{min: \d+, max: \d+\}$", re.MULTILINE)


def main(root: Path) -> int:
    hours_of = {
        data["id"]: data["effort_hours"]
        for path in sorted((root / "topics").glob("*.yaml"))
        if isinstance(data := yaml.safe_load(path.read_text()), dict)
    }
    paths = sorted((root / "roadmaps").glob("*.yaml"))
    texts = {path: path.read_text() for path in paths}
    roadmaps = {path: Roadmap.model_validate(yaml.safe_load(text)) for path, text in texts.items()}
    by_slug = {roadmap.slug: roadmap for roadmap in roadmaps.values()}
    changed = 0
    for path, text in texts.items():
        roadmap = roadmaps[path]
        recap_ids = recaps(roadmap, by_slug)
        ranges = []
        for phase in roadmap.phases:
            weeks = phase_weeks(phase_hours(phase, hours_of, recap_ids))
            ranges.append(f"{{min: {weeks.min}, max: {weeks.max}}}")
        if len(WEEKS_LINE.findall(text)) != len(roadmap.phases):
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
