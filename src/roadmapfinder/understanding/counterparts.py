"""A role done on another cloud than the one its topics are written for ("cloud engineer on azure"): each of those
topics learnt as its counterpart on that cloud, and the role's projects in that cloud's words.

Cloud Engineer teaches its services on AWS. "azure cloud engineer" was titled "Cloud Engineer on Microsoft Azure"
and taught AWS compute, S3, EKS and eleven more AWS topics, with projects asking for "an AWS account" and "GitOps
on EKS". The counterparts are data, content/clouds.yaml (`catalog.models.CloudCounterparts`), never a rule in code:
the goal's reading of the cloud (`goals._on_cloud`) carries them as an `OnCloud`, which the generator applies as it
applies any topic learnt in another's place (`generate._instead`'s `instead`): the counterpart at the level and
place of the topic it stands for, its projects practising it, the topic left out saying what took its place. Said
once, by name, with the reading's Undo (the cloud's phrase read as typed: the role on AWS again); a topic with no
counterpart stays, said as before (`goals._taught_on_other_clouds`). A project that practises a replaced topic and
is not worded for the cloud is never handed over (`barred`): it asks for the other cloud's services.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import CloudCounterparts, Level
from roadmapfinder.understanding.interpret import Meaning
from roadmapfinder.understanding.lexicon import CLOUD_OWN, CLOUD_PLATFORMS
from roadmapfinder.understanding.phase_projects import catalog_projects
from roadmapfinder.understanding.shapes import GeneratedPhaseOut


@dataclass(frozen=True)
class OnCloud:
    """A role the goal does on a cloud with counterparts in the catalog ("azure" of "azure cloud engineer")."""

    said: str  # the learner's phrase for the cloud, whose Undo takes the swap back
    role: str  # the role's title ("Cloud Engineer")
    cloud: CloudCounterparts
    own: tuple[str, ...]  # the cloud's own topics the phrase is read as (its fundamentals)

    def pairs(self, asked: Collection[str], named: Collection[str]) -> list[tuple[str, str]]:
        """Each asked topic with a counterpart on the cloud, and that counterpart; a topic the learner named
        themselves ("aws lambda and cloud engineer on azure") stays."""
        return [(d, c) for d, c in self.cloud.topics.items() if d in asked and d not in named and c not in asked]

    def standing(self, named: Collection[str]) -> dict[str, str]:
        """Each topic with a counterpart on the cloud, and that counterpart, for what a cut leaves out of the role
        (its phases after the milestone, the job a promotion starts from): the role on this cloud, undone or had,
        is its counterparts ("i want to be a gcp engineer" left out "AWS security services", which undoing the cut
        taught as Google Cloud's). A topic the learner named themselves stays."""
        return {d: c for d, c in self.cloud.topics.items() if d not in named}

    def own_level(self, levels: Iterable[Level]) -> Level | None:
        """The level the cloud's own topics are learnt at: that of the first topic they stand before, as every
        counterpart builds on them (Azure's fundamentals before its compute, not after everything at Senior prep)."""
        return min(levels, key=lambda lv: lv.rank, default=None)

    @property
    def why(self) -> str:
        """Why a counterpart is in the roadmap, where it is learnt (what it replaces is said once, in `note`)."""
        return f"part of {self.role} on {self.cloud.name}, as you asked (“{self.said}”)"

    @property
    def left_out(self) -> str:
        """Why each replaced topic is left out: one reason for all, so the lists a person reads say it once (the
        note names each topic with its counterpart)."""
        return f"its {self.cloud.name} counterpart takes its place in this roadmap"

    def note(self, catalog: Catalog, pairs: Iterable[tuple[str, str]]) -> str:
        """What took the place of what, by name, once, with the Undo."""
        swapped = "; ".join(f"{catalog.topic(c).name} in place of {catalog.topic(d).name}" for d, c in pairs)
        return (
            f"{self.role} on {self.cloud.name} teaches {self.cloud.name}'s own services: {swapped}. The projects that "
            f"practise them are written for {self.cloud.name} too; undo “{self.said}” to learn {self.role} as the "
            "catalog has it."
        )

    def worded(self, phases: list[GeneratedPhaseOut]) -> list[GeneratedPhaseOut]:
        """The phases with each project written for the cloud in its words (its key, so a finished mark, kept)."""
        out = []
        for phase in phases:
            projects = []
            for project in phase.projects:
                words = self.cloud.projects.get(project.key)
                if words is not None:
                    update = {"title": words.title, "description": words.description}
                    project = project.model_copy(update={k: v for k, v in update.items() if v})
                projects.append(project)
            out.append(phase.model_copy(update={"projects": projects}))
        return out


def barred(catalog: Catalog, clouds: Collection[OnCloud], replaced: Collection[str]) -> frozenset[str]:
    """The keys of the projects never handed over: those not written for the cloud that practise a topic its
    counterpart replaced (`replaced`: the AWS roadmap's projects in Cloud Engineer on Azure), or that come from
    another cloud's own roadmap (`lexicon.CLOUD_OWN`: "go on azure" was lent the AWS roadmap's "A scalable web tier",
    an Auto Scaling group reached through Session Manager)."""
    worded = {key for on in clouds for key in on.cloud.projects}
    on = {c.cloud.name for c in clouds}
    others = {slug for name, (slug, _) in CLOUD_OWN.items() if name not in on}
    return frozenset(
        e.key
        for e in catalog_projects(catalog)
        if e.key not in worded and (e.roadmap in others or any(t in replaced for t in e.project.practises))
    )


def cloud_alone(catalog: Catalog, subjects: Sequence[Meaning]) -> list[OnCloud]:
    """A goal that is one cloud alone ("learn azure", "gcp": its own topics, `lexicon.CLOUD_PLATFORMS`) as the cloud its
    projects are done on: the projects lent to it in its words, never another cloud's own roadmap's (`barred`: "learn
    azure" was lent the AWS roadmap's "A scalable web tier", an AWS Organization and Session Manager). It asks for no
    topic written for another cloud, so none is learnt in another's place."""
    if len(subjects) != 1 or subjects[0].roadmaps:
        return []
    topics = {r.key for r in subjects[0].topics}
    name, own = next(((n, t) for n, t in CLOUD_PLATFORMS.values() if set(t) == topics), ("", ()))
    cloud = catalog.cloud_named(name) if name else None
    return [OnCloud(said=subjects[0].said, role=name, cloud=cloud, own=own)] if cloud is not None else []
