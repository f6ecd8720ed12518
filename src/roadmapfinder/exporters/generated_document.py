"""A generated roadmap as the exporters' `Document`, so its diagram, Markdown and PDF are those of a catalog roadmap.

Its phases' times are said from their hours by the estimation rule at the learner's pace, as the generator's own
`estimate` says them ("2–3 weeks", "4–5 days"). Each topic carries why it is in the roadmap ("you asked for it",
"needed before X") as its note.
"""

from __future__ import annotations

from collections.abc import Mapping

from roadmapfinder.catalog.estimate import phase_weeks, weeks_said
from roadmapfinder.exporters.document import Document, Group, Item, Project, Section, Status, topic_path
from roadmapfinder.understanding.shapes import GeneratedPhaseOut, GeneratedRoadmap, generated_path


def document_from_generated(
    roadmap: GeneratedRoadmap, *, base_url: str = "", progress: Mapping[str, Status] | None = None
) -> Document:
    """The generated roadmap as a document; links are absolute when `base_url` is given, and `progress` (topic id
    to status) marks the topics a learner tracks."""
    base = base_url.rstrip("/")
    marks = progress or {}

    def section(phase: GeneratedPhaseOut) -> Section:
        items = tuple(
            Item(
                s.topic, s.shown_name, s.hours, base + topic_path(s.topic), marks.get(s.topic, Status.TODO), note=s.why
            )
            for s in phase.core_skills
        )
        return Section(
            number=phase.number,
            title=phase.title,
            level=phase.level.value,
            goal=phase.goal,
            time=weeks_said(phase_weeks(phase.hours), at=roadmap.hours_per_week),  # as its page and the CLI say it
            hours=phase.hours,
            groups=(Group("Core skills", items),) if items else (),
            projects=tuple(
                Project(p.title, p.description, tuple(t.name for t in p.practises), also_uses=p.also_uses_line)
                for p in phase.projects
            ),
            anchor=f"phase-{phase.number}",
            no_project=phase.no_project,
        )

    facts = [
        ("Goal", roadmap.goal),
        ("Total time", f"{roadmap.time_said} at {roadmap.hours_per_week:g} h/week"),  # days when a week or less
        ("Effort", f"about {roadmap.total_hours:.0f} hours"),
        ("Phases", str(len(roadmap.phases))),
        ("Topics", str(sum(len(p.core_skills) for p in roadmap.phases))),
    ]
    if roadmap.deadline:
        facts.append(("Deadline", roadmap.deadline.message))
    if known := [u for u in roadmap.known if u.counts_as_known]:
        facts.append(("Already known", "; ".join(u.line for u in known)))
    if started := [u for u in roadmap.known if u.started]:
        facts.append(("Started, taught here", "; ".join(u.line for u in started)))
    if denied := [u for u in roadmap.known if u.denied]:
        facts.append(("Not known yet", "; ".join(u.line for u in denied)))
    return Document(
        key=f"generated-{roadmap.id}",
        title=f"{roadmap.title} Roadmap",
        summary=_summary(roadmap),
        href=base + generated_path(roadmap.id),
        facts=tuple(facts),
        sections=tuple(section(p) for p in roadmap.phases),
        hours_per_week=roadmap.hours_per_week,
    )


def _summary(roadmap: GeneratedRoadmap) -> str:
    read = "; ".join(u.line for u in roadmap.understood)
    summary = (
        f"Generated for the goal “{roadmap.goal}”, read as {read}." if read else f"Generated for “{roadmap.goal}”."
    )
    if roadmap.not_understood:
        summary += " Not understood: " + ", ".join(f"“{w}”" for w in roadmap.not_understood) + "."
    return summary
