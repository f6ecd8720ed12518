"""The JSON shape of a generated roadmap, shared by the API, the CLI's `--json` and the web page.

Its phases have the shape of the catalog's roadmap detail (`catalog/shapes.py`): number, title, level, goal,
estimate, core skills (topic id, name, a one-line detail, hours) and projects; each core skill also says why it
is there (asked for, or needed before another).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, Field, model_validator

from roadmapfinder.catalog.estimate import days_of_phases, phases_said
from roadmapfinder.catalog.models import Level
from roadmapfinder.catalog.shapes import Days, ProjectOut, TopicRef, Weeks
from roadmapfinder.understanding.known import Understood


class CoreSkillOut(BaseModel):
    topic: str = Field(description="the topic id")
    name: str
    detail: str = Field(description="what the topic is, in one line")
    hours: float
    why: str = Field(description="why it is in the roadmap: asked for, or needed before another topic")
    # Added after roadmaps were first stored: a default, so those still load.
    variant: str | None = Field(
        default=None,
        description="how the roadmap's `stack` teaches this stack-neutral topic (A backend programming language is "
        "“Python”), if it has a variant for it; the topic's page lists each stack's resources",
    )

    @property
    def shown_name(self) -> str:
        """The name every surface shows, with the stack's way of learning it: “A backend programming language
        (Python)”, so the learner sees which language, and the topic's own name still leads to its page."""
        return f"{self.name} ({self.variant})" if self.variant else self.name


class GeneratedProjectOut(ProjectOut):
    """A catalog project as a generated phase hands it over: with what it uses that the learner will not have by
    then, said, so no prerequisite is silently missing (`phase_projects`)."""

    # Added after roadmaps were first stored: defaults, so those still load.
    also_uses: list[TopicRef] = Field(
        default_factory=list,
        description="topics the project practises that this roadmap has not taught by its phase and the learner "
        "did not say they know (taught in a later phase, or not in this roadmap)",
    )
    also_uses_line: str = Field(
        default="",
        description="`also_uses` in a sentence for the learner, by name: “Also uses: Git version control (not in "
        "this roadmap).”; empty when the project uses nothing more",
    )


class GeneratedPhaseOut(BaseModel):
    number: int
    title: str
    level: Level
    goal: str
    estimated_weeks: Weeks = Field(
        description="whole weeks a quick (`min`) and a slow (`max`) learner take at the roadmap's `hours_per_week`, "
        "to the nearest week and at least 1: a phase of a few days reads 1–1 here; `estimated_days` holds its days"
    )
    estimated_days: Days = Field(
        description="the same estimate in calendar days at the roadmap's `hours_per_week`, to the nearest day and "
        "at least 1 (a phase said “2–4 days” in `estimate` is 2–4 here, where `estimated_weeks` reads 1–1)"
    )
    estimate: str = Field(
        description="the estimate in words, e.g. “3–4 weeks at 8 h/week”, or its days when even a slow learner "
        "needs a week or less: “2–4 days at 80 h/week”"
    )
    hours: float
    core_skills: list[CoreSkillOut]
    projects: list[GeneratedProjectOut]
    no_project: str = Field(
        default="",
        description="why the phase has no project, when the catalog has none that practises its topics without "
        "being mostly beyond what the learner has by then (and the phase whose project practises them, if any)",
    )


class SkippedTopicOut(BaseModel):
    id: str
    name: str
    reason: str


class ScopeOut(BaseModel):
    """A career roadmap taken up to a milestone because the goal asked for a job, or for one app (`scope.py`)."""

    roadmap: str = Field(description="the roadmap's slug")
    title: str
    said: str = Field(description="the learner's words that asked for it: send them in `plain` for the whole roadmap")
    kind: str = Field(description="`job` (up to the job-ready phase) or `build` (up to Junior: one app, not a career)")
    phases: int = Field(description="how many of the roadmap's phases the goal takes")
    of: int = Field(description="how many phases the roadmap has")
    left_out_hours: float = Field(description="the hours of the topics after the milestone, not counted")
    message: str = Field(description="the cut in a sentence for the learner, with how to undo it")


class DeadlineOut(BaseModel):
    """A deadline the goal names ("in 6 months") and what it needs at this roadmap's estimate (`timeframe.py`)."""

    said: str = Field(description="the learner's words: send them in `plain` to read them as typed")
    by: date = Field(description="the date it was read as (a dated plan's `target_date`)")
    weeks: float = Field(description="the weeks from the day the goal was read to `by`")
    hours_per_week_needed: int = Field(
        description="whole hours a week that finish the roadmap's estimated hours (its phases' `hours` added up) by "
        "then"
    )
    realistic: bool = Field(description="false when it needs more than full-time study (40 h a week)")
    fits: bool = Field(
        description="whether the roadmap's estimated hours (its phases' `hours` added up) fit before `by` at the "
        "roadmap's `hours_per_week` (the pace the deadline needs, when the learner gave none and it is realistic). "
        "The estimate, not a slower learner: the range of weeks may still end after `by`, and `message` then says "
        "so and when"
    )
    reachable_phases: int = Field(
        description="how many phases, from the first, are finished by then at the roadmap's `hours_per_week`"
    )
    message: str = Field(description="what the deadline means for this roadmap, in sentences for the learner")


class GeneratedRoadmap(BaseModel):
    """A roadmap built for one goal from the topic graph; the same inputs always give the same roadmap and id."""

    id: str = Field(
        description="derived from everything the roadmap shows, its readings of the goal included: the same inputs "
        "always give the same id, and two wordings read differently never share one"
    )
    title: str
    goal: str = Field(description="the goal as the learner wrote it")
    understood: list[Understood] = Field(description="each phrase of the goal and what it was read as")
    not_understood: list[str] = Field(description="phrases of the goal and of `known` the catalog cannot place")
    notes: list[str] = Field(
        default_factory=list,
        description="what the goal asks that this roadmap does not teach, or words too general to build from, "
        "in sentences for the learner",
    )
    plain: list[str] = Field(
        default_factory=list, description="phrases of the goal whose reading the learner undid: read as typed"
    )
    known: list[Understood] = Field(default_factory=list, description="how `known` was read")
    known_said: str = Field(
        default="",
        description="`known` as the learner wrote it, hedges and all (“some react tutorials”): what a link back to "
        "this roadmap sends again, so it is read the same way",
    )
    skipped: list[SkippedTopicOut] = Field(default_factory=list, description="topics left out, each with why")
    hours_per_week: float
    level: str
    purpose: str
    total_hours: float
    estimated_weeks: Weeks = Field(
        description="whole weeks for the whole roadmap at `hours_per_week`, to the nearest week and at least 1 "
        "(`estimated_days` for a roadmap of days)"
    )
    estimated_days: Days = Field(description="the same estimate in calendar days at `hours_per_week`, at least 1")
    phases: list[GeneratedPhaseOut]
    scope: list[ScopeOut] = Field(
        default_factory=list, description="career roadmaps taken up to a milestone (the job-ready phase), if any"
    )
    deadline: DeadlineOut | None = Field(default=None, description="the goal's deadline and what it needs, if any")
    stack: str | None = Field(
        default=None,
        description="the language the goal names with its role (“python backend”: `python`), read as the role's "
        "stack, a plan's `stack`: its reading is in `understood` (`how` `stack`; send its words in `plain` to learn "
        "the language as a roadmap of its own)",
    )
    study_days: list[str] = Field(
        default_factory=list,
        description="the days the goal says the learner studies on (“only on weekends”, “an hour on weekends”: "
        '`["sat", "sun"]`), a plan\'s `study_days`; its reading is in `understood` (`how` `days`, or the '
        "pace's); empty when the goal names none",
    )

    @property
    def time_said(self) -> str:
        """The whole roadmap's time at its pace in the words every surface says it ("2–3 weeks", or "4–8 days" for
        a roadmap of days: `estimate.phases_said`): its page, `roadmapfinder generate` and the downloads."""
        return phases_said([p.hours for p in self.phases], self.hours_per_week)

    @model_validator(mode="before")
    @classmethod
    def _days_of_stored(cls, data: Any) -> Any:
        """A roadmap stored before days were answered (its shared link still shows it) gets them from its own hours
        and pace, by the rule that built its weeks."""
        if not isinstance(data, dict) or "estimated_days" in data or "hours_per_week" not in data:
            return data
        pace, phases = data["hours_per_week"], data.get("phases", [])

        def days(hours: list[float]) -> dict[str, int]:
            low, high = days_of_phases(hours, pace)
            return {"min": low, "max": high}

        return {
            **data,
            "estimated_days": days([p["hours"] for p in phases]),
            "phases": [p if "estimated_days" in p else {**p, "estimated_days": days([p["hours"]])} for p in phases],
        }


#: A generated roadmap's id: the first 12 hex digits of its content's digest (`generate.py`).
GENERATED_ID = re.compile(r"[0-9a-f]{12}")


def generated_path(roadmap_id: str) -> str:
    """The site path of a generated roadmap's page (the web's URL map serves it there)."""
    return f"/roadmaps/generated/{roadmap_id}"


class GeneratedRoadmapOut(GeneratedRoadmap):
    """A generated roadmap with the link that shows it to anyone (the API's answer and the CLI's `--json`)."""

    url: str = Field(description="the roadmap's page: share it, it always shows this roadmap")


def generated_out(roadmap: GeneratedRoadmap, *, base_url: str = "") -> GeneratedRoadmapOut:
    """The roadmap with its link; `base_url` is the site's origin (empty gives the path alone)."""
    return GeneratedRoadmapOut(**roadmap.model_dump(), url=base_url.rstrip("/") + generated_path(roadmap.id))
