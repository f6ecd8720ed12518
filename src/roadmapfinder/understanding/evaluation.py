"""Measuring the interpreter against its public evaluation set (tests/assets/understanding_eval.yaml).

Shared by the floor test (tests/test_understanding_quality.py) and `make bench` (bench/bench_understanding.py),
so both measure the same thing: an utterance is right when everything it must mean was understood, nothing it
must not mean was, and every phrase it must report as not understood was reported. What a learner knows must
also mark as *started* exactly the topics they hedged ("some react tutorials"; `started`, none by default).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.understanding.interpret import interpret
from roadmapfinder.understanding.known import known_from


@dataclass(frozen=True)
class Utterance:
    """One thing a learner says, read as a goal or as what they know, and what it must mean."""

    say: str
    read_as: str  # "goal" or "known"
    kind: str
    roadmaps: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    understood: bool = True
    started: tuple[str, ...] = ()  # of what the learner knows: the topics they only started


@dataclass(frozen=True)
class Reading:
    """What the interpreter made of an utterance, flattened for checking."""

    roadmaps: frozenset[str]
    topics: frozenset[str]
    fields: frozenset[str]
    not_understood: tuple[str, ...]
    understood: bool
    started: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Miss:
    utterance: Utterance
    problems: tuple[str, ...]


@dataclass
class UnderstandingReport:
    """Accuracy over the utterances, per kind too, and each miss with what was wrong."""

    evaluated: int = 0
    right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [evaluated, right]
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.evaluated if self.evaluated else 0.0

    def summary(self) -> str:
        """A few lines for a terminal: the accuracy, per kind, then the misses."""
        lines = [
            f"understood {self.right} of {self.evaluated} utterances as they must be: accuracy {self.accuracy:.3f}",
            "by kind: " + ", ".join(f"{k} {right}/{n}" for k, (n, right) in sorted(self.by_kind.items())),
        ]
        lines.extend(
            f"  miss: {m.utterance.say!r} ({m.utterance.read_as}): {'; '.join(m.problems)}" for m in self.misses
        )
        return "\n".join(lines)


def load_utterances(path: Path) -> list[Utterance]:
    """Read an evaluation set: a YAML list of
    `{say, as, kind, roadmaps, topics, fields, not, unknown, understood, started}`."""
    raw: list[Mapping[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Utterance(
            say=str(e["say"]),
            read_as=str(e.get("as", "goal")),
            kind=str(e.get("kind", "")),
            roadmaps=tuple(e.get("roadmaps", ())),
            topics=tuple(e.get("topics", ())),
            fields=tuple(e.get("fields", ())),
            forbidden=tuple(e.get("not", ())),
            unknown=tuple(e.get("unknown", ())),
            understood=bool(e.get("understood", True)),
            started=tuple(e.get("started", ())),
        )
        for e in raw
    ]


def read(catalog: Catalog, utterance: Utterance) -> Reading:
    """Interpret an utterance the way its surface would: a goal as meanings, "what I know" as known topics."""
    if utterance.read_as == "known":
        known = known_from(catalog, [utterance.say])
        read = frozenset(known.topics) | frozenset(known.started)
        started = frozenset(known.started)
        return Reading(frozenset(), read, frozenset(), tuple(known.not_understood), bool(read), started)
    meaning = interpret(catalog, utterance.say)
    return Reading(
        frozenset(meaning.roadmap_keys),
        frozenset(meaning.topic_keys),
        frozenset(meaning.fields),
        tuple(meaning.not_understood),
        meaning.understood,
    )


def problems_with(utterance: Utterance, reading: Reading) -> list[str]:
    """What is wrong with a reading of the utterance (empty when it is right)."""
    problems: list[str] = []
    missing = [
        *(r for r in utterance.roadmaps if r not in reading.roadmaps),
        *(t for t in utterance.topics if t not in reading.topics),
        *(f for f in utterance.fields if f not in reading.fields),
    ]
    if missing:
        problems.append(f"missed {missing} (got {sorted(reading.roadmaps | reading.topics | reading.fields)})")
    wrong = [k for k in utterance.forbidden if k in reading.roadmaps | reading.topics]
    if wrong:
        problems.append(f"must not mean {wrong}")
    said = [w.lower() for w in reading.not_understood]
    unreported = [w for w in utterance.unknown if not any(w.lower() in s for s in said)]
    if unreported:
        problems.append(f"did not report {unreported} as not understood (reported {list(reading.not_understood)})")
    if utterance.read_as == "known" and set(utterance.started) != reading.started:
        problems.append(f"started {sorted(reading.started)}, must be {sorted(utterance.started)}")
    if not utterance.understood and reading.understood:
        problems.append(f"read as {sorted(reading.roadmaps | reading.topics | reading.fields)}, must be not understood")
    return problems


def evaluate_understanding(catalog: Catalog, utterances: Iterable[Utterance]) -> UnderstandingReport:
    """Score the interpreter on `utterances`."""
    report = UnderstandingReport()
    for utterance in utterances:
        problems = problems_with(utterance, read(catalog, utterance))
        report.evaluated += 1
        counts = report.by_kind.setdefault(utterance.kind, [0, 0])
        counts[0] += 1
        if problems:
            report.misses.append(Miss(utterance, tuple(problems)))
        else:
            report.right += 1
            counts[1] += 1
    return report
