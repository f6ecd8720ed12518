"""How little the learner knows a subject, said after "but" ("i know python but docker only a bit"): through the
command line's plan, on the shipped catalog.

"docker only a bit" and "docker just a little" counted Docker as known ("only", "just" kept the hedge from being
seen, and "only" was reported as not understood); "python but just the basics of docker" was read as Python basics
("python … basics" across the "but") and Docker as known.
"""

from __future__ import annotations

import pytest

from tests.helpers import known_keys, plan_knowing

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _started(plan: dict[str, object]) -> dict[str, str]:
    return {ref["key"]: u["hedge"] for u in plan["understood"] if u["started"] for ref in u["means"]}  # type: ignore[attr-defined, index]


@pytest.mark.parametrize(
    ("know", "hedge"),
    [
        ("i know python but docker only a bit", "only a bit"),
        ("i know python but only a bit of docker", "only a bit of"),
        ("i know python but just the basics of docker", "just the basics of"),
        ("i know python but docker just a little", "just a little"),
        ("python, docker only a little", "only a little"),
    ],
)
def test_python_is_known_and_docker_only_started(know: str, hedge: str) -> None:
    plan, said = plan_knowing(know)
    assert "python-basics" in known_keys(plan)
    assert "docker" not in known_keys(plan)
    assert _started(plan) == {"docker": hedge}
    assert f"you started it (you said “{hedge}”), so it is not counted as known" in said
    assert "Not understood" not in said


def test_everything_but_docker_still_leaves_docker_out() -> None:
    plan, _ = plan_knowing("everything but docker")
    assert "docker" not in known_keys(plan)
