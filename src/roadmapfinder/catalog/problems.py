"""Content problems: what is wrong, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One content problem, precise enough for an author to fix it without reading code.

    `file` is relative to the content root, `field` is a dotted path inside that file
    (``phases[2].core_skills[1]``), `rule` names the validator rule (see content/README.md).
    """

    file: str
    field: str
    rule: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message} [{self.rule}]\n    fix: {self.fix}"


class ContentInvalid(Exception):
    """Raised when a content folder does not validate; carries every problem found, not just the first."""

    def __init__(self, root: str, problems: list[Problem]) -> None:
        self.root = root
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} content problem(s) in {root}")

    def report(self) -> str:
        """All problems, one block each, for a terminal or a log."""
        lines = [f"{len(self.problems)} content problem(s) in {self.root}:"]
        lines.extend(str(p) for p in self.problems)
        return "\n".join(lines)
