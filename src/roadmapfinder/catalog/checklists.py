"""The `checklist` rule: every concept of a roadmap's checklist is taught by the roadmap or left out for a reason.

A checklist (content/checklists/<slug>.yaml) lists what a competent practitioner of the field knows at the
roadmap's exit level, each concept with its public source. The rule keeps the file honest: a concept claims to be
covered only by a topic that really is on that roadmap, and a gap is never silent. Roadmaps without a checklist
pass; `roadmapfinder stats` names them, so checklists can be written one roadmap at a time while main stays green.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from roadmapfinder.catalog.models import Checklist, Concept, Roadmap, Topic
from roadmapfinder.catalog.problems import Problem
from roadmapfinder.catalog.suggest import closest

RULE = "checklist"
#: An omission is a reason, not an essay: one line a reviewer can agree or disagree with.
MAX_OMISSION_CHARS = 160
COVERAGE_FIELDS = ("topic", "key_point", "variant", "omitted")


class SourcedChecklist(NamedTuple):
    file: str
    model: Checklist


def check_checklist(
    sourced: SourcedChecklist,
    roadmap_by_slug: Mapping[str, Roadmap],
    topic_by_id: Mapping[str, Topic],
    link_problem: Callable[[str], str | None],
) -> Iterator[Problem]:
    """Every problem of one checklist; `link_problem(url) -> reason | None` is the catalog's link rule."""
    file, checklist = sourced
    stem = file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if checklist.roadmap != stem:
        yield Problem(
            file,
            "roadmap",
            RULE,
            f"the checklist names roadmap `{checklist.roadmap}` but its file is `{stem}`",
            f"name the file after the roadmap's slug (`{checklist.roadmap}.yaml`) or set roadmap to `{stem}`",
        )
    roadmap = roadmap_by_slug.get(checklist.roadmap)
    if roadmap is None:
        found = closest(checklist.roadmap, {r.slug: (r.title, *r.aliases) for r in roadmap_by_slug.values()})
        did = f" (did you mean `{found[0]}`?)" if found else ""
        yield Problem(
            file, "roadmap", RULE, f"no roadmap `{checklist.roadmap}`", f"use the slug of a roadmap in roadmaps/{did}"
        )
        return
    for key, source in checklist.sources.items():
        reason = link_problem(source.url)
        if reason:
            yield Problem(
                file, f"sources.{key}.url", "link", f"`{source.url}` {reason}", "link the source's https page directly"
            )
    taught = {t: topic_by_id[t] for t in roadmap.topic_ids if t in topic_by_id}
    counts = Counter(c.name.casefold() for c in checklist.concepts)
    for index, concept in enumerate(checklist.concepts):
        field = f"concepts[{index}]"
        if counts[concept.name.casefold()] > 1:
            yield Problem(
                file,
                f"{field}.name",
                RULE,
                f"concept `{concept.name}` is listed more than once",
                "list each concept once (merge the entries and keep the one coverage that is true)",
            )
        if concept.source not in checklist.sources:
            yield Problem(
                file,
                f"{field}.source",
                RULE,
                f"concept `{concept.name}` cites no known source `{concept.source}`",
                f"use one of the ids under `sources` ({', '.join(sorted(checklist.sources))}) or add the source",
            )
        yield from _check_coverage(file, field, concept, roadmap, taught)


def _check_coverage(
    file: str, field: str, concept: Concept, roadmap: Roadmap, taught: Mapping[str, Topic]
) -> Iterator[Problem]:
    given = [name for name in COVERAGE_FIELDS if getattr(concept, name)]
    if not given:
        yield Problem(
            file,
            field,
            RULE,
            f"concept `{concept.name}` is neither covered nor explained",
            "add `topic: <id>`, `key_point: <topic id>`, `variant: <topic id>/<stack>` or `omitted: <one-line reason>`",
        )
        return
    if len(given) > 1:
        yield Problem(
            file,
            field,
            RULE,
            f"concept `{concept.name}` is accounted for twice ({' and '.join(given)})",
            "keep the one that is true: a concept is a topic, a key point, a variant or an omission",
        )
        return
    [how] = given
    if how == "omitted":
        if "\n" in concept.omitted or len(concept.omitted) > MAX_OMISSION_CHARS:
            yield Problem(
                file,
                f"{field}.omitted",
                RULE,
                f"the reason for leaving out `{concept.name}` is longer than one line",
                f"say why in one line of at most {MAX_OMISSION_CHARS} characters",
            )
        return
    value = getattr(concept, how)
    topic_id, _, stack = value.partition("/") if how == "variant" else (value, "", "")
    if topic_id not in taught:
        found = closest(topic_id, {t: (topic.name, *topic.aliases) for t, topic in taught.items()})
        did = f" (did you mean {', '.join(f'`{m}`' for m in found)}?)" if found else ""
        yield Problem(
            file,
            f"{field}.{how}",
            RULE,
            f"concept `{concept.name}` claims topic `{topic_id}`, which the {roadmap.title} roadmap does not teach",
            f"name a topic of the roadmap{did}, add the topic to a phase, or say why it is omitted",
        )
        return
    if how == "variant" and stack not in {v.stack for v in taught[topic_id].variants}:
        stacks = ", ".join(v.stack for v in taught[topic_id].variants) or "none"
        yield Problem(
            file,
            f"{field}.variant",
            RULE,
            f"topic `{topic_id}` has no `{stack or '?'}` variant (it has: {stacks})",
            "write `<topic id>/<stack>` with a stack the topic has, or add that variant to the topic",
        )
