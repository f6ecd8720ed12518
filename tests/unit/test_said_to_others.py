"""What a plan says of its learner, said to anyone else who opens its link (planning/said_to_others.py): every
sentence the planning core writes to the learner ("you finish on", "below your level", "you added it", "your
target date has passed") reads in the third person in `plan_out(learner=False)`, and as before to the learner."""

from __future__ import annotations

import re
from datetime import date

import pytest

from roadmapfinder.catalog import Catalog, load_catalog
from roadmapfinder.planning import PlanRequest, build_plan
from roadmapfinder.planning.replan import auto_blocked
from roadmapfinder.planning.said_to_others import THIRD_PERSON, of_its_learner
from roadmapfinder.planning.shapes import plan_out
from tests.conftest import SAMPLE_CONTENT

CATALOG: Catalog = load_catalog(SAMPLE_CONTENT)
TODAY = date(2027, 1, 4)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)

PLANS = {
    "fits its target": {"targets": ["alpha-dev"], "hours_per_week": 8, "target_date": "2027-12-31"},
    "misses its target": {"targets": ["alpha-dev"], "hours_per_week": 8, "target_date": "2027-03-01"},
    "cannot meet it at all": {"targets": ["alpha-dev"], "hours_per_week": 8, "target_date": "2027-01-08"},
    "known, below its level, dropped, added": {
        "targets": ["alpha-dev"],
        "hours_per_week": 8,
        "known": ["http", "terminal basics"],
        "level": "junior",
        "drop": ["styling"],
        "add": ["pipelines"],
    },
    "known once and rusty, so what it builds on is known": {
        "targets": ["alpha-dev"],
        "hours_per_week": 8,
        "known": ["rusty on api basics"],
    },
    "a finished roadmap, an assumed one": {"targets": ["beta-ops"], "hours_per_week": 8, "finished": ["alpha-dev"]},
    "an assumed roadmap": {"targets": ["beta-ops"], "hours_per_week": 8},
}


@pytest.mark.parametrize("inputs", PLANS.values(), ids=PLANS.keys())
def test_every_sentence_a_plan_says_of_its_learner_reads_in_the_third_person_to_others(
    inputs: dict[str, object],
) -> None:
    plan = build_plan(CATALOG, PlanRequest.model_validate({"start": TODAY.isoformat(), **inputs}), today=TODAY)
    others = plan_out(plan, "p1", today=TODAY, learner=False).model_dump_json()
    assert SECOND_PERSON.findall(others) == [], others
    mine = plan_out(plan, "p1", today=TODAY).model_dump_json()
    assert SECOND_PERSON.search(mine), "its learner still reads it as theirs"


def test_a_target_gone_by_and_an_automatic_mode_it_stops_are_said_of_its_learner() -> None:
    request = PlanRequest.model_validate(
        {"targets": ["alpha-dev"], "hours_per_week": 8, "start": "2026-11-02", "target_date": "2026-12-01"}
    )
    plan = build_plan(CATALOG, request, today=TODAY)
    assert plan.target is not None
    assert of_its_learner(plan.target.message).startswith("Its target date, 1 December 2026, has passed")
    assert not SECOND_PERSON.search(of_its_learner(plan.target.message))
    blocked = auto_blocked(plan, today=TODAY)
    assert blocked is not None
    assert of_its_learner(blocked).endswith(
        "Until its learner moves the target date (or leaves it out), it moves nothing."
    )


@pytest.mark.parametrize(("said", "instead"), THIRD_PERSON)
def test_each_third_person_form_speaks_to_no_one(said: str, instead: str) -> None:
    assert not SECOND_PERSON.search(instead)
