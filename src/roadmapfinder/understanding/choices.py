"""The roadmaps a goal leaves to choose from, as programs receive them: by name, with the goal that asks for each.

The generator answers "web developer" or "how do i get promoted to senior dev" with a choice (`NotFound.choice`)
whose suggestions are roadmap slugs and, for a promotion, the goal that keeps the promotion in each job
(`NotFound.goals`). The page lays them out itself; the API and `--json` list them as `NameChoice`s, the shape a
name several roadmaps share is answered in, so a script tells "choose one" from "nothing matched" and sends back
what a learner would click.
"""

from __future__ import annotations

from roadmapfinder.catalog import Catalog
from roadmapfinder.errors import NameChoice, NotFound


def goal_choices(catalog: Catalog, error: NotFound) -> list[NameChoice]:
    """Each roadmap the goal leaves to choose from, in the suggestions' order, named as its page names it, with the
    goal that asks for it as the learner asked (empty: the roadmap as it is); none when the goal leaves no choice."""
    if not error.choice:
        return []
    return [
        NameChoice(
            said=error.key,
            kind="roadmap",
            key=slug,
            name=catalog.roadmap(slug).title,
            goal=error.goals.get(slug, ""),
            suits=error.suits.get(slug, ""),
        )
        for slug in error.suggestions
        if catalog.has_roadmap(slug)
    ]
